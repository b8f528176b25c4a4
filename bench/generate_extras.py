"""What members do besides posting, for bench.generate: tags, solutions, helpful votes,
experience counters, follows, and the bench member's notifications and read positions.

Its own random generator (SEED + 1), so that members, threads and posts come out the same
as without these extras. Rows are queued per thread and inserted after each chunk of
threads and posts, since they point at both.
"""
import random
import time
from collections import Counter
from datetime import timedelta

from sqlalchemy import bindparam, func, insert, select, update

from forum.board.models import HelpfulVote, Post, Thread
from forum.experience.counting import recount as recount_experience
from forum.extensions import db
from forum.following.models import (
    FIRST_POST, KIND_NEW_THREAD, KIND_QUESTION_REPLY, KIND_REPLY, KIND_SOLUTION, MUTED,
    TARGET_CATEGORY, TARGET_MUNICIPALITY, TARGET_TAG, TARGET_THREAD, WATCHING,
    Notification, ThreadRead, Watch,
)
from forum.tags.models import Tag, ThreadTag

SEED = 20261124
TAGS = """
omgevingswet woo bio ensia avg dpia wmo jeugdwet participatiewet inburgering schuldhulp armoede
energietransitie warmtepomp zonnepanelen laadpalen wijkaanpak aardgasvrij riolering klimaatadaptatie
hittestress groenbeheer afvalinzameling omgekeerd-inzamelen statushouders opvang oekraine huisvesting
flexwonen woningbouw bestemmingsplan omgevingsplan vergunningen handhaving toezicht boa ondermijning
veiligheid cameratoezicht evenementen horeca subsidies begroting jaarrekening belastingen ozb
aanbesteding inkoop contractbeheer ict cloud microsoft-365 informatiebeveiliging privacy archief e-depot
digitale-toegankelijkheid websites formulieren digid eherkenning mijnoverheid basisregistraties brp bag
bgt woz gis data dashboards algoritmes chatbot klantcontact kcc burgerzaken paspoorten rijbewijzen
verkiezingen raadsinformatie griffie gemeenteraad regionale-samenwerking gemeenschappelijke-regeling
herindeling personeel werving arbeidsmarkt hybride-werken opleidingen leerwerkplekken duurzaam-inkopen
circulaire-economie mobiliteit fietsbeleid parkeren openbaar-vervoer verkeersveiligheid wegbeheer bruggen
bomen begraafplaatsen sportaccommodaties sporthallen zwembaden cultuur bibliotheek onderwijshuisvesting
kinderopvang leerplicht vve jongerenwerk ouderenzorg mantelzorg dementie eenzaamheid gezondheid ggd
huiselijk-geweld veilig-thuis beschermd-wonen maatschappelijke-opvang dakloosheid verslavingszorg ggz
zorgaanbieders contractering pgb hulpmiddelen woningaanpassing doelgroepenvervoer leerlingenvervoer
bijstand re-integratie sociale-werkvoorziening beschut-werk banenafspraak kostendelersnorm
energietoeslag minimabeleid kwijtschelding hersteloperatie spuk gemeentefonds decentralisatie-uitkering
wijkteams sociaal-domein integraal-werken dienstverlening klachten ombudsman bezwaar-en-beroep
actieve-openbaarmaking interbestuurlijk-toezicht provincie waterschap natuur stikstof bodem asbest
geluid luchtkwaliteit milieuzones omgevingsdienst bouwleges welstand monumenten erfgoed archeologie
toerisme recreatie citymarketing economie ondernemers bedrijventerreinen winkelcentra glasvezel 5g
netcongestie energiecooperaties isolatie energiearmoede warmtenet wind-op-land burgerberaad
inwonerspanel communicatie crisisbeheersing veiligheidsregio brandweer huisvestingsverordening sociale-huur
starterswoningen vakantieparken arbeidsmigranten zonnevelden buurtbus speelplaatsen hondenbelasting
straatverlichting wijkraden
""".split()
TAG_COUNTS = [20, 25, 25, 15, 10, 5]  # weights for 0 .. 5 tags on a thread
THEME_TAGS = 8  # each theme has favourite tags; most of its threads pick from those
SOLVED_SHARE = 0.3  # of threads with replies
HELPFUL_SHARE = 0.08  # of replies that get votes
FOLLOWS_PER_MEMBER = 0.2  # category, tag and municipality follows
BENCH_NOTIFICATIONS = 60
BENCH_UNREAD = 12
BENCH_FOLLOWED_THREADS = 25
BENCH_READ_THREADS = 150


class ForumExtras:
    def __init__(self, users, themes, domains, municipalities, start):
        self.rng = random.Random(SEED)
        self.start = start
        self.users = users  # (user id, municipality id); the first is the bench member lid0
        self.bench_member, self.bench_municipality = users[0]
        self.themes, self.domains, self.municipalities = themes, domains, municipalities
        first_tag = (db.session.scalar(select(func.max(Tag.id))) or 0) + 1
        self.tag_ids = list(range(first_tag, first_tag + len(TAGS)))
        self.tag_weights = [1 / (rank + 1) ** 0.9 for rank in range(len(TAGS))]  # a few popular tags
        self.theme_tags = {theme.id: self.rng.sample(self.tag_ids, THEME_TAGS) for theme in themes}
        self.tag_thread_counts = Counter()
        self.bench_threads = []  # asked by the bench member: they follow these already
        self.thread_ids = []
        self._empty_queues()

    def _empty_queues(self) -> None:
        self.thread_tags, self.watches, self.votes, self.solutions = [], [], [], []

    def insert_tags(self) -> None:
        rows = [{"id": tag_id, "slug": slug, "thread_count": 0, "created_at": self.start}
                for tag_id, slug in zip(self.tag_ids, TAGS)]
        db.session.execute(insert(Tag.__table__), rows)

    def on_thread(self, thread: dict, posts: list[dict]) -> None:
        """Choose this thread's tags, solution and votes; its asker follows it."""
        rng, thread_id = self.rng, thread["id"]
        self.thread_ids.append(thread_id)
        tags = set()
        for _ in range(rng.choices(range(len(TAG_COUNTS)), TAG_COUNTS)[0]):
            if rng.random() < 0.7:
                tags.add(rng.choice(self.theme_tags[thread["category_id"]]))
            else:
                tags.add(rng.choices(self.tag_ids, self.tag_weights)[0])
        for tag_id in sorted(tags):
            self.thread_tags.append(
                {"thread_id": thread_id, "tag_id": tag_id, "last_activity_at": thread["last_activity_at"]}
            )
            self.tag_thread_counts[tag_id] += 1
        self.watches.append(_watch(thread["author_id"], TARGET_THREAD, thread_id, WATCHING, thread["created_at"]))
        if thread["author_id"] == self.bench_member:
            self.bench_threads.append(thread_id)
        replies = posts[1:]
        voters = {}  # post id -> members who found it helpful
        if replies and rng.random() < SOLVED_SHARE:
            # Mostly one of the first replies: an early good answer is what gets marked.
            solution = replies[min(int(rng.expovariate(0.5)), len(replies) - 1)]
            self.solutions.append({"b_thread": thread_id, "b_post": solution["id"]})
            self._vote(solution, rng.randint(1, 6), voters)
        for reply in replies:
            if rng.random() < HELPFUL_SHARE:
                self._vote(reply, 1 + int(rng.expovariate(0.6)), voters)

    def _vote(self, post: dict, wanted: int, voters: dict) -> None:
        """Up to `wanted` votes from other members, each member once per post."""
        chosen = {self.rng.choice(self.users)[0] for _ in range(wanted)} - {post["author_id"]}
        new = sorted(chosen - voters.setdefault(post["id"], set()))
        voters[post["id"]].update(new)
        post["helpful_count"] += len(new)
        moment = post["created_at"] + timedelta(hours=2)
        self.votes += [{"post_id": post["id"], "user_id": user_id, "created_at": moment} for user_id in new]

    def flush(self) -> None:
        """Insert what the last chunk of threads and posts brought; they exist now."""
        _insert(ThreadTag, self.thread_tags)
        _insert(Watch, self.watches)
        _insert(HelpfulVote, self.votes)
        if self.solutions:
            db.session.execute(
                update(Thread.__table__).where(Thread.__table__.c.id == bindparam("b_thread"))
                .values(solution_post_id=bindparam("b_post")),
                self.solutions,
            )
        db.session.commit()
        self._empty_queues()

    def finish(self) -> None:
        started = time.perf_counter()
        for tag_id, count in self.tag_thread_counts.items():
            db.session.execute(update(Tag).where(Tag.id == tag_id).values(thread_count=count))
        # The app's own recount: the same definition of "experience" as the live counters.
        categories, tags = recount_experience()
        db.session.commit()
        seconds = time.perf_counter() - started
        print(f"Ervaring: {categories} regels per thema en {tags} per tag in {seconds:.0f} s")
        self._insert_member_follows()
        followed_themes, followed_threads = self._insert_bench_member_follows()
        notified = self._insert_bench_notifications(followed_themes, followed_threads)
        self._insert_bench_reads(notified)
        db.session.commit()

    def _insert_member_follows(self) -> None:
        """About 20 category, tag and municipality follows per 100 members."""
        categories = [category.id for category in self.themes + self.domains]
        chosen = {}
        for _ in range(int(len(self.users) * FOLLOWS_PER_MEMBER)):
            user_id, municipality_id = self.rng.choice(self.users[1:])
            target_type = self.rng.choices([TARGET_CATEGORY, TARGET_TAG, TARGET_MUNICIPALITY], [40, 35, 25])[0]
            if target_type == TARGET_CATEGORY:
                target_id = self.rng.choice(categories)
            elif target_type == TARGET_TAG:
                target_id = self.rng.choices(self.tag_ids, self.tag_weights)[0]
            else:  # mostly one's own municipality
                target_id = municipality_id if self.rng.random() < 0.7 else self.rng.choice(self.municipalities).id
            # Few watch a whole theme (a notification per reply); most want its new questions.
            level = self.rng.choices([WATCHING, FIRST_POST, MUTED], [20, 70, 10])[0]
            chosen[(user_id, target_type, target_id)] = level
        _insert(Watch, [_watch(*key, level, self.start) for key, level in sorted(chosen.items())])

    def _insert_bench_member_follows(self) -> tuple[list[int], list[int]]:
        """lid0 follows two themes, two tags, its municipality and some threads; returns the themes and threads."""
        themes = [theme.id for theme in self.rng.sample(self.themes, 2)]
        follows = [(TARGET_CATEGORY, theme_id, FIRST_POST) for theme_id in themes]
        follows += [(TARGET_TAG, tag_id, WATCHING) for tag_id in self.tag_ids[:2]]
        follows.append((TARGET_MUNICIPALITY, self.bench_municipality, FIRST_POST))
        own = set(self.bench_threads)
        candidates = [thread_id for thread_id in self.thread_ids if thread_id not in own]
        threads = sorted(self.rng.sample(candidates, min(BENCH_FOLLOWED_THREADS, len(candidates))))
        follows += [(TARGET_THREAD, thread_id, WATCHING) for thread_id in threads]
        _insert(Watch, [_watch(self.bench_member, *follow, self.start) for follow in follows])
        return themes, threads

    def _insert_bench_notifications(self, followed_themes: list[int], followed_threads: list[int]) -> list[int]:
        """Notifications as the app would have made them, newest first; returns their threads."""
        me = self.bench_member
        reply = (Post.position > 1) & (Post.author_id != me)
        columns = (Post.id, Post.thread_id, Post.author_id, Post.created_at)
        # Each kind up to its share (the newest of it); new threads in followed themes fill up the rest.
        queries = [
            (KIND_QUESTION_REPLY, 20, select(*columns).join(Thread, Thread.id == Post.thread_id)
             .where(Thread.author_id == me, reply)),
            (KIND_SOLUTION, 5, select(Post.id, Post.thread_id, Thread.author_id, Post.created_at)
             .join(Thread, Thread.solution_post_id == Post.id).where(Post.author_id == me)),
            (KIND_REPLY, 15, select(*columns).where(Post.thread_id.in_(followed_threads), reply)),
            (KIND_NEW_THREAD, BENCH_NOTIFICATIONS, select(*columns).join(Thread, Thread.id == Post.thread_id)
             .where(Thread.category_id.in_(followed_themes), Post.position == 1, Post.author_id != me)),
        ]
        found = []
        for kind, share, query in queries:
            limit = min(share, BENCH_NOTIFICATIONS - len(found))
            rows = db.session.execute(query.order_by(Post.created_at.desc(), Post.id.desc()).limit(limit)).all()
            found += [(created, post_id, kind, thread_id, actor) for post_id, thread_id, actor, created in rows]
        found.sort(reverse=True)
        rows = [{
            "user_id": me, "kind": kind, "thread_id": thread_id, "post_id": post_id, "actor_id": actor,
            "created_at": created, "read_at": None if index < BENCH_UNREAD else created + timedelta(hours=3),
        } for index, (created, post_id, kind, thread_id, actor) in enumerate(found)]
        _insert(Notification, list(reversed(rows)))  # oldest first: ids grow with time, as in use
        return [row["thread_id"] for row in rows[BENCH_UNREAD:]]

    def _insert_bench_reads(self, read_threads: list[int]) -> None:
        """lid0 read the threads of its read notifications to the end, and parts of others."""
        others = self.rng.sample(self.thread_ids, min(BENCH_READ_THREADS, len(self.thread_ids)))
        wanted = set(read_threads) | set(others) | set(self.bench_threads)
        positions = db.session.execute(
            select(Thread.id, Thread.last_position, Thread.last_activity_at).where(Thread.id.in_(sorted(wanted)))
        ).all()
        fully = set(read_threads) | set(self.bench_threads)
        _insert(ThreadRead, [{
            "user_id": self.bench_member, "thread_id": thread_id, "updated_at": last_activity,
            "last_read_position": last if thread_id in fully else self.rng.randint(1, last),
        } for thread_id, last, last_activity in positions])


def _watch(user_id, target_type, target_id, level, moment) -> dict:
    return {"user_id": user_id, "target_type": target_type, "target_id": target_id,
            "level": level, "updated_at": moment}


def _insert(model, rows: list[dict]) -> None:
    for start in range(0, len(rows), 5_000):
        db.session.execute(insert(model.__table__), rows[start:start + 5_000])

