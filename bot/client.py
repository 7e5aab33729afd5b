"""The Discord client: a ``commands.Bot`` that owns the store and search and loads the cogs."""

from __future__ import annotations

import asyncio
import gc
import hashlib
import json
import logging
import math
import signal
import time
from collections.abc import Callable
from datetime import datetime

import aiohttp
import discord
from cachetools import TTLCache
from discord import app_commands
from discord.ext import commands

from bot import BUNDLED_ESSAYS
from bot.config import Config
from bot.corpus import load_directory
from bot.errors import ConfigError, CrosscutError, DiscordUnreachable, as_typed
from bot.search import Search
from bot.store import Store

log = logging.getLogger(__name__)

# Users whose command budget is remembered. A bucket older than its window is the same as a new
# one, so it is dropped at once; past this many active users the least recent go first.
COOLDOWN_USERS = 10_000

EXTENSIONS = (
    "cogs.admin",
    "cogs.daily",
    "cogs.essays",
    "cogs.perspectives",
    "cogs.quotes",
    "cogs.verify",
)


class Cooldowns:
    """Each user's command budget (``rate`` per ``per`` seconds), in bounded memory.

    A budget untouched for ``per`` seconds is the same as a fresh one, so it is forgotten then;
    past ``maxsize`` users at once, the least recently active are forgotten first.
    """

    def __init__(
        self,
        rate: int,
        per: float,
        maxsize: int = COOLDOWN_USERS,
        clock: Callable[[], float] = lambda: time.monotonic(),  # SimCord's virtual time
    ) -> None:
        self.rate, self.per, self.clock = rate, per, clock
        self.buckets: TTLCache[int, app_commands.Cooldown] = TTLCache(maxsize, ttl=per, timer=clock)

    def spend(self, user_id: int) -> float | None:
        """Count one command; seconds to wait when the budget is spent, else None."""
        bucket = self.buckets.get(user_id)
        if bucket is None:
            bucket = app_commands.Cooldown(self.rate, self.per)
        self.buckets[user_id] = bucket  # re-set: the user is the most recent, kept ``per`` s
        return bucket.update_rate_limit(self.clock())


class CrosscutTree(app_commands.CommandTree["Crosscut"]):
    """Errors in one place, and a per-user budget of commands."""

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        # Autocomplete fires on every keystroke: never rate-limit it.
        if interaction.type is not discord.InteractionType.application_command:
            return True
        return await self.client.within_budget(interaction)

    async def on_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        original = getattr(error, "original", error)
        if isinstance(original, CrosscutError):
            message = str(original)
        elif isinstance(error, app_commands.MissingPermissions | app_commands.CheckFailure):
            message = "You don't have permission to do that here."
        elif isinstance(error, app_commands.TransformerError):
            message = f"I couldn't understand {as_typed(str(error.value))}."
        else:
            command = interaction.command.qualified_name if interaction.command else "?"
            log.error("Command %s failed", command, exc_info=original)
            message = SOMETHING_WRONG
        await send_ephemeral(interaction, message)


SOMETHING_WRONG = "Something went wrong on my side; it has been logged."


async def answer_error(interaction: discord.Interaction, error: Exception, what: str) -> None:
    """A button's, view's or modal's error, said privately: a domain error in its own words,
    anything else logged as ``what`` failing (their callbacks never reach the tree's on_error)."""
    if isinstance(error, CrosscutError):
        await send_ephemeral(interaction, str(error))
        return
    log.error("%s failed", what, exc_info=error)
    await send_ephemeral(interaction, SOMETHING_WRONG)


async def send_ephemeral(interaction: discord.Interaction, message: str) -> None:
    """Reply privately whether or not the interaction was already answered."""
    if interaction.response.is_done():
        await interaction.followup.send(message, ephemeral=True)
    else:
        await interaction.response.send_message(message, ephemeral=True)


class Crosscut(commands.AutoShardedBot):
    store: Store
    search: Search

    def __init__(self, config: Config) -> None:
        self.config = config
        # No privileged intents: slash commands and context menus bring their own data.
        intents = discord.Intents.default()
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents,
            tree_cls=CrosscutTree,
            help_command=None,
            allowed_mentions=discord.AllowedMentions.none(),
            # Discord refuses a bot in 2,500+ servers without shards. None: Discord's
            # recommended count, all in this process (see README, "Sharding and SQLite").
            shard_count=config.shard_count,
            shard_ids=list(config.shard_ids) if config.shard_ids is not None else None,
        )
        # The scheduler asks this for "now" (aware UTC). discord.utils.utcnow follows a
        # simulated clock under SimCord; tests may also replace it outright.
        self.clock: Callable[[], datetime] = discord.utils.utcnow
        self.cooldowns = Cooldowns(config.cooldown_rate, config.cooldown_seconds)

    async def within_budget(self, interaction: discord.Interaction) -> bool:
        """Spend one of the user's commands (slash or button); if none is left, say when."""
        retry_after = self.cooldowns.spend(interaction.user.id)
        if retry_after:
            # Rounded up: "try again in 0 s" would be a lie the user acts on.
            await send_ephemeral(
                interaction, f"Slow down: try again in {math.ceil(retry_after)} s."
            )
            return False
        return True

    async def setup_hook(self) -> None:
        # Each cog registers its own persistent buttons (add_dynamic_items) in its setup.
        self.store = await Store.open(self.config.database_path)
        report = await self.store.essays.sync_bundled(load_directory(BUNDLED_ESSAYS))
        log.info("Bundled essays: %s", report)
        self.search = Search(self.store)
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        # What start-up made lives as long as the bot: keep it out of the collector's full
        # passes, which otherwise stall the event loop for hundreds of ms under load.
        gc.freeze()
        await self.sync_commands()

    async def sync_commands(self, *, force: bool = False) -> bool:
        """Sync the command tree only when it changed (or when forced): syncs are rate-limited."""
        guild = discord.Object(self.config.dev_guild_id) if self.config.dev_guild_id else None
        if guild:
            self.tree.copy_global_to(guild=guild)
        payload = [c.to_dict(self.tree) for c in self.tree.get_commands(guild=guild)]
        digest = hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()
        key = f"command_hash:{guild.id if guild else 'global'}"
        if not force and await self.store.get_meta(key) == digest:
            log.info("Command tree unchanged; not syncing")
            return False
        synced = await self.tree.sync(guild=guild)
        await self.store.set_meta(key, digest)
        log.info("Synced %d commands %s", len(synced), f"to guild {guild.id}" if guild else "")
        return True

    async def close(self) -> None:
        await super().close()
        if hasattr(self, "store"):
            await self.store.close()


def create_bot(config: Config) -> Crosscut:
    return Crosscut(config)


def run_bot(config: Config) -> None:
    token = config.require_token()
    try:
        asyncio.run(_serve(create_bot(config), token))
    except discord.LoginFailure as error:
        raise ConfigError(
            "Discord refused DISCORD_TOKEN. Copy the bot token again from the Developer Portal "
            "(Bot \u2192 Reset Token) into .env."
        ) from error
    except (OSError, aiohttp.ClientError, discord.GatewayNotFound, discord.HTTPException) as error:
        # OSError covers DNS failures and refused or reset connections.
        raise DiscordUnreachable(
            f"I couldn't reach Discord ({type(error).__name__}: {error}). Check the network "
            "and try again; the offline commands (python -m bot --help) work meanwhile."
        ) from error


async def _serve(bot: Crosscut, token: str) -> None:
    # Hosts that read a Procfile stop workers with SIGTERM: close the gateway and database.
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, lambda: asyncio.ensure_future(bot.close()))
    async with bot:
        await bot.start(token)
