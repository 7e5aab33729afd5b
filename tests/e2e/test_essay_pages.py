"""Essays from real pages, end to end: the preview lists every passage with the stance it will
be stored with and lets the moderator change any; the paste form is pre-filled and warns at its
limit; a page that doesn't name its author asks for it, also when approving a suggestion."""

from __future__ import annotations

import types
from typing import Any

import discord
import pytest

from bot.config import Config

from .helpers import (
    Person,
    Reply,
    World,
    assert_buttons,
    assert_embed,
    assert_ephemeral,
    buttons_of,
    new_config,
)
from .test_essays import last, publish, snapshot


@pytest.fixture
def crosscut_config(tmp_path) -> Config:
    return new_config(tmp_path, cooldown_rate=1000)


# Ten paragraphs, for and against and neither (narration that names no side): two pages of
# passages in the preview.
PARAGRAPHS = [
    "Generated storyboards are a game changer for our harbour studio: clients say yes faster, "
    "and that opportunity means more real shoots for the crew.",
    "But the generated ferry footage was soulless slop that would cheapen the campaign and "
    "destroy the day rates of the crews who light our boats.",
    *(
        f"On day {n} we met at the quay at six every morning, and the tea in the flask was "
        "always cold by seven."
        for n in range(1, 9)
    ),
]
PAGE = "The Ferry We Did Not Film\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


def select_of(message: Any) -> dict[str, Any]:
    """The message's select menu, as Discord shows it."""
    components = message.components if isinstance(message.components, list) else []
    stack = [c if isinstance(c, dict) else c.to_dict() for c in components]
    while stack:
        component = stack.pop(0)
        if component.get("type") == 3:
            return component
        stack += component.get("components") or []
    raise AssertionError("no select menu on the message")


async def add_page(person: Person, body: str = PAGE, **options: Any) -> Reply:
    options.setdefault("stance", "mixed")
    return await person.slash("essay add", file=("ferry.txt", body.encode()), **options)


async def test_the_preview_lists_every_passage_and_a_stance_can_change_before_publish(
    world: World,
) -> None:
    mod = world.moderator
    added = await add_page(mod, author="Callum Reyes")
    preview = last(added)
    assert_embed(preview, title="The Ferry We Did Not Film", fields={"Passages": "10"})
    passages = assert_embed(preview, index=1, title="Passages 1\u20138 of 10")
    # Each passage with the stance it will be stored with: a mixed essay has all three.
    assert "**1.** \U0001f7e2 optimistic" in passages.description
    assert "**2.** \U0001f534 skeptical" in passages.description
    assert "**3.** \u26aa neutral" in passages.description  # narration names no side
    assert_buttons(
        preview, "Publish", "Cancel", "Add details", "\u25c0 Passages", "Passages \u25b6"
    )

    second = await mod.click(preview, "Passages \u25b6")
    assert_embed(second, index=1, title="Passages 9\u201310 of 10")
    assert "**9.** \u26aa neutral" in second.embeds[1].description

    # The menu offers every other stance for each passage on the page.
    menu = select_of(second.message)
    values = [option["value"] for option in menu["options"]]
    assert values == ["8:optimistic", "8:skeptical", "9:optimistic", "9:skeptical"]
    changed = await mod.select(second, "8:skeptical", custom_id=menu["custom_id"])
    assert "**9.** \U0001f534 skeptical*" in changed.embeds[1].description  # * = your choice

    essay_id = await publish(mod, changed)
    shown = await mod.slash("essay show", essay=essay_id)
    assert "[skeptical*]" in shown.embed.description.split("\n")[8]
    assert "[optimistic]" in shown.embed.description.split("\n")[0]


async def test_paste_form_is_prefilled_and_warns_at_its_limit(world: World) -> None:
    mod = world.moderator
    shown = await mod.slash(
        "essay add", stance="optimistic", title="Small Crews", author="Dee Grip",
        publication="Grip Notes",
    )  # fmt: skip
    inputs = {c["custom_id"]: c for row in shown.modal["components"] for c in row["components"]}
    assert {k: inputs[k].get("value") for k in ("title", "author", "publication")} == {
        "title": "Small Crews",
        "author": "Dee Grip",
        "publication": "Grip Notes",
    }
    assert "4,000" in inputs["text"]["label"]
    assert "file:" in inputs["text"]["placeholder"]
    assert "url:" in inputs["text"]["placeholder"]

    paragraph = "Cheap tools let a crew of three shoot what once needed thirty, and " * 6
    text = "\n\n".join([paragraph.strip()] * 20)[:4000]
    pasted = await mod.submit_modal(
        shown, title="Small Crews", author="Dee Grip", publication="Grip Notes", text=text
    )
    preview = last(pasted)
    assert_embed(
        preview,
        title="Small Crews",
        fields={"Author": "Dee Grip", "\u26a0\ufe0f Check the text": "limit of 4,000 characters"},
    )

    short = await mod.slash("essay add", stance="optimistic", title="Small Crews")
    pasted = await mod.submit_modal(short, title="Small Crews", text=PARAGRAPHS[0])
    assert "\u26a0\ufe0f Check the text" not in [f.name for f in last(pasted).embeds[0].fields]


async def test_a_page_without_an_author_asks_for_it_before_publishing(world: World) -> None:
    mod = world.moderator
    added = await add_page(mod)
    preview = last(added)
    assert_embed(preview, fields={"\u26a0\ufe0f No author found": "Add details"})
    assert "Publish" not in buttons_of(preview)  # no Publish without an author

    form = await mod.click(preview, "Add details")
    inputs = {c["custom_id"]: c for row in form.modal["components"] for c in row["components"]}
    assert inputs["title"].get("value") == "The Ferry We Did Not Film"
    assert not inputs["author"].get("value")
    filled = await mod.submit_modal(
        form, title="The Ferry We Did Not Film", author="C. Reyes", published="2024-02-21"
    )
    assert_embed(filled, fields={"Author": "C. Reyes", "Published": "2024-02-21"})
    essay_id = await publish(mod, filled)
    found = await world.member.slash("quote", text="destroy the day rates of the crews")
    assert_embed(found, title="The Ferry We Did Not Film", description_contains="C. Reyes")
    assert essay_id


def _dms_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The member's privacy settings refuse DMs from server members (Discord answers 50007)."""

    async def refuse(self: discord.User, *args: Any, **kwargs: Any) -> None:
        response = types.SimpleNamespace(status=403, reason="Forbidden")
        raise discord.Forbidden(response, {"code": 50007, "message": "Cannot send messages"})

    monkeypatch.setattr(discord.User, "send", refuse)


@pytest.mark.parametrize("dms", ["open", "closed"])
async def test_approving_a_suggestion_without_an_author_asks_for_it_and_tells_the_member(
    world: World, monkeypatch: pytest.MonkeyPatch, dms: str
) -> None:
    member, mod = world.member, world.moderator
    # A file name is the member's own words, shown back to them: the mention in it must not
    # ping anyone.
    bystander = world.person("bystander")
    name = f"ferry for {bystander.mention}.txt"
    await member.slash("suggest-essay", file=(name, PAGE.encode()))
    queue = await mod.slash("essay queue")
    approved = await mod.click(queue, "Approve: mixed")
    preview = last(approved)
    assert_embed(preview, title="The Ferry We Did Not Film",
                 fields={"\u26a0\ufe0f No author found": "Add details"})  # fmt: skip
    assert "Publish" not in buttons_of(preview)

    form = await mod.click(preview, "Add details")
    filled = await mod.submit_modal(form, title="The Ferry We Did Not Film", author="C. Reyes")
    if dms == "closed":
        _dms_closed(monkeypatch)
    essay_id = await publish(mod, filled)

    if dms == "open":
        assert any(f"#{essay_id}" in dm for dm in member.direct_messages())
        return
    told = [m for m in world.messages() if "was approved" in (m.content or "")]
    assert len(told) == 1, [m.content for m in world.messages()]
    assert told[0].content.startswith(member.mention)
    # Who Discord notifies: the member alone (the allowed mentions the bot sent).
    stored = world.env.backend.messages[world.general.id][told[0].id]
    assert stored.ping_user_ids == [member.id]
    assert not stored.mention_everyone


async def test_preview_controls_from_before_a_restart_say_it_expired(world: World) -> None:
    mod = world.moderator
    preview = last(await add_page(mod))
    menu = select_of(preview)

    await world.restart()

    before = snapshot(world)
    for label in ("Passages \u25b6", "Add details"):
        assert_ephemeral(await mod.click(preview, label), says="This preview has expired")
    expired = await mod.select(preview, menu["options"][0]["value"], custom_id=menu["custom_id"])
    assert_ephemeral(expired, says="This preview has expired")
    assert snapshot(world) == before
