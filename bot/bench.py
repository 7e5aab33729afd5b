"""Search benchmark on a synthetic corpus (no discord import): ``python -m bot bench``.

The corpus is made from the bundled essays' own vocabulary: a word bigram chain trained on
their passages writes new passages of the same lengths, so the synthetic essays share words,
phrases and topics with the real ones (a hard case for an index: few rare words). The five
bundled essays are stored too, and the quote queries are misremembered lines from them.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import os
import random
import re
import resource
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from rapidfuzz import fuzz, process

from bot import BUNDLED_ESSAYS, ROOT
from bot.corpus import TOPIC_KEYWORDS, TOPICS, EssayDoc, Passage, infer_topics, load_directory
from bot.search import Search, align
from bot.stance import OPPOSITE, claim_stance, counterpoints
from bot.store import Store
from bot.text import normalize

_END = re.compile(r"[.!?][\"'\u201d\u2019)]?$")


class Chain:
    """A word bigram chain over the bundled passages, seeded for reproducible corpora."""

    def __init__(self, docs: Sequence[EssayDoc]) -> None:
        self.next: dict[str, list[str]] = defaultdict(list)
        self.starts: list[str] = []
        self.lengths: list[int] = []
        self.passage_counts = [len(d.passages) for d in docs]
        for doc in docs:
            for passage in doc.passages:
                words = passage.text.split()
                self.lengths.append(len(words))
                self.starts.append(words[0])
                for a, b in itertools.pairwise(words):
                    self.next[a].append(b)
                    if _END.search(a):
                        self.starts.append(b)
        self.vocabulary = sorted(
            {
                w.strip(".,;:!?\"'()\u201c\u201d\u2019").lower()
                for ws in self.next.values()
                for w in ws
            }
            - {""}
        )

    def passage(self, rng: random.Random) -> str:
        target = rng.choice(self.lengths)
        words = [rng.choice(self.starts)]
        while len(words) < target or not _END.search(words[-1]):
            followers = self.next.get(words[-1])
            if not followers or len(words) > target * 2:
                if not _END.search(words[-1]):
                    words[-1] += "."
                if len(words) >= target:
                    break
                words.append(rng.choice(self.starts))
                continue
            words.append(rng.choice(followers))
        return " ".join(words)


# infer_topics in one pass (zero-width so cues may overlap): fast enough for 140,000 passages.
_CUE_TOPIC = {cue: topic for topic, cues in TOPIC_KEYWORDS.items() for cue in cues}
_CUES = re.compile(
    r"\b(?=(" + "|".join(re.escape(c) for c in sorted(_CUE_TOPIC, key=len, reverse=True)) + "))"
)


def topics_of(text: str, limit: int = 3) -> tuple[str, ...]:
    """The topics ``bot.corpus.infer_topics`` would give, most cues first."""
    found = {m.group(1) for m in _CUES.finditer(f" {normalize(text)} ")}
    hits: dict[str, int] = defaultdict(int)
    for cue in found:
        hits[_CUE_TOPIC[cue]] += 1
    ranked = sorted((-n, TOPICS.index(topic), topic) for topic, n in hits.items())
    return tuple(topic for _, _, topic in ranked[:limit])


def synthetic_essays(docs: Sequence[EssayDoc], count: int, seed: int = 7) -> Iterator[EssayDoc]:
    """``count`` essays written by the chain, with plausible authors, stances and topics."""
    chain = Chain(docs)
    rng = random.Random(seed)
    names = [w.capitalize() for w in chain.vocabulary if w.isalpha() and len(w) > 3]
    authors = [f"{rng.choice(names)} {rng.choice(names)}" for _ in range(max(1, count // 3))]
    for i in range(count):
        stance = rng.choice(("optimistic", "skeptical", "mixed"))
        passages = []
        for _ in range(rng.choice(chain.passage_counts)):
            text = chain.passage(rng)
            own = stance if stance != "mixed" else rng.choice(("optimistic", "skeptical"))
            passages.append(Passage(text, rng.choice((own, own, "neutral")), topics_of(text)))
        title_words = chain.passage(rng).split()[: rng.randint(3, 8)]
        yield EssayDoc(
            slug=f"synthetic-{i:05d}",
            title=" ".join(title_words).rstrip(".,;:"),
            author=rng.choice(authors),
            stance=stance,
            passages=tuple(passages),
            publication="Synthetic",
        )


class LoopLag:
    """How late the event loop wakes a task that sleeps ``interval`` at a time: the longest
    stretch anything held the loop. ``async with LoopLag() as lag: ...``; then ``lag.worst``
    (seconds). Real time (perf_counter), whatever clock the loop runs on."""

    def __init__(self, interval: float = 0.005) -> None:
        self.interval = interval
        self.worst = 0.0
        self.samples = 0
        self._task: asyncio.Task | None = None

    async def _watch(self) -> None:
        while True:
            start = time.perf_counter()
            await asyncio.sleep(self.interval)
            self.worst = max(self.worst, time.perf_counter() - start - self.interval)
            self.samples += 1

    async def __aenter__(self) -> LoopLag:
        self._task = asyncio.create_task(self._watch())
        await asyncio.sleep(0)  # started before the work it watches
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._task is not None
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def summary(values: Sequence[float]) -> dict[str, float]:
    return {
        "median_ms": round(statistics.median(values) * 1000, 2) if values else 0.0,
        "p95_ms": round(percentile(values, 0.95) * 1000, 2),
        "n": len(values),
    }


# Misremembered, misspelled and half-quoted lines from the bundled essays, with the author whose
# passage a reader means. Used by the benchmark and by tests/test_search_index.py.
EVAL_QUERIES: tuple[tuple[str, str], ...] = (
    ("golden retreivers in snow", "Noam Kroll"),
    ("people show up to see meryl streep", "Noam Kroll"),
    ("AI is a system for propogating more of the same", "Unknown"),
    ("equating automation with democratization", "Joan Westenberg"),
    ("printing did not replace literature", "Global Times"),
    ("the best time in history to make your movie", "Noam Kroll"),
    ("you cant just take the human component out of it", "Noam Kroll"),
    ("studios become more predictable and robotic", "Noam Kroll"),
    ("dont let anything discourage you from creating", "Noam Kroll"),
    ("easier and less expensive for indie film makers", "Noam Kroll"),
    ("more of an oportunity than a challenge", "Global Times"),
    ("emotional and individualised creative work cannot be replaced by sora", "Global Times"),
    ("the fundamental DNA of film is art", "Global Times"),
    ("AI is not just a tool but an integral part of the creative process", "Alexander Pinker"),
    ("glittering events and pursuit of the next big inovation", "Alexander Pinker"),
    ("figures moving unnaturally in the demo videos", "Alexander Pinker"),
    ("push everyone into the broken institutions of capitalism", "Unknown"),
    ("producing more of the same garbage", "Unknown"),
    ("true democratisation means empowering diverse voices", "Joan Westenberg"),
    ("an equity of opportunity not a quantity of output", "Joan Westenberg"),
    ("dehumanizing deluge of content optimized to game the attention economy", "Joan Westenberg"),
    ("ocratisation seems compel", "Joan Westenberg"),
    ("Sora reprsents an impresive technological achievment", "Joan Westenberg"),
    ("storyboards or additional material for productions", "Alexander Pinker"),
)
# Chat that is not a quote from any essay: search must return nothing for these.
UNRELATED_QUERIES: tuple[str, ...] = (
    "pizza recipe with pineapple and ham",
    "what time is the game tonight",
    "how do I install python on windows",
    "my cat likes to sleep on the sofa",
    "anyone up for ranked matches later",
    "the bus was late again this morning",
)
CLAIMS: tuple[str, ...] = (
    "Sora will let anyone become a great director",
    "AI video will destroy jobs for animators and crews",
    "generative video is just hype and will never replace real films",
    "cheaper tools are great for indie filmmakers",
    "audiences will always want human stories",
    "studios will use Sora to cut costs and flood us with slop",
    "this is the best time in history to make a movie",
    "AI art is theft of copyright",
)


def autocomplete_inputs() -> list[str]:
    """What a user has typed at several moments while writing each evaluation query."""
    inputs = []
    for query, _ in EVAL_QUERIES:
        for size in (1, 3, 8, 15, 25, len(query)):
            inputs.append(query[:size])
    return list(dict.fromkeys(inputs))


def name_inputs(authors: Sequence[str], titles: Sequence[str]) -> list[str]:
    """What a user types into an author or essay option: first letters, a few more, a typo."""
    inputs = []
    for name in [*authors[:10], *titles[:10]]:
        typo = name[:3] + name[4:] if len(name) > 6 else name  # one letter dropped
        inputs += [name[:1], name[:3], name[:8], typo[:20]]
    return list(dict.fromkeys(i for i in inputs if i))


async def naive_names(search: Search, typed: str) -> list:
    """The first version of essay autocomplete: every visible essay's title, fuzzy-matched."""
    essays = await search.store.essays.visible()
    return process.extract(
        typed, [f"{e.title} {e.author}" for e in essays], scorer=fuzz.WRatio, limit=25
    )


async def _timed(calls: Sequence[Callable[[], Awaitable[object]]]) -> list[float]:
    times = []
    for call in calls:
        start = time.perf_counter()
        await call()
        times.append(time.perf_counter() - start)
    return times


async def naive_counter(search: Search, text: str, guild_id: int = 0) -> list:
    """The first version of counterpoints: every visible passage scored."""
    stance = claim_stance(text).stance
    if stance is None:  # the reader names no side: there is no single other side to rank
        return []
    wanted = OPPOSITE[stance]
    topics = set(infer_topics(text, limit=5))
    from bot.text import normalize

    query = normalize(text)
    records, normalized = await search.passages(guild_id)
    scored = []
    for record, norm in zip(records, normalized, strict=True):
        if record.stance == wanted:
            score = 30 * len(topics & set(record.topics)) + fuzz.token_set_ratio(query, norm) * 0.5
            scored.append((score, record))
    scored.sort(key=lambda item: -item[0])
    return scored[:3]


async def naive_suggest(search: Search, text: str, guild_id: int = 0) -> list:
    from bot.text import normalize

    _, normalized = await search.passages(guild_id)
    return process.extract(normalize(text), normalized, scorer=fuzz.partial_ratio, limit=25)


async def naive_verify(search: Search, text: str) -> object:
    hits = await search.naive_quotes(text, limit=1)
    return align(text, hits[0].passage.text) if hits else None


FEATURES = ("quote", "autocomplete", "autocomplete_names", "counter", "verify")


async def run(
    essays: int,
    *,
    naive_queries: int = 6,
    keep: Path | None = None,
    skip: Sequence[str] = (),
    servers: int = 0,
    per_server: int = 5,
    bot_options: dict | None = None,
) -> dict:
    """Build a scratch corpus of ``essays`` essays (and ``per_server`` essays of their own for
    each of ``servers`` servers) and measure; returns the report.

    ``skip``: features (see FEATURES) not compared with their naive scan. ``bot_options``:
    bot.benchbot's (warm, after_write, load_rate, load_seconds).
    """
    unknown = set(skip) - set(FEATURES)
    if unknown:
        raise ValueError(f"unknown feature(s) to skip: {', '.join(sorted(unknown))}")
    with tempfile.TemporaryDirectory() as scratch:
        path = keep or Path(scratch) / "bench.db"
        for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            stale.unlink(missing_ok=True)  # a stale WAL would be replayed into the new file
        report = await _run(path, essays, naive_queries, tuple(skip), servers, per_server)
        report["bot"] = await _bot_side(path, bot_options or {})
        return report


async def _run(
    path: Path,
    essays: int,
    naive_queries: int,
    skip: tuple[str, ...],
    servers: int,
    per_server: int,
) -> dict:
    docs = load_directory(BUNDLED_ESSAYS)
    store = await Store.open(path)
    report: dict = {"essays": essays, "skipped": list(skip)}
    report["servers"], report["per_server"] = servers, per_server
    try:
        await store.essays.sync_bundled(docs)
        start = time.perf_counter()
        for doc in synthetic_essays(docs, max(0, essays - len(docs))):
            await store.essays.save(doc, source="cli")
        # Each server's own essays, one transaction each, as moderators publish them.
        own = synthetic_essays(docs, servers * per_server, seed=23)
        for i, doc in enumerate(own):
            guild_id = (1 + i // per_server) << 22  # server n's id puts it on shard n % count
            await store.essays.save(doc, guild_id=guild_id, source="discord")
        report["load_s"] = round(time.perf_counter() - start, 1)
        report["passages"] = await store.passages.count()
        # Adds and searches run on the index as the writes left it (FTS5 segments merged
        # incrementally), the state a bot that grew to this size is in; the full rebuild, a
        # repair tool, is timed last.
        await store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        extra = list(synthetic_essays(docs, 20, seed=99))
        adds = []
        for i, doc in enumerate(extra):
            start = time.perf_counter()
            await store.essays.save(replace(doc, slug=f"added-{i}"), source="cli")
            adds.append(time.perf_counter() - start)
        report["add_one_essay"] = summary(adds)

        search = Search(store)
        claim_stance(CLAIMS[0])  # loading VADER's lexicon and the model is start-up, not a claim
        stance_times = []
        for i, claim in enumerate(CLAIMS * 3):
            text = claim + " " * (1 + i // len(CLAIMS))  # a new string: the caches miss
            start = time.perf_counter()
            claim_stance(text)
            stance_times.append(time.perf_counter() - start)
        report["stance_per_claim"] = summary(stance_times)
        quotes = [q for q, _ in EVAL_QUERIES]
        typed = autocomplete_inputs()
        names = name_inputs([d.author for d in docs], [d.title for d in docs])
        indexed_calls = {
            "quote": [lambda q=q: search.quotes(q) for q in quotes * 3],
            "autocomplete": [lambda t=t: search.suggest_quotes(t) for t in typed],
            "autocomplete_names": [lambda t=t: search.authors_like(t) for t in names]
            + [lambda t=t: search.essays_like(t, scope="any") for t in names],
            "counter": [lambda c=c: counterpoints(search, c) for c in CLAIMS * 3],
            "verify": [lambda q=q: search.verify(q) for q in quotes * 2],
        }
        subset = quotes[:naive_queries]
        naive_calls = {
            "quote": [lambda q=q: search.naive_quotes(q) for q in subset],
            "autocomplete": [
                lambda t=t: naive_suggest(search, t) for t in typed[: naive_queries * 3]
            ],
            "autocomplete_names": [
                lambda t=t: naive_names(search, t) for t in names[:naive_queries]
            ],
            "counter": [lambda c=c: naive_counter(search, c) for c in CLAIMS],
            "verify": [lambda q=q: naive_verify(search, q) for q in subset],
        }
        measured = [name for name in FEATURES if name not in skip]
        indexed = {name: await _timed(indexed_calls[name]) for name in measured}
        await search.passages()  # the naive scan's corpus load is not counted per query
        naive = {name: await _timed(naive_calls[name]) for name in measured}
        agree = 0
        for query in subset:
            a, b = await search.quotes(query, limit=1), await search.naive_quotes(query, limit=1)
            agree += [h.passage.id for h in a] == [h.passage.id for h in b]
        report["top1_agreement"] = f"{agree}/{len(subset)}"
        for name in indexed:
            fast, slow = summary(indexed[name]), summary(naive[name])
            report[name] = {
                "indexed": fast,
                "naive": slow,
                "speedup_median": round(slow["median_ms"] / max(fast["median_ms"], 1e-3), 2),
                "speedup_p95": round(slow["p95_ms"] / max(fast["p95_ms"], 1e-3), 2),
            }
        start = time.perf_counter()
        await store.index.rebuild()
        report["index_rebuild_s"] = round(time.perf_counter() - start, 1)
        await store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        report["db_mb"] = round(await asyncio.to_thread(os.path.getsize, path) / 1e6, 1)
        report["index_mb"] = round(await store.index.size_bytes() / 1e6, 1)
        report["bench_process_peak_rss_mb"] = round(
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1
        )
    finally:
        await store.close()
    return report


async def _bot_side(path: Path, options: dict) -> dict:
    """bot.benchbot in a fresh process on the bench database: start, commands, load, RSS."""
    probe = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.benchbot",
        str(path),
        json.dumps(options),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        cwd=ROOT,
        env={**os.environ, "DATABASE_PATH": str(path), "DISCORD_TOKEN": ""},
    )
    out, err = await probe.communicate()
    if probe.returncode == 0:
        return json.loads(out.decode().strip().splitlines()[-1])
    return {"error": err.decode().strip().splitlines()[-1:]}


def render(report: dict) -> str:
    lines = [
        f"{report['essays']} essays"
        + (
            f" + {report['servers']} servers x {report['per_server']} essays of their own"
            if report.get("servers")
            else ""
        )
        + f", {report['passages']} passages; load "
        f"{report['load_s']} s (indexed as written); full index rebuild "
        f"{report['index_rebuild_s']} s; database {report['db_mb']} MB "
        f"(indexes {report['index_mb']} MB)",
        f"add one essay: median {report['add_one_essay']['median_ms']} ms, "
        f"p95 {report['add_one_essay']['p95_ms']} ms",
    ]
    for name in FEATURES:
        row = report.get(name)
        if row is None:
            lines.append(f"{name:18} skipped")
            continue
        lines.append(
            f"{name:18} indexed median {row['indexed']['median_ms']:7.1f} ms  p95 "
            f"{row['indexed']['p95_ms']:7.1f} ms | naive median {row['naive']['median_ms']:8.1f}"
            f" ms  p95 {row['naive']['p95_ms']:8.1f} ms | {row['speedup_median']}x median, "
            f"{row['speedup_p95']}x p95"
        )
    lines.append(f"top-1 indexed == naive: {report['top1_agreement']}")
    stance = report["stance_per_claim"]
    lines.append(f"stance of a claim: median {stance['median_ms']} ms, p95 {stance['p95_ms']} ms")
    bot = report["bot"]
    if "error" in bot:
        lines.append(f"bot: failed: {bot['error']}")
        return "\n".join(lines)
    lines.append(
        f"through the bot's callbacks, {bot['servers']} servers alternating "
        "(warm: median, p95; first call after a write: median, max), ms:"
    )
    for name, row in bot["commands"].items():
        warm, first = row["warm"], row["after_write"]
        lines.append(
            f"  {name:30} warm {warm['median_ms']:7.1f} {warm['p95_ms']:7.1f} | after a write "
            f"{first['median_ms']:7.1f} {first['max_ms']:7.1f}"
            + (f" ({row['refused']} answered 'not found')" if row.get("refused") else "")
        )
    load = bot.get("load")
    if load:
        lines.append(
            f"load: {load['rate']:g}/s for {load['seconds']:g} s ({load['interactions']} "
            f"interactions, {load['achieved_per_s']}/s, {load['writes']} writes): p50 "
            f"{load['p50_ms']} ms, p95 {load['p95_ms']} ms, p99 {load['p99_ms']} ms, max "
            f"{load['max_ms']} ms; event loop lag max {load['loop_lag_max_ms']} ms; "
            f"errors {load['errors']} {load['first_errors'] or ''}"
        )
    lines.append(
        f"bot start {bot.get('start_s')} s (summaries warmed in the background by "
        f"{bot.get('warmed_s')} s), bot peak RSS {bot.get('peak_rss_mb')} MB "
        f"(this benchmark process: {report['bench_process_peak_rss_mb']} MB)"
    )
    return "\n".join(lines)
