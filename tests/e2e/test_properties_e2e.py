"""Property tests through Discord (SimCord): any text typed into any query command or its
autocomplete gets an answer or a clear private refusal, within Discord's limits (the World
helpers fail the example on any unexpected error or any send Discord would refuse)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.config import Config
from bot.limits import COUNTER_MAX, NAME_MAX, QUOTE_MAX, VERIFY_MAX

from .helpers import World, assert_ephemeral, assert_says, buttons_of, new_config
from .test_essays import snapshot

# Each example drives the real bot; fewer of them, so the suite stays fast.
EXAMPLES = settings(max_examples=max(5, settings().max_examples // 4))

hostile = st.sampled_from(
    ["\x1b[31m", "\u200b", "\u202e", "<@1>", "@everyone", "**", "`", "||", "> ", "\n", "#"]
)
typed = st.one_of(
    st.text(min_size=1, max_size=40),
    st.lists(st.one_of(hostile, st.text(max_size=6)), min_size=1, max_size=8).map("".join),
    st.sampled_from(["golden retreivers in snow", "Sora will let anyone direct", "westenberg"]),
).filter(lambda s: s.strip())


@pytest.fixture
def crosscut_config(tmp_path: Path) -> Config:
    return new_config(tmp_path, cooldown_rate=100_000)


def fit(text: str, low: int, high: int) -> str:
    return (text * (low // max(len(text), 1) + 1))[:high] if len(text) < low else text[:high]


@EXAMPLES
@given(text=typed)
async def test_every_query_command_answers_any_text(world: World, text: str) -> None:
    member = world.member
    await member.slash("quote", text=fit(text, 1, QUOTE_MAX))
    await member.slash("quote", text=fit(text, 1, QUOTE_MAX), author=fit(text, 1, NAME_MAX))
    await member.slash("verify", quote=fit(text, 3, VERIFY_MAX))
    await member.slash("counter", claim=fit(text, 3, COUNTER_MAX))
    await member.slash("perspective", author=fit(text, 1, NAME_MAX))
    await member.slash("spectrum", topic=fit(text, 1, NAME_MAX))


@EXAMPLES
@given(text=st.one_of(typed, st.just("")))
async def test_every_autocomplete_answers_any_text(world: World, text: str) -> None:
    member, mod = world.member, world.moderator
    await member.autocomplete("quote", "text", text[:QUOTE_MAX])
    await member.autocomplete("quote", "author", text[:NAME_MAX])
    await member.autocomplete("perspective", "author", text[:NAME_MAX])
    await member.autocomplete("spectrum", "topic", text[:NAME_MAX])
    await mod.autocomplete("essay show", "essay", text[:100])
    await mod.autocomplete("essay add", "author", text[:100], stance="mixed")


pieces = st.sampled_from(
    ["---\n", "title: T\n", "author: A\n", "stance: mixed\n", "url: http://e.com/x\n",
     "<!-- stance: skeptical -->\n", "<!--", "-->", "\n\n", "Cinema is a promise. ", "\x1b[2J",
     "\u200b", "<@1> ", "@everyone ", "Subscribe to our newsletter\n", "<p>", "</p>", "é", "*"]
)  # fmt: skip
uploads = st.one_of(
    st.binary(max_size=600),
    st.lists(st.one_of(pieces, st.text(max_size=20)), max_size=25).map(
        lambda p: "".join(p).encode()
    ),
)


@EXAMPLES
@given(data=uploads, suffix=st.sampled_from([".md", ".txt", ".html"]), publish=st.booleans())
async def test_any_upload_is_previewed_or_refused_and_a_refusal_stores_nothing(
    world: World, data: bytes, suffix: str, publish: bool
) -> None:
    mod = world.moderator
    before = snapshot(world)
    added = await mod.slash("essay add", stance="mixed", file=(f"up{suffix}", data))
    shown = added.followups[-1] if added.followups else added.message
    assert_ephemeral(shown)
    if "Publish" not in buttons_of(shown):
        assert snapshot(world) == before  # refused: nothing stored
        return
    assert snapshot(world) == before  # a preview stores nothing either
    if publish:
        done = await mod.click(shown, "Publish")
        assert_says(done, "Published as essay #")


@EXAMPLES
@given(
    text=st.lists(st.one_of(pieces, st.text(max_size=40)), min_size=1, max_size=40)
    .map("".join)
    .filter(bool),  # Discord requires the text
    title=typed,
    author=typed,
)
async def test_any_paste_is_previewed_or_refused_and_a_refusal_stores_nothing(
    world: World, text: str, title: str, author: str
) -> None:
    mod = world.moderator
    before = snapshot(world)
    shown = await mod.slash("essay add", stance="optimistic")
    pasted = await mod.submit_modal(shown, title=title[:256], author=author[:256], text=text[:4000])
    reply = pasted.followups[-1] if pasted.followups else pasted.message
    assert_ephemeral(reply)
    assert snapshot(world) == before
    if "Publish" in buttons_of(reply):
        assert_says(await mod.click(reply, "Publish"), "Published as essay #")
