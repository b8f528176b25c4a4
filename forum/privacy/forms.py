"""Erasing one's own account: a deliberate act, confirmed with a check box."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField
from wtforms.validators import DataRequired


class EraseAccountForm(FlaskForm):
    confirm = BooleanField(
        _l("Ik begrijp dat mijn account en mijn persoonsgegevens definitief worden verwijderd"),
        validators=[DataRequired(_l("Vink aan dat u uw account definitief wilt verwijderen."))],
    )
