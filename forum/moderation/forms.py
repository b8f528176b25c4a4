"""Forms for moderators: approving and rejecting applications."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import TextAreaField
from wtforms.validators import Length

REASON_MAX_LENGTH = 2000


class RejectForm(FlaskForm):
    reason = TextAreaField(
        _l("Reden (optioneel, staat in de mail aan de aanvrager)"),
        filters=[lambda value: value.strip() if isinstance(value, str) else value],
        validators=[
            Length(max=REASON_MAX_LENGTH, message=_l("Een reden heeft hoogstens 2000 tekens.")),
        ],
        render_kw={"rows": 3, "maxlength": REASON_MAX_LENGTH},
    )


def reject_form(user_id: int, **kwargs) -> RejectForm:
    """Each applicant's form has its own field ids, as several stand on one page."""
    return RejectForm(prefix=f"afwijzen-{user_id}", **kwargs)
