"""Perspective of the day: the choice, the due-ness across restarts and daylight saving, and
the claim-before-send record, on the real bundled essays and a real SQLite store.

Time is an argument (``now``) everywhere, so the tests walk through days and DST changes by
calling ``daily.tick`` at chosen instants: no sleeping, no patched clocks.
"""

from __future__ import annotations

import ast
import asyncio
import itertools
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot import daily
from bot.corpus import EssayDoc, parse_essay
from bot.daily import DailyPick, DestinationGone, PublishFailed
from bot.store import GuildSettings, Store

GUILD = 111
OTHER = 222
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


class Channel:
    """Stands in for Discord: remembers what was posted, or fails the way it is told to."""

    def __init__(self) -> None:
        self.posts: list[tuple[int, DailyPick]] = []
        self.fail: dict[int, Exception] = {}

    async def publish(self, settings: GuildSettings, pick: DailyPick) -> int:
        if settings.guild_id in self.fail:
            raise self.fail[settings.guild_id]
        self.posts.append((settings.guild_id, pick))
        return 9000 + len(self.posts)

    def days(self, guild_id: int = GUILD) -> list[date]:
        return [pick.day for g, pick in self.posts if g == guild_id]

    def picks(self, guild_id: int = GUILD) -> list[DailyPick]:
        return [pick for g, pick in self.posts if g == guild_id]


async def schedule(
    store: Store, guild_id: int = GUILD, *, at: str = "09:00", tz: str = "Europe/Berlin", **more
) -> GuildSettings:
    return await store.settings.update(
        guild_id,
        potd_channel_id=guild_id * 10,
        potd_time=at,
        potd_timezone=tz,
        potd_enabled=True,
        **more,
    )


def every(start: datetime, end: datetime, step: timedelta) -> Iterator[datetime]:
    now = start
    while now <= end:
        yield now
        now += step


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def local(tz: ZoneInfo, *args: int, fold: int = 0) -> datetime:
    return datetime(*args, tzinfo=tz, fold=fold).astimezone(UTC)


# -- choice ------------------------------------------------------------------------------


async def test_eligible_skips_neutral_short_and_quoted(store: Store) -> None:
    passages = await store.passages.visible(GUILD)
    pool = daily.eligible(passages)
    assert pool
    assert {p.stance for p in pool} == {"optimistic", "skeptical"}
    assert all(len(p.text) >= daily.MIN_CHARS and p.quoted_from is None for p in pool)
    # The bundled set has each kind of passage the pool must leave out.
    assert any(p.stance == "neutral" for p in passages)
    assert any(p.quoted_from for p in passages)
    short = [p for p in passages if p.stance != "neutral" and len(p.text) < daily.MIN_CHARS]
    assert short
    assert not {p.id for p in short} & {p.id for p in pool}


async def test_quoted_opinionated_passage_is_never_picked(store: Store) -> None:
    doc = parse_essay(
        "---\ntitle: A quoting essay\nauthor: Quoter\nstance: skeptical\n---\n\n"
        "<!-- stance: optimistic; quoting: Someone Else, Somewhere -->\n"
        "This line is somebody else's optimistic words about video tools, quoted at length "
        "so that it would be long enough to be picked.\n",
        "quoting-essay",
    )
    essay_id = await store.essays.save(doc, guild_id=GUILD, source="cli")
    settings = await schedule(store)
    picks = await daily.upcoming(store, settings, date(2026, 1, 1), 120)
    assert all(p.passage.essay_id != essay_id for p in picks)


async def test_thirty_days_no_repeat_alternating_stances_and_speakers(store: Store) -> None:
    await schedule(store)
    channel = Channel()
    start = local(BERLIN, 2026, 4, 1, 0, 0)
    settings = await store.settings.get(GUILD)
    preview = await daily.upcoming(store, settings, date(2026, 4, 1), 30)
    for now in every(start, start + timedelta(days=30) - timedelta(minutes=1), timedelta(hours=1)):
        await daily.tick(store, now, channel.publish)

    picks = channel.picks()
    assert [p.day for p in picks] == [date(2026, 4, 1) + timedelta(days=i) for i in range(30)]
    ids = [p.passage.id for p in picks]
    assert_speakers_rotate_their_passages(picks)
    stances = [p.passage.stance for p in picks]
    assert all(a != b for a, b in itertools.pairwise(stances))
    speakers = [p.passage.speaker for p in picks]
    assert all(a != b for a, b in itertools.pairwise(speakers))
    # What the moderators previewed on day one is what the server got.
    assert [p.passage.id for p in preview] == ids
    history = await store.daily.history(GUILD)
    assert [r.passage_id for r in history] == ids
    assert all(r.message_id for r in history)


def assert_speakers_rotate_their_passages(picks: list[DailyPick]) -> None:
    """No passage repeats before its speaker's other passages of that stance were posted."""
    pool = {}
    for pick in picks:
        pool.setdefault((pick.passage.speaker, pick.passage.stance), set())
    posted: dict[tuple[str, str], list[int]] = {key: [] for key in pool}
    for pick in picks:
        p = pick.passage
        posted[(p.speaker, p.stance)].append(p.id)
    for key, ids in posted.items():
        size = len(set(ids))
        for start in range(0, len(ids), size):
            chunk = ids[start : start + size]
            assert len(set(chunk)) == len(chunk), f"{key} repeated a passage early: {ids}"


def assert_authors_take_turns(speakers: list[str], everyone: set[str]) -> None:
    """Nobody appears twice before everyone has appeared (round by round)."""
    seen: set[str] = set()
    for day, speaker in enumerate(speakers):
        if speaker in seen:
            missing = everyone - seen
            assert not missing, f"day {day}: {speaker} again before {sorted(missing)}"
            seen = set()
        seen.add(speaker)
        if seen == everyone:
            seen = set()


async def test_every_author_appears_before_any_repeats_over_fourteen_days(store: Store) -> None:
    pool = daily.eligible(await store.passages.visible(GUILD))
    everyone = {p.speaker for p in pool}
    assert len(everyone) >= 5  # the bundled corpus: enough authors to make this a test
    for guild_id, start in ((GUILD, date(2026, 1, 1)), (OTHER, date(2026, 7, 19)), (7, None)):
        settings = await schedule(store, guild_id)
        first = start or date(2026, 3, 3)
        picks = await daily.upcoming(store, settings, first, 60)
        speakers = [p.passage.speaker for p in picks]
        for offset in range(0, 60 - 14 + 1):
            window = speakers[offset : offset + 14]
            assert set(window) == everyone, f"days {offset}-{offset + 13}: {window}"
        assert_authors_take_turns(speakers, everyone)
        stances = [p.passage.stance for p in picks]
        assert all(a != b for a, b in itertools.pairwise(stances))
        assert all(a != b for a, b in itertools.pairwise(speakers))


async def test_authors_take_turns_in_a_server_with_its_own_essays(store: Store) -> None:
    """A server's own author joins the round at once, whatever was posted before."""
    settings = await schedule(store)
    channel = Channel()
    for offset in range(4):
        await daily.post_day(
            store, settings, date(2026, 1, 1) + timedelta(days=offset), channel.publish
        )
    doc = parse_essay(
        "---\ntitle: Local view\nauthor: Local Critic\nstance: optimistic\n---\n\n"
        "Cheap cameras never killed cinema, and cheap generated shots will not kill it "
        "either; they will give more people a way to start.\n",
        "local-view",
    )
    await store.essays.save(doc, guild_id=GUILD, source="cli")
    picks = await daily.upcoming(store, settings, date(2026, 1, 5), 10)
    speakers = [p.speaker for p in daily.eligible(await store.passages.visible(GUILD))]
    assert "Local Critic" in [p.passage.speaker for p in picks[:6]]
    assert len(set(speakers)) == 6


async def test_each_speakers_passages_rotate_before_any_repeats(store: Store) -> None:
    settings = await schedule(store)
    pool = daily.eligible(await store.passages.visible(GUILD))
    picks = await daily.upcoming(store, settings, date(2026, 1, 1), 5 * len(pool))
    assert_speakers_rotate_their_passages(picks)
    # Every eligible passage gets its day (each author one day in five or so), and never
    # the same one two days running.
    assert {p.passage.id for p in picks} == {p.id for p in pool}
    ids = [p.passage.id for p in picks]
    assert all(a != b for a, b in itertools.pairwise(ids))


async def test_pick_is_deterministic_and_differs_between_servers(store: Store) -> None:
    one = await schedule(store, GUILD)
    two = await schedule(store, OTHER)
    a = [p.passage.id for p in await daily.upcoming(store, one, date(2026, 5, 1), 10)]
    b = [p.passage.id for p in await daily.upcoming(store, one, date(2026, 5, 1), 10)]
    c = [p.passage.id for p in await daily.upcoming(store, two, date(2026, 5, 1), 10)]
    assert a == b
    assert a != c


async def test_upcoming_records_nothing(store: Store) -> None:
    settings = await schedule(store)
    await daily.upcoming(store, settings, date(2026, 1, 1), 60)
    assert await store.daily.history(GUILD) == []


async def test_upcoming_continues_from_history(store: Store) -> None:
    settings = await schedule(store)
    channel = Channel()
    day = date(2026, 6, 1)
    await daily.post_day(store, settings, day, channel.publish)
    posted = channel.picks()[0]
    ahead = await daily.upcoming(store, settings, day, 3)
    assert ahead[0].posted
    assert ahead[0].passage.id == posted.passage.id
    assert not ahead[1].posted
    assert ahead[1].passage.stance == daily.OPPOSITE[posted.passage.stance]
    assert ahead[1].passage.id != posted.passage.id


async def test_pair_shows_both_sides_with_the_first_side_alternating(store: Store) -> None:
    settings = await schedule(store, potd_format="pair")
    picks = await daily.upcoming(store, settings, date(2026, 2, 1), 6)
    firsts = [p.sides[0].stance for p in picks]
    assert all(a != b for a, b in itertools.pairwise(firsts))
    for pick in picks:
        first, second = pick.sides
        assert second.stance == daily.OPPOSITE[first.stance]
        assert second in daily.eligible([second])


# -- due-ness and daylight saving --------------------------------------------------------


@pytest.mark.parametrize(
    ("tz", "day", "at", "expected_utc"),
    [
        # Berlin springs forward 02:00 -> 03:00: 02:30 does not exist; post at 03:00 CEST.
        ("Europe/Berlin", date(2026, 3, 29), time(2, 30), utc(2026, 3, 29, 1, 0)),
        # Berlin falls back 03:00 -> 02:00: 02:30 happens twice; the first (CEST) counts.
        ("Europe/Berlin", date(2026, 10, 25), time(2, 30), utc(2026, 10, 25, 0, 30)),
        ("America/New_York", date(2026, 3, 8), time(2, 30), utc(2026, 3, 8, 7, 0)),
        ("America/New_York", date(2026, 11, 1), time(1, 30), utc(2026, 11, 1, 5, 30)),
        ("Europe/Berlin", date(2026, 3, 29), time(9, 0), utc(2026, 3, 29, 7, 0)),
        ("Europe/Berlin", date(2026, 3, 28), time(9, 0), utc(2026, 3, 28, 8, 0)),
    ],
)  # fmt: skip
def test_post_instant_handles_gaps_and_repeats(
    tz: str, day: date, at: time, expected_utc: datetime
) -> None:
    assert daily.post_instant(day, at, ZoneInfo(tz)) == expected_utc


@pytest.mark.parametrize(
    ("tz", "at", "first_day"),
    [
        ("Europe/Berlin", "09:00", date(2026, 3, 27)),
        ("Europe/Berlin", "02:30", date(2026, 3, 27)),  # nonexistent on the 29th
        ("Europe/Berlin", "02:30", date(2026, 10, 23)),  # happens twice on the 25th
        ("Europe/Berlin", "00:00", date(2026, 10, 23)),
        ("America/New_York", "09:00", date(2026, 3, 6)),
        ("America/New_York", "02:30", date(2026, 3, 6)),  # nonexistent on the 8th
        ("America/New_York", "01:30", date(2026, 10, 30)),  # happens twice on Nov 1st
        ("America/New_York", "23:59", date(2026, 10, 30)),
    ],
)
async def test_dst_change_posts_exactly_once_a_day(
    store: Store, tz: str, at: str, first_day: date
) -> None:
    """Five local days around a change, every minute on the day of the change (every 20
    minutes on the others): exactly one post per local date."""
    zone = ZoneInfo(tz)
    await schedule(store, at=at, tz=tz)
    channel = Channel()
    change = first_day + timedelta(days=2)

    def midnight(day: date) -> datetime:
        return datetime.combine(day, time(0, 0), zone).astimezone(UTC)

    end = midnight(first_day + timedelta(days=5))
    instants = {
        *every(midnight(first_day), end, timedelta(minutes=20)),
        *every(midnight(change), midnight(change + timedelta(days=1)), timedelta(minutes=1)),
    }
    for i in range(5):  # and the minutes around each day's post time, as the loop would
        instant = daily.post_instant(first_day + timedelta(days=i), daily.parse_time(at), zone)
        instants |= {instant + timedelta(seconds=s) for s in (-30, 0, 30, 60)}
    for now in sorted(instants):
        if midnight(first_day) <= now < end:
            await daily.tick(store, now, channel.publish)
    assert channel.days() == [first_day + timedelta(days=i) for i in range(5)]
    [on_change] = [r for r in await store.daily.history(GUILD) if r.local_date == str(change)]
    assert on_change.message_id


async def test_restart_around_post_time_posts_exactly_once(
    db_path: Path, bundled: list[EssayDoc]
) -> None:
    channel = Channel()
    nine = local(BERLIN, 2026, 7, 14, 9, 0)

    store = await Store.open(db_path)
    await store.essays.sync_bundled(bundled)
    await schedule(store)
    assert await daily.tick(store, nine - timedelta(seconds=1), channel.publish) == []
    await store.close()  # the bot goes down at 08:59:59 ...

    store = await Store.open(db_path)  # ... and is back at 09:00:01
    outcomes = await daily.tick(store, nine + timedelta(seconds=1), channel.publish)
    assert [o.status for o in outcomes] == ["posted"]
    await store.close()

    store = await Store.open(db_path)  # and restarts once more within the same minute
    assert await daily.tick(store, nine + timedelta(seconds=2), channel.publish) == []
    assert await daily.tick(store, nine + timedelta(hours=5), channel.publish) == []
    await store.close()
    assert channel.days() == [date(2026, 7, 14)]


async def test_two_ticks_at_once_post_once(store: Store) -> None:
    await schedule(store)
    channel = Channel()
    now = local(BERLIN, 2026, 7, 14, 9, 0, 30)
    await asyncio.gather(*(daily.tick(store, now, channel.publish) for _ in range(5)))
    assert channel.days() == [date(2026, 7, 14)]


async def test_down_all_morning_posts_once_on_return_and_never_for_past_days(
    store: Store,
) -> None:
    await schedule(store)
    channel = Channel()
    # Up on the 1st at 10:00: that day's post goes out late but goes out.
    await daily.tick(store, local(BERLIN, 2026, 9, 1, 10, 0), channel.publish)
    # Down from then until the 3rd at 08:00 (before post time): nothing for the 2nd, ever.
    await daily.tick(store, local(BERLIN, 2026, 9, 3, 8, 0), channel.publish)
    assert channel.days() == [date(2026, 9, 1)]
    # Down all morning of the 3rd, back at 13:37: one post, then quiet for the day.
    for now in every(
        local(BERLIN, 2026, 9, 3, 13, 37), local(BERLIN, 2026, 9, 3, 23, 59), timedelta(minutes=1)
    ):
        await daily.tick(store, now, channel.publish)
    assert channel.days() == [date(2026, 9, 1), date(2026, 9, 3)]
    assert [r.local_date for r in await store.daily.history(GUILD)] == ["2026-09-01", "2026-09-03"]


async def test_crash_between_claim_and_send_never_doubles(store: Store) -> None:
    await schedule(store)
    channel = Channel()
    now = local(BERLIN, 2026, 7, 14, 9, 1)
    channel.fail[GUILD] = ConnectionResetError("connection lost mid-request")
    assert await daily.tick(store, now, channel.publish) == []  # logged, loop goes on
    del channel.fail[GUILD]
    await daily.tick(store, now + timedelta(minutes=1), channel.publish)
    assert channel.days() == []  # the day stays claimed: maybe sent, so never sent twice
    record = await store.daily.get(GUILD, "2026-07-14")
    assert record is not None
    assert record.message_id is None


async def test_refused_send_is_retried_next_minute(store: Store) -> None:
    await schedule(store)
    channel = Channel()
    now = local(BERLIN, 2026, 7, 14, 9, 1)
    channel.fail[GUILD] = PublishFailed("Discord refused the post (429).")
    [outcome] = await daily.tick(store, now, channel.publish)
    assert outcome.status == "failed"
    assert await store.daily.get(GUILD, "2026-07-14") is None
    del channel.fail[GUILD]
    await daily.tick(store, now + timedelta(minutes=1), channel.publish)
    assert channel.days() == [date(2026, 7, 14)]
    assert (await store.settings.get(GUILD)).potd_enabled


async def test_missing_channel_disables_and_other_servers_still_post(store: Store) -> None:
    await schedule(store, GUILD)
    await schedule(store, OTHER, tz="America/New_York")
    await schedule(store, 333)
    channel = Channel()
    channel.fail[GUILD] = DestinationGone("The daily post's channel was deleted.")
    channel.fail[333] = RuntimeError("a bug in one server's post")
    now = datetime(2026, 7, 14, 18, 0, tzinfo=UTC)
    outcomes = await daily.tick(store, now, channel.publish)
    assert {(o.guild_id, o.status) for o in outcomes} == {(GUILD, "disabled"), (OTHER, "posted")}
    assert channel.days(OTHER) == [date(2026, 7, 14)]

    settings = await store.settings.get(GUILD)
    assert not settings.potd_enabled
    assert settings.potd_problem == "The daily post's channel was deleted."
    assert settings.potd_channel_id == GUILD * 10  # kept, so moderators see what it was
    assert await store.daily.get(GUILD, "2026-07-14") is None  # the day was given back
    assert GUILD not in {s.guild_id for s in await store.settings.schedules()}

    # Re-enabling (what /potd channel does) clears the problem and posts the same day.
    del channel.fail[GUILD]
    await store.settings.update(GUILD, potd_channel_id=5, potd_enabled=True, potd_problem=None)
    await daily.tick(store, now + timedelta(minutes=1), channel.publish)
    assert channel.days(GUILD) == [date(2026, 7, 14)]


async def test_switched_off_server_gets_nothing(store: Store) -> None:
    await schedule(store)
    await store.settings.update(GUILD, potd_enabled=False)
    channel = Channel()
    await daily.tick(store, datetime(2026, 7, 14, 12, 0, tzinfo=UTC), channel.publish)
    assert channel.posts == []


def test_next_post_and_due_date() -> None:
    settings = GuildSettings(GUILD, potd_time="09:00", potd_timezone="Europe/Berlin")
    before = local(BERLIN, 2026, 7, 14, 8, 0)
    after = local(BERLIN, 2026, 7, 14, 10, 0)
    assert daily.due_date(settings, before) is None
    assert daily.due_date(settings, after) == date(2026, 7, 14)
    assert daily.next_post(settings, before, posted_today=False) == local(BERLIN, 2026, 7, 14, 9, 0)
    assert daily.next_post(settings, after, posted_today=False) == after
    assert daily.next_post(settings, after, posted_today=True) == local(BERLIN, 2026, 7, 15, 9, 0)
    # Just before local midnight the date is still the 14th, whatever UTC says.
    late = local(BERLIN, 2026, 7, 14, 23, 59)
    assert late.date() == date(2026, 7, 14)
    assert daily.due_date(settings, late) == date(2026, 7, 14)


@pytest.mark.parametrize("text", ["9", "25:00", "09:60", "9am", "", "09:5", "-1:00"])
def test_bad_times_are_explained(text: str) -> None:
    with pytest.raises(daily.ScheduleError, match="HH:MM"):
        daily.parse_time(text)


@pytest.mark.parametrize(("text", "parsed"), [("09:00", time(9)), ("9:05", time(9, 5))])
def test_times_parse(text: str, parsed: time) -> None:
    assert daily.parse_time(text) == parsed


@pytest.mark.parametrize("name", ["Mars/Olympus", "europe/berlin ", "../etc/passwd", ""])
def test_bad_time_zones_are_explained(name: str) -> None:
    with pytest.raises(daily.ScheduleError, match="IANA"):
        daily.zone(name)


def test_time_zone_names_for_autocomplete() -> None:
    names = daily.timezones()
    assert "Europe/Berlin" in names
    assert "America/New_York" in names
    assert list(names) == sorted(names)


# -- store section -----------------------------------------------------------------------


async def test_settings_defaults_and_update(store: Store) -> None:
    assert await store.settings.get(GUILD) == GuildSettings(GUILD)
    updated = await store.settings.update(GUILD, potd_time="18:30", potd_thread=True)
    assert updated.potd_time == "18:30"
    assert updated.potd_thread is True
    assert await store.settings.get(GUILD) == updated
    with pytest.raises(ValueError, match="unknown"):
        await store.settings.update(GUILD, potd_colour="red")


async def test_claim_is_unique_per_server_and_date(store: Store) -> None:
    kwargs = {"passage_id": 1, "essay_id": 1, "stance": "optimistic", "author": "A"}
    assert await store.daily.claim(GUILD, "2026-01-01", channel_id=1, **kwargs)
    assert not await store.daily.claim(GUILD, "2026-01-01", channel_id=1, **kwargs)
    assert await store.daily.claim(OTHER, "2026-01-01", channel_id=1, **kwargs)
    await store.daily.set_message(GUILD, "2026-01-01", 77)
    await store.daily.release(GUILD, "2026-01-01")  # sent: release must not undo it
    record = await store.daily.get(GUILD, "2026-01-01")
    assert record is not None
    assert record.message_id == 77


def test_domain_module_does_not_import_discord() -> None:
    tree = ast.parse(Path(daily.__file__).read_text())
    names = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    names |= {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert not any(name.split(".")[0] == "discord" for name in names)


async def test_two_shard_processes_over_one_database_post_once_per_server(
    store: Store, db_path: Path
) -> None:
    """Shard ranges in two processes (SHARD_COUNT=2, SHARD_IDS=0 and 1): each has its own
    connection to the one database; every server is posted once, by its own shard's process."""
    from bot.config import Config

    guilds = [(n << 22) + 777 for n in range(1, 11)]  # shards 1, 0, 1, 0, ...
    for guild_id in guilds:
        await schedule(store, guild_id)
    processes = [Config(shard_count=2, shard_ids=(shard,)) for shard in (0, 1)]
    channels = [Channel(), Channel()]
    other = await Store.open(db_path)
    try:
        stores = [store, other]
        now = local(BERLIN, 2026, 7, 14, 9, 0, 30)
        for minute in range(3):  # both wake every minute, at the same instants
            await asyncio.gather(
                *(
                    daily.tick(s, now + timedelta(minutes=minute), c.publish, config.runs_shard_of)
                    for s, c, config in zip(stores, channels, processes, strict=True)
                )
            )
        wakes = [
            await daily.next_wake(s, now, config.runs_shard_of)
            for s, config in zip(stores, processes, strict=True)
        ]
    finally:
        await other.close()
    for guild_id in guilds:
        posted_by = [i for i, c in enumerate(channels) if c.days(guild_id)]
        assert posted_by == [(guild_id >> 22) % 2]
        assert sum(len(c.days(guild_id)) for c in channels) == 1
    assert all(wake is not None and wake > now for wake in wakes)  # both done for today


# -- the choice by speaker groups == the first version, passage by passage --------------------


def _choose_by_scan(guild_id: int, day: date, pool: list, history: list) -> int | None:
    """The choice as first written: every eligible passage looked at on every day."""
    from bot.daily import ELIGIBLE_STANCES, OPPOSITE, _seed, round_seen

    if not pool:
        return None
    history = [h for h in history if h.day < day]
    last = history[-1] if history else None
    if last and last.stance in OPPOSITE:
        stance = OPPOSITE[last.stance]
    else:
        stance = ELIGIBLE_STANCES[_seed(guild_id, "first") % 2]
    side = [p for p in pool if p.stance == stance] or pool
    sides_of: dict[str, set[str]] = {}
    for p in pool:
        sides_of.setdefault(p.speaker, set()).add(p.stance)
    seen = round_seen(history, set(sides_of))
    speakers = {p.speaker for p in side}
    fresh = speakers - seen
    if last and len(speakers) > 1:
        speakers.discard(last.speaker)
        fresh.discard(last.speaker)
    last_day = {post.speaker: post.day for post in history}
    last_side = {(post.speaker, post.stance): post.day for post in history}

    def turn(speaker: str) -> tuple:
        return (
            speaker in fresh,
            -len(sides_of[speaker]),
            -last_side.get((speaker, stance), date.min).toordinal(),
            -last_day.get(speaker, date.min).toordinal(),
            _seed(guild_id, day, speaker),
        )

    speaker = max(speakers, key=turn)
    own = [p for p in side if p.speaker == speaker]
    wanted, used = {p.id for p in own}, set()
    for post in (h for h in history if h.speaker == speaker):
        if post.passage_id not in wanted:
            continue
        if post.passage_id in used:
            used = set()
        used.add(post.passage_id)
        if wanted <= used:
            used = set()
    options = [p for p in own if p.id not in used] or own
    if last and len(options) > 1:
        options = [p for p in options if p.id != last.passage_id]
    return max(options, key=lambda p: _seed(guild_id, day, p.id)).id


async def test_the_grouped_choice_equals_the_passage_by_passage_one(store: Store) -> None:
    import random

    from bot.daily import Posted

    own = parse_essay(
        "---\ntitle: Ours\nauthor: Noam Kroll\nstance: skeptical\n---\n\n"
        + "\n\n".join(f"Paragraph {i} about film crews, cameras and what audiences pay for." * 2
                      for i in range(6)),
        "ours",
    )  # fmt: skip
    await store.essays.save(own, guild_id=GUILD, source="cli")
    bundled = await store.essays.visible(0)
    await store.essays.set_hidden(bundled[0].id, GUILD, True)
    pool = await daily.pool_for(store, GUILD)
    passages = daily.eligible(await store.passages.visible(GUILD))
    assert sorted(pool.where) == sorted(p.id for p in passages)
    by_id = {p.id: p for p in passages}
    rng = random.Random(4)
    for trial in range(40):
        history, day = [], date(2026, 1, 1)
        for _ in range(rng.randint(0, 2 * len(passages))):
            p = rng.choice(passages) if rng.random() < 0.3 else None
            chosen = p.id if p else daily.choose(GUILD + trial, day, pool, history)
            p = by_id[chosen]
            history.append(Posted(day, p.id, p.stance, p.speaker))
            day += timedelta(days=1)
        expected = _choose_by_scan(GUILD + trial, day, passages, history)
        assert daily.choose(GUILD + trial, day, pool, history) == expected
