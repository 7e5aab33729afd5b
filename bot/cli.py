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
import os
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import NoReturn

from bot import BUNDLED_ESSAYS
from bot.cli_context import (
    ANSWERED,
    NOTHING_FOUND,
    USAGE,
    USAGE_ERRORS,
    Command,
    Context,
    Unanswered,
    passage_json,
)
from bot.cli_essay import (
    cmd_essay_add,
    cmd_essay_export,
    cmd_essay_list,
    cmd_essay_remove,
    cmd_essay_show,
)
from bot.config import TOKEN_HELP, Config, default_database_path
from bot.corpus import ESSAY_STANCES, load_directory
from bot.daily import DailyPick, local_date, upcoming, zone
from bot.errors import (
    ConfigError,
    CrosscutError,
    NotFoundError,
    UsageError,
    as_typed,
)
from bot.importer import MAX_BYTES, size
from bot.search import Hit, Search, Verification
from bot.stance import counterpoints, has_words, perspective, spectrum
from bot.stance.verification import verify_quote
from bot.store import PassageRecord, Store
from bot.text import clean_text, quoted_title

log = logging.getLogger(__name__)


class ArgumentError(Exception):
    """argparse refused the command line (raised instead of printing, for --json)."""

    def __init__(self, parser: argparse.ArgumentParser, message: str) -> None:
        super().__init__(message)
        self.parser = parser


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise ArgumentError(self, message)


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
        "speaker": p.speaker,
        "stance": p.stance,
        "topics": list(p.topics),
        "score": hit.score,
    }


def citation(p: PassageRecord) -> str:
    """Author, title, publication, and who is quoted if not the author: every answer's
    citation line."""
    source = f", {p.publication}" if p.publication else ""
    cite = f"{p.author}, {quoted_title(p.title)}{source}"
    return f"{p.quoted_from}, quoted by {cite}" if p.quoted_from else cite


def hit_text(hit: Hit) -> str:
    p = hit.passage
    why = f"\n  ({hit.why})" if hit.why else ""
    return f"\u201c{p.text}\u201d\n  \u2014 {citation(p)} [{p.stance}]{why}"


async def cmd_quote(ctx: Context) -> tuple[dict, str]:
    hits = await ctx.search.quotes(
        ctx.args.text, guild_id=ctx.guild_id, author=ctx.args.author, limit=ctx.args.limit
    )
    data = {"results": [hit_json(h) for h in hits]}
    if not hits:
        raise Unanswered(data, f"Nothing in the essays matches {as_typed(ctx.args.text)}.")
    return data, "\n\n".join(hit_text(h) for h in hits)


async def cmd_counter(ctx: Context) -> tuple[dict, str]:
    claim_text = ctx.args.text
    answer = await counterpoints(
        ctx.search, claim_text, guild_id=ctx.guild_id, anyway=ctx.args.anyway
    )
    claim = answer.claim
    data = {
        "claim_stance": claim.label,
        "confidence": claim.confidence,
        "leaning": claim.stance,
        "topics": list(answer.topics),
        "results": [{**hit_json(h), "why": h.why} for h in answer.results],
    }
    if answer.reason:  # nothing to argue with: nothing answered, like a quote not found
        data["reason"] = answer.reason
        # The CLI's Argue it anyway, offered as Discord offers the button: not for wordless input.
        retry = (
            "\nIf it is a claim about AI in film, add --anyway." if has_words(claim_text) else ""
        )
        raise Unanswered(data, answer.reason + retry)
    if claim.unclear:
        head = "Your claim could be read either way, so here are both sides, labelled:"
    else:
        head = f"Your claim reads as {claim.stance} ({claim.confidence:.0%} sure). The other side:"
    if not answer.results:
        raise Unanswered(data, f"{head}\n\nNo passage from the other side is in the essays yet.")
    return data, "\n\n".join([head, *(hit_text(h) for h in answer.results)])


async def cmd_perspective(ctx: Context) -> tuple[dict, str]:
    view = await perspective(ctx.search, ctx.args.name, guild_id=ctx.guild_id)
    data = {
        "author": view.author,
        "stance": view.stance,
        "summary": view.summary,
        "bio": view.bio,
        "claims": [passage_json(c) for c in view.claims],
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
    lines = [f"{view.author} \u2014 {view.stance} ({view.summary})"]
    if view.bio:
        lines.append(view.bio)
    lines += ["", "Strongest claims:"]
    lines += [f"  \u201c{c.text}\u201d [{c.stance}]" for c in view.claims]
    lines += ["", "Essays:"] + [f"  #{e.id} {e.title} [{e.stance}]" for e in view.essays]
    return data, "\n".join(lines)


async def cmd_spectrum(ctx: Context) -> tuple[dict, str]:
    try:
        topic, positions = await spectrum(ctx.search, ctx.args.topic, guild_id=ctx.guild_id)
    except NotFoundError as error:  # no such topic: the empty answer, as for every command
        raise Unanswered({"topic": ctx.args.topic, "positions": []}, str(error)) from error
    data = {
        "topic": topic,
        "positions": [
            {
                "speaker": p.speaker,
                "position": p.score,
                "label": p.label,
                "counts": p.counts,
                "quote": p.quote,
                "passage": passage_json(p.passage),
            }
            for p in positions
        ],
    }
    lines = [f"Positions on {topic}, most skeptical first:"]
    for p in positions:
        cite = p.passage.title
        if p.passage.quoted_from:
            cite = f"quoted by {p.passage.author} in {cite}"
        quote = f"\u201c{p.quote}\u201d \u2014 {cite}"
        lines.append(f"  {p.score:+.2f} {p.speaker} ({p.label}): {quote}")
    return data, "\n".join(lines)


def _side_json(p) -> dict:
    return {
        "essay_id": p.essay_id,
        "passage_id": p.id,
        "title": p.title,
        "author": p.speaker,
        "text": p.text,
        "stance": p.stance,
    }


def pick_json(pick: DailyPick) -> dict:
    data = {"date": pick.day.isoformat(), **_side_json(pick.passage), "posted": pick.posted}
    data["prompt"] = pick.prompt
    if pick.counter:
        data["counter"] = _side_json(pick.counter)
    return data


async def cmd_potd(ctx: Context) -> tuple[dict, str]:
    settings = await ctx.store.settings.get(ctx.guild_id)
    start = ctx.args.start or local_date(datetime.now(UTC), zone(settings.potd_timezone))
    picks = await upcoming(ctx.store, settings, start, ctx.args.days)
    lines = []
    for pick in picks:
        p = pick.passage
        mark = " (posted)" if pick.posted else ""
        lines.append(
            f"{pick.day.isoformat()}{mark} [{p.stance}] {p.speaker}, {quoted_title(p.title)}"
        )
        lines.append(f"  \u201c{p.text}\u201d")
        if pick.counter:
            c = pick.counter
            lines.append(f"  vs [{c.stance}] {c.speaker}: \u201c{c.text}\u201d")
    if not picks:
        raise Unanswered({"days": []}, "No eligible passages to post.")
    return {"days": [pick_json(pick) for pick in picks]}, "\n".join(lines)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from error


def _count(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 100:
        raise argparse.ArgumentTypeError("takes a whole number from 1 to 100")
    return int(text)


def _guild(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"takes a server's id (a positive number), not {text!r}")
    return int(text)


def _words(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("is empty: give some words")
    return text


def _days(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 366:
        raise argparse.ArgumentTypeError("--days takes a whole number from 1 to 366")
    return int(text)


def verification_json(result: Verification) -> dict:
    data: dict = {"found": result.found, "query": result.query}
    if result.found:
        data.update(
            exact=result.exact,
            reversed=result.reversed,
            score=result.score,
            original=result.original,
            sentence=result.sentence,
            context=result.context,
            differences=[
                {"kind": d.kind, "typed": d.typed, "original": d.original}
                for d in result.differences
            ],
            passage=hit_json(Hit(result.passage, result.score)),
        )
    return data


def verification_text(result: Verification) -> str:
    if not result.found:
        return f"Not found in the corpus: nothing close to {as_typed(result.query)}."
    p = result.passage
    head = f"{result.verdict}." if result.exact else f"{result.verdict} ({result.score:.0f}/100)."
    lines = [head, f"The essay says: \u201c{result.sentence}\u201d"]
    lines += [f"  - {d.describe()}" for d in result.differences]
    if result.context:
        lines.append(f"In context: {result.context}")
    lines.append(f"  \u2014 {citation(p)} (essay #{p.essay_id})")
    return "\n".join(lines)


async def cmd_verify(ctx: Context) -> tuple[dict, str]:
    result = await verify_quote(ctx.search, ctx.args.text, guild_id=ctx.guild_id)
    if not result.found:
        raise Unanswered(verification_json(result), verification_text(result))
    return verification_json(result), verification_text(result)


async def cmd_bench(ctx: Context) -> tuple[dict, str]:
    from bot import bench  # only here: every other command starts without it

    args = ctx.args
    unknown = sorted(set(args.skip) - set(bench.FEATURES))
    if unknown:
        raise UsageError(f"--skip takes one of {', '.join(bench.FEATURES)}, not {unknown[0]!r}.")
    report = await bench.run(
        args.essays,
        naive_queries=args.naive_queries,
        keep=args.keep,
        skip=args.skip,
        servers=args.servers,
        per_server=args.per_server,
        bot_options={
            "warm": args.warm,
            "after_write": args.after_write,
            "load_rate": args.load_rate,
            "load_seconds": args.load_seconds,
        },
    )
    return report, bench.render(report)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="python -m bot",
        description="Crosscut. With no command, runs the Discord bot (needs DISCORD_TOKEN). "
        "The commands below work offline on the bundled essays.",
        epilog=(
            f"Database: DATABASE_PATH, else {default_database_path()} (one per user; the bot "
            "and these commands share it). Exit status: 0 answered, 1 nothing found "
            "(or try again), 2 usage or configuration error."
        ),
    )
    parser.add_argument(
        "-v", "--verbose", action="count", default=0, help="also log progress (-vv: debug)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(
        subparsers: argparse._SubParsersAction, name: str, func: Command, help_text: str, guild: str
    ) -> argparse.ArgumentParser:
        """A subcommand with the options every command takes: --json and --guild."""
        p = subparsers.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--json", action="store_true", help="machine-readable output (see README)")
        p.add_argument(
            "-v",
            "--verbose",
            action="count",
            default=argparse.SUPPRESS,  # python -m bot -v quote ... works too
            help="also log progress (-vv: debug)",
        )
        p.add_argument("--guild", type=_guild, metavar="ID", help=guild)
        p.set_defaults(func=func)
        return p

    def add(name: str, func: Command, help_text: str) -> argparse.ArgumentParser:
        return command(sub, name, func, help_text, "see exactly what this Discord server sees")

    p = add("quote", cmd_quote, "Find a passage by the words you remember.")
    p.add_argument("text", type=_words, help="words you remember from the passage (typos welcome)")
    p.add_argument("--author", help="only this author (fuzzy)")
    p.add_argument(
        "--limit", type=_count, default=5, metavar="N", help="at most N passages (default 5)"
    )

    p = add("counter", cmd_counter, "The other side of a claim, verbatim and cited.")
    p.add_argument(
        "text", type=_words, help="a claim about AI video, e.g. 'Sora will let anyone direct'"
    )
    p.add_argument(
        "--anyway",
        action="store_true",
        help="answer it even if it reads as off topic (what Discord's Argue it anyway does)",
    )

    p = add("perspective", cmd_perspective, "An author's stance, strongest claims and essays.")
    p.add_argument("name", type=_words, help="an essayist's name (typos welcome)")

    p = add("spectrum", cmd_spectrum, "Every author's position on a topic, skeptical first.")
    p.add_argument(
        "topic", type=_words, help="a topic or chat words for it, e.g. jobs, 'no actors'"
    )

    essay = sub.add_parser(
        "essay",
        help="Add, list, remove and export essays (globally or for one server).",
        description="Manage essays. Without --guild, essays are global: every server sees them.",
    )
    essay_sub = essay.add_subparsers(dest="essay_command", metavar="ACTION", required=True)

    def add_essay(name: str, func: Command, help_text: str) -> argparse.ArgumentParser:
        guild = "this Discord server's essays (default: global)"
        return command(essay_sub, name, func, help_text, guild)

    p = add_essay(
        "add",
        cmd_essay_add,
        f"Import .md/.txt/.html files or directories (max {size(MAX_BYTES)} each); "
        "re-running updates in place.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--title", help="title, when the file has none")
    p.add_argument("--author", help="author, when the file has none")
    p.add_argument("--stance", choices=ESSAY_STANCES, help="essay stance, when the file has none")
    p.add_argument("--publication", help="where it was published, when the page doesn't say")
    p.add_argument("--published", help="publication date, when the page doesn't say")

    add_essay("list", cmd_essay_list, "List the essays a server sees (hidden ones marked).")

    p = add_essay("show", cmd_essay_show, "One essay's details and its passages.")
    p.add_argument("id", type=int, help="the essay's id (see essay list)")

    p = add_essay("remove", cmd_essay_remove, "Remove an essay added by a server or the CLI.")
    p.add_argument("id", type=int, help="the essay's id (see essay list)")

    p = add_essay("export", cmd_essay_export, "Export essays in the bundled .md format.")
    p.add_argument("id", type=int, nargs="?", help="the essay's id (see essay list)")
    p.add_argument(
        "--all", action="store_true", help="every essay of the scope (global, or --guild's own)"
    )
    p.add_argument("--out", metavar="DIR", help="write <slug>.md files here (else stdout)")

    p = add("potd", cmd_potd, "The upcoming perspectives of the day, in order (records nothing).")
    p.add_argument(
        "--from", dest="start", type=_date, metavar="YYYY-MM-DD", help="first day (default: today)"
    )
    p.add_argument("--days", type=_days, default=7, help="how many days (default 7)")

    p = add("verify", cmd_verify, "Is this a real quote? The exact wording, differences, citation.")
    p.add_argument("text", type=_words, help="the quote as you saw or remember it")

    p = add("bench", cmd_bench, "Benchmark search on a synthetic corpus in a scratch database.")
    p.add_argument("--essays", type=int, default=10_000, help="corpus size (default 10000)")
    p.add_argument(
        "--naive-queries", type=int, default=6, help="queries also run as a full scan (slow)"
    )
    p.add_argument("--keep", type=Path, metavar="PATH", help="keep the scratch database here")
    p.add_argument(
        "--skip",
        action="append",
        default=[],
        metavar="FEATURE",
        help="do not measure this feature: quote, autocomplete, autocomplete_names, counter "
        "or verify (repeatable)",
    )
    p.add_argument(
        "--servers", type=int, default=0, help="also this many servers with essays of their own"
    )
    p.add_argument("--per-server", type=int, default=5, help="essays per server (default 5)")
    p.add_argument("--warm", type=int, default=40, help="warm calls per command (default 40)")
    p.add_argument(
        "--after-write", type=int, default=5, help="first calls after a write per command"
    )
    p.add_argument("--load-rate", type=float, default=50.0, help="interactions/s (default 50)")
    p.add_argument(
        "--load-seconds", type=float, default=60.0, help="load run length (default 60; 0: none)"
    )
    return parser


async def _run_offline(config: Config, args: argparse.Namespace) -> tuple[dict, str]:
    store = await Store.open(config.database_path)
    try:
        await store.essays.sync_bundled(load_directory(BUNDLED_ESSAYS))
        return await args.func(Context(config, store, Search(store), args))
    finally:
        await store.close()


def configure_logging(config: Config, verbose: int, *, bot: bool) -> None:
    """The bot logs at LOG_LEVEL; the offline commands only warn, unless asked with -v."""
    level = config.log_level if bot else ("WARNING", "INFO", "DEBUG")[min(verbose, 2)]
    logging.basicConfig(
        level=level, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )


def main(argv: list[str] | None = None) -> int:
    try:
        code = _main(argv)
        sys.stdout.flush()  # a reader that went away shows here, not at interpreter exit
    except BrokenPipeError:
        # `... | head`: the reader took what it wanted and closed the pipe. Not an error to
        # report; point stdout at devnull so Python's own flush at exit stays quiet too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return NOTHING_FOUND
    return code


def _main(argv: list[str] | None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_:  # argparse: --help
        return USAGE if exit_.code else ANSWERED
    except ArgumentError as error:
        if "--json" in (sys.argv[1:] if argv is None else argv):
            print(json.dumps({"error": f"{error.parser.prog}: {error}"}))
        else:
            error.parser.print_usage(sys.stderr)
            print(f"{error.parser.prog}: error: {error}", file=sys.stderr)
        return USAGE
    try:
        config = Config.from_env()
        configure_logging(config, args.verbose, bot=args.command is None)
        if args.command is None:
            if not config.token:
                # Not a failure: a fresh install has no token yet. Say how to get one and
                # how to try everything offline meanwhile.
                print(TOKEN_HELP, file=sys.stderr)
                return ANSWERED
            from bot.client import run_bot  # imported lazily: offline commands skip discord

            run_bot(config)
            return ANSWERED
        data, text = asyncio.run(_run_offline(config, args))
    except Unanswered as empty:
        print(
            json.dumps(empty.data, ensure_ascii=False, indent=2)
            if args.json
            else clean_text(empty.text)
        )
        if not args.json:
            for error in empty.errors:
                print(f"error: {clean_text(error)}", file=sys.stderr)
        return empty.code
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return USAGE
    except CrosscutError as error:
        # Input the command cannot use is a usage error (run as is, it fails again); anything
        # else (no such author, a busy database, Discord unreachable) is no answer this time.
        code = USAGE if isinstance(error, USAGE_ERRORS) else NOTHING_FOUND
        if getattr(args, "json", False):
            print(json.dumps({"error": str(error)}))
        else:
            print(f"error: {error}", file=sys.stderr)
        return code
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(clean_text(text))  # a title stored by an older version may hold terminal escapes
    return ANSWERED
