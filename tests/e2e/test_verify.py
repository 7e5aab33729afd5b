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
