"""Small builders for test data; each flushes so ids exist."""
import itertools

from werkzeug.security import generate_password_hash

from forum.accounts.models import STATUS_ACTIVE, User
from forum.board.models import Category
from forum.board.services import add_reply, create_thread
from forum.extensions import db
from forum.municipalities.models import Municipality, VerifiedDomain
from forum.text import slugify

PASSWORD = "een lang wachtwoord voor tests"
# Hashing is slow on purpose; tests share one hash.
_PASSWORD_HASH = generate_password_hash(PASSWORD, method="scrypt")
_sequence = itertools.count(1)


def make_municipality(name=None, province="Utrecht", population=50_000, code=None, domain=None) -> Municipality:
    number = next(_sequence)
    name = name or f"Testgemeente {number}"
    municipality = Municipality(
        code=code or f"GM{9000 + number:04d}"[-6:], name=name, slug=slugify(name),
        province=province, population=population,
    )
    db.session.add(municipality)
    if domain:
        db.session.add(VerifiedDomain(municipality=municipality, domain=domain))
    db.session.flush()
    return municipality


# A fixed TOTP secret: moderators in tests have two-factor login set up unless told otherwise.
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def make_user(municipality=None, *, name=None, email=None, role="member", status=STATUS_ACTIVE,
              job_title="beleidsadviseur", staff=False, two_factor=None) -> User:
    number = next(_sequence)
    if municipality is None and not staff:
        municipality = make_municipality()
    user = User(
        email=email or f"persoon{number}@example.nl", password_hash=_PASSWORD_HASH,
        name=name or f"Persoon {number}", job_title=job_title, municipality=municipality,
        role=role, status=status,
    )
    if two_factor if two_factor is not None else role != "member":
        user.totp_secret = TOTP_SECRET
    db.session.add(user)
    if municipality is not None and status == STATUS_ACTIVE:
        municipality.member_count += 1  # the counter holds active members only
    db.session.flush()
    return user


def make_category(name=None, parent=None) -> Category:
    name = name or f"Thema {next(_sequence)}"
    category = Category(name=name, slug=slugify(name), parent=parent)
    db.session.add(category)
    db.session.flush()
    return category


def make_thread(author=None, category=None, title=None, body="De vraag in **Markdown**.", replies=0):
    author = author or make_user()
    category = category or make_category(parent=make_category())
    thread = create_thread(author, category, title or f"Een vraag over thema nummer {next(_sequence)}", body)
    for number in range(replies):
        add_reply(author, thread, f"Ervaring nummer {number + 1}")
    db.session.commit()
    return thread


def make_reply(thread, author=None, body="Onze ervaring, in **Markdown**."):
    """A reply on `thread`, by default from a member of a new municipality."""
    post = add_reply(author or make_user(), thread, body)
    db.session.commit()
    return post


def make_applicant(municipality=None, *, email=None, name=None, status="pending") -> User:
    """A registration that is not active yet, so not counted among the municipality's members."""
    number = next(_sequence)
    user = User(
        email=email or f"aanvrager{number}@example.nl", password_hash=_PASSWORD_HASH,
        name=name or f"Aanvrager {number}", job_title="beleidsmedewerker",
        municipality=municipality or make_municipality(), status=status,
    )
    db.session.add(user)
    db.session.flush()
    return user
