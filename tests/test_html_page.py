"""bot.html_page: an HTML page's main text and metadata, corrected where extraction slips."""

from __future__ import annotations

import pytest

from bot.html_page import _headlines, _trimmed_to_headline, _without_comments, read_html
from tests.cleaner_essay import PARAGRAPHS

COMMENT = "Stealing your red border idea for Monday, brilliant stuff honestly."


def _page(
    extra: str = "", *, title: str = "Plates Saved Our Short", head: str = "", h1: str = ""
) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f"<!doctype html><html><head><title>{title}</title>{head}"
        '<meta name="author" content="Oona Brennan"></head><body><main><article>'
        f"<h1>{h1 or 'Plates Saved Our Short'}</h1>{body}{extra}</article></main></body></html>"
    )


@pytest.mark.parametrize(
    "thread",
    [
        # Web components (new Reddit's shreddit, any <x-comment> element).
        f'<shreddit-comment-tree><shreddit-comment author="a"><div slot="comment"><p>{COMMENT}'
        "</p></div></shreddit-comment></shreddit-comment-tree>",
        f"<section><disqus-comment><p>{COMMENT}</p></disqus-comment></section>",
        # ARIA's and schema.org's roles.
        f'<div role="comment"><p>{COMMENT}</p></div>',
        f'<div itemprop="comment" itemscope><p>{COMMENT}</p></div>',
        f'<div itemscope itemtype="https://schema.org/Comment"><p>{COMMENT}</p></div>',
        # A Google Docs export's comment thread, and a Word export's.
        f'<div class="c6"><p><a href="#cmnt_ref1" id="cmnt1">[a]</a><span>{COMMENT}</span></p>'
        "<p><span>Lucia Ferrante</span></p></div>",
        f'<div style="mso-element:comment-list"><p class="msocomtxt">{COMMENT}</p></div>',
    ],
)
def test_a_comment_thread_is_never_the_article(thread: str) -> None:
    text, _, _ = read_html(_page(thread))
    assert COMMENT not in text
    assert all(p in text for p in PARAGRAPHS)


def test_a_document_exports_comment_marks_go_with_their_threads() -> None:
    marked = PARAGRAPHS[0] + '<sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup>'
    html = _page().replace(PARAGRAPHS[0], marked)
    assert "[a]" not in _without_comments(html)
    assert PARAGRAPHS[0] in _without_comments(html)


@pytest.mark.parametrize(
    "wrapper",
    [
        # An element named like a comment that holds the article is a wrapper, not a comment.
        '<div role="comment">{}</div>',
        "<x-comments-enabled-article>{}</x-comments-enabled-article>",
    ],
)
def test_the_article_inside_a_comment_named_wrapper_is_kept(wrapper: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = f"<html><head><title>T</title></head><body>{wrapper.format(body)}</body></html>"
    text, _, _ = read_html(html)
    assert all(p in text for p in PARAGRAPHS)


def test_a_page_without_comments_is_left_as_it_is() -> None:
    html = _page()
    assert _without_comments(html) is html


@pytest.mark.parametrize(
    ("aside", "kind"),
    [
        ('<blockquote class="pullquote"><p>{}</p></blockquote>', "pull quote"),
        ('<div class="pull-quote"><p>{}</p></div>', "pull quote"),
        ('<div class="notes-to-editors"><h2>Notes to editors</h2><p>{}</p></div>', "boilerplate"),
        ('<div class="media-contact"><p>{}</p></div>', "press contact"),
        ('<div class="sponsor-read"><h3>Brought to you by</h3><p>{}</p></div>', "sponsor read"),
    ],
)
def test_pull_quotes_and_press_boilerplate_are_asides(aside: str, kind: str) -> None:
    line = "The School of Film was founded in 1994 and teaches around 480 students."
    text, _, removed = read_html(_page(aside.format(line)))
    assert line not in text, kind
    assert line in removed


def test_a_quotation_in_a_blockquote_is_kept() -> None:
    quote = "Cinema is a matter of what is in the frame and what is out, said a director once."
    text, _, _ = read_html(_page(f"<blockquote><p>{quote}</p></blockquote>"))
    assert quote in text


@pytest.mark.parametrize(
    "source",
    ["<cite>a producer I work with</cite>", "<footer>— <cite>Dana Wells</cite></footer>"],
)
def test_a_quotation_naming_its_source_is_someone_elses_words(source: str) -> None:
    quote = "Cheap to make, expensive to approve."
    text, _, removed = read_html(_page(f"<blockquote><p>{quote}</p>{source}</blockquote>"))
    assert quote not in text
    assert quote in removed
    assert "a producer I work with" not in text
    assert PARAGRAPHS[1] in text


def test_a_reply_quoting_the_posts_own_line_leaves_the_post_its_line() -> None:
    # Near miss: the quoted words are the author's own paragraph too; that paragraph stays.
    quote = f"<blockquote><cite>gus wrote:</cite><p>{PARAGRAPHS[1]}</p></blockquote>"
    text, _, _ = read_html(_page(f"<div><p>Quoting you back:</p>{quote}</div>"))
    assert PARAGRAPHS[1] in text


@pytest.mark.parametrize(
    ("title", "site", "headline", "expected"),
    [
        # A site's name after a separator, with nothing else naming the site.
        ("Plates Saved Our Short | Kestrel & Finch", None, "Plates Saved Our Short",
         ("Plates Saved Our Short", "Kestrel & Finch")),
        ("Plates Saved Our Short — Kestrel", "Kestrel Studio", "Plates Saved Our Short",
         ("Plates Saved Our Short", "Kestrel Studio")),
        # A platform's lead-in before a colon.
        ("From the editors community on Reddit: Temp shots, a month in", "Reddit",
         "Temp shots, a month in", ("Temp shots, a month in", "Reddit")),
        # A section's label before a separator, which the headline as shown leaves out.
        ("Opinion | Against the Demo Reel Economy", "The Ledger", "Against the Demo Reel Economy",
         ("Against the Demo Reel Economy", "The Ledger")),
        ("Analysis — Temp shots, a month in", None, "Temp shots, a month in",
         ("Temp shots, a month in", None)),
        # A headline that is the title already, or only part of a title with a colon in it.
        ("Sora: A Month In", None, "Sora: A Month In", ("Sora: A Month In", None)),
        ("Sora: A Month In", None, "A Month", ("Sora: A Month In", None)),
        # A site's name in the <h1> (a logo) is never the title.
        ("Plates Saved Our Short | Kestrel Finch", None, "Kestrel Finch",
         ("Plates Saved Our Short | Kestrel Finch", None)),
    ],
)  # fmt: skip
def test_a_title_is_trimmed_to_the_headline_the_page_shows(
    title: str, site: str | None, headline: str, expected: tuple
) -> None:
    assert _trimmed_to_headline(title, site, [headline]) == expected


def test_a_section_label_is_left_out_of_a_title_no_headline_shows() -> None:
    head = '<meta property="og:title" content="OPINION: Against the Demo Reel Economy">'
    _, meta, _ = read_html(_page(title="OPINION: Against the Demo Reel Economy", head=head))
    assert meta["title"] == "Against the Demo Reel Economy"


def test_a_label_the_pages_own_headline_shows_stays_in_the_title() -> None:
    # Near miss: the <h1> sets the label as part of its headline ("Guest Column: …").
    title = "Guest Column: Generative Video Will Save Mid-Budget Film"
    head = f'<meta property="og:title" content="{title}">'
    _, meta, _ = read_html(_page(title=title, head=head, h1=title))
    assert meta["title"] == title


def test_headlines_come_from_h1_and_json_ld() -> None:
    html = (
        '<script type="application/ld+json">{"headline": "Temp shots &amp; me"}</script>'
        "<h1 class='t'>Plates <em>Saved</em> Us</h1><h1>Logo</h1>"
    )
    assert _headlines(html) == ["Plates Saved Us", "Temp shots & me"]


def test_a_webflow_style_title_loses_its_site_suffix_and_names_the_site() -> None:
    head = '<meta property="og:title" content="Plates Saved Our Short | Kestrel &amp; Finch">'
    _, meta, _ = read_html(_page(title="Plates Saved Our Short | Kestrel &amp; Finch", head=head))
    assert (meta["title"], meta["publication"]) == ("Plates Saved Our Short", "Kestrel & Finch")


@pytest.mark.parametrize(
    ("suffix", "publication"),
    [(" : r/editors", "r/editors"), (" | c/filmmaking", "c/filmmaking"), (" | Film Notes", None)],
)
def test_a_community_in_the_title_is_the_publication(suffix: str, publication: str) -> None:
    head = '<meta property="og:site_name" content="Reddit">'
    _, meta, _ = read_html(_page(title=f"Plates Saved Our Short{suffix}", head=head))
    assert meta["publication"] == (publication or "Reddit")


@pytest.mark.parametrize(
    ("ld", "publication"),
    [
        ('{"@type": "Article", "publisher": {"@type": "Organization", "name": "Kestrel Journal"}}',
         "Kestrel Journal"),
        ('{"@graph": [{"@type": "WebPage", "publisher": [{"name": "Kestrel Journal"}]}]}',
         "Kestrel Journal"),
        # A person who publishes their own blog is its author, not a publication.
        ('{"@type": "BlogPosting", "publisher": {"@type": "Person", "name": "Oona Brennan"}}',
         None),
        ("{not json", None),
    ],
)  # fmt: skip
def test_json_ld_names_the_publisher_when_nothing_else_does(ld: str, publication: str) -> None:
    head = f'<script type="application/ld+json">{ld}</script>'
    _, meta, _ = read_html(_page(head=head))
    assert meta.get("publication") == publication


@pytest.mark.parametrize(
    "head",
    [
        '<meta name="application-name" content="Kestrel Journal">',
        '<meta property="og:site_name" content="Kestrel Journal">',
    ],
)
def test_the_site_names_itself_in_meta_tags(head: str) -> None:
    _, meta, _ = read_html(_page(head=head))
    assert meta["publication"] == "Kestrel Journal"


@pytest.mark.parametrize("separator", ["|", "–", "—", "·", "•", "»", "::", "-"])
def test_a_site_suffix_after_any_common_separator_is_not_the_title(separator: str) -> None:
    title = f"Plates Saved Our Short {separator} Kestrel Journal"
    _, meta, _ = read_html(_page(title=title))
    assert (meta["title"], meta["publication"]) == ("Plates Saved Our Short", "Kestrel Journal")


def _site_page(title: str, masthead: str, heading: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body>{masthead}"
        f"<div class='post'>{heading}{body}</div></body></html>"
    )


@pytest.mark.parametrize(
    ("title", "masthead"),
    [
        # A hand-coded site: "Site :: Title", the site's name in a big font, the title an <h2>.
        ("Kestrel Notes :: Plates saved our short", "<font size=6><b>Kestrel Notes</b></font>"),
        # Tumblr: "blog — post", the blog's name an <h1> linking home.
        ("Kestrel Notes — Plates saved our short", '<h1><a href="/">Kestrel Notes</a></h1>'),
        # A forum (SMF, phpBB): the <title> is the topic; the forum's <h1> links to its index.
        ("Plates saved our short — anyone else?",
         '<h1 class="forumtitle"><a href="https://kn.example/forum/index.php">Kestrel Notes</a>'
         "</h1>"),
    ],
    ids=["site first", "tumblr blog name", "forum name"],
)  # fmt: skip
def test_the_sites_name_over_every_page_is_not_the_posts_title(title: str, masthead: str) -> None:
    heading = (
        title.split(" :: ")[-1].split(" — ")[-1] if "::" in title or "Kestrel" in title else title
    )
    _, meta, _ = read_html(_site_page(title, masthead, f"<h2>{heading}</h2>"))
    assert (meta["title"], meta["publication"]) == (heading, "Kestrel Notes")


@pytest.mark.parametrize(
    ("href", "publication"),
    [
        ("https://kestrelnotes.blogspot.com/", "Kestrel Notes"),
        ("/", "Kestrel Notes"),
        ("../index.html", "Kestrel Notes"),
        # A permalink: the <h1> is the post's headline, not the site's name.
        ("https://kestrelnotes.blogspot.com/2025/04/plates.html", None),
    ],
)
def test_an_h1_linking_home_names_the_site(href: str, publication: str | None) -> None:
    page = _site_page(
        "Kestrel Notes: Plates saved our short",
        f"<h1 class='title'><a href='{href}'>Kestrel Notes</a></h1>",
        "<h3>Plates saved our short</h3>",
    )
    _, meta, _ = read_html(page)
    assert meta.get("publication") == publication


@pytest.mark.parametrize(
    ("link", "author"),
    [
        ('<a href="https://nightbus-cinema.tumblr.com/post/77184/plates">April 2nd</a>',
         "nightbus-cinema"),
        # A link to a blog's front page, not to a post: whose blog it is stays unsaid.
        ('<a href="https://frameholder.tumblr.com/">frameholder</a>', None),
    ],
)  # fmt: skip
def test_a_user_blogs_handle_is_the_author_when_nothing_else_names_one(
    link: str, author: str | None
) -> None:
    page = _site_page("Plates saved our short", "", f"<h2>Plates saved our short</h2>{link}")
    _, meta, _ = read_html(page)
    assert meta.get("author") == author


@pytest.mark.parametrize(
    "href",
    [
        "https://kn.example/forum/index.php?action=profile;u=2201",  # SMF
        "/memberlist.php?mode=viewprofile&u=2201",  # phpBB
        "/member.php?u=2201",  # vBulletin
        "/members/boomop_kristof.2201/",  # XenForo
    ],
)
def test_a_forum_posts_poster_is_the_last_profile_linked_above_it(href: str) -> None:
    reader = '<div class="user">Hello <a href="/member.php?u=9">signed_in_sam</a></div>'
    poster = f'<h4><a href="{href}">boomop_kristof</a></h4>'
    page = _site_page("Plates saved our short", reader, f"<h2>Plates saved our short</h2>{poster}")
    _, meta, _ = read_html(page)
    assert meta["author"] == "boomop_kristof"


@pytest.mark.parametrize("description", [True, False], ids=["description repeats it", "none"])
def test_a_posts_poster_when_the_description_meta_repeats_its_text(description: bool) -> None:
    # Discourse: the description meta repeats the post's opening words, above every link; the
    # poster is the profile linked last above where the page shows the text.
    poster = '<span><a href="/u/boomop_k">boomop_k</a><a href="/u/boomop_k">Boomo Park</a></span>'
    page = _site_page("Plates saved our short", "", f"<h2>Plates saved our short</h2>{poster}")
    meta_tag = f'<meta name="description" content="{PARAGRAPHS[0][:80]}">'
    if description:
        page = page.replace("<head>", f"<head>{meta_tag}")
    _, meta, _ = read_html(page)
    assert meta["author"] == "Boomo Park"


def test_a_profile_link_under_the_post_is_not_its_poster() -> None:
    reply = '<div class="reply"><a href="/members/quoter.7/">quoter</a> replied</div>'
    page = _site_page("Plates saved our short", "", "<h2>Plates saved our short</h2>")
    _, meta, _ = read_html(page.replace("</body>", f"{reply}</body>"))
    assert meta.get("author") != "quoter"


def test_a_headline_h1_is_kept_when_a_lower_heading_repeats_the_sites_name() -> None:
    # Near miss: the <h1> is the post's own headline (not a link home); an <h2> in the sidebar
    # shows the site's name. The headline stays the title.
    page = _site_page(
        "Plates Saved Our Short – Kestrel Notes",
        "<h2>Kestrel Notes</h2>",
        "<h1>Plates Saved Our Short</h1>",
    )
    _, meta, _ = read_html(page)
    assert (meta["title"], meta["publication"]) == ("Plates Saved Our Short", "Kestrel Notes")


def test_a_tracked_deletion_is_not_the_text_but_a_strikethrough_is() -> None:
    tracked = '<del cite="mailto:Hamid%20Rostami" datetime="2025-03-01">too sentimental</del>'
    html = _page().replace("the puppets", f"the {tracked} puppets")
    assert "too sentimental" not in read_html(html)[0]
    styled = _page().replace("the puppets", "the <del>cheap</del> puppets")
    assert "cheap" in read_html(styled)[0]


def _blog_page(title_tag: str, heading: str, site: str = "Tumblr") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f'<!doctype html><html><head><title>{title_tag}</title><meta property="og:site_name" '
        f'content="{site}"><meta property="og:title" content="{heading}"></head><body>'
        f'<header><a href="/"><h1>{title_tag.split(" — ")[0]}</h1></a></header><main><article>'
        f"<h2>{heading}</h2>{body}</article></main></body></html>"
    )


def test_a_blogs_name_before_its_posts_title_is_the_publication() -> None:
    _, meta, _ = read_html(
        _blog_page("static &amp; grain — plates saved our short", "plates saved our short")
    )
    assert (meta["title"], meta["publication"]) == ("plates saved our short", "static & grain")


def test_a_blog_named_by_its_users_handle_leaves_the_platform_as_publication() -> None:
    _, meta, _ = read_html(
        _blog_page("staticgrain — plates saved our short", "plates saved our short")
    )
    assert (meta["title"], meta["publication"]) == ("plates saved our short", "Tumblr")


def test_the_site_among_the_metadatas_authors_is_not_an_author() -> None:
    head = (
        '<meta property="og:site_name" content="Hollowfield Pictures">'
        '<meta itemprop="author" content="Hollowfield Pictures">'
        '<script type="application/ld+json">{"@context": "http://schema.org", '
        '"@type": "Article", "author": {"@type": "Person", '
        '"name": "Jo Okonkwo-Hale"}, "publisher": {"@type": "Organization", "name": '
        '"Hollowfield Pictures"}}</script>'
    )
    _, meta, _ = read_html(
        _page(head=head).replace('<meta name="author" content="Oona Brennan">', "")
    )
    assert meta["author"] == "Jo Okonkwo-Hale"


def test_two_people_named_as_authors_are_both_kept() -> None:
    head = (
        '<script type="application/ld+json">{"@context": "http://schema.org", '
        '"@type": "Article", "author": [{"@type": "Person", '
        '"name": "Jo Okonkwo-Hale"}, {"@type": "Person", "name": "Sam Idris"}]}</script>'
    )
    _, meta, _ = read_html(
        _page(head=head).replace('<meta name="author" content="Oona Brennan">', "")
    )
    assert "Jo Okonkwo-Hale" in meta["author"]
    assert "Sam Idris" in meta["author"]


NOTION_HEAD = (
    '<meta property="og:site_name" content="Lantern Pictures on Notion">'
    '<meta property="og:title" content="Plates Saved Our Short | Notion">'
)
PROPERTIES = (
    '<div role="table"><div role="row"><div role="cell">Author</div><div role="cell">'
    '<span>Ines Carvalho</span></div></div><div role="row"><div role="cell">Published</div>'
    '<div role="cell">March 2, 2026</div></div></div>'
)
CALLOUT = (
    '<div class="notion-callout-block"><div>💡</div><div>This page is shared publicly with '
    "clients and crew. Internal notes live elsewhere.</div></div>"
)


def _workspace_page(head: str = NOTION_HEAD) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f"<!doctype html><html><head><title>Plates Saved Our Short</title>{head}</head><body>"
        f"<main><h1>Plates Saved Our Short</h1>{PROPERTIES}{CALLOUT}{body}</main></body></html>"
    )


def test_a_workspace_pages_properties_callout_and_host() -> None:
    text, meta, _ = read_html(_workspace_page())
    assert meta["author"] == "Ines Carvalho"
    assert meta["publication"] == "Lantern Pictures"
    assert "shared publicly" not in text
    assert PARAGRAPHS[0] in text


def test_a_site_named_on_something_the_page_does_not_host_it_on_stays_whole() -> None:
    head = '<meta property="og:site_name" content="Notes on Film">'
    _, meta, _ = read_html(_workspace_page(head))
    assert meta["publication"] == "Notes on Film"


def test_a_section_before_the_posts_title_is_not_the_publication() -> None:
    page = _blog_page("Journal — plates saved our short", "plates saved our short", "Hollowfield")
    page = page.replace(
        '<a href="/"><h1>Journal</h1></a>', '<a href="/journal"><h1>Journal</h1></a>'
    )
    _, meta, _ = read_html(page)
    assert (meta["title"], meta["publication"]) == ("plates saved our short", "Hollowfield")


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # A month or a year alone: trafilatura makes up its 1st; nobody wrote that day.
        ("Written for a zine, issue 12, June 2025.", None),
        ("Copyright 2025.", None),
        # Near miss: the day is written, so it stands.
        ("Written for a zine, issue 12, June 3, 2025.", "2025-06-03"),
    ],
)
def test_a_date_is_a_day_the_page_states(line: str, published: str | None) -> None:
    assert read_html(_page(f"<p>{line}</p>"))[1].get("published") == published


def _doc_page(site: str, banner: str) -> str:
    # A published document: no <h1>, its heading a bold first paragraph, the file's name (its
    # heading and a suffix) as <title>, the host's banner.
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        "<!doctype html><html><head><title>Plates Saved Our Short - zine draft v3</title>"
        f'<meta property="og:site_name" content="{site}"></head><body><div>{banner}</div>'
        f"<div><p><b>Plates Saved Our Short</b></p>{body}</div></body></html>"
    )


def test_a_documents_file_suffix_and_its_tool_are_not_title_or_publication() -> None:
    meta = read_html(_doc_page("Google Docs", "Published using <a>Google Docs</a>"))[1]
    assert meta["title"] == "Plates Saved Our Short"
    assert "publication" not in meta  # the tool it was made with published nothing


def test_a_blog_on_the_platform_it_credits_is_published_by_the_platform() -> None:
    # A blog on a platform's own domain (a LiveJournal's, a user's subdomain), crediting the
    # platform in its foot as a tool would: the platform hosts the post and publishes it.
    page = _doc_page("LiveJournal", "Powered by <a>LiveJournal</a>").replace(
        "</head>",
        '<meta property="og:url" content="https://reelfriend.livejournal.com/4471.html"></head>',
    )
    assert read_html(page)[1]["publication"] == "LiveJournal"
    # Near miss: a document a tool made, on the tool maker's domain under another name.
    tool = _doc_page("Pages Docs", "Published using <a>Pages Docs</a>").replace(
        "</head>", '<meta property="og:url" content="https://docs.pages.example/d/e/9x/pub"></head>'
    )
    assert "publication" not in read_html(tool)[1]


def test_a_site_that_credits_itself_as_publisher_is_the_publication() -> None:
    # Near miss: "Published by" names the publisher; "Powered by" a tool other than the site.
    meta = read_html(_doc_page("Low Light", "Published by Low Light · Powered by Ghost"))[1]
    assert meta["publication"] == "Low Light"


def _show_page(masthead: str) -> str:
    site = "Cutaway: A Podcast About Making Films"
    return _page(
        head=f'<meta property="og:site_name" content="{site}">',
        extra="",
    ).replace("<main>", f"<header>{masthead}<p>A Podcast About Making Films</p></header><main>")


@pytest.mark.parametrize(
    ("masthead", "publication"),
    [
        # The masthead linking home reads the name alone: the rest is the site's tagline.
        ('<p><a href="https://cutaway.example/" rel="home">Cutaway</a></p>', "Cutaway"),
        # Near misses: a masthead reading the whole, and a name that links nowhere.
        (
            '<p><a href="https://cutaway.example/" rel="home">Cutaway: A Podcast About Making '
            "Films</a></p>",
            "Cutaway: A Podcast About Making Films",
        ),
        ("<p>Cutaway</p>", "Cutaway: A Podcast About Making Films"),
    ],
)
def test_a_site_name_loses_its_tagline_when_the_masthead_names_it_alone(
    masthead: str, publication: str
) -> None:
    assert read_html(_show_page(masthead))[1]["publication"] == publication


def test_a_sponsored_posts_wrapper_around_the_article_keeps_it() -> None:
    # Near miss: "sponsored-post" on the element holding the whole article is no sponsor read.
    html = _page().replace("<article>", '<article class="sponsored-post">')
    text = read_html(html)[0]
    assert all(p in text for p in PARAGRAPHS)


DEK = "Generated plates are cheap, and that is the whole trouble with them."


@pytest.mark.parametrize(
    ("head", "dek"),
    [
        # The page's description repeats its subtitle, set in display type ...
        (f'<meta property="og:description" content="{DEK}">', f"<h2>{DEK}</h2>"),
        (f'<meta name="description" content="{DEK}">', f'<p class="intro-lg">{DEK}</p>'),
        # ... or the subtitle's element says what it is (Medium, Substack, Ghost, news sites).
        ("", f'<h2 class="pw-subtitle-paragraph ab">{DEK}</h2>'),
        ("", f'<p class="article-excerpt">{DEK}</p>'),
        ("", f'<div class="c-entry-summary p-dek">{DEK}</div>'),
    ],
)
def test_a_subtitle_under_the_headline_is_not_the_essays_first_paragraph(
    head: str, dek: str
) -> None:
    text, _, dropped = read_html(_page(head=head).replace("</h1>", f"</h1>{dek}"))
    assert text.split("\n\n") == list(PARAGRAPHS)
    assert DEK in dropped


@pytest.mark.parametrize("described", [False, True])
def test_a_one_sentence_opening_paragraph_is_not_a_subtitle(described: bool) -> None:
    # Near miss: the essay opens with a short plain paragraph, which the description may repeat
    # (a description is often the post's first lines).
    opening = "I was wrong about generated plates, and it took a festival to show me."
    head = f'<meta name="description" content="{opening if described else PARAGRAPHS[0]}">'
    text, _, _ = read_html(_page(head=head).replace("</h1>", f"</h1><p>{opening}</p>"))
    assert text.split("\n\n") == [opening, *PARAGRAPHS]


@pytest.mark.parametrize(
    ("masthead", "publication"),
    [
        # A blog on a host, its name in the masthead linking home: the blog's name.
        ("<h1><a href='https://oonabrennan.blogspot.com/'>Plate Notes</a></h1>", "Plate Notes"),
        # A page that names no site at all: its host's name is all there is.
        ("", "platenotes.blogspot.com"),
    ],
)
def test_a_blogs_own_name_beats_its_host_name(masthead: str, publication: str) -> None:
    html = _page().replace("<body>", f"<body><header>{masthead}</header>")
    _, meta, _ = read_html(html, url="https://platenotes.blogspot.com/2025/12/plates.html")
    assert meta["publication"] == publication


@pytest.mark.parametrize(
    ("url", "publication"),
    [
        # A person's own domain, or their own address on a host: no publication.
        ("https://oonabrennan.net/notes/plates", None),
        ("https://www.oona-brennan.com/notes/plates", None),
        ("https://brennan.studio/notes/plates", None),
        ("https://oonabrennan.blogspot.com/2025/12/plates.html", None),
        # ... or a name and an initial: "oonab", "obrennan".
        ("https://oonab.net/notes/plates", None),
        ("https://obrennan.com/notes/plates", None),
        # Near miss: a domain named otherwise is the only name the site has.
        ("https://platenotes.net/notes/plates", "platenotes.net"),
        ("https://oonafilms.net/notes/plates", "oonafilms.net"),
    ],
)
def test_a_persons_own_domain_is_no_publication(url: str, publication: str | None) -> None:
    _, meta, _ = read_html(_page(), url=url)
    assert (meta["author"], meta.get("publication")) == ("Oona Brennan", publication)


def test_a_bylines_label_is_not_part_of_the_authors_name() -> None:
    byline = '<p class="byline">Story by <a href="/author/ob">Oona Brennan</a></p>'
    html = _page().replace('<meta name="author" content="Oona Brennan">', "")
    _, meta, _ = read_html(html.replace("</h1>", f"</h1>{byline}"))
    assert meta["author"] == "Oona Brennan"


@pytest.mark.parametrize(
    ("masthead", "publication"),
    [
        ("<div class='header'><h1 class='title'>Plate Notes</h1></div>", "Plate Notes"),
        # Near miss: a label before the title that the page never shows as a name of its own.
        ("", None),
    ],
)
def test_a_blogs_name_before_its_posts_title_in_the_title_tag(
    masthead: str, publication: str | None
) -> None:
    html = _page(title="Plate Notes: Plates Saved Our Short").replace("<body>", f"<body>{masthead}")
    html = html.replace(
        "<head>", '<head><meta property="og:title" content="Plates Saved Our Short">'
    )
    _, meta, _ = read_html(html)
    assert meta.get("publication") == publication


def _studio_page(legal: str, title: str, author: str) -> str:
    return f"""<html><head><title>{title}</title>
<meta name="author" content="{author}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Organization",
"legalName":"{legal}"}}</script></head><body><article><h1>Why we storyboard by hand</h1>
<p class="byline">Written by <a href="/author/dana">Dana Oyelowo</a></p>
<p>{"We tried generated storyboards for a year and the meetings got longer, not shorter. " * 3}</p>
<p>{"A rough drawing is an argument about the shot, and a polished frame is not one. " * 3}</p>
</article></body></html>"""


def test_a_companys_legal_name_is_the_site_its_title_names_without_the_legal_form() -> None:
    # Its markup names the site as the author: the byline over the text names the writer.
    html = _studio_page(
        "Halfmoon Pictures Ltd", "Why we storyboard — Halfmoon Pictures", "Halfmoon Pictures"
    )
    _, meta, _ = read_html(html)
    assert meta["publication"] == "Halfmoon Pictures"
    assert meta["author"] == "Dana Oyelowo"
    # Near miss: a title that names no shorter name leaves the company as it is named.
    html = _studio_page("Halfmoon Pictures Ltd", "Why we storyboard", "Dana Oyelowo")
    assert read_html(html)[1].get("publication") in (None, "Halfmoon Pictures Ltd")
