"""Form widgets of our own."""
from functools import lru_cache

from markupsafe import Markup
from wtforms.widgets import Select, html_params


class LongSelect(Select):
    """A <select> for long, mostly unchanging lists (342 municipalities): the options are
    rendered once per distinct list and selection and then reused. WTForms builds every
    option through html_params, which cost more than the rest of the search page."""

    def __call__(self, field, **kwargs):
        kwargs.setdefault("id", field.id)
        flags = getattr(field, "flags", {})
        for name in self.validation_attrs:
            if name not in kwargs and getattr(flags, name, False):
                kwargs[name] = getattr(flags, name)
        if field.has_groups():
            groups = tuple((name, _key(choices)) for name, choices in field._iter_groups_normalized())
        else:
            groups = ((None, _key(field._iter_choices_normalized())),)
        # html_params escapes every value; the options are escaped by WTForms' render_option.
        return Markup(f"<select {html_params(name=field.name, **kwargs)}>{_options(groups)}</select>")  # nosec B704


def _key(choices) -> tuple:
    return tuple((str(choice.value), str(choice.label or choice.value), choice.selected) for choice in choices)


@lru_cache(maxsize=256)
def _options(groups: tuple) -> Markup:
    html = []
    for name, choices in groups:
        if name is not None:
            html.append(f"<optgroup {html_params(label=name)}>")
        html += [Select.render_option(_Choice(*choice)) for choice in choices]
        if name is not None:
            html.append("</optgroup>")
    # Built from html_params and render_option, which escape.
    return Markup("".join(html))  # nosec B704


class _Choice:
    __slots__ = ("value", "label", "selected", "render_kw")

    def __init__(self, value, label, selected):
        self.value, self.label, self.selected, self.render_kw = value, label, selected, None
