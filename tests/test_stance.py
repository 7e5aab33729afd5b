"""Claim stance, counterpoints, perspectives and spectra on the bundled essays (no mocks)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.corpus import parse_essay
from bot.errors import NotFoundError
from bot.search import Search
from bot.stance import (
    OPPOSITE,
    SIDES,
    argued_against,
    claim_stance,
    claim_topics,
    claim_weights,
    counter,
    counter_passage,
    counterpoints,
    decode_topics,
    encode_topics,
    has_words,
    more_counterpoints,
    perspective,
    rank_side,
    read,
    read_claim,
    spectrum,
    topics_like,
)
from bot.stance.counter import (
    _claim_view,
    _topic_match,
    claim_profile,
    pair_features,
    pair_logit,
    pair_score,
    passage_profile,
    profile_match,
    rank_side_async,
    side_candidates,
)
from bot.stance.perspectives import topic_weight
from bot.stance.reader import (
    STANCE_PIECES,
    TOPIC_PIECES,
    _models,
    features,
    read_essay,
    sentiment,
    topic_features,
    words,
)
from bot.store import PassageRecord, Store
from bot.text import normalize
from tests.test_stance_eval import tuning_set

CLAIMS = [c["text"] for c in tuning_set()["claims"]]

GUILD = 4242
OTHER_GUILD = 777

# A server's own essay whose skeptical paragraph is someone else's words, quoted.
QUOTING_ESSAY = """---
title: Notes from the festival circuit
author: Dana Reel
stance: optimistic
---

<!-- stance: optimistic; topics: indie, tools -->
Every programmer I met this year was curious about what small crews can now attempt.

<!-- stance: skeptical; topics: democratization; quoting: Rita Critic, Film Quarterly -->
Giving everyone a camera that films itself is not the same as giving everyone a voice, and the
festivals will drown in it.
"""


# Plain claims the reader must name; the harder ones below may be left unclear (both sides are
# then shown, labelled) but never read as the wrong side.
NAMED = [
    ("AI will destroy Hollywood", "skeptical"),
    ("AI video will never be useful to filmmakers, it's a toy", "skeptical"),
    ("it looks impressive but it's soulless slop", "skeptical"),
    ("Sora will let anyone become a great director", "optimistic"),
]
NEVER_WRONG = [
    *NAMED,
    # Named by the models before heldout12/13 were in training (log-odds 1.05 against a threshold
    # of 1.00); since then it leans the same way just under the threshold (1.03 against 1.05).
    ("honestly it's not slop, some of these clips are great", "optimistic"),
    ("AI video will never be useful to filmmakers", "skeptical"),
    ("AI will never be useful to filmmakers", "skeptical"),
    ("AI won't destroy Hollywood", "optimistic"),
    ("Sora is genuinely useful for storyboards", "optimistic"),
    ("with sora there has never been a better time to make films", "optimistic"),
    ("AI can't replace human creativity", "skeptical"),
]


@pytest.mark.parametrize(("claim", "stance"), NAMED)
def test_plain_claims_are_named(claim: str, stance: str) -> None:
    reading = claim_stance(claim)
    assert reading.stance == stance
    assert not reading.unclear


@pytest.mark.parametrize(("claim", "stance"), NEVER_WRONG)
def test_negation_never_flips_a_claim_to_the_wrong_side(claim: str, stance: str) -> None:
    assert claim_stance(claim).stance in (stance, None)


def test_what_follows_but_carries_the_point() -> None:
    hopeful = read("sure it's slop, but I can't wait to try it").score
    doubtful = read("I can't wait to try it, but it's slop").score
    assert hopeful > doubtful
    assert doubtful < 0


# A studio's essay: a voice that leans optimistic, a passage against, and narration.
_UPBEAT = (
    "The generated storyboards let a three-person studio pitch like a big one, and clients love "
    "them."
)
_AGAINST = "Generated extras looked soulless and the clients hated the uncanny faces."
_NARRATION = "We met at the quay at six every morning, and the tea was always cold by seven."


def test_a_one_sided_essays_passages_are_read_as_claims_are() -> None:
    essay = [_UPBEAT, _AGAINST, _NARRATION]
    assert read_essay(essay, both_sides=False) == [read(text) for text in essay]


def test_in_a_mixed_essay_the_writers_voice_is_measured_from() -> None:
    assert read(_UPBEAT).score > 0
    # The same lean in every paragraph is how the writer sounds: measured from it, nothing.
    assert [r.score for r in read_essay([_UPBEAT] * 4, both_sides=True)] == [0.0] * 4
    # Against that voice, a passage that leans the other way is read all the further from it.
    voice = [_UPBEAT] * 3
    alone, amid = read(_AGAINST), read_essay([*voice, _AGAINST], both_sides=True)[-1]
    assert amid.stance == "skeptical"
    assert amid.score < alone.score


# A mixed essay in the register of the test pages (written for this test, in no training set):
# an essay argues in paragraphs that announce their side ("The good news first", "Now the bad
# news") and closes on holding both, which the claims model alone reads as a side.
_BAKERY = [
    "I spent the winter cutting a short documentary about my grandmother's bakery, and I used "
    "Sora for the shots we could no longer film.",
    "The good news first. The generated street from 1974 gave my grandmother back a corner she "
    "had lost, and she cried when she saw it. For a film with no budget, that shot was a gift.",
    "Now the bad news. Every generated frame needed hours of cleanup, nobody could tell me whose "
    "photographs the street was built from, and the local archivist I would once have hired "
    "never got a call.",
    "So I hold both views. I will use it again for what cannot be filmed, and I will say so in "
    "the credits.",
]


def test_a_mixed_essays_passages_take_both_sides_and_neither() -> None:
    readings = read_essay(_BAKERY, both_sides=True)
    assert [r.stance for r in readings[1:]] == ["optimistic", "skeptical", None]
    assert all(r.on_topic for r in readings)


def test_weights_without_a_passage_model_read_a_mixed_essay_by_its_centred_score(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bot.stance import reader

    # scripts/train_stance.py imports the test pages, reading them, before it has one.
    shipped, with_model = reader._model_parts(), read_essay(_BAKERY, both_sides=True)
    monkeypatch.setattr(
        reader, "_model_parts", lambda: {k: v for k, v in shipped.items() if k != "passage"}
    )
    readings = read_essay(_BAKERY, both_sides=True)
    assert [r.score for r in readings] == [r.score for r in with_model]
    # Each passage's side is then its centred score past the claims model's threshold (which
    # misread the closing "both views" as skeptical until stance16 raised that threshold).
    threshold = reader._model().threshold
    assert [r.stance for r in readings] == [
        None if abs(r.score) < threshold else "optimistic" if r.score > 0 else "skeptical"
        for r in readings
    ]
    assert readings[1].stance == "optimistic"
    assert readings[2].stance == "skeptical"


def test_a_mixed_essay_still_names_both_its_sides_and_refuses_narration() -> None:
    readings = read_essay([_UPBEAT, _AGAINST, _NARRATION], both_sides=True)
    assert [r.stance for r in readings] == ["optimistic", "skeptical", None]
    assert not readings[2].on_topic  # narration speaks of no generative video: no side


def test_denying_harm_reads_as_the_fears_being_overblown() -> None:
    assert read("AI won't destroy Hollywood").score > 0
    assert read("AI will destroy Hollywood").score < 0


@pytest.mark.parametrize(
    ("claim", "theirs"),
    [
        ("anyone calling it 'hollow' is just scared", "hollow"),
        ("people who say a machine can't feel forget the camera never felt anything", "machine"),
        ("I don't buy that it's all hype, it ships every week", "hype"),
        ("the slop discourse is so funny when marvel already looks like that", "slop"),
        # a Discord quote on its own line, then the answer to it
        ("> it'll never look real enough\ndid you SEE the new Veo clips?? wow", "not_real"),
        (">>> gen video is hollow\nit paid my rent this month", "hollow"),
    ],
)
def test_a_reported_view_is_weighed_apart_from_the_claims_own_words(claim, theirs) -> None:
    feats = features(claim)
    assert "r:" + theirs in feats
    assert theirs not in feats
    assert "$reported_vader" in feats


@pytest.mark.parametrize(
    ("claim", "word"),
    [
        ("imagine typing 'heist movie but in my hometown' and it just plays", "heist"),
        ("wait till the client asks for 'the same but 10% warmer'", "warmer"),
        ('made with Pika? the credits should just say "various uncredited victims".', "victims"),
    ],
)
def test_a_prompt_request_or_credit_in_quotes_is_the_claims_own_words(claim, word) -> None:
    """What someone types, asks for or a credit reads is no one's view on AI video."""
    feats = features(claim)
    assert word in feats
    assert "$reported" not in feats


def test_a_quote_after_a_reporting_verb_stays_a_reported_view() -> None:
    """The near miss: the same words said as a view ("people keep saying '…'") are theirs."""
    feats = features("people keep saying 'the credits will read various uncredited victims'")
    assert "r:victims" in feats
    assert "victims" not in feats


@pytest.mark.parametrize(
    ("claim", "word"),
    [
        ("AI video is the NFT crowd again, just with moving pictures.", "nft"),
        ("the council wants AI video instead of the local crew. that's the jobs argument", "jobs"),
    ],
)
def test_a_view_named_as_what_something_is_is_the_claims_own_comparison(claim, word) -> None:
    feats = features(claim)
    assert word in feats
    assert "$reported" not in feats


def test_a_view_named_as_a_subject_stays_a_reported_view() -> None:
    """The near miss: "the NFT crowd says…" names a view the claim goes on to answer."""
    feats = features("the NFT crowd says AI video is the future, they said that about apes too")
    assert "r:nft" in feats
    assert "nft" not in feats


def test_a_judgement_of_a_view_is_the_claims_own_words() -> None:
    """A verdict on the view quoted before it ("that take aged like milk") reports nothing."""
    feats = features('"it\'ll never look real" watch the new clips. that take aged like milk')
    assert "aged" in feats
    assert "r:aged" not in feats
    assert "r:not_real" in feats


@pytest.mark.parametrize(
    "claim",
    ["you cannot fix a soulless medium with better resolution", "4k won't save a lifeless clip"],
)
def test_a_negated_repair_does_not_flip_the_flaw_it_presupposes(claim: str) -> None:
    assert sentiment(claim) < 0


@pytest.mark.parametrize(
    "claim",
    [
        "what do you think about sora?",
        "AI will destroy Hollywood",
        "sora is slop",
        '"sora is slop"',
    ],
)
def test_a_claim_in_its_own_words_reports_nothing(claim: str) -> None:
    """A question to the channel reports no view; nor does a message that is all one quote."""
    feats = features(claim)
    assert "$reported" not in feats
    assert not any(f.startswith("r:") for f in feats)
    assert {"slop", "sora", "destroy", "think"} & set(feats)


def test_a_prediction_of_harm_is_flagged_only_when_the_claim_makes_it() -> None:
    assert "$harm" in features("AI will destroy Hollywood")
    assert "$harm" in features("this is gonna gut the vfx industry")
    assert "$harm" not in features("relax, ai isn't gonna kill cinema")
    assert "$harm" not in features("AI will not destroy Hollywood")


@pytest.mark.parametrize(
    ("claim", "flag"),
    [
        # mocking the fear is a point for the tool
        ("can't wait for a sora short to win a festival just to watch the purists melt down",
         "$at_critics"),
        ("slop or not, those kling spec ads paid for my new lens", "$at_critics"),
        ("anyone who thinks ai video is useless clearly hasn't seen what the new models do",
         "$at_critics"),
        # history as the argument: every new thing was said to ruin film
        ("the history of cinema is people panicking about the next thing. ai video is next in line",
         "$old_fear"),
        ("we survived sound, we survived digital, we'll survive runway", "$old_fear"),
        # deadpan one-liners say the opposite of their words
        ("a studio replaced its storyboard team with veo. cool cool cool", "$sarcasm"),
        ("sure, it'll make more content. content was never what we lacked", "$sarcasm"),
    ],
)  # fmt: skip
def test_mocking_the_fear_history_and_deadpan_are_flagged(claim: str, flag: str) -> None:
    feats = features(claim)
    assert feats[flag] == 1.0
    assert feats[flag + "*vader"] == feats["$vader"]


@pytest.mark.parametrize(
    "claim",
    [
        "I'm scared for my job, sora is getting good",
        "the history in this period piece was all wrong",
        "cool, sora makes pretty clips",
    ],
)
def test_plain_fear_history_and_praise_are_not_flagged_as_mocking(claim: str) -> None:
    assert not {"$at_critics", "$old_fear", "$sarcasm"} & set(features(claim))


@pytest.mark.parametrize(
    ("claim", "plain", "negated"),
    [
        ("can't wait for sora to win an oscar", "oscar", "not_oscar"),
        ("no cap gen video is the best thing for indies", "best", "not_best"),
        ("not gonna lie, veo clips look great", "great", "not_great"),
    ],
)
def test_a_set_phrase_with_a_negator_negates_nothing_after_it(claim, plain, negated) -> None:
    feats = words(claim)
    assert plain in feats
    assert negated not in feats


def test_the_shipped_weights_know_only_letter_pieces_each_model_reads() -> None:
    """Weights for pieces the reader never makes (a model trained with other sizes) would be
    dead weight, and the pieces it does make would have none."""
    for name, sizes in (("stance", STANCE_PIECES), ("topic", TOPIC_PIECES)):
        lengths = {len(f) - 2 for f in _models()[name].weights if f.startswith("c:")}
        assert lengths == set(sizes), name
    pieces = {len(f) - 2 for f in features("sci-fi slop") if f.startswith("c:")}
    assert pieces == set(STANCE_PIECES)
    assert {len(f) - 2 for f in topic_features("sci") if f.startswith("c:")} == set(TOPIC_PIECES)


def test_a_real_negation_still_marks_the_rest_of_its_clause() -> None:
    feats = words("sora can't act, it never will")
    assert "not_act" in feats
    assert "act" not in feats


def test_a_question_is_less_sure_than_a_statement() -> None:
    assert (
        claim_stance("will sora help indie films?").confidence
        < claim_stance("sora will help indie films").confidence
    )


@pytest.mark.parametrize("claim", ["sora 2 dropped today", "what do you think about sora?"])
def test_no_cues_is_unclear(claim: str) -> None:
    reading = claim_stance(claim)
    assert reading.unclear
    assert reading.label == "unclear"


async def test_a_claim_that_quotes_a_passage_takes_its_label(search: Search) -> None:
    records, normalized = await search.passages()
    quoted = "Studios will become more like computer companies."
    reading = read_claim(f"kroll said it: {quoted}", records, normalized)
    assert (reading.stance, reading.basis) == ("skeptical", "quote")


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("anyone can make a movie now", "democratization"),
        ("no actors needed anymore", "stars"),
        ("they're only one-minute clips", "length"),
        ("it'll wipe out every VFX job", "jobs"),
        ("trained on stolen work", "copyright"),
        ("this is the new NFT", "hype"),
    ],
)
def test_chat_wording_reaches_corpus_topics(text: str, topic: str) -> None:
    assert topic in claim_topics(text)


def test_anyone_alone_is_not_the_democratization_topic() -> None:
    assert "democratization" not in claim_topics("anyone seen dune 2? everyone loved it")
    assert "democratization" in claim_topics("sora will let anyone make a movie")
    assert list(claim_weights(("stars", "audience"))) == ["stars", "audience"]


def test_topic_codes_round_trip() -> None:
    topics = ("democratization", "stars", "length")
    assert decode_topics(encode_topics(topics)) == topics
    assert encode_topics(["made-up-topic"]) == ""


async def test_acceptance_anyone_can_direct(search: Search) -> None:
    answer = await counterpoints(search, "Sora will let anyone become a great director")
    top = answer.results[0].passage
    assert answer.claim.stance == "optimistic"
    assert top.stance == "skeptical"
    assert top.author in {"Joan Westenberg", "Unknown"}
    assert "democratization" in top.topics


async def test_acceptance_never_useful(search: Search) -> None:
    answer = await counterpoints(search, "AI video will never be useful to filmmakers")
    top = answer.results[0].passage
    assert top.stance == "optimistic"
    kroll_tools = top.author == "Noam Kroll" and {"tools", "indie"} & set(top.topics)
    assert kroll_tools or top.author == "Global Times"


async def test_never_the_claims_own_stance_nor_neutral(search: Search) -> None:
    claims = [
        *CLAIMS[::4],
        "AI won't destroy Hollywood",
        "the cgi in marvel was already bad, AI is worse",
        "sora could be handy for previs",
    ]
    for claim in claims:
        answer = await counterpoints(search, claim, limit=5)
        if answer.claim.unclear:
            continue
        assert answer.results, claim
        assert {h.passage.stance for h in answer.results} == {OPPOSITE[answer.claim.stance]}


async def test_unclear_claims_get_both_sides(search: Search) -> None:
    answer = await counterpoints(search, "what do you guys think about sora for short films?")
    assert answer.claim.unclear
    sides = [h.passage.stance for h in answer.results]
    assert set(sides) == {"optimistic", "skeptical"}
    assert "neutral" not in sides


# An opinion the topic reader refuses (film chat with no generative video in it, tuning set
# claims-14c); argued anyway it reads as optimistic.
ANALOGY = (
    "the Jurassic Park CGI still holds up better than half of today's blockbusters, and that's "
    "because they mixed it with animatronics"
)


async def test_a_refused_claim_argued_anyway_gets_the_counter_a_claim_would(
    search: Search,
) -> None:
    refused = await counterpoints(search, ANALOGY)
    assert refused.reason
    assert refused.results == []

    answer = await counterpoints(search, ANALOGY, anyway=True)

    assert answer.reason is None
    assert answer.claim.stance == "optimistic"  # the reader's stance, not a default
    assert answer.results
    assert {h.passage.stance for h in answer.results} == {"skeptical"}
    # A claim on topic is answered the same, anyway or not.
    plain = "AI video will never be useful to filmmakers"
    same = await counterpoints(search, plain, anyway=True)
    assert [h.passage.id for h in same.results] == [
        h.passage.id for h in (await counterpoints(search, plain)).results
    ]


@pytest.mark.parametrize("text", ["", "\U0001f480\U0001f480\U0001f480", "https://openai.com/sora"])
async def test_a_message_without_words_has_nothing_to_argue_with_even_anyway(
    search: Search, text: str
) -> None:
    assert not has_words(text)
    answer = await counterpoints(search, text, anyway=True)
    assert answer.reason
    assert answer.results == []


async def test_top_three_prefer_different_authors(search: Search) -> None:
    answer = await counterpoints(search, "sora is gonna let anyone become a director")
    speakers = [h.passage.speaker for h in answer.results]
    assert len(speakers) == 3
    assert len(set(speakers)) == 3


async def test_why_is_one_line_naming_the_shared_topic(search: Search) -> None:
    answer = await counterpoints(search, "who even needs actors anymore")
    assert all("\n" not in hit.why for hit in answer.results)
    # Whichever side the claim is read on, the answer tagged with its topic says so.
    on_stars = [hit for hit in answer.results if "stars" in hit.passage.topics]
    assert on_stars
    assert all("stars" in hit.why for hit in on_stars)


async def test_another_counterpoint_never_repeats_and_runs_out(search: Search) -> None:
    topics = claim_topics("anyone can make a movie now")
    seen: list[int] = []
    while (hit := await more_counterpoints(search, "skeptical", topics, exclude=seen)) is not None:
        assert hit.passage.stance == "skeptical"
        assert hit.passage.id not in seen
        seen.append(hit.passage.id)
    records, _ = await search.passages()
    assert len(seen) == sum(r.stance == "skeptical" for r in records)
    first = await search.store.passages.get(seen[0])
    assert "democratization" in first.topics


async def test_counter_this_flips_the_passage(search: Search) -> None:
    records, _ = await search.passages()
    stars = next(r for r in records if "movie star" in r.text)
    answer = await counter_passage(search, stars)
    assert answer.results
    assert all(h.passage.stance == "optimistic" for h in answer.results)
    neutral = next(r for r in records if r.stance == "neutral")
    with pytest.raises(NotFoundError):
        await counter_passage(search, neutral)


@pytest.mark.parametrize(
    ("name", "author"), [("noam krol", "Noam Kroll"), ("westenburg", "Joan Westenberg")]
)
async def test_perspective_resolves_misspelled_names(search: Search, name: str, author: str):
    view = await perspective(search, name)
    assert view.author == author
    assert len(view.claims) == 3
    assert all(c.author == author and c.quoted_from is None for c in view.claims)
    assert all(c.stance != "neutral" for c in view.claims)
    assert view.essays
    assert all(e.author == author for e in view.essays)


async def test_perspective_stances_and_bio(search: Search) -> None:
    kroll = await perspective(search, "Noam Kroll")
    assert kroll.stance == "mixed"
    assert {c.stance for c in kroll.claims} == {"optimistic", "skeptical"}
    assert kroll.bio
    assert "filmmaker" in kroll.bio
    assert "optimistic on indie" in kroll.summary
    westenberg = await perspective(search, "Joan Westenberg")
    assert westenberg.stance == "skeptical"
    # Her essay quotes Steven Levy's Wired lede: those words are never her claims.
    assert all("Levy" not in (c.quoted_from or "") for c in westenberg.claims)


async def test_perspective_unknown_author(search: Search) -> None:
    with pytest.raises(NotFoundError, match="No author matching"):
        await perspective(search, "zzzzqqqq")


async def test_spectrum_orders_skeptical_to_optimistic(search: Search) -> None:
    topic, positions = await spectrum(search, "creativity")
    assert topic == "creativity"
    scores = [p.score for p in positions]
    assert scores == sorted(scores)
    assert positions[0].score < 0 < positions[-1].score
    assert {"Joan Westenberg", "Alexander Pinker", "Noam Kroll"} <= {p.speaker for p in positions}
    for p in positions:
        assert p.quote in p.passage.text  # verbatim
        assert topic_weight(p.passage, "creativity") > 0  # tagged with it, or in its words


async def test_spectrum_has_every_author_with_a_passage_on_the_topic(search: Search) -> None:
    records, _ = await search.passages()
    for topic in sorted({t for r in records for t in r.topics}):
        _, positions = await spectrum(search, topic)
        speakers = [p.speaker for p in positions]
        assert len(speakers) == len(set(speakers)), topic  # one row each
        tagged = {r.speaker for r in records if topic in r.topics}
        assert tagged <= set(speakers), (topic, tagged - set(speakers))
        for p in positions:  # placed by the stances of their passages on it
            if p.counts["optimistic"] and not p.counts["skeptical"]:
                assert p.score > 0.15, (topic, p)
            if p.counts["skeptical"] and not p.counts["optimistic"]:
                assert p.score < -0.15, (topic, p)


async def test_spectrum_finds_an_author_by_the_words_of_an_untagged_passage(store: Store) -> None:
    doc = parse_essay(
        "---\ntitle: Crew Call\nauthor: Local Grip\nstance: skeptical\n---\n\n"
        "<!-- stance: skeptical; topics: indie -->\n"
        "Every grip, gaffer and editor I know is worried about their jobs; the studios will "
        "not keep paying crews once a prompt does the work.\n\n"
        "<!-- stance: neutral; topics: indie -->\n"
        "We talked about it on set for a week and nobody had an answer about the jobs.\n",
        slug="crew-call",
    )
    await store.essays.save(doc, guild_id=GUILD, source="discord")
    _, positions = await spectrum(Search(store), "jobs", guild_id=GUILD)
    grip = next(p for p in positions if p.speaker == "Local Grip")
    assert grip.score < -0.15  # one skeptical, one neutral passage: still on the skeptical side
    assert grip.label in {"skeptical", "leans skeptical"}
    assert "jobs" in grip.quote
    _, elsewhere = await spectrum(Search(store), "jobs")
    assert "Local Grip" not in {p.speaker for p in elsewhere}  # servers are walled


async def test_spectrum_resolves_chat_words_and_rejects_nonsense(search: Search) -> None:
    topic, positions = await spectrum(search, "actors")
    assert topic == "stars"
    assert "Noam Kroll" in [p.speaker for p in positions]
    with pytest.raises(NotFoundError, match="Topics: "):
        await spectrum(search, "qqqzzz")


async def test_topic_autocomplete(search: Search) -> None:
    assert (await topics_like(search, "dem"))[0] == "democratization"
    assert (await topics_like(search, "actor"))[0] == "stars"
    everything = await topics_like(search, "")
    assert 10 <= len(everything) <= 25


@pytest.fixture
async def guild_search(store: Store) -> Search:
    await store.essays.save(
        parse_essay(QUOTING_ESSAY, slug="festival-notes"), guild_id=GUILD, source="discord"
    )
    return Search(store)


async def test_quoted_words_are_cited_to_their_speaker(guild_search: Search) -> None:
    claim = "sora will let any kid with a phone make a movie, everyone gets a voice"
    answer = await counterpoints(guild_search, claim, guild_id=GUILD, limit=10)
    quoted = [h.passage for h in answer.results if h.passage.quoted_from]
    assert quoted, "the quoted skeptical passage answers a democratization claim"
    assert quoted[0].speaker == "Rita Critic, Film Quarterly"
    view = await perspective(guild_search, "Dana Reel", guild_id=GUILD)
    assert all(c.quoted_from is None for c in view.claims)
    assert view.claims
    assert "Rita" not in " ".join(c.text for c in view.claims)
    _, positions = await spectrum(guild_search, "democratization", guild_id=GUILD)
    assert "Rita Critic, Film Quarterly" in {p.speaker for p in positions}
    assert "Dana Reel" not in {p.speaker for p in positions}


async def test_a_servers_essays_stay_in_that_server(guild_search: Search) -> None:
    claim = "sora will let any kid with a phone make a movie, everyone gets a voice"
    for guild in (0, OTHER_GUILD):
        answer = await counterpoints(guild_search, claim, guild_id=guild, limit=20)
        assert all(h.passage.author != "Dana Reel" for h in answer.results)
        with pytest.raises(NotFoundError):
            await perspective(guild_search, "Dana Reel", guild_id=guild)


async def test_candidates_follow_new_and_removed_essays(store: Store, search: Search) -> None:
    # Topic-tagged candidates are kept between claims; a write must refresh them.
    claim = "sora is great, full feature films soon, the one minute limit is nothing"  # on length
    before = await counterpoints(search, claim, limit=20)
    essay_id = await store.essays.save(
        parse_essay(
            "---\ntitle: Reels\nauthor: Lena Cutter\nstance: skeptical\n---\n\n"
            "<!-- stance: skeptical; topics: length -->\n"
            "Stitching eight-second shots together has never once added up to a story.\n",
            slug="reels",
        ),
        source="cli",
    )
    after = await counterpoints(search, claim, limit=20)
    assert "Lena Cutter" not in {h.passage.author for h in before.results}
    assert "Lena Cutter" in {h.passage.author for h in after.results}
    await store.essays.delete(essay_id)
    again = await counterpoints(search, claim, limit=20)
    assert "Lena Cutter" not in {h.passage.author for h in again.results}


# -- spectrum from kept summaries == spectrum from every passage ------------------------------


def _spectrum_by_scan(passages, topic: str) -> list[tuple[str, float, dict, int]]:
    """/spectrum as first written: every visible passage read and weighed per speaker."""
    from collections import defaultdict

    from bot.stance import quality
    from bot.stance.perspectives import NEUTRAL_PULL, topic_weight

    by_speaker = defaultdict(list)
    for r in passages:
        weight = topic_weight(r, topic)
        if weight:
            by_speaker[r.speaker].append((r, weight))
    rows = []
    for speaker, mine in by_speaker.items():
        weights = dict.fromkeys(("optimistic", "skeptical", "neutral"), 0.0)
        counts = dict.fromkeys(("optimistic", "skeptical", "neutral"), 0)
        for r, weight in mine:
            weights[r.stance] += weight
            counts[r.stance] += 1
        total = weights["optimistic"] + weights["skeptical"] + NEUTRAL_PULL * weights["neutral"]
        score = (weights["optimistic"] - weights["skeptical"]) / total if total else 0.0
        side = "optimistic" if score > 0 else "skeptical" if score < 0 else "neutral"
        pool = [(r, w) for r, w in mine if r.stance == side] or mine
        best, _ = max(pool, key=lambda item: (item[1] + quality(item[0]), -item[0].id))
        rows.append((speaker, round(score, 2), counts, best.id))
    return sorted(rows, key=lambda row: (row[1], row[0].casefold()))


async def _same_as_scan(search: Search, guild_id: int) -> None:
    from collections import Counter

    passages = await search.store.passages.visible(guild_id)
    tagged = Counter(t for p in passages for t in p.topics)
    offered = await topics_like(search, "", guild_id=guild_id)
    assert offered == sorted(tagged, key=lambda t: (-tagged[t], t))[:25]
    for topic in sorted(tagged):
        resolved, positions = await spectrum(search, topic, guild_id=guild_id)
        assert resolved == topic
        got = [(p.speaker, p.score, p.counts, p.passage.id) for p in positions]
        assert got == _spectrum_by_scan(passages, topic), topic


async def test_spectrum_summaries_match_a_full_scan_through_writes_and_hiding(
    store: Store, search: Search
) -> None:
    guild, other = 71, 72
    own = parse_essay(
        "---\ntitle: Own take\nauthor: Noam Kroll\nstance: skeptical\n---\n\n"
        "AI video will take jobs from crews and editors; studios cut costs first.\n\n"
        "Creativity is not a prompt, and audiences can tell when no one meant anything.\n",
        "own-take",
    )
    await store.essays.save(own, guild_id=guild, source="cli")
    await _same_as_scan(search, guild)
    await _same_as_scan(search, other)
    bundled = await store.essays.visible(0)
    await store.essays.set_hidden(bundled[0].id, guild, True)
    await _same_as_scan(search, guild)
    # Changes to the shared essays (added from the CLI, a stance set by hand, removed) reach
    # the kept summaries.
    shared = replace(own, slug="shared-take", author="Ida Lumen")
    shared_id = await store.essays.save(shared, source="cli")
    await _same_as_scan(search, other)
    passage = (await store.passages.of_essay(shared_id))[0]
    await store.essays.set_passage_stance(shared_id, None, passage.position, "optimistic")
    await _same_as_scan(search, guild)
    await store.essays.delete(shared_id)
    await _same_as_scan(search, other)


def test_a_mixed_author_leaning_one_way_only_is_described() -> None:
    """Found by the load run: a mixed author with only skeptical leanings broke /perspective."""
    from bot.stance import Perspective
    from cogs._perspective_views import standing

    view = Perspective("Ida Lumen", "mixed", None, [], [], [("jobs", -2), ("tools", 0)])
    assert standing(view).endswith("skeptical on jobs")


def test_a_view_stated_to_be_refuted_is_told_apart_from_the_authors_own() -> None:
    myth = (
        "There's a lot of hype behind it, and one huge myth: that AI will democratize creativity."
    )
    assert argued_against(myth, "skeptical")
    assert not argued_against(
        "But I believe all of this will backfire in a massive way.", "skeptical"
    )
    assert not argued_against(myth, "neutral")


async def test_the_ranker_answers_with_a_passage_of_an_essay_added_later(
    store: Store, search: Search
) -> None:
    # The learnt ranking weighs what a claim and a passage share (topics, words, the passage's
    # shape), never which passage it is, so a new essay's direct answer is among the first.
    claim = "sora will let anyone become a director, no film school needed"
    await store.essays.save(
        parse_essay(
            "---\ntitle: Typing is not directing\nauthor: Lena Cutter\nstance: skeptical\n---\n\n"
            "<!-- stance: skeptical; topics: democratization, education -->\n"
            "A tool that lets anyone type a prompt does not make anyone a director: film school "
            "teaches judgment, and no model hands that out.\n",
            slug="typing",
        ),
        source="cli",
    )
    topics = claim_topics(claim)
    records, normalized = await side_candidates(search, "skeptical", topics, text=claim)
    ranked = rank_side(records, normalized, "skeptical", topics, text=claim)
    assert "Lena Cutter" in [h.passage.author for h in ranked[:3]]


def test_a_claim_profile_is_the_unit_sum_of_its_known_words_vectors() -> None:
    vectors = {"crews": [3.0, 0.0], "jobs": [0.0, 4.0]}
    assert claim_profile("crews", vectors) == pytest.approx((1.0, 0.0))
    assert claim_profile("crews and jobs", vectors) == pytest.approx((0.6, 0.8))
    assert claim_profile("nothing known here", vectors) == ()


def test_a_passage_profile_weighs_each_prefix_by_the_passage_length() -> None:
    vectors = {"crews": [1.0, 0.0], "layof": [0.0, 1.0]}
    one = passage_profile("crews", vectors)
    two = passage_profile("crews layoffs everywhere", vectors)  # three prefixes, two known
    assert one == pytest.approx((1.0, 0.0))
    assert two == pytest.approx((1 / 3**0.5, 1 / 3**0.5))
    assert profile_match((1.0, 0.0), two) == pytest.approx(1 / 3**0.5)


def _profile_vectors() -> dict[str, list[float]]:
    return counter._profile_model()[1]


def _passage(text: str, pid: int) -> PassageRecord:
    return PassageRecord(
        id=pid, essay_id=99, position=pid, text=text, stance="optimistic", topics=(),
        stance_source="essay", quoted_from=None, title="New essay", author="New Author",
        publication=None, published=None, url=None, essay_stance="optimistic", guild_id=0,
    )  # fmt: skip


def test_the_answer_profile_puts_a_new_on_point_answer_above_an_off_point_one() -> None:
    # Neither the claims nor the passages are in the training data: the learnt profile (claim
    # words -> the words of passages people accepted) must place a new essay's answer on the
    # claim's point above one on another point, and the ranker follow it.
    jobs = _passage(
        "Film workers need not worry: the technology will not replace the editors and crews "
        "who make films, and it will create new kinds of work.", 1,
    )  # fmt: skip
    length = _passage(
        "A one-minute clip is not a feature: audiences will still want a two-hour story, and "
        "the model cannot hold one together.", 2,
    )  # fmt: skip
    jobs_claims = (
        "my cousin who cuts trailers says she'll be unemployed by christmas",
        "the whole post house downstairs got laid off last week",
    )
    length_claim = "ai slop can't even keep a character consistent for ten seconds, forget a movie"

    def margin(claim: str) -> float:  # how far the profile prefers the jobs answer
        profile = claim_profile(claim)
        assert profile
        on, off = (profile_match(profile, passage_profile(normalize(p.text), _profile_vectors()))
                   for p in (jobs, length))  # fmt: skip
        return on - off

    for claim in jobs_claims:
        assert margin(claim) > 0
        # It answers the claim, not only "what accepted answers sound like": the same two
        # passages are nearer level for a claim on the other point.
        assert margin(claim) > margin(length_claim)
        ranked = rank_side(
            [jobs, length], [normalize(p.text) for p in (jobs, length)],
            "optimistic", claim_topics(claim), text=claim,
        )  # fmt: skip
        assert ranked[0].passage.id == jobs.id


def test_pair_features_never_name_the_passage() -> None:
    record = PassageRecord(
        id=9876, essay_id=5, position=0, text="Studios will replace the crews who made films.",
        stance="skeptical", topics=("jobs", "studios"), stance_source="annotated",
        quoted_from=None, title="Unique Title", author="Zed Quill", publication=None,
        published=None, url=None, essay_stance="skeptical", guild_id=0,
    )  # fmt: skip
    feats = pair_features(_claim_view(("jobs",), "ai is great for crews"), record, record.text)
    named = [f for f in feats if any(s in f for s in ("9876", "zed", "quill", "unique"))]
    assert feats
    assert not named


def test_an_unclear_claim_is_answered_first_on_the_side_its_lean_opposes_other_things_equal():
    assert counter._answers("skeptical", 2.0) > 0.5 > counter._answers("optimistic", 2.0)
    assert counter._answers("optimistic", -2.0) > 0.5
    assert counter._answers("skeptical", 0.0) == pytest.approx(0.5)


async def test_the_fast_ranker_scores_exactly_the_features(search: Search) -> None:
    records, normalized = await search.passages()
    for claim in CLAIMS[:20]:
        topics = claim_topics(claim)
        view = _claim_view(topics, claim, normalized)
        for record, norm in zip(records, normalized, strict=True):
            match = _topic_match(view.topics, record)[0]
            fast = pair_logit(view, record, norm, match)
            assert fast == pytest.approx(pair_score(pair_features(view, record, norm)))


async def test_ranking_in_slices_between_turns_of_the_loop_is_the_same_ranking(
    search: Search, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(counter, "RANK_SLICE", 7)
    records, normalized = await search.passages()
    assert len(records) > 3 * counter.RANK_SLICE  # several slices
    claim = "AI video will wipe out crew jobs and editors will be replaced"
    for side in SIDES:
        whole = rank_side(records, normalized, side, ("jobs",), text=claim)
        sliced = await rank_side_async(records, normalized, side, ("jobs",), text=claim)
        assert whole
        assert [(h.passage.id, h.score, h.why) for h in sliced] == [
            (h.passage.id, h.score, h.why) for h in whole
        ]


async def test_own_topic_summaries_are_kept_for_a_bounded_number_of_servers(
    search: Search, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cachetools import LRUCache

    from bot.stance import perspectives

    kept: LRUCache = LRUCache(2)
    monkeypatch.setattr(perspectives, "_SEEN_OWN", kept)
    for guild_id in (81, 82, 83):
        await spectrum(search, "jobs", guild_id=guild_id)
    assert len(kept) == 2
    assert {key[2] for key in kept} == {82, 83}  # the least recently used server went first


@pytest.mark.parametrize(
    "text",
    ["https://openai.com/sora", "<https://www.youtube.com/watch?v=sora-ai-film> 🔥", "sora " * 30],
)
def test_a_bare_link_or_one_word_pasted_over_is_nothing_to_argue_with(text: str) -> None:
    assert not claim_stance(text).on_topic


def test_a_claim_that_carries_a_link_is_still_read() -> None:
    claim = "sora films are soulless slop and nobody will remember them https://openai.com/sora"
    assert claim_stance(claim).on_topic


@pytest.mark.parametrize(
    "text",
    [
        "gm filmmakers ☕",
        "hey all, thanks for the add!",
        "chatgpt got half my chemistry homework wrong lol",
        "the hospital's new ai reads fractures on x-rays faster than the doctors",
        "nvidia announced a new ai chip, any good for gaming?",
        # "ai tools" names gen video only beside film; jobs lost elsewhere are not film's
        "the ai tools at my dentist's now spot cavities on x-rays before she does",
        "ai is eating customer service jobs at my sister's bank, six people let go",
    ],
)
def test_a_greeting_or_ai_at_work_in_another_field_is_nothing_to_argue_with(text: str) -> None:
    assert not claim_stance(text).on_topic


@pytest.mark.parametrize(
    "text",
    [
        "gm filmmakers, sora shorts are soulless slop ☕",
        "chatgpt can do your homework but ai will never make a film worth watching",
        "ai did to radiology what it will do to film editors: replace them",
        "la IA en el cine es puro humo, ninguna película hecha así tiene alma",
        "hailuo is goated for testing camera moves before a shoot",
        "ai tools took the customer service jobs, vfx jobs are next",
        "ai tools in radiology are one thing, ai tools making whole films is another",
        "this ai stuff insults every practical fx master, they didn't sweat for a chatbot",
    ],
)
def test_a_claim_beside_a_greeting_or_another_field_is_still_read(text: str) -> None:
    assert claim_stance(text).on_topic


def test_another_field_yields_only_to_a_topic_model_above_its_own_threshold(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """AI at work in another field is refused unless the topic model scores the message at
    or above the elsewhere threshold (a bare greeting stays refused at any threshold)."""
    from bot.stance import reader

    text = "an AI performer will never get a standing ovation, no matter how many games it's in"
    assert reader.topic_rules(text) == "elsewhere"  # "games": AI in another field, no film word
    assert reader.on_topic(text)  # the shipped model is all but certain: actors are film's
    score = reader.topic_log_odds(text)
    shipped = reader._models()
    for cut, expected in ((score + 0.01, False), (score - 0.01, True)):
        topic = replace(
            shipped["topic"], threshold=-99.0, hint_threshold=-99.0, elsewhere_threshold=cut
        )
        monkeypatch.setattr(reader, "_models", lambda topic=topic: {"topic": topic})
        assert reader.on_topic(text) is expected
        assert not reader.on_topic("gm filmmakers ☕")


# -- what stays in memory is cheap for the garbage collector -----------------------------------
# Its full passes walk every tracked object made since start-up (gc.freeze), on the event loop;
# the collector stops tracking a tuple of strings and numbers once it has seen it, never a
# frozenset, a dict in a tuple or a record.


async def test_the_kept_spectrum_placings_are_placed_while_warming_and_untracked(
    search: Search,
) -> None:
    import gc

    from bot.stance import perspectives

    await perspectives.warm_topics(search)
    shared = await perspectives._SHARED.get(search.store)
    assert shared.merged
    assert set(shared._ranked) == set(shared.merged)
    # Kept placings are frozen with the summaries (out of the collector's passes); placed
    # again (a server's own essays), they are untracked once the collector has seen them.
    placings = perspectives._ranked(shared.merged["creativity"])
    gc.collect()
    gc.collect()  # a tuple goes once the tuples in it went: a pass may meet it before them
    assert placings
    assert not any(gc.is_tracked(r) for r in placings)
    _, positions = await spectrum(search, "creativity", guild_id=GUILD)
    assert positions
    assert all(set(p.counts) == {"optimistic", "skeptical", "neutral"} for p in positions)


def test_a_passages_kept_prefixes_are_untracked() -> None:
    import gc

    from bot.stance.counter import _passage_prefixes

    prefixes = _passage_prefixes("studios will flood the market with cheap generated content")
    gc.collect()
    assert {"studi", "flood", "cheap"} <= set(prefixes)
    assert not gc.is_tracked(prefixes)


async def test_servers_tagged_candidates_share_one_record_per_passage_until_a_write(
    search: Search,
) -> None:
    from bot.stance import counter

    first = await counter._tagged(search, "jobs", "skeptical", GUILD)
    second = await counter._tagged(search, "jobs", "skeptical", OTHER_GUILD)
    assert first
    assert [r.id for r, _ in first] == [r.id for r, _ in second]
    assert all(a is b for a, b in zip(first, second, strict=True))
    await search.store.essays.save(
        parse_essay(QUOTING_ESSAY, slug="dana"), guild_id=GUILD, source="cli"
    )
    again = await counter._tagged(search, "jobs", "skeptical", OTHER_GUILD)
    assert [r.id for r, _ in again] == [r.id for r, _ in second]
    assert not any(a is b for a, b in zip(again, second, strict=True))  # read afresh


async def test_the_shared_tagged_records_are_bounded(
    search: Search, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.stance import counter

    monkeypatch.setattr(counter, "SHARED_PAIRS_MAX", 3)
    for topic in ("jobs", "creativity", "democratization"):
        assert await counter._tagged(search, topic, "skeptical", GUILD)
        assert len(counter._SHARED_PAIRS[search.store][1]) <= 3 + counter.TAGGED_CANDIDATES
    shared = counter._SHARED_PAIRS[search.store][1]
    before = len(shared)
    await counter._tagged(search, "tools", "optimistic", GUILD)
    assert len(counter._SHARED_PAIRS[search.store][1]) <= max(before, counter.TAGGED_CANDIDATES)
