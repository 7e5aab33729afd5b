"""bot.page_meta's numeric dates: "3/12/26" is 3 December in most of the world and March 12 in
the US. A date that can be read one way only is read that way; an ambiguous one the way the
page's other dates are written; with nothing else to go by, the way its own form tells (the
locale's short date: en-GB pads, "11/04/25"; en-US does not, "3/12/26")."""

from __future__ import annotations

import pytest

from bot.importer import Metadata, draft_from_file
from bot.page_meta import page_date_order, parse_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("21/02/2024", "2024-02-21"),  # only day first can be
        ("02/21/2024", "2024-02-21"),  # only month first can be
        ("12.03.2026", "2026-03-12"),  # dots are day first
        ("11/04/25", "2025-04-11"),  # a zero-padded part: dd/MM/yy
        ("03/12/2026", "2026-12-03"),
        ("3/12/26", "2026-03-12"),  # a one-digit part unpadded: M/d/yy
        ("3/12/2026", "2026-03-12"),
        ("11/12/25", "2025-11-12"),  # two two-digit parts: a two-digit year is the US form
        ("11/12/2025", "2025-12-11"),  # ... a four-digit one day first
    ],
)
def test_a_date_alone_is_read_by_its_form(text: str, iso: str) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("page", "iso"),
    [
        # The page's other dates, when they can be read one way only, decide.
        ("Posted 03/21/2026. Edited 3/12/26.", "2026-03-12"),
        ("Posted 21/03/2026. Edited 3/12/26.", "2026-12-03"),
        ("Posted 21/03/2026. Edited 11/04/25.", "2025-04-11"),
        ("Posted 03/21/2026. Edited 11/04/25.", "2025-11-04"),
        # ... else the order of those that name their month.
        ("March 21, 2026 · edited 11/04/25", "2025-11-04"),
        ("21 March 2026 · edited 3/12/26", "2026-12-03"),
        # ISO dates show no order: the form decides.
        ("2026-03-21 · edited 3/12/26", "2026-03-12"),
    ],
)
def test_an_ambiguous_date_follows_the_pages_other_dates(page: str, iso: str) -> None:
    with page_date_order(page):
        assert parse_date(page.rsplit(" ", 1)[-1].rstrip(".")) == iso
    # Outside the page, the date is read by its form again.
    assert parse_date("11/04/25") == "2025-04-11"


_NOTE = (
    "---\ntitle: Credits\nauthor: Ray Castellanos\ndate: {date}\n---\n\n"
    "End credits are the only place a film admits how it was made, and that makes them the "
    "right place to start with generative video.\n\n{more}"
)


@pytest.mark.parametrize(
    ("date", "more", "iso"),
    [
        ("3/12/26", "Nobody agrees on what to write yet.", "2026-03-12"),
        ("3/12/26", "I first saw such a credit on 21 February 2026, at a festival.", "2026-12-03"),
    ],
)
def test_an_imported_notes_date_is_read_the_way_the_page_writes_dates(
    date: str, more: str, iso: str
) -> None:
    data = _NOTE.format(date=date, more=more).encode()
    draft = draft_from_file(data, "note.md", Metadata(stance="mixed"))
    assert draft.doc.published == iso


# --- Bylines and meta lines that date a page (tuning62's Google Doc and reader view) ---------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Hana Sørensen — draft of 28 September 2026, for Aarhus", ("Hana Sørensen", "2026-09-28")),
        ("Tomasz Wierzba - notes of 3 February 2026, in Łódź", ("Tomasz Wierzba", "2026-02-03")),
        # Near misses: a capitalised label beside a date is a section's; a name with no date.
        ("Film Reviews — March 4, 2026", None),
        ("Jane Doe — Reviews of 4 March 2026", None),
        ("Hana Sørensen — draft for the panel in Aarhus", None),
    ],
)  # fmt: skip
def test_a_writers_name_over_a_dated_note_is_a_documents_byline(line: str, expected) -> None:
    from bot.page_meta import noted_byline

    assert noted_byline(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("June 30th, 2026 · Columns · Projection Booth", "2026-06-30"),
        ("_12 March 2026 · Essays · Second Run_", "2026-03-12"),
        # Near misses: a sentence or a count beside the date is no section's label.
        ("June 30th, 2026 · We screened it twice.", None),
        ("June 30th, 2026 · 12 comments", None),
        ("June 30th, 2026", None),
    ],
)
def test_a_date_beside_the_sections_filing_it_dates_the_article(line: str, expected) -> None:
    from bot.page_meta import dated_labels

    assert dated_labels(line) == expected
