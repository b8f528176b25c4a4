"""'Gemeenten zoals de uwe': municipalities with experience on a theme or tag, most alike first."""
from flask import render_template
from flask_login import current_user

from forum.access import readers_only
from forum.board.lookups import category_or_404
from forum.experience import blueprint, services
from forum.tags.services import tag_or_404


def _ranked(contributors):
    own = current_user.municipality if current_user.is_authenticated else None
    if own is None:
        return None, contributors
    return own, services.like_yours(own, contributors)


@blueprint.get("/ervaring/categorie/<slug>")
@readers_only
def category(slug):
    category = category_or_404(slug, with_children=True)
    own, ranked = _ranked(services.contributors_to_categories(category.subtree))
    return render_template(
        "experience/like_yours.html", topic=category.name, own=own, contributors=ranked,
        back_url=("board.category", {"slug": category.slug}),
    )


@blueprint.get("/ervaring/tag/<slug>")
@readers_only
def tag(slug):
    tag = tag_or_404(slug)
    own, ranked = _ranked(services.contributors_to_tag(tag.id))
    return render_template(
        "experience/like_yours.html", topic=tag.slug, own=own, contributors=ranked,
        back_url=("tags.show", {"slug": tag.slug}),
    )
