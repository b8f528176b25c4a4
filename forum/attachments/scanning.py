"""Virus scanning before a file is stored: clamd, when ATTACHMENT_CLAMD is set.

Interface used by the upload flow: `scan(data) -> str | None` returns the name of what clamd
found (the file is refused), or None when the file is clean or no scanner is configured.
`ScanRefused` is raised when a scanner is configured but cannot give an answer.
"""
from flask import current_app


class ScanRefused(Exception):
    """The scanner is configured but did not answer: refuse the upload rather than store it unscanned."""


def scan(data: bytes) -> str | None:
    if not current_app.config.get("ATTACHMENT_CLAMD"):
        return None
    raise ScanRefused("clamd is configured but no client is installed")
