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

# A second essay, an editor's, for the page-field and furniture rules' tests: two paragraphs, and
# the same with a closing line (whose end some rules look for).
TRIMS = (
    "I cut trailers for a decade and the generated shots are always the first ones I trim. "
    "They are pretty and interchangeable, and interchangeable images are what editing removes.\n\n"
    "Small productions still gain something real from the tools, and I would not pretend "
    "otherwise; a drowned town can be shown now, labelled as a reconstruction."
)
TRIMS_LAST = (
    "So I keep them for the wides and the weather, and I cut them first when the film is long."
)
TRIMS_ESSAY = f"{TRIMS}\n\n{TRIMS_LAST}"


# An HTML page's essay, paragraph by paragraph (tests/test_html_page.py, test_page_likeliest.py).
PARAGRAPHS = (
    "Generated background plates let our four-person studio finish a film it had shelved, "
    "and the puppets still carried every frame of it.",
    "The harbour was scenery; the knot tied by an old man's hands was the story, and we made "
    "that part by hand over eleven weeks of slow work.",
    "I think the fear that these tools swallow handmade work has it backwards for a small "
    "studio, because they pay for the parts that were never the point.",
)


def passages(text: str, *, markdown: bool = False) -> list[str]:
    return clean(text, markdown=markdown).body.split("\n\n")
