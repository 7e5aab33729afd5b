"""An HTML page's main text and metadata (no discord import).

trafilatura extracts the main text and the metadata (title, author, date, site name); this
module corrects what it is known to get wrong on real pages: a site's name glued to the title,
a title that is only a poster's handle, a capitalised user name, a host's name for the site's,
captions and asides (share bars, newsletter boxes, pull quotes, press-release boilerplate) and
the post's subtitle (dek) left in the text, and comment threads built from custom elements, ARIA
roles or a document export's comment anchors (and its tracked deletions) that it takes for the
article.
"""

from __future__ import annotations

import html as entities
import json
import re
from collections import Counter
from urllib.parse import urlsplit

from bot import furniture
from bot.errors import EssayFormatError
from bot.headline import without_kind_after, without_label_shown_bare, without_section_label
from bot.html_byline import (
    byline_in_html,
    byline_under_text,
    copyright_in_html,
    date_in_html,
    day_stated,
    display_name,
    tab_title,
    title_byline,
)
from bot.page_meta import (
    NAME,
    author_in,
    made_of_name,
    name_beside_date,
    parse_date,
    sign_off,
)
from bot.page_site import LEGAL, USER_BLOG_POST, platform_of, self_post_community
from bot.page_units import plain_words, repeats_own_words
from bot.text import normalize

__all__ = ["read_html"]


_TITLE_LINES = 2  # the post's title line is among the text's first lines


def read_html(html: str, url: str | None = None) -> tuple[str, dict[str, str], list[str]]:
    """The page's main text, its metadata and what was dropped from the text (captions)."""
    import trafilatura  # heavy: imported on first HTML import only

    html = _without_comments(_pre_wrapped_lines(html))
    html, answerer, answered = _first_answer(html)
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
    )
    if doc is None or not (doc.text or "").strip():
        raise EssayFormatError("I couldn't find the main text of that page.")
    # A year or a number alone (an archive's sidebar heading, "2026") is no post's title.
    meta_title = None if re.fullmatch(r"[\d\s.,/-]*", doc.title or "") else doc.title
    profiled = None  # the poster a fediverse post's page is titled after
    if meta_title and (profile := _PROFILE_LABEL.match(" ".join(meta_title.split()))):
        # "Jane Doe (@jane@film.social)": the poster's profile label, the way a fediverse
        # server titles a post's page; a post has no title of its own, and the name is its
        # poster's.
        profiled, meta_title = profile.group("name"), None
    title, sitename = _title_and_site(html, meta_title, doc.sitename)
    if profiled:
        title = None  # the <title> quotes the post's opening under its poster's name
    headlines = _headlines(html)
    title, sitename = _trimmed_to_headline(title, sitename, headlines)
    if title and title not in headlines:
        title = without_section_label(title)  # "Opinion | …", as no headline on the page shows it
    elif title:
        # "… (Guest Column)", even as the headline shows it; "Opinion: …" where the JSON-LD's
        # headline leaves the label out
        title = without_label_shown_bare(without_kind_after(title), headlines)
    shown_first = [line.strip() for line in doc.text.splitlines()[:_TITLE_LINES]]
    sitename = (
        _community(html)
        or next(filter(None, map(self_post_community, shown_first)), None)
        or _user_blog_masthead(html)
        or sitename
        or _publisher(html)
        or _logo_name(html)
        or _home_heading(html)
    )
    sitename = _hosted_name(sitename, html)
    if not sitename or _HOST_NAME.match(sitename):
        # trafilatura falls back on the page's host name ("janedoe.blogspot.com") when the
        # metadata names no site; the blog's own name, when the page shows one, is the site's.
        own = (
            _named_before_host(html, title, sitename)
            or _without_tagline(_home_heading(html), sitename, _publisher(html))
            or _publisher(html)
            or _logo_name(html)
        )
        masthead = _masthead_after_title(html, title)
        sitename = (
            own
            or _shown_title_prefix(html, title)
            or masthead
            or _heading_over_title(html, title)
            or sitename
        )
    else:
        masthead = None
    host = urlsplit(doc.url or url or "").hostname or ""
    if (
        sitename
        and _TOOL_CREDIT.search(_visible_text(html, sitename))
        and not _blog_on_platform(host, sitename)
    ):
        sitename = None  # the tool the page was made with, not who published it
    sitename = _masthead_name(_trading_name(sitename, html), html)
    author = answerer or profiled or _as_written(_without_site(doc.author, sitename, html), html)
    if author and (named := author_in(" ".join(author.split()))):
        author = named  # the byline's label taken with the name: "Story by Jane Doe"
    if author is None and title and (split := _handle_title(html, title)):
        # "<title>reelgremlin — ok I need to talk …" with og:title "reelgremlin": a blog
        # named after its poster's handle, and the post's own title after it.
        author, title = split
    if author is None:
        author = (
            title_byline(html)
            or _ld_author(html)
            or _creator_in_title(html, title, sitename)
            or _blog_handle(html)
            or _host_user(html, doc.url or url)
            or _about_module(html, sitename)
        )
    lines = [line.strip() for line in doc.text.splitlines() if line.strip()]
    if title and lines:
        # A document's own heading as its first line, its file's suffix after it in the title
        # ("Essay - draft v3"): a file's name, not a site's, so not the publication.
        title = _trimmed_to_headline(title, None, lines[:1])[0]
    if author is None and lines:
        author = byline_in_html(html, " ".join(lines[1 if len(lines) > 1 else 0].split()[:8]))
    # The essay's first paragraph: the first long line that is not the headline repeated.
    heading = next(
        (k for k, ln in enumerate(lines[:_HEADLINE_WITHIN]) if title and _same_text(ln, title)),
        None,
    )
    text_start = next(
        (
            ln
            for k, ln in enumerate(lines)
            if k != heading and len(ln.split()) >= furniture.PROSE_MIN_WORDS
        ),
        None,
    )
    # (The post's first paragraph, past a title line its flair and domain lengthen.)
    paragraph = next(
        (
            ln
            for ln in lines
            if furniture.SENTENCE_END.search(ln) and len(ln.split()) >= furniture.PROSE_MIN_WORDS
        ),
        None,
    )
    if author and paragraph and (poster := _poster_nearer(html, paragraph, author)):
        author = poster
    if author is None and text_start:
        # The byline under a standfirst, above the first paragraph; else a forum's poster.
        author = byline_in_html(html, text_start) or _forum_poster(html, text_start)
    elif author and " " not in author:
        author = display_name(author, html) or author
    if lines and (author is None or _names_the_site(doc.author, sitename)):
        # No byline over the essay, or only the site itself named as its author (a theme's
        # markup): a byline set under the essay names the writer ("Words: Jane Doe, Editor"),
        # and so does one over it ("Written By Jane Doe") when the markup named the site, or a
        # sign-off as the text's last line ("— Jane Doe, recordist, Tromsø"), in a block the
        # page classes as a signature (taken out of the text with the asides below).
        author = (
            byline_under_text(html, lines[-1])
            or (author and text_start and byline_in_html(html, text_start))
            or (author and _marked_byline(html, sitename))
            or sign_off(lines[-1:], lines[-2] if len(lines) > 1 else "")[0]
            or author
        )
    sitename = (text_start and _posted_in(html, text_start)) or sitename
    if (
        sitename
        and author
        and (
            _own_domain(sitename, author)
            or _site_named_after_writer(html, sitename, author, doc.author)
            # (a masthead read off <title> that is the writer's name: their own site)
            or (sitename == masthead and _same_text(sitename, author))
        )
    ):
        sitename = None  # a person's own domain or site names no publication ("janedoe.net")
    if sitename and (handle := _blog_handle(html)) and _same_text(sitename, handle):
        # A user's blog on a platform named by their handle alone (og:site_name "stopmotionmoth"
        # at stopmotionmoth.tumblr.com): the poster's name, not a publication's; the platform
        # publishes the post.
        sitename = platform_of(host)
    if author is None and sitename and NAME.match(sitename) and _own_domain(host, sitename):
        # A blog named after its writer on their own (sub)domain ("Wren Abara" at
        # wrenabara.bearblog.dev), no byline: the site's name is the author's.
        author, sitename = sitename, None
    if author is None and sitename and any(name_beside_date(ln) == sitename for ln in lines[:3]):
        # The site's name beside the piece's date under its title ("Lena Sato, April 2026"): a
        # person's own site, so the name is the author's, and there is no publication.
        author, sitename = sitename, None
    if (
        sitename
        and _HOST_NAME.match(sitename)
        and (holder := copyright_in_html(html))
        and holder != author
    ):
        # A mail or blog host's name ("us14.campaign-archive.com") is no site's name; the
        # page's copyright line names who publishes it (not the author's own: no publication).
        sitename = holder
    meta = {
        "title": title,
        "author": author,
        "publication": sitename,
        "published": answered
        or (text_start and date_in_html(html, text_start))
        or (text_start and _marked_published(html, text_start))
        or (doc.date if doc.date and day_stated(html, doc.date) else None),
        "url": doc.url or url,
    }
    # trafilatura repeats the page heading as the first line (or under a label such as "Filed
    # under: AI"); the title is kept apart.
    if heading is not None:
        lines = lines[:heading] + lines[heading + 1 :]
    # The post's subtitle under it is the page's summary of itself, not the essay's opening.
    dek = lines.pop(0) if len(lines) > 1 and _dek(lines[0], html) else None
    asides, captions, quoted, set_apart = _asides(html, len(doc.text.split()))
    # A quotation the page attributes to someone else is theirs, unless the author's text says
    # the same words too (a reply quoting the post: the post's line stays).
    said = Counter(normalize(line) for line in lines)
    asides |= {q for q in quoted if said[q] == 1}
    # A block quotation that repeats words of one of the text's own paragraphs is a pull quote:
    # display type, said once already (Medium's and Ghost's, set with no class to name it).
    paragraphs = [f" {plain_words(line)} " for line in lines]
    asides |= {q for q in set_apart if repeats_own_words(q, paragraphs)}
    dropped = [dek] if dek else []
    dropped += [line for line in lines if normalize(line) in asides]
    lines = [line for line in lines if normalize(line) not in asides]
    # Captions trafilatura left out itself are removed too: the preview lists them all.
    dropped += [c for c in captions if normalize(c) not in {normalize(d) for d in dropped}]
    meta = {k: str(v).strip() for k, v in meta.items() if v}
    return "\n\n".join(lines), meta, dropped


_TIME_TAG = re.compile(r"<time\b[^>]*>", re.IGNORECASE)
_PUBLISHED_ROLE = re.compile(
    r"""(?:class|itemprop)\s*=\s*["'][^"']*\b(?:dt-published|published|datePublished)\b""",
    re.IGNORECASE,
)
_DATETIME = re.compile(r"""\bdatetime\s*=\s*["'](?P<when>[^"']+)["']""", re.IGNORECASE)


def _marked_published(html: str, first_words: str) -> str | None:
    """The date a ``<time>`` element above the text (``first_words``: its opening) marks as the
    post's publication (microformats' "dt-published", a theme's "entry-date published",
    schema.org's itemprop): trafilatura may take another date the page shows instead, its
    foot's "Last updated 5 Nov 2026". Under the text the same markup dates replies."""
    words = first_words.split()[:6]
    opening = re.search(r"\W+".join(map(re.escape, words)), html) if words else None
    for tag in _TIME_TAG.finditer(html, 0, opening.start() if opening else 0):
        if _PUBLISHED_ROLE.search(tag[0]) and (when := _DATETIME.search(tag[0])):
            return parse_date(when["when"][:10])
    return None


def _named_before_host(html: str, title: str | None, host: str | None) -> str | None:
    """The site inside a host that a "<title>" names between the post's title and the host's
    name ("Subject - Screen Futures - lists.example.org": a mailing list's or a forum's archive
    on a shared host), when the page shows that name on its own."""
    text = tab_title(html) if title and host else ""
    parts = _TITLE_SEPARATORS.split(text) if text else []
    if len(parts) != 3 or not _same_text(parts[0], title or "") or not _same_text(parts[2], host):
        return None
    shown = re.search(rf">\s*{re.escape(entities.escape(parts[1], quote=False))}\s*<", html)
    return parts[1] if shown else None


def _shown_title_prefix(html: str, title: str | None) -> str | None:
    """The blog's name before its post's title in <title> ("Reel Vernacular: Sora made my
    grandmother's village move again", Blogger's form), when the page shows that name on its
    own as well (its masthead)."""
    prefix, _, rest = tab_title(html).partition(": ")
    if not (title and rest and _same_text(rest, title) and 2 <= len(prefix.split()) <= 6):
        return None
    if not NAME.match(prefix):
        return None
    shown = r"\s+".join(map(re.escape, entities.escape(prefix, quote=False).split()))
    return prefix if re.search(rf">\s*{shown}\s*<", html) else None


def _masthead_after_title(html: str, title: str | None) -> str | None:
    """The site's name after its post's title in <title> ("Writing for a camera · Field
    Notes"), when a link to the home page reads it (the masthead of a site generator's theme):
    on a host whose metadata names no site, the site's own name, not its owner's domain."""
    parts = _TITLE_SEPARATORS.split(tab_title(html))
    if len(parts) != 2 or not _same_text(parts[0], title or ""):
        return None
    return parts[1].strip() if _links_home(html, parts[1]) else None


# A host's name as trafilatura gives it for a site with no name in its metadata.
_HOST_NAME = re.compile(r"^(?:[\w-]+\.)+[a-z]{2,}$", re.IGNORECASE)


def _blog_on_platform(host: str, sitename: str) -> bool:
    """Whether the page lives on a blog of the platform its metadata names as the site ("Tumblr"
    at lanternslide-lou.tumblr.com, "Powered by Tumblr" in its foot): the platform hosts and
    publishes the post, where a tool only made a page that lives elsewhere (Google Docs at
    docs.google.com)."""
    labels = host.casefold().split(".")
    platform = re.sub(r"\W", "", sitename.casefold())
    return len(labels) >= 3 and labels[0] != "www" and labels[-2] == platform


def _own_domain(sitename: str, author: str) -> bool:
    """Whether ``sitename`` is a host name made of its author's name ("liorbenami.net",
    "www.jane-doe.com" for Jane Doe, "tomaszw.example" for Tomasz Wierzbicki, "jdoe.net"): a
    person's own site, which the page names no other way."""
    if not _HOST_NAME.match(sitename):
        return False
    return made_of_name(re.sub(r"^www\.", "", sitename.casefold()).split(".")[0], author)


_DESCRIPTION = re.compile(
    r"<meta\b[^>]*\b(?:name|property)=[\"'](?:description|og:description|twitter:description)"
    r"[\"'][^>]*>",
    re.IGNORECASE,
)
_CONTENT = re.compile(r"""\bcontent=(?:"(?P<a>[^"]*)"|'(?P<b>[^']*)')""", re.IGNORECASE)
# The element a platform sets a post's subtitle in, under its headline.
_DEK_ROLE = re.compile(
    r"(?<![a-z])(?:sub-?title|subtitle-paragraph|standfirst|dek|deck|excerpt|strapline|"
    r"sub-?head(?:line)?|lead)(?![a-z])",
    re.IGNORECASE,
)
_DEK_WORDS = 40  # a subtitle is a sentence or two; a longer first line is the essay's
# The block right before a paragraph's opening tag, when the paragraph is its first child.
_WRAPPER = re.compile(
    r"""<(?:div|section|header)\b[^>]*\bclass=["'](?P<role>[^"']*)["'][^>]*>\s*\Z"""
)
_INTRO_NOTE = re.compile(r"<(?:em|i)>", re.IGNORECASE)
# An editor's note names the writer by their role, in the third person: "our artistic
# director", "the author", "our film critic".
_ABOUT_THE_WRITER = re.compile(
    r"\b(?:our|the) (?:\w+ ){0,2}(?:director|editor|author|writer|critic|columnist|"
    r"correspondent|contributor|programmer|curator)\b",
    re.IGNORECASE,
)


def _dek(line: str, html: str) -> bool:
    """Whether the text's first line (under the headline) is the post's subtitle (dek,
    standfirst): set in a subtitle's element, or in display type (a heading, a classed block
    that is not the body's) and repeated in the page's description metadata. Medium, Substack
    and Ghost set it under the headline; it is the page's summary of itself, not a passage. A
    plain paragraph the description repeats is the essay's opening (a description is often its
    first lines)."""
    if len(line.split()) > _DEK_WORDS:
        return False
    key = normalize(line)
    described = False
    for tag in _DESCRIPTION.finditer(html):
        content = _CONTENT.search(tag[0])
        if content and normalize(entities.unescape(content["a"] or content["b"] or "")) == key:
            described = True
    pattern = r"\s+".join(map(re.escape, entities.escape(line, quote=False).split()))
    # (The whole of its element: a line a "<br>" ends is the first of a block's lines, a
    # forum post's opening, its paragraphs set apart by line breaks in one block.)
    for match in re.finditer(rf">\s*{pattern}\s*<(?![bB][rR]\b)", html):
        opening = html.rfind("<", 0, match.start() + 1)
        tag = html[opening : match.start() + 1]
        role = " ".join(re.findall(r"""(?:class|id)=["']([^"']*)""", tag))
        # A bare paragraph takes its role from the block it is the whole of (Drupal's "<div
        # class="field--name-field-lead"><p>…").
        wrapper = _WRAPPER.search(html, 0, opening) if tag.lower().startswith("<p>") else None
        if _DEK_ROLE.search(role) or (wrapper and _DEK_ROLE.search(wrapper["role"])):
            return True
        if (
            _INTRO_NOTE.match(tag)
            and re.match(r"\s*</(?:em|i)>\s*</p>", html[match.end() - 1 :])
            and html[:opening].rstrip().endswith("<p>")
            and _ABOUT_THE_WRITER.search(line)
        ):
            # A paragraph wholly in italics opening the text, naming its writer by their role
            # in the third person: an editor's note over the piece ("From our artistic
            # director, ahead of …").
            return True
        display = re.match(r"<h[2-6]\b", tag, re.I) or (role and not _BODY_ROLE.search(role))
        if described and display:
            return True
    return False


# A class that says a block is the article's running text, not display type.
_BODY_ROLE = re.compile(r"body|content|paragraph|text|entry|prose", re.IGNORECASE)


# A credit to the tool the page was made with: "Published using Google Docs", "Powered by X".
_TOOL_CREDIT = re.compile(
    r"\b(?:published|made|built|created) (?:using|with)\s*$|\bpowered by\s*$",
    re.IGNORECASE | re.MULTILINE,
)


_PUBLISHER_CREDIT = re.compile(r"\bpublished by\s*$", re.IGNORECASE | re.MULTILINE)
_BYLINE_CREDIT = re.compile(r"\bby\s*$", re.IGNORECASE | re.MULTILINE)


def _site_named_after_writer(html: str, site: str, author: str, meta_author: str | None) -> bool:
    """Whether the site is named after the writer its metadata or a byline names ("Jane Doe" as
    og:site_name over "by Jane Doe"): their own, naming no publication, unless the page credits
    the name as its publisher ("Published by Low Light"). (A name only the site's heading gives
    is no writer's.)"""
    if not _same_text(site, author):
        return False
    credited = _visible_text(html, site)
    return bool(
        (_same_text(meta_author or "", author) or _BYLINE_CREDIT.search(credited))
        and not _PUBLISHER_CREDIT.search(credited)
    )


def _shown_text(markup: str) -> str:
    """A fragment of markup as it reads: tags as spaces, entities decoded, spaces collapsed."""
    return " ".join(entities.unescape(_ANY_TAG.sub(" ", markup)).split())


_ANY_TAG = re.compile(r"<[^>]*>")


def _visible_text(html: str, name: str) -> str:
    """The page's visible text just before ``name`` where the page shows it credited (else "")."""
    text = _shown_text(html)
    return "\n".join(
        text[max(0, m.start() - 40) : m.start()] for m in re.finditer(re.escape(name), text)
    )


# The headline trafilatura repeats is among the text's first lines.
_HEADLINE_WITHIN = 4
# A byline's date that trafilatura takes into the author's name ("Dana Wells Updated Mar 4").
_DATE_AFTER_NAME = re.compile(
    r"\s+(?:(?:updated|published|posted)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?\s+\d).*$",
    re.IGNORECASE,
)


_BY_AT_END = re.compile(r"\s(?i:by)\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})$")


def _without_site(author: str | None, sitename: str | None, html: str) -> str | None:
    """The metadata's author without a byline date glued to it and without the site itself:
    trafilatura joins every author the page's markup names ("Hollowfield Pictures; Jo
    Okonkwo-Hale"), and a theme names the site (its publisher) as one of them."""
    names = [_DATE_AFTER_NAME.sub("", name).strip() for name in (author or "").split("; ")]
    names = [name for name in names if name]
    names = _family_name_first(names, html)
    # A theme's foot sentence read whole, in parts ("This entry was posted in Essays and tagged
    # Runway, workshops by Ruth Abernathy"): the name after its "by" wrote the post.
    if names and (match := _BY_AT_END.search(names[-1])):
        return match["name"]
    # "Kofi Mensah (he/him)" comes apart as "Kofi Mensah he" and "Him": pronouns are no name.
    names = [_PRONOUN_AFTER.sub("", name) for name in names if not _PRONOUN.match(name)]
    if len(names) > 1:
        site = {normalize(n) for n in (sitename, _publisher(html)) if n}
        shown = " ".join(_ANY_TAG.sub(" ", html).split())
        names = [
            name
            for k, name in enumerate(names)
            if normalize(_STAFF_AFTER.sub("", name)) not in site
            and not _role_alone(name)
            and not (k and _role_cut(names[k - 1], name, shown))
        ] or names
    return "; ".join(names) or None


def _family_name_first(names: list[str], html: str) -> list[str]:
    """One writer where trafilatura reads two: scholarly metadata writes a name family name
    first ("citation_author" "Vautrin, Claire"), and trafilatura splits it at the comma into
    two one-word authors. The page's byline showing them the other way round, as one name,
    says they are one person."""
    if len(names) != 2 or not all(re.fullmatch(r"[^\W\d_][\w'’-]*", name) for name in names):
        return names
    turned = f"{names[1]} {names[0]}"
    shown = " ".join(_ANY_TAG.sub(" ", html).split())
    return [turned] if re.search(rf"(?<!\w){re.escape(turned)}(?!\w)", shown) else names


_PRONOUN = re.compile(r"^(?i:he|him|his|she|her|hers|they|them|theirs|ze|zir|xe|xem)$")
_PRONOUN_AFTER = re.compile(r"\s+(?i:he|she|they|ze|xe)$")
# A masthead's collective byline ("Screenline Staff", "The Ledger Team"): the site, not a writer.
_STAFF_AFTER = re.compile(r"\s+(?i:staff|team|editors|editorial|desk|newsroom)$")


def _role_alone(name: str) -> bool:
    """Whether a metadata "name" is the byline's role after its comma ("Carys Wynne, Arts
    Correspondent" read as two authors): every word capitalised, the last a role noun."""
    return bool(re.fullmatch(r"(?:[A-Z][\w&-]*\s+){0,3}(?:[A-Z][\w&-]*)", name)) and bool(
        _ROLE_NOUN.search(name.split()[-1])
    )


def _role_cut(before: str, name: str, shown: str) -> bool:
    """Whether a metadata "name" is the start of the byline's role after the name before it,
    cut where the role goes on in lower case ("Words by Adaeze Nwankwo, Head of Programming"
    read as "Adaeze Nwankwo; Head", "…, Senior Lecturer in Film" as "…; Senior Lecturer"): a
    second writer's name is not followed by "of", "in" or "at"."""
    role = rf"{re.escape(before)},\s+{re.escape(name)}\s+(?:of|in|at|for|to|on)\s"
    return re.search(role, shown, re.IGNORECASE) is not None


_ROLE_NOUN = re.compile(
    r"^(?:correspondent|reporter|editor|critic|columnist|contributor|writer|producer|"
    r"director|curator|programmer|journalist)s?$",
    re.IGNORECASE,
)


# A workspace or a blog on a host, as the host names it: "Lantern Pictures on Notion".
_HOSTED_ON = re.compile(r"^(?P<site>\S.*?)\s+on\s+(?P<host>[A-Z][\w.]{1,30})$")


def _hosted_name(sitename: str | None, html: str) -> str | None:
    """The site's own name when the host's name is glued to it ("Lantern Pictures on Notion")
    and the page names that host elsewhere as its platform (a title's suffix "| Notion",
    "Made with Notion", "Powered by Notion"); "Notes on Film" stays whole."""
    match = _HOSTED_ON.match(sitename or "")
    if match is None:
        return sitename
    host = re.escape(match["host"])
    named = re.search(
        rf"(?:[|·—–-]\s*{host}\s*[\"'<]|(?:made|built|powered|hosted|published) "
        rf"(?:with|by|on) {host}\b)",
        html,
        re.IGNORECASE,
    )
    return match["site"] if named else sitename


def _names_the_site(author: str | None, sitename: str | None) -> bool:
    """Whether the metadata's author is the site's own name, or its first words (trafilatura
    cuts a long one short: "Harbourside Museum" for "Harbourside Museum of the Moving Image")."""
    if not author or not sitename:
        return False
    return f"{normalize(sitename)} ".startswith(f"{normalize(author)} ")


def _marked_byline(html: str, sitename: str | None) -> str | None:
    """The writer the page's byline markup names (an element classed "author-name", "byline",
    rel="author"), as trafilatura reads it when no metadata does: on a page whose metadata
    names the site as its author (a theme's), the name set under the headline with no label
    ("Juniper Oyelaran-Beck", Squarespace's) is the writer's. Never the site's own name."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        # Not trafilatura's documented API (extract() and its metadata are): should a release
        # move it, the byline is simply not read this way.
        from trafilatura.metadata import extract_author
    except ImportError:
        return None
    try:
        name = extract_author(lxml_html.fromstring(html))
    except (ValueError, etree.ParserError):  # an XML declaration, or nothing lxml can parse
        return None
    if not name or _names_the_site(name, sitename) or not NAME.match(name):
        return None
    return name


def _same_text(a: str, b: str) -> bool:
    return normalize(a) == normalize(b)


_CAPTION_WORDS = furniture.CAPTION_MAX_WORDS
# Elements whose class or id names a role that is never the author's argument: a forum
# signature, a paywall, share and reaction bars, newsletter boxes, breadcrumbs, tag lists.
# trafilatura drops most such blocks; these are the ones it is known to let through.
_ASIDE_ROLE = re.compile(
    r"(?<![a-z])(?:signature|sig|paywall|share|sharing|sharedaddy|social|newsletter|subscribe|"
    r"subscription|reactions?|reaction-?bar|breadcrumbs?|tags|tag-?list|post-?tags|promo|"
    r"advert|ads|cookie|consent|disclaimer|related|jp-relatedposts|upsell|cta|"
    # A show's sponsor reads ("sponsor-read", "sponsors") between its notes.
    r"sponsors?|sponsor-?reads?|sponsorship|"
    # A pull quote repeats a sentence of the text as display type; a press release's notes to
    # editors and media contacts are the same on every release.
    r"pull-?quotes?|pullout|notes-?(?:to|for)-?editors|boilerplate|media-?contacts?|"
    r"press-?contacts?|"
    # A callout box (Notion's, a docs theme's admonition): a note to the page's readers, as in
    # Markdown exports (furniture.MD_CALLOUT).
    r"callout|admonition)(?![a-z])"
)
_ASIDE_WORDS = 80  # an element that long is a wrapper around the article, not an aside
_BLOCKS = "p|div|li|h1|h2|h3|h4|h5|h6|blockquote|figcaption|span|a|button"
_PROFILE_BOX_WORDS = 60  # a box about the writer or the publication: a name, counts, a bio


def _asides(html: str, text_words: int) -> tuple[set[str], list[str], set[str], set[str]]:
    """The page's captions and asides (see ``_ASIDE_ROLE``), normalised: their lines are
    dropped from the extracted text, and listed as removed; the captions' own text; the lines
    of quotations that name their source (see ``_cited_quotes``); and every block quotation's
    lines, normalised.
    ``text_words`` is the length of the extracted text: an element holding half of it wraps the
    article, whatever its class says."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return set(), [], set(), set()
    captions = [" ".join(e.text_content().split()) for e in _captions(tree)]
    by_role: dict[str, list] = {}
    for element in tree.iter(etree.Element):
        role = " ".join(filter(None, (element.get("class"), element.get("id"))))
        role = re.sub(r"([a-z])([A-Z])", r"\1-\2", role).lower()
        # The class (or id) that names the aside: "paywall" and "paywall-prompt" are two.
        named = next((word for word in role.split() if _ASIDE_ROLE.search(word)), None)
        if named is None:
            continue
        if len(element.text_content().split()) > min(_ASIDE_WORDS, text_words / 2):
            continue
        by_role.setdefault(named, []).append(element)
    found = []
    for elements in by_role.values():
        outermost = [e for e in elements if not any(a in elements for a in e.iterancestors())]
        if sum(len(e.text_content().split()) for e in outermost) > text_words / 2:
            # A class set on most of the text's paragraphs marks the article itself (a
            # magazine's "paywall" on every paragraph the paywall would hide), not an aside.
            continue
        for element in outermost:
            found += [
                element,
                *element.xpath(".//*[self::" + " or self::".join(_BLOCKS.split("|")) + "]"),
            ]
    found += _profile_boxes(tree)
    asides = {normalize(" ".join(e.text_content().split())) for e in found}
    captions = [c for c in captions if c]
    set_apart = {
        normalize(" ".join(e.text_content().split()))
        for quote in tree.xpath("//blockquote")
        for e in (quote, *quote.xpath(".//p"))
    } - {""}
    asides = (asides | {normalize(c) for c in captions}) - {""}
    return asides, captions, _cited_quotes(tree), set_apart


# A profile box's heading under a post: "Published in Reel Thinking", "Written by Jane Doe".
_PROFILE_HEADING = re.compile(r"^(?:published in|written by)\s+\S", re.IGNORECASE)


def _profile_boxes(tree: object) -> list:
    """The blocks of the boxes a platform sets under a post about its publication and its
    writer (Medium's "Published in …" and "Written by …" over followers and a one-line bio):
    trafilatura drops the heading, a link, and keeps the bio, which reads like prose. Each box
    is the heading's smallest container holding more than the heading, if that is short."""
    found = []
    for heading in tree.xpath("//h2 | //h3 | //h4 | //h5 | //h6"):
        if not _PROFILE_HEADING.match(" ".join(heading.text_content().split())):
            continue
        own = len(heading.text_content().split())
        box = next(
            (a for a in heading.iterancestors() if len(a.text_content().split()) > own), None
        )
        if box is not None and len(box.text_content().split()) <= _PROFILE_BOX_WORDS:
            found += [box, *box.xpath(".//*[self::" + " or self::".join(_BLOCKS.split("|")) + "]")]
    return found


def _cited_quotes(tree: object) -> set[str]:
    """The lines of a block quotation that names its source in a <cite> or a <footer>
    ("Cheap to make, expensive to approve." / "a producer I work with"), normalised: someone
    else's words and their name, never the author's argument. A quotation naming nobody may be
    the author's own line set apart, and stays."""
    lines: set[str] = set()
    for quote in tree.xpath("//blockquote[.//cite or .//footer]"):
        parts = [quote, *quote.xpath(".//*[self::p or self::div or self::cite or self::footer]")]
        lines |= {normalize(" ".join(e.text_content().split())) for e in parts}
    return lines - {""}


def _captions(tree: object) -> list:
    """The page's image captions: <figcaption>, elements whose class says "caption", a short
    line styled like the image box right above it or set as a caption (centred, italic or small)
    under it (Blogger's "separator" pair), and a short caption-set line in the image's own block
    ("<p><img><br><small>…</small></p>", hand-written pages). A caption describes a picture; it
    is not the author's argument."""
    found = tree.xpath("//figcaption | //*[contains(concat(' ', @class, ' '), ' caption')]")
    for box in tree.xpath("//*[.//img and not(normalize-space(string()))]"):
        caption = box.getnext()
        if (
            caption is not None
            and (
                (box.get("class") and caption.get("class") == box.get("class"))
                or _set_as_caption(caption)
            )
            and not caption.xpath(".//img")
            and 0 < len(caption.text_content().split()) <= _CAPTION_WORDS
        ):
            found.append(caption)
    for block in tree.xpath("//p[.//img] | //div[.//img] | //td[.//img] | //center[.//img]"):
        if (
            0 < len(block.text_content().split()) <= _CAPTION_WORDS
            and not block.xpath(".//p | .//div | .//td")
            and _set_as_caption(block)
        ):
            found.append(block)
    return found


_CENTRED = re.compile(r"text-align\s*:\s*center", re.I)


def _set_as_caption(element: object) -> bool:
    """Whether a line is set the way captions are: all of it italic or small, or centred."""
    if element.get("align") == "center" or _CENTRED.search(element.get("style") or ""):
        return True
    styled = element.xpath(
        ".//i[not(ancestor::i or ancestor::em or ancestor::small)]"
        " | .//em[not(ancestor::i or ancestor::em or ancestor::small)]"
        " | .//small[not(ancestor::i or ancestor::em or ancestor::small)]"
    )
    own = "".join(e.text_content() for e in styled)
    return bool(own.strip()) and own.split() == element.text_content().split()


# A fediverse profile's label: the display name, then the account's handle at its server.
_PROFILE_LABEL = re.compile(r"^(?P<name>[^()@]{1,60}?) \(@[\w.-]{1,40}@[\w-]+(?:\.[\w-]+)+\)$")
_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
# "Title | Site" and the other ways sites set their name apart: "–", "—", "·", "•", "»", "::".
_TITLE_SEPARATORS = re.compile(r"\s+(?:[-|–—·•»]|::)\s+")


# A forum's label before a topic's title: "Thread: …" (vBulletin), "Topic: …" (phpBB, SMF).
_FORUM_LABEL = re.compile(r"^(?:thread|topic|discussion)\s*:\s+(?=\S)", re.I)


_IMG = re.compile(r"<img\b[^>]*>", re.I)
_ATTR = re.compile(r"""\b(?P<key>alt|src|class)\s*=\s*["'](?P<value>[^"']*)["']""", re.I)
# What a logo's alt text adds to the site's name: "… - Powered by vBulletin", "… logo".
_LOGO_EXTRA = re.compile(r"\s*(?:[-–—|:]\s*(?:powered by|home)\b.*|\s+(?:logo|home ?page))$", re.I)


def _logo_name(html: str) -> str | None:
    """The site's name in its logo's alt text, when nothing else names the site (a forum's
    header image: alt="Cinematography Crossroads - Powered by vBulletin")."""
    for tag in _IMG.finditer(html):
        attrs = {m["key"].lower(): entities.unescape(m["value"]) for m in _ATTR.finditer(tag[0])}
        if "logo" not in f"{attrs.get('src', '')} {attrs.get('class', '')}".lower():
            continue
        name = " ".join(_LOGO_EXTRA.sub("", attrs.get("alt", "")).split())
        if name and NAME.match(name) and len(name.split()) <= 6:
            return name
    return None


def _title_and_site(html: str, title: str | None, site: str | None) -> tuple:
    """The page's title and site name. The <title> element usually reads "Title | Site": it
    names the site when the metadata does not, and fixes a title that is really the site's
    name (forums) or has the site's name glued on."""
    text = tab_title(html)
    parts = _TITLE_SEPARATORS.split(text) if text else []
    same = lambda a, b: bool(a and b) and normalize(a) == normalize(b)  # noqa: E731
    if same(site, title) and len(parts) >= 2:
        site = None  # a site name that is the headline is the <title>'s other part's to give
    if (
        len(parts) == 2
        and (same(parts[0], site) or _links_home(html, parts[0]))
        and _menu_link(html, parts[1])
        and same(title, text)
    ):
        # "Lena Sato — Writing": the site's name and one of its own menu's links, a section's
        # page (a portfolio's), not a post: the post's title is the text's to give.
        return None, site or parts[0]
    home = _home_heading(html)
    shown = _post_heading(html, [text, *parts]) if len(parts) > 1 or title != text else None
    # Blogger's "Blog Name: Post Title", where the metadata took the blog's name (its <h1>
    # linking home) for the title.
    site_name, _, after_colon = text.partition(": ")
    if shown is None and after_colon and same(site_name, title) and same(site_name, home):
        shown = _post_heading(html, [after_colon])
    other_part = (
        not site
        and shown in parts
        and any(same(title, p) for p in parts if p != shown)
        and not _in_heading(html, title)
        and not _links_home(html, shown)
    )
    if shown is not None and (same(title, text) or same(title, home) or other_part):
        # The site's name heads every page (an <h1> linking home, or the <title>'s other part,
        # which the metadata may have taken for the title); the post's own title is the
        # <title> (or its part) that a lower heading shows.
        others = [part for part in parts if not same(part, shown) and part not in shown]
        # The metadata's site name (og:site_name), when it gives one, over the <title>'s other
        # part, which may be the post's creator ("… | Jane Doe" on a platform).
        return _FORUM_LABEL.sub("", shown), home or site or (others[0] if others else title)
    if not title and parts:
        title = parts[0]
    if len(parts) == 2 and same(title, parts[1]) and same(shown, title):
        if _links_home(html, parts[0]) and not _HANDLE_SHAPE.match(parts[0]):
            # "static & grain — the uncanny flood" over a post headed "the uncanny flood",
            # under a masthead "static & grain" linking home: a blog on a platform, named
            # before its post, more precisely than the platform (og:site_name "Tumblr"), unless
            # it is only its user's handle.
            return title, parts[0]
        if _post_heading(html, parts[:1]) is None and parts[0] not in _headlines(html):
            # "Journal — the post": the post's title is the heading, its section is not one.
            return title, site
    if len(parts) >= 2:
        if not site and same(title, parts[0]) and not parts[-1].lower().startswith("by "):
            site = parts[-1]
        elif (same(title, parts[-1]) and not _headed_by(html, title, parts[0])) or same(
            title, site
        ):
            site, title = site or parts[-1], parts[0]
    if title:
        title = _FORUM_LABEL.sub("", title)
    if title and site:
        own = _TITLE_SEPARATORS.split(title)
        if len(own) >= 2 and same(own[-1], site):
            title = " ".join(_TITLE_SEPARATORS.findall(title)[0].join(own[:-1]).split())
    return title, site


_SUB_HEADING = re.compile(r"<h[23]\b[^>]*>(.*?)</h[23]>", re.I | re.S)
# An <h1> that links to the site's home: "/", the bare domain, a folder at most two deep
# ("/forum/"), or its index page ("/forum/index.php", "../index.html"); never a post's permalink.
_HOME_HEADING = re.compile(
    r"<h1\b[^>]*>\s*<a\b[^>]*\bhref=[\"']"
    r"(?:(?:https?://[^/\"'?#]+)?(?:/[\w.~-]+){0,2}/(?:index\.\w{2,4})?|https?://[^/\"'?#]+"
    r"|(?:\.\./)*index\.\w{2,4})[\"'][^>]*>(.*?)</a>\s*</h1>",
    re.I | re.S,
)


_HOME_LINK = re.compile(
    r"<a\b[^>]*\bhref=[\"'](?:/|https?://[^/\"'?#]+/?)[\"'][^>]*>(.*?)</a>", re.I | re.S
)


_TAGLINE_AFTER = re.compile(r"\s*(?::|\s[-|–—]\s)\s*")


def _without_tagline(heading: str | None, host: str | None, publisher: str | None) -> str | None:
    """The site's name in its home heading without the tagline after it ("Letterboxd — Your
    life in film"), when the part before the dash is the name the host ("letterboxd.com") or the
    JSON-LD publisher gives the site; else the heading as it stands."""
    parts = _TAGLINE_AFTER.split(heading or "", maxsplit=1)
    label = host.split(".")[-2] if host and _HOST_NAME.match(host) else ""
    if len(parts) == 2 and _squashed(parts[0]) in {_squashed(label), _squashed(publisher)} - {""}:
        return parts[0]
    return heading


def _squashed(name: str | None) -> str:
    """A name as its letters and digits alone: "Letter Boxd" and "letterboxd" are one."""
    return re.sub(r"\W|_", "", name or "").casefold()


# A company's legal form after its name: "Halfmoon Pictures Ltd", "Northlight Films, LLC".
_LEGAL_FORM = re.compile(rf",?\s+{LEGAL}$", re.IGNORECASE)
_SITE_NAME_META = re.compile(
    r"<meta\b[^>]*\bproperty=[\"']og:site_name[\"'][^>]*\bcontent=[\"']([^\"']+)", re.IGNORECASE
)


def _trading_name(sitename: str | None, html: str) -> str | None:
    """The site's own name where the metadata gives its company's legal name ("Halfmoon Pictures
    Ltd", JSON-LD's publisher or legalName): the og:site_name, which names the site and no
    company ("The Perforation" for "Hatherlow Film Archive CIO": the charity runs the site, the
    site publishes the post), or else the page's title naming it without its legal form ("… —
    Halfmoon Pictures"): the company trades as the site."""
    trading = _LEGAL_FORM.sub("", sitename or "")
    if trading == (sitename or ""):
        return sitename
    own = (entities.unescape(m).strip() for m in _SITE_NAME_META.findall(html))
    if site := next((n for n in own if n and not _LEGAL_FORM.search(n)), None):
        return site
    names = _TITLE_SEPARATORS.split(tab) if (tab := tab_title(html)) else []
    return trading if any(_same_text(name, trading) for name in names) else sitename


def _masthead_name(sitename: str | None, html: str) -> str | None:
    """The site's name without its tagline: "Cutaway: A Podcast About Making Films" in the
    metadata, when the masthead linking home reads "Cutaway" (the tagline set under it)."""
    parts = _TAGLINE_AFTER.split(sitename or "", maxsplit=1)
    if len(parts) == 2 and not _links_home(html, sitename or "") and _links_home(html, parts[0]):
        return parts[0]
    return _blog_beside_platform(parts, html) or sitename


def _blog_beside_platform(parts: list[str], html: str) -> str | None:
    """The blog's own name where the metadata names it beside its platform's ("네이버 블로그 |
    Cutting Room Notes"): the part the tab's title does not name after the headline (the
    platform's name, "… : 네이버 블로그"), when the page shows it as an element's whole text
    (its masthead). A blog on a platform is more precise than the platform."""
    tab = _TITLE_TAG.search(html)
    if len(parts) != 2 or tab is None:
        return None
    tab_text = normalize(_shown_text(tab[1]))
    for platform, blog in (parts, parts[::-1]):
        named = normalize(platform)
        if named and tab_text.endswith(named) and normalize(blog) not in tab_text:
            shown = rf">\s*{re.escape(entities.escape(blog, quote=False))}\s*<"
            return blog if re.search(shown, html) else None
    return None


# A link to one of the site's own sections: a path on the same site, one folder deep ("/Writing",
# "/journal/").
_MENU_LINK = re.compile(r"<a\b[^>]*\bhref=[\"']/[\w-]+/?[\"'][^>]*>(.*?)</a>", re.I | re.S)


_ANY_HEADING = re.compile(r"<h[1-6]\b[^>]*>(.*?)</h[1-6]>", re.I | re.S)


def _headed_by(html: str, title: str, other: str) -> bool:
    """Whether the page heads its post with ``title``, the <title>'s last part, and never with
    ``other``, its first ("halfreel — sora cannot be bored" over an <h1> of the second: a blog
    named before its post): the last part is then the post's title, not the site's name."""
    return _in_heading(html, title) and not _in_heading(html, other)


def _in_heading(html: str, text: str) -> bool:
    """Whether a heading of any level on the page reads ``text``."""
    return any(normalize(_shown_text(m[1])) == normalize(text) for m in _ANY_HEADING.finditer(html))


# A one-person blog's "About" box (a sidebar's module): its heading, then a paragraph that
# opens on its writer's name ("Dorothy Lund draws storyboards for film …"); or its foot, which
# opens the same way ("<footer><span>Corin Haldane makes small documentaries …", Bear Blog's).
_ABOUT_MODULE = re.compile(
    r"(?:<h[2-4]\b[^>]*>\s*(?i:about(?: me| the author)?)\s*</h[2-4]>\s*(?:<div\b[^>]*>\s*)*"
    r"<p\b[^>]*>|<footer\b[^>]*>\s*(?:<(?:p|span|div)\b[^>]*>\s*)*)"
    r"\s*(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}) (?=[a-z])"
)


def _about_module(html: str, site: str | None) -> str | None:
    """The writer an "About" box under the blog names, when no byline does (not the blog
    describing itself, "Splice Notes is a blog about …": the blog's name is the site's, in its
    <title>)."""
    match = _ABOUT_MODULE.search(html)
    named = normalize(match["name"]) if match else ""
    if not match or not NAME.match(match["name"]) or _same_text(match["name"], site or ""):
        return None
    return None if named in normalize(tab_title(html)) else match["name"]


def _menu_link(html: str, name: str) -> bool:
    """Whether a link to one of the site's sections reads ``name`` ("Writing")."""
    return any(
        normalize(_ANY_TAG.sub(" ", m[1])) == normalize(name) for m in _MENU_LINK.finditer(html)
    )


def _links_home(html: str, name: str) -> bool:
    """Whether a link to the site's home page reads ``name`` (a masthead)."""
    return any(normalize(_shown_text(m[1])) == normalize(name) for m in _HOME_LINK.finditer(html))


def _post_heading(html: str, parts: list[str]) -> str | None:
    """The part of the <title> that an <h2>/<h3> on the page shows: a post's title under the
    site's name."""
    shown = {normalize(_shown_text(m[1])) for m in _SUB_HEADING.finditer(html)}
    return next(
        (part for part in parts if len(part.split()) >= 2 and normalize(part) in shown), None
    )


def _home_heading(html: str) -> str | None:
    """The text of an <h1> that is a link to the site's home page: the site's name."""
    match = _HOME_HEADING.search(html)
    if match is None:
        return None
    return _shown_text(match[1])


def _user_blog_masthead(html: str) -> str | None:
    """A user's blog on a platform (the page's own address a post of its user's blog): its
    masthead, an <h1> linking home ("moth at the matinee"), names the blog more precisely than
    the platform's og:site_name ("Tumblr"), unless it is only its user's handle."""
    home = _home_heading(html)
    if home and _blog_handle(html) and not _HANDLE_SHAPE.match(home):
        return home
    return None


_USER_BLOG_POST = re.compile(rf"""(?:href|content)=["']{USER_BLOG_POST}""", re.I)


def _blog_handle(html: str) -> str | None:
    """The handle a user's blog is named after, read off the page's own address (its og:url)
    or else the first link to one of its posts (the post's own title or date links to it,
    before any reblog's)."""
    match = _USER_BLOG_POST.search(html)
    return match["handle"] if match else None


# A link to a member's profile, as forum software writes it: SMF ("action=profile;u=2201"),
# phpBB ("memberlist.php?mode=viewprofile&u=5"), vBulletin ("member.php?u=5"), XenForo
# ("/members/name.123/"), Discourse ("/u/name"); or as a platform that addresses each user's page
# by "@" does ("/@name": Hive's, Steemit's, Medium's, a fediverse server's), the link's text
# the user name, perhaps with its "@".
_PROFILE_LINK = re.compile(
    r"""<a\b[^>]*\bhref=["'][^"']*(?:action=profile|mode=viewprofile|member\.php\?|/members/"""
    r"""[^"'/]+\.\d+/?|/u(?:ser)?/[\w.-]+/?["']|/@[\w.-]+/?["'])[^>]*>\s*@?(?P<name>[^<]{2,40}?)\s*</a>""",
    re.I,
)


def _text_at(html: str, text_start: str) -> int | None:
    """Where the markup shows the text's first words (``text_start``, its first paragraph),
    not a tag's attribute repeating them (the description meta)."""
    key = r"\s+".join(map(re.escape, text_start.split()[:6]))
    return next((m.start() for m in re.finditer(key, html) if _in_text(html, m.start())), None)


def _forum_poster(html: str, text_start: str) -> str | None:
    """The member whose profile is linked last before the first post's text: its poster (the
    links further up are the signed-in reader's)."""
    names = _profiles_before(html, text_start)
    return names[-1] if names else None


def _profiles_before(html: str, text_start: str) -> list[str]:
    start = _text_at(html, text_start)
    return [m["name"] for m in _PROFILE_LINK.finditer(html, 0, start or 0)]


def _poster_nearer(html: str, text_start: str, author: str) -> str | None:
    """The post's poster when trafilatura took another member for its author: the first
    element the page classes as an author's, which may be a profile linked further up than the
    post's header (a community's sidebar copied over the post: "created by <moderator>"). The
    profile linked last before the text is the poster's (``_forum_poster``)."""
    names = _profiles_before(html, text_start)
    key = _name_key(author)
    if len(names) < 2 or _name_key(names[-1]) == key:
        return None
    return names[-1] if any(_name_key(n) == key for n in names[:-1]) else None


def _name_key(name: str) -> tuple[str, ...]:
    """A name's words, case and the underscores of a user name aside: trafilatura writes
    "cinephage_mod" as "Cinephage Mod"."""
    return tuple(re.findall(r"[^\W_]+", name.casefold()))


# The community a post was posted in, linked after its poster's in the post's header: "@jane
# (63) in <a>Film &amp; Video Makers</a> · 7 days ago" (Hive's, Steemit's; Medium's "… in
# <publication>").
_POSTED_IN = re.compile(r">\s*in\s+<a\b[^>]*>\s*(?P<name>[^<]{2,60}?)\s*</a>", re.I)
_HEADER_SPAN = 400  # characters of markup from the poster's link to the end of the header


def _posted_in(html: str, text_start: str) -> str | None:
    """The community the post's header says it was posted in, after the poster's link and
    before the text: more precise than the platform's name (tests/fixtures/pages/README.md)."""
    start = _text_at(html, text_start)
    poster = [m.end() for m in _PROFILE_LINK.finditer(html, 0, start)] if start else []
    if not poster:
        return None
    match = _POSTED_IN.search(html, poster[-1], min(start, poster[-1] + _HEADER_SPAN))
    name = " ".join(entities.unescape(match["name"]).split()) if match else None
    # (a name may join two with "&": "Film & Video Makers")
    return name if name and NAME.match(re.sub(r"\s+&\s+", " ", name)) else None


def _in_text(html: str, at: int) -> bool:
    """Whether ``html[at]`` is in an element's text rather than inside a tag."""
    return html.rfind("<", 0, at) < html.rfind(">", 0, at)


_HANDLE_SHAPE = re.compile(r"^[a-z0-9][a-z0-9_.-]{1,38}$")


_HEADING = re.compile(r"<h(?P<level>[1-4])\b[^>]*>(?P<text>.*?)</h(?P=level)>", re.I | re.S)


def _heading_over_title(html: str, title: str | None) -> str | None:
    """The page's <h1> when the post's title is a lower heading under it (a journal's name in
    its header, "Shutter Angle", over each entry's own <h3>): the site's name, on a host whose
    metadata names none."""
    if not title:
        return None
    headings = [(int(m["level"]), _shown_text(m["text"])) for m in _HEADING.finditer(html)]
    first = next((k for k, (level, _) in enumerate(headings) if level == 1), None)
    if first is None or _same_text(headings[first][1], title):
        return None
    under = any(level > 1 and _same_text(text, title) for level, text in headings[first + 1 :])
    name = headings[first][1]
    return name if under and NAME.match(name) and len(name.split()) <= _SITE_NAME_WORDS else None


_SITE_NAME_WORDS = 6


def _host_user(html: str, url: str | None) -> str | None:
    """The user a host gives a journal of their own under their name ("greyfilter" at
    greyfilter.dreamwidth.org), when <title> leads with it ("greyfilter: The old panic"): the
    journal's writer."""
    host = urlsplit(url or "").hostname or ""
    labels = host.split(".")
    tab = tab_title(html)
    if len(labels) < 3 or labels[0] == "www" or not tab:
        return None
    lead = re.split(r":\s|\s(?:[-|–—·•»]|::)\s", tab, maxsplit=1)[0]
    return lead if lead.casefold() == labels[0].casefold() else None


def _creator_in_title(html: str, title: str | None, sitename: str | None) -> str | None:
    """The creator a platform names after the post in its <title> ("Why the archive scenes
    won't be generated | Marisol Vega" on Patreon, whose og:site_name is the platform's): a
    person's name, not the site's, that the page links to (their page's header)."""
    parts = _TITLE_SEPARATORS.split(tab) if (tab := tab_title(html)) else []
    if len(parts) != 2 or not title or normalize(parts[0]) != normalize(title) or not sitename:
        return None
    name = parts[1]
    if normalize(name) == normalize(sitename) or not NAME.match(name) or len(name.split()) < 2:
        return None
    linked = re.search(rf"<a\b[^>]*>\s*{re.escape(entities.escape(name))}\s*</a>", html)
    return name if linked else None


def _handle_title(html: str, title: str) -> tuple[str, str] | None:
    """(handle, title) when <title> reads "handle — the post's title" and the page's title is
    only the user name, or is the post's title with the handle linking home (the blog's name
    over its post): a blog named after its poster's handle."""
    parts = _TITLE_SEPARATORS.split(tab) if (tab := tab_title(html)) else []
    if len(parts) != 2 or not _HANDLE_SHAPE.match(parts[0]) or not parts[1]:
        return None
    if parts[0] == title:
        return title, parts[1]
    if normalize(parts[1]) == normalize(title) and _links_home(html, parts[0]):
        return parts[0], title
    return None


def _as_written(name: str | None, html: str) -> str | None:
    """A name as the page shows it: metadata extractors capitalise user names ("Nukenode")."""
    if not name:
        return None
    shown = _ANY_TAG.sub(" ", html)  # the page's text, not its tags' attributes
    # ... and turn "rosa_l" into "Rosa L": any separator between the name's parts will do.
    pattern = r"[\s_.-]+".join(map(re.escape, name.split()))
    match = re.search(rf"(?<![\w-]){pattern}(?![\w-])", shown, re.IGNORECASE)
    # ... and they cut a user name at a word they take for an affiliation's ("reel_of_tape"
    # read as "Reel"): a name the page shows nowhere as it is, but as the start of a user
    # name, is that user name.
    match = match or re.search(rf"(?<![\w-]){pattern}(?:_[^\W_]+)+(?![\w-])", shown, re.I)
    return match.group(0) if match else name


# Where a page keeps its readers' comments when trafilatura cannot tell them from the article:
# web components (<shreddit-comment>, <disqus-comment>), ARIA's and schema.org's comment roles,
# a document export's comment threads (Google Docs' "cmnt" anchors, Word's "msocom") and its
# tracked deletions.
_COMMENT_XPATH = (
    "//*[contains(local-name(), '-') and contains(local-name(), 'comment')]"
    " | //*[@role='comment' or @itemprop='comment' or @itemprop='comments'"
    " or contains(@itemtype, 'schema.org/Comment')]"
    " | //a[starts-with(@id, 'cmnt') and starts-with(@href, '#cmnt_ref')]/ancestor::div[1]"
    " | //a[starts-with(@href, '#cmnt')]"
    " | //*[contains(@class, 'msocomtxt') or contains(@style, 'mso-element:comment')]"
    " | //*[contains(@class, 'msocomanchor')]"
    # A tracked change's deleted words (Word's export marks whose they were): not the text.
    " | //del[starts-with(@cite, 'mailto:')] | //*[contains(@class, 'msoDel')]"
)
# ... and an app's test hooks, where its classes are generated and name nothing: a comment
# section or a comment row named in data-tag (Patreon's), data-testid and the like
# ("comments", "comment-row reply", "comment-list"; not "comment-button" or "commenter-name").
_HOOKS = ("data-tag", "data-testid", "data-test-id", "data-test", "data-qa", "data-cy")
_COMMENT_HOOK = re.compile(
    r"comments?(?:[-_]?(?:section|list|thread|threads|row|item|container|area|tree))?", re.I
)


# An element that keeps its source's line breaks (CSS "white-space: pre-wrap" or "pre-line", in
# its style or named in its class: YouTube's description, one inline element per line).
_PRE_WRAPPED = re.compile(r"white-space:\s*pre-(?:wrap|line)|\bpre-(?:wrap|line)\b", re.IGNORECASE)
_PRE_WRAPPED_XPATH = "//*[contains(@style, 'pre-') or contains(@class, 'pre-')]"


def _pre_wrapped_lines(html: str) -> str:
    """The page with each line of an element that keeps its source's line breaks made a block
    of its own, where each of its children stands alone on its source line: a browser shows them
    on their own lines, an extractor reading the tags alone glues them ("… back.Chapters")."""
    if not _PRE_WRAPPED.search(html):
        return html
    from lxml import etree
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return html
    changed = False
    for element in tree.xpath(_PRE_WRAPPED_XPATH):
        marks = f"{element.get('style') or ''} {element.get('class') or ''}"
        if not _PRE_WRAPPED.search(marks):
            continue
        before = [element.text or "", *((c.tail or "") for c in element)][: len(element)]
        alone = [
            child
            for child, ahead in zip(element, before, strict=True)
            if (not ahead.strip() or ahead.endswith("\n")) and (child.tail or "\n")[:1] == "\n"
        ]
        if len(alone) >= 2 and len(alone) == len(element):
            for child in alone:
                child.tag = "div"
            changed = True
    return lxml_html.tostring(tree, encoding="unicode") if changed else html


def _without_comments(html: str) -> str:
    """The page without its comment threads (see ``_COMMENT_XPATH``). An element holding most
    of the page's text is a wrapper, whatever it is called, and stays."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return html
    total = len(tree.text_content().split())
    found = [e for e in tree.xpath(_COMMENT_XPATH) if e.getparent() is not None]
    found += [
        e
        for e in tree.iter(etree.Element)
        if any(_COMMENT_HOOK.fullmatch(((e.get(hook) or "").split() or [""])[0]) for hook in _HOOKS)
    ]
    found = [e for e in found if len(e.text_content().split()) <= total / 2]
    if not found:
        return html
    for element in found:
        parent = element.getparent()
        if parent is None:
            continue  # inside an element already removed
        if parent.tag == "sup" and len(parent) == 1:
            element, parent = parent, parent.getparent()  # a comment's "[a]" mark
        element.drop_tree()
    return lxml_html.tostring(tree, encoding="unicode")


# A Q&A page marked up with schema.org microdata (Stack Exchange and its clones): the question
# and each answer are items, an answer's body its "text", its signature its "author".
_ANSWER_XPATH = "//*[@itemtype][substring(@itemtype, string-length(@itemtype) - 6) = '/Answer']"


def _first_answer(html: str) -> tuple[str, str | None, str | None]:
    """A Q&A page cut to its first answer (the accepted one, else the first shown): the
    question's body and the other answers are not the essay. With it, the answer's author and
    the date its signature gives (the question's asker and date are not the essay's)."""
    from lxml import etree
    from lxml import html as lxml_html

    if "/Answer" not in html:
        return html, None, None
    try:
        tree = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return html, None, None
    answers = tree.xpath(_ANSWER_XPATH)
    if not answers:
        return html, None, None
    chosen = next((a for a in answers if a.get("itemprop") == "acceptedAnswer"), answers[0])
    bodies = chosen.xpath(".//*[@itemprop='text']")
    if not bodies:
        return html, None, None
    signature = [
        " ".join(e.text_content().split())
        for e in chosen.iter()
        if isinstance(e.tag, str)
        and not any(e is b or b in e.iterancestors() for b in bodies)
        and e.text
    ]
    # The author's name: its "name" or its link, not the reputation and badges beside it.
    names = chosen.xpath(
        "(.//*[@itemprop='author']//*[@itemprop='name'] | .//*[@itemprop='author']//a)[1]"
    )
    author = " ".join(names[0].text_content().split()) if names else None
    when = next((d for line in signature if (d := parse_date(line))), None)
    for other in tree.xpath("//*[@itemprop='text']"):
        if other not in bodies and other.getparent() is not None:
            other.drop_tree()  # the question's body, the other answers'
    for other in answers:
        if other is not chosen and other.getparent() is not None:
            other.drop_tree()
    return lxml_html.tostring(tree, encoding="unicode"), author, when


def _json_string(raw: str) -> str:
    """A JSON string's text, its escapes read ('Generative \\"restorations\\"' has quote
    marks in it); as written where the page's escapes are no JSON's."""
    try:
        return json.loads(f'"{raw}"', strict=False)
    except ValueError:
        return raw


def _headlines(html: str) -> list[str]:
    """The page's headlines as it shows them: its <h1> elements, and JSON-LD's "headline"."""
    found = [_shown_text(m[1]) for m in re.finditer(r"<h1\b[^>]*>(.*?)</h1>", html, re.I | re.S)]
    found += [
        entities.unescape(_json_string(m[1]))
        for m in re.finditer(r'"headline"\s*:\s*"((?:[^"\\]|\\.){3,300})"', html)
    ]
    found += [shared] if (shared := _shared_title(html)) else []
    return [h for h in found if len(h.split()) >= 2]


_OG_TITLE = re.compile(
    r"<meta\b[^>]*\bproperty=[\"']og:title[\"'][^>]*\bcontent=(?P<q>[\"'])(?P<title>.*?)(?P=q)",
    re.IGNORECASE | re.DOTALL,
)
_SHARED_TITLE_WORDS = 3


def _shared_title(html: str) -> str | None:
    """The headline the <title> and og:title both hold, each with a label of its own on another
    side of it (old Reddit's "Headline : Filmmakers" and "r/Filmmakers - Headline"): what the
    two share is the post's, what each adds is the site's."""
    a, og = tab_title(html), _OG_TITLE.search(html)
    if not a or og is None:
        return None
    b = " ".join(entities.unescape(og["title"]).split())
    # The longest end of one that the other starts with, whole words on both sides.
    shared = max(
        (
            second[:k]
            for first, second in ((a, b), (b, a))
            for k in range(1, min(len(first), len(second)))
            if first.endswith(second[:k]) and first[-k - 1] == " " and second[k] == " "
        ),
        key=len,
        default="",
    )
    return shared if len(shared.split()) >= _SHARED_TITLE_WORDS else None


# What a platform puts after the headline in a title: a separator and the site's name.
_AROUND_HEADLINE = re.compile(r"^\s*(?:[-|–—·•»:]|::)\s+(?P<site>\S.*)$")
# ... or a label in brackets, the kind of piece the headline shown leaves to its kicker:
# "Headline (Guest Column)", "Headline (Op-Ed)".
_LABEL_AFTER_HEADLINE = re.compile(r"^\s+\([^()]{2,30}\)$")
# ... and before it: a lead-in ending with a colon, or a section's label (a few words) and a
# separator ("Opinion | Headline", "Analysis — Headline"), which the headline as shown leaves
# out. A title's longer part before a separator is the title ("Headline | Logo" over a logo).
# So is an episode's or an issue's number ("58. Headline", "#58 Headline"): the page shows it
# apart, over the headline ("Episode 58").
_BEFORE_HEADLINE = re.compile(
    r"^(?:\S.*?:|\S+(?:\s\S+){0,2}\s(?:[-|–—·•»]|::)|#\d{1,4}|\d{1,4}\.)\s+$"
)


def _trimmed_to_headline(
    title: str | None, site: str | None, headlines: list[str]
) -> tuple[str | None, str | None]:
    """The title without what a platform adds around the headline the page shows: the site's
    name after a separator ("Headline | Studio": the site, when nothing else names it), or a
    lead-in before a colon ("From the editors community on Reddit: Headline") or a section's
    label before a separator ("Opinion | Headline")."""
    if not title:
        return title, site
    title = " ".join(title.split())
    for headline in headlines:
        if title == headline:
            return title, site
        if title.startswith(headline) and (rest := _AROUND_HEADLINE.match(title[len(headline) :])):
            return headline, site or rest["site"].strip()
        if title.startswith(headline) and _LABEL_AFTER_HEADLINE.match(title[len(headline) :]):
            return headline, site
        if title.endswith(headline) and _BEFORE_HEADLINE.match(title[: -len(headline)]):
            return headline, site
    return title, site


# A community inside a platform ("r/editors", Lemmy's "c/film", a group named by a tilde,
# "~movies"): named in the <title>'s suffix (perhaps before the platform's own name),
# it is the publication, more precisely than the platform's own name.
_COMMUNITY_SUFFIX = re.compile(
    r"\s(?:[-|–—·•»:]|::)\s+(?P<name>[rcm]/\w{2,30}|~[a-z]\w+(?:\.\w+)*)"
    r"(?:\s+[-|–—·•»:]\s+[^<>|–—·•»:-]{1,40}?)?\s*</title>",
    re.I,
)


def _community(html: str) -> str | None:
    match = _COMMUNITY_SUFFIX.search(html)
    return match["name"] if match else None


_JSON_LD = re.compile(
    r"<script[^>]*application/ld\+json[^>]*>(?P<data>.*?)</script>", re.IGNORECASE | re.DOTALL
)
# The wrappers an XHTML-minded template puts around a script's text so old parsers skip it:
# "/* <![CDATA[ */ … /* ]]> */", "//<![CDATA[ … //]]>", "<!-- … -->". JSON has no comments.
_SCRIPT_WRAPPER = re.compile(
    r"^\s*(?:/\*\s*<!\[CDATA\[\s*\*/|//\s*<!\[CDATA\[|<!--)|"
    r"(?:/\*\s*\]\]>\s*\*/|//\s*\]\]>|-->)\s*$"
)


def _ld_items(html: str) -> list[dict]:
    """The top-level items of the page's JSON-LD (and of its ``@graph``)."""
    import json

    items: list[dict] = []
    for match in _JSON_LD.finditer(html):
        try:
            data = json.loads(_SCRIPT_WRAPPER.sub("", match["data"]))
        except ValueError:
            continue
        found = data if isinstance(data, list) else [data]
        found += [g for item in found if isinstance(item, dict) for g in item.get("@graph", [])]
        items += [item for item in found if isinstance(item, dict)]
    return items


def _ld_first(value: object) -> object:
    """A JSON-LD value that may be a list of them: its first (``"author": [{…}, {…}]``)."""
    return value[0] if isinstance(value, list) and value else value


def _ld_name(value: object) -> str | None:
    """The name of a JSON-LD person or organisation (the first of a list), if name-shaped."""
    value = _ld_first(value)
    name = value.get("name") if isinstance(value, dict) else None
    if isinstance(name, str) and NAME.match(" ".join(name.split())):
        return " ".join(name.split())
    return None


def _publisher(html: str) -> str | None:
    """The organisation JSON-LD names as the page's publisher, when nothing else names the site
    (a person as publisher is a personal blog's author, not a publication)."""
    for item in _ld_items(html):
        publisher = _ld_first(item.get("publisher"))
        if (
            isinstance(publisher, dict)
            and publisher.get("@type") != "Person"
            and (name := _ld_name(publisher))
        ):
            return name
    return None


def _ld_author(html: str) -> str | None:
    """The person JSON-LD names as the author of the page's own item, whatever its type:
    trafilatura reads an article's, not a review's or a video's ("@type": "Review", "author":
    {"@type": "Person", "name": "Jane Doe"}). A comment's author, nested inside, is not read."""
    for item in _ld_items(html):
        first = _ld_first(item.get("author"))
        if isinstance(first, dict) and first.get("@type") == "Person" and (name := _ld_name(first)):
            return name
    return None
