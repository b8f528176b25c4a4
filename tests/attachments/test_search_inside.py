"""Search finds a question by the words in its attachments, once the worker has read them."""
from sqlalchemy import select

from forum.attachments import extraction
from forum.attachments.models import Attachment
from forum.attachments.texts import extract_waiting
from forum.extensions import db
from forum.search.models import ThreadVectorQueue
from forum.search.vectors import _texts_of
from tests.attachments import documents
from tests.attachments.conftest import ask, png, question
from tests.search.test_search_page import result_titles
from tests.factories import make_user

# A word that is in the attachment only, never in the question's title or text.
REPORT = documents.docx(["Plan van aanpak", "De kosten van de bodemsanering bij de Hanzeweg."])


def search(client, words: str) -> str:
    response = client.get("/zoeken", query_string={"q": words})
    assert response.status_code == 200
    return response.text


def run_worker(app) -> int:
    done = extract_waiting()
    db.session.commit()
    return done


def test_a_question_is_found_by_a_word_in_its_attachment(app, client, member, theme):
    assert ask(client, theme, files=[(REPORT, "plan van aanpak.docx")]).status_code == 302
    assert db.session.scalar(select(Attachment.text_status)) == extraction.PENDING
    assert "Hoe pakken jullie flexwonen aan?" not in search(client, "bodemsanering")  # not read yet
    assert run_worker(app) == 1
    attachment = db.session.scalar(select(Attachment))
    assert attachment.text_status == extraction.DONE and "bodemsanering" in attachment.text
    page = search(client, "bodemsanering")
    assert "Hoe pakken jullie flexwonen aan?" in page
    assert "in bijlage 'plan van aanpak.docx': " in page
    assert "<mark>bodemsanering</mark>" in page


def test_words_in_the_post_itself_keep_their_own_snippet(app, client, member, theme):
    ask(client, theme, files=[(documents.pdf([["flexwonen in het rapport"]]), "rapport.pdf")])
    run_worker(app)
    page = search(client, "vraag")  # the question's own text: "Onze **vraag**."
    assert "Hoe pakken jullie flexwonen aan?" in page and "in bijlage" not in page


def test_a_spreadsheet_and_a_pdf_on_a_reply_are_searchable(app, client, member, theme):
    from tests.attachments.conftest import reply
    from tests.factories import make_thread

    thread = make_thread(title="Begroting sportpark")
    sheet = documents.xlsx([["Onderdeel", "Kosten"], ["Kunstgrasveld", 450000]])
    pdf = documents.pdf([["Raadsbesluit over de ledverlichting"]])
    assert reply(client, thread, files=[(sheet, "kosten.xlsx"), (pdf, "besluit.pdf")]).status_code == 302
    assert run_worker(app) == 2
    assert "Begroting sportpark" in search(client, "kunstgrasveld")
    assert "Begroting sportpark" in search(client, "ledverlichting")


def test_an_image_has_no_text_to_read(app, client, member, theme):
    ask(client, theme, files=[(png(), "foto.png")])
    assert db.session.scalar(select(Attachment.text_status)) == extraction.NOT_APPLICABLE
    assert run_worker(app) == 0


def test_a_file_the_reader_cannot_read_is_marked_and_the_post_still_found(app, client, member, theme):
    broken = b"%PDF-1.4\nnot really a pdf at all\n%%EOF\n"
    assert ask(client, theme, files=[(broken, "kapot.pdf")]).status_code == 302
    run_worker(app)
    assert db.session.scalar(select(Attachment.text_status)) == extraction.FAILED
    assert "Hoe pakken jullie flexwonen aan?" in result_titles(search(client, "flexwonen"))


def test_a_removed_attachment_is_no_longer_searched(app, client, login, member, theme):
    ask(client, theme, files=[(REPORT, "plan.docx")])
    run_worker(app)
    attachment = db.session.scalar(select(Attachment))
    login(make_user(role="moderator"))
    assert client.post(f"/bijlage/{attachment.id}/verwijderen").status_code == 302
    assert "Hoe pakken jullie flexwonen aan?" not in search(client, "bodemsanering")


def test_reindexing_keeps_the_attachment_text(app, client, member, theme):
    ask(client, theme, files=[(REPORT, "plan.docx")])
    run_worker(app)
    result = app.test_cli_runner().invoke(args=["search", "reindex", "--queue-only"])
    assert result.exit_code == 0, result.output
    assert "Hoe pakken jullie flexwonen aan?" in search(client, "bodemsanering")


def test_the_meaning_index_reads_the_start_of_the_question_attachment(app, client, member, theme):
    ask(client, theme, files=[(REPORT, "plan.docx")])
    db.session.execute(ThreadVectorQueue.__table__.delete())
    db.session.commit()
    run_worker(app)
    thread_id = question().thread_id
    assert db.session.scalar(select(ThreadVectorQueue.thread_id)) == thread_id  # queued again
    assert "bodemsanering" in _texts_of([thread_id])[thread_id]


def test_the_command_reads_waiting_files_and_again_on_request(app, client, member, theme):
    ask(client, theme, files=[(REPORT, "plan.docx")])
    runner = app.test_cli_runner()
    result = runner.invoke(args=["attachments", "extract"])
    assert result.exit_code == 0 and "Tekst gelezen uit 1 bestanden; wachtend: 0." in result.output
    result = runner.invoke(args=["attachments", "extract", "--again"])
    assert "1 bestanden opnieuw in de wachtrij." in result.output
    assert "Tekst gelezen uit 1 bestanden" in result.output
    assert "Hoe pakken jullie flexwonen aan?" in search(client, "bodemsanering")


def test_the_file_name_in_a_snippet_is_escaped(app):
    from forum.search.attachments import AttachmentText, attachment_snippet
    from forum.search.text import terms

    html = attachment_snippet([AttachmentText("<b>plan</b>.pdf", "over bodemsanering")], set(terms("bodemsanering")))
    assert str(html) == "in bijlage '&lt;b&gt;plan&lt;/b&gt;.pdf': over <mark>bodemsanering</mark>"


def test_a_file_its_author_takes_off_is_no_longer_searched(app, client, member, theme):
    ask(client, theme, files=[(REPORT, "plan.docx")])
    run_worker(app)
    post, attachment = question(), db.session.scalar(select(Attachment))
    response = client.post(f"/bericht/{post.id}/bewerken", content_type="multipart/form-data", data={
        "title": post.thread.title, "body": post.body_markdown, "attachments-remove": str(attachment.id)})
    assert response.status_code == 302
    assert "Hoe pakken jullie flexwonen aan?" not in search(client, "bodemsanering")


def test_a_file_missing_from_storage_is_marked_failed(app, client, member, theme, file_root):
    ask(client, theme, files=[(REPORT, "plan.docx")])
    storage_key = db.session.scalar(select(Attachment.storage_key))
    next(file_root.rglob(storage_key)).unlink()
    assert run_worker(app) == 1
    assert db.session.scalar(select(Attachment.text_status)) == extraction.FAILED
