"""The offline `essay` subcommands: add, list, remove, show, export."""

from __future__ import annotations

import logging
import sys
from collections import Counter
from pathlib import Path

from bot import BUNDLED_ESSAYS
from bot.cli_context import (
    USAGE,
    Context,
    Unanswered,
    passage_json,
)
from bot.corpus import ESSAY_STANCES, PASSAGE_STANCES, export_name, to_markdown
from bot.errors import (
    CrosscutError,
    DatabaseBusy,
    EssayFormatError,
    NotFoundError,
    PermissionDenied,
)
from bot.importer import MAX_BYTES, SUFFIXES, Metadata, draft_from_file, missing_message, size
from bot.store import GLOBAL, EssayRecord
from bot.text import quoted_title

log = logging.getLogger(__name__)


def _essay_files(paths: list[str]) -> tuple[list[Path], list[dict]]:
    """The essay files the paths name (a folder: its essay files), and a report of each path
    that names nothing."""
    files: list[Path] = []
    missing: list[dict] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES)
        elif path.is_file():
            files.append(path)
        else:
            missing.append({"file": raw, "error": f"{raw}: no such file or directory."})
    return files, missing


def _progress(done: int, total: int, name: str) -> None:
    """A progress bar on stderr, only when a person is watching."""
    if not sys.stderr.isatty():
        return
    width = 30
    filled = width * done // max(total, 1)
    bar = "#" * filled + "-" * (width - filled)
    end = "\n" if done == total else ""
    print(f"\r[{bar}] {done}/{total} {name[:40]:<40}", end=end, file=sys.stderr, flush=True)


def _flag(key: str) -> str:
    """The option that gives a missing field, with its choices when it has some."""
    return f"--{key} {'|'.join(ESSAY_STANCES) if key == 'stance' else key.upper()}"


async def cmd_essay_add(ctx: Context) -> tuple[dict, str]:
    args = ctx.args
    meta = Metadata(
        title=args.title,
        author=args.author,
        stance=args.stance,
        publication=args.publication,
        published=args.published,
    )
    files, missing = _essay_files(args.paths)
    if not files and not missing:
        raise NotFoundError("No .md, .txt or .html files there.")
    results: dict[str, list] = {"added": [], "updated": [], "unchanged": [], "errors": missing}
    for n, path in enumerate(files, 1):
        try:
            if path.stat().st_size > MAX_BYTES:
                raise EssayFormatError(f"{path.name} is over the {size(MAX_BYTES)} limit.")
            draft = draft_from_file(path.read_bytes(), path.name, meta, slug=path.stem)
            if draft.missing:
                flags = " and ".join(_flag(key) for key in draft.missing)
                raise EssayFormatError(missing_message(draft, f"give {flags}"))
            essay_id, status = await ctx.store.essays.import_doc(
                draft.doc, guild_id=ctx.guild_id, source="cli"
            )
            results[status].append(
                {
                    "id": essay_id,
                    "file": str(path),
                    "title": draft.doc.title,
                    "author": draft.doc.author,
                    "publication": draft.doc.publication,
                    "published": draft.doc.published,
                    "removed": list(draft.removed),
                    "passages": [
                        {
                            "position": i,
                            "stance": p.stance,
                            "stance_source": p.stance_source,
                            "topics": list(p.topics),
                            "text": p.text,
                        }
                        for i, p in enumerate(draft.doc.passages)
                    ],
                }
            )
        except DatabaseBusy:
            raise  # the whole batch waits, not one file: try again later
        except CrosscutError as error:
            results["errors"].append({"file": str(path), "error": str(error)})
        except Exception as error:  # one file's surprise must not stop the folder
            log.exception("Importing %s failed", path)
            message = f"{path.name}: could not be imported ({type(error).__name__}); see the log."
            results["errors"].append({"file": str(path), "error": message})
        _progress(n, len(files), path.name)
    lines = [f"{len(results[k])} {k}" for k in ("added", "updated", "unchanged") if results[k]]
    text = ", ".join(lines) or "nothing imported"
    for item in results["added"] + results["updated"]:
        stances = Counter(p["stance"] for p in item["passages"])
        read = ", ".join(f"{stances[s]} {s}" for s in PASSAGE_STANCES if stances[s])
        text += f"\n  #{item['id']} {item['title']} by {item['author']} ({read})"
    if results["errors"]:  # the good files are in; the bad ones fail again until fixed
        raise Unanswered(results, text, USAGE, [e["error"] for e in results["errors"]])
    return results, text


async def cmd_essay_list(ctx: Context) -> tuple[dict, str]:
    rows, _ = await ctx.store.essays.page(ctx.guild_id)
    data = [
        {
            "id": e.id,
            "guild_id": e.guild_id,
            "slug": e.slug,
            "title": e.title,
            "author": e.author,
            "stance": e.stance,
            "publication": e.publication,
            "published": e.published,
            "url": e.url,
            "source": e.source,
            "passages": e.passage_count,
            "hidden": hidden,
        }
        for e, hidden in rows
    ]
    lines = [
        f"#{e['id']:<4} {e['title']} \u2014 {e['author']} [{e['stance']}, "
        f"{e['passages']} passages{', hidden' if e['hidden'] else ''}"
        f"{', server ' + str(e['guild_id']) if e['guild_id'] else ''}]"
        for e in data
    ]
    if not data:
        raise Unanswered({"essays": []}, "No essays.")
    return {"essays": data}, "\n".join(lines)


async def _scoped_essay(ctx: Context, essay_id: int) -> EssayRecord:
    """The essay ``essay_id`` if the command's scope holds it: without --guild the global
    essays, with it that server's view (as `essay list` and `quote` see them)."""
    essay = await ctx.store.essays.get(essay_id)
    if essay is None:
        raise NotFoundError(f"There is no essay #{essay_id}.")
    if essay.guild_id not in (GLOBAL, ctx.guild_id):
        if ctx.args.guild:  # another server's: walled off, as in Discord
            raise NotFoundError(f"There is no essay #{essay_id} in server {ctx.guild_id}.")
        raise NotFoundError(
            f"Essay #{essay_id} is server {essay.guild_id}'s own, and without --guild only "
            f"global essays are in scope: add --guild {essay.guild_id}."
        )
    return essay


async def cmd_essay_remove(ctx: Context) -> tuple[dict, str]:
    essay = await _scoped_essay(ctx, ctx.args.id)
    if essay.source == "bundled":
        # The store's refusal names /essay hide; in a terminal the file is the way.
        raise PermissionDenied(
            f"Essay #{essay.id} is bundled with Crosscut: delete or edit its file in "
            f"{BUNDLED_ESSAYS} instead (the bot and the CLI reload that folder on start)."
        )
    title = await ctx.store.essays.remove(ctx.args.id, ctx.guild_id)
    return {"removed": ctx.args.id, "title": title}, f"Removed essay #{ctx.args.id}: {title}"


async def cmd_essay_show(ctx: Context) -> tuple[dict, str]:
    essay = await _scoped_essay(ctx, ctx.args.id)
    found = await ctx.store.essays.in_scope(essay.id, ctx.guild_id)
    passages = await ctx.store.passages.of_essay(essay.id)
    data = {
        "id": essay.id,
        "guild_id": essay.guild_id,
        "title": essay.title,
        "author": essay.author,
        "stance": essay.stance,
        "publication": essay.publication,
        "published": essay.published,
        "url": essay.url,
        "source": essay.source,
        "hidden": bool(found and found[1]),
        "passages": [passage_json(p) for p in passages],
    }
    where = f"server {essay.guild_id}" if essay.guild_id else "global"
    details = [essay.publication, essay.published, essay.url]
    lines = [
        f"#{essay.id} {quoted_title(essay.title)} \u2014 {essay.author} "
        f"[{essay.stance}, {essay.source}, {where}{', hidden' if data['hidden'] else ''}]",
        *[d for d in details if d],
        "",
    ]
    for n, p in enumerate(passages, 1):
        speaker = f" ({p.quoted_from})" if p.quoted_from else ""
        lines.append(f"{n}. [{p.stance}]{speaker} {p.text}")
    return data, "\n".join(lines)


def _write_exports(out: Path, exported: list[dict]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    root = out.resolve()
    taken: set[str] = set()
    for item in exported:
        name = item["file"] if item["file"] not in taken else f"{item['id']}-{item['file']}"
        taken.add(name)
        target = out / name
        if target.resolve().parent != root:  # export_name makes this impossible; be sure
            raise EssayFormatError(f"Essay #{item['id']}: {name!r} is not a file name in {out}.")
        item["file"] = str(target)
        target.write_text(item["markdown"], encoding="utf-8")


async def cmd_essay_export(ctx: Context) -> tuple[dict, str]:
    args = ctx.args
    if args.all:
        # The scope's own essays: one file per slug, each re-importable into the same scope.
        rows = (await ctx.store.essays.page(ctx.guild_id))[0]
        ids = [e.id for e, _ in rows if e.guild_id == ctx.guild_id]
        if not args.out:
            raise EssayFormatError("--all writes one file per essay: give --out DIRECTORY.")
    elif args.id is not None:
        ids = [(await _scoped_essay(ctx, args.id)).id]
    else:
        raise EssayFormatError("Give an essay ID or --all.")
    exported = []
    for essay_id in ids:
        doc = await ctx.store.essays.doc(essay_id)
        exported.append({"id": essay_id, "file": export_name(doc), "markdown": to_markdown(doc)})
    if args.out:
        _write_exports(Path(args.out), exported)
        text = "\n".join(f"#{item['id']} -> {item['file']}" for item in exported)
        return {
            "exported": [{k: v for k, v in i.items() if k != "markdown"} for i in exported]
        }, text
    return {"exported": exported}, exported[0]["markdown"].rstrip("\n")
