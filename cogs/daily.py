"""/potd: the perspective of the day, and the once-a-minute loop that posts it."""

from __future__ import annotations

import asyncio
import logging
import re
from datetime import date, datetime

import discord
from discord import app_commands
from discord.ext import commands, tasks

from bot import daily
from bot.client import Crosscut
from bot.daily import DailyPick, DestinationGone, Outcome, PublishFailed
from bot.errors import NotFoundError, PermissionDenied
from bot.store import GuildSettings
from cogs._budget import Budgeted
from cogs._embeds import (
    AUTHOR_MAX,
    DESCRIPTION_MAX,
    EMBED_TOTAL_MAX,
    FIELD_NAME_MAX,
    FIELD_VALUE_MAX,
    STANCE_LABELS,
    clip,
    italic_title,
    md,
    passage_embed,
    snippet,
)
from cogs._perspective_views import reply_with_counter
from cogs._views import FullPassageButton, source_button

log = logging.getLogger(__name__)


def plural_days(n: int) -> str:
    """The last day, the next 7 days: "day" or "N days"."""
    return "day" if n == 1 else f"{n} days"


def _day_label(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def potd_embeds(pick: DailyPick) -> list[discord.Embed]:
    """The day's post: one embed per side, the day's stance first, the prompt last."""
    sides = pick.sides
    embeds = [passage_embed(p) for p in sides]
    heading = f"Perspective of the day \u00b7 {_day_label(pick.day)}"
    if len(sides) == 2:
        heading += " \u00b7 both sides"
    embeds[0].set_author(name=clip(heading, AUTHOR_MAX))
    embeds[-1].add_field(name="Discuss", value=clip(pick.prompt, FIELD_VALUE_MAX), inline=False)
    assert sum(len(e) for e in embeds) <= EMBED_TOTAL_MAX
    return embeds


def potd_view(pick: DailyPick) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(CounterButton(pick.passage.id))
    for p in pick.sides:
        button = FullPassageButton(p.id)
        if pick.counter:
            button.item.label = f"Full passage ({p.stance})"
        view.add_item(button)
    link = source_button(pick.passage.url)
    if link:
        view.add_item(link)
    return view


class CounterButton(
    Budgeted,
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"crosscut:potd-counter:(?P<passage>\d+)",
):
    """The other side of a daily passage, as a reply to the post."""

    def __init__(self, passage_id: int) -> None:
        super().__init__(
            discord.ui.Button(
                label="Counter this",
                style=discord.ButtonStyle.primary,
                custom_id=f"crosscut:potd-counter:{passage_id}",
                emoji="\u2696\ufe0f",
            )
        )
        self.passage_id = passage_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /
    ) -> CounterButton:
        return cls(int(match["passage"]))

    async def callback(self, interaction: discord.Interaction[Crosscut]) -> None:
        # The same answer as "Counter this" under /counter: a reply to the daily post.
        await reply_with_counter(interaction, self.passage_id)


class ManageServerOnly(app_commands.CheckFailure):
    """Raised by the cog check; ``original`` carries the message the tree shows (the
    essay moderator role does not reach /potd)."""

    def __init__(self) -> None:
        message = "Only members with Manage Server can set up the perspective of the day."
        super().__init__(message)
        self.original = PermissionDenied(message)


class DailyPosts(commands.Cog):
    """Perspective of the day: one cited passage a day, to start a discussion."""

    potd = app_commands.Group(
        name="potd",
        description="Perspective of the day: one cited passage a day to start a discussion",
        guild_only=True,
        default_permissions=discord.Permissions(manage_guild=True),
    )

    def __init__(self, bot: Crosscut) -> None:
        self.bot = bot
        # When the next post can be due (None: nothing scheduled); unknown until read from
        # the database. Idle minutes compare clocks only and do no I/O.
        self._wake_at: datetime | None = None
        self._wake_known = False
        self._changes = 0  # bumped by every change; a wake-up computed across one is stale

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(CounterButton)
        self.schedule.start()
        # Read the bundled essays' eligible passages in the background (a second at 10,000
        # essays), not during the first daily post or /potd preview.
        self._warming = asyncio.create_task(daily.pool_for(self.bot.store, 0))

    async def cog_unload(self) -> None:
        self._warming.cancel()
        self.schedule.cancel()

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        # default_permissions is only a default a server can change: check again here.
        if interaction.guild is None:
            raise app_commands.NoPrivateMessage("Use /potd in a server.")
        if not interaction.permissions.manage_guild:
            raise ManageServerOnly()
        return True

    # -- the schedule ----------------------------------------------------------------------

    @tasks.loop(minutes=1)
    async def schedule(self) -> None:
        now = self.bot.clock()
        if self._wake_known and (self._wake_at is None or now < self._wake_at):
            return
        changes = self._changes
        await self.run_schedule()
        try:
            wake_at = await daily.next_wake(self.bot.store, now, self.bot.config.runs_shard_of)
        except Exception:
            log.exception("Could not work out the next daily post")
            return
        self._wake_at = wake_at
        self._wake_known = changes == self._changes

    def schedule_changed(self) -> None:
        """Settings or posts changed: the next wake-up reads the database again."""
        self._changes += 1
        self._wake_known = False

    @schedule.before_loop
    async def _before_schedule(self) -> None:
        await self.bot.wait_until_ready()

    async def run_schedule(self) -> list[Outcome]:
        """One wake-up: post for every due server. Never raises (the loop must go on)."""
        try:
            outcomes = await daily.tick(
                self.bot.store, self.bot.clock(), self.publish, self.bot.config.runs_shard_of
            )
        except Exception:
            log.exception("Daily schedule tick failed")
            return []
        for outcome in outcomes:
            if outcome.status == "disabled":
                await self._tell_owner(outcome.guild_id, outcome.problem or "")
        return outcomes

    async def publish(self, settings: GuildSettings, pick: DailyPick) -> int:
        """Send ``pick`` to the server's channel; the domain's contract for failures."""
        channel_id = settings.potd_channel_id
        where = f"<#{channel_id}>"
        channel = self.bot.get_channel(channel_id) if channel_id else None
        if channel is None and channel_id:
            try:
                channel = await self.bot.fetch_channel(channel_id)
            except discord.NotFound:
                channel = None
            except discord.Forbidden as error:
                raise DestinationGone(f"I can no longer see {where}.") from error
            except discord.HTTPException as error:
                raise PublishFailed(f"Discord did not answer ({error.status}).") from error
        if channel is None:
            raise DestinationGone("The daily post's channel was deleted.")
        if not isinstance(channel, discord.abc.Messageable):
            raise DestinationGone(f"{where} is not a channel I can post messages in.")
        content, mentions = None, discord.AllowedMentions.none()
        if settings.potd_ping_role_id:
            content = f"<@&{settings.potd_ping_role_id}>"
            mentions = discord.AllowedMentions(roles=[discord.Object(settings.potd_ping_role_id)])
        try:
            message = await channel.send(
                content=content,
                embeds=potd_embeds(pick),
                view=potd_view(pick),
                allowed_mentions=mentions,
            )
        except discord.NotFound as error:
            raise DestinationGone("The daily post's channel was deleted.") from error
        except discord.Forbidden as error:
            raise DestinationGone(
                f"I'm missing permission to post in {where} (I need View Channel, Send "
                "Messages and Embed Links)."
            ) from error
        except discord.HTTPException as error:
            if error.status >= 500:
                raise  # the message may exist: keep the day claimed rather than risk a double
            raise PublishFailed(f"Discord refused the post ({error.status}).") from error
        if settings.potd_thread:
            name = clip(f"{pick.day.isoformat()} \u00b7 {pick.passage.title}", 100)
            try:
                await message.create_thread(name=name)
            except discord.HTTPException:
                log.warning("Could not open a thread on the daily post in %s", channel_id)
        return message.id

    async def _tell_owner(self, guild_id: int, problem: str) -> None:
        """Best effort: moderators also see the problem on their next /potd command."""
        guild = self.bot.get_guild(guild_id)
        if guild is None or guild.owner_id is None:
            return
        text = (
            f"Crosscut switched off the perspective of the day in **{guild.name}**: {problem} "
            "Choose a channel with `/potd channel` to switch it back on."
        )
        try:
            owner = self.bot.get_user(guild.owner_id) or await self.bot.fetch_user(guild.owner_id)
            await owner.send(text)
        except discord.HTTPException:
            log.info("Could not DM the owner of guild %s about the daily post", guild_id)

    # -- commands --------------------------------------------------------------------------

    async def _reply(
        self,
        interaction: discord.Interaction,
        text: str,
        *,
        embed: discord.Embed | None = None,
    ) -> None:
        """Answer privately, with any standing problem of the schedule on top."""
        settings = await self.bot.store.settings.get(interaction.guild_id or 0)
        if settings.potd_problem and not settings.potd_enabled:
            text = (
                f"\u26a0\ufe0f The daily post is switched off: {settings.potd_problem} "
                "Pick a channel with `/potd channel` to switch it back on.\n\n" + text
            )
        kwargs = {"embed": embed} if embed else {}
        if interaction.response.is_done():
            await interaction.followup.send(text, ephemeral=True, **kwargs)
        else:
            await interaction.response.send_message(text, ephemeral=True, **kwargs)

    async def _status(self, settings: GuildSettings) -> str:
        extras = [f"format {settings.potd_format}"]
        if settings.potd_thread:
            extras.append("with a thread")
        if settings.potd_ping_role_id:
            extras.append(f"pinging <@&{settings.potd_ping_role_id}>")
        when = f"**{settings.potd_time} {settings.potd_timezone}** ({', '.join(extras)})"
        if not settings.potd_enabled or not settings.potd_channel_id:
            # Say what was kept: a moderator often sets the time before choosing a channel.
            return (
                f"The perspective of the day is **off**; when on, it posts every day at {when}. "
                "`/potd channel` turns it on."
            )
        now = self.bot.clock()
        tz = daily.zone(settings.potd_timezone)
        today = daily.local_date(now, tz).isoformat()
        posted = await self.bot.store.daily.get(settings.guild_id, today) is not None
        next_at = daily.next_post(settings, now, posted_today=posted)
        upcoming = "within a minute" if next_at <= now else f"<t:{int(next_at.timestamp())}:F>"
        return (
            f"The perspective of the day goes to <#{settings.potd_channel_id}> every day at "
            f"{when}. Next post: {upcoming}."
        )

    @potd.command(name="channel")
    @app_commands.describe(channel="Where the daily perspective is posted")
    async def potd_channel(
        self, interaction: discord.Interaction, channel: discord.TextChannel
    ) -> None:
        """Post the perspective of the day in this channel (switches it on)."""
        me = channel.guild.me
        if me is not None:
            perms = channel.permissions_for(me)
            if not (perms.view_channel and perms.send_messages and perms.embed_links):
                raise daily.ScheduleError(
                    f"I can't post in {channel.mention}: I need View Channel, Send Messages "
                    "and Embed Links there."
                )
        settings = await self.bot.store.settings.update(
            channel.guild.id, potd_channel_id=channel.id, potd_enabled=True, potd_problem=None
        )
        self.schedule_changed()
        await self._reply(interaction, await self._status(settings))

    @potd.command(name="time")
    @app_commands.describe(
        time="Local time of the post, 24-hour HH:MM (e.g. 09:00)",
        timezone="IANA time zone, e.g. Europe/Berlin (default: keep the current one)",
    )
    async def potd_time(
        self,
        interaction: discord.Interaction,
        time: app_commands.Range[str, 3, 5],
        timezone: app_commands.Range[str, 1, 64] | None = None,
    ) -> None:
        """Set the local time (and time zone) of the daily post."""
        at = daily.parse_time(time)
        changes: dict[str, object] = {"potd_time": f"{at:%H:%M}"}
        if timezone is not None:
            daily.zone(timezone)  # autocomplete is only a suggestion: check the value
            changes["potd_timezone"] = timezone
        settings = await self.bot.store.settings.update(interaction.guild_id, **changes)
        self.schedule_changed()
        await self._reply(interaction, await self._status(settings))

    @potd_time.autocomplete("timezone")
    async def _timezone_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        needle = current.strip().lower().replace(" ", "_")
        names = daily.timezones()
        starts = [n for n in names if n.lower().startswith(needle)]
        within = [n for n in names if needle in n.lower() and n not in starts]
        return [app_commands.Choice(name=n, value=n) for n in (starts + within)[:25]]

    @potd.command(name="off")
    async def potd_off(self, interaction: discord.Interaction) -> None:
        """Stop the daily post (settings and history are kept)."""
        settings = await self.bot.store.settings.update(interaction.guild_id, potd_enabled=False)
        self.schedule_changed()
        await self._reply(interaction, await self._status(settings))

    @potd.command(name="now")
    async def potd_now(self, interaction: discord.Interaction) -> None:
        """Post today's perspective right away, if it has not been posted yet."""
        settings = await self.bot.store.settings.get(interaction.guild_id)
        if not settings.potd_channel_id:
            raise NotFoundError("Choose a channel first with `/potd channel`.")
        await interaction.response.defer(ephemeral=True, thinking=True)
        day = daily.local_date(self.bot.clock(), daily.zone(settings.potd_timezone))
        outcome = await daily.post_day(self.bot.store, settings, day, self.publish)
        self.schedule_changed()
        where = f"<#{settings.potd_channel_id}>"
        if outcome.status == "posted":
            text = f"Posted today's perspective in {where}."
        elif outcome.status == "already":
            record = await self.bot.store.daily.get(settings.guild_id, day.isoformat())
            link = ""
            if record and record.message_id and record.channel_id:
                link = (
                    f": https://discord.com/channels/{settings.guild_id}/"
                    f"{record.channel_id}/{record.message_id}"
                )
            text = f"Today's perspective is already out{link}."
        elif outcome.status == "disabled":
            await self._tell_owner(settings.guild_id, outcome.problem or "")
            text = "I couldn't post it."
        else:
            text = f"I couldn't post it: {outcome.problem} Try again in a minute."
        await self._reply(interaction, text)

    @potd.command(name="preview")
    @app_commands.describe(days="How many days ahead to show (1-14)")
    async def potd_preview(
        self, interaction: discord.Interaction, days: app_commands.Range[int, 1, 14] = 7
    ) -> None:
        """See the coming days' perspectives, exactly as they will be posted."""
        if not daily.pool_ready(self.bot.store):
            # Defer: at start the shared pool takes seconds to read at 10,000 essays.
            await interaction.response.defer(ephemeral=True, thinking=True)
        settings = await self.bot.store.settings.get(interaction.guild_id)
        today = daily.local_date(self.bot.clock(), daily.zone(settings.potd_timezone))
        picks = await daily.upcoming(self.bot.store, settings, today, days)
        if not picks:
            raise NotFoundError("There are no eligible passages to post in this server.")
        embed = discord.Embed(
            title=f"The next {plural_days(len(picks))}", colour=discord.Colour.blurple()
        )
        for pick in picks:
            p = pick.passage
            name = f"{_day_label(pick.day)} \u00b7 {STANCE_LABELS.get(p.stance, p.stance)}"
            if pick.posted:
                name += " \u00b7 posted"
            quoted = f"\u201c{snippet(p.text, 240)}\u201d"
            value = f"{quoted} \u2014 {md(p.speaker)}, {italic_title(p.title)}"
            if pick.counter:
                counter = pick.counter
                value += f"\nvs {md(counter.speaker)}: \u201c{snippet(counter.text, 120)}\u201d"
            embed.add_field(
                name=clip(name, FIELD_NAME_MAX), value=clip(value, FIELD_VALUE_MAX), inline=False
            )
        await self._reply(interaction, await self._status(settings), embed=embed)

    @potd.command(name="history")
    @app_commands.describe(limit="How many recent days to list (1-25)")
    async def potd_history(
        self, interaction: discord.Interaction, limit: app_commands.Range[int, 1, 25] = 10
    ) -> None:
        """List the perspectives this server already had, newest first."""
        records = await self.bot.store.daily.history(interaction.guild_id, limit=limit)
        if not records:
            await self._reply(interaction, "No perspective of the day has been posted here yet.")
            return
        lines = []
        for r in reversed(records):
            title = italic_title(r.title) if r.title else "*(essay removed)*"
            line = (
                f"`{r.local_date}` {STANCE_LABELS.get(r.stance, r.stance)} {md(r.author)}, {title}"
            )
            if r.message_id and r.channel_id:
                line += (
                    f" [\u2197](https://discord.com/channels/{r.guild_id}/"
                    f"{r.channel_id}/{r.message_id})"
                )
            lines.append(line)
        embed = discord.Embed(
            title="Perspective of the day: history",
            description=clip("\n".join(lines), DESCRIPTION_MAX),
        )
        await self._reply(interaction, f"The last {plural_days(len(records))}.", embed=embed)

    @potd.command(name="settings")
    @app_commands.describe(
        format="single: one passage; pair: both sides on the same topic",
        thread="Open a discussion thread on each post",
        ping_role="Mention this role with each post",
        no_ping="Stop mentioning a role",
    )
    async def potd_settings(
        self,
        interaction: discord.Interaction,
        format: daily.Format | None = None,
        thread: bool | None = None,
        ping_role: discord.Role | None = None,
        no_ping: bool = False,
    ) -> None:
        """Show or change how the daily post looks: format, thread, role ping."""
        changes: dict[str, object] = {}
        if format is not None:
            changes["potd_format"] = format
        if thread is not None:
            changes["potd_thread"] = thread
        if ping_role is not None:
            changes["potd_ping_role_id"] = ping_role.id
        elif no_ping:
            changes["potd_ping_role_id"] = None
        store = self.bot.store
        if changes:
            settings = await store.settings.update(interaction.guild_id, **changes)
            self.schedule_changed()
        else:
            settings = await store.settings.get(interaction.guild_id)
        await self._reply(interaction, await self._status(settings))


async def setup(bot: Crosscut) -> None:
    bot.add_dynamic_items(FullPassageButton)
    await bot.add_cog(DailyPosts(bot))
