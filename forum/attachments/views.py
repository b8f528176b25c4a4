"""Serving attachments with their post's access rules, and removing one (moderators)."""
import unicodedata
from urllib.parse import quote

from flask import abort, current_app, flash, redirect, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import joinedload
from werkzeug.exceptions import RequestedRangeNotSatisfiable
from werkzeug.http import parse_range_header
from werkzeug.wsgi import wrap_file

from forum.access import members_only, readers_only
from forum.attachments import blueprint, services
from forum.attachments.detection import BY_MIME_TYPE
from forum.attachments.models import Attachment
from forum.attachments.storage import storage_for
from forum.board.models import Post
from forum.extensions import db
from forum.moderation import audit

# A stored file never changes (its address holds its hash), but access can be withdrawn: the
# browser keeps it privately and asks again after an hour.
MAX_AGE_SECONDS = 3600
# The file is never a page of ours: no script, no plugins, no forms, even if a browser sniffs it.
FILE_CONTENT_SECURITY_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"


def attachment_or_404(attachment_id: int) -> Attachment:
    attachment = db.session.scalar(
        select(Attachment).where(Attachment.id == attachment_id)
        .options(joinedload(Attachment.post).joinedload(Post.thread))
    )
    if attachment is None or not attachment.visible_to(current_user):
        abort(404)
    return attachment


@blueprint.get("/bijlage/<id:attachment_id>/<name>")
@readers_only
def download(attachment_id, name):
    attachment = attachment_or_404(attachment_id)
    if name != attachment.name:
        return redirect(url_for(".download", attachment_id=attachment.id, name=attachment.name), 301)
    return _file_response(attachment.storage_key, attachment.mime_type, attachment.name, inline=attachment.is_image)


@blueprint.get("/bijlage/<id:attachment_id>/miniatuur")
@readers_only
def thumbnail(attachment_id):
    attachment = attachment_or_404(attachment_id)
    if attachment.thumbnail_key is None:
        abort(404)
    return _file_response(attachment.thumbnail_key, attachment.mime_type, attachment.name, inline=True)


@blueprint.post("/bijlage/<id:attachment_id>/verwijderen")
@members_only
def remove(attachment_id):
    attachment = attachment_or_404(attachment_id)
    if not current_user.can_moderate:
        abort(403)
    if attachment.is_removed or not attachment.post.is_live:
        abort(404)
    services.remove(attachment, current_user)
    audit.record(current_user, "remove_attachment", "post", attachment.post_id,
                 label=f"{attachment.post.thread.title} (bijlage {attachment.name})")
    db.session.commit()
    flash(_("De bijlage %(name)s is verwijderd.", name=attachment.name), "success")
    return redirect(url_for("board.post", post_id=attachment.post_id))


def _file_response(key: str, mime_type: str, name: str, *, inline: bool):
    storage = storage_for(current_app)
    size = storage.size(key)
    response = current_app.response_class(
        wrap_file(request.environ, storage.open(key)), mimetype=mime_type, direct_passthrough=True
    )
    response.content_length = size
    response.set_etag(key)
    response.cache_control.private = True
    response.cache_control.max_age = MAX_AGE_SECONDS
    response.headers["Content-Disposition"] = content_disposition(name, inline=inline)
    response.headers["Content-Security-Policy"] = FILE_CONTENT_SECURITY_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    try:
        return response.make_conditional(_with_usable_range(request.environ), accept_ranges=True,
                                         complete_length=size)
    except RequestedRangeNotSatisfiable:
        response.close()
        return current_app.response_class(
            _("Dit deel van het bestand bestaat niet."), status=416, mimetype="text/plain",
            headers={"Content-Range": f"bytes */{size}", "Accept-Ranges": "bytes"},
        )


def _with_usable_range(environ: dict) -> dict:
    """A Range header that cannot be read, or asks for several parts, is ignored (RFC 9110):
    the whole file is sent. One that can be read but lies past the end gets a 416."""
    if "HTTP_RANGE" not in environ:
        return environ
    parsed = parse_range_header(environ["HTTP_RANGE"])
    if parsed is not None and parsed.units == "bytes" and len(parsed.ranges) == 1:
        return environ
    return {key: value for key, value in environ.items() if key != "HTTP_RANGE"}


def content_disposition(name: str, *, inline: bool) -> str:
    """RFC 6266 with an ASCII fallback and the real name as RFC 5987 filename*."""
    fallback = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    fallback = "".join(char for char in fallback if char.isprintable() and char not in '"\\;') or "bijlage"
    return f"{'inline' if inline else 'attachment'}; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


@blueprint.app_template_filter("filesize")
def filesize(size: int) -> str:
    """Dutch notation: 820 bytes, 14 kB, 2,4 MB."""
    if size < 1024:
        return _("%(size)d bytes", size=size)
    if size < 1024 * 1024:
        return f"{round(size / 1024)} kB"
    return f"{size / 1024 / 1024:.1f}".replace(".", ",") + " MB"


@blueprint.app_template_filter("kind_label")
def kind_label(mime_type: str) -> str:
    kind = BY_MIME_TYPE.get(mime_type)
    return kind.label if kind else mime_type


@blueprint.cli.command("prune")
def prune_command():
    """Remove uploads never made part of a post (after a day) and stored files no attachment uses."""
    uploads, files = services.prune(storage_for(current_app))
    db.session.commit()
    print(f"{uploads} onafgemaakte uploads en {files} ongebruikte bestanden verwijderd.")
