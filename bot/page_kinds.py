"""Pages of a particular kind, read before the cleaner sees them (no discord import).

An e-mail saved or pasted as text (a newsletter issue, often forwarded) opens with headers,
"From: … / Date: … / Subject: … / To: …", that name its title (the subject), its author (the
sender's name, "Ruth Adeyemi from Dailies" naming the publication too) and its date. In a
forwarded e-mail everything above the last header block (the forwarder's own message, the
mail client's "Fwd:" line and its header, "---------- Forwarded message ---------") is the
forwarder's, not the author's: only the innermost message is the essay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.page_meta import NAME, parse_date

__all__ = ["Email", "read_email"]

_HEADER = re.compile(
    r"^(?P<key>from|date|sent|subject|to|cc|reply-to)\s*:\s*(?P<value>.*)$", re.IGNORECASE
)
# A reply's or a forward's subject prefixes: "Fwd:", "FW:", "Re:", "AW:", "TR:".
_SUBJECT_PREFIX = re.compile(r"^(?:(?:fwd?|re|aw|tr|wg)\s*:\s*)+", re.IGNORECASE)
# The sender: "Ruth Adeyemi from Dailies <ruth@…>", "\"Ruth Adeyemi\" <ruth@…>", "ruth@…".
_SENDER = re.compile(r"^\"?(?P<name>[^\"<]*?)\"?\s*(?:<[^>]*>)?\s*$")
_SENDER_AT = re.compile(r"^(?P<name>.+?)\s+(?:from|at|of)\s+(?P<publication>\S.*)$")


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


def read_email(text: str) -> Email | None:
    """The innermost message of an e-mail pasted as text, when ``text`` is one; else None."""
    lines = text.split("\n")
    blocks = _header_blocks(lines)
    if not blocks:
        return None
    _, end, fields = blocks[-1]
    meta: dict[str, str] = {}
    if subject := _SUBJECT_PREFIX.sub("", fields.get("subject", "")).strip():
        meta["title"] = subject
    sender = _SENDER.match(fields["from"])
    name = sender["name"].strip() if sender else ""
    by = _SENDER_AT.match(name)
    if by and NAME.match(by["name"]) and NAME.match(by["publication"]):
        name, meta["publication"] = by["name"], by["publication"]
    if name and NAME.match(name) and len(name.split()) >= 2:
        meta["author"] = name
    if published := parse_date(fields.get("date") or fields.get("sent") or ""):
        meta["published"] = published
    removed = [line.strip() for line in lines[:end] if line.strip()]
    return Email("\n".join(lines[end:]), meta, removed)
