"""/quote text autocomplete and /verify, end to end: what a member of a film server sees."""

from __future__ import annotations

from .helpers import World, assert_buttons, assert_embed, assert_public

KROLL_TITLE = "What Sora (AI Video) Means For Indie Filmmakers"


async def test_quote_text_autocomplete_offers_passages_with_their_author(world: World) -> None:
    choices = await world.member.autocomplete("quote", "text", "golden retr")

    assert "golden retrievers" in choices.names[0]
    assert choices.names[0].endswith("\u2014 Noam Kroll")
    # Picking the choice sends its value; /quote resolves it to that very passage.
    reply = await world.member.slash("quote", text=choices.values[0])
    assert_embed(
        reply, title=KROLL_TITLE, description_contains=["golden retrievers playing in the snow"]
    )


async def test_one_letter_already_offers_passages(world: World) -> None:
    choices = await world.member.autocomplete("quote", "text", "s")

    assert 0 < len(choices) <= 25
    assert all(" \u2014 " in name for name in choices.names)


async def test_verify_a_misquote_shows_the_real_wording_and_what_differs(world: World) -> None:
    reply = await world.member.slash(
        "verify", quote="AI is a system for propogating more of the same"
    )

    assert_public(reply)
    assert_embed(
        reply,
        title_contains="Close, but not word for word",
        description_contains=["AI is a system for propagating more of the same", "Unknown"],
        fields={
            "What differs": "you wrote \u201cpropogating\u201d, the essay says "
            "\u201cpropagating\u201d"
        },
    )
    assert_buttons(reply, "Full passage")


async def test_verify_an_exact_quote(world: World) -> None:
    reply = await world.member.slash(
        "verify", quote="You can't just take the human component out of it."
    )

    embed = assert_embed(reply, title_contains="Real quote, word for word")
    assert "You can\u2019t just take the human component out of it" in embed.description
    assert "Noam Kroll" in embed.description


async def test_verify_a_made_up_quote_says_not_found(world: World) -> None:
    reply = await world.member.slash("verify", quote="my cat likes to sleep on the sofa")

    assert_public(reply)
    assert_embed(reply, title="Not found in the corpus")
    assert reply.buttons == []


async def test_verify_a_view_quoted_to_be_refuted_says_so_and_shows_the_sentence(
    world: World,
) -> None:
    # Cut from "one huge myth: that AI will democratize creativity and put storytelling
    # tools into the hands of more people" in an essay arguing against it.
    reply = await world.member.slash(
        "verify", quote="AI will democratize creativity and put storytelling tools into the hands"
    )

    embed = assert_embed(reply, title_contains="Real quote, word for word")
    assert "one huge myth: that AI will democratize creativity" in embed.description
    assert "hands of more people." in embed.description  # the whole sentence, not the cut
    context = next(f.value for f in embed.fields if f.name == "In context")
    assert "Unknown states this view to argue against it" in context
    assert "skeptical" in context


async def test_verify_a_plain_claim_has_no_context_note(world: World) -> None:
    reply = await world.member.slash(
        "verify", quote="Studios will become more like computer companies."
    )

    embed = assert_embed(reply, title_contains="Real quote")
    assert "In context" not in {f.name for f in embed.fields}


async def test_verify_a_reversed_quote_is_not_called_close(world: World) -> None:
    # The essay: "Sora and its subsequent updates and upgrades will not replace film".
    reply = await world.member.slash("verify", quote="Sora will replace film")

    embed = assert_embed(reply, title_contains="the essay says the opposite")
    assert "Close, but" not in embed.title
    context = next(f.value for f in embed.fields if f.name == "In context")
    assert "The meaning is reversed" in context
