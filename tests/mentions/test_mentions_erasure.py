"""An erased member's name leaves the mentions others made of them; the download lists them."""
import json

from sqlalchemy import select

from forum.board.models import Post, PostRevision
from forum.extensions import db
from tests.conftest import log_in_client
from tests.factories import PASSWORD, make_municipality, make_thread, make_user


def test_erasure_takes_the_name_out_of_mentions_in_posts_and_their_versions(client, login):
    vries = make_user(make_municipality("Utrecht"), name="J. de Vries", email="jdevries@utrecht.nl")
    other = make_user(name="P. Noemer")
    thread = make_thread(author=other, title="Een vraag waarin iemand genoemd wordt")
    login(other)
    token = f"@[J. de Vries](#lid-{vries.id})"
    reply = client.post(f"/onderwerp/{thread.id}/reageren", data={"body": f"Vraag {token}."})
    assert reply.status_code == 302
    post = db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.position == 2))
    assert client.post(f"/bericht/{post.id}/bewerken",
                       data={"body": f"Vraag {token} eens."}).status_code == 302
    untouched = make_thread(author=other, body=f"Over lid 1{vries.id}: @[Iemand](#lid-1{vries.id})")

    client.post("/uitloggen")
    client.post("/inloggen", data={"email": "jdevries@utrecht.nl", "password": PASSWORD})
    download = json.loads(client.get("/account/gegevens/download").text)
    assert download["mentions_of_you"] == [{"post_id": post.id, "thread_id": thread.id}]
    assert client.post("/account/verwijderen", data={"confirm": "y"}).status_code == 302

    db.session.expire_all()
    assert post.body_markdown == f"Vraag @[Voormalig lid](#lid-{vries.id}) eens."
    assert post.body_html == "<p>Vraag @Voormalig lid eens.</p>"
    revision = db.session.scalar(select(PostRevision).where(PostRevision.post_id == post.id))
    assert revision.body_markdown == f"Vraag @[Voormalig lid](#lid-{vries.id})."
    assert "Iemand" in db.session.scalar(select(Post.body_markdown).where(Post.thread_id == untouched.id))
    log_in_client(client, make_user())
    page = client.get(f"/onderwerp/{thread.id}").text
    assert "de Vries" not in page and "Vraag @Voormalig lid eens." in page
