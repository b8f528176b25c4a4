"""Where privacy plugs into the forum: moderation erases accounts through it, and every sent
mail is logged (forum/privacy/mail_log.py)."""
from forum.moderation import members
from forum.privacy import services

members.register_account_eraser(services.erase_account)
