"""The outbox: mails written in the transaction that causes them, delivered by `flask mail deliver`."""

from forum.outbox import personal_data  # noqa: F401 - registers what the outbox keeps about members
