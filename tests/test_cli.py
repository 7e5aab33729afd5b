"""The offline CLI: its --json output is a contract for scripts; config errors are explained."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main

pytestmark = pytest.mark.usefixtures("offline_env")


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


RESULT_FIELDS = {"essay_id", "title", "author", "text", "stance", "score"}


def test_quote_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "quote", "golden retreivers in snow")
    assert set(data) == {"results"}
    top = data["results"][0]
    assert set(top) >= RESULT_FIELDS
    assert top["author"] == "Noam Kroll"
    assert top["title"] == "What Sora (AI Video) Means For Indie Filmmakers"
    assert "golden retrievers" in top["text"]
    scores = [r["score"] for r in data["results"]]
    assert scores == sorted(scores, reverse=True)


def test_quote_nothing_relevant_is_an_empty_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quote", "pizza recipe with pineapple and ham", "--json"]) == 1
    assert json.loads(capsys.readouterr().out) == {"results": []}


def test_quote_author_filter(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "quote", "human creativity", "--author", "westenburg")
    assert {r["author"] for r in data["results"]} == {"Joan Westenberg"}


def test_counter_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "counter", "Sora will let anyone become a great director")
    assert data["claim_stance"] in {"optimistic", "skeptical"}
    assert data["results"]
    assert all(RESULT_FIELDS | {"why"} <= set(r) for r in data["results"])
    assert all(r["stance"] != data["claim_stance"] for r in data["results"])


def test_perspective_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "perspective", "noam krol")
    assert data["author"] == "Noam Kroll"
    assert data["stance"] in {"optimistic", "skeptical", "mixed"}
    assert data["claims"]
    assert all("text" in c for c in data["claims"])
    assert [e["title"] for e in data["essays"]] == [
        "What Sora (AI Video) Means For Indie Filmmakers"
    ]


def test_spectrum_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "spectrum", "anyone can make a movie")  # chat words for the topic
    assert data["topic"] == "democratization"
    positions = data["positions"]
    assert [p["position"] for p in positions] == sorted(p["position"] for p in positions)
    assert positions[0]["label"] == "skeptical"
    assert {"Joan Westenberg", "Unknown"} <= {p["speaker"] for p in positions}
    for p in positions:  # each quote is a verbatim sentence of its cited passage
        assert p["quote"] in p["passage"]["text"]
        assert p["passage"]["speaker"] == p["speaker"]


def test_unclear_counter_gives_both_sides_labelled(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "counter", "what do you all think about sora")
    assert data["claim_stance"] == "unclear"
    assert {r["stance"] for r in data["results"]} == {"optimistic", "skeptical"}


def test_unknown_author_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["perspective", "zzzzqqq", "--json"]) == 1
    assert "No author matching" in json.loads(capsys.readouterr().out)["error"]


def test_text_output_cites_author_and_title(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quote", "golden retreivers in snow"]) == 0
    out = capsys.readouterr().out
    assert "Noam Kroll" in out
    assert "What Sora (AI Video) Means For Indie Filmmakers" in out


def test_running_the_bot_without_a_token_explains_what_to_do(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main([]) == 0  # a fresh install without a token is not an error
    err = capsys.readouterr().err
    assert "DISCORD_TOKEN is not set" in err
    assert "python -m bot quote" in err  # how to try it offline


def test_unwritable_database_path_is_explained(
    capsys: pytest.CaptureFixture[str], offline_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = offline_env / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("DATABASE_PATH", str(blocker / "crosscut.db"))
    assert main(["quote", "anything at all"]) == 2
    assert "DATABASE_PATH" in capsys.readouterr().err


def test_invalid_setting_is_explained(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DEV_GUILD_ID", "my-server")
    assert main(["quote", "anything"]) == 2
    assert "DEV_GUILD_ID must be a Discord ID" in capsys.readouterr().err


def test_burrito_finds_westenberg_essay_cited_to_the_reporter_she_quotes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    top = run_json(capsys, "quote", "going out for a burrito")["results"][0]
    assert top["author"] == "Joan Westenberg"  # the essay's author...
    assert top["title"] == "\u201cDemocratisation\u201d covers all manner of sins."
    assert top["quoted_from"] == "Steven Levy, Wired"  # ...quoting someone else here
    assert top["stance"] == "neutral"
    assert "going out for a burrito" in top["text"]
    assert main(["quote", "going out for a burrito"]) == 0
    assert "Steven Levy, Wired, quoted by Joan Westenberg" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "limit"),
    [
        (["quote", "word " * 1200], "300"),
        (["quote", "creativity", "--author", "x" * 101], "100"),
        (["verify", "word " * 1200], "1,000"),
        (["counter", "word " * 1200], "2,000"),
        (["perspective", "x" * 101], "100"),
        (["spectrum", "x" * 101], "100"),
    ],
    ids=["quote", "author", "verify", "counter", "perspective", "spectrum"],
)
def test_an_overlong_query_is_refused_like_discord_would(
    capsys: pytest.CaptureFixture[str], argv: list[str], limit: str
) -> None:
    assert main(argv) == 2  # a usage error: as typed, it will be refused again
    err = capsys.readouterr().err
    assert f"the limit is {limit}." in err
    assert "Traceback" not in err


def test_unreachable_discord_is_explained_without_a_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import discord.http

    # Nothing listens on port 9 (discard) here: the connection is refused at once.
    monkeypatch.setattr(discord.http.Route, "BASE", "http://127.0.0.1:9/api/v10")
    monkeypatch.setenv("DISCORD_TOKEN", "not.a.real-token")
    assert main([]) == 1
    err = capsys.readouterr().err
    assert "I couldn't reach Discord" in err
    assert "Traceback" not in err


def test_verify_says_in_context_and_reversed_like_the_slash_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["verify", "AI will democratize creativity"]) == 0
    out = capsys.readouterr().out
    assert "In context: Unknown states this view to argue against it" in out
    assert "one huge myth" in out  # the whole sentence
    assert main(["verify", "Sora will replace film"]) == 0
    out = capsys.readouterr().out
    assert "Close," not in out.splitlines()[0]
    assert "opposite" in out.splitlines()[0]
    data = run_json(capsys, "verify", "Sora will replace film")
    assert data["reversed"] is True
    assert "will not replace film" in data["sentence"]
    assert "reversed" in data["context"]


def test_titles_citations_and_errors_read_the_same_everywhere(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["quote", "democratisation covers all manner of sins", "--limit", "1"]) == 0
    out = capsys.readouterr().out
    assert "\u201c\u201cDemocratisation\u201d" not in out  # the title's own quotes suffice
    assert "\u201cDemocratisation\u201d covers all manner of sins." in out
    typed = "a new OpenAI app called Sora hopes to master cinema without going to film school"
    assert main(["verify", typed]) == 0
    out = capsys.readouterr().out
    assert "Steven Levy, Wired, quoted by Joan Westenberg" in out  # as quote cites it
    assert main(["essay", "export", "999"]) == 1
    assert capsys.readouterr().err.startswith("error: There is no essay #999")


def test_an_off_topic_refusal_names_the_retry_only_when_there_are_words(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["counter", "I had pizza for lunch"]) == 1
    assert "--anyway" in capsys.readouterr().out
    assert main(["counter", "\U0001f480\U0001f480\U0001f480"]) == 1  # nothing a retry could read
    out = capsys.readouterr().out
    assert "Nothing to argue with" in out
    assert "--anyway" not in out
