"""End-to-end helpers: drive the real bot through SimCord the way a Discord user would.

A :class:`World` is one guild with a ``#general`` channel, a ``moderator`` (Manage Server) and a
plain ``member``. People act (``await world.member.slash("quote", text="...")``) and get a
:class:`Reply`; the ``assert_*`` functions check what that user sees. Every action also checks:

* what the bot sent is within Discord's limits (:func:`check_limits`), and
* the bot raised nothing unexpected. SimCord records every exception that reaches the tree's
  ``on_error``, even ones the bot turns into a friendly message on purpose (``NothingFound``), so
  domain errors (``CrosscutError``) and check/transformer failures are accepted; anything else
  fails the action at once, with the error. ``world.tolerate(SomeError)`` widens that.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import discord
import simcord
from discord import app_commands
from simcord import ChannelHandle, Env, InteractionResult, MemberActor, ResponseMessage

from bot.client import Crosscut, create_bot
from bot.config import Config
from bot.errors import CrosscutError

# --------------------------------------------------------------------------------------------
# Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits)

CONTENT_MAX = 2000
EMBEDS_PER_MESSAGE = 10
EMBED_TITLE_MAX = 256
EMBED_DESCRIPTION_MAX = 4096
EMBED_FIELDS_MAX = 25
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FOOTER_MAX = 2048
AUTHOR_MAX = 256
EMBED_TOTAL_MAX = 6000
CHOICES_MAX = 25
CHOICE_NAME_MAX = 100
CHOICE_VALUE_MAX = 100

MessageLike = ResponseMessage | discord.Message


def check_embed(embed: discord.Embed | dict[str, Any], where: str = "embed") -> int:
    """Raise AssertionError naming the first Discord limit ``embed`` breaks; return its size.

    SimCord already rejects over-limit embeds when the bot sends them (HTTP 400, code 50035, the
    bot sees an HTTPException); this also catches what SimCord lets through (empty field names or
    values) and can be used on embeds before they are sent.
    """
    data = embed.to_dict() if isinstance(embed, discord.Embed) else embed
    texts: list[tuple[str, str | None, int]] = [
        ("title", data.get("title"), EMBED_TITLE_MAX),
        ("description", data.get("description"), EMBED_DESCRIPTION_MAX),
        ("footer.text", (data.get("footer") or {}).get("text"), FOOTER_MAX),
        ("author.name", (data.get("author") or {}).get("name"), AUTHOR_MAX),
    ]
    fields = data.get("fields") or []
    if len(fields) > EMBED_FIELDS_MAX:
        raise AssertionError(
            f"{where}: {len(fields)} fields, over Discord's limit of {EMBED_FIELDS_MAX} fields"
        )
    for i, field in enumerate(fields):
        for key, limit in (("name", FIELD_NAME_MAX), ("value", FIELD_VALUE_MAX)):
            text = field.get(key)
            if not text or not str(text).strip():
                raise AssertionError(
                    f"{where}: fields[{i}].{key} is empty; Discord requires a field {key}"
                )
            texts.append((f"fields[{i}].{key}", text, limit))
    total = 0
    for name, text, limit in texts:
        if text is None:
            continue
        if len(text) > limit:
            raise AssertionError(
                f"{where}: {name} is {len(text)} characters, over Discord's limit of {limit} "
                f"({text[:60]!r}...)"
            )
        total += len(text)
    if total > EMBED_TOTAL_MAX:
        raise AssertionError(
            f"{where}: embed text totals {total} characters, over Discord's limit of "
            f"{EMBED_TOTAL_MAX}"
        )
    return total


def check_limits(message: MessageLike) -> None:
    """Raise AssertionError naming the limit a message (content and embeds) breaks."""
    content = message.content or ""
    if len(content) > CONTENT_MAX:
        raise AssertionError(
            f"message content is {len(content)} characters, over Discord's limit of {CONTENT_MAX}"
        )
    embeds = message.embeds
    if len(embeds) > EMBEDS_PER_MESSAGE:
        raise AssertionError(
            f"message has {len(embeds)} embeds, over Discord's limit of {EMBEDS_PER_MESSAGE}"
        )
    total = sum(check_embed(embed, f"embeds[{i}]") for i, embed in enumerate(embeds))
    if total > EMBED_TOTAL_MAX:
        raise AssertionError(
            f"the message's embeds total {total} characters, over Discord's limit of "
            f"{EMBED_TOTAL_MAX}"
        )


def check_choices(choices: Sequence[dict[str, Any]]) -> None:
    """Autocomplete choices: SimCord stores whatever the bot answers; Discord would refuse."""
    if len(choices) > CHOICES_MAX:
        raise AssertionError(
            f"{len(choices)} autocomplete choices, over Discord's limit of {CHOICES_MAX}"
        )
    for i, choice in enumerate(choices):
        name, value = choice.get("name") or "", choice.get("value")
        if not 1 <= len(name) <= CHOICE_NAME_MAX:
            raise AssertionError(
                f"choices[{i}].name is {len(name)} characters; Discord requires 1-"
                f"{CHOICE_NAME_MAX} ({name[:60]!r})"
            )
        if isinstance(value, str) and len(value) > CHOICE_VALUE_MAX:
            raise AssertionError(
                f"choices[{i}].value is {len(value)} characters, over Discord's limit of "
                f"{CHOICE_VALUE_MAX}"
            )


# --------------------------------------------------------------------------------------------
# What a user sees


def _components(message: MessageLike) -> list[dict[str, Any]]:
    if isinstance(message, ResponseMessage):
        return message.components
    return [component.to_dict() for component in message.components]


def _walk(components: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for component in components:
        yield component
        yield from _walk(component.get("components") or [])
        if isinstance(component.get("accessory"), dict):
            yield component["accessory"]


def buttons_of(message: MessageLike) -> list[str]:
    """Labels of the message's buttons, in order (link buttons included)."""
    return [c.get("label") or "" for c in _walk(_components(message)) if c.get("type") == 2]


def links_of(message: MessageLike) -> dict[str, str]:
    """Link buttons: label -> url."""
    return {
        c.get("label") or "": c["url"]
        for c in _walk(_components(message))
        if c.get("type") == 2 and c.get("url")
    }


def visible_text(message: MessageLike) -> str:
    """Everything readable in a message: content, then each embed's text, in display order."""
    parts = [message.content or ""]
    for embed in message.embeds:
        parts += [embed.author.name or "", embed.title or "", embed.description or ""]
        for field in embed.fields:
            parts += [field.name or "", field.value or ""]
        parts.append(embed.footer.text or "")
    return "\n".join(p for p in parts if p)


class Reply:
    """What came back from one interaction, as the user who triggered it sees it."""

    def __init__(self, result: InteractionResult) -> None:
        self.result = result

    @property
    def acknowledged(self) -> bool:
        return self.result.acknowledged

    @property
    def deferred(self) -> bool:
        """Still showing "thinking…" (a defer with no followup yet)."""
        return self.result.deferred

    @property
    def ephemeral(self) -> bool:
        return self.result.ephemeral

    @property
    def modal(self) -> dict[str, Any] | None:
        return self.result.modal

    @property
    def message(self) -> ResponseMessage:
        response = self.result.response
        if response is None:
            raise AssertionError(f"the bot sent no response message: {self.result!r}")
        return response

    @property
    def followups(self) -> list[ResponseMessage]:
        return self.result.followups

    @property
    def content(self) -> str:
        return self.message.content

    @property
    def embeds(self) -> list[discord.Embed]:
        return self.message.embeds

    @property
    def embed(self) -> discord.Embed:
        embeds = self.embeds
        if len(embeds) != 1:
            raise AssertionError(f"expected exactly one embed, got {len(embeds)}: {self.content!r}")
        return embeds[0]

    @property
    def buttons(self) -> list[str]:
        return buttons_of(self.message)

    @property
    def text(self) -> str:
        return visible_text(self.message)

    def check_limits(self) -> None:
        for i, message in enumerate([self.result.response, *self.followups]):
            if message is None:
                continue
            try:
                check_limits(message)
            except AssertionError as error:
                which = "response" if i == 0 else f"followup {i}"
                raise AssertionError(f"{which}: {error}") from None

    def __repr__(self) -> str:
        if self.result.response is None:
            return f"<Reply {self.result!r}>"
        kind = "ephemeral" if self.ephemeral else "public"
        return f"<Reply {kind} {self.text[:200]!r} buttons={self.buttons}>"


def cited_speaker(embed: discord.Embed) -> str:
    """Whose words an embed quotes: the bold name in its citation line ("— **Noam Kroll**, ...")."""
    citation = (embed.description or "").rsplit("\n\u2014 ", 1)[-1]
    return citation.split("**")[1] if citation.count("**") >= 2 else ""


async def click_for_reply(
    world: World,
    person: Person,
    target: Reply | MessageLike,
    label: str,
    channel: ChannelHandle | None = None,
) -> MessageLike:
    """Click a button whose answer is a public reply to the message clicked (*Counter this*);
    returns that reply, after checking it is one."""
    message = _message(target)
    before = {m.id for m in world.messages(channel)}
    click = await person.click(message, label)
    assert click.result.response is None or not click.ephemeral, click
    new = [m for m in world.messages(channel) if m.id not in before]
    assert len(new) == 1, f"expected one new message after {label!r}, got {len(new)}"
    [reply] = new
    assert reply.reference is not None, "the answer is not a reply"
    assert reply.reference.message_id == message.id, "the answer replies to another message"
    check_limits(reply)
    return reply


class Choices(list[dict[str, Any]]):
    """Autocomplete choices as sent: ``[{"name": ..., "value": ...}]``."""

    @property
    def names(self) -> list[str]:
        return [choice["name"] for choice in self]

    @property
    def values(self) -> list[Any]:
        return [choice["value"] for choice in self]


def _message(target: Reply | MessageLike) -> MessageLike:
    return target.message if isinstance(target, Reply) else target


def assert_embed(
    target: Reply | MessageLike,
    *,
    title: str | None = None,
    title_contains: str | None = None,
    description_contains: str | Sequence[str] = (),
    fields: dict[str, str] | None = None,
    footer_contains: str | None = None,
    author: str | None = None,
    index: int = 0,
) -> discord.Embed:
    """Assert the message's ``index``-th embed shows these; returns the embed.

    ``fields`` maps a field name to text its value must contain ("" = the field exists).
    """
    message = _message(target)
    embeds = message.embeds
    if len(embeds) <= index:
        raise AssertionError(f"no embed #{index}; the message says {visible_text(message)!r}")
    embed = embeds[index]
    problems = []
    if title is not None and embed.title != title:
        problems.append(f"title: expected {title!r}, got {embed.title!r}")
    if title_contains is not None and title_contains not in (embed.title or ""):
        problems.append(f"title {embed.title!r} does not contain {title_contains!r}")
    wanted = (
        [description_contains] if isinstance(description_contains, str) else description_contains
    )
    for text in wanted:
        if text not in (embed.description or ""):
            problems.append(f"description does not contain {text!r}")
    shown = {field.name: field.value or "" for field in embed.fields}
    for name, text in (fields or {}).items():
        if name not in shown:
            problems.append(f"no field {name!r} (fields: {list(shown)})")
        elif text not in shown[name]:
            problems.append(f"field {name!r} = {shown[name]!r} does not contain {text!r}")
    if footer_contains is not None and footer_contains not in (embed.footer.text or ""):
        problems.append(f"footer {embed.footer.text!r} does not contain {footer_contains!r}")
    if author is not None and embed.author.name != author:
        problems.append(f"author: expected {author!r}, got {embed.author.name!r}")
    if problems:
        raise AssertionError(
            "embed did not match:\n  " + "\n  ".join(problems) + f"\nembed: {embed.to_dict()!r}"
        )
    return embed


def _is_ephemeral(message: MessageLike) -> bool:
    if isinstance(message, ResponseMessage):
        return message.ephemeral
    return message.flags.ephemeral


def assert_ephemeral(target: Reply | MessageLike, *, says: str | None = None) -> None:
    """Only the user who ran the command sees it (and it contains ``says``)."""
    message = _message(target)
    if not _is_ephemeral(message):
        raise AssertionError(f"expected an ephemeral reply, everyone sees: {target!r}")
    if says is not None:
        assert_says(message, says)


def assert_public(target: Reply | MessageLike) -> None:
    if _is_ephemeral(_message(target)):
        raise AssertionError(f"expected a public reply, it is ephemeral: {target!r}")


def assert_says(target: Reply | MessageLike, text: str) -> None:
    """``text`` appears somewhere the user can read (content or any embed)."""
    shown = visible_text(_message(target))
    if text not in shown:
        raise AssertionError(f"{text!r} not shown; the message says:\n{shown}")


def assert_buttons(target: Reply | MessageLike, *labels: str) -> None:
    """The message has exactly these buttons, in this order."""
    shown = buttons_of(_message(target))
    if shown != list(labels):
        raise AssertionError(f"buttons: expected {list(labels)}, got {shown}")


# --------------------------------------------------------------------------------------------
# Bots, people, world


def watch_refusals(monkeypatch: Any, into: list[discord.HTTPException]) -> None:
    """Note every request SimCord refuses with HTTP 400 (its Discord validation, e.g. code
    50035 "Must be 1024 or fewer characters") in ``into``, whether or not the bot catches it.

    Both ways the bot talks to Discord are watched: the REST client and the webhook adapter
    that carries interaction responses and followups.
    """
    from simcord.http import FakeHTTPClient, FakeWebhookAdapter

    for cls in (FakeHTTPClient, FakeWebhookAdapter):

        async def request(self: Any, *args: Any, _original: Any = cls.request, **kw: Any) -> Any:
            try:
                return await _original(self, *args, **kw)
            except discord.HTTPException as error:
                if error.status == 400:
                    into.append(error)
                raise

        monkeypatch.setattr(cls, "request", request)


# Errors the bot raises on purpose and turns into a message for the user via tree.on_error.
HANDLED_ERRORS: tuple[type[BaseException], ...] = (
    CrosscutError,
    app_commands.CheckFailure,
    app_commands.TransformerError,
)


def new_config(tmp_path: Path, **overrides: Any) -> Config:
    # SimCord needs an AutoShardedBot's shard count up front; Discord would recommend one.
    settings = {"shard_count": 1, **overrides}
    return Config(token=None, database_path=tmp_path / "crosscut.db", **settings)


class Bots:
    """Builds bots (``create_bot``) and closes them all at the end: SimCord never closes one."""

    def __init__(self) -> None:
        self.created: list[Crosscut] = []

    def create(self, config: Config) -> Crosscut:
        bot = create_bot(config)
        self.created.append(bot)
        return bot

    async def close_all(self) -> None:
        for bot in reversed(self.created):
            if not bot.is_closed():
                await bot.close()
            elif hasattr(bot, "store"):
                await bot.store.close()
        self.created.clear()


class Person:
    """A guild member acting in a channel (``#general`` unless moved with :meth:`at`)."""

    def __init__(self, world: World, actor: MemberActor, channel: ChannelHandle) -> None:
        self.world = world
        self.actor = actor
        self.channel = channel

    @property
    def id(self) -> int:
        return self.actor.id

    @property
    def name(self) -> str:
        return self.actor.name

    @property
    def mention(self) -> str:
        return self.actor.mention

    def at(self, channel: ChannelHandle) -> Person:
        """The same person, acting in another channel."""
        return Person(self.world, self.actor, channel)

    def available_commands(self) -> tuple[str, ...]:
        """Slash commands this person can see here ("essay add" for subcommands)."""
        return self.actor.available_commands(self.channel)

    async def slash(self, command: str, /, **options: Any) -> Reply:
        """Run ``/command option:value``; ``"essay add"`` for a subcommand."""
        return await self.world._reply(self.actor.slash(self.channel, command, **options))

    async def autocomplete(
        self, command: str, option: str, typed: str, /, **filled: Any
    ) -> Choices:
        """Type ``typed`` into ``option`` (other options already ``filled``); the choices shown."""
        choices = await self.world._act(
            self.actor.autocomplete(self.channel, command, option, typed, **filled)
        )
        check_choices(choices)
        return Choices(choices)

    async def click(
        self, target: Reply | MessageLike, label: str | None = None, *, custom_id: str | None = None
    ) -> Reply:
        """Click the button with this label (or custom_id) on a message or a reply's message."""
        message = _message(target)
        return await self.world._reply(self.actor.click(message, label=label, custom_id=custom_id))

    async def select(
        self, target: Reply | MessageLike, *values: Any, custom_id: str | None = None
    ) -> Reply:
        message = _message(target)
        return await self.world._reply(
            self.actor.select(message, list(values), custom_id=custom_id)
        )

    async def context_menu(self, name: str, target: Reply | MessageLike) -> Reply:
        """Right-click a message in this channel, Apps, ``name``."""
        return await self.world._reply(
            self.actor.context_menu(self.channel, name, _message(target))
        )

    async def submit_modal(self, shown: Reply, **values: Any) -> Reply:
        """Fill the modal ``shown`` opened, by text-input custom_id, and submit it."""
        if shown.modal is None:
            raise AssertionError(f"no modal was opened: {shown!r}")
        return await self.world._reply(self.actor.submit_modal(shown.result, values))

    def direct_messages(self) -> list[str]:
        """What the bot told this person by DM, oldest first."""
        return [m.content for m in self.actor.user.dm_channel.history()]

    async def say(
        self, content: str = "", *, attachments: Sequence[tuple[str, bytes]] = ()
    ) -> discord.Message:
        """Post a message (optionally with files ``(filename, bytes)``) in this channel."""
        return await self.world._act(
            self.actor.send(self.channel, content, attachments=attachments)
        )

    def __repr__(self) -> str:
        return f"<Person {self.name} in #{self.channel.name}>"


class Server:
    """Another guild the same bot is in, with its own ``#general``, moderator and member."""

    def __init__(self, world: World, name: str) -> None:
        self.world = world
        self.guild = world.env.create_guild(name)
        self.general = self.guild.create_text_channel("general")
        self.moderators = self.guild.create_role(
            "Moderators", permissions=discord.Permissions(manage_guild=True)
        )
        self.moderator = self.person(f"{name} moderator", roles=[self.moderators])
        self.member = self.person(f"{name} member")

    @property
    def id(self) -> int:
        return self.guild.id

    def person(self, name: str, *, roles: Sequence[simcord.RoleHandle] = ()) -> Person:
        actor = self.guild.add_member(self.world.env.create_user(name), roles=roles)
        return Person(self.world, actor, self.general)


class World:
    """A running Crosscut in one guild: ``#general``, a moderator and a member."""

    def __init__(
        self, env: Env, config: Config, bots: Bots, *, guild_name: str = "Film Club"
    ) -> None:
        self.env = env
        self.config = config
        self.bots = bots
        self.guild = env.create_guild(guild_name, id=config.dev_guild_id)
        self.general = self.guild.create_text_channel("general")
        self.moderators = self.guild.create_role(
            "Moderators", permissions=discord.Permissions(manage_guild=True)
        )
        self.moderator = self.person("moderator", roles=[self.moderators])
        self.member = self.person("member")
        self._tolerated: tuple[type[BaseException], ...] = ()
        # Filled by watch_refusals (the world fixture): every 400 SimCord answered the bot.
        self.refused: list[discord.HTTPException] = []

    @classmethod
    async def create(cls, env: Env, config: Config, bots: Bots, **kwargs: Any) -> World:
        world = cls(env, config, bots, **kwargs)
        # SimCord's virtual time.monotonic() starts at exactly 0.0, and discord.py's Cooldown
        # reads 0.0 as "no time given" and falls back to time.time(), mixing two clocks (the
        # bot's per-user cooldown then says "try again in 1795427285 s"). Start at 1 s.
        await world.advance(1)
        return world

    @property
    def bot(self) -> Crosscut:
        """The bot currently running (changes on :meth:`restart`)."""
        return self.env.bot  # type: ignore[return-value]

    def person(self, name: str, *, roles: Sequence[simcord.RoleHandle] = ()) -> Person:
        """Another member of the guild."""
        actor = self.guild.add_member(self.env.create_user(name), roles=roles)
        return Person(self, actor, self.general)

    def server(self, name: str) -> Server:
        """A second guild (moderator, member, ``#general``), to check servers are walled."""
        return Server(self, name)

    async def allow(self, command: str, *who: Person | simcord.RoleHandle) -> None:
        """Server Settings > Integrations: let these roles or people use ``command`` here."""
        synced = next(c for c in await self.bot.tree.fetch_commands() if c.name == command)
        targets = [w.actor if isinstance(w, Person) else w for w in who]
        guild = who[0].actor.guild if isinstance(who[0], Person) else self.guild
        guild.set_command_permissions(synced, dict.fromkeys(targets, True))

    def channel(self, name: str, **kwargs: Any) -> ChannelHandle:
        return self.guild.create_text_channel(name, **kwargs)

    def messages(self, channel: ChannelHandle | None = None, *, viewer: Person | None = None):
        """Messages in a channel, oldest first, as ``viewer`` sees them (ephemerals hidden)."""
        channel = channel or self.general
        return channel.history(viewer=viewer.actor if viewer else None)

    def now(self):
        return self.env.now()

    async def advance(self, seconds: float, *, step: float = 3600) -> None:
        """Let ``seconds`` of (virtual) time pass: loops, cooldowns and timeouts move.

        SimCord gives one ``advance_time`` call a single real-time budget (``settle_timeout``)
        for every timer it fires, and each wake-up that awaits the database costs it an idle
        poll (~50 ms: aiosqlite's thread is invisible to its settle). Long spans therefore go
        in ``step``-sized calls, each with its own budget.
        """
        while seconds > 0:
            chunk = min(seconds, step)
            await self._act(self.env.advance_time(chunk))
            seconds -= chunk

    async def restart(self, config: Config | None = None) -> Crosscut:
        """Stop the bot and start a NEW one on the same database (or with ``config``)."""
        if config is not None:
            self.config = config
        bot = self.bots.create(self.config)
        await self._act(self.env.restart_bot(bot))
        return bot

    @contextlib.contextmanager
    def tolerate(self, *errors: type[BaseException]) -> Iterator[None]:
        """Accept these bot errors (besides the handled domain errors) inside the block."""
        previous = self._tolerated
        self._tolerated = previous + errors
        try:
            yield
        finally:
            self._tolerated = previous

    # -- plumbing ----------------------------------------------------------------------------

    def _expected(self, error: BaseException) -> bool:
        allowed = HANDLED_ERRORS + self._tolerated
        return any(isinstance(e, allowed) for e in (error, getattr(error, "original", None)))

    async def _act(self, action: Any) -> Any:
        cursor, refused = self.env.error_cursor, len(self.refused)
        result = await action
        raised = self.env.errors_since(cursor)
        if raised:
            _ = self.env.errors  # acknowledge: expected ones are fine, others are raised here
        # First the refusal, if any: it names the broken limit (the bot's error may not).
        self._check_refused(self.refused[refused:])
        unexpected = [error for error in raised if not self._expected(error)]
        if unexpected:
            raise ExceptionGroup("the bot raised during this action", unexpected)
        return result

    def _check_refused(self, refused: list[discord.HTTPException]) -> None:
        """A send Discord refused fails the action, even when the bot caught the HTTPException
        (a button's catch-all, a "post privately instead" fallback): the user saw something
        else, and the message names the broken limit."""
        if refused and not issubclass(discord.HTTPException, self._tolerated):
            raise AssertionError(
                "Discord refused what the bot sent: " + "; ".join(map(str, refused))
            )

    async def _reply(self, action: Any) -> Reply:
        reply = Reply(await self._act(action))
        reply.check_limits()
        return reply
