"""/counter, "Argue the other side", /perspective and /spectrum, end to end: what a member of a
film server sees, every button included (and after a restart). Every reply is checked against
Discord's limits by the harness."""

from __future__ import annotations

from pathlib import Path

import discord
import pytest
import simcord

from bot.config import Config
from bot.corpus import parse_essay

from .helpers import (
    MessageLike,
    Person,
    Reply,
    World,
    assert_buttons,
    assert_embed,
    assert_ephemeral,
    assert_public,
    assert_says,
    buttons_of,
    cited_speaker,
    click_for_reply,
    links_of,
    new_config,
    visible_text,
)

KROLL_TITLE = "What Sora (AI Video) Means For Indie Filmmakers"
COUNTER_BUTTONS = ("Another counterpoint", "Counter this", "Full passage")
SOURCE_URL = "https://example.org/festival-notes"
# A server's own essay, with a source link and a skeptical paragraph quoting someone else.
SERVER_ESSAY = f"""---
title: Notes from the festival circuit
author: Dana Reel
url: {SOURCE_URL}
stance: optimistic
---

<!-- stance: optimistic; topics: stars, audience -->
Audiences at every screening cheered the synthetic performers louder than the human cast.

<!-- stance: skeptical; topics: democratization; quoting: Rita Critic, Film Quarterly -->
Giving everyone a camera that films itself is not the same as giving everyone a voice.
"""
QUOTED_LINE = "Giving everyone a camera that films itself"


@pytest.fixture
def crosscut_config(tmp_path: Path) -> Config:
    # These tests run more commands per member than the default cooldown (5 per 10 s) allows.
    return new_config(tmp_path, cooldown_rate=1000)


def stance_of(target: Reply | MessageLike | discord.Embed, index: int = 0) -> str:
    """The stance an embed's footer shows ("🔴 skeptical · jobs" -> "skeptical")."""
    embed = target if isinstance(target, discord.Embed) else target.embeds[index]
    return (embed.footer.text or "").split(" \u00b7 ")[0].split()[-1]


def field(embed: discord.Embed, name: str) -> str:
    return next(f.value for f in embed.fields if f.name == name)


async def shown_passage(world: World, embed: discord.Embed) -> str:
    """The stored passage an embed quotes. What it shows must be the passage verbatim, or its
    exact opening cut after a sentence and marked "…" (fails otherwise)."""
    quote = (embed.description or "").split("\u201d\n\u2014 ")[0].removeprefix("\u201c")
    shown = quote.removesuffix("\u2026").rstrip()
    records = await world.bot.store.passages.visible(world.guild.id)
    texts = {r.text for r in records if r.text == quote or r.text.startswith(shown)}
    assert len(texts) == 1, f"not one stored passage's opening: {quote[:80]!r}"
    return texts.pop()


# -- /counter -----------------------------------------------------------------------------------


async def test_counter_answers_with_the_other_side_cited_and_verbatim(world: World) -> None:
    reply = await world.member.slash(
        "counter", claim="Sora will let anyone become a great director"
    )

    assert_public(reply)
    embed = assert_embed(reply, title="The skeptical side", footer_contains="democratization")
    assert stance_of(embed) == "skeptical"
    assert embed.author.name.startswith("Countering: \u201cSora will let anyone")
    # Westenberg or the anonymous essay, cited; the quote is the stored passage, verbatim.
    assert any(name in embed.description for name in ("Joan Westenberg", "Unknown"))
    assert await shown_passage(world, embed)
    # How the claim was read, and how sure, stay out of the public post.
    assert "%" not in visible_text(reply.message)
    assert "Essay #" not in visible_text(reply.message)
    assert_buttons(reply, *COUNTER_BUTTONS)


async def test_never_useful_gets_an_optimistic_answer(world: World) -> None:
    reply = await world.member.slash(
        "counter", claim="AI video will never be useful to filmmakers, it is a toy"
    )

    assert stance_of(reply) == "optimistic"
    assert any(name in reply.embed.description for name in ("Noam Kroll", "Global Times"))


async def test_another_counterpoint_edits_in_place_without_repeats(world: World) -> None:
    claim = (
        "ai actors are a game changer for indie filmmakers, who even needs real actors anymore, "
        "love it"
    )
    reply = await world.member.slash("counter", claim=claim)
    message = reply.message
    shown = [await shown_passage(world, reply.embed)]

    for _ in range(3):
        another = await world.member.click(message, "Another counterpoint")
        assert another.message.id == message.id  # the same message, edited
        assert stance_of(another) == "skeptical"
        assert another.embed.author.name.startswith("Countering:")  # the claim stays shown
        assert_buttons(another, *COUNTER_BUTTONS)
        shown.append(await shown_passage(world, another.embed))
        message = another.message

    assert len(set(shown)) == len(shown), shown


async def test_counter_this_replies_to_the_counterpoint_with_one_that_disagrees(
    world: World,
) -> None:
    reply = await world.member.slash(
        "counter", claim="Sora will let anyone become a great director"
    )
    shown = reply.embed

    flipped = await click_for_reply(world, world.moderator, reply, "Counter this")

    assert_public(flipped)
    assert stance_of(flipped) == "optimistic"
    assert stance_of(reply) == "skeptical"  # the original stays as it was
    assert flipped.embeds[0].author.name.startswith("Countering ")
    # Another speaker, never the shown passage's author agreeing with themselves.
    assert cited_speaker(flipped.embeds[0]) not in {"", cited_speaker(shown)}
    assert await shown_passage(world, flipped.embeds[0]) != await shown_passage(world, shown)
    assert_buttons(flipped, *COUNTER_BUTTONS)


async def test_counter_refuses_off_topic_chat_privately(world: World) -> None:
    before = len(world.messages())
    for chat in (
        "anyone seen dune 2?",
        "best low light camera under 2k?",
        "\U0001f480\U0001f480\U0001f480",
    ):
        reply = await world.member.slash("counter", claim=chat)
        assert_ephemeral(reply, says="Nothing to argue with here")
        assert reply.embeds == []
    assert len(world.messages()) == before  # nothing public


async def test_argue_the_other_side_refuses_off_topic_chat_privately(world: World) -> None:
    said = await world.person("bob").say("anyone catch the new nolan trailer?")
    before = len(world.messages())

    reply = await world.member.context_menu("Argue the other side", said)

    assert_ephemeral(reply, says="Nothing to argue with here")
    assert reply.embeds == []
    assert len(world.messages()) == before


async def test_another_counterpoint_from_someone_else_offers_them_their_own(world: World) -> None:
    reply = await world.member.slash("counter", claim="AI movies are soulless slop")
    shown = await shown_passage(world, reply.embed)
    other = world.person("carol")

    note = await other.click(reply, "Another counterpoint")

    assert_ephemeral(note, says="Only the person who asked can swap this answer")
    assert await shown_passage(world, world.messages()[-1].embeds[0]) == shown  # unchanged
    mine = await other.click(note, "Get my own counterpoint")
    assert_ephemeral(mine)
    assert stance_of(mine) == "optimistic"
    theirs = await shown_passage(world, mine.embed)
    assert theirs != shown
    again = await other.click(mine, "Another counterpoint")  # theirs now: it swaps in place
    assert again.message.id == mine.message.id
    assert await shown_passage(world, again.embed) not in {shown, theirs}


async def test_full_passage_is_private_and_verbatim(world: World) -> None:
    reply = await world.member.slash("counter", claim="AI movies are soulless slop")
    text = await shown_passage(world, reply.embed)

    full = await world.moderator.click(reply, "Full passage")

    assert_ephemeral(full)
    assert f"**{text}**" in full.embed.description


async def test_low_confidence_claim_gets_both_sides_labelled(world: World) -> None:
    reply = await world.member.slash("counter", claim="sora 2 dropped today")

    assert_public(reply)
    assert_says(reply, "both sides")
    assert sorted(stance_of(e) for e in reply.embeds) == ["optimistic", "skeptical"]
    assert {e.title for e in reply.embeds} == {
        "If you meant it as skeptical: the optimistic side",
        "If you meant it as optimistic: the skeptical side",
    }
    assert set(reply.buttons) >= {
        "Full passage (optimistic)",
        "Full passage (skeptical)",
        "Another optimistic",
        "Another skeptical",
    }
    before = {stance_of(e): e.description for e in reply.embeds}

    another = await world.member.click(reply, "Another skeptical")

    assert another.message.id == reply.message.id
    after = {stance_of(e): e.description for e in another.embeds}
    assert after["optimistic"] == before["optimistic"]  # only the clicked side changes
    assert after["skeptical"] != before["skeptical"]
    assert set(another.buttons) == set(reply.buttons)
    skeptical = next(e for e in another.embeds if stance_of(e) == "skeptical")
    full = await world.member.click(another, "Full passage (skeptical)")
    assert_ephemeral(full)
    assert f"**{await shown_passage(world, skeptical)}**" in full.embed.description


async def test_long_claims_fit_discord(world: World) -> None:
    claim = ("sora will let anyone make a feature film from their bedroom " * 9)[:500]

    reply = await world.member.slash("counter", claim=claim)  # the harness checks the limits

    assert_public(reply)
    assert len(reply.embed.author.name) <= 256
    another = await world.member.click(reply, "Another counterpoint")
    assert another.embed.author.name == reply.embed.author.name


# -- Argue the other side -----------------------------------------------------------------------


async def test_argue_the_other_side_replies_to_the_message(world: World) -> None:
    bob = world.person("bob")
    said = await bob.say("honestly AI movies are soulless slop, no human behind any of it")

    done = await world.member.context_menu("Argue the other side", said)

    assert_ephemeral(done, says="Posted the other side")
    answer = world.messages()[-1]
    assert answer.reference is not None
    assert answer.reference.message_id == said.id
    assert_public(answer)
    assert stance_of(answer) == "optimistic"
    assert_buttons(answer, *COUNTER_BUTTONS)
    # The reply's buttons work like /counter's: Counter this replies to it.
    flipped = await click_for_reply(world, world.member, answer, "Counter this")
    assert stance_of(flipped) == "skeptical"
    another = await world.member.click(answer, "Another counterpoint")
    assert stance_of(another) == "optimistic"


async def test_argue_with_a_message_without_words(world: World) -> None:
    said = await world.person("bob").say("\U0001f3ac")

    reply = await world.member.context_menu("Argue the other side", said)

    assert_ephemeral(reply, says="Nothing to argue with here")
    assert reply.embeds == []


async def test_counter_with_no_other_side_left_says_so(world: World) -> None:
    # A server that hid every bundled essay has nothing to argue with: a private, clear answer.
    for essay in await world.bot.store.essays.visible(world.guild.id):
        await world.moderator.slash("essay hide", essay=essay.id)

    reply = await world.member.slash(
        "counter", claim="Sora will let anyone become a great director"
    )

    assert_ephemeral(reply, says="No passage from the other side")
    assert reply.embeds == []


async def test_counter_refuses_a_claim_too_short_to_read(world: World) -> None:
    # Discord itself enforces the option's min_length; SimCord refuses the way Discord does.
    with pytest.raises(simcord.OptionError, match="at least 3 characters"):
        await world.member.slash("counter", claim="ai")


# -- /perspective -------------------------------------------------------------------------------


async def test_perspective_resolves_a_misspelled_name(world: World) -> None:
    reply = await world.member.slash("perspective", author="noam krol")

    assert_public(reply)
    embed = assert_embed(
        reply, title="Noam Kroll", description_contains="filmmaker", fields={"Essay": KROLL_TITLE}
    )
    assert "mixed" in embed.description  # his stance
    claims = [f for f in embed.fields if f.name[0].isdigit()]
    assert len(claims) == 3
    assert_buttons(reply, "Full passage 1", "Full passage 2", "Full passage 3")
    full = await world.member.click(reply, "Full passage 1")
    assert_ephemeral(full)
    assert "**" in full.embed.description


async def test_perspective_autocomplete_forgives_spelling(world: World) -> None:
    choices = await world.member.autocomplete("perspective", "author", "westenburg")
    assert choices.values[0] == "Joan Westenberg"

    everyone = await world.member.autocomplete("perspective", "author", "")
    assert {"Joan Westenberg", "Noam Kroll"} <= set(everyone.values)

    reply = await world.member.slash("perspective", author="westenburg")
    assert_embed(reply, title="Joan Westenberg")


async def test_perspective_unknown_author_is_a_private_error(world: World) -> None:
    reply = await world.member.slash("perspective", author="zzzzqqqq")

    assert_ephemeral(reply, says="No author matching")
    assert reply.embeds == []


async def test_a_name_of_no_author_is_never_a_look_alike(world: World) -> None:
    # "spielberg" shares letters with "Westenberg": no author, not her perspective.
    reply = await world.member.slash("perspective", author="spielberg")
    assert_ephemeral(reply, says="No author matching")
    reply = await world.member.slash("quote", text="human", author="spielberg")
    assert_ephemeral(reply, says="No author matching")
    choices = await world.member.autocomplete("perspective", "author", "spielberg")
    assert choices.names == []


# -- /spectrum ----------------------------------------------------------------------------------


async def test_spectrum_orders_authors_from_skeptical_to_optimistic(world: World) -> None:
    reply = await world.member.slash("spectrum", topic="creativity")

    assert_public(reply)
    embed = assert_embed(reply, title="Spectrum: creativity")
    names = [f.name for f in embed.fields]
    westenberg = next(i for i, n in enumerate(names) if n.startswith("Joan Westenberg"))
    pinker = next(i for i, n in enumerate(names) if n.startswith("Alexander Pinker"))
    assert westenberg < pinker
    assert all("\u201c" in f.value for f in embed.fields)  # a quote on every line


async def test_spectrum_topic_autocomplete_understands_chat_words(world: World) -> None:
    choices = await world.member.autocomplete("spectrum", "topic", "actor")
    assert choices.values[0] == "stars"

    reply = await world.member.slash("spectrum", topic="actors")
    assert_embed(reply, title="Spectrum: stars")


async def test_spectrum_unknown_topic_is_a_private_error(world: World) -> None:
    reply = await world.member.slash("spectrum", topic="qqqzzz")

    assert_ephemeral(reply, says="No topic matching")
    assert_says(reply, "democratization")  # the topics there are


# -- a server's own essays ----------------------------------------------------------------------


async def test_server_essay_is_cited_walled_and_never_misattributed(world: World) -> None:
    await world.bot.store.essays.save(
        parse_essay(SERVER_ESSAY, slug="festival-notes"), guild_id=world.guild.id, source="discord"
    )
    claim = "nobody wants to watch a fake AI actor, people go for the stars"

    reply = await world.member.slash("counter", claim=claim)
    # Her passage answers the claim's point; the ranker may put a bundled one first (a long
    # thesis outweighs a short on-topic line: docs/stance.md, "The errors left"), so page on.
    for _ in range(5):
        if "Dana Reel" in reply.embed.description:
            break
        reply = await world.member.click(reply, "Another counterpoint")

    assert_embed(reply, description_contains="Dana Reel")
    assert links_of(reply.message) == {"Source": SOURCE_URL}
    assert_buttons(reply, *COUNTER_BUTTONS, "Source")
    # The quoted critic's words are never Dana Reel's: not in her perspective, and cited to the
    # critic wherever they are shown.
    perspective = await world.member.slash("perspective", author="Dana Reel")
    assert QUOTED_LINE not in perspective.text
    answer = await world.member.slash(
        "counter", claim="sora will let anyone make a great movie now"
    )
    for _ in range(20):  # page through the skeptical side until the critic's line comes up
        if QUOTED_LINE in answer.embed.description:
            break
        answer = await world.member.click(answer, "Another counterpoint")
    assert_embed(
        answer, description_contains=[QUOTED_LINE, "**Rita Critic, Film Quarterly**, quoted by"]
    )
    assert "**Dana Reel**" not in answer.embed.description
    spectrum = await world.member.slash("spectrum", topic="democratization")
    rows = [f.name for f in spectrum.embed.fields]
    assert any(r.startswith("Rita Critic, Film Quarterly (quoted by Dana Reel)") for r in rows)
    assert not any(r.startswith("Dana Reel") for r in rows)
    # Another server never sees this server's essay.
    stranger = world.server("Elsewhere").member
    theirs = await stranger.slash("counter", claim=claim)
    assert "Dana Reel" not in theirs.text
    assert_ephemeral(
        await stranger.slash("perspective", author="Dana Reel"), says="No author matching"
    )


# -- restart ------------------------------------------------------------------------------------


async def test_every_button_survives_a_restart(world: World) -> None:
    # A claim the reader names a side for (it has "Another counterpoint"); the shorter "sora is
    # going to kill indie film" reads as unclear since stance16 raised the threshold to 1.30.
    counter = await world.member.slash(
        "counter", claim="sora is going to kill indie film, nobody will pay for real shorts anymore"
    )
    perspective = await world.member.slash("perspective", author="westenburg")
    both = await world.member.slash("counter", claim="sora 2 dropped today")
    said = await world.person("bob").say("AI actors are soulless, nobody will pay to watch them")
    await world.member.context_menu("Argue the other side", said)
    argued = world.messages()[-1]

    await world.restart()

    another = await world.member.click(counter, "Another counterpoint")
    assert stance_of(another) == "optimistic"
    flipped = await click_for_reply(world, world.member, another, "Counter this")
    assert stance_of(flipped) == "skeptical"
    assert_ephemeral(await world.member.click(flipped, "Full passage"))
    assert_ephemeral(await world.member.click(perspective, "Full passage 2"))
    side = await world.member.click(both, "Another optimistic")
    assert sorted(stance_of(e) for e in side.embeds) == ["optimistic", "skeptical"]
    assert stance_of(await click_for_reply(world, world.member, argued, "Counter this")) == (
        "skeptical"
    )


# -- argue it anyway ------------------------------------------------------------------------------

# An opinion the topic reader refuses (film chat, tuning set claims-14c: no generative video in it),
# argued anyway: it reads as optimistic, so the skeptical side answers it. (The analogies the
# button is for are read on topic since stance10's retraining, so none can be the fixture.)
ANALOGY = (
    "the Jurassic Park CGI still holds up better than half of today's blockbusters, and that's "
    "because they mixed it with animatronics"
)


def shown_to(world: World, person: Person, message: MessageLike) -> MessageLike:
    """``message`` as ``person`` sees it now (an ephemeral one included)."""
    [now] = [m for m in world.messages(viewer=person) if m.id == message.id]
    return now


async def test_a_refused_counter_can_be_argued_anyway_in_one_click(world: World) -> None:
    before = len(world.messages())
    refused = await world.member.slash("counter", claim=ANALOGY)
    assert_ephemeral(refused, says="Nothing to argue with here")
    assert_buttons(refused, "Argue it anyway")
    assert len(world.messages()) == before

    answer = await world.member.click(refused, "Argue it anyway")

    assert_public(answer)
    assert stance_of(answer) == "skeptical"  # the reader's stance, answered as usual
    assert answer.embed.author.name.startswith("Countering: \u201cthe Jurassic Park")
    assert_buttons(answer, *COUNTER_BUTTONS)
    assert len(world.messages()) == before + 1
    assert buttons_of(shown_to(world, world.member, refused.message)) == []  # argued once
    another = await world.member.click(answer, "Another counterpoint")  # the usual buttons
    assert stance_of(another) == "skeptical"


async def test_a_refused_message_can_be_argued_anyway_as_a_reply_to_it(world: World) -> None:
    said = await world.person("bob").say(ANALOGY)
    refused = await world.member.context_menu("Argue the other side", said)
    assert_ephemeral(refused, says="Nothing to argue with here")
    assert_buttons(refused, "Argue it anyway")
    before = {m.id for m in world.messages()}

    click = await world.member.click(refused, "Argue it anyway")

    [reply] = [m for m in world.messages() if m.id not in before]
    assert_public(reply)
    assert reply.reference.message_id == said.id  # exactly like Argue the other side
    assert stance_of(reply) == "skeptical"
    assert_buttons(reply, *COUNTER_BUTTONS)
    assert_ephemeral(click, says="Posted the other side")
    assert buttons_of(shown_to(world, world.member, refused.message)) == []


async def test_argue_it_anyway_on_a_deleted_message_says_it_is_gone(world: World) -> None:
    bob = world.person("bob")
    said = await bob.say(ANALOGY)
    refused = await world.member.context_menu("Argue the other side", said)
    await bob.actor.delete(said)
    before = len(world.messages())

    gone = await world.member.click(refused, "Argue it anyway")

    assert_ephemeral(gone, says="That message is gone")
    assert len(world.messages()) == before


async def test_argue_it_anyway_falls_back_to_a_private_answer_where_the_bot_cannot_post(
    world: World,
) -> None:
    quiet = world.channel(
        "announcements",
        overwrites={world.bot.user: discord.PermissionOverwrite(send_messages=False)},
    )
    said = await world.person("bob").at(quiet).say(ANALOGY)
    refused = await world.member.at(quiet).context_menu("Argue the other side", said)

    private = await world.member.click(refused, "Argue it anyway")

    assert_ephemeral(private, says="I can't post in this channel")
    assert stance_of(private) == "skeptical"
    assert [m.id for m in world.messages(quiet)] == [said.id]


async def test_argue_it_anyway_is_taken_off_before_the_refusal_can_no_longer_be_edited(
    world: World,
) -> None:
    refused = await world.member.slash("counter", claim=ANALOGY)

    await world.advance(15 * 60)  # the refusal's interaction token lasts 15 minutes

    assert buttons_of(shown_to(world, world.member, refused.message)) == []
    assert_says(shown_to(world, world.member, refused.message), "Nothing to argue with here")


async def test_a_message_without_words_gets_no_argue_it_anyway(world: World) -> None:
    said = await world.person("bob").say("\U0001f480\U0001f480\U0001f480")
    refused = await world.member.context_menu("Argue the other side", said)
    assert_ephemeral(refused, says="Nothing to argue with here")
    assert refused.buttons == []
    counter = await world.member.slash("counter", claim="\U0001f525\U0001f525\U0001f525")
    assert_ephemeral(counter, says="Nothing to argue with here")
    assert counter.buttons == []
