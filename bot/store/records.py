"""The store's records: what a row becomes, and the SQL fragments that select them."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

GLOBAL = 0  # guild_id of essays every server sees


@dataclass(frozen=True)
class PassageRecord:
    """A stored passage with the citation it is always served with."""

    id: int
    essay_id: int
    position: int
    text: str
    stance: str
    topics: tuple[str, ...]
    stance_source: str
    quoted_from: str | None
    title: str
    author: str
    publication: str | None
    published: str | None
    url: str | None
    essay_stance: str
    guild_id: int

    @property
    def speaker(self) -> str:
        """Whose words these are: the essay's author unless the essay quotes someone."""
        return self.quoted_from or self.author


@dataclass(frozen=True)
class EssayRecord:
    id: int
    guild_id: int
    slug: str
    title: str
    author: str
    author_bio: str | None
    publication: str | None
    published: str | None
    url: str | None
    stance: str
    source: str
    passage_count: int


@dataclass(frozen=True)
class SyncReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0


@dataclass(frozen=True)
class GuildSettings:
    """A server's settings row (defaults when the server never changed anything)."""

    guild_id: int
    moderator_role_id: int | None = None
    potd_channel_id: int | None = None
    potd_time: str = "09:00"
    potd_timezone: str = "UTC"
    potd_enabled: bool = False
    potd_format: str = "single"
    potd_thread: bool = False
    potd_ping_role_id: int | None = None
    potd_problem: str | None = None


@dataclass(frozen=True)
class DailyPostRecord:
    """One day's perspective in a server: claimed before sending, message id after."""

    guild_id: int
    local_date: str  # YYYY-MM-DD in the server's time zone
    passage_id: int
    essay_id: int
    stance: str
    author: str  # whose words: the passage's speaker
    channel_id: int | None
    message_id: int | None
    created_at: float
    title: str | None  # None once the essay was removed


@dataclass(frozen=True)
class Suggestion:
    """A member's proposed essay: a URL, or a file's name and text."""

    id: int
    guild_id: int
    user_id: int
    source: str
    content: str | None
    status: str
    essay_id: int | None
    decided_by: int | None
    created_at: float


PASSAGE_COLUMNS = """
    p.id, p.essay_id, p.position, p.text, p.stance, p.topics, p.stance_source, p.quoted_from,
    e.title, e.author, e.publication, e.published, e.url, e.stance, e.guild_id
"""

# Bundled + this server's essays, minus the bundled ones this server hid.
VISIBLE = """
    (e.guild_id = 0 OR e.guild_id = ?1)
    AND NOT EXISTS (SELECT 1 FROM hidden_essays h WHERE h.guild_id = ?1 AND h.essay_id = e.id)
"""

# VISIBLE with positional parameters (guild, guild), for statements built from parts.
VISIBLE_POSITIONAL = """
    (e.guild_id = 0 OR e.guild_id = ?)
    AND NOT EXISTS (SELECT 1 FROM hidden_essays h WHERE h.guild_id = ? AND h.essay_id = e.id)
"""

ESSAY_COLUMNS = """
    e.id, e.guild_id, e.slug, e.title, e.author, e.author_bio, e.publication, e.published,
    e.url, e.stance, e.source, (SELECT COUNT(*) FROM passages p WHERE p.essay_id = e.id)
"""


def passage_record(row: sqlite3.Row | tuple) -> PassageRecord:
    topics = tuple(t for t in row[5].split(",") if t)
    return PassageRecord(*row[:5], topics, *row[6:])
