"""Search benchmark on a synthetic corpus (no discord import): ``python -m bot bench``.

The corpus is made from the bundled essays' own vocabulary: a word bigram chain trained on
their passages writes new passages of the same lengths, so the synthetic essays share words,
phrases and topics with the real ones (a hard case for an index: few rare words). The five
bundled essays are stored too, and the quote queries are misremembered lines from them.
"""

from __future__ import annotations

import itertools
import random
import re
import statistics
from collections import defaultdict
from collections.abc import Iterator, Sequence

from bot.corpus import TOPIC_KEYWORDS, TOPICS, EssayDoc, Passage
from bot.text import normalize

_END = re.compile(r"[.!?][\"'\u201d\u2019)]?$")


class Chain:
    """A word bigram chain over the bundled passages, seeded for reproducible corpora."""

    def __init__(self, docs: Sequence[EssayDoc]) -> None:
        self.next: dict[str, list[str]] = defaultdict(list)
        self.starts: list[str] = []
        self.lengths: list[int] = []
        self.passage_counts = [len(d.passages) for d in docs]
        for doc in docs:
            for passage in doc.passages:
                words = passage.text.split()
                self.lengths.append(len(words))
                self.starts.append(words[0])
                for a, b in itertools.pairwise(words):
                    self.next[a].append(b)
                    if _END.search(a):
                        self.starts.append(b)
        self.vocabulary = sorted(
            {
                w.strip(".,;:!?\"'()\u201c\u201d\u2019").lower()
                for ws in self.next.values()
                for w in ws
            }
            - {""}
        )

    def passage(self, rng: random.Random) -> str:
        target = rng.choice(self.lengths)
        words = [rng.choice(self.starts)]
        while len(words) < target or not _END.search(words[-1]):
            followers = self.next.get(words[-1])
            if not followers or len(words) > target * 2:
                if not _END.search(words[-1]):
                    words[-1] += "."
                if len(words) >= target:
                    break
                words.append(rng.choice(self.starts))
                continue
            words.append(rng.choice(followers))
        return " ".join(words)


# infer_topics in one pass (zero-width so cues may overlap): fast enough for 140,000 passages.
_CUE_TOPIC = {cue: topic for topic, cues in TOPIC_KEYWORDS.items() for cue in cues}
_CUES = re.compile(
    r"\b(?=(" + "|".join(re.escape(c) for c in sorted(_CUE_TOPIC, key=len, reverse=True)) + "))"
)


def topics_of(text: str, limit: int = 3) -> tuple[str, ...]:
    """The topics ``bot.corpus.infer_topics`` would give, most cues first."""
    found = {m.group(1) for m in _CUES.finditer(f" {normalize(text)} ")}
    hits: dict[str, int] = defaultdict(int)
    for cue in found:
        hits[_CUE_TOPIC[cue]] += 1
    ranked = sorted((-n, TOPICS.index(topic), topic) for topic, n in hits.items())
    return tuple(topic for _, _, topic in ranked[:limit])


def synthetic_essays(docs: Sequence[EssayDoc], count: int, seed: int = 7) -> Iterator[EssayDoc]:
    """``count`` essays written by the chain, with plausible authors, stances and topics."""
    chain = Chain(docs)
    rng = random.Random(seed)
    names = [w.capitalize() for w in chain.vocabulary if w.isalpha() and len(w) > 3]
    authors = [f"{rng.choice(names)} {rng.choice(names)}" for _ in range(max(1, count // 3))]
    for i in range(count):
        stance = rng.choice(("optimistic", "skeptical", "mixed"))
        passages = []
        for _ in range(rng.choice(chain.passage_counts)):
            text = chain.passage(rng)
            own = stance if stance != "mixed" else rng.choice(("optimistic", "skeptical"))
            passages.append(Passage(text, rng.choice((own, own, "neutral")), topics_of(text)))
        title_words = chain.passage(rng).split()[: rng.randint(3, 8)]
        yield EssayDoc(
            slug=f"synthetic-{i:05d}",
            title=" ".join(title_words).rstrip(".,;:"),
            author=rng.choice(authors),
            stance=stance,
            passages=tuple(passages),
            publication="Synthetic",
        )


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def summary(values: Sequence[float]) -> dict[str, float]:
    return {
        "median_ms": round(statistics.median(values) * 1000, 2) if values else 0.0,
        "p95_ms": round(percentile(values, 0.95) * 1000, 2),
        "n": len(values),
    }


# Misremembered, misspelled and half-quoted lines from the bundled essays, with the author whose
# passage a reader means. Used by the benchmark and by tests/test_search_index.py.
EVAL_QUERIES: tuple[tuple[str, str], ...] = (
    ("golden retreivers in snow", "Noam Kroll"),
    ("people show up to see meryl streep", "Noam Kroll"),
    ("AI is a system for propogating more of the same", "Unknown"),
    ("equating automation with democratization", "Joan Westenberg"),
    ("printing did not replace literature", "Global Times"),
    ("the best time in history to make your movie", "Noam Kroll"),
    ("you cant just take the human component out of it", "Noam Kroll"),
    ("studios become more predictable and robotic", "Noam Kroll"),
    ("dont let anything discourage you from creating", "Noam Kroll"),
    ("easier and less expensive for indie film makers", "Noam Kroll"),
    ("more of an oportunity than a challenge", "Global Times"),
    ("emotional and individualised creative work cannot be replaced by sora", "Global Times"),
    ("the fundamental DNA of film is art", "Global Times"),
    ("AI is not just a tool but an integral part of the creative process", "Alexander Pinker"),
    ("glittering events and pursuit of the next big inovation", "Alexander Pinker"),
    ("figures moving unnaturally in the demo videos", "Alexander Pinker"),
    ("push everyone into the broken institutions of capitalism", "Unknown"),
    ("producing more of the same garbage", "Unknown"),
    ("true democratisation means empowering diverse voices", "Joan Westenberg"),
    ("an equity of opportunity not a quantity of output", "Joan Westenberg"),
    ("dehumanizing deluge of content optimized to game the attention economy", "Joan Westenberg"),
    ("ocratisation seems compel", "Joan Westenberg"),
    ("Sora reprsents an impresive technological achievment", "Joan Westenberg"),
    ("storyboards or additional material for productions", "Alexander Pinker"),
)
# Chat that is not a quote from any essay: search must return nothing for these.
UNRELATED_QUERIES: tuple[str, ...] = (
    "pizza recipe with pineapple and ham",
    "what time is the game tonight",
    "how do I install python on windows",
    "my cat likes to sleep on the sofa",
    "anyone up for ranked matches later",
    "the bus was late again this morning",
)
