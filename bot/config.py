"""Configuration: read the environment once, typed, and fail fast with a clear message."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import find_dotenv, load_dotenv
from platformdirs import user_data_path

from bot.errors import ConfigError

TOKEN_HELP = (
    "DISCORD_TOKEN is not set, so the bot cannot connect to Discord.\n"
    "  - To run the bot: create an application at https://discord.com/developers/applications,\n"
    "    copy its bot token into .env (see README.md, 'Discord setup').\n"
    "  - To try Crosscut offline right now, no token needed:\n"
    '      python -m bot quote "going out for a burrito"\n'
    '      python -m bot counter "Sora will let anyone become a great director"\n'
    "      python -m bot perspective westenberg\n"
    "      python -m bot --help"
)


def default_database_path() -> Path:
    """Where the database lives when DATABASE_PATH is unset: one per user, in the platform's
    data folder (~/.local/share/crosscut on Linux, ~/Library/Application Support/crosscut on
    macOS, %LOCALAPPDATA%\\crosscut on Windows), so the bot and the CLI share it wherever
    they are run from."""
    return user_data_path("crosscut", appauthor=False) / "crosscut.db"


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


@dataclass(frozen=True)
class Config:
    token: str | None = field(default=None, repr=False)  # never logged
    database_path: Path = field(default_factory=default_database_path)
    dev_guild_id: int | None = None
    log_level: str = "INFO"
    allow_private_urls: bool = False
    # Per-user command budget: this many commands per window, then "slow down".
    cooldown_rate: int = 5
    cooldown_seconds: float = 10.0
    # Sharding: None lets Discord recommend a count and this process runs every shard. A bot in
    # many servers can run shard ranges in separate processes: the same SHARD_COUNT in each,
    # and each its own SHARD_IDS.
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None

    def __post_init__(self) -> None:
        if self.shard_ids is not None:
            if self.shard_count is None:
                raise ConfigError("SHARD_IDS needs SHARD_COUNT (the total across processes).")
            wrong = [i for i in self.shard_ids if not 0 <= i < self.shard_count]
            if wrong or not self.shard_ids:
                raise ConfigError(
                    f"SHARD_IDS must be shard numbers from 0 to {self.shard_count - 1}, "
                    f"got {wrong or 'none'}."
                )

    def runs_shard_of(self, guild_id: int) -> bool:
        """Whether this process's shards include ``guild_id``'s (Discord's formula): work
        tied to a server, such as its daily post, is done by exactly one process."""
        if self.shard_ids is None or self.shard_count is None:
            return True
        return (guild_id >> 22) % self.shard_count in self.shard_ids

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Config:
        """Build from ``env`` (default: the process environment after loading ``.env``)."""
        if env is None:
            # .env from the working directory (or a parent); real environment variables win.
            load_dotenv(find_dotenv(usecwd=True))
            env = dict(os.environ)
        return cls(
            token=env.get("DISCORD_TOKEN") or None,
            database_path=Path(env.get("DATABASE_PATH") or default_database_path()),
            dev_guild_id=_int(env, "DEV_GUILD_ID"),
            log_level=_log_level(env.get("LOG_LEVEL") or "INFO"),
            allow_private_urls=_bool(env, "ALLOW_PRIVATE_URLS"),
            shard_count=_shard_count(env),
            shard_ids=_shard_ids(env),
        )

    def require_token(self) -> str:
        if not self.token:
            raise ConfigError(TOKEN_HELP)
        return self.token


def _int(env: dict[str, str], key: str) -> int | None:
    raw = (env.get(key) or "").strip()
    if not raw:
        return None
    if not raw.isdigit():
        raise ConfigError(f"{key} must be a Discord ID (digits only), got {raw!r}.")
    return int(raw)


def _bool(env: dict[str, str], key: str) -> bool:
    raw = (env.get(key) or "").strip().lower()
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    raise ConfigError(f"{key} must be true or false, got {raw!r}.")


def _log_level(raw: str) -> str:
    level = raw.strip().upper()
    if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
        raise ConfigError(f"LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, got {raw!r}.")
    return level


def _shard_count(env: dict[str, str]) -> int | None:
    count = _int(env, "SHARD_COUNT")
    if count == 0:
        raise ConfigError("SHARD_COUNT must be at least 1.")
    return count


def _shard_ids(env: dict[str, str]) -> tuple[int, ...] | None:
    """``0-3`` (a range, both ends included), ``4,5,7`` or a mix of both."""
    raw = (env.get("SHARD_IDS") or "").strip()
    if not raw:
        return None
    ids: list[int] = []
    for part in raw.split(","):
        first, _, last = part.strip().partition("-")
        if not first.isdigit() or (last and not last.isdigit()):
            raise ConfigError(f"SHARD_IDS must look like 0-3 or 0,1,4, got {raw!r}.")
        ids += range(int(first), int(last or first) + 1)
    return tuple(sorted(set(ids)))
