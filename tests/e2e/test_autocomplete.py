"""Autocomplete, end to end: every option that takes a passage, an author, an essay or a topic
offers choices as the user types, within Discord's limits, and one server never sees another's.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.config import Config

from .helpers import Person, Reply, World, assert_embed, assert_ephemeral, new_config

KROLL_TITLE = "What Sora (AI Video) Means For Indie Filmmakers"
OURS = (
    "Lanterns of the Matinee\n\n"
    "Every matinee lantern throws a little more patience onto the screen than a model could.\n"
)


@pytest.fixture
def crosscut_config(tmp_path: Path) -> Config:
    return new_config(tmp_path, cooldown_rate=1000)


async def add_essay(person: Person, body: str = OURS, author: str = "Ida Lumen") -> int:
    added = await person.slash(
        "essay add", stance="mixed", author=author, file=("essay.txt", body.encode())
    )
    preview = added.followups[-1] if added.followups else added.message
    published: Reply = await person.click(preview, "Publish")
    return int(re.search(r"essay #(\d+)", published.content)[1])


async def bundled_id(world: World, title: str = KROLL_TITLE) -> int:
    choices = await world.moderator.autocomplete("essay show", "essay", title)
    return choices.values[0]


# -- /quote text ----------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["", "s", "go", "golden retr", "golden retreivers in snow"])
async def test_quote_text_offers_passage_snippets_with_their_author(
    world: World, typed: str
) -> None:
    choices = await world.member.autocomplete("quote", "text", typed)

    assert 0 < len(choices) <= 25
    assert all(len(name) <= 100 and " \u2014 " in name for name in choices.names)
    if len(typed) > 5:
        assert "golden retrievers" in choices.names[0]
        assert choices.names[0].endswith(" \u2014 Noam Kroll")
    # Whatever is picked, /quote shows that very passage and its author.
    reply = await world.member.slash("quote", text=choices.values[0])
    words, author = choices.names[0].rsplit(" \u2014 ", 1)
    shown = words.strip("\u2026").split()[1:4]  # a few whole words of the snippet
    assert_embed(reply, description_contains=[" ".join(shown), f"\u2014 **{author}**"])


async def test_quote_text_never_offers_another_servers_passage(world: World) -> None:
    await add_essay(world.moderator)
    mine = await world.member.autocomplete("quote", "text", "matinee lantern")
    assert mine.names[0].startswith("Every matinee lantern")

    other = world.server("Other Club")
    theirs = await other.member.autocomplete("quote", "text", "matinee lantern")
    assert not any("matinee" in name.lower() for name in theirs.names)
    # A value from our server typed by hand does not resolve there either.
    refused = await other.member.slash("quote", text=mine.values[0])
    assert_ephemeral(refused, says="Nothing in the essays matches")


# -- authors --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "filled"),
    [
        ("quote", {"text": "cinema"}),
        ("perspective", {}),
        ("essay add", {"stance": "mixed"}),
        ("essay edit", {"essay": 1}),
    ],
)
async def test_every_author_option_autocompletes_names(
    world: World, command: str, filled: dict
) -> None:
    person = world.moderator if command.startswith("essay") else world.member
    for typed, first in (("westenburg", "Joan Westenberg"), ("k", "Noam Kroll")):
        choices = await person.autocomplete(command, "author", typed, **filled)
        assert choices.names[0] == first
        assert choices.values[0] == first
    everyone = await person.autocomplete(command, "author", "", **filled)
    assert len(everyone) == 5


async def test_author_choices_are_per_server(world: World) -> None:
    await add_essay(world.moderator, author="Ida Lumen")
    assert (await world.member.autocomplete("perspective", "author", "ida lum")).values == [
        "Ida Lumen"
    ]
    other = world.server("Other Club")
    for command, filled in (("perspective", {}), ("quote", {"text": "x"})):
        theirs = await other.member.autocomplete(command, "author", "ida lum", **filled)
        assert "Ida Lumen" not in theirs.values


# -- essays ---------------------------------------------------------------------------------


async def test_each_essay_option_offers_the_essays_that_command_can_act_on(world: World) -> None:
    ours = await add_essay(world.moderator)
    kroll = await bundled_id(world)
    hidden = await world.moderator.slash("essay hide", essay=kroll)
    assert_ephemeral(hidden, says="is now hidden")

    async def offered(command: str, typed: str = "", **filled) -> list[int]:
        return (await world.moderator.autocomplete(command, "essay", typed, **filled)).values

    assert await offered("essay edit", title="x") == [ours]  # only this server's own
    assert await offered("essay remove") == [ours]
    assert await offered("essay unhide") == [kroll]  # only what is hidden here
    assert kroll not in await offered("essay hide")
    assert ours not in await offered("essay hide")  # bundled only
    assert len(await offered("essay hide")) == 4
    assert {ours, kroll} <= set(await offered("essay show"))  # everything in scope
    assert {ours, kroll} <= set(await offered("essay export"))
    # Titles, authors (typos welcome) and ids all find an essay; the label says which it is.
    by_title = await world.moderator.autocomplete("essay show", "essay", "matinee lantrens")
    assert by_title.names[0] == f"#{ours} Lanterns of the Matinee \u2014 Ida Lumen"
    assert by_title.values[0] == ours
    assert (await offered("essay show", "ida lumen"))[0] == ours
    assert (await offered("essay show", f"#{ours}"))[0] == ours
    # The value picked is what the command acts on.
    shown = await world.moderator.slash("essay show", essay=by_title.values[0])
    assert_embed(shown, title="Lanterns of the Matinee")


async def test_essay_choices_never_offer_another_servers_essay(world: World) -> None:
    ours = await add_essay(world.moderator)
    other = world.server("Other Club")
    theirs = await add_essay(
        other.moderator,
        "Harbour Lights\n\nThe harbour lights flicker like a projector running out of film.\n",
        author="Otto Elsewhere",
    )
    kroll = await bundled_id(world)
    await world.moderator.slash("essay hide", essay=kroll)

    for command in ("essay show", "essay export", "essay edit", "essay remove", "essay hide"):
        for typed in ("", "lantern", "harbour", str(ours), str(theirs)):
            filled = {"title": "x"} if command == "essay edit" else {}
            values = (await other.moderator.autocomplete(command, "essay", typed, **filled)).values
            assert ours not in values, (command, typed)
            mine = (await world.moderator.autocomplete(command, "essay", typed, **filled)).values
            assert theirs not in mine, (command, typed)
    # Our hiding hides nothing there.
    assert kroll in (await other.moderator.autocomplete("essay hide", "essay", "indie")).values
    assert (await other.moderator.autocomplete("essay unhide", "essay", "")).values == []


async def test_essay_options_offer_nothing_to_a_member_allowed_to_see_essay(
    world: World,
) -> None:
    # A server may let members see /essay (Integrations); the commands still refuse them, and
    # so must their autocompletes: no browsing the server's essays or authors by typing.
    ours = await add_essay(world.moderator)
    await world.allow("essay", world.member)
    for command in ("essay show", "essay export", "essay edit", "essay remove", "essay hide"):
        filled = {"title": "x"} if command == "essay edit" else {}
        for typed in ("", "lantern", str(ours)):
            choices = await world.member.autocomplete(command, "essay", typed, **filled)
            assert choices == [], (command, typed)
    for command in ("essay add", "essay edit"):
        filled = {"essay": ours} if command == "essay edit" else {"stance": "mixed"}
        assert await world.member.autocomplete(command, "author", "Ida", **filled) == []
    # The moderator still gets them.
    assert ours in (await world.moderator.autocomplete("essay show", "essay", "lantern")).values


async def test_essay_choices_follow_changes_at_once(world: World) -> None:
    ours = await add_essay(world.moderator)
    assert (await world.moderator.autocomplete("essay remove", "essay", "")).values == [ours]
    asked = await world.moderator.slash("essay remove", essay=ours)
    done = await world.moderator.click(asked, "Remove it")
    assert_ephemeral(done, says=f"Removed essay #{ours}")
    assert (await world.moderator.autocomplete("essay remove", "essay", "")).values == []
    assert ours not in (await world.moderator.autocomplete("essay show", "essay", "")).values


# -- topics ---------------------------------------------------------------------------------


async def test_spectrum_topic_autocompletes(world: World) -> None:
    choices = await world.member.autocomplete("spectrum", "topic", "j")
    assert "jobs" in choices.values
    assert all(len(name) <= 100 for name in choices.names)
