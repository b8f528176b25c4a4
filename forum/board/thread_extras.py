"""What the thread page shows besides its posts (issue 5): the solution under the question,
the tags, the member's helpful votes and the municipalities that replied. One query each."""
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from forum.board.experience_form import EXPERIENCE_LABELS
from forum.board.models import Post, Thread
from forum.board.solutions import helpful_votes_of
from forum.extensions import db


def thread_extras(thread: Thread, posts: list[Post], page: int) -> dict:
    from forum.experience.services import contributors_to_thread
    from forum.tags.services import tags_of_thread

    solution = None
    if thread.solution_post_id and page == 1:
        solution = next((post for post in posts if post.id == thread.solution_post_id), None) or db.session.scalar(
            select(Post).where(Post.id == thread.solution_post_id)
            .options(joinedload(Post.author), joinedload(Post.municipality))
        )
    return {
        "solution": solution,
        "tags": tags_of_thread(thread.id),
        "helpful_voted": helpful_votes_of(current_user, [post.id for post in posts]),
        "contributors": contributors_to_thread(thread.id),
        "experience_labels": EXPERIENCE_LABELS,
    }


SOLVED, UNSOLVED = "opgelost", "open"


def solved_filter(status: str | None) -> tuple[list, str | None]:
    """?status=opgelost or ?status=open on a list of threads: the conditions, and the status
    that applies; anything else lists all."""
    if status == SOLVED:
        return [Thread.solution_post_id.is_not(None)], status
    if status == UNSOLVED:
        return [Thread.solution_post_id.is_(None)], status
    return [], None


def category_extras(category, category_ids: list[int]) -> dict:
    """The category page's municipalities with experience and feed address."""
    from forum.experience.services import top_contributors_to_categories
    from forum.feeds.tokens import feed_url

    return {
        "contributors": top_contributors_to_categories(category_ids),
        "feed_url": feed_url("feeds.category", slug=category.slug),
    }
