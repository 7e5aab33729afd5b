"""Which site published a page, as its text shows it (no discord import).

The publication a pasted or scraped page names: "Published in …", a subreddit or a group over
its size, a byline's other part ("By Jane Doe · Cast List"), a copyright line, a logo's alt text,
the site's name over its navigation or its search box, a masthead named again in the foot, and
last the platform itself ("Recommended from Medium", YouTube's masthead) when the page names no
publication of its own.
"""

from __future__ import annotations

import itertools
import re

from bot import furniture
from bot.page_meta import (
    BYLINE,
    DATE,
    ISSUE_LINE,
    NAME,
    SEPARATORS,
    channel_host,
    is_age,
    made_of_name,
    parse_date,
)

__all__ = [
    "ISSUE_MASTHEAD",
    "LEGAL",
    "copyright_holder",
    "find_publication",
    "hosting_platform",
    "issuing_body",
    "logo_over_menu",
    "ordinary_case",
    "reader_view_site",
    "self_post_community",
    "writes_for",
]

_PUBLISHED_IN = re.compile(r"^published in\s*(?P<name>.*)$", re.IGNORECASE)
# A publication's box under a post names it: Medium's "Published in …" over its followers, or a
# newsletter platform's subscribe box, "Discover more from …" (Substack's, WordPress.com's).
_SITE_BOX = re.compile(r"^(?:published in|discover more from)\s*(?P<name>.*)$", re.IGNORECASE)
# A writer's card under a post names the publication they write for: "Writer for Below the
# Line", "Editor of Cut & Print", or the label over the name on a line of its own.
_WRITES_FOR = re.compile(
    r"^(?:writer|editor|contributor|columnist)\s+(?:for|of|at)\b\s*(?P<name>.*)$", re.IGNORECASE
)
_FOLLOW_PUBLICATION = re.compile(r"^(?:follow|subscribe to) (?:the |this )?publication$", re.I)
_FOLLOW_SPAN = 2  # the name, a "·"
_FOLLOW_NAME_WORDS = 6
# A fediverse forum's community, as its post header names it: "submitted 3 hours ago by x to
# filmmaking@lemmy.world" (Lemmy's, kbin's; "!filmmaking@lemmy.world" as a link).
_FEDI_COMMUNITY = re.compile(
    r"^(?:submitted|posted)\b.{0,40}\bby \S+ (?:to|in) !?(?P<name>\w[\w-]*@[\w-]+(?:\.[\w-]+)+)$",
    re.IGNORECASE,
)
# A community a platform names by a letter and a slash (a subreddit's "r/editors", a launch
# site's or a link aggregator's board, "p/general", "c/film"), named alone or at the end of one
# of old Reddit's sidebar lines ("limit my search to r/editors", "discussions in r/editors").
# A group a platform names by a tilde ("~movies", "~arts.photography") is one too.
_COMMUNITY_PATH = re.compile(r"^(?:[a-z]+ ){0,5}(?P<name>[a-z]/\w{2,30}|~[a-z]\w+(?:\.\w+)*)$")
# The last part of a header line, after a dot: "r/Filmmakers • 2 mo ago".
_BESIDE_AGE = re.compile(r"\s+[·•]\s+(?P<age>[^·•]+)$")
_COMMUNITY = re.compile(
    r"^(?:(?:public|private|closed|secret|visible|hidden) )?(?:group|community|server|forum|page|"
    r"channel)\s*[·•|-]\s*[\d.,]+\s*[km]?\s+(?:members|followers)$",
    re.IGNORECASE,
)
# A title its copyright line says its company owns, in a sentence of the line before or after
# the owner's: "X is a part of Y Corporation. © 2026 X Media, LLC.", "© 2026 Y Publishing Ltd.
# X is a registered trademark."
_OWNED_TITLE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<name>[^.!?©]{2,60}?)"
    r" is (?:(?:a )?part of|an? (?:registered )?trade ?mark)\b",
    re.IGNORECASE,
)
# (It may follow a sentence of its line or the foot's links: "Terms · Privacy · © Ko-fi Labs".)
_COPYRIGHT = re.compile(
    r"(?:^|(?<=[.!?·|•]\s))(?:©|\(c\)|copyright(?=\s*(?:©|\d{4})))\s*(?:©\s*)?"
    r"(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:by\s+)?"
    # (A site named by its domain keeps it: "© 2026 RogerEbert.com | …".)
    r"(?P<name>(?:[^.·|,]|\.(?=[a-z]{2,6}\b))+?)\s*(?:\.(?![a-z]{2,6}\b)|[·|,]|all rights|$)",
    re.IGNORECASE,
)

_MEMBERS = re.compile(
    r"^[\d.,]+\s*[km]?\s+(?:paid )?(?:members|patrons|supporters)$", re.IGNORECASE
)
_CREATOR_HEAD = 3  # the creator's name, its picture's alt text, its tagline


def _creator_name(line: str, author: str | None) -> bool:
    return (
        bool(NAME.match(line))
        and len(line.split()) <= 6
        and line != author
        and not _junk_line(line)
        and _names_a_site(line)
    )


# A company's legal form after its name ("Ltd", "Inc.", a public benefit corporation's "PBC"),
# or a charity's or social enterprise's (a charitable incorporated organisation's "CIO", a
# community interest company's "CIC").
LEGAL = (
    r"(?:ltd|limited|inc|incorporated|llc|l\.l\.c|llp|plc|pbc|cio|cic|gmbh|pty(?:\.? ltd)?|s\.?a|"
    r"b\.?v|co|corp(?:oration)?)\.?"
)
# (The legal form may follow the name past a comma: "Kickstarter, PBC © 2026".)
_NAME_COPYRIGHT = re.compile(
    rf"(?:^|[.!?]\s+)(?P<name>[A-Z][\w&'’.-]*(?: [\w&'’.-]+){{0,3}}(?:,\s+(?i:{LEGAL}))?) ©\s*"
    r"\d{4}\b(?:\s*[-–]\s*\d{4})?\.?$"
)


_LEGAL_FORM = re.compile(rf"(?:,?\s+{LEGAL})?(?:\s+\d{{4}})?$", re.IGNORECASE)


# The site's name as the first line of a pasted page: a logo's text over the navigation
# ("LinkedIn" over "Skip to main content"), or leading a menu bar ("Hacker News new | past").
_SITE_OVER_NAV = re.compile(
    r"^(?:(?:skip|jump) to\b|(?:home|menu|sign in|log ?in)$|search\b[^.!?]{0,60}$)", re.I
)
_SKIP_LINK = re.compile(r"^(?:skip|jump) (?:to|navigation)\b", re.I)
_SITE_IN_MENU = re.compile(r"^(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+[a-z]\S*\s+\|\s")


def _site_name(head: list[str]) -> str | None:
    """The site's name as the first line of a pasted page (after any skip link): a logo's text
    over the navigation, either a sign-in/menu link or a run of menu items ("Lobsters" over
    "Active", "Recent", "Comments")."""
    lines = list(head)
    while lines and _SKIP_LINK.match(lines[0]):
        lines = lines[1:]
    if not lines or _logo_region(head):
        return None
    if match := _SITE_IN_MENU.match(lines[0]):
        return match["name"]
    name, menu = lines[0], lines[1:4]
    if not (NAME.match(name) or _names_a_site(name)) or len(name.split()) > 3:
        return None
    if furniture.NAV.search(name):
        return None
    if menu and _SITE_OVER_NAV.match(menu[0]):
        return name
    if len(menu) > 1 and _tagline(menu[0]) and _SITE_OVER_NAV.match(menu[1]):
        return name  # "Lamp & Lens" / "A blog about lighting small films" / "Menu"
    if len(menu) == 3 and all(_menu_item(line) for line in menu):
        return name
    return None


# What a video platform's logo leaves in a copy of its page, outside its home country: the
# region code set beside it ("GB", "DE"), between the skip link and the search box.
_REGION_CODE = re.compile(r"^[A-Z]{2}$")
_SEARCH_BOX = re.compile(r"^search$", re.IGNORECASE)


def _logo_region(head: list[str]) -> bool:
    """Whether the page opens on a skip link, a region code and a search box (YouTube's
    masthead, its logo's picture lost in the copy): the code names no site."""
    return any(
        _SKIP_LINK.match(skip) and _REGION_CODE.match(code) and _SEARCH_BOX.match(search)
        for skip, code, search in zip(head, head[1:], head[2:], strict=False)
    )


def _tagline(line: str) -> bool:
    """A site's tagline under its name: a phrase, not a sentence or a menu."""
    return 3 <= len(line.split()) <= 12 and not furniture.SENTENCE_END.search(line)


def _menu_item(line: str) -> bool:
    return (
        len(line.split()) <= 2 and not furniture.SENTENCE_END.search(line) and not DATE.search(line)
    )


def _masthead(head: list[str], tail: list[str]) -> str | None:
    """The first name-shaped line of the page ("THE SPLICE") when the page names it again in
    its foot ("You are receiving this because you subscribed to The Splice"): the publication,
    as written in ordinary case."""
    # (A plain-text letter's rules of "=" or "-" frame its masthead.)
    first = next((x for x in head if not (_junk_line(x) or furniture.RULE.match(x))), None)
    # (A name may have its small words: "Frame Rate of Thought".)
    if first is None or not (NAME.match(first) or _names_a_site(first)) or len(first.split()) > 4:
        return None
    # (Not inside a host name: "signed up at cutaway.example" spells the site's domain.)
    pattern = re.compile(rf"(?<![\w./@-]){re.escape(first)}(?!\w|\.\w)", re.IGNORECASE)
    for line in tail:
        if _CHAPTER.match(line):
            continue  # a video's chapter ("0:00 Intro"), named over the player as it plays
        if match := pattern.search(line):
            return match.group(0) if not match.group(0).isupper() else first
    return None


# A video's chapter, its start time before its name, as its description lists them.
_CHAPTER = re.compile(r"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s+\S")


def _junk_line(line: str) -> bool:
    return bool(furniture.JUNK.search(line) or furniture.NAV.search(line) or _SKIP_LINK.match(line))


# A publication's name in title case, its small words perhaps in lower case as titles set them
# ("Notes on the Edge of Frame", "Tales from the Cutting Room"): a name's shape, not a sentence's.
# Words Title Case leaves in lower case.
SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or"}
    | {"the", "to", "vs", "with", "&"}
)
_SMALL = "|".join(map(re.escape, sorted(SMALL_WORDS)))
_TITLE_NAME = re.compile(
    rf"^[A-Z][\w.'’&-]*(?:(?:\s+(?:{_SMALL})){{0,2}}\s+[A-Z][\w.'’&-]*){{0,5}}$"
)


def _names_a_letter(line: str) -> bool:
    return bool(NAME.match(line) or _TITLE_NAME.match(line))


# A newsletter's or a magazine's masthead naming its issue: "THE CALL SHEET -- Issue 47",
# "Frame Rate Quarterly · No. 12". The name is the publication's; the line is not a headline
# (a bare "#318" after a line is a forum topic's number, not an issue's).
ISSUE_MASTHEAD = re.compile(
    r"^(?!(?:issue|no|number|vol|volume|edition)\b)(?P<name>[^\W\d][^#|:]{1,60}?)\s*"
    r"(?:[-–—|:·•,]+\s*)?(?:issue|no\.|number|vol(?:ume)?\.?|edition)\s*#?\s*\d{1,4}"
    r"(?:\s*[-–—|:·•,(]\s*[^.!?]{0,30})?$",
    re.IGNORECASE,
)


_ISSUE_OF = re.compile(
    r"\b(?:issue|no\.|number|edition)\s*#?\s*\d{1,4},? of (?P<name>(?-i:[A-Z])[^.!?,;:]{1,60}?)"
    r"\s*(?:[.!?,;:]|$)",
    re.IGNORECASE,
)
# ... or the issue named by its date ("the Autumn 2026 print issue of Offscreen Quarterly", "the
# July 2025 issue of X"): a year before "issue" names one issue, never an issue at stake ("the
# issue of consent"). The name may be shortened ("Reelside" under "REELSIDE MAGAZINE"), so a
# masthead goes first; a sign-up box's letter after ("Sign up for The Reel Letter", the
# magazine's newsletter, not the magazine).
_DATED_ISSUE_OF = re.compile(
    r"\b\d{4}\s+(?:print\s+)?(?:issue|edition) of (?P<name>(?-i:[A-Z])[^.!?,;:]{1,60}?)"
    r"\s*(?:[.!?,;:]|$)",
    re.IGNORECASE,
)


def _masthead_of(company: str, head: list[str]) -> str | None:
    """The masthead over the page that the company in its copyright publishes: "The Westmoor
    Herald" for "© 2026 Westmoor Herald Media Ltd." (the paper, not its publisher), "The
    Fenland Courier" for "© 2026 Fenland Courier Ltd." (the paper's name has its "The")."""
    # A legal form may come before the name, in capitals (Latvia's "SIA Baltic Ledger Media",
    # Lithuania's "UAB …", Russia's "OOO …"): the masthead shares the words after it.
    owner = _LEGAL_FORM_BEFORE.sub("", company).casefold().split()
    # A publisher's name is often its title's with a corporate word for the kind of title:
    # "Long Take Media" publishes "Long Take Magazine", and so does "Long Take Media Group";
    # a regional one's, the region its titles are named after ("Severn Valley Newspapers"
    # publishes "The Severn Chronicle").
    core = list(owner)
    while core and core[-1] in _CORPORATE:
        core.pop()
    core = core if core and len(core) < len(owner) else None
    for line in head[:_MASTHEAD_LINES]:
        # (a text copy shows the masthead's link: "Long Take Magazine <https://…>", or its
        # logo's alt text: "Long Take logo")
        line = furniture.LINK_TARGET.sub("", line).strip()
        line = logo["name"] if (logo := _LOGO_ALT.match(line)) else line
        words = line.casefold().removeprefix("the ").split()
        # (a name may join two with "&": "Harrow & Gale" for "Harrow & Gale Films Ltd.")
        named = NAME.match(re.sub(r"\s+&\s+", " ", line))
        if named and 0 < len(words) <= len(owner) and owner[: len(words)] == words:
            return line
        if (
            named
            and core
            and len(words) >= 2
            and core[: len(words) - 1] == words[:-1]
            and words[-1] in _TITLE_KINDS
        ):
            return line
    return None


_LEGAL_FORM_BEFORE = re.compile(r"^[A-Z]{2,4}\s+(?=[A-Z][a-z])")
_CORPORATE = {
    "media", "group", "publishing", "publications", "holdings", "communications", "newspapers"
}  # fmt: skip
_TITLE_KINDS = {
    "magazine",
    "journal",
    "review",
    "quarterly",
    "monthly",
    "weekly",
    "daily",
    "gazette",
    "herald",
    "chronicle",
    "courier",
    "observer",
    "echo",
    "advertiser",
    "times",
    "post",
    "tribune",
    "digest",
    "notes",
}


# The masthead is among the page's first lines, past a capture's header over the page if any
# (an archive's is over a dozen lines: its name, the address saved, the time, its buttons).
_MASTHEAD_LINES = 24


def copyright_holder(lines: list[str]) -> str | None:
    """The name a page's copyright line gives, without its legal form ("Copyright © 2026 Frame
    Rate Notes, All rights reserved."), when it is name-shaped."""
    for line in lines:
        if match := _COPYRIGHT.match(line):
            name = _LEGAL_FORM.sub("", match["name"].strip())
            if NAME.match(name):
                return name
    return None


_MARKUP_TAG = re.compile(r"<[^>]+>")


def issuing_body(head: list[str], tail: list[str]) -> tuple[str, str] | None:
    """The body that issued a statement, and the day: a meta line over the text leading with
    a name and dating it in another part ("Nightjar Film Collective · adopted at the general
    meeting of 20 January 2026 · v1.2"), when the page's copyright line names the same body.
    Without the copyright's word the name could be a section's ("Film Reviews · Mar 4, 2025")."""
    holder = copyright_holder([_MARKUP_TAG.sub("", line).strip() for line in tail])
    if holder is None:
        return None
    for line in head:
        first, *rest = SEPARATORS.split(line)
        day = next((d for part in rest if (d := parse_date(part))), None)
        if first.strip(" *_") == holder and day:
            return holder, day
    return None


_CHAT_SERVER = re.compile(r"^(?:guild|server|workspace)\s*:\s+(?P<name>\S.{0,60})$", re.IGNORECASE)
# ... and its channel, a thread's name after it: "Channel: essays / The extras who were never born".
_CHAT_THREAD = re.compile(r"^channel\s*:\s+[^/]{1,60}\s/\s(?P<thread>\S.{0,150})$", re.IGNORECASE)


def chat_thread_name(head: list[str]) -> str | None:
    """The thread a chat export holds, as its header names it (a thread's name is its title;
    a channel alone titles nothing)."""
    if not any(_CHAT_SERVER.match(line) for line in head):
        return None
    return next((m["thread"] for line in head if (m := _CHAT_THREAD.match(line))), None)


_VIEW_ORIGINAL = re.compile(
    r"^(?:view|open|read|go to)(?: the)? original(?: article| page)?$", re.IGNORECASE
)
_SITE_HOST = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$", re.I)


# A reader view's header (Firefox's, Safari's): the site's host over the headline, the byline
# and the reading time as a span ("6–8 minutes").
_READING_SPAN = re.compile(r"^\d{1,3}(?:\s*[–-]\s*\d{1,3})?\s+min(?:ute)?s?$", re.IGNORECASE)
_READER_HEADER_LINES = 4
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}")


def reader_view_site(lines: list[str], author: str | None) -> str | None:
    """The site a reader view's copy came from: the host heading it, by the name the page
    spells it with elsewhere ("southlandpress.co.nz", "Photo: Southland Press"), else the host
    itself (not the writer's own: "janedoe.net" publishes nothing)."""
    if not lines or not _SITE_HOST.match(lines[0]):
        return None
    if not any(_READING_SPAN.match(line) for line in lines[1 : 1 + _READER_HEADER_LINES]):
        return None
    # The host's first label, its hyphens aside ("cranked-reel.net": "Cranked Reel").
    label = re.sub(r"[\W_]", "", lines[0].casefold().removeprefix("www.").split(".")[0])
    own = "".join((author or "").split()).casefold()
    if own and own in label:
        return None
    for line in lines[1:]:
        for run in _CAPITALISED_RUN.finditer(line):
            words = run[0].split()
            for a, b in itertools.combinations(range(len(words) + 1), 2):
                if "".join(words[a:b]).casefold() == label:
                    # A host leaves out the name's article: "The Cranked Reel".
                    return " ".join(words[a - (a > 0 and words[a - 1] == "The") : b])
    return lines[0]


def writes_for(lines: list[str], author: str | None) -> str | None:
    """The publication the writer's card on the page says they write for: "Writer for Below
    the Line", "Editor of Cut & Print", or the label over the name ("Contributor for" / "Slow
    Frame")."""
    for i, line in enumerate(lines):
        if match := _WRITES_FOR.match(line):
            name = match["name"].strip(" ·:") or (lines[i + 1] if i + 1 < len(lines) else "")
            if name and name != author and _names_a_site(name) and len(name.split()) <= 6:
                return name
    return None


# A social page's title: its poster "on" the site, then the post's first words ("Jane Doe on
# LinkedIn: A client asked me…", "Jane Doe on X: "…"", "Jane Doe on Instagram: …").
_POSTER_ON_SITE = re.compile(
    r"^(?P<who>\S.{1,60}?) on (?P<site>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}): \S"
)


# ... or a post's tab title, the poster on the site after the post's own title ("the uncanny is
# not the interesting part — velvetgrain on Tumblr").
TITLE_BY_POSTER_ON_SITE = re.compile(
    r"^(?P<title>\S.{1,200}?)\s+[—–|·-]\s+(?P<who>\S.{1,60}?) on "
    r"(?P<site>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})$"
)


def find_publication(head: list[str], tail: list[str], author: str | None) -> str | None:
    """The publication named above the essay or in its foot."""
    for line in head:
        match = _POSTER_ON_SITE.match(line) or TITLE_BY_POSTER_ON_SITE.match(line)
        if match and author and match["who"].casefold() == author.casefold():
            return match["site"]
    for line in head:
        # A group's post, shown to its members ("Shared with Members of Indie Filmmakers
        # Collective"): the group published it, not the platform around it.
        if (match := furniture.AUDIENCE_LINE.match(line)) and match["group"]:
            return match["group"]
    for i, line in enumerate(head):
        match = _PUBLISHED_IN.match(line)
        if match:
            name = match.group("name").strip(" ·:") or (head[i + 1] if i + 1 < len(head) else "")
            if name:
                return name
    for line in tail:
        # ... or in the publication's box under the post (see ``_SITE_BOX``; the head may show
        # only the platform's bar, or a clipper's front matter): a name, not a year or a place.
        match = _SITE_BOX.match(line)
        name = match["name"].strip(" ·:") if match else ""
        if (
            name
            and _names_a_site(name)
            and len(name.split()) <= _FOLLOW_NAME_WORDS
            and not re.search(r"\d", name)
        ):
            return name
    for line in head:
        if (age := _BESIDE_AGE.search(line)) and is_age(age["age"]):
            # The community beside the post's age, as new Reddit heads a post ("r/Filmmakers •
            # 2 mo ago"): the age is the post's, the community still published it.
            line = line[: age.start()]
        if match := _COMMUNITY_PATH.match(line) or _FEDI_COMMUNITY.match(line):
            return match["name"]
    for line in head:
        # A chat export's header: "Guild: Reel Talk Collective" (DiscordChatExporter's),
        # "Server: …", "Workspace: …" names the community the messages were posted in.
        if match := _CHAT_SERVER.match(line):
            return match["name"]
    for source, line in itertools.pairwise(head):
        # A read-later app's view (Instapaper's, Pocket's): the article's site, over the link to
        # the original, published it, not the app.
        if _VIEW_ORIGINAL.match(line) and _SITE_HOST.match(source):
            return source
    for i, line in enumerate(head):
        # A publication's name over its own follow button ("Frame by Frame" / "·" / "Follow
        # publication"), where a writer's has "Follow".
        if _FOLLOW_PUBLICATION.match(line):
            shown = [n for n in head[max(0, i - _FOLLOW_SPAN) : i] if re.search(r"\w", n)]
            if shown and len(shown[-1].split()) <= _FOLLOW_NAME_WORDS and shown[-1] != author:
                return shown[-1]
    for i in range(len(head)):
        # A channel named after its host, over its audience's count: the host wrote the video's
        # text, the channel published it ("Frame Theory with Dana Okafor" / "412K subscribers").
        if author and channel_host(head, i) == author:
            return head[i]
    for above, line in itertools.pairwise(head):
        # A group's name over its kind and size ("Private group · 8.4K members").
        if _COMMUNITY.match(line) and NAME.match(above) and len(above.split()) <= 8:
            return above
    for i, line in enumerate(head):
        # A creator's page over its members' count (Patreon, Ko-fi, Buy Me a Coffee): "Harbor
        # Light Films", its tagline, "412 members" name the creator, not the platform.
        if _MEMBERS.match(line):
            above = head[max(0, i - _CREATOR_HEAD) : i]
            name = next((n for n in reversed(above) if _creator_name(n, author)), None)
            if name:
                return name
    for line in head:
        # "By Jane Doe · Cast List · 5 min read": the part that is neither name nor read time.
        if BYLINE.match(line) and SEPARATORS.search(line):
            for part in SEPARATORS.split(line)[1:]:
                part = part.strip("*_ ")
                # (Nor the writer's handle: "By Jane Doe · 9 May 2026 · @jane", nor their
                # role: "By Jane Doe · Community Contributor".)
                if (
                    part
                    and not re.search(r"\d|\bread\b", part)
                    and part != author
                    and not part.startswith("@")
                    and not _WRITERS_ROLE.search(part)
                ):
                    return part
    software = _powered_by([*head, *tail])
    for above, line in itertools.pairwise(["", *head]):
        # A letter's masthead set in capitals over its issue line ("FRAME NOTES" / "Issue 71 ·
        # 12 November 2026"): the letter, not the body whose copyright it is sent under (the
        # trust that runs a cinema). (A lower-case line there may be a menu's "Subscribe".)
        if above.isupper() and ISSUE_LINE.match(line) and _names_a_letter(ordinary_case(above)):
            return ordinary_case(above)
    for line in [*tail, *head]:
        match = _COPYRIGHT.search(line)
        if match and not (software and match.group("name").strip().casefold().startswith(software)):
            # "© The Harbour Gazette Ltd 2025": the company's legal form and the year are not
            # the publication's name.
            name = _LEGAL_FORM.sub("", match.group("name").strip())
            if len(name.split()) >= 3:
                # "The Daily Ledger Company" is the paper's company ("Fast Company" a magazine).
                name = re.sub(r"\s+company$", "", name, flags=re.IGNORECASE)
            if name and name != author and not name[0].isdigit():
                # A company the page's head never names ("© 2026 Adobe Inc."), under a site
                # whose name heads the page and shows again in its foot ("Behance"): the
                # company owns the site, the site publishes the post.
                # ... or whose foot explains it ("How YouTube works" over "© 2026 Google LLC").
                # (Not the writer's own name, over their post and again in the foot: "More
                # from Bram Oyelaran" is their card's.)
                masthead = _masthead(head, tail)
                owned = (
                    None
                    if any(name in line for line in head)
                    else (masthead if masthead != author else None) or _explained_site(tail)
                )
                # ... else the site's name alone in the foot, over its company's copyright
                # ("Ko-fi" / "About" / … / "© Ko-fi Labs Limited"): the site, not its company.
                # ... or opening a sentence there on its own ("Ko-fi helps creators …").
                footed = _masthead_of(name, tail[::-1]) or _site_explaining_itself(name, tail)
                # ... else the title its line says the company owns ("Cut & Colour is a part
                # of Halyard Trade Media. © 2026 Cut & Colour Media, LLC.", "© 2026 Lowe Street
                # Publishing Ltd. Post & Picture is a registered trademark."): the title.
                part = _OWNED_TITLE.search(line)
                owning = part["name"].strip() if part and _names_a_site(part["name"]) else None
                return _masthead_of(name, head) or owning or owned or footed or name
    for line in [*tail, *head]:
        # The name before the sign, a sentence of its own: "… on Rails. DEV Community © 2016."
        match = _NAME_COPYRIGHT.search(line)
        name = _LEGAL_FORM.sub("", match["name"]) if match else None
        if name and name != author and _names_a_site(name):
            return name
    for line in [*tail, *head]:
        # The issue named with whose it is ("This article appears in Issue 38 of Frame &
        # Field."): the publication, where the masthead's issue line opens on the piece's
        # section instead ("Features · Issue 38 · Summer 2026").
        if (match := _ISSUE_OF.search(line)) and _names_a_site(name := match["name"].strip()):
            return name
    for above, line in itertools.pairwise(["", *head]):
        # A newsletter's masthead with its issue's number: "THE CALL SHEET -- Issue 47", or
        # over its issue line ("Frame Rate Weekly" / "Issue #112 · February 20, 2026").
        if (match := ISSUE_MASTHEAD.match(line)) and _names_a_letter(
            name := ordinary_case(match["name"])
        ):
            return name
        if ISSUE_LINE.match(line) and _names_a_letter(name := ordinary_case(above)):
            return name
    for line in head:
        # A logo's alt text, copied with the page ("Medium Logo", "Kestrel Journal logo").
        match = _LOGO_ALT.match(line)
        if match and match["name"] != author and _names_a_site(match["name"]):
            return match["name"]
    for line in head:
        # A breadcrumb trail over the page ("Club Name / Essays and notes / This page", a
        # Notion or wiki page's): its root is the site the page belongs to, unless it is "Home".
        crumbs = _CRUMB_SEPARATOR.split(line)
        root = crumbs[0].strip()
        if (
            _CRUMBS_MIN <= len(crumbs) <= _CRUMBS_MAX
            and all(0 < len(c.split()) <= _CRUMB_MAX_WORDS for c in crumbs)
            and _names_a_site(root)
            and root != author
            and not furniture.NAV.search(root)
        ):
            return root
    # The name over a site's menu or in its foot may be its owner's: a person's own site names
    # no publication.
    dated_issue = next(
        (m["name"].strip() for line in [*tail, *head] if (m := _DATED_ISSUE_OF.search(line))), None
    )
    shown = (
        _site_name(head),
        _masthead(head, tail),
        dated_issue if dated_issue and _names_a_site(dated_issue) else None,
        _subscribed_to(tail),
        _platform(head, tail),
    )
    own = (author or "").casefold()
    return next((name for name in shown if name and name.casefold() != own), None)


# A writer's role beside their name, ended by its noun: "Community Contributor", "Staff
# Writer", "Contributing Editor".
_WRITERS_ROLE = re.compile(
    r"\b(?:contributor|writer|editor|columnist|correspondent|reporter|critic)s?$", re.IGNORECASE
)
_CRUMB_SEPARATOR = re.compile(r"\s+[/›»>]\s+")
_CRUMBS_MIN, _CRUMBS_MAX = 3, 6  # two crumbs could be any "A / B"; a trail is deeper
_CRUMB_MAX_WORDS = 12


# A site's own page about itself, linked in its foot: "How YouTube works", "How Etsy works".
_HOW_IT_WORKS = re.compile(
    r"^how (?P<name>(?-i:[A-Z])[\w.'’-]*(?: (?-i:[A-Z])[\w.'’-]*)?) works$", re.I
)


def _site_explaining_itself(company: str, tail: list[str]) -> str | None:
    """The site a company runs, named by the company's first words as the subject of a
    sentence of the foot that says what the site does ("Ko-fi helps creators earn money …"
    over "© Ko-fi Labs Ltd"): the company's other words ("Labs") are not the site's."""
    words = company.split()
    for line in tail:
        for k in range(len(words) - 1, 0, -1):
            name = " ".join(words[:k])
            if (
                _names_a_site(name)
                and name.casefold() not in _NAME_SMALL_WORDS
                and re.match(rf"{re.escape(name)} (?-i:[a-z])\w+ [^.!?]+[.!?]", line)
            ):
                return name
    return None


def _explained_site(tail: list[str]) -> str | None:
    return next((m["name"] for line in tail if (m := _HOW_IT_WORKS.match(line))), None)


# The software a page runs on, named in its foot: "Powered by vBulletin® Version 4.2.5".
_POWERED_BY = re.compile(r"^(?:powered by|community platform by)\s+(?P<name>[\w.-]+)", re.I)


def _powered_by(lines: list[str]) -> str | None:
    """The software's name (casefolded) a "Powered by X" line gives: the company in the
    copyright line beside it ("© 2026 vBulletin Solutions Inc.") is the software's maker, not
    the site's."""
    return next(
        (m["name"].casefold() for line in lines if (m := _POWERED_BY.match(line.strip()))), None
    )


# A mailing's foot names the letter its reader subscribed to: "You're receiving this email
# because you signed up for Boards & Bones, a letter by …", "… a free subscriber to Slow Dissolve."
_SUBSCRIBED_TO = re.compile(
    r"\b(?:subscribed to|signed up (?:for|to)|(?:a |free |paid )*subscriber (?:to|of))\s+"
    r"(?P<name>(?-i:[A-Z])[\w'’.-]*(?:\s+(?:&|and|of|the|(?-i:[A-Z])[\w'’.-]*)){0,4})"
    r"(?=[,.;]|\s+(?:at|on|from|by)\b|$)",
    re.IGNORECASE,
)


# A site's sign-up box, headed with its name alone (Ghost's "Sign up for Offcut", "Subscribe to
# Cutaway"): the reader is asked to subscribe to the site that published the post.
_SIGN_UP_FOR = re.compile(
    r"^(?:sign up for|subscribe to)\s+(?P<name>(?-i:[A-Z])[\w'’.-]*(?:\s+(?:&|and|of|the|"
    r"(?-i:[A-Z])[\w'’.-]*)){0,4})$",
    re.IGNORECASE,
)
# ... or by what it sends: "Get Offcut in your inbox", "Get Cutaway delivered to your inbox".
_IN_YOUR_INBOX = re.compile(
    r"^get\s+(?P<name>(?-i:[A-Z])[\w'’.-]*(?:\s+(?:&|and|of|the|(?-i:[A-Z])[\w'’.-]*)){0,4})"
    r"\s+(?:(?:delivered|sent|straight)\s+)?(?:in|to)\s+your\s+inbox\W*$",
    re.IGNORECASE,
)


def _subscribed_to(tail: list[str]) -> str | None:
    """The letter a mailing's foot says its reader subscribed to, or the site its sign-up box
    asks the reader to subscribe to."""
    for line in tail:
        match = (
            _SUBSCRIBED_TO.search(line)
            or _SIGN_UP_FOR.match(line.strip())
            or _IN_YOUR_INBOX.match(line.strip())
        )
        if match and not match["name"].endswith((" and", " of", " the", " &")):
            return match["name"]
    return None


# A feed platform's recommendations under a post name the platform ("Recommended from Medium");
# a platform's masthead, copied with the page, has labels no other site uses (YouTube's
# microphone button, "Search with your voice"; its logo's region code, see ``_logo_region``).
_RECOMMENDED_FROM = re.compile(
    r"^(?i:recommended from) (?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?)$"
)
_PLATFORM_LABELS = {
    "YouTube": re.compile(r"^search with your voice$", re.IGNORECASE),
    # A handle on the platform's own domain, over a post, alone or after the poster's name
    # ("@jane.bsky.social", "Jane Doe @jane.bsky.social").
    "Bluesky": re.compile(r"(?:^|\s)\W*@[\w.-]+\.bsky\.social\W*$", re.IGNORECASE),
}


# A platform's search box, labelled with its name ("Search Tumblr"), when the page names it
# again on a line of its own, in any case (its last link "Tumblr", its logo's text "tumblr").
_SEARCH_SITE = re.compile(
    r"^search (?P<name>(?-i:[A-Z])[\w.'’-]*(?: (?-i:[A-Z])[\w.'’-]*)?)$", re.I
)


def _platform(head: list[str], tail: list[str]) -> str | None:
    """The platform a post was copied from, when the page names no publication of its own."""
    for line in tail:
        if match := _RECOMMENDED_FROM.match(line):
            return match["name"]
    for line in head:
        if (match := _SEARCH_SITE.match(line)) and any(
            other.strip().casefold() == match["name"].casefold() for other in [*head, *tail]
        ):
            return match["name"]
    for name, label in _PLATFORM_LABELS.items():
        if any(label.search(line) for line in head):
            return name
    return "YouTube" if _logo_region(head) else None


# A handle linked to its profile on a platform's domain, in Markdown: "[@jane](https://github.com/
# jane)", or the user name alone when the profile's address is that name ("[velvetstatic](https://
# www.tumblr.com/velvetstatic)"). The platform publishes a post that names no publication of its
# own.
_PROFILE_LINK = re.compile(
    r"\[(?:(?P<handle>@[\w.-]{2,40})|(?P<user>[\w.-]{2,40}))\]\(https?://(?:www\.)?"
    r"(?P<host>github\.com|gitlab\.com|codeberg\.org|x\.com|twitter\.com|bsky\.app|tumblr\.com)/"
    r"(?(user)(?P=user)|[\w.-]+)/?\)",
    re.IGNORECASE,
)
_PLATFORM_HOSTS = {
    "tumblr.com": "Tumblr",
    "github.com": "GitHub",
    "gitlab.com": "GitLab",
    "codeberg.org": "Codeberg",
    "x.com": "X",
    "twitter.com": "X",
    "bsky.app": "Bluesky",
}


def platform_of(host: str) -> str | None:
    """The platform a host name belongs to, by its domain ("jane.tumblr.com": Tumblr)."""
    return _PLATFORM_HOSTS.get(".".join(host.casefold().split(".")[-2:]))


# The platform a page says it is hosted on, linking to the platform's own domain: "hosted on
# [GitHub](https://github.com/nightjar-films)".
_HOSTED_ON_LINK = re.compile(
    r"\bhosted (?:on|by|at) \[[^\]]{1,40}\]\(https?://(?:www\.)?(?P<host>[\w.-]+?)(?:/[^)]*)?\)",
    re.IGNORECASE,
)


# A post's permalink on a host that gives each user a blog of their own under their handle:
# "https://nightbus-cinema.tumblr.com/post/…".
USER_BLOG_POST = r"https?://(?P<handle>[a-z0-9][a-z0-9-]{1,38})\.tumblr\.com/post/"
_CLIPPED_USER_POST = re.compile(rf"^\W*(?:url|source)\s*:\s*{USER_BLOG_POST}", re.I | re.M)


def clipped_blog_handle(raw: str) -> str | None:
    """The handle a user's blog is named after, read off a clipped page's source ("URL: https://
    kinoglazed.tumblr.com/post/…", a notes app's property): the blog's, as a page's own first
    link to one of its posts names it (``html_page._blog_handle``)."""
    match = _CLIPPED_USER_POST.search(raw)
    return match["handle"] if match else None


def hosting_platform(raw: str) -> str | None:
    """The platform a Markdown page says hosts it, by a link to the platform's domain."""
    hosts = (m["host"].casefold() for m in _HOSTED_ON_LINK.finditer(raw))
    return next((_PLATFORM_HOSTS[h] for h in hosts if h in _PLATFORM_HOSTS), None)


def profile_platforms(raw: str) -> dict[str, str]:
    """The platform each handle of a Markdown page links to as its profile: {"@jane": "GitHub"}."""
    return {
        m["handle"] or m["user"]: _PLATFORM_HOSTS[m["host"].casefold()]
        for m in _PROFILE_LINK.finditer(raw)
    }


def blog_name(lines: list[str], handle: str | None, author: str | None) -> str | None:
    """A blog's name inside a platform (Tumblr's): the name shown over the poster's handle on
    the blog's card ("velvet grain" / "@velvetgrain") that the page also shows elsewhere (over
    its tagline), when the handle, not that name, signs the post. A person's display name over
    their handle (X, Bluesky) is the author's."""
    if author and " " not in author and lines.count(author) >= 2:
        # A journal's header (LiveJournal's, Dreamwidth's): its name over its owner's user
        # name, shown again further down over the entry the user name signs, names the
        # journal, where a person's name made of the user name ("Jane Doe" / "janedoe") is the
        # person's. A post's header shows the name twice in a row instead (its avatar's alt
        # text, then the name) under a menu's last item ("Discover") or the avatar's initial.
        first = lines.index(author)
        name = lines[first - 1].strip() if first else ""
        if (
            lines[first + 1] != author
            and 2 <= len(name.split()) <= _BLOG_NAME_WORDS
            and not is_age(name)  # a post's date over its poster ("Nov 12", Discourse's)
            and name != lines[0]
            and _names_a_site(name)
            and not _junk_line(name)
            and not made_of_name(author, name)
        ):
            return name
    if not handle or not author or author.casefold() != handle.casefold():
        return None
    for above, line in itertools.pairwise(lines):
        if line.removeprefix("@").casefold() == handle.casefold() and line.startswith("@"):
            name = above.strip()
            if (
                name.casefold() != handle.casefold()
                and 1 <= len(name.split()) <= 5
                and not _junk_line(name)
                and sum(text.strip() == name for text in lines) >= 2
            ):
                return name
    return None


_BLOG_NAME_WORDS = 5
_LOGO_ALT = re.compile(r"^(?P<name>\w[\w&'’.-]*(?: [\w&'’.-]+){0,4}) logo$", re.IGNORECASE)
_NAME_SMALL_WORDS = frozenset({"a", "an", "and", "of", "the", "on", "in", "for", "&"})


def _names_a_site(name: str) -> bool:
    """A name in Title Case ("Kestrel Journal", "Medium"), not an instruction ("Upload a")."""
    words = name.split()
    return words[0][0].isupper() and all(
        w[0].isupper() or w[0].isdigit() or w in _NAME_SMALL_WORDS for w in words
    )


def logo_over_menu(head: list[str], tail: list[str]) -> str | None:
    """A site's name over its menu further down the head (under a network bar: "Video
    Production" over "Home", "Questions", "Tags", perhaps past "Log in" and "Sign up"), in full
    when the foot spells it out ("Video Production Stack Exchange"), else as the network's bar
    over it names its sites ("Stack Exchange Network": the site and the network's name)."""
    for i, name in enumerate(head):
        k = i + 1
        while k < len(head) and k <= i + _ACCOUNT_LINKS and _ACCOUNT_LINK.match(head[k]):
            k += 1
        menu = head[k : k + 3]
        if (
            NAME.match(name)
            and len(name.split()) <= 3
            and not _junk_line(name)
            and len(menu) == 3
            and menu[0].casefold() == "home"
            and all(_menu_item(line) for line in menu)
        ):
            full = (
                line
                for line in tail
                if line.startswith(f"{name} ") and NAME.match(line) and len(line.split()) <= 6
            )
            network = (m["network"] for line in head[:i] if (m := _NETWORK_BAR.match(line)))
            return next(full, None) or next((f"{name} {n}" for n in network), name)
    return None


_ACCOUNT_LINKS = 2
_ACCOUNT_LINK = re.compile(r"^(?:log ?in|sign ?in|sign ?up|register|join)$", re.IGNORECASE)
# A network's bar over each of its sites: "Stack Exchange Network".
_NETWORK_BAR = re.compile(r"^(?P<network>(?-i:[A-Z])[\w&.'’-]*(?: [\w&.'’-]+){0,2}) network$", re.I)


def ordinary_case(name: str) -> str:
    """A name set in capitals as it is written in running text: "FILM FESTIVAL OF X" ->
    "Film Festival of X"."""
    if not name.isupper():
        return name
    words = name.casefold().split()
    return " ".join(
        w if k and w in furniture.SMALL_WORDS else w[:1].upper() + w[1:]
        for k, w in enumerate(words)
    )


# A text post's title on old Reddit ends with the community it was posted in: "(self.editors)"
# (glued to the post's flair when the page's markup is read: "…Discussion(self.editors)").
_SELF_POST = re.compile(r"\(self\.(\w{2,30})\)$")


def self_post_community(line: str) -> str | None:
    """The subreddit a text post's title line names ("… (self.editors)": "r/editors")."""
    match = _SELF_POST.search(line)
    return f"r/{match[1]}" if match else None
