"""Damaged files the app reads at start: each one is moved aside with a message, and the app starts."""

from __future__ import annotations

import json

import pytest

from latentlab.core.files import read_json
from latentlab.core.interpolation import PathError, PathSpec
from latentlab.ui.explorer.session_store import load_recent, load_session, read_session_file

GOOD_BOOKMARK = {"name": "b", "model": {"path": "m.safetensors", "name": "m"}, "z": [0.0, 1.0],
                 "label": None, "seed": 3, "truncation": 1.0, "created": 1.0}


def _session(**bookmark_changes) -> str:
    return json.dumps({"format": "latentlab-session/1", "bookmarks": [{**GOOD_BOOKMARK, **bookmark_changes}]})


def _raw(bookmark_text: str) -> str:
    return '{"format": "latentlab-session/1", "bookmarks": [' + bookmark_text + "]}"


DAMAGE = {
    "400-digit z": _raw('{"name": "b", "z": [' + "9" * 400 + "]}"),
    "400-digit created": _raw('{"name": "b", "z": [0.5], "created": ' + "1" * 400 + "}"),
    "created 1e999": _raw('{"name": "b", "z": [0.5], "created": 1e999}'),
    "NaN truncation": _raw('{"name": "b", "z": [0.5], "truncation": NaN}'),
    "deep nesting": '{"format": "latentlab-session/1", "bookmarks": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "6000-digit integer": _raw('{"name": "b", "z": [0.5], "seed": ' + "7" * 6000 + "}"),
    "binary junk": b"\x00\xff\xfe\x80latentlab\x9c" * 50,
    "truncated": '{"format": "latentlab-session/1", "bookmarks": [',
    "wrong top type": "[1, 2, 3]",
    "bookmarks not a list": '{"format": "latentlab-session/1", "bookmarks": {"a": 1}}',
}


def _write(path, content) -> None:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")


@pytest.mark.parametrize("case", list(DAMAGE))
def test_damaged_session_is_moved_aside_with_one_message(home, case):
    path = home / "session.json"
    _write(path, DAMAGE[case])
    session = load_session()
    assert session.bookmarks == []
    assert len(session.messages) == 1 and "\n" not in session.messages[0]
    assert "session.json" in session.messages[0] and "could not be read" in session.messages[0]
    assert not path.exists()
    kept = list(home.glob("session.damaged-*.json"))
    assert len(kept) == 1 and kept[0].read_bytes()[:40] == (
        DAMAGE[case] if isinstance(DAMAGE[case], bytes) else DAMAGE[case].encode())[:40]
    assert load_session().messages == []  # the next start is clean


@pytest.mark.parametrize("changes", [{"z": "abc"}, {"z": [True]}, {"model": [1]}, {"truncation": "x"},
                                     {"z": None}])
def test_a_bookmark_of_wrong_types_is_skipped_and_the_original_kept(home, changes):
    path = home / "session.json"
    path.write_text(json.dumps({"format": "latentlab-session/1",
                                "bookmarks": [GOOD_BOOKMARK, {**GOOD_BOOKMARK, **changes}]}))
    session = load_session()
    assert [b.name for b in session.bookmarks] == ["b"]
    assert "1 damaged bookmark(s) skipped" in session.messages[0]
    assert len(list(home.glob("session.damaged-*.json"))) == 1


def test_a_folder_in_place_of_the_session_is_moved_aside(home):
    (home / "session.json").mkdir()
    session = load_session()
    assert "not a regular file" in session.messages[0]
    assert [p.is_dir() for p in home.glob("session.damaged-*.json")] == [True]


@pytest.mark.parametrize("case", ["deep nesting", "binary junk", "400-digit z"])
def test_damaged_recent_list_is_moved_aside(home, case):
    _write(home / "recent.json", DAMAGE[case].replace("bookmarks", "files") if isinstance(DAMAGE[case], str)
           else DAMAGE[case])
    messages: list[str] = []
    assert load_recent(messages) == []
    assert len(messages) == 1 and "recent.json" in messages[0]
    assert len(list(home.glob("recent.damaged-*.json"))) == 1


@pytest.mark.parametrize("case", ["deep nesting", "created 1e999", "binary junk"])
def test_the_window_starts_with_a_damaged_session_and_recent_list(make_window, home, case):
    _write(home / "session.json", DAMAGE[case])
    _write(home / "recent.json", DAMAGE["deep nesting"])
    w = make_window()
    assert w.state.bookmarks == []
    texts = [m.text for m in w.messages.history]
    assert any("session.json" in t and "could not be read" in t for t in texts)
    assert any("recent.json" in t for t in texts)
    assert len(list(home.glob("session.damaged-*.json"))) == 1
    assert len(list(home.glob("recent.damaged-*.json"))) == 1


@pytest.mark.parametrize("case", ["deep nesting", "400-digit z", "binary junk", "created 1e999"])
def test_a_damaged_file_the_user_opens_gets_one_line(tmp_path, case):
    path = tmp_path / "picked.json"
    _write(path, DAMAGE[case])
    with pytest.raises(ValueError) as info:
        read_session_file(path)
    assert "\n" not in str(info.value) and str(path) in str(info.value)
    with pytest.raises(PathError) as info:
        PathSpec.load(path)
    assert "\n" not in str(info.value) and str(path) in str(info.value)
    assert path.exists()  # a file the user picked is never moved


def test_read_json_keeps_good_numbers(tmp_path):
    path = tmp_path / "ok.json"
    path.write_text('{"seed": 18446744073709551615, "x": -1.5e300, "n": [1, 2]}')
    assert read_json(path) == {"seed": 18446744073709551615, "x": -1.5e300, "n": [1, 2]}
