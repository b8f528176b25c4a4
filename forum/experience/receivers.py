"""Where experience plugs into the forum, in one place: it counts replies (board signal) and
tags (tags signal), and shows who has experience on the thread, category, tag and
municipality pages."""
from forum.board import hooks
from forum.board import signals as board
from forum.experience import blueprint, counting, services
from forum.tags import signals as tags


@hooks.page_context("thread")
def _thread_contributors(thread, **_) -> dict:
    return {"contributors": services.contributors_to_thread(thread.id)}


@hooks.page_context("category")
def _category_contributors(category, **_) -> dict:
    return {"contributors": services.top_contributors_to_categories(category.subtree)}


@hooks.page_context("tag")
def _tag_contributors(tag, **_) -> dict:
    return {"contributors": services.top_contributors_to_tag(tag.id)}


@hooks.page_context("municipality")
def _contributions_per_domain(municipality, **_) -> dict:
    return {"domain_contributions": services.contributions_per_domain(municipality.id)}


hooks.page_fragment("thread", "after_posts", "experience/_thread_contributors.html")
hooks.page_fragment("category", "sidebar", "experience/_category_contributors.html", order=10)
hooks.page_fragment("tag", "sidebar", "experience/_tag_contributors.html")
hooks.page_fragment("municipality", "after_summary", "experience/_per_domain.html")


@blueprint.record_once
def _connect_signals(state) -> None:
    board.reply_created.connect(counting.on_reply_created, weak=False)
    tags.thread_tags_changed.connect(counting.on_tags_changed, weak=False)
