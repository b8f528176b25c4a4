"""Where feeds plug into the forum: the feed address on the category and tag pages."""
from forum.board import hooks
from forum.feeds.tokens import feed_url


@hooks.page_context("category")
def _category_feed(category, **_) -> dict:
    return {"feed_url": feed_url("feeds.category", slug=category.slug)}


@hooks.page_context("tag")
def _tag_feed(tag, **_) -> dict:
    return {"feed_url": feed_url("feeds.tag", slug=tag.slug)}


hooks.page_fragment("category", "head", "feeds/_category_head.html")
hooks.page_fragment("category", "sidebar", "feeds/_category_link.html", order=20)
hooks.page_fragment("tag", "head", "feeds/_tag_head.html")
hooks.page_fragment("tag", "links", "feeds/_tag_link.html")
