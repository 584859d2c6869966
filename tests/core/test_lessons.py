"""Tests for latentlab.core.lessons: parsing, line numbers, model checks, the CLI logic, recording."""

from __future__ import annotations

import math
import pickle
import re
from argparse import Namespace
from types import SimpleNamespace

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from latentlab.core import lessons as L
from latentlab.core.lessons import (
    Lesson,
    LessonError,
    LessonProblem,
    LessonStep,
    append_step,
    bundled_lessons,
    check_lesson,
    load_lesson,
    missing_models,
    parse_lesson,
    run_lesson_check,
    step_from_state,
)

DIGITS = [str(i) for i in range(10)]
FASHION = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]


def _info(name: str, kind: str, latent_dim: int, class_names: list[str], dataset: str) -> SimpleNamespace:
    return SimpleNamespace(name=name, kind=kind, latent_dim=latent_dim, class_names=class_names, dataset=dataset,
                           generates=kind != "classifier")


#: The bundled models (by name) as zoo.list_models() describes them: unconditional models have no
#: class names (a checkpoint stores one name per class input), conditional ones have the dataset's.
KNOWN = {i.name: i for i in [
    _info("mnist-vae", "vae", 16, [], "mnist"),
    _info("mnist-vae-2d", "vae", 2, [], "mnist"),
    _info("mnist-gan", "gan", 64, [], "mnist"),
    _info("mnist-cvae", "vae", 16, DIGITS, "mnist"),
    _info("mnist-cgan", "gan", 64, DIGITS, "mnist"),
    _info("fashion-mnist-vae", "vae", 16, [], "fashion-mnist"),
    _info("fashion-mnist-gan", "gan", 64, [], "fashion-mnist"),
    _info("fashion-mnist-cvae", "vae", 16, FASHION, "fashion-mnist"),
    _info("faces-vae", "vae", 32, [], "faces64"),
    _info("faces-gan", "gan", 64, [], "faces64"),
    _info("fashion-mnist-cgan", "gan", 64, FASHION, "fashion-mnist"),
    # the GAN-vs-WGAN-GP duel's pair (latentlab/train/duel.py): the mode-collapse recipe's 2-number latent
    _info("mnist-gan-collapsed", "gan", 2, [], "mnist"),
    _info("mnist-wgan-gp-duel", "gan", 2, [], "mnist"),
]}

EXPECTED_LESSONS = {
    "what-is-a-latent-space.toml",
    "vae-vs-gan.toml",
    "interpolation-lerp-vs-slerp.toml",
    "mode-collapse.toml",
    "latent-arithmetic-and-directions.toml",
    "smile.toml",
    "anomaly-detection.toml",
}


def _write(tmp_path, text: str, name: str = "lesson.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _line_of(text: str, needle: str) -> int:
    """1-based line of the first line containing ``needle`` (what the tests expect to be reported)."""
    return next(i for i, line in enumerate(text.split("\n"), 1) if needle in line)


# ---------------------------------------------------------------------------------------
# bundled lessons


def test_all_bundled_lessons_are_there():
    assert {p.name for p in bundled_lessons()} == EXPECTED_LESSONS


@pytest.mark.parametrize("name", sorted(EXPECTED_LESSONS))
def test_bundled_lesson_parses_and_checks_clean(name):
    path = next(p for p in bundled_lessons() if p.name == name)
    lesson = load_lesson(path)
    assert lesson.title and lesson.description
    assert 5 <= len(lesson.steps) <= 9
    assert all(step.caption.strip() for step in lesson.steps)
    assert check_lesson(path, KNOWN) == []
    assert missing_models(lesson, KNOWN) == {}
    # Only the bundled models are used, so a classroom install needs nothing else.
    assert {m for step in lesson.steps for m in step.models} <= set(KNOWN)


def test_bundled_lessons_cover_what_they_promise():
    lessons = {p.name: load_lesson(p) for p in bundled_lessons()}

    def values(name, key):
        return [getattr(s, key) for s in lessons[name].steps if getattr(s, key) is not None]

    assert "latent.map" in values("what-is-a-latent-space.toml", "view")
    assert "mnist-vae-2d" in values("what-is-a-latent-space.toml", "model")
    assert ["mnist-vae", "mnist-gan"] in values("vae-vs-gan.toml", "compare")
    assert {"compare.sharpness", "compare.coverage", "compare.loss"} <= set(values("vae-vs-gan.toml", "highlight"))
    modes = [p["mode"] for p in values("interpolation-lerp-vs-slerp.toml", "path")]
    assert "lerp" in modes and "slerp" in modes
    presets = {t["preset"] for t in values("mode-collapse.toml", "training")}
    assert presets == {"stable", "mode-collapse"}
    opened = values("mode-collapse.toml", "model") + sum(values("mode-collapse.toml", "compare"), [])
    assert "mnist-cgan" in opened
    directions = values("latent-arithmetic-and-directions.toml", "direction")
    assert {"3 -> 8", "stroke thickness", "slant"} <= set(directions)
    assert "pca" in values("latent-arithmetic-and-directions.toml", "basis")


# ---------------------------------------------------------------------------------------
# errors and their lines

GOOD = """\
title = "Test lesson"
version = 1

[[steps]]
caption = "First."
model = "mnist-vae"
seed = 1

[[steps]]
caption = "Second."
seed = 2
"""


def test_good_lesson_loads(tmp_path):
    path = _write(tmp_path, GOOD)
    lesson = load_lesson(path)
    assert isinstance(lesson, Lesson) and lesson.path == path and lesson.title == "Test lesson"
    assert [s.seed for s in lesson.steps] == [1, 2]
    assert [s.line for s in lesson.steps] == [4, 9]
    assert lesson.steps[1].to_dict() == {"caption": "Second.", "seed": 2}
    assert check_lesson(path, KNOWN) == []


def test_malformed_toml_reports_file_and_line(tmp_path):
    text = GOOD.replace("seed = 2", "seed = = 2")
    path = _write(tmp_path, text)
    with pytest.raises(LessonError) as info:
        load_lesson(path)
    [problem] = info.value.problems
    assert problem.file == str(path)
    assert problem.line == _line_of(text, "seed = = 2") == 11
    assert str(problem).startswith(f"{path}:11: not valid TOML")
    assert "(at line" not in problem.message  # the line is in the prefix, not repeated
    assert check_lesson(path) == [problem]


def test_unterminated_string_at_end_reports_a_line(tmp_path):
    text = 'title = "x"\n[[steps]]\ncaption = """never closed\n'
    problems = check_lesson(_write(tmp_path, text))
    assert len(problems) == 1 and 1 <= problems[0].line <= 4 and "TOML" in problems[0].message


def test_unknown_key_reports_line_and_suggestion(tmp_path):
    text = GOOD.replace("seed = 2", "seeed = 2")
    path = _write(tmp_path, text)
    [problem] = check_lesson(path)
    assert problem.line == _line_of(text, "seeed") == 11
    assert problem.message == "step 2: unknown key 'seeed'; did you mean 'seed'?"
    assert str(problem) == f"{path}:11: step 2: unknown key 'seeed'; did you mean 'seed'?"


def test_unknown_top_level_key_and_step_key_at_top(tmp_path):
    text = 'titel = "x"\ncaption = "oops"\n\n[[steps]]\ncaption = "a"\nauthor = "me"\n'
    problems = check_lesson(_write(tmp_path, text))
    got = [(p.line, p.message) for p in problems]
    assert len(got) == 4
    assert (1, "unknown key 'titel'; did you mean 'title'?") in got
    assert (6, "step 1: unknown key 'author' (it belongs at the top of the file, before the first [[steps]])") in got
    assert any(line == 1 and "missing 'title'" in m for line, m in got)
    assert any(line == 2 and "[[steps]]" in m for line, m in got)  # a step key above the first step


def test_step_missing_caption_reports_its_steps_header(tmp_path):
    text = GOOD + '\n# a comment\n[[steps]]\ntitle = "Third"\nseed = 3\n'
    path = _write(tmp_path, text)
    [problem] = check_lesson(path)
    header = [i for i, line in enumerate(text.split("\n"), 1) if line == "[[steps]]"][2]
    assert problem.line == header == 14
    assert problem.message.startswith("step 3: missing 'caption'")


def test_all_problems_are_collected_in_line_order(tmp_path):
    text = """\
title = "x"

[[steps]]
caption = "a"
seed = -1
view = "explore"

[[steps]]
truncation = 3.0
panels = ["sliders", "grid", "evidense"]
"""
    path = _write(tmp_path, text)
    with pytest.raises(LessonError) as info:
        load_lesson(path)
    problems = info.value.problems
    got = [(p.line, p.message.split(":")[0]) for p in problems]
    assert got == [(5, "step 1"), (6, "step 1"), (8, "step 2"), (9, "step 2"), (10, "step 2")]
    assert "did you mean 'explorer'" in problems[1].message
    assert "missing 'caption'" in problems[2].message
    assert "did you mean 'evidence'" in problems[4].message
    # str(LessonError) is exactly one "file:line: message" line per problem
    assert str(info.value).split("\n") == [f"{path}:{p.line}: {p.message}" for p in problems]


def test_lines_inside_inline_and_sub_tables(tmp_path):
    text = """\
title = "x"

[[steps]]
caption = "a"
path = { seeds = [1, 2], mode = "slurp" }

[[steps]]
caption = "b"

[steps.path]
seeds = [1, 2, 3]
frames = [4]
moed = "lerp"
"""
    problems = check_lesson(_write(tmp_path, text))
    lines = {p.line: p.message for p in problems}
    assert "did you mean 'slerp'" in lines[5]
    assert "2 segments" in lines[12] and "'path.frames' has 1 entries" in lines[12]
    assert "unknown key 'moed' in 'path'; did you mean 'mode'?" in lines[13]


def test_multiline_caption_does_not_confuse_line_numbers(tmp_path):
    text = '''\
title = "x"

[[steps]]
caption = """A caption that mentions
[[steps]]
seed = 5 on its own lines."""
seed = -5
'''
    [problem] = check_lesson(_write(tmp_path, text))
    assert problem.line == 7 and problem.message.startswith("step 1: 'seed'")


def test_single_bracket_steps_and_empty_lesson(tmp_path):
    problems = check_lesson(_write(tmp_path, 'title = "x"\n[steps]\ncaption = "a"\n'))
    assert len(problems) == 1 and "[[steps]]" in problems[0].message
    problems = check_lesson(_write(tmp_path, 'title = "x"\n', "empty.toml"))
    assert len(problems) == 1 and "no steps" in problems[0].message and problems[0].line == 1


def test_type_errors_name_the_value_in_toml_words(tmp_path):
    text = 'title = "x"\n[[steps]]\ncaption = "a"\nseed = true\nanimate = "yes"\ncompare = ["mnist-vae"]\n'
    messages = [p.message for p in check_lesson(_write(tmp_path, text))]
    assert any("'seed'" in m and "got true" in m for m in messages)
    assert any("'animate' must be true or false" in m for m in messages)
    assert any("'compare' needs 2 to 4 models" in m for m in messages)


def test_model_and_compare_together_and_compare_with_other_view(tmp_path):
    text = ('title = "x"\n[[steps]]\ncaption = "a"\nmodel = "mnist-vae"\n'
            'compare = ["mnist-vae", "mnist-gan"]\nview = "map"\n')
    problems = check_lesson(_write(tmp_path, text))
    assert [p.line for p in problems] == [5, 6]
    assert "not both" in problems[0].message and "compare view" in problems[1].message


def test_direction_must_match_the_carried_basis(tmp_path):
    text = """\
title = "x"
[[steps]]
caption = "a"
basis = "pca"
[[steps]]
caption = "b"
direction = "3 -> 8"
[[steps]]
caption = "c"
basis = "attribute"
direction = "stroke thicknes"
"""
    problems = check_lesson(_write(tmp_path, text))
    assert [(p.line, p.message[:6]) for p in problems] == [(7, "step 2"), (11, "step 3")]
    assert "since step 1" in problems[0].message and 'basis = "class"' in problems[0].message
    assert "did you mean 'stroke thickness'" in problems[1].message


def test_version_newer_than_supported(tmp_path):
    problems = check_lesson(_write(tmp_path, 'title = "x"\nversion = 2\n[[steps]]\ncaption = "a"\n'))
    assert [p.line for p in problems] == [2] and "newer" in problems[0].message


def test_unreadable_files(tmp_path):
    missing = tmp_path / "nope.toml"
    [problem] = check_lesson(missing)
    assert problem.line == 0 and str(problem) == f"{missing}: file not found"
    bad = tmp_path / "latin1.toml"
    bad.write_bytes('title = "x"\n[[steps]]\ncaption = "caf\u00e9"\n'.encode("latin-1"))
    [problem] = check_lesson(bad)
    assert problem.line == 3 and "UTF-8" in problem.message


def test_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "bom.toml"
    path.write_bytes("\ufeff".encode() + GOOD.encode())
    assert len(load_lesson(path).steps) == 2
    assert parse_lesson("\ufeff" + GOOD).title == "Test lesson"


def test_lesson_error_is_a_value_error_that_pickles():
    err = LessonError([LessonProblem("f.toml", 3, "step 1: bad")])
    assert isinstance(err, ValueError)
    again = pickle.loads(pickle.dumps(err))
    assert again.problems == err.problems and str(again) == "f.toml:3: step 1: bad"


def test_parse_lesson_uses_source_name():
    with pytest.raises(LessonError) as info:
        parse_lesson('title = 3\n[[steps]]\ncaption = "a"\n', source="mine.toml")
    assert str(info.value).startswith("mine.toml:1: 'title' must be text")


# ---------------------------------------------------------------------------------------
# checks against installed models


MODELS_TEXT = """\
title = "Models"

[[steps]]
caption = "One."
model = "mnist-vae"

[[steps]]
caption = "Typo."
model = "mnist-vea"

[[steps]]
caption = "Compare with a missing one."
compare = ["mnist-gan", "cifar10-ddpm"]

[[steps]]
caption = "Back to a good one."
model = "mnist-cgan"
label = "7"
"""


def test_missing_model_is_reported_and_the_rest_still_loads(tmp_path):
    path = _write(tmp_path, MODELS_TEXT)
    lesson = load_lesson(path)  # missing models are not fatal when loading
    assert len(lesson.steps) == 4
    assert missing_models(lesson, KNOWN) == {1: ["mnist-vea"], 2: ["cifar10-ddpm"]}
    assert missing_models(lesson, list(KNOWN)) == {1: ["mnist-vea"], 2: ["cifar10-ddpm"]}
    assert lesson.steps[3].model == "mnist-cgan" and lesson.steps[3].label == "7"

    problems = check_lesson(path, KNOWN)
    assert [(p.line, p.message) for p in problems] == [
        (_line_of(MODELS_TEXT, "mnist-vea"), "step 2: model 'mnist-vea' is not installed; did you mean 'mnist-vae'?"),
        (_line_of(MODELS_TEXT, "cifar10-ddpm"), "step 3: model 'cifar10-ddpm' is not installed"),
    ]
    assert check_lesson(path) == []  # without known models, names are not checked


def test_model_paths_are_relative_to_the_lesson(tmp_path):
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "mine.safetensors").write_bytes(b"x")
    text = ('title = "x"\n[[steps]]\ncaption = "a"\nmodel = "models/mine.safetensors"\n'
            '[[steps]]\ncaption = "b"\nmodel = "models/gone.safetensors"\n')
    path = _write(tmp_path, text)
    lesson = load_lesson(path)
    assert missing_models(lesson, {}) == {1: ["models/gone.safetensors"]}
    mine = (tmp_path / "models" / "mine.safetensors").resolve()
    assert L.resolve_model(lesson, "models/mine.safetensors") == str(mine)
    assert L.resolve_model(lesson, "mnist-vae") == "mnist-vae"
    [problem] = check_lesson(path, KNOWN)
    assert problem.line == 7 and "does not exist" in problem.message


def test_labels_z_and_directions_are_checked_against_the_open_model(tmp_path):
    text = """\
title = "x"

[[steps]]
caption = "conditional"
model = "fashion-mnist-cgan"
label = "Sneakers"

[[steps]]
caption = "index too big, inherited model"
label = 10

[[steps]]
caption = "not conditional"
model = "mnist-vae"
label = "3"
z = [0.0, 1.0]

[[steps]]
caption = "class direction with a class the dataset lacks"
basis = "class"
direction = "3 -> 80"

[[steps]]
caption = "raw slider past the latent size"
basis = "raw"
direction = 16

[[steps]]
caption = "class basis on a conditional model"
model = "mnist-cvae"
basis = "class"
z = [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]
label = 9
"""
    problems = check_lesson(_write(tmp_path, text), KNOWN)
    got = [(p.line, p.message) for p in problems]
    assert got[0][0] == 6
    assert "label 'Sneakers' is not a class of 'fashion-mnist-cgan'; did you mean 'Sneaker'?" in got[0][1]
    assert got[1][0] == 10 and "classes 0 to 9" in got[1][1]
    assert got[2][0] == 15 and "needs a conditional model" in got[2][1]
    assert got[3][0] == 16 and "'z' has 2 numbers, but model 'mnist-vae' has a latent size of 16" in got[3][1]
    assert got[4][0] == 21 and "'80'" in got[4][1] and "did you mean '8'" in got[4][1]
    assert got[5][0] == 26 and "16 sliders" in got[5][1]
    assert got[6][0] == 31 and "conditional" in got[6][1] and "'label'" in got[6][1]
    assert len(got) == 7  # the correct z and label of the last step are not reported


def test_compare_checks_every_pane(tmp_path):
    text = ('title = "x"\n[[steps]]\ncaption = "a"\ncompare = ["mnist-vae", "mnist-gan"]\n'
            'z = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]\n'
            '[[steps]]\ncaption = "b"\ncompare = ["mnist-gan", "mnist-cgan"]\nlabel = "4"\n')
    problems = check_lesson(_write(tmp_path, text), KNOWN)
    # 16 numbers fit the VAE but not the GAN; a label is fine when one pane is conditional
    assert [p.message for p in problems] == [
        "step 1: 'z' has 16 numbers, but model 'mnist-gan' has a latent size of 64"]


def test_classifiers_are_not_generators(tmp_path):
    known = dict(KNOWN, **{"mnist-classifier": _info("mnist-classifier", "classifier", 0, DIGITS, "mnist")})
    text = 'title = "x"\n[[steps]]\ncaption = "a"\nmodel = "mnist-classifier"\n'
    [problem] = check_lesson(_write(tmp_path, text), known)
    assert problem.line == 4 and "classifier" in problem.message


# ---------------------------------------------------------------------------------------
# latentlab lesson check


@pytest.fixture
def installed(monkeypatch):
    from latentlab.core import zoo

    monkeypatch.setattr(zoo, "list_models", lambda *a, **k: list(KNOWN.values()))


def test_run_lesson_check_ok(tmp_path, installed, capsys):
    good = _write(tmp_path, GOOD, "good.toml")
    assert run_lesson_check(Namespace(files=[str(good)])) == 0
    out, err = capsys.readouterr()
    assert out == f"OK: {good} (2 steps)\n"
    assert err == ""


def test_run_lesson_check_reports_problems_and_fails(tmp_path, installed, capsys):
    good = _write(tmp_path, GOOD, "good.toml")
    bad = _write(tmp_path, MODELS_TEXT.replace('label = "7"', 'labl = "7"'), "bad.toml")
    assert run_lesson_check(Namespace(files=[str(good), str(bad)])) == 1
    out, err = capsys.readouterr()
    assert out == f"OK: {good} (2 steps)\n"
    lines = err.strip().split("\n")
    assert len(lines) == 3
    for line in lines:
        assert re.fullmatch(rf"{re.escape(str(bad))}:\d+: step \d: .+", line), line
    assert lines[0] == f"{bad}:9: step 2: model 'mnist-vea' is not installed; did you mean 'mnist-vae'?"
    assert lines[2].endswith("unknown key 'labl'; did you mean 'label'?")


def test_run_lesson_check_folder_and_missing_file(tmp_path, installed, capsys):
    _write(tmp_path, GOOD, "a.toml")
    _write(tmp_path, GOOD, "b.toml")
    assert run_lesson_check(Namespace(files=[str(tmp_path)])) == 0
    assert capsys.readouterr().out.count("OK: ") == 2
    assert run_lesson_check(Namespace(files=[str(tmp_path / "gone.toml")])) == 1
    assert capsys.readouterr().err == f"{tmp_path / 'gone.toml'}: file not found\n"


def test_run_lesson_check_bundled_lessons(installed, capsys):
    assert run_lesson_check(Namespace(files=[str(p) for p in bundled_lessons()])) == 0
    out, err = capsys.readouterr()
    assert out.count("OK: ") == len(EXPECTED_LESSONS) and err == ""


def test_run_lesson_check_without_models_skips_model_checks(tmp_path, monkeypatch, capsys):
    from latentlab.core import zoo

    monkeypatch.setattr(zoo, "list_models", lambda *a, **k: [])
    path = _write(tmp_path, MODELS_TEXT)
    assert run_lesson_check(Namespace(files=[str(path)])) == 0
    out, err = capsys.readouterr()
    assert out == f"OK: {path} (4 steps)\n"
    assert len(err.strip().split("\n")) == 1 and "not checked" in err


# ---------------------------------------------------------------------------------------
# recording steps

_nonblank = st.text(min_size=1, max_size=30).filter(lambda s: s.strip())
_seeds = st.integers(0, L.MAX_SEED)
_floats = st.floats(allow_nan=False, allow_infinity=False)


@st.composite
def _paths(draw):
    seeds = draw(st.lists(_seeds, min_size=2, max_size=5))
    n = len(seeds) - 1
    path = {"seeds": seeds}
    if draw(st.booleans()):
        path["mode"] = draw(st.sampled_from(L.MODES) | st.lists(st.sampled_from(L.MODES), min_size=n, max_size=n))
    if draw(st.booleans()):
        frames = st.integers(1, L.MAX_FRAMES)
        path["frames"] = draw(frames | st.lists(frames, min_size=n, max_size=n))
    return path


@st.composite
def _states(draw):
    state = draw(st.fixed_dictionaries({"caption": st.text(max_size=200).filter(lambda s: s.strip())}, optional={
        "title": st.text(max_size=30),
        "seed": _seeds,
        "z": st.lists(_floats | st.integers(-10**6, 10**6), min_size=1, max_size=8),
        "label": _nonblank | st.integers(0, 1000),
        "truncation": st.floats(0.0, 2.0, exclude_min=True),
        "panels": st.lists(st.sampled_from(L.PANELS), max_size=4),
        "animate": st.booleans(),
        "grid": st.booleans(),
        "highlight": st.sampled_from(L.HIGHLIGHTS),
        "path": _paths(),
        "training": st.fixed_dictionaries({}, optional={
            "preset": st.sampled_from(L.TRAINING_PRESETS),
            "kind": st.sampled_from(L.training_kinds()),
            "dataset": _nonblank,
        }),
    }))
    which = draw(st.sampled_from(["none", "model", "compare"]))
    if which == "model":
        state["model"] = draw(_nonblank)
    elif which == "compare":
        state["compare"] = draw(st.lists(_nonblank, min_size=2, max_size=4, unique=True))
    if which == "compare":
        if draw(st.booleans()):
            state["view"] = "compare.view"
    elif draw(st.booleans()):
        state["view"] = draw(st.sampled_from(L.VIEWS))
    basis = draw(st.none() | st.sampled_from(L.BASES))
    if basis is not None:
        state["basis"] = basis
    if draw(st.booleans()):
        options = st.integers(0, 10**6)
        if basis in (None, "class"):
            pair = st.tuples(_nonblank.filter(lambda s: "->" not in s and "→" not in s),
                             _nonblank.filter(lambda s: "->" not in s and "→" not in s))
            options |= pair.filter(lambda p: p[0].strip() != p[1].strip()).map(lambda p: f"{p[0]} -> {p[1]}")
        if basis in (None, "attribute"):
            options |= st.sampled_from(L.attribute_names())
        state["direction"] = draw(options)
    return state


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_states())
def test_step_from_state_round_trips(state):
    text = step_from_state(state)
    assert text.startswith("[[steps]]\n") and text.endswith("\n")
    lesson = parse_lesson('title = "t"\n' + text)
    [step] = lesson.steps
    got = step.to_dict()
    expected = dict(state)
    if "z" in expected:
        expected["z"] = [float(x) for x in expected["z"]]
        # exact bits, sign of zero included (== would accept -0.0 for 0.0)
        assert [x.hex() for x in got["z"]] == [x.hex() for x in expected["z"]]
    if "truncation" in expected:
        assert got["truncation"].hex() == float(expected["truncation"]).hex()
    assert got == expected
    assert list(got) == [k for k in L.STEP_KEYS if k in got]  # written in schema order
    # and the recorded text is itself a valid step in a longer lesson
    assert len(parse_lesson(GOOD + "\n" + text).steps) == 3


def test_step_from_state_escapes_strings():
    caption = 'He said "hi" \\ then\n\ttabbed\x00\x1f\x7f — ψ'
    text = step_from_state({"caption": caption, "label": 'T-shirt/top "x"'})
    assert "\x00" not in text and "\x7f" not in text and text.count("\n") == 3
    step = parse_lesson('title = "t"\n' + text).steps[0]
    assert step.caption == caption and step.label == 'T-shirt/top "x"'


def test_step_from_state_accepts_app_values_and_drops_none():
    state = {"caption": "c", "model": "mnist-vae", "label": None, "seed": np.int64(5),
             "z": np.array([0.25, -1.5], dtype=np.float32), "truncation": np.float32(0.5),
             "grid": np.bool_(True), "path": {"seeds": (1, 2), "mode": "lerp"}}
    step = parse_lesson('title = "t"\n' + step_from_state(state)).steps[0]
    assert step.to_dict() == {"caption": "c", "model": "mnist-vae", "seed": 5, "z": [0.25, -1.5],
                              "truncation": 0.5, "path": {"seeds": [1, 2], "mode": "lerp"}, "grid": True}


@pytest.mark.parametrize("state, words", [
    ({"model": "mnist-vae"}, "missing 'caption'"),
    ({"caption": "c", "sed": 3}, "did you mean 'seed'"),
    ({"caption": "c", "z": [0.0, math.nan]}, "inf or nan"),
    ({"caption": "c", "truncation": 0.0}, "'truncation'"),
    ({"caption": "c", "path": {"seeds": [1]}}, "at least 2 seeds"),
    ({"caption": "c", "line": 3}, "unknown key 'line'"),
])
def test_step_from_state_rejects_invalid_states(state, words):
    with pytest.raises(LessonError, match=re.escape(words)):
        step_from_state(state)


def test_append_step_creates_then_appends(tmp_path):
    path = tmp_path / "sub" / "my-new_lesson.toml"
    append_step(path, {"caption": "First.", "model": "mnist-vae", "seed": 3})
    lesson = load_lesson(path)
    assert lesson.title == "My new lesson" and [s.seed for s in lesson.steps] == [3]
    append_step(path, {"caption": "Second.", "seed": 4, "view": "explorer.image"})
    lesson = load_lesson(path)
    assert [s.seed for s in lesson.steps] == [3, 4]
    assert lesson.steps[1].to_dict() == {"caption": "Second.", "view": "explorer.image", "seed": 4}
    assert check_lesson(path, KNOWN) == []


def test_append_step_keeps_existing_text_and_needs_a_valid_state(tmp_path):
    path = _write(tmp_path, GOOD.rstrip("\n"))  # no final newline
    append_step(path, {"caption": "Third.", "seed": 9}, title="ignored")
    text = path.read_text(encoding="utf-8")
    assert text.startswith(GOOD.rstrip("\n") + "\n") and "ignored" not in text
    assert [s.seed for s in load_lesson(path).steps] == [1, 2, 9]
    with pytest.raises(LessonError):
        append_step(path, {"seed": 10})
    assert path.read_text(encoding="utf-8") == text  # a rejected step leaves the file alone


def test_lesson_step_models_property():
    assert LessonStep(caption="c", model="a").models == ["a"]
    assert LessonStep(caption="c", compare=["a", "b"]).models == ["a", "b"]
    assert LessonStep(caption="c").models == []


def test_old_short_names_are_read_as_ids_in_the_steps_view():
    lesson = parse_lesson('title = "t"\n[[steps]]\ncaption = "a"\nmodel = "m"\nview = "explorer"\n'
                          'panels = ["sliders", "path"]\nhighlight = "seed"\n'
                          '[[steps]]\ncaption = "b"\ncompare = ["m", "n"]\npanels = ["sliders"]\nhighlight = "fid"\n'
                          '[[steps]]\ncaption = "c"\nview = "training"\npanels = ["evidence"]\nhighlight = "grid"\n')
    a, b, c = lesson.steps
    assert (a.view, a.panels, a.highlight) == ("explorer.image", ["explorer.sliders", "latent.path"], "explorer.seed")
    assert (b.panels, b.highlight) == (["compare.sliders"], "compare.fid")  # the compare view's own
    assert (c.view, c.panels, c.highlight) == ("training.panel", ["training.coverage"], "training.grid")
    with pytest.raises(LessonError, match="unknown highlight 'fidd'; did you mean 'fid'"):
        parse_lesson('title = "t"\n[[steps]]\ncaption = "a"\ncompare = ["m", "n"]\nhighlight = "fidd"\n')
