"""Configuration is read once, typed, and fails fast with a clear message."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

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
