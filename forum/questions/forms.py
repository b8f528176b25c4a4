"""The filters above the list of all questions: a GET form (bookmarkable; it changes nothing)."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import SelectField
from wtforms.fields.choices import SelectChoice

from forum.board.listing import SOLVED, UNANSWERED, UNSOLVED
from forum.questions.listing import ACTIVE, HELPFUL, NEWEST, UNANSWERED_FIRST

SORT_LABELS = {
    NEWEST: _l("Nieuwste vragen eerst"),
    ACTIVE: _l("Laatst actief"),
    UNANSWERED_FIRST: _l("Onbeantwoorde vragen eerst"),
    HELPFUL: _l("Meest nuttig"),
}


class QuestionFilterForm(FlaskForm):
    """Unknown values (an old link, a typo) are not errors: the list falls back to all."""

    class Meta:
        csrf = False

    thema = SelectField(_l("Domein of thema"), validate_choice=False)
    status = SelectField(
        _l("Welke vragen"), validate_choice=False,
        choices=[
            SelectChoice("", _l("Alle vragen")), SelectChoice(UNSOLVED, _l("Open vragen")),
            SelectChoice(UNANSWERED, _l("Onbeantwoorde vragen")), SelectChoice(SOLVED, _l("Opgeloste vragen")),
        ],
    )
    sorteer = SelectField(
        _l("Sorteren op"), validate_choice=False,
        choices=[SelectChoice(value, label) for value, label in SORT_LABELS.items()],
    )

    def __init__(self, domains, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [SelectChoice("", _l("Alle domeinen en thema’s"))]
        for domain in domains:
            choices.append(SelectChoice(domain.slug, _l("Heel %(name)s", name=domain.name), optgroup=domain.name))
            choices += [SelectChoice(theme.slug, theme.name, optgroup=domain.name) for theme in domain.children]
        self.thema.choices = choices
