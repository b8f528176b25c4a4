"""What the attachments announce, for text extraction and search to react to."""
from blinker import Namespace

_signals = Namespace()

# sender: the Post; kwargs: attachments (the Attachment rows that just became part of it).
# Sent inside the transaction that saves the post, before the view commits.
attached = _signals.signal("attachments-attached")
# sender: the Post whose author just took files off it (when editing), before the view commits.
detached = _signals.signal("attachments-detached")
# sender: the Attachment a moderator removed; kwargs: moderator.
removed = _signals.signal("attachment-removed")
# sender: the Post whose attachments' text was just read (forum.attachments.texts), for search
# to index it again. Sent by the worker, inside its transaction.
text_extracted = _signals.signal("attachment-text-extracted")
