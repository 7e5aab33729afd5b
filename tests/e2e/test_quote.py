"""/quote and /help, end to end: what a member of a film server sees."""

from __future__ import annotations

from .helpers import (
    World,
    assert_buttons,
    assert_embed,
    assert_ephemeral,
    assert_public,
    assert_says,
)

WESTENBERG_TITLE = "\u201cDemocratisation\u201d covers all manner of sins."
KROLL_TITLE = "What Sora (AI Video) Means For Indie Filmmakers"


async def test_quote_finds_the_burrito_line_in_westenbergs_essay(world: World) -> None:
    reply = await world.member.slash("quote", text="going out for a burrito")

    assert_public(reply)
    embed = assert_embed(
        reply,
        title=WESTENBERG_TITLE,
        description_contains=["going out for", "Joan Westenberg"],
        footer_contains="neutral",
    )
    # The line is Steven Levy's (Wired), quoted in her essay: cited to him, never to her.
    assert "Steven Levy" in embed.description
    assert "quoted by Joan Westenberg" in embed.description
    assert_buttons(reply, "Full passage")


async def test_quote_forgives_typos(world: World) -> None:
    reply = await world.member.slash("quote", text="golden retreivers in snow")

    assert_embed(
        reply,
        title=KROLL_TITLE,
        description_contains=["golden retrievers playing in the snow", "Noam Kroll"],
    )


async def test_author_autocomplete_offers_westenberg(world: World) -> None:
    choices = await world.member.autocomplete("quote", "author", "westen", text="burrito")

    assert "Joan Westenberg" in choices.names


async def test_quote_filtered_by_author(world: World) -> None:
    reply = await world.member.slash("quote", text="golden retrievers", author="Noam Kroll")

    assert_embed(reply, title=KROLL_TITLE, description_contains="Noam Kroll")


async def test_nothing_found_is_private_and_helpful(world: World) -> None:
    reply = await world.member.slash("quote", text="zzqx flibbertigibbet")

    assert_ephemeral(reply, says="Nothing in the essays matches")
    assert_says(reply, "/help")
    assert reply.embeds == []


async def test_full_passage_button_shows_context_privately(world: World) -> None:
    quote = await world.member.slash("quote", text="golden retreivers in snow")

    full = await world.moderator.click(quote, "Full passage")

    assert_ephemeral(full)
    assert_embed(full, title=KROLL_TITLE, footer_contains="Noam Kroll")
    assert_says(full, "**Of all the clips I saw")


async def test_full_passage_button_survives_a_restart(world: World) -> None:
    quote = await world.member.slash("quote", text="golden retreivers in snow")
    old_bot = world.bot

    await world.restart()
    assert world.bot is not old_bot

    full = await world.member.click(quote, "Full passage")
    assert_ephemeral(full)
    assert_says(full, "golden retrievers")


async def test_help_shows_a_member_their_commands_first_and_no_moderator_ones(
    world: World,
) -> None:
    reply = await world.member.slash("help")

    assert_ephemeral(reply)
    embed = assert_embed(reply, title="Crosscut")
    names = [field.name for field in embed.fields]
    # The commands a newcomer needs, in that order, before anything else.
    first = ["/quote", "/counter", "Argue the other side", "/perspective", "/spectrum", "/verify"]
    assert names[: len(first)] == first
    runnable = {f"/{name}" for name in world.member.available_commands()} - {"/help"}
    assert runnable <= set(names), f"/help does not mention {runnable - set(names)}"
    shown = "\n".join(f"{f.name} {f.value}" for f in embed.fields)
    for guarded in ("/essay", "/potd", "/config", "For moderators"):
        assert guarded not in shown


async def test_help_shows_moderators_their_groups_and_a_moderator_role_only_essay(
    world: World,
) -> None:
    full = assert_embed(await world.moderator.slash("help"), title="Crosscut")
    staff = next(f.value for f in full.fields if f.name == "For moderators")
    for group in ("/essay", "/potd", "/config"):
        assert group in staff
    # A moderator role stands in for Manage Server on /essay only.
    helpers = world.guild.create_role("Essay helpers")
    helper = world.person("helper", roles=[helpers])
    await world.moderator.slash("config moderator-role", role=helpers)
    partial = assert_embed(await helper.slash("help"), title="Crosscut")
    staff = next(f.value for f in partial.fields if f.name == "For moderators")
    assert "/essay" in staff
    assert "/potd" not in staff
    assert "/config" not in staff


async def test_what_was_typed_is_shown_back_as_typed(world: World) -> None:
    # An apostrophe and double quotes in one query: shown back without escape backslashes.
    for command, options, typed in (
        ("quote", {}, 'it\'s the "zzqx flibbertigibbet" line'),
        ("quote", {"text": "burrito"}, 'Jo\'s "zzqx" friend'),  # as the author
        ("perspective", {}, 'Jo\'s "zzqx" friend'),
        ("spectrum", {}, 'the "zzqx" thing that\'s'),
    ):
        option = {"quote": "author" if options else "text", "perspective": "author"}.get(
            command, "topic"
        )
        reply = await world.person(f"asker {command} {option}").slash(
            command, **options, **{option: typed}
        )
        assert_ephemeral(reply)
        assert typed in reply.content, reply.content


async def test_other_matches_are_cited_to_whoever_said_them(world: World) -> None:
    # "Runway" also finds Steven Levy's words, which Westenberg's essay quotes: that line
    # must name him (quoted by her), never her alone, and every line names its essay.
    hits = await world.bot.search.quotes("Runway", guild_id=world.guild.id)
    others = [hit.passage for hit in hits[1:]]
    assert any(p.quoted_from for p in others)

    reply = await world.member.slash("quote", text="Runway")

    [field] = [f for f in reply.embed.fields if f.name == "Other matches"]
    lines = field.value.splitlines()
    assert len(lines) == len(others)
    for line, p in zip(lines, others, strict=True):
        cited = line.rsplit(" \u2014 ", 1)[1]
        assert cited.startswith(
            f"{p.quoted_from}, quoted by {p.author}" if p.quoted_from else p.author
        )
        assert p.title in cited
