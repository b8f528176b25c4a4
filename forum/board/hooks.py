"""Extension points of the board's pages: features add to a page without the board importing them.

A feature registers, at import time of its own package:

    @hooks.page_context("thread")              # called with the page's kwargs
    def _tags(thread, **_): return {"tags": ...}

    hooks.page_fragment("thread", "after_posts", "tags/_thread.html", order=50)

The board view calls `context_for(page, **kwargs)` and merges what every provider returns into
the template context; the page includes, in each named slot, the fragments registered for it:
`{% for fragment in page_fragments(page, slot) %}{% include fragment %}{% endfor %}`.

Pages, the kwargs their providers get, and their slots:
- "thread" (thread, posts, page, form: the reply form): "header" (under the title), "after_question",
  "after_posts", "before_reply_form" (above the reply form, outside it), "reply_form" (inside the
  reply form, before its buttons), "sidebar"
- "post": "byline" (in the post's header, after the author's name), "below_body", "footer".
  Rendered for every post of a thread page with `post` in scope; it has no providers of its own
  (that would cost a query per post): a "thread" provider reads what the page's posts need at once.
- "category" (category, categories: the category and its themes): "head" (in <head>),
  "header", "sidebar"
- "ask" (form, valid: whether the submitted form validated): "before_form" (outside the form),
  "after_title", "after_form" (inside the form, before its buttons). A provider may return hold_back=True to show its
  part once before the question is posted (similar questions).
- "edit" (post, form): "before_form" (outside the form), "after_form" (for questions and replies
  alike); "conflict_form" (inside the form shown again after an edit conflict, with `form` in
  scope; no providers run for that page)
- "composer": "actions", in the button row of every composer (ask, reply, edit), after its own
  buttons (posting stays the default button), with the page's context; no providers of its own.
- "tag" (tag): "head", "links", "header", "sidebar"
- "municipality" (municipality): "header", "after_summary"
- "editor": "after_body" (inside every Markdown editor: ask, reply, edit, with `form` in scope),
  e.g. the script of a feature that enhances the text field; no providers.
A provider that does not apply returns an empty dict. On a GET of the "ask", "thread" and "edit"
pages a provider may fill the `form` it is given (drafts put an unfinished text back).

Features may also add fields to the board's forms with `form_field`: the question forms ("ask",
"edit_question") and the reply forms ("reply", "edit_reply"). The board hands what they hold
to the `question_form_saved` signal (question forms) and to `post_form_saved` (every form, with
the post that was saved), and the feature saves it. On the edit forms, `form.edited_post` is the
post being edited, for a field whose validation depends on it. The forms are sent as
multipart/form-data, so an added field may be a file field. An added field may also be a group of
fields (a WTForms FormField, e.g. the poll on the ask form): its data is then a dict, and the
page's error summary links each of its errors to the field inside the group.
"""
from collections import defaultdict
from collections.abc import Callable

_providers: dict[str, list[Callable[..., dict]]] = defaultdict(list)
_fragments: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
_form_fields: dict[str, dict[str, tuple[Callable, Callable | None]]] = defaultdict(dict)
_form_classes: dict[tuple, type] = {}


def page_context(page: str):
    """Decorator: `fn(**kwargs) -> dict` adds to the context of `page`."""
    def register(provider: Callable[..., dict]) -> Callable[..., dict]:
        if provider not in _providers[page]:
            _providers[page].append(provider)
        return provider
    return register


def context_for(page: str, /, **kwargs) -> dict:
    """What every provider of `page` adds, merged; a later provider's key wins."""
    context: dict = {}
    for provider in _providers[page]:
        context.update(provider(**kwargs))
    return context


def page_fragment(page: str, slot: str, template: str, order: int = 100) -> None:
    """Include `template` in `slot` of `page`; fragments of one slot are included by `order`."""
    entry = (order, template)
    if entry not in _fragments[(page, slot)]:
        _fragments[(page, slot)].append(entry)
        _fragments[(page, slot)].sort()


def page_fragments(page: str, slot: str) -> list[str]:
    """The templates of `slot` on `page`, in order (a Jinja global)."""
    return [template for _, template in _fragments[(page, slot)]]


def form_field(form: str, name: str, make_field: Callable, initial: Callable | None = None) -> None:
    """Add the field `make_field()` (an unbound WTForms field) as `name` to the board's `form`;
    `initial(thread)` gives its value when a question is edited."""
    _form_fields[form][name] = (make_field, initial)


def form_class(form: str, base: type) -> type:
    """`base` with the fields features added to `form`."""
    names = tuple(_form_fields[form])
    key = (form, base, names)
    if key not in _form_classes:
        fields = {name: make_field() for name, (make_field, _) in _form_fields[form].items()}
        _form_classes[key] = type(base.__name__, (base,), fields)
    return _form_classes[key]


def form_data(form: str, bound_form) -> dict:
    """What the added fields of a submitted `form` hold, by name."""
    return {name: bound_form[name].data for name in _form_fields[form] if name in bound_form}


def initial_form_data(form: str, /, **kwargs) -> dict:
    return {name: initial(**kwargs) for name, (_, initial) in _form_fields[form].items() if initial}


def init_app(app) -> None:
    app.jinja_env.globals["page_fragments"] = page_fragments
