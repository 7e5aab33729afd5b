"""A mixed essay added by a moderator is read passage by passage, so both of its sides reach
/counter and the daily post (before, every passage was "neutral" and neither did)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bot import daily
from bot.importer import Metadata, draft_from_text
from bot.search import Search
from bot.stance import counterpoints
from bot.store import Store

GUILD = 4242
# A small studio's essay, for and against: its passages are worded unlike any bundled essay.
MIXED = (
    "Harbour Mills Films, Our Verdict\n\n"
    "For our six-person harbour studio, generated storyboards are a game changer: a client "
    "sees a moving animatic of the ferry at dawn, says yes faster, and that opportunity "
    "means more real shoots for our crew.\n\n"
    "But the generated ferry footage was soulless slop that would cheapen the campaign, and "
    "if clients accept it the harbour crews will lose their day rates and their jobs.\n\n"
    "We met at the quay at six every morning, and the tea in the flask was always cold by "
    "seven.\n"
)


async def _add(store: Store) -> int:
    draft = draft_from_text(
        MIXED,
        kind="txt",
        source="pasted text",
        meta=Metadata(author="Callum Reyes", stance="mixed"),
    )
    return await store.essays.create(draft.doc, guild_id=GUILD, source="discord")


async def test_a_mixed_essay_reaches_the_daily_post_with_both_stances(store: Store) -> None:
    essay_id = await _add(store)
    ours = [p for p in await store.passages.visible(GUILD) if p.essay_id == essay_id]
    assert [p.stance for p in ours] == ["optimistic", "skeptical", "neutral"]
    eligible = daily.eligible(ours)
    assert {p.stance for p in eligible} == {"optimistic", "skeptical"}
    # Read as before (every passage the essay's "neutral"), none could ever be posted.
    assert daily.eligible([replace(p, stance="neutral") for p in ours]) == []
    # The daily choice draws from them: on consecutive days, both sides of this essay.
    pool = await daily.Pool.read(store, GUILD)  # the server's own essays: this one
    by_id = {p.id: p for p in ours}
    history: list[daily.Posted] = []
    for day in (date(2025, 1, 1), date(2025, 1, 2)):
        chosen = by_id[daily.choose(GUILD, day, pool, history)]
        history.append(daily.Posted(day, chosen.id, chosen.stance, chosen.speaker))
    assert {h.stance for h in history} == {"optimistic", "skeptical"}


async def test_a_mixed_essay_answers_claims_from_both_sides(store: Store, search: Search) -> None:
    essay_id = await _add(store)
    against = await counterpoints(
        search,
        "Generated harbour ferry storyboards will help small crews win more shoots",
        guild_id=GUILD,
    )
    assert against.claim.stance == "optimistic"
    assert any(h.passage.essay_id == essay_id for h in against.results), against.results
    assert all(h.passage.stance == "skeptical" for h in against.results)
    for_it = await counterpoints(
        search,
        "Generated storyboards are useless to a harbour studio and will never bring real shoots",
        guild_id=GUILD,
    )
    assert for_it.claim.stance == "skeptical"
    assert any(h.passage.essay_id == essay_id for h in for_it.results), for_it.results
    assert all(h.passage.stance == "optimistic" for h in for_it.results)
