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
