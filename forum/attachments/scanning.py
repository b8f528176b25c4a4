"""Virus scanning before a file is stored: clamd, when ATTACHMENT_CLAMD is set.

Interface used by the upload flow: `scan(data) -> str | None` returns the name of what clamd
found (the file is refused), or None when the file is clean or no scanner is configured.
`ScanRefused` is raised when a scanner is configured but cannot give an answer: the upload is
then refused, never stored unscanned.

clamd is spoken to directly (its INSTREAM command: the bytes in length-prefixed chunks, one
line back), not through a client library: the PyPI clients `clamd` and `pyclamd` have not
had a release since 2014 and 2017, and the protocol is a few lines.
"""
import socket
import struct

from flask import current_app

DEFAULT_TIMEOUT_SECONDS = 30.0
CHUNK_BYTES = 64 * 1024
UNAVAILABLE = (
    "De virusscanner is op dit moment niet bereikbaar. Uw bestand is daarom niet opgeslagen; "
    "probeert u het over een paar minuten opnieuw."
)
NOT_SCANNED = (
    "De virusscanner kon dit bestand niet controleren. Uw bestand is daarom niet opgeslagen."
)


class ScanRefused(Exception):
    """The scanner is configured but did not answer: refuse the upload rather than store it unscanned."""


def _connect(address: str, timeout: float) -> socket.socket:
    """A socket to clamd: a path (contains '/') is a Unix socket, anything else host:port."""
    if "/" in address:
        connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            connection.settimeout(timeout)
            connection.connect(address)
        except OSError:
            connection.close()
            raise
        return connection
    host, _, port = address.rpartition(":")
    if not host or not port.isdigit():
        raise ValueError(f"ATTACHMENT_CLAMD must be a socket path or host:port, not {address!r}")
    return socket.create_connection((host.strip("[]"), int(port)), timeout=timeout)


def _command(address: str, timeout: float, command: bytes, data: bytes | None = None) -> str:
    """Send one null-terminated command (and data, in chunks) and read clamd's one-line reply."""
    with _connect(address, timeout) as connection:
        connection.sendall(b"z" + command + b"\0")
        if data is not None:
            try:
                for start in range(0, len(data), CHUNK_BYTES):
                    chunk = data[start:start + CHUNK_BYTES]
                    connection.sendall(struct.pack("!L", len(chunk)) + chunk)
                connection.sendall(struct.pack("!L", 0))  # a chunk of length 0 ends the stream
            except (BrokenPipeError, ConnectionResetError):
                pass  # clamd stops reading past its StreamMaxLength; its reply says so
        reply = b""
        while not reply.endswith(b"\0"):
            part = connection.recv(4096)
            if not part:
                break
            reply += part
    return reply.rstrip(b"\0").decode("utf-8", "replace").strip()


def scan_with(address: str, data: bytes, timeout: float = DEFAULT_TIMEOUT_SECONDS) -> str | None:
    """What clamd at `address` finds in `data`: None when clean, else the signature's name."""
    try:
        reply = _command(address, timeout, b"INSTREAM", data)
    except OSError as error:
        raise ScanRefused(UNAVAILABLE) from error
    # "stream: OK", "stream: <name> FOUND", or "<reason> ERROR" (e.g. the size limit).
    verdict = reply.partition(": ")[2] if reply.startswith("stream: ") else reply
    if verdict == "OK":
        return None
    if verdict.endswith(" FOUND"):
        return verdict.removesuffix(" FOUND")
    raise ScanRefused(NOT_SCANNED)


def ping(address: str, timeout: float = 5.0) -> bool:
    """Whether clamd answers at `address` (PING); the tests wait for it with this."""
    try:
        return _command(address, timeout, b"PING") == "PONG"
    except OSError:
        return False


def scan(data: bytes) -> str | None:
    address = current_app.config.get("ATTACHMENT_CLAMD")
    if not address:
        return None
    timeout = float(current_app.config.get("ATTACHMENT_CLAMD_TIMEOUT", DEFAULT_TIMEOUT_SECONDS))
    return scan_with(address, data, timeout)
