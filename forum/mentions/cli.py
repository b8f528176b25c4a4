"""`flask mentions rerender`: posts saved before mentions became links, rendered anew."""
import click
from sqlalchemy import select

from forum.accounts.mentions import render_post
from forum.board.models import Post
from forum.extensions import db
from forum.markup import MarkupRefused
from forum.mentions import blueprint

blueprint.cli.help = "Vermeldingen (@[Naam]) in opgeslagen berichten."
BATCH_SIZE = 200


@blueprint.cli.command("rerender")
def rerender():
    """Render every post with a mention again, so that no '@[Naam]' shows raw."""
    changed = refused = 0
    last_id = 0
    while True:
        posts = db.session.scalars(
            select(Post).where(Post.id > last_id, Post.body_markdown.contains("@["))
            .order_by(Post.id).limit(BATCH_SIZE)
        ).all()
        if not posts:
            break
        for post in posts:
            try:
                html = render_post(post.body_markdown)
            except MarkupRefused:
                refused += 1  # stays as it was saved
                continue
            if html != post.body_html:
                post.body_html = html
                changed += 1
        last_id = posts[-1].id
        db.session.commit()
    click.echo(f"Berichten opnieuw opgemaakt: {changed}. Overgeslagen (niet te verwerken): {refused}.")
