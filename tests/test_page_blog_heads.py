"""tuning84's misses (issue 12), near misses of their rules: a blog's description of two
sentences under its name, a subtitle with no full stop under a Title Case headline, a letter's
signature over a call to reply, a clipper's "# Blog: Title" with no front matter, a byline's
parts set apart by slashes, a post's categories over its headline. Each rule's variant page is
in tuning86."""

from __future__ import annotations

from bot.cleaner import clean
from bot.importer import Metadata, draft_from_text
from bot.page_meta import author_in
from tests.cleaner_essay import CLOSING, ESSAY, MIDDLE, OPENING


def test_a_two_sentence_opening_under_the_posts_own_title_is_the_essays() -> None:
    # The description's shape wants the post's title between it and the essay; with the title
    # over it, two short sentences are the essay's opening, not the blog's.
    opening = "I went to the premiere alone. Nobody else from the club could make it."
    head = ["Rushes & Reels", "A night at the premiere", opening, OPENING]
    cleaned = clean("\n".join(head) + "\n\n" + "\n\n".join([MIDDLE, CLOSING]))
    assert opening in cleaned.body


def test_a_subtitle_with_no_full_stop_is_no_headline() -> None:
    head = [
        "We Let It Cut the Trailer. Here Is the Bill.",
        "and the one scene it kept trying to drop",
        "Jane Doe",
        "Mar 4, 2026",
    ]
    assert clean("\n".join(head) + "\n" + ESSAY).title == head[0]
    # Near miss: a first line in sentence case, a sentence of the essay's, is no headline for
    # a subtitle to stand under: the Title Case line under it is the title.
    head = ["We let it cut the trailer. It did fine.", "A Working Editor's Truce", "Jane Doe",
            "Mar 4, 2026"]  # fmt: skip
    assert clean("\n".join(head) + "\n" + ESSAY).title == head[1]


def test_a_call_to_reply_under_a_signature_leaves_it_a_signature() -> None:
    foot = ["— Noor", "Noor Haddad writes Reel Notes from Leeds.",
            "Reply to this email to reach me — I read everything.", "Unsubscribe"]  # fmt: skip
    cleaned = clean(ESSAY + "\n" + "\n".join(foot))
    assert cleaned.body == ESSAY
    assert cleaned.author == "Noor Haddad"
    # Near miss: a quotation's source with the essay going on under it, in the writer's voice.
    quote = "“The camera never lies.”\n— Jane Doe"
    quoted = f"{OPENING}\n\n{quote}\n\n{MIDDLE}\n\nI doubt it. {CLOSING}"
    cleaned = clean(quoted)
    assert MIDDLE in cleaned.body
    assert cleaned.author is None


def _clip(text: str):
    return draft_from_text(text, kind="md", source="clip.md", meta=Metadata(stance="mixed"))


def test_a_clippers_heading_without_front_matter_is_the_tabs_title() -> None:
    head = "# Back Room Notes: A night at the premiere\n\n### Back Room Notes\n\n"
    page = f"{head}## A night at the premiere\n\n{ESSAY}\n\nPosted by Jane Doe at 4:18 PM\n"
    draft = _clip(page)
    assert draft.doc.title == "A night at the premiere"
    assert draft.doc.publication == "Back Room Notes"
    # Near miss: a heading whose part after the colon the page never shows alone is the title.
    page = f"# Sora: A Month In\n\n{ESSAY}\n\nPosted by Jane Doe at 4:18 PM\n"
    draft = _clip(page)
    assert draft.doc.title == "Sora: A Month In"
    assert draft.doc.publication is None


def test_a_bylines_parts_set_apart_by_slashes() -> None:
    assert author_in("By Jane Doe / 3 March 2026 / 4 Comments") == "Jane Doe"
    assert author_in("By Jane Doe / Leave a Comment") == "Jane Doe"
    # A name with no spaces round its slash is no byline's name.
    assert author_in("By Jane Doe/Reuters") is None


def test_a_posts_categories_over_its_headline_are_no_title() -> None:
    head = ["Editing, Opinion", "The assistant editor is staying put", "By Jane Doe / 3 March 2026"]
    assert clean("\n".join(head) + "\n" + ESSAY).title == head[1]
    # Near misses: a headline with a comma over its standfirst, a sentence; a headline whose
    # last part is longer than a category's name.
    head = ["Love, Actually", "A film we keep rewatching at Christmas.",
            "By Jane Doe / 3 March 2026"]  # fmt: skip
    assert clean("\n".join(head) + "\n" + ESSAY).title == head[0]
    head = ["Veo, Sora and the End of the Reel", "what the tools keep getting wrong",
            "By Jane Doe / 3 March 2026"]  # fmt: skip
    assert clean("\n".join(head) + "\n" + ESSAY).title == head[0]
