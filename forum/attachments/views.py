"""Serving attachments and removing one (moderators)."""
