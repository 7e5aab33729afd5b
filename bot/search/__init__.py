"""Finding passages by the words a user remembers (no discord import).

Queries and passages are compared after ``normalize`` (quotes, dashes, case, spacing), so a
misremembered, misspelled or half-quoted line still finds the exact stored passage.

At scale the corpus is never scanned. Candidates come from the full-text indexes in the
database (migration 2): each query word is looked up in the word index (porter stems: "filmmaker"
finds "filmmakers"); a word the index does not know (a typo, or a word cut off at the edge of a
fragment) is looked up by pieces in the trigram index ("retreivers" by "retr" and "vers"). Words
are weighted by rarity and the few hundred passages with the most weight are re-ranked with
``quote_score``, the same scorer the naive full scan uses. Query terms are letters and digits only,
each quoted for FTS5, so nothing a user types is ever read as query syntax.

The package's parts: ``ranking`` (scoring passages against what was typed), ``verification``
(word-level differences), ``names`` (autocomplete and name look-ups) and ``core`` (the Search
object that ties them to the store). Import from ``bot.search``.
"""

from bot.search.core import Search
from bot.search.names import pick
from bot.search.ranking import (
    AUTHOR_SCAN,
    QUOTE_FLOOR,
    Hit,
    fts_phrase,
    matched_span,
    passage_text,
    quote_score,
    quoted_core,
    rank,
    strip_chatter,
)
from bot.search.verification import Difference, Verification, align, reverses

__all__ = [
    "AUTHOR_SCAN",
    "QUOTE_FLOOR",
    "Difference",
    "Hit",
    "Search",
    "Verification",
    "align",
    "fts_phrase",
    "matched_span",
    "passage_text",
    "pick",
    "quote_score",
    "quoted_core",
    "rank",
    "reverses",
    "strip_chatter",
]
