"""The offline command line: every query the slash commands answer, for people without a
token and for scripts. ``python -m bot`` with no subcommand runs the Discord bot.

Each subcommand opens the same database the bot uses (``DATABASE_PATH``), loads the bundled
essays idempotently and calls the same domain code as the cogs. ``--json`` output is a stable
contract (see README).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from bot import BUNDLED_ESSAYS, bench
from bot.config import TOKEN_HELP, Config
from bot.corpus import load_directory
from bot.errors import ConfigError, CrosscutError
from bot.search import Hit, Search, Verification
from bot.stance import counterpoints, perspective
from bot.store import GLOBAL, Store

log = logging.getLogger(__name__)


@dataclass
class Context:
    """What every offline command gets: the store, search and the parsed arguments."""

    config: Config
    store: Store
    search: Search
    args: argparse.Namespace

    @property
    def guild_id(self) -> int:
        return self.args.guild or GLOBAL


Command = Callable[[Context], Awaitable[tuple[dict, str]]]


def hit_json(hit: Hit) -> dict:
    p = hit.passage
    return {
        "essay_id": p.essay_id,
        "passage_id": p.id,
        "title": p.title,
        "author": p.author,
        "publication": p.publication,
        "url": p.url,
        "text": p.text,
        "quoted_from": p.quoted_from,
        "stance": p.stance,
        "topics": list(p.topics),
        "score": hit.score,
    }


def hit_text(hit: Hit) -> str:
    p = hit.passage
    source = f", {p.publication}" if p.publication else ""
    why = f"\n  ({hit.why})" if hit.why else ""
    cite = f"{p.author}, \u201c{p.title}\u201d{source} [{p.stance}]"
    if p.quoted_from:
        cite = f"{p.quoted_from}, quoted by {cite}"
    return f"\u201c{p.text}\u201d\n  \u2014 {cite}{why}"


async def cmd_quote(ctx: Context) -> tuple[dict, str]:
    hits = await ctx.search.quotes(
        ctx.args.text, guild_id=ctx.guild_id, author=ctx.args.author, limit=ctx.args.limit
    )
    text = "\n\n".join(hit_text(h) for h in hits) or f"Nothing matches {ctx.args.text!r}."
    return {"results": [hit_json(h) for h in hits]}, text


async def cmd_counter(ctx: Context) -> tuple[dict, str]:
    claim, hits = await counterpoints(ctx.search, ctx.args.text, guild_id=ctx.guild_id)
    data = {
        "claim_stance": claim.stance,
        "confidence": claim.confidence,
        "results": [{**hit_json(h), "why": h.why} for h in hits],
    }
    head = f"Your claim reads as {claim.stance} ({claim.confidence:.0%} sure). The other side:"
    return data, "\n\n".join([head, *(hit_text(h) for h in hits)])


async def cmd_perspective(ctx: Context) -> tuple[dict, str]:
    view = await perspective(ctx.search, ctx.args.name, guild_id=ctx.guild_id)
    data = {
        "author": view.author,
        "stance": view.stance,
        "bio": view.bio,
        "claims": [
            {
                "text": c.text,
                "essay_id": c.essay_id,
                "title": c.title,
                "stance": c.stance,
                "topics": list(c.topics),
            }
            for c in view.claims
        ],
        "essays": [
            {
                "essay_id": e.id,
                "title": e.title,
                "publication": e.publication,
                "published": e.published,
                "stance": e.stance,
                "url": e.url,
            }
            for e in view.essays
        ],
    }
    lines = [f"{view.author} \u2014 {view.stance}"]
    if view.bio:
        lines.append(view.bio)
    lines += ["", "Strongest claims:"] + [f"  \u201c{c.text}\u201d" for c in view.claims]
    lines += ["", "Essays:"] + [f"  #{e.id} {e.title} [{e.stance}]" for e in view.essays]
    return data, "\n".join(lines)


def verification_json(result: Verification) -> dict:
    data: dict = {"found": result.found, "query": result.query}
    if result.found:
        data.update(
            exact=result.exact,
            score=result.score,
            original=result.original,
            differences=[
                {"kind": d.kind, "typed": d.typed, "original": d.original}
                for d in result.differences
            ],
            passage=hit_json(Hit(result.passage, result.score)),
        )
    return data


def verification_text(result: Verification) -> str:
    if not result.found:
        return f"Not found in the corpus: nothing close to {result.query!r}."
    p = result.passage
    head = "Exact quote." if result.exact else f"Close, not exact ({result.score:.0f}/100)."
    lines = [head, f"The essay says: \u201c{result.original}\u201d"]
    lines += [f"  - {d.describe()}" for d in result.differences]
    lines.append(f"  \u2014 {p.speaker}, \u201c{p.title}\u201d (essay #{p.essay_id})")
    return "\n".join(lines)


async def cmd_verify(ctx: Context) -> tuple[dict, str]:
    result = await ctx.search.verify(ctx.args.text, guild_id=ctx.guild_id)
    return verification_json(result), verification_text(result)


async def cmd_bench(ctx: Context) -> tuple[dict, str]:
    args = ctx.args
    report = await bench.run(args.essays, naive_queries=args.naive_queries, keep=args.keep)
    return report, bench.render(report)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="Crosscut. With no command, runs the Discord bot (needs DISCORD_TOKEN). "
        "The commands below work offline on the bundled essays.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, func: Command, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--json", action="store_true", help="machine-readable output")
        p.add_argument(
            "--guild", type=int, metavar="ID", help="see exactly what this Discord server sees"
        )
        p.set_defaults(func=func)
        return p

    p = add("quote", cmd_quote, "Find a passage by the words you remember.")
    p.add_argument("text")
    p.add_argument("--author", help="only this author (fuzzy)")
    p.add_argument("--limit", type=int, default=5)

    p = add("counter", cmd_counter, "The other side of a claim, verbatim and cited.")
    p.add_argument("text")

    p = add("perspective", cmd_perspective, "An author's stance, strongest claims and essays.")
    p.add_argument("name")

    p = add("verify", cmd_verify, "Is this a real quote? The exact wording, differences, citation.")
    p.add_argument("text")

    p = add("bench", cmd_bench, "Benchmark search on a synthetic corpus in a scratch database.")
    p.add_argument("--essays", type=int, default=10_000, help="corpus size (default 10000)")
    p.add_argument(
        "--naive-queries", type=int, default=6, help="queries also run as a full scan (slow)"
    )
    p.add_argument("--keep", type=Path, metavar="PATH", help="keep the scratch database here")
    return parser


async def _run_offline(config: Config, args: argparse.Namespace) -> tuple[dict, str]:
    store = await Store.open(config.database_path)
    try:
        await store.sync_bundled(load_directory(BUNDLED_ESSAYS))
        return await args.func(Context(config, store, Search(store), args))
    finally:
        await store.close()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        config = Config.from_env()
        logging.basicConfig(
            level=config.log_level,
            stream=sys.stderr,
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        )
        if args.command is None:
            if not config.token:
                # Not a failure: a fresh install has no token yet. Say how to get one and
                # how to try everything offline meanwhile.
                print(TOKEN_HELP, file=sys.stderr)
                return 0
            from bot.client import run_bot  # imported lazily: offline commands skip discord

            run_bot(config)
            return 0
        data, text = asyncio.run(_run_offline(config, args))
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except CrosscutError as error:
        if getattr(args, "json", False):
            print(json.dumps({"error": str(error)}))
        else:
            print(str(error), file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(text)
    return 0
