"""Accepting an upload, making pending uploads part of a post, removing and pruning files.

Services flush; the caller commits. The one exception is `keep_pending`: an accepted upload is
committed at once, so that a form refused for another reason still has it on the next try.
"""
from dataclasses import dataclass, field
from datetime import timedelta

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy import delete, event, func, select

from forum.attachments import scanning, signals
from forum.attachments.detection import JPEG, PNG, FileRefused, identify
from forum.attachments.images import reencode
from forum.attachments.models import Attachment
from forum.attachments.names import clean_name
from forum.attachments.storage import content_key, storage_for
from forum.clock import utcnow
from forum.extensions import db

# Uploads not made part of a post within this time are removed by `flask attachments prune`.
PENDING_KEPT = timedelta(days=1)


@dataclass
class Changes:
    """What a submitted form's file field asks for: pending uploads to attach, attachments to drop."""

    pending: list[Attachment] = field(default_factory=list)
    remove: set[int] = field(default_factory=set)


def limits() -> tuple[int, int, int]:
    config = current_app.config
    return config["ATTACHMENT_MAX_FILES"], config["ATTACHMENT_MAX_BYTES"], config["ATTACHMENT_DAILY_QUOTA_BYTES"]


def megabytes(size: int) -> str:
    """Dutch notation, one decimal below 10 MB: 0,9 MB, 1,5 MB, 20 MB."""
    value = size / 1024 / 1024
    return (f"{value:.1f}".replace(".", ",") if value < 10 else f"{value:.0f}") + " MB"


def read_upload(stream, raw_name: str | None) -> tuple[str, bytes]:
    """The cleaned name and the bytes, at most ATTACHMENT_MAX_BYTES of them."""
    name = clean_name(raw_name)
    max_bytes = limits()[1]
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise FileRefused(_("Het bestand is te groot: maximaal %(size)s per bestand.", size=megabytes(max_bytes)))
    return name, data


def accept_upload(user, name: str, data: bytes) -> Attachment:
    """Check, scan and store one file as a pending upload of `user`; raises FileRefused."""
    kind = identify(name, data)
    thumbnail, width, height = None, None, None
    if kind in (PNG, JPEG):
        image = reencode(data, kind)
        data, thumbnail, width, height = image.data, image.thumbnail, image.width, image.height
        max_bytes = limits()[1]
        if len(data) > max_bytes:  # the limit holds for what is stored, not only for what was sent
            raise FileRefused(_("Zonder de verborgen gegevens (zoals de plaats van de foto) wordt deze afbeelding "
                                "groter dan %(size)s, het maximum per bestand. Verklein de afbeelding en probeer "
                                "het opnieuw.", size=megabytes(max_bytes)))
    _check_quota(user, len(data))
    _scan(data)
    storage = storage_for(current_app)
    key = content_key(data)
    storage.put(key, data)
    thumbnail_key = None
    if thumbnail is not None:
        thumbnail_key = content_key(thumbnail)
        storage.put(thumbnail_key, thumbnail)
    attachment = Attachment(
        uploader_id=user.id, storage_key=key, thumbnail_key=thumbnail_key, name=name,
        mime_type=kind.mime_type, size=len(data), width=width, height=height,
    )
    db.session.add(attachment)
    return attachment


def used_today(user) -> tuple[int, int]:
    """The bytes and the number of files `user` uploaded in the last 24 hours, taken off or not."""
    since = utcnow() - timedelta(days=1)
    used, files = db.session.execute(
        select(func.coalesce(func.sum(Attachment.size), 0), func.count())
        .where(Attachment.uploader_id == user.id, Attachment.created_at > since)
    ).one()
    return used, files


def _check_quota(user, size: int) -> None:
    quota, max_files = limits()[2], current_app.config["ATTACHMENT_DAILY_QUOTA_FILES"]
    used, files = used_today(user)
    if files >= max_files:
        raise FileRefused(_("U heeft vandaag al %(count)d bestanden geüpload, het maximum per dag. Probeer het "
                            "morgen opnieuw.", count=files))
    if used + size > quota:
        raise FileRefused(_("Met dit bestand komt u boven het maximum van %(quota)s per dag (vandaag al %(used)s "
                            "geüpload). Probeer het morgen opnieuw.", quota=megabytes(quota), used=megabytes(used)))


def _scan(data: bytes) -> None:
    try:
        found = scanning.scan(data)
    except scanning.ScanRefused:
        raise FileRefused(_("Het bestand kon nu niet op virussen worden gecontroleerd. Probeer het later opnieuw.")) \
            from None
    if found:
        raise FileRefused(_("Het virusprogramma vond iets schadelijks in dit bestand (%(found)s). "
                            "Het is niet opgeslagen.", found=found))


def keep_pending(removed_pending: list[Attachment]) -> None:
    """Commit the uploads just accepted and take off the pending ones the member removed: their
    rows stay until `prune` (the daily quota counts what was uploaded), their files go at once."""
    now = utcnow()
    for attachment in removed_pending:
        attachment.removed_at = now
    db.session.flush()
    unused = unused_keys(removed_pending)
    db.session.commit()
    forget_files(unused)


def unused_keys(attachments: list[Attachment]) -> set[str]:
    """The stored files of `attachments` that no attachment still shown or pending uses."""
    keys = {attachment.storage_key for attachment in attachments}
    keys.update(attachment.thumbnail_key for attachment in attachments if attachment.thumbnail_key)
    if not keys:
        return set()
    in_use = (Attachment.post_id.is_not(None)) | Attachment.removed_at.is_(None)
    used = set(db.session.scalars(select(Attachment.storage_key).where(in_use, Attachment.storage_key.in_(keys))))
    used.update(db.session.scalars(select(Attachment.thumbnail_key).where(in_use, Attachment.thumbnail_key.in_(keys))))
    return keys - used


def forget_files(keys: set[str]) -> None:
    storage = storage_for(current_app)
    for key in keys:
        storage.delete(key)


def attachments_of_post(post_id: int) -> list[Attachment]:
    return list(db.session.scalars(
        select(Attachment).where(Attachment.post_id == post_id, Attachment.removed_at.is_(None))
        .order_by(Attachment.id)
    ))


def save_changes(post, changes: Changes) -> bool:
    """Attach the pending uploads to `post` and take off the ones its author removed (kept as
    removed uploads for the daily quota until `prune`); True if anything changed. The files no
    longer used are deleted once the caller commits."""
    taken_off = list(db.session.scalars(
        select(Attachment).where(Attachment.post_id == post.id, Attachment.id.in_(changes.remove),
                                 Attachment.removed_at.is_(None))
    )) if changes.remove else []
    now = utcnow()
    for attachment in taken_off:
        attachment.post_id, attachment.removed_at = None, now
    for attachment in changes.pending:
        attachment.post_id = post.id
    db.session.flush()
    if taken_off:
        _forget_after_commit(unused_keys(taken_off))
    if changes.pending:
        signals.attached.send(post, attachments=list(changes.pending))
    if taken_off:
        signals.detached.send(post)
    return bool(taken_off or changes.pending)


def _forget_after_commit(keys: set[str]) -> None:
    if keys:
        app = current_app._get_current_object()

        def forget(session) -> None:
            with app.app_context():
                forget_files(keys)

        event.listen(db.session(), "after_commit", forget, once=True)


def remove(attachment: Attachment, moderator) -> None:
    attachment.removed_at = utcnow()
    attachment.removed_by_id = moderator.id
    db.session.flush()
    signals.removed.send(attachment, moderator=moderator)


def prune(storage) -> tuple[int, int]:
    """Delete pending uploads older than PENDING_KEPT, then every stored file no attachment
    refers to; returns (uploads, files) removed. The caller commits."""
    stale = db.session.execute(
        delete(Attachment).where(Attachment.post_id.is_(None), Attachment.created_at < utcnow() - PENDING_KEPT)
    ).rowcount
    db.session.flush()
    referenced = set(db.session.scalars(select(Attachment.storage_key)))
    referenced.update(db.session.scalars(select(Attachment.thumbnail_key).where(Attachment.thumbnail_key.is_not(None))))
    files = 0
    for key in list(storage.keys()):
        if key not in referenced:
            storage.delete(key)
            files += 1
    return stale, files
