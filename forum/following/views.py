"""Following pages: levels per thread, category and municipality; the bell; Mijn onderwerpen; Nieuw."""

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from forum.access import members_only
from forum.board.models import Category, Post, Thread
from forum.board.lookups import live_thread_or_404
from forum.errors import UNPROCESSABLE
from forum.extensions import csrf, db
from forum.following import blueprint, pages, reading, services
from forum.following.forms import ButtonForm, LevelForm, SettingsForm
from forum.following.models import (
    MAIL_NONE,
    NORMAL,
    TARGET_CATEGORY,
    TARGET_MUNICIPALITY,
    TARGET_TAG,
    TARGET_THREAD,
    Notification,
)
from forum.following.texts import LEVEL_LABELS
from forum.following.tokens import read_unsubscribe_token
from forum.municipalities.models import Municipality
from forum.pagination import paginate
from forum.routing import safe_next

NOTIFICATIONS_PER_PAGE = 30
THREADS_PER_PAGE = 25


# --- Levels -------------------------------------------------------------------------------------


def _level_page(target_type: str, target, name: str, back_url: str, current_level: str):
    back_url = safe_next(request.form.get("next") or request.args.get("next")) or back_url
    form = LevelForm(target_type)
    if not form.is_submitted():
        form.level.data = current_level
    if form.validate_on_submit():
        services.set_level(current_user.id, target_type, target.id, form.level.data)
        db.session.commit()
        flash(
            _(
                "Volgen van %(name)s: %(level)s.",
                name=name,
                level=LEVEL_LABELS[form.level.data],
            ),
            "success",
        )
        return redirect(back_url)
    status = UNPROCESSABLE if form.errors else 200
    return render_template("following/level.html", form=form, name=name, back_url=back_url), status


@blueprint.route("/volgen/onderwerp/<id:thread_id>", methods=["GET", "POST"])
@members_only
def follow_thread(thread_id):
    thread = live_thread_or_404(thread_id)
    decision = services.thread_decision(current_user.id, thread)
    return _level_page(
        TARGET_THREAD,
        thread,
        _("het onderwerp '%(title)s'", title=thread.title),
        url_for("board.thread", thread_id=thread.id),
        decision.level,
    )


@blueprint.route("/volgen/categorie/<id:category_id>", methods=["GET", "POST"])
@members_only
def follow_category(category_id):
    category = db.get_or_404(Category, category_id)
    return _level_page(
        TARGET_CATEGORY,
        category,
        category.name,
        url_for("board.category", slug=category.slug),
        services.explicit_level(current_user.id, TARGET_CATEGORY, category.id) or NORMAL,
    )


@blueprint.route("/volgen/gemeente/<id:municipality_id>", methods=["GET", "POST"])
@members_only
def follow_municipality(municipality_id):
    municipality = db.get_or_404(Municipality, municipality_id)
    return _level_page(
        TARGET_MUNICIPALITY,
        municipality,
        municipality.display_name,
        url_for("board.municipality", slug=municipality.slug),
        services.explicit_level(current_user.id, TARGET_MUNICIPALITY, municipality.id) or NORMAL,
    )


@blueprint.route("/volgen/tag/<id:tag_id>", methods=["GET", "POST"])
@members_only
def follow_tag(tag_id):
    tag = services.target_or_none(TARGET_TAG, tag_id)
    if tag is None:
        abort(404)
    return _level_page(
        TARGET_TAG,
        tag,
        tag.slug,
        url_for("tags.show", slug=tag.slug),
        services.explicit_level(current_user.id, TARGET_TAG, tag.id) or NORMAL,
    )


# --- Notifications --------------------------------------------------------------------------------


@blueprint.get("/meldingen")
@members_only
def notifications():
    page = paginate(
        Notification.of_member(current_user.id, with_removed=current_user.can_moderate), NOTIFICATIONS_PER_PAGE
    )
    return render_template("following/notifications.html", page=page, button=ButtonForm())


@blueprint.post("/meldingen/<id:notification_id>/gelezen")
@members_only
def mark_read(notification_id):
    notification = db.get_or_404(Notification, notification_id)
    if not notification.belongs_to(current_user):
        abort(403)
    services.mark_read(notification)
    db.session.commit()
    flash(_("De melding is als gelezen gemarkeerd."), "success")
    return redirect(url_for("following.notifications"))


@blueprint.post("/meldingen/alles-gelezen")
@members_only
def mark_all_read():
    if not ButtonForm().validate_on_submit():
        abort(400)
    count = services.mark_all_read(current_user.id)
    db.session.commit()
    flash(_("Alle meldingen zijn als gelezen gemarkeerd (%(num)d).", num=count), "success")
    return redirect(url_for("following.notifications"))


@blueprint.route("/meldingen/instellingen", methods=["GET", "POST"])
@members_only
def settings():
    stored = services.settings_of(current_user.id)
    form = SettingsForm(
        data={
            "mail_frequency": stored.mail_frequency,
            "follow_own_threads": stored.follow_own_threads,
            "help_requests": stored.help_requests,
        }
    )
    if form.validate_on_submit():
        services.update_settings(
            current_user,
            mail_frequency=form.mail_frequency.data,
            follow_own_threads=form.follow_own_threads.data,
            help_requests=form.help_requests.data,
        )
        db.session.commit()
        flash(_("Uw instellingen voor meldingen zijn opgeslagen."), "success")
        return redirect(url_for("following.settings"))
    status = UNPROCESSABLE if form.errors else 200
    return render_template("following/settings.html", form=form), status


# --- Reading ---------------------------------------------------------------------------------------


@blueprint.get("/onderwerp/<id:thread_id>/ongelezen")
@members_only
def first_unread(thread_id):
    """Jump to the first post this member has not read (the last post when all is read)."""
    thread = db.get_or_404(Thread, thread_id)
    if not thread.visible_to(current_user):
        abort(404)
    read_up_to = reading.last_read_position(current_user.id, thread.id) or 0
    position = min(read_up_to + 1, thread.post_count)
    post = db.session.scalar(
        select(Post).where(Post.thread_id == thread.id, Post.position == position)
    )
    if post is None:
        return redirect(url_for("board.thread", thread_id=thread.id))
    per_page = current_app.config["POSTS_PER_PAGE"]
    page = (post.position - 1) // per_page + 1
    return redirect(
        url_for(
            "board.thread",
            thread_id=thread.id,
            pagina=page if page > 1 else None,
            _anchor=post.anchor,
        )
    )


@blueprint.get("/mijn-onderwerpen")
@members_only
def my_topics():
    threads = paginate(pages.followed_threads(current_user.id), THREADS_PER_PAGE)
    return render_template(
        "following/my_topics.html",
        threads=threads,
        button=ButtonForm(),
        states=reading.reading_states(current_user, threads.items),
        followed=pages.followed_targets(current_user.id),
    )


@blueprint.get("/nieuw")
@members_only
def new():
    since = reading.new_since(current_user)
    threads = paginate(pages.new_threads(current_user.id, since), THREADS_PER_PAGE)
    return render_template(
        "following/new.html",
        threads=threads,
        since=since,
        button=ButtonForm(),
        states=reading.reading_states(current_user, threads.items),
    )


@blueprint.post("/nieuw/alles-gezien")
@members_only
def dismiss_new():
    if not ButtonForm().validate_on_submit():
        abort(400)
    reading.dismiss_new(current_user)
    db.session.commit()
    flash(_("Alles op deze lijst is als gezien gemarkeerd."), "success")
    return redirect(url_for("following.new"))


# --- Unsubscribing from a mail, without logging in -------------------------------------------------


def _token_or_400(token: str):
    found = read_unsubscribe_token(token)
    user = services.user_or_none(found[0]) if found else None
    if user is None:
        return None, None
    thread = db.session.get(Thread, found[1]) if found[1] else None
    if thread is not None and not thread.is_live:
        thread = None  # a removed thread is not named, nor muted, to whoever holds the link
    return user, thread


@blueprint.get("/afmelden/<token>")
def unsubscribe(token):
    user, thread = _token_or_400(token)
    if user is None:
        return render_template("following/unsubscribe_invalid.html"), 400
    return render_template(
        "following/unsubscribe.html",
        token=token,
        user=user,
        thread=thread,
        form=ButtonForm(),
        stopped=services.settings_of(user.id).mail_frequency == MAIL_NONE,
    )


# One click from the mail client (RFC 8058) posts without our CSRF token; the signed token
# in the address is the proof, and it only ever turns mail off.
@blueprint.post("/afmelden/<token>")
@csrf.exempt
def unsubscribe_all(token):
    user, _thread = _token_or_400(token)
    if user is None:
        return render_template("following/unsubscribe_invalid.html"), 400
    services.stop_all_mail(user.id)
    db.session.commit()
    return render_template("following/unsubscribed.html", user=user, thread=None)


@blueprint.post("/afmelden/<token>/onderwerp")
@csrf.exempt
def unsubscribe_thread(token):
    user, thread = _token_or_400(token)
    if user is None or thread is None:
        return render_template("following/unsubscribe_invalid.html"), 400
    services.mute_thread(user.id, thread.id)
    db.session.commit()
    return render_template("following/unsubscribed.html", user=user, thread=thread)
