"""Pasted threads and Q&A pages: whose post is the essay, and where the others' start (no
discord import).

A thread (a forum submission and its comments, a social post and its replies, a chat copy) is a
run of posts, each under a header naming its poster (bot/page_meta.py reads the headers): the
first header's poster wrote the essay, and the first post by anyone else starts the replies (a
link post, with no text of its own, is its poster's own comment under it). A
Q&A page (Stack Exchange and its clones) is its question and its answers: the essay is the first
answer, signed under it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from bot import furniture
from bot.page_meta import (
    BARE_LINE,
    FEDI_HANDLE,
    HANDLE,
    NAME,
    POST_HEADER,
    SOCIAL_HANDLE,
    chat_header,
    date_alone,
    is_age,
    is_dateline,
    made_of_name,
    parse_date,
    published_line,
    user_by_time,
    yearless_date,
)

__all__ = [
    "Answer",
    "FeedPost",
    "Thread",
    "feed_post",
    "first_repeated_byline",
    "first_signed_post",
    "names_poster",
    "read_answer",
    "read_thread",
]


@dataclass(frozen=True)
class Thread:
    poster: str  # the first post's user name
    name: str | None  # their display name, when the header shows one
    start: int  # where the first post's header starts
    text_start: int  # where the first post's text starts
    replies: int | None  # where the first post by someone else starts
    instance: str | None  # the server of a fediverse handle: the publication
    social: bool  # a social post or a chat message: no title, no headings
    published: str | None  # the date its header gives (a chat message's)


def names_poster(text: str, posts: Thread) -> bool:
    """A line that is only the poster's user or display name: the header of one of their own
    posts further down a thread ("danaw" over each part of a thread, "danaw 🎞️" with the emoji
    the name is decorated with), never text."""
    bare = _EMOJI_RUN.sub("", text).strip().removeprefix("u/").removeprefix("@").casefold()
    return bare in {posts.poster.casefold(), (posts.name or "").casefold()}


# A social post's header as one line: the poster's name, their handle, perhaps the post's age
# ("Jane Doe @jane.bsky.social", "Jane Doe @jane.bsky.social · 2h").
_NAME_AND_HANDLE = re.compile(
    r"^(?P<name>[^\W\d_][^@·|]{0,58}?)\s+@(?P<user>[\w-]{1,40}(?:\.[\w-]+)+)"
    r"(?:\s+·\s+\d{1,3}\s?[smhdw])?$"
)
# ... or the handle and the post's age alone, the name on the line over it (its link's text):
# "Jane Doe" / "@jane.bsky.social · 4d". The age makes it a post's header wherever it stands.
_EMOJI_RUN = re.compile(furniture.EMOJI + "+")
_HANDLE_AND_AGE = re.compile(r"^@(?P<user>[\w-]{1,40}(?:\.[\w-]+)+)\s+·\s+\d{1,3}\s?[smhdw]$")


def _opens_page(lines: list[str], i: int) -> bool:
    """A header without a "posted by" of its own (a bare handle, a user name beside a time, a
    chat line) starts the thread only above all running text; below it, it is a commenter's,
    and the article above is not theirs. A long line that ends no sentence is no running text:
    a social page's title ("Jane Doe on LinkedIn: <the post's first words>… | 57 comments")."""
    return not any(len(line.split()) >= 20 and _ends_sentence(line) for line in lines[:i])


def _over_titled_post(lines: list[str], i: int) -> bool:
    """Whether a handle's header at ``i`` stands over a post with a headline of its own, over
    its "Posted <date>", before any running text (a creator page's profile card over its blog
    post, Ko-fi's and the like): a social post has no headline, so the handle is no post's."""
    for k in range(i + 2, len(lines)):
        if len(lines[k].split()) >= 20 and _ends_sentence(lines[k]):
            return False
        if (
            published_line(lines[k])
            and len(lines[k - 1].split()) >= 3
            and not date_alone(lines[k - 1])
        ):
            return True
    return False


def _chat_essay(lines: list[str], headers: list[tuple]) -> int:
    """Which header starts the essay: the first, except in a chat copy, where nobody's message
    opens a thread for the others to answer. There the essay is the longest run of one
    speaker's messages (the channel's "hot take?" is the prompt, the long answer the essay)."""
    if len(headers) < 2 or not all(chat_header(lines[h[0]]) for h in headers):
        return 0
    runs = [k for k, h in enumerate(headers) if not k or h[2] != headers[k - 1][2]]
    ends = [headers[k][0] for k in runs[1:]] + [len(lines)]
    size = [
        sum(len(line.split()) for line in lines[headers[k][1] : end])
        for k, end in zip(runs, ends, strict=True)
    ]
    return runs[size.index(max(size))]


# A professional network's post header: the member's name and how they are connected to the
# reader ("Jane Doe • 2nd", "Jane Doe (She/Her) · 3rd+", "Jane Doe • Following"), then their
# headline ("Producer | Bristol") and the post's age ("3w • Edited •") over the text.
_NETWORK_HEADER = re.compile(
    r"^(?P<name>[^•·()]{2,60}?)(?:\s*\([^()]{1,20}\))?\s*[•·]\s*"
    r"(?:1st|2nd|3rd\+?|following|author|you|premium)$",
    re.IGNORECASE,
)
# A post's age as social sites print it under the poster's name: "3h", "2d · 🌐", "3w • Edited •".
_POST_AGE = re.compile(
    r"^\d{1,2}\s*(?:[smhdwy]|mo|yr)s?\b(?:\s*[·•]\s*(?:edited\b|[^\w\s]+)?)*\s*$", re.IGNORECASE
)
_NETWORK_HEAD_LINES = 3  # the headline, the age, perhaps a "Follow" button


def _network_header(lines: list[str], i: int) -> tuple[str, int] | None:
    """(name, where the post's text starts) when ``lines[i]`` is a professional network's post
    header (see ``_NETWORK_HEADER``): the text starts under the post's age."""
    match = _NETWORK_HEADER.match(lines[i])
    if not match or not NAME.match(match["name"].strip()) or len(match["name"].split()) > 5:
        return None
    below = lines[i + 1 : i + 1 + _NETWORK_HEAD_LINES]
    age = next((k for k, line in enumerate(below) if _POST_AGE.match(line)), None)
    return match["name"].strip(), i + 1 + (age + 1 if age is not None else 0)


_HEADLINE_MAX_WORDS = 15


def _name_over_age(lines: list[str], i: int) -> int | None:
    """Where the post's text starts when ``lines[i]`` is a person's name over their post's age
    ("Marta Solis" / "3h · 🌐"), perhaps past their headline on a professional network ("Lena
    Hartmann" / "Producer | Documentary" / "2w"), or beside it ("Jörg Baumann 2w", a comment's):
    a social post's header (a blog's byline gives a date, not "3h")."""
    line = lines[i]
    *name, age = line.split() or [""]
    if _POST_AGE.match(age) and _person(" ".join(name)):
        return i + 1
    if not _person(line):
        return None
    for k in (i + 1, i + 2):
        if k < len(lines) and _POST_AGE.match(lines[k]):
            k += 1
            # The post's menu under its age ("- Report this post"): the header's, not text.
            while (
                k < len(lines) and furniture.BULLET.match(lines[k]) and len(lines[k].split()) <= 5
            ):
                k += 1
            return k
        # A headline is a few words, no sentence; one word under a name is their user name
        # (Discourse's "Sam Okoro" / "sokoro" / "4d"), a forum's header, not a network's.
        if k < len(lines) and not (
            2 <= len(lines[k].split()) <= _HEADLINE_MAX_WORDS
            and not furniture.SENTENCE_END.search(lines[k])
        ):
            return None
    return None


def _person(line: str) -> bool:
    return (
        bool(NAME.match(line))
        and 2 <= len(line.split()) <= 5
        and not (furniture.NAV.search(line) or furniture.JUNK.search(line))
    )


# A forum post's date line under its poster's profile (SMF): "« on: March 14, 2026, 09:12:00 PM
# »", "« Reply #1 on: March 14, 2026, 10:40:00 PM »"; or under their names (NodeBB): "wrote on
# Apr 9, 2026, 8:14 PM", past the note of a later edit ("… last edited by x 15 Nov 2026, 08:02"):
# the post's date is when it was written.
_STAMP_LINE = re.compile(
    r"^(?:«\s*(?:reply\s*#\d+\s+)?on:\s*(?P<when>\S.{4,40}?)\s*»"
    r"|(?:wrote|replied) on\s+(?P<wrote>(?:(?!\sby\s).){4,40}?)"
    r"(?:\s+(?:last\s+)?edited(?:\s+by\s+\S+)?(?:\s+\S.{3,40})?)?)$",
    re.I,
)
_PROFILE_LINES = 5  # the name, a badge, a post count, the subject


def _stamped(line: str) -> str | None:
    match = _STAMP_LINE.match(line)
    return parse_date(match["when"] or match["wrote"]) if match else None


def _poster_above(lines: list[str], i: int) -> int | None:
    """Where the poster's name is above a post's date line: the first line up that is a user
    name or a person's name, past their badge, their post count and the post's subject."""
    for k in range(i - 1, max(-1, i - 1 - _PROFILE_LINES), -1):
        line = lines[k]
        if furniture.BADGE.match(line) or furniture.JUNK.search(line) or len(line.split()) > 3:
            continue
        if HANDLE.match(line) or (NAME.match(line) and len(line.split()) >= 2):
            return k
    return None


# A forum post's profile block (XenForo, vBulletin, Invision): the poster's name (twice when the
# avatar's alt text is copied too) and member title over labelled fields, first the day they
# joined ("Joined" / "Mar 12, 2014", "Join Date: Mar 2014"), then "Messages" / "4,812",
# "Reaction score", "Location" ..., then the post's date and its number ("#1") over its text.
_JOINED = re.compile(r"^(?:joined|join date|member since|registered)\s*:?\s*.{0,40}$", re.I)
_PROFILE_FIELD = re.compile(
    r"^(?:joined|join date|member since|registered|messages|posts|reaction score|likes|"
    r"likes received|points|trophy points|reputation|location|solutions|gender|age)"
    r"\s*:?\s*(?P<value>.{0,40})$",
    re.IGNORECASE,
)
_POST_NUMBER = re.compile(r"^(?P<date>.*?)\s*(?:post\s*)?#\d{1,6}$", re.IGNORECASE)
_TITLE_MAX_WORDS = 4  # a member title: "Well-known member", "Projectionist emeritus"


def _user_like(line: str) -> bool:
    return (
        bool(HANDLE.match(line) or (NAME.match(line) and len(line.split()) <= 3))
        and not furniture.BADGE.match(line)
        and not (furniture.NAV.search(line) or furniture.JUNK.search(line))
    )


def _profile_header(lines: list[str], i: int) -> tuple[int, int, str, str | None] | None:
    """(where the header starts, where the post's text starts, the poster, the post's date) when
    ``lines[i]`` is the "Joined" field of a forum post's profile block (see ``_JOINED``) and the
    post's date or number closes it."""
    if not _JOINED.match(lines[i]) or i < 1:
        return None
    if i >= 3 and lines[i - 2] == lines[i - 3] and _user_like(lines[i - 2]):
        start, user = i - 3, lines[i - 2]  # name twice, then the member title
    elif i >= 2 and lines[i - 1] == lines[i - 2] and _user_like(lines[i - 1]):
        start, user = i - 2, lines[i - 1]
    elif (
        i >= 2
        and len(lines[i - 1].split()) <= _TITLE_MAX_WORDS
        and not _user_like(lines[i - 1])
        and _user_like(lines[i - 2])
    ):
        start, user = i - 2, lines[i - 2]
    elif _user_like(lines[i - 1]):
        start, user = i - 1, lines[i - 1]
    else:
        return None
    published, stamped = None, False
    j = i
    while j < len(lines):
        field = _PROFILE_FIELD.match(lines[j])
        number = _POST_NUMBER.match(lines[j])
        if field:
            j += 1 if field["value"] else 2  # the label, then its value under it
        elif number and (not number["date"] or date_alone(number["date"])):
            published = published or (date_alone(number["date"]) if number["date"] else None)
            stamped = True
            j += 1
        elif date_alone(lines[j]) or is_age(lines[j]):
            published = published or date_alone(lines[j])
            stamped = True
            j += 1
        else:
            break
    # Only the post's own stamp (its date, its number) closes the block over its text; a profile
    # beside a post that heads itself ("Unread post by x » <date>", phpBB) is read there.
    return (start, j, user, published) if stamped else None


def _ends_sentence(line: str) -> bool:
    return bool(furniture.SENTENCE_END.search(furniture.THREAD_NUMBER.sub("", line)))


def _holds_text(lines: list[str]) -> bool:
    """Whether a post's lines hold any text: a sentence of a few words (not a button's or an
    ad's label)."""
    return any(len(line.split()) >= _TEXT_MIN_WORDS and _ends_sentence(line) for line in lines)


_TEXT_MIN_WORDS = 3


class _Header(NamedTuple):
    start: int
    text: int  # where the post's text starts
    user: str
    name: str | None  # the display name a social post's header shows
    instance: str | None
    social: bool  # a social post's or a chat message's header, not a forum post's


def _with_display_names(lines: list[str], headers: list[_Header]) -> list[_Header]:
    """A poster's user name and their display name, side by side, are one header, and the
    display name is the poster's name: a user name over a display name read as a header of its
    own ("ada_lindqvist" / "Ada Lindqvist" / "4d", Discourse's: the second starts inside the
    first's header or where its text would, so the first has no post), or a name made of the
    user name right over or under it ("Tomasz Wierzba" / "tomasz_w" / "Mar 2")."""
    merged: list[_Header] = []
    for header in headers:
        last = merged[-1] if merged else None
        above = lines[header.start - 1] if header.start else ""
        below = lines[header.text] if header.text < len(lines) else ""
        if (
            header.name is None
            and header.start >= 2
            and lines[header.start - 2] == header.user
            and NAME.match(lines[header.start - 1])
            and not (last is not None and last.start <= header.start - 2 < last.text)
        ):
            # The poster's user name on both sides of a name ("dmitri_grades" / "Dmitri
            # Volkov" / "dmitri_grades": an avatar's alt text, the display name, the user
            # name): the name between is theirs, whatever their user name is made of.
            merged.append(header._replace(start=header.start - 2, name=lines[header.start - 1]))
        elif (
            last is not None
            and last.start < header.start <= last.text
            and header.user != last.user
            and NAME.match(header.user)  # a display name; another user name is another post
        ):
            name = last.name or header.name or header.user
            merged[-1] = last._replace(text=max(last.text, header.text), name=name)
        elif header.name is None and (name := _other_name(header.user, above)):
            merged.append(header._replace(start=header.start - 1, name=name))
        elif header.name is None and (name := _other_name(header.user, below)):
            merged.append(header._replace(text=header.text + 1, name=name))
        else:
            merged.append(header)
    return merged


_MEMBER_TITLE_MAX_WORDS = 3


def _member_title(lines: list[str], i: int) -> bool:
    """A forum member's title under their name ("Regular", "Senior Colourist") with the post's
    date right under it: part of the post's header, not its text."""
    words = lines[i].split()
    return (
        0 < len(words) <= _MEMBER_TITLE_MAX_WORDS
        and not furniture.SENTENCE_END.search(lines[i])
        and (is_dateline(lines[i + 1]) or is_age(lines[i + 1]))
    )


_DISPLAY_NAME_WORDS = 5


def _name_over_date(lines: list[str], i: int) -> int | None:
    """Where the post's date is when ``lines[i]`` is a person's name over it, past a bare
    count: a display name in the post's header, not the post's text."""
    line = lines[i] if i < len(lines) else ""
    if not (NAME.match(line) and 2 <= len(line.split()) <= _DISPLAY_NAME_WORDS):
        return None
    if furniture.NAV.search(line) or furniture.JUNK.search(line):
        return None
    k = i + 1
    while k < len(lines) and k - i <= 2 and BARE_LINE.match(lines[k]):
        k += 1
    return k if k < len(lines) and (is_dateline(lines[k]) or is_age(lines[k])) else None


def _other_name(user: str, line: str) -> str | None:
    """The display name when ``line`` is the poster's other name: a name made of their user
    name ("Tomasz Wierzba" beside "tomasz_w"), or a user name made of their name
    ("OonaMcGrath" beside "Oona McGrath")."""
    if NAME.match(line) and made_of_name(user, line):
        return line
    if HANDLE.match(line) and NAME.match(user) and made_of_name(line, user):
        return user
    return None


def _own_comment(lines: list[str], headers: list[_Header]) -> int | None:
    """Which header is the poster's own comment carrying the essay, when the first post is a
    link post: a forum submission with no text under its header, whose poster comments under
    it in running prose (old Reddit's "(hollywoodtrades.example)" post, then "[–]poster[S]")."""
    if len(headers) < 2 or headers[0].social:
        return None
    ends = [h.start for h in headers[1:]] + [len(lines)]
    if _holds_text(lines[headers[0].text : ends[0]]):
        return None
    poster = headers[0].user.casefold()
    return next(
        (
            k
            for k in range(1, len(headers))
            if headers[k].user.casefold() == poster
            and any(_prose(line) for line in lines[headers[k].text : ends[k]])
        ),
        None,
    )


# A short label over a name in a sidebar's card ("Administered by:", "Moderated by:"): the
# name under it is the label's value, not a post's header.
_LABEL = re.compile(r"^[^\W\d_][\w '-]{0,40}:$")


def read_thread(lines: list[str]) -> Thread | None:
    """The posts of a pasted thread, when ``lines`` are one (see ``POST_HEADER``)."""
    headers: list[_Header] = []
    for i, line in enumerate(lines):
        above = lines[i - 1] if i else ""
        named = (
            bool(i)
            and NAME.match(above) is not None
            and len(above.split()) <= 5
            and not furniture.NAV.search(above)  # "Reply" over a commenter's handle
        )
        opens = named and (bool(headers) or _opens_page(lines, i))
        if profile := _profile_header(lines, i):
            start, text, user, _ = profile
            if headers and headers[-1][0] >= start:
                headers.pop()  # the poster's name, read as a header of its own
            headers.append(_Header(start, text, user, None, None, False))
        elif (network := _network_header(lines, i)) and (headers or _opens_page(lines, i)):
            name, text = network
            headers.append(_Header(i, text, name, name, None, True))
        elif (inline := _NAME_AND_HANDLE.match(line)) and (headers or _opens_page(lines, i)):
            if headers and headers[-1][0] == i - 1 and headers[-1][1] == i:
                headers.pop()  # the avatar's alt text over the name, read as a header
            headers.append(_Header(i, i + 1, inline["user"], inline["name"], None, True))
        elif aged_handle := _HANDLE_AND_AGE.match(line):
            name = above if _person(above) else None
            if headers and headers[-1][0] in (i - 1, i):
                headers.pop()  # the name over it, read as a header of its own
            headers.append(
                _Header(i - 1 if name else i, i + 1, aged_handle["user"], name, None, True)
            )
        elif (aged := _name_over_age(lines, i)) and (headers or _opens_page(lines, i)):
            name = line if aged > i + 1 else line.rsplit(maxsplit=1)[0]
            headers.append(_Header(i, aged, name, name, None, True))
        elif (fedi := FEDI_HANDLE.match(line)) or (opens and (fedi := SOCIAL_HANDLE.match(line))):
            if _over_titled_post(lines, i):
                continue
            start = i - 1 if named else i
            if named and i >= 2 and _LABEL.match(lines[i - 2]):
                continue  # a label's value ("Administered by:" / name / handle): a card's, no post

            if headers and headers[-1][0] == start:
                continue
            instance = fedi.groupdict().get("instance")
            headers.append(
                _Header(start, i + 1, fedi["user"], above if named else None, instance, True)
            )
        elif (user := user_by_time(lines, i)) and (headers or _opens_page(lines, i)):
            if headers and headers[-1][2] == user and i - headers[-1][1] <= 1:
                # The same name again right under its header (an avatar's, then the name's).
                start = headers[-1].start
                chat = bool(chat_header(lines[start]))
                headers[-1] = _Header(start, i + 1, user, None, None, chat)
            else:
                # The post's date or age right under its poster's name is the header's too.
                text, name = i + 1, None
                if (
                    text + 1 < len(lines)
                    and _member_title(lines, text)
                    # the poster's own name made of their user name is their display name
                    and not _other_name(user, lines[text])
                ):
                    text += 1  # the poster's title on the forum ("Regular"), over the date
                elif (dated := _name_over_date(lines, text)) is not None:
                    # Their full name under their user name, over the date ("grain_and_gate" /
                    # "Lucía Ferrante" / "1" / "Mar 5", Discourse's): their display name.
                    name, text = lines[text], dated
                while text < len(lines) and (is_dateline(lines[text]) or is_age(lines[text])):
                    text += 1
                headers.append(_Header(i, text, user, name, None, False))
        elif ((header := chat_header(line)) and (headers or _opens_page(lines, i))) or (
            (header := POST_HEADER.match(line)) and len(line.split()) <= 30
        ):
            user = next(name for name in header.groupdict().values() if name)
            headers.append(_Header(i, i + 1, user, None, None, bool(chat_header(line))))
        elif _stamped(line) and (poster := _poster_above(lines, i)) is not None:
            # SMF: the poster's name, badge and post count, the subject, then "« on: <date> »".
            headers.append(_Header(poster, i + 1, lines[poster], None, None, False))
    if not headers:
        return None
    headers = _with_display_names(lines, headers)
    first = _chat_essay(lines, headers)
    start, text_start, poster, name, instance, social = headers[first]
    headers = headers[first:]
    if (comment := _own_comment(lines, headers)) is not None:
        # A link post (another site's page submitted, no text of its own): the essay is its
        # poster's own comment, even under others' (a moderator's pinned note); the post's
        # title is still the title, and every other comment is a reply.
        text_start = headers[comment].text
        headers = [headers[0], *headers[comment:]]
    replies = next((h[0] for h in headers[1:] if h[2].casefold() != poster.casefold()), None)
    own = [h for h in headers if replies is None or h[0] < replies]
    # A header of the poster's with no text under it is no post of theirs: a blog's card in the
    # page's foot (its name, the poster's handle, "Follow").
    ends = [h[0] for h in own[1:]] + [replies if replies is not None else len(lines)]
    own = own[:1] + [
        h for h, end in zip(own[1:], ends[1:], strict=True) if _holds_text(lines[h[1] : end])
    ]
    # The poster's own posts, one after another: a thread of posts, titled by none of them.
    social = social or any(h[0] > text_start for h in own[1:])
    if replies is None and len(headers) < 2 and not social:
        return None
    # A chat message's header dates it, and so does a forum post's ("by x » Sat Mar 14, 2026").
    dated = chat_header(lines[start]) or POST_HEADER.match(lines[start])
    published = parse_date(lines[start]) if dated else None
    # ... and a forum post's profile block, which dates the post under the day its poster joined
    profile = next((p for k in range(start, text_start) if (p := _profile_header(lines, k))), None)
    published = published or (profile[3] if profile else None)
    # ... and a poster's name over the post's date ("maren_h" / "Mar 3, 2026").
    under = lines[start + 1 : text_start]
    published = published or (
        None
        if profile
        else next((d for line in under if (d := date_alone(line) or _stamped(line))), None)
    )
    published = published or yearless_date(under)
    return Thread(poster, name, start, text_start, replies, instance, social, published)


# A thread that signs each post under it (MetaFilter's "posted by x at 3:14 PM on March 2 [38
# favorites]"): the same footer, naming different posters, under several blocks of text. The
# first footer signs the essay; every post under it is a comment.
_FOOTER = re.compile(
    r"^(?:posted|submitted|written|shared|sent)\s+by\s+(?P<user>[\w.-]{2,40})(?:\s.{0,100})?$",
    re.IGNORECASE,
)
_FOOTERS_MIN = 3  # fewer, and it is a post's byline (and a reply) rather than a thread's shape


def _thread_shaped(signed: list[tuple[int, str]]) -> bool:
    """Whether these (line, poster) signatures are a thread's: enough of them, by two posters or
    more, rather than one post's byline."""
    return len(signed) >= _FOOTERS_MIN and len({user.casefold() for _, user in signed}) >= 2


def first_signed_post(lines: list[str]) -> tuple[int, str] | None:
    """Where the first post's footer is and whose it is, when ``lines`` are a thread whose
    posts are signed under them (see ``_FOOTER``)."""
    footers = [
        (i, m["user"])
        for i, line in enumerate(lines)
        if i and (m := _FOOTER.match(line)) and _holds_text(lines[i - 1 : i])
    ]
    if not _thread_shaped(footers):
        return None
    return footers[0]


# A comment's header as threads built like Slashdot's show it under the story: "by pz ( 113803 )
# on Tuesday August 11, 2026 @08:47PM (#65581203)", the same shape over every comment.
_BYLINE_HEAD = re.compile(
    r"^(?P<lead>(?:posted |written |submitted )?by)\s+(?P<name>[^()·•|]{2,40}?)\s*"
    r"(?:\(\s*\d+\s*\)\s*)?(?:on|at|[·•|,])\s",
    re.IGNORECASE,
)


def first_repeated_byline(lines: list[str]) -> int | None:
    """Where the comments under an essay start when each comment opens on the same dated byline
    (see ``_BYLINE_HEAD``): three or more such lines, two posters or more, under running text;
    the story's own byline, of another shape ("Posted by x on …"), stays. A short subject line
    right over the first comment's byline is the comment's."""
    groups: dict[str, list[tuple[int, str]]] = {}
    for i, line in enumerate(lines):
        if (m := _BYLINE_HEAD.match(line)) and parse_date(line):
            groups.setdefault(m["lead"].casefold(), []).append((i, m["name"].casefold()))
    for heads in groups.values():
        first = heads[0][0]
        if _thread_shaped(heads) and _holds_text(lines[:first]):
            above = lines[first - 1] if first else ""
            subject = len(above.split()) <= _SUBJECT_MAX_WORDS and not _prose(above)
            return first - 1 if subject else first
    return None


_SUBJECT_MAX_WORDS = 12


# A Q&A page (Stack Exchange and its clones) signs each post below it: "asked Feb 27, 2025 at
# 9:40" or "answered Mar 3, 2025 at 14:12", then the user's name. The question is the page's
# title and its body is not the essay; the essay is the first answer, under the answers' header
# ("2 Answers", "Sorted by:", "Highest score (default)").
_ASKED = re.compile(r"^asked\b", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")
_ANSWERED = re.compile(r"^answered\s+(?P<when>\S.{2,40})$", re.IGNORECASE)
_ANSWERS_HEAD = re.compile(
    r"^(?:\d[\d,]*\s+answers?|answers?(?:\s*\(\d+\))?|sort(?:ed)? by\b.{0,30}|"
    r"(?:highest score|date modified|date created|trending)\b.{0,20}|[-+]?\d[\d,.]*[km]?)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Answer:
    title: str | None  # the question's title
    start: int  # the answer's first line
    end: int  # past its last line
    author: str | None
    published: str | None


def _prose(line: str) -> bool:
    return len(line.split()) >= furniture.PROSE_MIN_WORDS and _ends_sentence(line)


# How far over its "Answered <date>" a header-first answer's byline block reaches: the name, a
# "·", "Follow", the answerer's credential, a "·".
_BYLINE_BLOCK = 6
_QUESTION_MIN_WORDS = 4  # shorter, it is a topic ("Film Making") or a sort control ("Recommended")


def _answer_under_header(lines: list[str], signed: int) -> Answer:
    """A Quora-style answer: the answerer's name, credential and "Answered <date>" over the
    answer's text, the question over them. The text runs to the page's end (the cleaner's end
    markers cut its counters and comments) or to the next answer's "Answered <date>"."""
    block = range(max(0, signed - _BYLINE_BLOCK), signed)
    name = next(
        (
            i
            for i in reversed(block)
            if NAME.match(lines[i].strip())
            and len(lines[i].split()) <= 5
            and not (furniture.NAV.search(lines[i]) or furniture.JUNK.search(lines[i]))
        ),
        None,
    )
    author = lines[name].strip() if name is not None else None
    above = (name if name is not None else signed) - 1
    title = next(
        (
            lines[i].strip()
            for i in range(above, max(-1, above - _BYLINE_BLOCK), -1)
            if len(lines[i].split()) >= _QUESTION_MIN_WORDS and not _ANSWERS_HEAD.match(lines[i])
        ),
        None,
    )
    end = next((i for i in range(signed + 1, len(lines)) if _ANSWERED.match(lines[i])), len(lines))
    when = _ANSWERED.match(lines[signed])["when"]
    return Answer(title, signed + 1, end, author, parse_date(when))


def read_answer(lines: list[str]) -> Answer | None:
    """The first answer of a pasted Q&A page, when ``lines`` are one (see ``_ANSWERED``): signed
    under it (Stack Exchange), or under its "Answered <date>" header (Quora). Either way the
    answer holds running prose, or this is not the page's shape and nothing is cut."""
    signed = next(
        (
            i
            for i, line in enumerate(lines)
            if (m := _ANSWERED.match(line)) and parse_date(m["when"])
        ),
        None,
    )
    if signed is not None and signed + 1 < len(lines) and _prose(lines[signed + 1]):
        return _answer_under_header(lines, signed)
    header = max(
        (
            i
            for i in range(signed or 0)
            if _ANSWERS_HEAD.match(lines[i]) and _LETTER.search(lines[i])
        ),
        default=None,
    )
    if signed is None or header is None:
        return None
    start = header + 1
    while start < signed and _ANSWERS_HEAD.match(lines[start]):
        start += 1
    end = signed
    # Under the answer and over its signature: "Share", "Improve this answer", "edited ...".
    while (
        end > start
        and len(lines[end - 1].split()) <= 5
        and not furniture.SENTENCE_END.search(lines[end - 1])
    ):
        end -= 1
    if not any(_prose(line) for line in lines[start:end]):
        return None  # a menu's "Answers" over a question is no answer: never cut the page to it
    name = lines[signed + 1] if signed + 1 < len(lines) else ""
    author = name if len(name.split()) <= 5 and (NAME.match(name) or HANDLE.match(name)) else None
    asked = next((i for i in range(header) if _ASKED.match(lines[i])), None)
    title = lines[asked - 1] if asked else None
    if (
        asked is not None
        and asked >= 2
        and len(title.split()) < _QUESTION_MIN_WORDS <= len(lines[asked - 2].split())
    ):
        title = lines[asked - 2]  # a button between the question and "Asked": "Ask Question"
    return Answer(title, start, end, author, parse_date(_ANSWERED.match(lines[signed])["when"]))


# A broadcast channel's feed (a Telegram channel's web preview, any page streaming one name's
# posts): the same name heads three or more posts, each closed by its one view counter ("4.2K
# views"). Nobody answers anybody there, so no post opens a thread for the others: the essay
# is the longest post, the name heading them publishes it, and a post has no title. A thread
# where one poster speaks three times is no feed: others' posts, with their own counters, come
# between; nor is a video page whose channel's name stands over a suggested video's views line
# with nothing between: every post of a feed says something.
_VIEWS = re.compile(r"^\d[\d.,]*\s*[km]?\s+(?:views?|reads|plays)\b", re.IGNORECASE)
_FEED_MIN = 3
_FEED_NAME_MAX_WORDS = 6


class FeedPost(NamedTuple):
    channel: str  # the name heading every post
    start: int  # where the essay's text starts (under its header)
    end: int  # its counter
    author: str | None = None  # the writer who signed it (an export's)
    published: str | None = None  # its day (an export's)


# A channel's history exported and copied as text (Telegram Desktop's, a messenger's archive):
# the channel's name heads every message over its time of day alone ("18:05", "9:16 PM"), the
# messages under their day's line ("14 May 2026"). No counter closes a post there: each runs to
# the next header, and a day's line over that header is the next post's. A person's name alone
# right under the time is the writer who signed the message (the channel publishes it).
_CLOCK = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?$", re.IGNORECASE)


def _exported_post(lines: list[str]) -> FeedPost | None:
    """The longest post of a channel's exported history (see ``_CLOCK``): every time of day
    alone on its line stands under the same name, three times or more."""
    clocks = [i for i, line in enumerate(lines) if _CLOCK.match(line)]
    names = {lines[i - 1] if i else "" for i in clocks}
    if len(clocks) < _FEED_MIN or len(names) != 1:
        return None
    (channel,) = names
    if not 0 < len(channel.split()) <= _FEED_NAME_MAX_WORDS or _CLOCK.match(channel):
        return None
    posts = []
    for clock, end in zip(clocks, [c - 1 for c in clocks[1:]] + [len(lines)], strict=True):
        while end > clock + 1 and date_alone(lines[end - 1]):
            end -= 1  # the next day's line
        posts.append((clock + 1, end, sum(len(line.split()) for line in lines[clock + 1 : end])))
    start, end, _ = max(posts, key=lambda post: post[2])
    clock = start - 1
    author = None
    if start + 1 < end and lines[start] != channel and _person(lines[start]):
        author, start = lines[start], start + 1
    published = next((d for k in range(clock - 2, -1, -1) if (d := date_alone(lines[k]))), None)
    return FeedPost(channel, start, end, author, published)


def feed_post(lines: list[str]) -> FeedPost | None:
    """The longest post of a channel's feed, when ``lines`` are one (see ``_VIEWS``), or of its
    exported history (see ``_CLOCK``)."""
    counters = [i for i, line in enumerate(lines) if _VIEWS.match(line)]
    if len(counters) < _FEED_MIN:
        return _exported_post(lines)
    # Each post's header: the line over its text, the same in every post.
    names = {line for line in lines if 0 < len(line.split()) <= _FEED_NAME_MAX_WORDS}
    for name in names:
        heads = [i for i, line in enumerate(lines) if line == name]
        posts = [
            (head, counter)
            for head, following in zip(heads, [*heads[1:], len(lines)], strict=True)
            for counter in [[c for c in counters if head < c < following]]
            if len(counter) == 1
            for counter in counter
        ]
        if len(posts) < _FEED_MIN or len(posts) != len(counters):
            continue
        size = [sum(len(line.split()) for line in lines[h + 1 : c]) for h, c in posts]
        if not all(size):
            continue  # a card's name over its counter alone: no post
        head, counter = posts[size.index(max(size))]
        return FeedPost(name, head + 1, counter)
    return None
