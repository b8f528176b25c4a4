"""The file field the attachments add to the board's forms; it works without any script.

Files are checked and stored while the form is validated, whatever else is wrong with it: an
accepted file becomes a pending upload, carried by a hidden id on the form shown again, so a
member never chooses the same file twice. A refused file is not stored and gets a message.
"""
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from werkzeug.datastructures import FileStorage
from wtforms import Field
from wtforms.widgets import FileInput

from forum.attachments import services
from forum.attachments.detection import KINDS, FileRefused
from forum.attachments.models import Attachment
from forum.attachments.names import clean_name
from forum.extensions import db

FIELD_NAME = "attachments"
ACCEPT = ",".join(f".{extension}" for kind in KINDS for extension in kind.extensions)


def _ids(values) -> list[int]:
    return [int(value) for value in values if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) < 12]


class AttachmentsField(Field):
    widget = FileInput(multiple=True)

    def process(self, formdata, data=None, extra_filters=None):
        self.process_errors = []
        self.object_data = None
        self.raw_data = []
        self.uploads: list[FileStorage] = []
        self.pending_ids: list[int] = []
        self.remove_ids: set[int] = set()
        self.data = services.Changes()
        if formdata is not None:
            self.uploads = [upload for upload in formdata.getlist(self.name)
                            if isinstance(upload, FileStorage) and upload.filename]
            self.pending_ids = _ids(formdata.getlist(f"{self.name}-pending"))
            self.remove_ids = set(_ids(formdata.getlist(f"{self.name}-remove")))

    def pre_validate(self, form):
        """Accept what can be accepted, keep it, and say what was refused and why."""
        if not current_user.is_authenticated:
            return
        pending = list(db.session.scalars(Attachment.pending_of(current_user.id, self.pending_ids)))
        dropped = [attachment for attachment in pending if attachment.id in self.remove_ids]
        kept = [attachment for attachment in pending if attachment.id not in self.remove_ids]
        edited = getattr(form, "edited_post", None)
        on_post = services.attachments_of_post(edited.id) if edited is not None else []
        count = len(kept) + sum(1 for attachment in on_post if attachment.id not in self.remove_ids)
        max_files = services.limits()[0]
        if count > max_files:  # pending ids carried over from several refused forms
            self.errors.append(_("Er horen nu %(count)d bestanden bij dit bericht; het maximum is %(max)d. Haal er "
                                 "%(extra)d weg.", count=count, max=max_files, extra=count - max_files))
        for upload in self.uploads:
            if count >= max_files:
                self.errors.append(_("U kunt maximaal %(max)d bestanden bij een bericht voegen; %(name)s is niet "
                                     "toegevoegd.", max=max_files, name=upload.filename))
                continue
            try:
                name, content = services.read_upload(upload.stream, upload.filename)
                kept.append(services.accept_upload(current_user, name, content))
            except FileRefused as refusal:
                self.errors.append(f"{clean_name(upload.filename) or _('bestand')}: {refusal}")
            else:
                count += 1
        if dropped or len(kept) > len(pending) - len(dropped):
            services.keep_pending(dropped)
        self.data = services.Changes(pending=kept, remove={attachment.id for attachment in on_post} & self.remove_ids)

    def _value(self):
        return ""


def attachments_field():
    return AttachmentsField(_l("Bijlagen"), render_kw={"accept": ACCEPT})
