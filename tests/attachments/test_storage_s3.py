"""The S3 backend against a real S3 API (moto's server, started by the tests)."""
import pytest

from forum.attachments.storage import content_key, storage_for
from forum.attachments.storage_s3 import SPOOL_IN_MEMORY_BYTES, S3Storage

REPORT = b"%PDF-1.4\nPlan van aanpak zwerfafval\n"


@pytest.fixture(autouse=True)
def file_root():
    """Overrides the folder per test of conftest: these tests store no files through the forum."""


@pytest.fixture
def storage(s3_config):
    return S3Storage(s3_config)


def test_put_open_size_exists(storage):
    key = content_key(REPORT)
    assert not storage.exists(key)
    storage.put(key, REPORT)
    assert storage.exists(key)
    assert storage.size(key) == len(REPORT)
    with storage.open(key) as stored:
        assert stored.read() == REPORT


def test_a_large_file_is_read_back_whole_and_seekable(storage):
    data = bytes(range(256)) * (2 * SPOOL_IN_MEMORY_BYTES // 256 + 7)
    key = content_key(data)
    storage.put(key, data)
    with storage.open(key) as stored:
        stored.seek(len(data) - 10)
        assert stored.read() == data[-10:]
        stored.seek(0)
        assert stored.read() == data


def test_opening_downloads_nothing_until_read(storage):
    key = content_key(REPORT)
    storage.put(key, REPORT)
    downloads = []
    storage.client.meta.events.register("before-call.s3.GetObject", lambda **_: downloads.append(1))
    storage.open(key).close()  # as for a "304 Not Modified"
    assert downloads == []
    with storage.open(key) as stored:
        assert stored.read(4) == b"%PDF" and stored.tell() == 4
    assert downloads == [1]


def test_the_same_content_is_stored_once(storage):
    key = content_key(REPORT)
    storage.put(key, REPORT)
    storage.put(key, REPORT)
    assert list(storage.keys()) == [key]
    versions = storage.client.list_object_versions(Bucket=storage.bucket).get("Versions", [])
    assert len(versions) == 1


def test_delete_and_keys(storage):
    first, second = b"eerste bestand", b"tweede bestand"
    for data in (first, second):
        storage.put(content_key(data), data)
    # An object that is not ours (no content key) is not listed.
    storage.client.put_object(Bucket=storage.bucket, Key="leesmij.txt", Body=b"x")
    assert sorted(storage.keys()) == sorted([content_key(first), content_key(second)])
    storage.delete(content_key(first))
    assert list(storage.keys()) == [content_key(second)]
    assert not storage.exists(content_key(first))
    storage.delete(content_key(first))  # deleting twice is harmless


def test_keys_lists_more_than_one_page(storage):
    storage.list_page_size = 2
    stored = sorted(content_key(str(number).encode()) for number in range(5))
    for key in stored:
        storage.client.put_object(Bucket=storage.bucket, Key=key, Body=b"")
    assert sorted(storage.keys()) == stored


def test_a_missing_file_is_file_not_found(storage):
    key = content_key(b"nooit opgeslagen")
    with pytest.raises(FileNotFoundError):
        storage.open(key)
    with pytest.raises(FileNotFoundError):
        storage.size(key)


def test_a_key_that_is_not_a_content_hash_is_refused(storage):
    with pytest.raises(ValueError):
        storage.put("../../etc/passwd", b"x")
    with pytest.raises(ValueError):
        storage.open("a" * 63)


def test_the_configuration_chooses_s3(app, s3_config):
    app.config.update(s3_config)
    app.extensions.pop("attachment_storage", None)
    storage = storage_for(app)
    assert isinstance(storage, S3Storage)
    storage.put(content_key(REPORT), REPORT)
    assert storage_for(app).exists(content_key(REPORT))


def test_without_a_bucket_the_configuration_is_refused():
    with pytest.raises(RuntimeError, match="ATTACHMENT_S3_BUCKET"):
        S3Storage({"ATTACHMENT_STORAGE": "s3"})
