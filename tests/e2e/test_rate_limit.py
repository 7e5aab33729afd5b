"""One per-user budget (5 actions per 10 s by default) for slash commands and buttons alike."""

from __future__ import annotations

import re

from .helpers import World, assert_ephemeral, assert_public


async def test_buttons_spend_the_same_budget_as_commands(world: World) -> None:
    rate = world.config.cooldown_rate
    answer = await world.member.slash(
        "counter", claim="Sora will let anyone become a great director"
    )
    assert_public(answer)
    posted = len(world.messages())

    clicks = [await world.member.click(answer, "Counter this") for _ in range(rate + 5)]

    assert all(not click.ephemeral for click in clicks[: rate - 1])
    for refused in clicks[rate - 1 :]:
        assert_ephemeral(refused, says="Slow down: try again in")
    assert len(world.messages()) - posted == rate - 1  # one public message per allowed click
    # Another member's budget is their own.
    assert_public(await world.moderator.click(answer, "Counter this"))


async def test_try_again_in_rounds_up(world: World) -> None:
    for _ in range(world.config.cooldown_rate):
        await world.member.slash("help")
    await world.advance(world.config.cooldown_seconds - 0.5)
    slowed = await world.member.slash("help")
    assert_ephemeral(slowed, says="Slow down")
    seconds = int(re.search(r"try again in (\d+) s", slowed.content)[1])
    assert seconds == 1  # 0.5 s left: "0 s" would send the user straight back into the limit
