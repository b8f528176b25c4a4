"""Poll pages: adding and changing a poll, voting, the results (also as CSV), closing and removing."""
import csv
import io

from flask import Response, abort, flash, redirect, render_template, request, session, url_for
from babel.dates import format_date
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy.exc import IntegrityError

from forum import limits
from forum.access import members_only, readers_only
from forum.board.lookups import live_thread_or_404
from forum.errors import UNPROCESSABLE, render_error
from forum.extensions import db
from forum.polls import blueprint, charts, services
from forum.polls.forms import PollActionForm, PollForm, VoteForm
from forum.polls.lookups import REFUSED_VOTE, can_add_poll, live_poll_or_404, visible_poll_or_404
from forum.polls.models import RESULTS_AFTER_VOTING, closing_day
from forum.polls.results import OTHER, poll_results


@blueprint.app_template_filter("closing_day")
def closing_day_text(moment) -> str:
    """'2 december 2026': the last day on which the poll takes votes."""
    return format_date(closing_day(moment), "d MMMM yyyy", locale="nl_NL")


@blueprint.route("/onderwerp/<id:thread_id>/peiling-toevoegen", methods=["GET", "POST"])
@members_only
@limits.posting
def add(thread_id):
    thread = live_thread_or_404(thread_id)
    existing = services.poll_of_thread(thread.id)
    if existing is not None and existing.is_removed:
        return render_error(409, _("De peiling van dit onderwerp is door een moderator verwijderd; "
                                   "er kan geen nieuwe worden toegevoegd."))
    if existing is not None:
        return render_error(409, _("Dit onderwerp heeft al een peiling."))
    if not can_add_poll(thread, current_user):
        abort(403)
    form = PollForm()
    if form.validate_on_submit():
        try:
            services.create_poll(thread, current_user, form.draft())
            db.session.commit()
        except IntegrityError:  # the same form sent twice at once: the other request added it
            db.session.rollback()
            return render_error(409, _("Dit onderwerp heeft al een peiling."))
        flash(_("De peiling is toegevoegd."), "success")
        return redirect(url_for("board.thread", thread_id=thread.id, _anchor="peiling"))
    status = UNPROCESSABLE if form.errors else 200
    return render_template("polls/form.html", form=form, thread=thread, poll=None), status


@blueprint.route("/peiling/<id:poll_id>/bewerken", methods=["GET", "POST"])
@members_only
@limits.posting
def edit(poll_id):
    poll = live_poll_or_404(poll_id)
    if not poll.can_edit(current_user):
        if poll.vote_count and (current_user.id == poll.created_by_id or current_user.can_moderate):
            return render_error(409, _("Er is al gestemd: de peiling kan niet meer worden gewijzigd."))
        abort(403)
    form = PollForm(obj=poll)
    if request.method == "GET":
        form.options.data = "\n".join(option.label for option in poll.options)
        form.closes_on.data = closing_day(poll.closes_at) if poll.closes_at else None
    if form.validate_on_submit():
        try:
            services.update_poll(poll, form.draft())
            db.session.commit()
        except IntegrityError:  # changed by someone else at the same moment
            db.session.rollback()
            return render_error(409, _("Deze peiling is intussen gewijzigd; laad de pagina opnieuw."))
        flash(_("De peiling is gewijzigd."), "success")
        return redirect(url_for("board.thread", thread_id=poll.thread_id, _anchor="peiling"))
    status = UNPROCESSABLE if form.errors else 200
    return render_template("polls/form.html", form=form, thread=poll.thread, poll=poll), status


@blueprint.post("/peiling/<id:poll_id>/stemmen")
@members_only
@limits.voting
def vote(poll_id):
    poll = live_poll_or_404(poll_id)
    form = VoteForm()
    values = request.form.getlist("keuze")
    if not form.validate_on_submit():
        return _refused(poll, " ".join(sum(form.errors.values(), [])), values, request.form.get("other", ""))
    other_text = form.other.data or ""
    try:
        option_ids, other = _chosen(values, other_text)
        services.cast_vote(poll, current_user, option_ids, other)
    except services.VoteRefused as refusal:
        db.session.rollback()
        return _refused(poll, str(refusal), values, other_text)
    except services.PollChanged:
        db.session.rollback()
        return _refused(poll, _("De peiling is net gewijzigd; bekijk de antwoorden opnieuw."), [], other_text)
    except IntegrityError:
        db.session.rollback()
        return _refused(poll, _("Een collega stemde op hetzelfde moment. Probeer het opnieuw."), values, other_text)
    db.session.commit()
    flash(_("Uw stem is opgeslagen."), "success")
    return redirect(url_for("board.thread", thread_id=poll.thread_id, _anchor="peiling"))


def _chosen(values: list[str], other_text: str) -> tuple[list[int], str]:
    """Option ids and the own answer from the form; anything else is refused in Dutch.
    Text typed at "anders, namelijk" counts as choosing it, ticked or not."""
    option_ids, wants_other = [], bool(other_text)
    for value in values:
        if value == OTHER:
            wants_other = True
        elif _is_number(value):
            option_ids.append(int(value))
        else:
            raise services.VoteRefused(_("Kies een van de antwoorden van deze peiling."))
    if wants_other and not other_text:
        raise services.VoteRefused(_("Vul bij ‘anders, namelijk’ uw eigen antwoord in."))
    return option_ids, other_text if wants_other else ""


def _is_number(value: str) -> bool:
    """ASCII digits only: "²".isdigit() is true too, but int() refuses it."""
    return value.isascii() and value.isdigit() and len(value) < 10


def _refused(poll, message: str, values: list[str], other_text: str):
    """Back to the poll on its thread, where the message stands above the form as it was filled in.
    A 303, so that the refusal does not count as a vote against the limit."""
    session[REFUSED_VOTE] = {
        "poll_id": poll.id, "message": message, "other": (other_text or "")[:200],
        "chosen": [value for value in values[:25] if value == OTHER or _is_number(value)],
    }
    return redirect(url_for("board.thread", thread_id=poll.thread_id, _anchor="peiling"), 303)


def _results_hidden(poll):
    if poll.results_visibility == RESULTS_AFTER_VOTING:
        message = (_("De uitslag van deze peiling is te zien nadat uw gemeente heeft gestemd.") if poll.per_municipality
                   else _("De uitslag van deze peiling is te zien nadat u heeft gestemd."))
    else:
        message = _("De uitslag van deze peiling is pas te zien na de sluiting.")
    return render_error(403, message)


@blueprint.get("/peiling/<id:poll_id>")
@readers_only
def results(poll_id):
    poll = visible_poll_or_404(poll_id)
    vote = services.current_vote(poll, current_user)
    if not poll.results_visible_to(current_user, has_voted=vote is not None):
        return _results_hidden(poll)
    own = current_user.municipality if current_user.is_authenticated else None
    outcome = poll_results(poll, own=own)
    return render_template(
        "polls/results.html", poll=poll, thread=poll.thread, results=outcome, vote=vote,
        charts=charts.for_results(outcome), charts_colour=charts.colour, show_municipalities=current_user.is_authenticated,
        action_form=PollActionForm(),
    )


@blueprint.get("/peiling/<id:poll_id>/uitslag.csv")
@members_only
def results_csv(poll_id):
    poll = visible_poll_or_404(poll_id)
    vote = services.current_vote(poll, current_user)
    if not poll.results_visible_to(current_user, has_voted=vote is not None):
        return _results_hidden(poll)
    outcome = poll_results(poll)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(["gemeente" if poll.per_municipality else "organisatie", "provincie", "inwoners", "antwoord"])
    for row in outcome.rows:
        # A leading =, +, - or @ would make a spreadsheet run the cell as a formula.
        writer.writerow([_cell(row.municipality or "VNG"), _cell(row.province or ""),
                         row.population if row.municipality else "", _cell(row.answer)])
    return Response(
        "\ufeff" + out.getvalue(), mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename=peiling-{poll.id}.csv"},
    )


def _cell(text: str) -> str:
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


@blueprint.post("/peiling/<id:poll_id>/sluiten")
@members_only
def close(poll_id):
    poll = live_poll_or_404(poll_id)
    if not current_user.can_moderate:
        abort(403)
    if poll.is_closed():
        return render_error(409, _("Deze peiling is al gesloten."))
    services.close_poll(poll, current_user)
    db.session.commit()
    flash(_("De peiling is gesloten."), "success")
    return redirect(url_for("board.thread", thread_id=poll.thread_id, _anchor="peiling"))


@blueprint.post("/peiling/<id:poll_id>/verwijderen")
@members_only
def remove(poll_id):
    poll = live_poll_or_404(poll_id)
    if not current_user.can_moderate:
        abort(403)
    form = PollActionForm()
    if not form.validate_on_submit():
        return render_template("polls/remove.html", poll=poll, thread=poll.thread, form=form), UNPROCESSABLE
    services.remove_poll(poll, current_user, form.reason.data or "")
    db.session.commit()
    flash(_("De peiling is verwijderd."), "success")
    return redirect(url_for("board.thread", thread_id=poll.thread_id))

