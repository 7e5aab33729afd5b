"""/verify's judgement in the domain, shared by the cog and the CLI: the whole sentence, a
view its author argues against, and a quote whose wording is close but meaning reversed."""

from __future__ import annotations

import pytest

from bot.search import Difference, Search, reverses
from bot.stance.verification import verify_quote


async def test_a_view_the_author_argues_against_is_flagged(search: Search) -> None:
    result = await verify_quote(search, "AI will democratize creativity")
    assert result.exact
    assert result.argued_against
    assert "one huge myth" in result.sentence
    assert "argue against it" in result.context


async def test_a_plain_claim_has_no_context(search: Search) -> None:
    result = await verify_quote(search, "Studios will become more like computer companies.")
    assert result.exact
    assert not result.argued_against
    assert not result.reversed
    assert result.context == ""


@pytest.mark.parametrize(
    "typed",
    [
        "Sora will replace film",  # the essay: "upgrades will not replace film"
        "Studios will become less like computer companies.",  # the essay: "more like"
    ],
)
async def test_a_reversed_meaning_is_never_just_close(search: Search, typed: str) -> None:
    result = await verify_quote(search, typed)
    assert result.found
    assert not result.exact
    assert result.reversed
    assert "opposite" in result.verdict
    assert "Close, but" not in result.verdict
    assert "reversed" in result.context


async def test_a_misspelling_is_close_not_reversed(search: Search) -> None:
    result = await verify_quote(search, "AI is a system for propogating more of the same")
    assert result.found
    assert not result.reversed
    assert result.verdict == "Close, but not word for word"


@pytest.mark.parametrize(
    ("difference", "reversed_"),
    [
        (Difference("changed", "will", "won't"), True),
        (Difference("changed", "added", "removed"), True),
        (Difference("missing", "", "not"), True),
        (Difference("added", "never", ""), True),
        (Difference("changed", "propogating", "propagating"), False),
        (Difference("missing", "", "really"), False),
    ],
)
def test_reverses(difference: Difference, reversed_: bool) -> None:
    assert reverses(difference) is reversed_
