"""What tagging announces, so that experience can keep its counts per tag."""
from blinker import Namespace

_signals = Namespace()

# sender: the Thread; kwargs: added, removed (tag ids). Sent within the transaction.
thread_tags_changed = _signals.signal("thread-tags-changed")
