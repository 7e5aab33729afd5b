"""Perspective of the day: which passage a server gets on a date, and when it is due
(no discord import).

The choice is a pure function of the server, the local date, the passages the server can see
and the posts it already had, so ``/potd preview`` and the CLI show exactly what the schedule
will post. Rules, strongest first:

1. Stances alternate day by day (optimistic, skeptical, ...) while both are eligible.
2. Authors take turns: no speaker appears twice until every eligible speaker has appeared
   since the last full round (as far as the alternation allows), and never the same speaker
   two days running when another one is available.
3. A speaker's passages rotate: none repeats until all of that speaker's eligible passages
   have been posted (a prolific author does not crowd out the others to finish a rotation).

Eligible: optimistic or skeptical (never neutral), at least ``MIN_CHARS`` long, and the
essay's own words (a passage where the essay quotes someone else is left out).

Due-ness works on instants, not wall-clock strings: the post instant of a local date is its
post time in the server's zone, moved to the end of the gap when a daylight-saving jump skips
it and the first occurrence when a fall-back repeats it. A day is due once that instant has
passed and nothing is recorded for the date, so a change of offset can neither skip nor
double a day, and a bot that was down posts when it returns on the same local day only.
"""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from collections.abc import Awaitable, Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot.errors import CrosscutError, as_typed
from bot.store import GLOBAL, GuildSettings, KeptUntilSharedChange, PassageRecord, Store

log = logging.getLogger(__name__)

ELIGIBLE_STANCES = ("optimistic", "skeptical")
OPPOSITE = {"optimistic": "skeptical", "skeptical": "optimistic"}
MIN_CHARS = 80  # shorter lines make a thin daily post ("Great stuff.")
Format = Literal["single", "pair"]

# Discussion prompts by topic: fixed questions, never generated text.
PROMPTS = {
    "democratization": "Does cheaper image-making put more people behind the camera, "
    "or just more images on screen?",
    "creativity": "Where is the creative act in this: the idea, the prompt, the choices after?",
    "jobs": "Which jobs on a film set would this change first, and is that a loss or a shift?",
    "audience": "Would you watch it? What would make you care who made it?",
    "realism": "Does looking real make a shot better filmmaking, or just harder to doubt?",
    "studios": "Who gains more from this, the big studios or everyone else?",
    "indie": "If you made films on a shoestring, would this help you or bury you?",
    "length": "What can a one-minute clip do, and what can it never do?",
    "copyright": "Whose work is inside the tool, and should they have a say?",
    "tools": "Tool or replacement: where would you draw the line?",
    "education": "What should film students learn now that they didn't need before?",
    "hype": "Hype or turning point? What would change your mind?",
    "humanity": "What is the human part of a film that you would not hand over?",
    "stars": "Would an audience follow a performance nobody gave?",
    "quality": "More films or better films: which does this bring?",
    "history": "Which earlier revolution in cinema does this remind you of, if any?",
    "efficiency": "Faster and cheaper: what gets lost, and what gets made that wasn't before?",
}
DEFAULT_PROMPT = "Agree or disagree? Answer with a scene or a film you know."


class ScheduleError(CrosscutError):
    """A time, time zone or format setting that cannot be used."""


class PublishFailed(CrosscutError):
    """The message was certainly not sent (e.g. a rejected request): try again later."""


class DestinationGone(PublishFailed):
    """The channel is gone or the bot may not post there: the schedule is switched off."""


@dataclass(frozen=True)
class DailyPick:
    """One day's perspective: the passage, and in ``pair`` format the other side too."""

    day: date
    passage: PassageRecord
    counter: PassageRecord | None = None
    posted: bool = False  # True when this comes from the server's history, not a forecast

    @property
    def sides(self) -> tuple[PassageRecord, ...]:
        """The passages in the order they are shown: the day's stance first."""
        return (self.passage, self.counter) if self.counter else (self.passage,)

    @property
    def prompt(self) -> str:
        return discussion_prompt(self.passage, self.day)


@dataclass(frozen=True)
class Posted:
    """What the choice needs to know about an earlier day's post."""

    day: date
    passage_id: int
    stance: str
    speaker: str


# -- choice ------------------------------------------------------------------------------


def eligible(passages: Iterable[PassageRecord]) -> list[PassageRecord]:
    """Passages that can be a perspective of the day."""
    return [
        p
        for p in passages
        if p.stance in ELIGIBLE_STANCES and not p.quoted_from and len(p.text) >= MIN_CHARS
    ]


def _seed(*parts: object) -> int:
    """A stable pseudo-random number (hash() is salted per process; this is not)."""
    digest = hashlib.sha256(":".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:8], "big")


class Pool:
    """The eligible passages a server can see, as (stance, speaker) groups of passage ids.

    The choice takes turns between speakers and then looks at the chosen speaker's passages
    only, so a day's pick costs per speaker, not per passage (100,000 eligible passages at
    10,000 essays). The shared (bundled) part is read
    once per version of the shared essays' content and kept; see ``pool_for``.
    """

    def __init__(self) -> None:
        self.groups: dict[tuple[str, str], list[int]] = defaultdict(list)
        self.where: dict[int, tuple[str, str]] = {}  # passage id -> its group
        self.by_essay: dict[int, list[int]] = defaultdict(list)
        self._counts: _Counts | None = None

    def counts(self) -> _Counts:
        """Who is in the pool: the speakers of each side and the sides of each speaker,
        worked out once per pool (the choice reads them every day)."""
        if self._counts is None:
            by_side: dict[str, set[str]] = defaultdict(set)
            sides_of: dict[str, set[str]] = defaultdict(set)
            for side, speaker in self.groups:
                by_side[side].add(speaker)
                sides_of[speaker].add(side)
            self._counts = _Counts(dict(by_side), dict(sides_of), set(sides_of))
        return self._counts

    @classmethod
    async def read(cls, store: Store, guild_id: int) -> Pool:
        """The eligible passages of the essays stored for exactly ``guild_id`` (0: shared),
        read a page of essays at a time (the loop serves other commands between pages)."""
        pool, after = cls(), 0
        while rows := await store.index.eligible_rows(guild_id, min_chars=MIN_CHARS, after=after):
            for passage_id, essay_id, stance, speaker in rows:
                pool.groups[(stance, speaker)].append(passage_id)
                pool.where[passage_id] = (stance, speaker)
                pool.by_essay[essay_id].append(passage_id)
            after = rows[-1][1]
        return pool

    def __len__(self) -> int:
        return len(self.where)

    def seen_by(self, own: Pool, hidden: Iterable[int]) -> Pool:
        """This (shared) pool without the essays ``hidden`` and with a server's ``own``."""
        gone = {pid for essay_id in hidden for pid in self.by_essay.get(essay_id, ())}
        if not gone and not len(own):
            return self
        pool = Pool()
        pool.groups = defaultdict(list, self.groups)  # lists shared until changed below
        pool.where = {**self.where, **own.where}
        for pid in gone:
            del pool.where[pid]
        for group in {self.where[pid] for pid in gone}:
            pool.groups[group] = [pid for pid in self.groups[group] if pid not in gone]
            if not pool.groups[group]:
                del pool.groups[group]
        for group, ids in own.groups.items():
            pool.groups[group] = sorted([*pool.groups.get(group, ()), *ids])
        return pool


@dataclass(frozen=True)
class _Counts:
    by_side: dict[str, set[str]]  # side -> its speakers
    sides_of: dict[str, set[str]]  # speaker -> the sides they have passages on
    speakers: set[str]


def _current_round(keys: Iterable[Hashable], universe: set) -> set:
    """The keys (oldest first) seen in the current round over ``universe``.

    A round ends once every key of ``universe`` has appeared; a key appearing twice inside a
    round (forced, or the universe changed since) starts the next round with that key. Keys
    outside ``universe`` are ignored.
    """
    seen: set = set()
    for key in keys:
        if key not in universe:
            continue
        if key in seen:
            seen = set()
        seen.add(key)
        if universe <= seen:
            seen = set()
    return seen


def rotation_used(history: Sequence[Posted], pool: set[int]) -> set[int]:
    """Ids of ``pool`` already posted in the current rotation (every passage once, then again)."""
    return _current_round((post.passage_id for post in history), pool)


def round_seen(history: Sequence[Posted], speakers: set[str]) -> set[str]:
    """Speakers already posted in the current round of authors (oldest post first)."""
    return _current_round((post.speaker for post in history), speakers)


def choose(guild_id: int, day: date, pool: Pool, history: Sequence[Posted]) -> int | None:
    """The passage id for ``day`` given the posts before it (oldest first); None if none fit.

    Works on the pool's (stance, speaker) groups: the turn is the speakers', and only the
    chosen speaker's passages are looked at, so a day costs per speaker, not per passage."""
    if not len(pool):
        return None
    history = [h for h in history if h.day < day]
    last = history[-1] if history else None

    if last and last.stance in OPPOSITE:
        stance = OPPOSITE[last.stance]
    else:  # the very first post: the server decides which side opens
        stance = ELIGIBLE_STANCES[_seed(guild_id, "first") % 2]
    counts = pool.counts()
    on_side = stance in counts.by_side  # else every eligible passage is on the day's side

    seen = round_seen(history, counts.speakers)
    speakers = set(counts.by_side[stance]) if on_side else set(counts.speakers)
    fresh = speakers - seen
    if last and len(speakers) > 1:
        speakers.discard(last.speaker)
        fresh.discard(last.speaker)
    last_day = {post.speaker: post.day for post in history}
    last_side = {(post.speaker, post.stance): post.day for post in history}

    prefix = hashlib.sha256(f"{guild_id}:{day}:".encode())  # _seed(guild_id, day, speaker)

    def turn(speaker: str) -> tuple:
        # New to this round first; then speakers who can only be posted on this stance's
        # days (the others get their turn on the other days); then whoever has waited longest
        # on this side (so a two-sided author shows both), then at all.
        seed = prefix.copy()
        seed.update(speaker.encode())
        return (
            speaker in fresh,
            -len(counts.sides_of[speaker]),
            -last_side.get((speaker, stance), date.min).toordinal(),
            -last_day.get(speaker, date.min).toordinal(),
            int.from_bytes(seed.digest()[:8], "big"),
        )

    # Speakers never posted are all fresh and tie on the waiting: of them only those on the
    # fewest sides can win, so only their turns are worked out (thousands of speakers at
    # scale, a hash each).
    contenders = [s for s in speakers if s in last_day]
    never = [s for s in speakers if s not in last_day]
    if never:
        fewest = min(len(counts.sides_of[s]) for s in never)
        contenders += [s for s in never if len(counts.sides_of[s]) == fewest]
    speaker = max(contenders, key=turn)
    sides = (stance,) if on_side else sorted(counts.sides_of[speaker])
    own = [pid for side in sides for pid in pool.groups.get((side, speaker), ())]
    used = rotation_used([h for h in history if h.speaker == speaker], set(own))
    options = [pid for pid in own if pid not in used] or own
    if last and len(options) > 1:
        options = [pid for pid in options if pid != last.passage_id]
    return max(options, key=lambda pid: _seed(guild_id, day, pid))


def counterpart(
    passage: PassageRecord, passages: Sequence[PassageRecord], *, day: date | None = None
) -> PassageRecord | None:
    """The other side on the same topic: opposite stance, most shared topics, other speaker."""
    options = [
        p
        for p in eligible(passages)
        if p.stance == OPPOSITE.get(passage.stance) and p.essay_id != passage.essay_id
    ] or [p for p in eligible(passages) if p.stance == OPPOSITE.get(passage.stance)]
    if not options:
        return None
    topics = set(passage.topics)
    return max(
        options,
        key=lambda p: (
            len(topics & set(p.topics)),
            p.speaker != passage.speaker,
            _seed(passage.id, day, p.id),
        ),
    )


def discussion_prompt(passage: PassageRecord, day: date) -> str:
    """A fixed question matching one of the passage's topics (stable for the day)."""
    known = [t for t in passage.topics if t in PROMPTS]
    if not known:
        return DEFAULT_PROMPT
    return PROMPTS[known[_seed(passage.id, day) % len(known)]]


def _day(post: Posted) -> date:
    return post.day


def _history(records: Iterable) -> list[Posted]:
    return [
        Posted(date.fromisoformat(r.local_date), r.passage_id, r.stance, r.author) for r in records
    ]


async def pick_for(store: Store, settings: GuildSettings, day: date) -> DailyPick | None:
    """What ``day`` brings this server: the recorded post if there is one, else the choice."""
    guild_id = settings.guild_id
    records = await store.daily.history(guild_id)
    pool = await pool_for(store, guild_id)
    return await _pick(store, settings, day, pool, records, _history(records))


async def _pick(
    store: Store,
    settings: GuildSettings,
    day: date,
    pool: Pool,
    records: Sequence,
    history: Sequence[Posted],
) -> DailyPick | None:
    guild_id = settings.guild_id
    recorded = next((r for r in records if r.local_date == day.isoformat()), None)
    if recorded is not None:
        passage = await _visible(store, recorded.passage_id, guild_id)
        if passage is None:  # posted, then its essay was removed or edited
            return None
        posted = True
    else:
        chosen = choose(guild_id, day, pool, history)
        if chosen is None:
            return None
        passage = await store.passages.get(chosen)
        posted = False
    other = None
    if settings.potd_format == "pair":
        other = counterpart(passage, await store.passages.visible(guild_id), day=day)
    return DailyPick(day, passage, other, posted)


async def _visible(store: Store, passage_id: int, guild_id: int) -> PassageRecord | None:
    passage = await store.passages.get(passage_id)
    if passage is None or not await store.essays.is_visible(passage.essay_id, guild_id):
        return None
    return passage


async def upcoming(
    store: Store, settings: GuildSettings, start: date, days: int
) -> list[DailyPick]:
    """The picks for ``days`` days from ``start``, as if each day posts; records nothing."""
    records = await store.daily.history(settings.guild_id)
    pool = await pool_for(store, settings.guild_id)
    history = _history(records)
    picks = []
    for offset in range(days):
        day = start + timedelta(days=offset)
        pick = await _pick(store, settings, day, pool, records, history)
        if pick is None:
            continue
        picks.append(pick)
        if not pick.posted:
            p = pick.passage
            history = sorted([*history, Posted(day, p.id, p.stance, p.speaker)], key=_day)
    return picks


_SHARED = KeptUntilSharedChange(lambda store: Pool.read(store, GLOBAL))


def pool_ready(store: Store) -> bool:
    """Whether the shared pool is made (``pool_for`` answers without reading it)."""
    return _SHARED.ready(store)


async def pool_for(store: Store, guild_id: int) -> Pool:
    """The eligible passages ``guild_id`` sees: the shared ones (kept until the shared essays
    change: store.index.shared_version), minus the essays it hid, plus its own."""
    shared = await _SHARED.get(store)
    if guild_id == GLOBAL:
        return shared
    own = await Pool.read(store, guild_id)
    return shared.seen_by(own, await store.index.hidden_essay_ids(guild_id))


# -- schedule ----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def timezones() -> tuple[str, ...]:
    """Every IANA zone name zoneinfo knows, sorted (for autocomplete)."""
    return tuple(sorted(available_timezones()))


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ScheduleError(
            f"{as_typed(name)} is not a time zone I know. Use an IANA name like Europe/Berlin or "
            "America/New_York (the option suggests them as you type)."
        ) from error


def parse_time(text: str) -> time:
    """``HH:MM`` (24-hour) to a time; a clear error otherwise."""
    raw = text.strip()
    hours, sep, minutes = raw.partition(":")
    if (
        sep
        and hours.isdigit()
        and minutes.isdigit()
        and len(minutes) == 2
        and len(hours) <= 2
        and int(hours) < 24
        and int(minutes) < 60
    ):
        return time(int(hours), int(minutes))
    raise ScheduleError(f"{as_typed(text)} is not a time. Use 24-hour HH:MM, like 09:00 or 18:30.")


def local_date(now: datetime, tz: ZoneInfo) -> date:
    return now.astimezone(tz).date()


def post_instant(day: date, at: time, tz: ZoneInfo) -> datetime:
    """The UTC instant of ``day`` at ``at`` in ``tz``.

    Ambiguous (a fall-back repeats the hour): the first occurrence. Nonexistent (a
    spring-forward gap skips it): the end of the gap, the first minute that exists after.
    """
    wall = datetime.combine(day, at)
    first = wall.replace(tzinfo=tz, fold=0).astimezone(UTC)
    if first.astimezone(tz).replace(tzinfo=None) == wall:
        return first
    # In a gap, fold=0 reads the wall time with the offset before the jump and fold=1 with
    # the offset after; the jump itself lies between the two readings. Find it to the second.
    second = wall.replace(tzinfo=tz, fold=1).astimezone(UTC)
    low, high = sorted((int(first.timestamp()), int(second.timestamp())))
    after = datetime.fromtimestamp(high, UTC).astimezone(tz).utcoffset()
    while high - low > 1:
        middle = (low + high) // 2
        if datetime.fromtimestamp(middle, UTC).astimezone(tz).utcoffset() == after:
            high = middle
        else:
            low = middle
    return datetime.fromtimestamp(high, UTC)


def due_date(settings: GuildSettings, now: datetime) -> date | None:
    """The local date whose post is due at ``now`` (aware), ignoring what was posted."""
    tz = zone(settings.potd_timezone)
    today = local_date(now, tz)
    if now >= post_instant(today, parse_time(settings.potd_time), tz):
        return today
    return None


def next_post(settings: GuildSettings, now: datetime, *, posted_today: bool) -> datetime:
    """When the next scheduled post goes out (UTC): ``now`` if today's is due and unsent."""
    tz = zone(settings.potd_timezone)
    at = parse_time(settings.potd_time)
    today = local_date(now, tz)
    if posted_today:
        return post_instant(today + timedelta(days=1), at, tz)
    return max(now, post_instant(today, at, tz))


# -- posting -----------------------------------------------------------------------------

# Sends a pick to the server's channel and returns the message id. Raises PublishFailed when
# the message was certainly not sent, DestinationGone when it never can be.
Publisher = Callable[[GuildSettings, DailyPick], Awaitable[int]]


@dataclass(frozen=True)
class Outcome:
    guild_id: int
    day: date
    status: str  # posted | already | nothing | failed | disabled
    pick: DailyPick | None = None
    message_id: int | None = None
    problem: str | None = None


async def post_day(store: Store, settings: GuildSettings, day: date, publish: Publisher) -> Outcome:
    """Claim ``day`` for the server, send its pick, record the message id.

    The claim (UNIQUE per server and date) is written before sending, so a restart or a
    second caller can never post the day twice. A send that certainly failed gives the day
    back; any other error keeps the claim: a day missed is better than a day doubled.
    """
    guild_id = settings.guild_id
    if await store.daily.get(guild_id, day.isoformat()):
        return Outcome(guild_id, day, "already")
    pick = await pick_for(store, settings, day)
    if pick is None:
        return Outcome(guild_id, day, "nothing", problem="No eligible passages to post.")
    p = pick.passage
    claimed = await store.daily.claim(
        guild_id,
        day.isoformat(),
        passage_id=p.id,
        essay_id=p.essay_id,
        stance=p.stance,
        author=p.speaker,
        channel_id=settings.potd_channel_id,
    )
    if not claimed:
        return Outcome(guild_id, day, "already")
    try:
        message_id = await publish(settings, pick)
    except DestinationGone as error:
        await store.daily.release(guild_id, day.isoformat())
        await store.settings.disable_potd(guild_id, str(error))
        log.warning("Daily post disabled in guild %s: %s", guild_id, error)
        return Outcome(guild_id, day, "disabled", pick, problem=str(error))
    except PublishFailed as error:
        await store.daily.release(guild_id, day.isoformat())
        log.warning("Daily post in guild %s failed, will retry: %s", guild_id, error)
        return Outcome(guild_id, day, "failed", pick, problem=str(error))
    await store.daily.set_message(guild_id, day.isoformat(), message_id)
    return Outcome(guild_id, day, "posted", pick, message_id)


def every_server(guild_id: int) -> bool:
    return True


async def tick(
    store: Store,
    now: datetime,
    publish: Publisher,
    owns: Callable[[int], bool] = every_server,
) -> list[Outcome]:
    """One wake-up of the schedule: post for every server that is due at ``now``.

    Each server is handled on its own; an error in one is logged and never stops the rest.
    ``owns``: the servers this process posts for (its shards' servers, ``Config.runs_shard_of``)
    when shard ranges run in separate processes over one database.
    """
    outcomes = []
    for settings in await store.settings.schedules():
        if not owns(settings.guild_id):
            continue
        try:
            day = due_date(settings, now)
            if day is None:
                continue
            outcome = await post_day(store, settings, day, publish)
        except Exception:
            log.exception("Daily post for guild %s failed", settings.guild_id)
            continue
        if outcome.status != "already":
            outcomes.append(outcome)
    return outcomes


async def next_wake(
    store: Store, now: datetime, owns: Callable[[int], bool] = every_server
) -> datetime | None:
    """The first instant at or after ``now`` when :func:`tick` may have a post to make; None
    when no server has the daily post switched on.

    The schedule wakes every minute but reads the database only once this instant has passed
    (or the settings changed), so an idle minute costs no I/O. A day that is due and unsent
    (a refused send, no eligible passage yet) gives ``now``: it is retried every minute.
    """
    wake: datetime | None = None
    for settings in await store.settings.schedules():
        if not owns(settings.guild_id):
            continue
        try:
            today = local_date(now, zone(settings.potd_timezone))
            posted = await store.daily.get(settings.guild_id, today.isoformat()) is not None
            instant = next_post(settings, now, posted_today=posted)
        except Exception:
            log.exception("Bad daily schedule for guild %s", settings.guild_id)
            continue
        wake = instant if wake is None else min(wake, instant)
    return wake
