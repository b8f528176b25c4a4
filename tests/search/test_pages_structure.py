"""The search, tag and experience pages have one h1, labelled fields and Dutch text."""
import re

import pytest

from forum.extensions import db
from forum.tags.services import set_thread_tags
from tests.factories import make_category, make_reply, make_thread, make_user


@pytest.fixture
def content(app, login):
    theme = make_category("Wonen", parent=make_category("Leefomgeving"))
    thread = make_thread(category=theme, title="Vraag over flexwonen in de gemeente")
    make_reply(thread)
    set_thread_tags(thread, ["flexwonen"])
    db.session.commit()
    login(make_user())
    return thread


@pytest.mark.parametrize("path", [
    "/zoeken", "/zoeken?q=flexwonen", "/tags", "/tags/flexwonen", "/ervaring/categorie/wonen",
    "/ervaring/tag/flexwonen", "/vraag-stellen", "/categorie/wonen",
])
def test_one_h1_and_every_field_labelled(client, content, path):
    page = client.get(path).get_data(as_text=True)
    assert len(re.findall(r"<h1[ >]", page)) == 1, path
    for field_id in re.findall(r'<(?:input|select|textarea)(?![^>]*type="(?:hidden|submit)")[^>]*\bid="([^"]+)"', page):
        assert f'for="{field_id}"' in page, (path, field_id)


def test_thread_page_has_one_h1(client, content):
    page = client.get(f"/onderwerp/{content.id}").get_data(as_text=True)
    assert len(re.findall(r"<h1[ >]", page)) == 1
    for field_id in re.findall(r'<(?:input|select|textarea)(?![^>]*type="(?:hidden|submit)")[^>]*\bid="([^"]+)"', page):
        assert f'for="{field_id}"' in page, field_id
