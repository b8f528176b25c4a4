"""The clamd client against a real clamd (Debian's), started with the test's own signature."""
import pytest

from forum.attachments.scanning import NOT_SCANNED, UNAVAILABLE, ScanRefused, ping, scan, scan_with
from tests.attachments.servers import TEST_MARKER, TEST_SIGNATURE


@pytest.fixture(autouse=True)
def file_root():
    """Overrides the folder per test of conftest: these tests store no files through the forum."""


def test_clamd_answers(clamd_socket):
    assert ping(clamd_socket)


def test_a_clean_file_passes(clamd_socket):
    assert scan_with(clamd_socket, b"%PDF-1.4\nEen raadsvoorstel over het warmtenet.\n") is None


def test_an_empty_file_passes(clamd_socket):
    assert scan_with(clamd_socket, b"") is None


def test_a_file_with_the_signature_is_named(clamd_socket):
    found = scan_with(clamd_socket, b"Begin van een document " + TEST_MARKER + b" en het einde.")
    assert found.startswith(TEST_SIGNATURE)


def test_the_signature_is_found_past_the_first_chunk(clamd_socket):
    data = b"x" * 200_000 + TEST_MARKER + b"y" * 1000
    assert scan_with(clamd_socket, data).startswith(TEST_SIGNATURE)


def test_a_file_over_clamds_stream_limit_is_refused_not_passed(clamd_socket):
    with pytest.raises(ScanRefused) as refusal:
        scan_with(clamd_socket, b"z" * (3 * 1024 * 1024))  # the test clamd takes 2 MB
    assert str(refusal.value) == NOT_SCANNED


def test_an_unreachable_clamd_refuses(tmp_path):
    with pytest.raises(ScanRefused) as refusal:
        scan_with(str(tmp_path / "no-clamd.sock"), b"data")
    assert str(refusal.value) == UNAVAILABLE
    assert not ping(str(tmp_path / "no-clamd.sock"))


def test_a_closed_tcp_port_refuses():
    with pytest.raises(ScanRefused):
        scan_with("127.0.0.1:1", b"data", timeout=2)


def test_scan_uses_the_configuration(app, clamd_socket):
    assert scan(TEST_MARKER) is None  # not configured: no scanning
    app.config["ATTACHMENT_CLAMD"] = clamd_socket
    assert scan(TEST_MARKER).startswith(TEST_SIGNATURE)
    assert scan(b"schoon") is None


def test_a_malformed_address_is_a_configuration_error(app):
    app.config["ATTACHMENT_CLAMD"] = "geen-poort"
    with pytest.raises(ValueError, match="ATTACHMENT_CLAMD"):
        scan(b"data")
