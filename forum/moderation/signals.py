"""What moderation announces, so that following and search can react without knowing it."""
from blinker import Namespace

_signals = Namespace()

# sender: the Post; kwargs: moderator
post_deleted = _signals.signal("post-deleted")
post_restored = _signals.signal("post-restored")
# sender: the Thread; kwargs: moderator, previous_category
thread_moved = _signals.signal("thread-moved")
# sender: the merged-away Thread; kwargs: target (the Thread it went into), moderator
thread_merged = _signals.signal("thread-merged")
# sender: the User whose application was approved; kwargs: moderator
account_approved = _signals.signal("account-approved")
