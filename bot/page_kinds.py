"""Pages of a particular kind, read before the cleaner sees them (no discord import).

An e-mail saved or pasted as text (a newsletter issue, often forwarded) opens with headers,
"From: … / Date: … / Subject: … / To: …", that name its title (the subject), its author (the
sender's name, "Ruth Adeyemi from Dailies" naming the publication too) and its date. In a
forwarded e-mail everything above the last header block (the forwarder's own message, the
mail client's "Fwd:" line and its header, "---------- Forwarded message ---------") is the
forwarder's, not the author's: only the innermost message is the essay. A newsletter sent in
its own name ("Cut Together <…>") whose issue is signed "By Tomás Reyes" over its first
paragraph is Tomás Reyes's, in the publication Cut Together.

A message copied from a web-mail reader has no "From:" keys: the subject (perhaps over a label,
"Inbox"), the sender ("Ruth Adeyemi from Dailies <dailies@…>"), the date ("Tue, Mar 4, 2025,
9:14 AM (2 days ago)") and "to me" head it, and are read the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot import furniture
from bot.page_meta import NAME, author_in, parse_date
from bot.page_units import ends_sentence

__all__ = ["Email", "read_email"]

_HEADER = re.compile(
    r"^(?P<key>from|date|sent|subject|to|cc|reply-to)\s*:\s*(?P<value>.*)$", re.IGNORECASE
)
# A reply's or a forward's subject prefixes: "Fwd:", "FW:", "Re:", "AW:", "TR:".
_SUBJECT_PREFIX = re.compile(r"^(?:(?:fwd?|re|aw|tr|wg)\s*:\s*)+", re.IGNORECASE)
# A newsletter's name and issue number beside its issue's title in the subject: "The Splicing
# Block #48: Two cheers …", "Issue 12 | …", "… — Frame Rate, No. 7", "[Cutaway] No. 31 — …".
_ISSUE = r"(?:[^:|—–\[\]]{0,60}?\s)?(?:#|(?:issue|letter|no\.|vol\.)\s*#?\s*)\d{1,5}"
_SUBJECT_ISSUE = re.compile(
    rf"^(?:(?:{_ISSUE}\s*[:|—–]|\[[^\]]{{2,60}}\])\s+)+|\s+[|—–-]\s+{_ISSUE}$", re.IGNORECASE
)
# The sender: "Ruth Adeyemi from Dailies <ruth@…>", "\"Ruth Adeyemi\" <ruth@…>", "ruth@…".
_SENDER = re.compile(r"^\"?(?P<name>[^\"<]*?)\"?\s*(?:<[^>]*>)?\s*$")
_SENDER_AT = re.compile(r"^(?P<name>.+?)\s+(?:from|at|of)\s+(?P<publication>\S.*)$")
# A person's name never opens with an article; a cinema's, a paper's or a society's may.
_ARTICLES = ("The", "A", "An")


@dataclass(frozen=True)
class Email:
    body: str  # the text under the innermost header block
    meta: dict[str, str]  # title, author, published, publication (those the headers give)
    removed: list[str]  # everything above the body: the headers and any forwarder's message


def _header_blocks(lines: list[str]) -> list[tuple[int, int, dict[str, str]]]:
    """Runs of header lines (start, end, fields): a sender and a subject or a date, with an
    address among them (prose that opens "From: ..." and "Date: ..." names none)."""
    blocks = []
    i = 0
    while i < len(lines):
        fields: dict[str, str] = {}
        j = i
        while j < len(lines) and (match := _HEADER.match(lines[j].strip())):
            fields.setdefault(match["key"].lower(), match["value"].strip())
            j += 1
        addressed = "@" in fields.get("from", "") + fields.get("to", "")
        if addressed and ({"subject", "date", "sent"} & fields.keys()):
            blocks.append((i, j, fields))
        i = max(j, i + 1)
    return blocks


# A web-mail reader's header: the sender with their address, then (within a few lines) the
# date and the recipients ("to me", "to Ruth, me").
_ADDRESSED = re.compile(r"^\"?[^<>\"@]{2,80}?\"?\s*<[^<>\s@]+@[^<>\s]+>$")
_RECIPIENTS = re.compile(r"^to\s+(?:me|[^.!?]{1,60})$", re.IGNORECASE)
_WEBMAIL_HEAD = 8  # the sender is among the paste's first lines
_WEBMAIL_DATE = 4  # the date and the recipients within this many lines under the sender


def _webmail_block(lines: list[str]) -> tuple[int, int, dict[str, str]] | None:
    """A web-mail header as a header block (see ``_header_blocks``): its subject is the first
    line of the paste, when a sender with an address and a dated line follow."""
    shown = [(k, line.strip()) for k, line in enumerate(lines) if line.strip()]
    for n, (_, line) in enumerate(shown[:_WEBMAIL_HEAD]):
        if not _ADDRESSED.match(line) or n == 0:
            continue
        below = shown[n + 1 : n + 1 + _WEBMAIL_DATE]
        date = next((line for _, line in below if parse_date(line)), None)
        if date is None:
            return None
        end = next((j + 1 for j, line in below if _RECIPIENTS.match(line)), None)
        end = end or next(j + 1 for j, line in below if line == date)
        return 0, end, {"from": line, "subject": shown[0][1], "date": date}
    return None


def read_email(text: str) -> Email | None:
    """The innermost message of an e-mail pasted as text, when ``text`` is one; else None."""
    lines = text.split("\n")
    blocks = _header_blocks(lines) or [b for b in [_webmail_block(lines)] if b]
    if not blocks:
        return None
    _, end, fields = blocks[-1]
    meta: dict[str, str] = {}
    subject = _SUBJECT_PREFIX.sub("", fields.get("subject", "")).strip()
    if subject := _SUBJECT_ISSUE.sub("", subject).strip():
        meta["title"] = subject
    sender = _SENDER.match(fields["from"])
    name = sender["name"].strip() if sender else ""
    by = _SENDER_AT.match(name)
    if by and NAME.match(by["name"]) and NAME.match(by["publication"]):
        name, meta["publication"] = by["name"], by["publication"]
    if name and NAME.match(name) and name.split()[0] in _ARTICLES:
        # Sent in a body's name ("The Kestrel Picturehouse <letters@…>"): the body publishes
        # the letter; whoever signs it under the text wrote it.
        meta["publication"] = name
    elif name and NAME.match(name) and len(name.split()) >= 2:
        meta["author"] = name
    if published := parse_date(fields.get("date") or fields.get("sent") or ""):
        meta["published"] = published
    body = lines[end:]
    if (byline := _body_byline(body)) and byline != name:
        # A newsletter sent in its own name ("Cut Together <…>") whose issue is signed "By
        # Tomás Reyes": the byline names the author, the sender the publication.
        meta["author"] = byline
        if name and NAME.match(name):
            meta.setdefault("publication", name)
    removed = [line.strip() for line in lines[:end] if line.strip()]
    return Email("\n".join(body), meta, removed)


_BODY_HEAD = 12  # the issue's byline is among the first lines of its body


def _body_byline(body: list[str]) -> str | None:
    """The name an issue's "By ..." line gives, in the lines over its first paragraph."""
    shown = [line.strip() for line in body if line.strip()][:_BODY_HEAD]
    for line in shown:
        if len(line.split()) > furniture.PROSE_MIN_WORDS * 2:
            return None  # the first paragraph: a "By ..." under it is the essay's
        name = author_in(line)
        if name and NAME.match(name) and len(name.split()) >= 2 and not ends_sentence(line):
            return name
    return None
