"""The bot's side of ``python -m bot bench``: run in a fresh process on the bench database.

Starts the bot as ``setup_hook`` does, without the network, then drives the cogs' own command,
autocomplete and button callbacks with a stand-in for Discord's interaction (it records the
answer instead of sending it): every command's warm latency with servers alternating (so no
per-server cache hides a scan), its first call after a write, then a sustained load of
interactions per second while a monitor measures the event loop's largest lag. Prints one JSON
line: ``python -m bot.benchbot DATABASE '{"load_seconds": 60, ...}'``.
"""

from __future__ import annotations

import asyncio
import gc
import json
import random
import sys
import time
import traceback
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import replace
from types import SimpleNamespace

START = time.perf_counter()

import discord  # noqa: E402  (START measures the imports too: they are part of the start)
from discord import app_commands  # noqa: E402

from bot import BUNDLED_ESSAYS  # noqa: E402
from bot.bench import CLAIMS, EVAL_QUERIES, LoopLag, summary, synthetic_essays  # noqa: E402
from bot.client import EXTENSIONS, Crosscut  # noqa: E402
from bot.config import Config  # noqa: E402
from bot.corpus import TOPICS, EssayDoc, load_directory  # noqa: E402
from bot.errors import CrosscutError  # noqa: E402
from bot.search import Search  # noqa: E402
from bot.store import Store  # noqa: E402
from cogs._essay_views import PageButton  # noqa: E402
from cogs._perspective_views import AnotherCounterpointButton, CounterThisButton  # noqa: E402
from cogs._views import FullPassageButton  # noqa: E402


class _Response:
    def __init__(self) -> None:
        self.done = False

    def is_done(self) -> bool:
        return self.done

    async def _answer(self, *args: object, **kwargs: object) -> None:
        if self.done:
            raise discord.InteractionResponded(None)  # type: ignore[arg-type]
        self.done = True

    send_message = defer = edit_message = send_modal = _answer


class _Followup:
    async def send(self, *args: object, **kwargs: object) -> None:
        return None


def _member(user_id: int) -> discord.Member:
    """A server member with Manage Server (moderator commands run too): only its id is read."""
    member = discord.Member.__new__(discord.Member)
    member._user = SimpleNamespace(id=user_id)  # type: ignore[assignment]
    return member


class Interaction(SimpleNamespace):
    """What the callbacks read from a ``discord.Interaction``; answers are recorded, not sent."""

    def __init__(self, bot: Crosscut, guild_id: int, user_id: int, command: str = "") -> None:
        super().__init__(
            client=bot,
            guild_id=guild_id,
            guild=SimpleNamespace(id=guild_id, owner_id=user_id),
            user=_member(user_id),
            permissions=discord.Permissions.all(),
            response=_Response(),
            followup=_Followup(),
            command=SimpleNamespace(name=command, qualified_name=command),
            type=discord.InteractionType.application_command,
            channel=None,
            message=None,
        )


Call = Callable[[Interaction, int], Awaitable[object]]


async def start_bot(path: str) -> Crosscut:
    """``setup_hook`` without the network: open, sync bundled essays, search, cogs, views."""
    bot = Crosscut(Config.from_env())
    bot.store = await Store.open(path)
    await bot.store.essays.sync_bundled(load_directory(BUNDLED_ESSAYS))
    bot.search = Search(bot.store)
    for extension in EXTENSIONS:
        await bot.load_extension(extension)
    bot.get_cog("DailyPosts").schedule.cancel()  # it waits for a gateway that never comes
    gc.freeze()  # as setup_hook does
    return bot


class Commands:
    """Each command, autocomplete and button the bench measures, as a call through its cog's
    callback with the i-th of a fixed set of inputs."""

    def __init__(self, bot: Crosscut, authors: list[str], essays: list[int], passages: list[int]):
        self.bot = bot
        self.authors, self.essays, self.passages = authors, essays, passages
        self.refused: Counter[str] = Counter()
        quotes = [q for q, _ in EVAL_QUERIES]
        # What users type in an author option: the first letter, three, most of a name.
        names = [a[:n] for a in authors[:20] for n in (1, 3, 8)]
        topics = [*TOPICS, "actors", "democratisation", "job"]
        typed = [q[:n] for q in quotes for n in (1, 3, 8, 15)]
        quotes_ = bot.get_cog("Quotes")
        verify = bot.get_cog("Verify")
        views = bot.get_cog("Perspectives")
        essays_ = bot.get_cog("Essays")
        daily = bot.get_cog("DailyPosts")

        def pick(items: list, i: int):
            return items[i % len(items)]

        self.calls: dict[str, Call] = {
            "/quote": lambda it, i: quotes_.quote.callback(quotes_, it, text=pick(quotes, i)),
            "/quote author:": lambda it, i: quotes_.quote.callback(
                quotes_, it, text=pick(quotes, i), author=pick(names, i)
            ),
            "/verify": lambda it, i: verify.verify.callback(verify, it, quote=pick(quotes, i)),
            "/counter": lambda it, i: views.counter.callback(views, it, claim=pick(CLAIMS, i)),
            "/perspective": lambda it, i: views.perspective_.callback(
                views, it, author=pick(names, i)
            ),
            "/spectrum": lambda it, i: views.spectrum_.callback(views, it, topic=pick(topics, i)),
            "/essay list": lambda it, i: essays_.list_.callback(essays_, it, page=1 + i % 3),
            "/essay show": lambda it, i: essays_.show.callback(essays_, it, essay=pick(essays, i)),
            "/potd preview": lambda it, i: daily.potd_preview.callback(daily, it, days=7),
            "button Full passage": lambda it, i: FullPassageButton(pick(passages, i)).callback(it),
            "button Counter this": lambda it, i: CounterThisButton(pick(passages, i)).callback(it),
            "button Another counterpoint": lambda it, i: AnotherCounterpointButton(
                ("optimistic", "skeptical")[i % 2], (pick(TOPICS, i),), [pick(passages, i)]
            ).callback(it),
            "button essay list page": lambda it, i: PageButton(i % 3, "next").callback(it),
            "autocomplete /quote text:": lambda it, i: quotes_._text_choices(it, pick(typed, i)),
            "autocomplete author:": lambda it, i: quotes_._author_choices(it, pick(names, i)),
            "autocomplete /spectrum topic:": lambda it, i: views._topics(it, pick(topics, i)[:3]),
            "autocomplete essay:": lambda it, i: essays_._essay_choices(it, pick(names, i)),
        }

    async def run(self, name: str, guild_id: int, i: int) -> float:
        """Seconds ``name`` took; a domain error (the user's "nothing found") is an answer,
        counted in ``refused`` (so a bench that measures only refusals shows it)."""
        interaction = Interaction(self.bot, guild_id, 10_000 + i, command=name.split()[-1])
        start = time.perf_counter()
        try:
            await self.calls[name](interaction, i)
        except (CrosscutError, app_commands.AppCommandError):
            self.refused[name] += 1
        return time.perf_counter() - start


def _written(n: int) -> EssayDoc:
    """The ``n``-th essay a server publishes in the bench. Made before it is timed: writing it
    (the bigram chain trains on the bundled essays) is the benchmark's work, ~40 ms, while the
    bot's publish gets an essay already read in its worker process."""
    doc = next(synthetic_essays(load_directory(BUNDLED_ESSAYS), 1, seed=1000 + n))
    return replace(doc, slug=f"bench-write-{n}")


async def _write(bot: Crosscut, guild_id: int, doc: EssayDoc) -> None:
    """A server publishes an essay (the write that empties every cache)."""
    await bot.store.essays.save(doc, guild_id=guild_id, source="cli")


async def measure(commands: Commands, servers: list[int], warm: int, after_write: int) -> dict:
    report = {}
    writes = 0
    for name in commands.calls:
        await commands.run(name, servers[0], 0)  # the first call of the process is not counted
        times = [await commands.run(name, servers[i % len(servers)], i) for i in range(warm)]
        firsts = []
        for k in range(after_write):
            guild_id = servers[(k * 7919) % len(servers)]
            await _write(commands.bot, guild_id, _written(writes))
            writes += 1
            firsts.append(await commands.run(name, guild_id, k))
        report[name] = {"warm": summary(times), "after_write": summary(firsts)}
        report[name]["refused"] = commands.refused[name]
        sys.stderr.write(f"{name}: {report[name]}\n")
        report[name]["after_write"]["max_ms"] = round(max(firsts, default=0) * 1000, 2)
    return report


# The load run's mix: autocomplete fires on keystrokes, so it dominates; writes are rare.
MIX = {
    "autocomplete /quote text:": 20,
    "autocomplete author:": 8,
    "autocomplete /spectrum topic:": 5,
    "autocomplete essay:": 5,
    "/quote": 15,
    "/quote author:": 4,
    "/verify": 6,
    "/counter": 8,
    "/perspective": 5,
    "/spectrum": 5,
    "/essay list": 2,
    "/essay show": 3,
    "/potd preview": 2,
    "button Full passage": 4,
    "button Counter this": 3,
    "button Another counterpoint": 3,
    "button essay list page": 1,
}


async def load_run(commands: Commands, servers: list[int], rate: float, seconds: float) -> dict:
    """``rate`` interactions per second for ``seconds``, each started on schedule (not after
    the previous one): latency is from its scheduled start, so queueing counts."""
    rng = random.Random(11)
    names = rng.choices(list(MIX), weights=list(MIX.values()), k=int(rate * seconds))
    every = int(rate * 10)  # a server publishes an essay every 10 s
    docs = [_written(10_000 + n) for n in range((len(names) - 1) // every if every else 0)]
    latencies: list[float] = []
    errors: list[str] = []
    writes = 0

    async def one(i: int, name: str, due: float) -> None:
        interaction = Interaction(commands.bot, servers[i % len(servers)], 50_000 + i % 5000)
        interaction.command.name = name.split()[-1]
        try:
            await commands.calls[name](interaction, i)
        except (CrosscutError, app_commands.AppCommandError):
            pass
        except Exception as error:  # counted and reported, never hidden
            where = traceback.extract_tb(error.__traceback__)[-1]
            errors.append(f"{name}: {error!r} at {where.filename}:{where.lineno}")
        latencies.append(time.perf_counter() - due)

    async def writer(i: int, due: float) -> None:
        try:
            await _write(commands.bot, servers[i % len(servers)], docs[i])
        except Exception as error:
            errors.append(f"write: {error!r}")
        latencies.append(time.perf_counter() - due)

    tasks = []
    async with LoopLag() as lag:
        begin = time.perf_counter()
        for i, name in enumerate(names):
            due = begin + i / rate
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            if i and every and i % every == 0:
                tasks.append(asyncio.create_task(writer(writes, due)))
                writes += 1
            tasks.append(asyncio.create_task(one(i, name, due)))
        await asyncio.gather(*tasks)
        elapsed = time.perf_counter() - begin
    ordered = sorted(latencies)

    def pct(q: float) -> float:
        return round(ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] * 1000, 1)

    return {
        "rate": rate,
        "seconds": seconds,
        "interactions": len(latencies),
        "achieved_per_s": round(len(latencies) / elapsed, 1),
        "p50_ms": pct(0.50),
        "p95_ms": pct(0.95),
        "p99_ms": pct(0.99),
        "max_ms": pct(1.0),
        "loop_lag_max_ms": round(lag.worst * 1000, 1),
        "errors": len(errors),
        "first_errors": errors[:3],
        "writes": writes,
    }


async def main(path: str, options: dict) -> dict:
    bot = await start_bot(path)
    report: dict = {"start_s": round(time.perf_counter() - START, 2)}
    try:
        # The summaries warmed in the background at start (topics, the daily pool): measured
        # as they are once ready, and how long that took.
        await asyncio.gather(
            bot.get_cog("Perspectives")._warming, bot.get_cog("DailyPosts")._warming
        )
        report["warmed_s"] = round(time.perf_counter() - START, 2)
        db = bot.store.db
        async with db.execute("SELECT DISTINCT guild_id FROM essays WHERE guild_id != 0") as cur:
            servers = [row[0] for row in await cur.fetchall()]
        # At least 100 servers alternate (those with no essays of their own see the bundled).
        servers += [(1000 + n) << 22 for n in range(max(0, 100 - len(servers)))]
        random.Random(5).shuffle(servers)
        async with db.execute("SELECT author FROM essays GROUP BY author ORDER BY MIN(id)") as cur:
            authors = [row[0] for row in await cur.fetchall()]
        async with db.execute("SELECT id FROM essays WHERE guild_id = 0 ORDER BY id") as cur:
            essays = [row[0] for row in await cur.fetchall()]
        # Buttons are on passages a server was shown: bundled ones, with a stance (a neutral
        # passage has no other side to counter).
        async with db.execute(
            "SELECT p.id FROM passages p JOIN essays e ON e.id = p.essay_id "
            "WHERE e.guild_id = 0 AND p.stance != 'neutral' ORDER BY p.id"
        ) as cur:
            shown = [row[0] for row in await cur.fetchall()]
        rng = random.Random(3)
        essays = rng.sample(essays, min(50, len(essays)))
        passages = rng.sample(shown, min(50, len(shown)))
        rng.shuffle(authors)
        commands = Commands(bot, authors, essays, passages)
        report["servers"] = len(servers)
        report["commands"] = await measure(
            commands, servers, options.get("warm", 40), options.get("after_write", 5)
        )
        if options.get("load_seconds", 0) > 0:
            report["load"] = await load_run(
                commands, servers, options.get("load_rate", 50.0), options["load_seconds"]
            )
    finally:
        await bot.store.close()
    report["peak_rss_mb"] = peak_rss_mb()
    return report


def peak_rss_mb() -> float:
    # VmHWM, not ru_maxrss: Linux carries the parent's ru_maxrss over fork and exec.
    with open("/proc/self/status") as status:
        hwm = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    return round(hwm / 1024, 1)


if __name__ == "__main__":
    result = asyncio.run(main(sys.argv[1], json.loads(sys.argv[2]) if len(sys.argv) > 2 else {}))
    sys.stdout.write(json.dumps(result) + "\n")
