"""Real servers for the attachment backends, started by the tests: moto's S3 API server and
Debian's clamd with a signature database the test writes itself (nothing is downloaded).
The fixtures are imported into conftest.py."""
import itertools
import shutil
import socket
import subprocess
import time
import uuid

import pytest

CLAMD = shutil.which("clamd") or shutil.which("clamd", path="/usr/sbin")
# A made-up marker the test signature matches; files carrying it count as infected.
TEST_MARKER = b"KENNISFORUM-TESTBESMETTING-7f3c9a1e-geen-echt-virus"
TEST_SIGNATURE = "Kennisforum.Test.Marker"
_buckets = itertools.count()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def s3_server():
    """The URL of a moto S3 server on a free port, for the whole run."""
    from moto.server import ThreadedMotoServer

    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture(scope="session")
def s3_admin(s3_server):
    """A client of the test server, to make buckets with."""
    import boto3

    return boto3.client(
        "s3", endpoint_url=s3_server, region_name="eu-west-1",
        aws_access_key_id="test-key", aws_secret_access_key="test-secret",
    )


@pytest.fixture
def s3_config(s3_server, s3_admin):
    """Configuration for S3Storage with an empty bucket of its own."""
    bucket = f"kennisforum-test-{next(_buckets)}-{uuid.uuid4().hex[:8]}"
    config = {
        "ATTACHMENT_STORAGE": "s3",
        "ATTACHMENT_S3_BUCKET": bucket,
        "ATTACHMENT_S3_ENDPOINT_URL": s3_server,
        "ATTACHMENT_S3_REGION": "eu-west-1",
        "ATTACHMENT_S3_ACCESS_KEY_ID": "test-key",
        "ATTACHMENT_S3_SECRET_ACCESS_KEY": "test-secret",  # moto accepts any
    }
    s3_admin.create_bucket(Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
    return config


def _clamd_answers(path) -> bool:
    from forum.attachments.scanning import ping

    return path.exists() and ping(str(path), timeout=1)


@pytest.fixture(scope="session")
def clamd_socket(tmp_path_factory):
    """The Unix socket of a clamd that knows only the test's own signature."""
    if CLAMD is None:
        pytest.skip("clamd is not installed (apt-get install clamav-daemon; .ci/run installs it)")
    folder = tmp_path_factory.mktemp("clamd")
    database = folder / "db"
    database.mkdir()
    # An extended signature (.ndb): name, any file type (0), anywhere (*), the bytes in hex.
    (database / "kennisforum.ndb").write_text(f"{TEST_SIGNATURE}:0:*:{TEST_MARKER.hex()}\n")
    socket_path = folder / "clamd.sock"
    config = folder / "clamd.conf"
    config.write_text(
        f"LocalSocket {socket_path}\nDatabaseDirectory {database}\nForeground yes\n"
        f"LogFile {folder / 'clamd.log'}\nPidFile {folder / 'clamd.pid'}\n"
        "StreamMaxLength 2M\nBytecode no\n"
    )
    process = subprocess.Popen(  # noqa: S603 - Debian's clamd with our own configuration
        [CLAMD, f"--config-file={config}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not _clamd_answers(socket_path):
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            log = (folder / "clamd.log").read_text() if (folder / "clamd.log").exists() else ""
            pytest.fail(f"clamd did not start: {log[-2000:]}")
        time.sleep(0.1)
    yield str(socket_path)
    process.terminate()
    process.wait(timeout=30)
