"""Where every package declares the member data it keeps: one exporter and one eraser per kind.

The privacy package walks this registry for the data download and for erasure, so it
need not know the tables of other packages. A test compares `covered_tables()` with
every table that refers to users: a package that adds such a table and no handler
fails CI, so the AVG promise ("everything we hold, and all of it erasable") holds.

A package registers in its own `personal_data.py`, imported by its `__init__.py`:

    personal_data.register("follows", tables=["watches"], export=export_follows, erase=erase_follows)

Erasers only change the session and flush; the use case that erases commits once.
"""
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

# Erasers run by `order`, lowest first. The account itself goes last (ACCOUNT_ORDER):
# until then the others can still find the member's rows by the old e-mail address.
DEFAULT_ORDER = 100
ACCOUNT_ORDER = 1000


@dataclass(frozen=True)
class Handler:
    name: str
    tables: tuple[str, ...]
    export: Callable[[Any], Any]
    erase: Callable[[Any], None]
    order: int = DEFAULT_ORDER


_handlers: dict[str, Handler] = {}


def register(name: str, *, tables: Iterable[str], export: Callable[[Any], Any],
             erase: Callable[[Any], None], order: int = DEFAULT_ORDER) -> Handler:
    """Declare one kind of member data: `export(user)` goes under `name` in the download."""
    tables = tuple(tables)
    if not tables:
        raise ValueError(f"personal data {name!r} names no tables")
    if name in _handlers:
        raise ValueError(f"personal data {name!r} is registered twice")
    handler = Handler(name, tables, export, erase, order)
    _handlers[name] = handler
    return handler


def handlers() -> list[Handler]:
    """In erasure order: by `order`, then as registered."""
    return sorted(_handlers.values(), key=lambda handler: handler.order)


def export_all(user) -> dict[str, Any]:
    """Everything the forum holds about `user`, one key per registered kind, as JSON-able data."""
    return {handler.name: handler.export(user) for handler in _handlers.values()}


def erase_all(user) -> None:
    """Let every package remove or anonymise what it holds about `user`; the caller commits."""
    for handler in handlers():
        handler.erase(user)


def covered_tables() -> set[str]:
    return {table for handler in _handlers.values() for table in handler.tables}


def iso(moment) -> str | None:
    """A stored (naive UTC) time as the download shows it: '2026-12-01T13:53:21Z'."""
    return moment.isoformat(timespec="seconds") + "Z" if moment else None
