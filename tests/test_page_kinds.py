"""bot.page_kinds: e-mails pasted as text, read for their headers before cleaning."""

from __future__ import annotations

import pytest

from bot.importer import Metadata, draft_from_text
from bot.page_kinds import read_email

ESSAY = (
    "Last month I cast a period drama that needed a crowd of two hundred, and only sixty "
    "people came to set; the rest were generated from scans of those sixty.",
    "Nobody could tell me what the release form allowed, and that silence is the whole story "
    "of how extras are being paid for a morning and used for years.",
)
HEADERS = (
    "From: Ruth Adeyemi from Dailies <ruth@dailies.example>\n"
    "Date: Mon, Feb 24, 2025 at 6:30 AM\n"
    "Subject: The Extras Are Being Scanned\n"
    "To: <sinead@example.com>\n"
)
FORWARD_NOTE = "Colm, read this before Thursday's meeting. Worth arguing about."


def _email(*, forwarded: bool) -> str:
    body = "\n\n".join(ESSAY)
    inner = f"{HEADERS}\n\n{body}\n\n— Ruth\n"
    if not forwarded:
        return inner
    return (
        "Fwd: The Extras Are Being Scanned\nInbox\n\n"
        "Sinead Farrelly <sinead@example.com>\nTue, Feb 25, 2025, 9:12 AM\nto me\n\n"
        f"{FORWARD_NOTE}\nS.\n\n---------- Forwarded message ---------\n{inner}"
    )


@pytest.mark.parametrize("forwarded", [False, True])
def test_the_headers_give_title_author_publication_and_date(forwarded: bool) -> None:
    email = read_email(_email(forwarded=forwarded))
    assert email is not None
    assert email.meta == {
        "title": "The Extras Are Being Scanned",
        "author": "Ruth Adeyemi",
        "publication": "Dailies",
        "published": "2025-02-24",
    }
    assert email.body.strip().startswith(ESSAY[0])


def test_a_forwarders_note_and_headers_are_never_the_essay() -> None:
    draft = draft_from_text(
        _email(forwarded=True), kind="txt", source="mail.txt", meta=Metadata(stance="mixed")
    )
    texts = [p.text for p in draft.doc.passages]
    assert texts == list(ESSAY)
    assert FORWARD_NOTE in draft.removed
    assert "---------- Forwarded message ---------" in draft.removed
    assert (draft.doc.title, draft.doc.author, draft.doc.published) == (
        "The Extras Are Being Scanned",
        "Ruth Adeyemi",
        "2025-02-24",
    )


@pytest.mark.parametrize(
    ("sender", "subject", "author", "title"),
    [
        ('"Ruth Adeyemi" <ruth@x.example>', "Re: Fwd: Scans", "Ruth Adeyemi", "Scans"),
        ("ruth@x.example", "FW: Scans", None, "Scans"),  # no name: the preview asks for it
        # A newsletter's name and issue beside the title are not the title.
        ("ruth@x.example", "The Splicing Block #48: Two cheers", None, "Two cheers"),
        ("ruth@x.example", "Fwd: Issue 12 | Scans at dawn", None, "Scans at dawn"),
        ("ruth@x.example", "Scans at dawn — Dailies, No. 7", None, "Scans at dawn"),
        ("ruth@x.example", "[Dailies] Scans at dawn", None, "Scans at dawn"),
        ("ruth@x.example", "[Dailies] No. 31 — Scans at dawn", None, "Scans at dawn"),
        ("ruth@x.example", "Scans at dawn - Vol. 3 Issue 14", None, "Scans at dawn"),
        # Near misses: a number in the title itself.
        (
            "ruth@x.example",
            "Take 2: what the model got wrong",
            None,
            "Take 2: what the model got wrong",
        ),
        ("ruth@x.example", "Scans, part 2", None, "Scans, part 2"),
    ],
)
def test_senders_and_subjects_in_other_shapes(
    sender: str, subject: str, author: str | None, title: str
) -> None:
    email = read_email(f"From: {sender}\nSent: 24/02/2025 06:30\nSubject: {subject}\n\nText.")
    assert email is not None
    assert (email.meta.get("author"), email.meta["title"]) == (author, title)
    assert email.meta["published"] == "2025-02-24"


@pytest.mark.parametrize(
    "text",
    [
        # Prose that mentions a sender or a date is not an e-mail's header block.
        "From: the first frame to the last, the film is generated.\n\nDate: unknown.",
        "From: the first frame to the last\nDate: a year of work\nSubject: regret\n\nText.",
        "Subject: Sora\n\nA paragraph about it.",  # a subject with no sender
        f"{ESSAY[0]}\n\nFrom: a reader\n",
    ],
)
def test_prose_is_not_read_as_an_email(text: str) -> None:
    assert read_email(text) is None


def _webmail(sender: str, date: str) -> str:
    head = f"The Extras Are Being Scanned\nInbox\n\n{sender}\nUnsubscribe\n{date}\nto me\n\n"
    return head + "View in browser\n\n" + "\n\n".join(ESSAY) + "\n\nUnsubscribe\n"


def test_a_message_copied_from_a_web_mail_reader_is_read_for_its_header() -> None:
    raw = _webmail(
        "Ruth Adeyemi from Dailies <dailies@substack.example>",
        "Tue, Mar 4, 2025, 9:14 AM (2 days ago)",
    )
    draft = draft_from_text(raw, kind="txt", source="mail.txt", meta=Metadata(stance="mixed"))
    doc = draft.doc
    assert (doc.title, doc.author, doc.publication, doc.published) == (
        "The Extras Are Being Scanned",
        "Ruth Adeyemi",
        "Dailies",
        "2025-03-04",
    )
    assert [p.text for p in doc.passages] == list(ESSAY)


def test_a_contact_address_at_the_top_of_a_page_is_no_web_mail_header() -> None:
    # Near miss: a name with an address under the title, but no date under it.
    raw = "The Extras Are Being Scanned\n\nRuth Adeyemi <ruth@dailies.example>\n\n" + "\n\n".join(
        ESSAY
    )
    assert read_email(raw) is None
