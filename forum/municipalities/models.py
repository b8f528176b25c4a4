"""Municipalities: every member account belongs to one."""
from sqlalchemy import ForeignKey, String, func, or_, select
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forum.extensions import db
from forum.municipalities.aliases import MUNICIPALITY, PROVINCE, common_name, comparable, officials_for
from forum.text import slugify

# The twelve provinces, as spelled in forum/data/gemeenten.csv (Fryslân is its official name).
PROVINCES = (
    "Drenthe", "Flevoland", "Fryslân", "Gelderland", "Groningen", "Limburg", "Noord-Brabant",
    "Noord-Holland", "Overijssel", "Utrecht", "Zeeland", "Zuid-Holland",
)
# Named like a municipality: typing "Utrecht" means the city, not the whole province.
PROVINCES_NAMED_LIKE_A_MUNICIPALITY = ("Groningen", "Utrecht")


def provinces_named(text: str) -> list[str]:
    """['Fryslân'] for 'fryslân': a province typed in full where a municipality name is expected."""
    return [
        name for name in PROVINCES
        if comparable(text) == comparable(name) and name not in PROVINCES_NAMED_LIKE_A_MUNICIPALITY
    ]


class Municipality(db.Model):
    __tablename__ = "municipalities"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(6), unique=True)  # CBS code, e.g. GM0344
    name: Mapped[str] = mapped_column(String(100), index=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True)
    province: Mapped[str] = mapped_column(String(50))
    population: Mapped[int] = mapped_column(default=0)
    # Kept up to date by the services that add members, threads and replies.
    member_count: Mapped[int] = mapped_column(default=0, server_default="0")
    thread_count: Mapped[int] = mapped_column(default=0, server_default="0")
    reply_count: Mapped[int] = mapped_column(default=0, server_default="0")

    verified_domains: Mapped[list["VerifiedDomain"]] = relationship(
        back_populates="municipality", cascade="all, delete-orphan", order_by="VerifiedDomain.domain"
    )

    @property
    def display_name(self) -> str:
        return f"Gemeente {self.name}"

    @property
    def list_name(self) -> str:
        """The name in a list to choose from: "Den Haag ('s-Gravenhage)", the official name stays stored."""
        common = common_name(self.name)
        return f"{common} ({self.name})" if common else self.name

    @staticmethod
    def in_list_order(municipalities) -> list["Municipality"]:
        """By the name as listed, so that Den Haag is found under D."""
        return sorted(municipalities, key=lambda m: (comparable(m.list_name), m.id))

    @staticmethod
    def ordered_by_name():
        return select(Municipality).order_by(func.lower(Municipality.name), Municipality.id)

    @staticmethod
    def search(name_part: str = "", province: str = ""):
        """Municipalities whose name contains `name_part` (also without accents), in `province`."""
        statement = Municipality.ordered_by_name()
        if name_part:
            matches = [Municipality.name.icontains(name_part, autoescape=True)]
            # 'sudwest' finds Súdwest-Fryslân: the slug is the name without accents.
            if slug_part := slugify(name_part):
                matches.append(Municipality.slug.contains(slug_part, autoescape=True))
            # 'Den Haag' finds 's-Gravenhage, 'Friesland' the municipalities of Fryslân.
            if officials := officials_for(name_part, MUNICIPALITY):
                matches.append(Municipality.name.in_(officials))
            if provinces := officials_for(name_part, PROVINCE) + provinces_named(name_part):
                matches.append(Municipality.province.in_(provinces))
            statement = statement.where(or_(*matches))
        if province:
            statement = statement.where(Municipality.province == province)
        return statement

    @staticmethod
    def by_slug(slug: str):
        return select(Municipality).where(Municipality.slug == slug)

    def __repr__(self) -> str:
        return f"<Municipality {self.code} {self.name}>"


class VerifiedDomain(db.Model):
    """An e-mail domain known to belong to a municipality: its addresses need no moderator."""

    __tablename__ = "verified_domains"

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipalities.id", ondelete="CASCADE"), index=True)
    domain: Mapped[str] = mapped_column(String(255), unique=True)

    municipality: Mapped[Municipality] = relationship(back_populates="verified_domains")
