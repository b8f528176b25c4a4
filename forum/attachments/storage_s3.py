"""Attachments in S3-compatible object storage (AWS S3, MinIO, Ceph, a cloud provider's), for
when several hosts serve the forum and no disk is shared.

The same interface as forum.attachments.storage.FileStorage; one object per content key in
one bucket. Credentials come from ATTACHMENT_S3_ACCESS_KEY_ID and
ATTACHMENT_S3_SECRET_ACCESS_KEY when set, otherwise from boto3's own chain (AWS_* environment
variables, ~/.aws, an instance role): never from a file in the repository.
"""
import io
import re
import tempfile
import threading
from collections.abc import Iterator
from typing import BinaryIO

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

# Objects up to this size are read into memory on open(); larger ones spill to a temporary
# file, so that serving a 20 MB file with Range requests does not hold it all in a worker.
SPOOL_IN_MEMORY_BYTES = 1024 * 1024
MISSING_CODES = frozenset({"404", "NoSuchKey", "NotFound"})
# The content keys of forum.attachments.storage (SHA-256, hex); not imported from there,
# which chooses this backend and so imports this module.
KEY = re.compile(r"[0-9a-f]{64}")

# One boto3 session for the process: it reads the service descriptions once (about a second),
# not for every client. Sessions are not thread-safe, so clients are made under a lock.
_session = None
_session_lock = threading.Lock()


def _client(**options):
    global _session
    with _session_lock:
        if _session is None:
            _session = boto3.session.Session()
        return _session.client("s3", **options)


def checked_key(key: str) -> str:
    if not KEY.fullmatch(key):
        raise ValueError(f"not a storage key: {key!r}")
    return key


def _missing(error: ClientError) -> bool:
    return error.response.get("Error", {}).get("Code") in MISSING_CODES


class S3Storage:
    """Attachments as objects in one bucket, named by their content key."""

    list_page_size = 1000  # the most S3 lists at once

    def __init__(self, config):
        self.bucket = config.get("ATTACHMENT_S3_BUCKET")
        if not self.bucket:
            raise RuntimeError("ATTACHMENT_STORAGE is 's3' but ATTACHMENT_S3_BUCKET is not set")
        endpoint_url = config.get("ATTACHMENT_S3_ENDPOINT_URL") or None
        credentials = {}
        if config.get("ATTACHMENT_S3_ACCESS_KEY_ID"):
            credentials = {
                "aws_access_key_id": config["ATTACHMENT_S3_ACCESS_KEY_ID"],
                "aws_secret_access_key": config.get("ATTACHMENT_S3_SECRET_ACCESS_KEY"),
            }
        # Services other than AWS rarely have a DNS name per bucket: address them by path.
        addressing = "path" if endpoint_url else "auto"
        self.client = _client(
            endpoint_url=endpoint_url,
            region_name=config.get("ATTACHMENT_S3_REGION") or None,
            config=Config(
                s3={"addressing_style": addressing},
                retries={"max_attempts": 3, "mode": "standard"},
                connect_timeout=5,
                read_timeout=30,
            ),
            **credentials,
        )

    def put(self, key: str, data: bytes) -> None:
        """Store `data` under its key; a key already there is not uploaded again."""
        if self.exists(key):
            return
        self.client.put_object(Bucket=self.bucket, Key=checked_key(key), Body=data)

    def open(self, key: str) -> BinaryIO:
        """A seekable file with the object's bytes; FileNotFoundError when there is none.

        The bytes are downloaded when first read, so that a conditional request answered
        "304 Not Modified" costs no download.
        """
        if not self.exists(key):
            raise FileNotFoundError(key)
        return _FetchedOnFirstRead(lambda: self._download(key))

    def _download(self, key: str) -> BinaryIO:
        try:
            response = self.client.get_object(Bucket=self.bucket, Key=checked_key(key))
        except ClientError as error:
            if _missing(error):
                raise FileNotFoundError(key) from None
            raise
        body = response["Body"]
        copy = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY_BYTES)
        try:
            for chunk in body.iter_chunks(64 * 1024):
                copy.write(chunk)
        except BaseException:
            copy.close()
            raise
        finally:
            body.close()
        copy.seek(0)
        return copy

    def _head(self, key: str) -> dict | None:
        try:
            return self.client.head_object(Bucket=self.bucket, Key=checked_key(key))
        except ClientError as error:
            if _missing(error):
                return None
            raise

    def size(self, key: str) -> int:
        head = self._head(key)
        if head is None:
            raise FileNotFoundError(key)
        return head["ContentLength"]

    def exists(self, key: str) -> bool:
        return self._head(key) is not None

    def delete(self, key: str) -> None:
        self.client.delete_object(Bucket=self.bucket, Key=checked_key(key))

    def keys(self) -> Iterator[str]:
        """Every content key in the bucket (other objects in it are not ours and are skipped)."""
        pages = self.client.get_paginator("list_objects_v2").paginate(
            Bucket=self.bucket, PaginationConfig={"PageSize": self.list_page_size}
        )
        for page in pages:
            for item in page.get("Contents", []):
                if KEY.fullmatch(item["Key"]):
                    yield item["Key"]


class _FetchedOnFirstRead(io.RawIOBase):
    """A file whose bytes are fetched (into a temporary file: in memory up to 1 MB, then on
    disk) on the first read or seek. Kept whole rather than streamed, so that a slow reader
    does not hold a connection to the object storage open until it times out."""

    def __init__(self, fetch):
        super().__init__()
        self._fetch = fetch
        self._file = None

    def _loaded(self):
        if self._file is None:
            self._file = self._fetch()
        return self._file

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        return self._loaded().read(size)

    def readinto(self, buffer) -> int:
        data = self._loaded().read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        return self._loaded().seek(offset, whence)

    def tell(self) -> int:
        return self._file.tell() if self._file is not None else 0

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()
