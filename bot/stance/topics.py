"""Which of the corpus's topics a piece of chat raises (no discord, store or search import)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.corpus import TOPIC_KEYWORDS, TOPICS
from bot.text import normalize

# -- topics: the corpus's tags, reached from how people actually talk ----------------------
# Cue patterns per topic on top of corpus.TOPIC_KEYWORDS: chat says "no actors", "anyone can
# make a movie", "one-minute clips"; the essays say stars, democratization, length.
# fmt: off
TOPIC_SYNONYMS: dict[str, tuple[str, ...]] = {
    "democratization": (
        # "anyone"/"everyone" alone is not democratization ("anyone seen dune 2?"): only
        # anyone *able to make* something is.
        r"(anyone|everyone|anybody|any kid|kids?|people|someone)( \w+){0,4} (can|could|gets? to|"
        r"will be able to)( \w+)? (make|become|direct|create|tell|shoot|see)",
        r"let(s|ting)?( \w+){0,2} (anyone|everyone|anybody|kids?|people)", r"any kid",
        r"kids? with a (laptop|phone)", r"broke\b", r"poor\b", r"can'?t afford", r"no crew",
        r"locked behind", r"(compete|competing) with", r"in (their|my|your) head",
        r"no (film school|budget|gatekeep)", r"gatekeep", r"barriers?\b", r"playing field",
        r"become a (director|filmmaker)", r"democrati[sz]", r"bedroom", r"regular (people|folks)",
        r"average (person|joe)", r"amateurs?\b", r"their own (story|stories)", r"own story",
        r"for the masses",
    ),
    "stars": (
        r"actors?\b", r"actress", r"cast\b", r"acting\b", r"performers?\b", r"movie stars?",
        r"the stars\b", r"celebrit", r"ai actors?",
    ),
    "audience": (
        r"audiences?\b", r"viewers?\b", r"people (want|go|pay|watch)", r"tickets?\b",
        r"box office", r"moviegoers?", r"theat(er|re)s?\b", r"watch", r"custom (movie|film|show)",
        r"personali[sz]ed (movie|film|show)", r"prompt netflix", r"entertain", r"fans?\b",
    ),
    "length": (
        r"one[- ]minute", r"60[- ]?s(ec|econd|econds)?\b", r"minutes?\b", r"clips?\b",
        r"feature[- ]?(length|films?)", r"full[- ]length", r"full (movie|film|feature)s?",
        r"long[- ]form", r"two hours", r"90 minutes", r"\d+ ?(min|minute|hour)s?\b",
        r"(hour|2 hour|two hour) (story|movie|film)", r"features?\b",
    ),
    "jobs": (
        r"jobs?\b", r"unemploy", r"layoffs?", r"out of work", r"wipe(s|d)? out",
        r"vfx (artists?|houses?)", r"animators?", r"crews?\b", r"editors?\b", r"unions?\b",
        r"strikes?\b", r"livelihood", r"replac", r"squeez", r"careers?\b", r"hired?\b",
        r"compositors?", r"roto", r"matte paint", r"gigs?\b", r"residuals", r"overtime",
        r"cooked", r"doomed", r"paid\b", r"supervis",
    ),
    "creativity": (
        r"creativ", r"artists?\b", r"art\b", r"imagin", r"original", r"vision\b", r"auteur",
        r"self[- ]expression", r"reason to (make|create)", r"make anything", r"why bother",
        r"give up", r"(keep|stop|quit) (making|creating|filmmaking)", r"type (a|in) ",
        r"typing", r"prompt(s|ing)?\b", r"unlock",
    ),
    "humanity": (
        r"soul", r"human", r"heart\b", r"emotion", r"personal\b", r"lived experience",
        r"behind (it|them|any of it)",
    ),
    "quality": (
        r"slop\b", r"garbage", r"trash", r"generic", r"bland", r"mid\b", r"recycl", r"same\b",
        r"derivative", r"content farm", r"quality", r"cheap(ly)? looking", r"mediocr",
    ),
    "realism": (
        r"looks? (so )?real", r"realistic", r"photoreal", r"uncanny", r"fake\b", r"can't tell",
        r"fool", r"hands\b", r"physics", r"glitch", r"morph", r"lifelike", r"look(s)? real",
        r"uncan", r"continuity", r"(face|faces|shirt|character)( \w+){0,3} (the same|changes?)",
        r"melt",
    ),
    "studios": (
        r"studios?\b", r"hollywood", r"netflix", r"disney", r"warner", r"execs?\b",
        r"executives?", r"suits\b", r"blockbusters?", r"big (studios|players|companies)",
        r"industry",
    ),
    "indie": (
        r"indie", r"independent", r"low[- ]budget", r"no[- ]budget", r"micro[- ]budget",
        r"short films?", r"shorts\b", r"festivals?",
    ),
    "tools": (
        r"tools?\b", r"storyboard", r"pre-?vis", r"workflow", r"plugin", r"post[- ]production",
        r"b-?roll", r"useful", r"cameras?\b", r"cgi\b",
    ),
    "copyright": (
        r"copyright", r"stole", r"steal", r"theft", r"plagiar", r"trained on", r"scrap(ed|ing)",
        r"consent", r"lawsuits?", r"ip\b",
    ),
    "hype": (
        r"hype", r"fad\b", r"gimmick", r"nfts?\b", r"crypto", r"bubble", r"buzzword", r"novelty",
        r"metaverse", r"scam",
    ),
    "history": (
        r"cgi\b", r"digital (cameras?|film)", r"talkies", r"sound\b", r"colou?r film",
        r"photograph", r"printing press", r"every new tech", r"new tech", r"history",
        r"luddite", r"turned out fine",
    ),
    "efficiency": (
        r"cheap(er)?\b", r"faster", r"save (time|money)", r"budget", r"costs?\b", r"efficien",
        r"quicker", r"easier",
    ),
    "education": (
        r"film school", r"students?", r"learn", r"teach", r"class(es)?\b", r"school",
        r"grow up",
    ),
}
# fmt: on
# The corpus's keywords that tag essay paragraphs well but say nothing alone in chat.
_ONLY_IN_ESSAYS = frozenset({"anyone", "everyone", "a director", "more people"})
TOPIC_PATTERNS: dict[str, list[re.Pattern[str]]] = {
    topic: [
        re.compile(r"\b" + re.escape(cue))
        for cue in TOPIC_KEYWORDS.get(topic, ())
        if cue not in _ONLY_IN_ESSAYS
    ]
    + [re.compile(r"\b" + p) for p in TOPIC_SYNONYMS.get(topic, ())]
    for topic in TOPICS
}
# A stored topic tag may be one a moderator invented; only these get a code in button ids.
_TOPIC_CODE = "0123456789abcdefghijklmnopqrstuvwxyz"


def claim_topics(text: str, limit: int = 3) -> tuple[str, ...]:
    """The corpus topics a piece of chat is about, most cues first."""
    norm = normalize(text)
    scored = []
    for topic, patterns in TOPIC_PATTERNS.items():
        hits = sum(1 for pattern in patterns if pattern.search(norm))
        if hits:
            scored.append((-hits, TOPICS.index(topic), topic))
    return tuple(topic for _, _, topic in sorted(scored)[:limit])


def encode_topics(topics: Iterable[str]) -> str:
    """Known topics as one character each, in order (for a button's custom_id)."""
    return "".join(_TOPIC_CODE[TOPICS.index(t)] for t in topics if t in TOPICS)


def decode_topics(code: str) -> tuple[str, ...]:
    return tuple(TOPICS[i] for c in code if (i := _TOPIC_CODE.find(c)) != -1 and i < len(TOPICS))
