"""Where the bytes of attachments live, behind one interface; chosen by ATTACHMENT_STORAGE.

Keys are the SHA-256 of the content (64 hex digits), so a file uploaded twice is stored once
and a stored file never changes. "filesystem" (default) keeps files under
instance/attachments; "s3" is forum.attachments.storage_s3.S3Storage (S3-compatible object
storage for several hosts). Another backend registers itself with `register_backend`.
"""
import hashlib
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

KEY = re.compile(r"[0-9a-f]{64}")


def content_key(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def checked_key(key: str) -> str:
    """A key is 64 hex digits: never a path of its own."""
    if not KEY.fullmatch(key):
        raise ValueError(f"not a storage key: {key!r}")
    return key


class FileStorage:
    """Files on the local disk, spread over 256 folders by the first two digits of their key."""

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        key = checked_key(key)
        return self.root / key[:2] / key

    def put(self, key: str, data: bytes) -> None:
        path = self._path(key)
        if path.exists():
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed: a reader never sees half a file.
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as part:
            part.write(data)
        os.replace(part.name, path)

    def open(self, key: str) -> BinaryIO:
        return self._path(key).open("rb")

    def size(self, key: str) -> int:
        return self._path(key).stat().st_size

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def keys(self) -> Iterator[str]:
        if not self.root.is_dir():
            return
        for folder in sorted(self.root.iterdir()):
            if folder.is_dir():
                for path in sorted(folder.iterdir()):
                    if KEY.fullmatch(path.name):
                        yield path.name

    def local_path(self, key: str) -> Path:
        """For send_file: the filesystem serves Range and conditional requests from the file itself."""
        return self._path(key)


def _filesystem(app) -> FileStorage:
    return FileStorage(app.config.get("ATTACHMENT_ROOT") or Path(app.instance_path) / "attachments")


def _s3(app):
    from forum.attachments.storage_s3 import S3Storage  # boto3 only where S3 is configured

    return S3Storage(app.config)


_backends: dict[str, Callable] = {"filesystem": _filesystem, "s3": _s3}


def register_backend(name: str, make: Callable) -> None:
    """`make(app)` builds the storage for ATTACHMENT_STORAGE = name."""
    _backends[name] = make


def storage_for(app):
    """The storage the configuration names; one per app (backends may hold connections)."""
    storage = app.extensions.get("attachment_storage")
    if storage is None:
        name = app.config.get("ATTACHMENT_STORAGE", "filesystem")
        if name not in _backends:
            raise RuntimeError(f"ATTACHMENT_STORAGE {name!r} is not one of {sorted(_backends)}")
        storage = app.extensions["attachment_storage"] = _backends[name](app)
    return storage
