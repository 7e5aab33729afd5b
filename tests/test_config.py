"""Configuration is read once, typed, and fails fast with a clear message."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from dotenv import dotenv_values

from bot.config import Config, default_database_path
from bot.errors import ConfigError


def test_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # One database per user, in the platform's data folder (XDG_DATA_HOME on Linux), never
    # wherever the command happens to run.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    config = Config.from_env({})
    assert config.database_path == default_database_path()
    if sys.platform.startswith("linux"):
        assert config.database_path == tmp_path / "crosscut" / "crosscut.db"
    assert (config.token, config.dev_guild_id, config.allow_private_urls) == (None, None, False)


def test_a_copied_env_example_keeps_every_default() -> None:
    # README: "copy .env.example" to .env. Copied as it is, it must not move the database
    # into whatever folder the bot or the CLI is started from (the two would then differ).
    example = dotenv_values(Path(__file__).parents[1] / ".env.example")
    assert Config.from_env({k: v or "" for k, v in example.items()}) == Config()


def test_values_are_typed() -> None:
    config = Config.from_env(
        {
            "DISCORD_TOKEN": "abc",
            "DEV_GUILD_ID": "123",
            "ALLOW_PRIVATE_URLS": "yes",
            "LOG_LEVEL": "debug",
            "DATABASE_PATH": "/var/lib/crosscut.db",
        }
    )
    assert config.require_token() == "abc"
    assert config.dev_guild_id == 123
    assert config.allow_private_urls is True
    assert config.log_level == "DEBUG"
    assert config.database_path == Path("/var/lib/crosscut.db")


def test_token_never_appears_in_repr() -> None:
    assert "s3cret" not in repr(Config.from_env({"DISCORD_TOKEN": "s3cret"}))


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"ALLOW_PRIVATE_URLS": "maybe"}, "ALLOW_PRIVATE_URLS must be true or false"),
        ({"LOG_LEVEL": "loud"}, "LOG_LEVEL must be"),
        ({"DEV_GUILD_ID": "12a"}, "DEV_GUILD_ID must be a Discord ID"),
    ],
)
def test_bad_values_are_explained(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        Config.from_env(env)


def test_missing_token_explains_how_to_get_one() -> None:
    with pytest.raises(ConfigError, match="DISCORD_TOKEN is not set") as error:
        Config.from_env({}).require_token()
    assert "python -m bot quote" in str(error.value)


def test_shard_settings_are_read_as_count_and_ids() -> None:
    config = Config.from_env({"SHARD_COUNT": "8", "SHARD_IDS": "0-2, 6"})
    assert (config.shard_count, config.shard_ids) == (8, (0, 1, 2, 6))
    unsharded = Config.from_env({})
    assert (unsharded.shard_count, unsharded.shard_ids) == (None, None)


@pytest.mark.parametrize(
    ("env", "says"),
    [
        ({"SHARD_IDS": "0-1"}, "SHARD_COUNT"),
        ({"SHARD_COUNT": "2", "SHARD_IDS": "0-2"}, "from 0 to 1"),
        ({"SHARD_COUNT": "2", "SHARD_IDS": "one"}, "0-3"),
        ({"SHARD_COUNT": "0"}, "at least 1"),
    ],
)
def test_bad_shard_settings_fail_fast(env: dict[str, str], says: str) -> None:
    with pytest.raises(ConfigError, match=says):
        Config.from_env(env)


def test_a_server_belongs_to_exactly_one_shard_process() -> None:
    processes = [Config(shard_count=4, shard_ids=ids) for ids in ((0, 1), (2,), (3,))]
    for guild_id in [(n << 22) + 12345 for n in range(40)]:
        owners = [p for p in processes if p.runs_shard_of(guild_id)]
        assert len(owners) == 1
        assert (guild_id >> 22) % 4 in owners[0].shard_ids
    assert Config().runs_shard_of(7 << 22)  # unsharded: every server
