"""A three-paragraph essay and a passage splitter, shared by the cleaner's platform tests: the
furniture under test is wrapped around it, and the essay must come out whole."""

from __future__ import annotations

from bot.cleaner import clean

OPENING = (
    "Every few years someone announces that a new machine is about to kill filmmaking, and "
    "every time the films get stranger and better and more people get to make them."
)
MIDDLE = (
    "Last month I watched a group of teenagers argue about eyelines and about whether a "
    "close-up was earned, which are the arguments of filmmakers whatever made the image."
)
CLOSING = (
    "The tool got them into the room; the craft kept them there, and I would rather welcome "
    "them than guard a door that is already open."
)
ESSAY = "\n\n".join([OPENING, MIDDLE, CLOSING])


def passages(text: str, *, markdown: bool = False) -> list[str]:
    return clean(text, markdown=markdown).body.split("\n\n")
