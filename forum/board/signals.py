"""What the board announces, so that following, search and moderation can react
without the board knowing them. Receivers run inside the same transaction as
the change (before the view commits): a rolled-back post leaves no trace.
"""
from blinker import Namespace

_signals = Namespace()

# sender: the Thread; kwargs: post (the question)
thread_created = _signals.signal("thread-created")
# sender: the Post (a reply); kwargs: thread
reply_created = _signals.signal("reply-created")
# sender: the Post; kwargs: editor, previous_title (None if the title did not change)
post_edited = _signals.signal("post-edited")
# sender: the Thread; kwargs: post (the reply now marked as solution), marked_by
solution_marked = _signals.signal("solution-marked")
# sender: the Thread; kwargs: viewer (current_user), posts (the page shown). Sent before rendering.
thread_viewed = _signals.signal("thread-viewed")
# sender: the Thread; kwargs: data (what the fields that features added to the question form
# hold, by name; see hooks.form_field). Sent when a question is asked, before thread_created
# (so that its receivers see the result), and when it is edited. A receiver returns True when
# it changed something.
question_form_saved = _signals.signal("question-form-saved")
# sender: the Post (question or reply); kwargs: data (what the fields that features added to
# the form hold, by name; see hooks.form_field). Sent when a question is asked or a reply
# posted (before thread_created / reply_created), and when a post is edited. A receiver
# returns True when it changed something.
post_form_saved = _signals.signal("post-form-saved")
