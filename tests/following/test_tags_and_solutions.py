"""Following a tag, and hearing that one's reply was marked as the solution."""
from sqlalchemy import select

from forum.following.models import KIND_NEW_THREAD, KIND_SOLUTION, TARGET_TAG
from forum.tags.models import Tag
from forum.extensions import db
from tests.factories import make_thread, make_user
from tests.following.helpers import notified, set_level, watch_level


def test_a_member_follows_a_tag_and_hears_of_new_threads_with_it(client, login, theme):
    asker = make_user()
    login(asker)
    client.post("/vraag-stellen", data={"title": "Eerste vraag over warmtepompen", "category": theme.id,
                                        "body": "Vraag", "tags": "warmtepomp"})
    tag = db.session.scalar(select(Tag).where(Tag.slug == "warmtepomp"))
    watcher = make_user()
    login(watcher)
    page = client.get("/tags/warmtepomp").get_data(as_text=True)
    assert f"/volgen/tag/{tag.id}" in page
    assert set_level(client, f"/volgen/tag/{tag.id}", "first_post").status_code == 302
    assert watch_level(watcher, TARGET_TAG, tag.id) == "first_post"

    login(asker)
    title = "Tweede vraag over warmtepompen"
    response = client.post("/vraag-stellen", data={
        "title": title, "category": theme.id, "body": "Nog een vraag", "tags": "warmtepomp, subsidie",
        "similar_checked": title})  # the similar questions were seen
    assert response.status_code == 302
    assert watcher.id in notified(KIND_NEW_THREAD)


def test_a_muted_tag_silences_a_followed_theme(client, login, theme):
    watcher = make_user()
    asker = make_user()
    login(asker)
    client.post("/vraag-stellen", data={"title": "Vraag over zonnepanelen hier", "category": theme.id,
                                        "body": "Vraag", "tags": "zonnepanelen"})
    tag = db.session.scalar(select(Tag).where(Tag.slug == "zonnepanelen"))
    login(watcher)
    set_level(client, f"/volgen/categorie/{theme.id}", "watching")
    set_level(client, f"/volgen/tag/{tag.id}", "muted")
    login(asker)
    title = "Nog een vraag over zonnepanelen"
    response = client.post("/vraag-stellen", data={"title": title, "category": theme.id, "body": "Vraag",
                                                   "tags": "zonnepanelen", "similar_checked": title})
    assert response.status_code == 302
    assert watcher.id not in notified(KIND_NEW_THREAD)


def test_the_author_of_a_marked_solution_is_notified(client, login):
    asker = make_user()
    helper = make_user()
    thread = make_thread(author=asker)
    login(helper)
    client.post(f"/onderwerp/{thread.id}/reageren", data={"body": "Zo deden wij het."})
    from forum.board.models import Post
    answer = db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.position == 2))
    login(asker)
    response = client.post(f"/bericht/{answer.id}/oplossing")
    assert response.status_code == 302
    assert helper.id in notified(KIND_SOLUTION, post_id=answer.id)
