"""Every table that refers to members is covered by a personal-data handler, so none is forgotten."""
import pytest

from forum import personal_data
from forum.extensions import db
from tests.privacy.member_data import member_columns


def test_every_table_that_refers_to_members_has_a_personal_data_handler(app):
    referring = member_columns(db.metadata)
    uncovered = {name: columns for name, columns in referring.items() if name not in personal_data.covered_tables()}
    assert not uncovered, (
        "No personal-data handler covers these tables that refer to members; register an exporter and an "
        "eraser in the package's personal_data.py: "
        + "; ".join(f"{name} ({', '.join(column.name for column in columns)})"
                    for name, columns in sorted(uncovered.items()))
    )


def test_the_search_for_member_references_finds_them_all(app):
    """Guards the guard: a broken search would let every table pass the test above."""
    referring = {name: {column.name for column in columns} for name, columns in member_columns(db.metadata).items()}
    assert referring["watches"] == {"user_id"}
    assert referring["notifications"] == {"user_id", "actor_id"}
    assert referring["flags"] == {"reporter_id", "resolved_by_id"}
    assert referring["sent_mails"] == {"recipient"}  # by address, without a foreign key
    assert referring["outbox_mails"] == {"recipient", "user_id"}
    assert "categories" not in referring and "tags" not in referring


def test_handlers_name_only_tables_that_exist(app):
    assert personal_data.covered_tables() <= set(db.metadata.tables)


def test_a_kind_of_personal_data_is_registered_once_and_names_its_tables(app):
    def noop(user):
        return None
    with pytest.raises(ValueError, match="registered twice"):
        personal_data.register("follows", tables=["watches"], export=noop, erase=noop)
    with pytest.raises(ValueError, match="names no tables"):
        personal_data.register("bookmarks", tables=[], export=noop, erase=noop)
