"""What the board's own thread page shows besides its posts: the solution under the question,
the member's helpful votes and the labels of structured experience. Features add theirs
through forum.board.hooks."""
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from forum.board.experience_form import EXPERIENCE_LABELS
from forum.board.models import Post, Thread
from forum.board.solutions import helpful_votes_of
from forum.extensions import db


def thread_page_context(thread: Thread, posts: list[Post], page: int) -> dict:
    solution = None
    if thread.solution_post_id and page == 1:
        solution = next((post for post in posts if post.id == thread.solution_post_id), None) or db.session.scalar(
            select(Post).where(Post.id == thread.solution_post_id)
            .options(joinedload(Post.author), joinedload(Post.municipality))
        )
        if solution is not None and not solution.body_visible_to(current_user):
            solution = None  # a removed reply is never shown as the answer
    return {
        "solution": solution,
        "helpful_voted": helpful_votes_of(current_user, [post.id for post in posts]),
        "experience_labels": EXPERIENCE_LABELS,
    }
