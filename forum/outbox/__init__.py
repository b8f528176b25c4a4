"""The outbox: mails written in the transaction that causes them, delivered by `flask mail deliver`."""
