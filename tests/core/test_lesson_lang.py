"""Lessons in Czech and Chinese: language files beside the English lesson, per-step fallback,
and what ``latentlab lesson check`` says about them."""

from __future__ import annotations

import argparse
import textwrap

import pytest

from latentlab.core.lessons import (
    LANGUAGES,
    LessonError,
    bundled_lessons,
    check_language_file,
    language_file,
    lesson_language,
    load_lesson,
    parse_lesson,
    run_lesson_check,
)

ENGLISH = textwrap.dedent("""\
    title = "Two steps"

    [[steps]]
    id = "first"
    title = "First"
    caption = "The first caption."
    model = "mnist-vae"
    seed = 1

    [[steps]]
    id = "second"
    caption = "The second caption."
    seed = 2
    """)


def _lesson(tmp_path, english: str = ENGLISH, **languages: str):
    path = tmp_path / "two.toml"
    path.write_text(english, encoding="utf-8")
    for lang, text in languages.items():
        target = language_file(path, lang)
        target.parent.mkdir(exist_ok=True)
        target.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def _check(capsys, *files) -> tuple[int, str, str]:
    rc = run_lesson_check(argparse.Namespace(files=[str(f) for f in files]))
    out, err = capsys.readouterr()
    return rc, out, err


@pytest.mark.parametrize("name", [p.stem for p in bundled_lessons()])
def test_every_bundled_lesson_is_translated_step_by_step(name):
    path = next(p for p in bundled_lessons() if p.stem == name)
    english = load_lesson(path)
    for lang in LANGUAGES[1:]:
        assert check_language_file(language_file(path, lang)) == [], lang
        lesson = load_lesson(path, lang=lang)
        assert lesson.language == lang and lesson.title != english.title
        for i, (ours, theirs) in enumerate(zip(lesson.steps, english.steps)):
            # Real text in every step (no fallback), and the same action.
            assert ours.caption != theirs.caption and ours.title != theirs.title, f"{lang} step {i + 1}"
            assert {**ours.to_dict(), "caption": "", "title": ""} == {**theirs.to_dict(), "caption": "", "title": ""}


def test_bundled_lessons_pass_lesson_check_in_every_language(capsys):
    folder = bundled_lessons()[0].parent
    rc, out, err = _check(capsys, folder)
    assert rc == 0, err
    assert out.count("text in cs, zh_CN, zh_TW") == len(bundled_lessons())


def test_the_field_s_usual_terms_are_used():
    path = next(p for p in bundled_lessons() if p.stem == "vae-vs-gan")
    for lang, terms in {"cs": ("kodér", "dekodér", "diskriminátor", "kolaps módů", "latentní prostor"),
                        "zh_CN": ("编码器", "解码器", "判别器", "模式崩溃", "潜在空间"),
                        "zh_TW": ("編碼器", "解碼器", "判別器", "模式崩潰", "潛在空間")}.items():
        text = " ".join(s.caption + " " + (s.title or "") for s in load_lesson(path, lang=lang).steps).lower()
        for term in terms:
            assert term in text, (lang, term)


def test_fallback_to_english_per_step(tmp_path):
    path = _lesson(tmp_path, cs="""\
        [steps.second]
        caption = "Druhý popisek."
        """)
    lesson = load_lesson(path, lang="cs")
    assert lesson.language == "cs"
    assert lesson.title == "Two steps"  # the Czech file has no title: English
    assert [s.caption for s in lesson.steps] == ["The first caption.", "Druhý popisek."]
    assert lesson.steps[0].title == "First"
    # A language without a file, and English, leave the lesson as it is.
    assert load_lesson(path, lang="zh_CN").steps[1].caption == "The second caption."
    assert load_lesson(path, lang="zh_CN").language == "en"
    assert load_lesson(path).steps[1].caption == "The second caption."


def test_a_translation_cannot_change_what_a_step_does(tmp_path, capsys):
    path = _lesson(tmp_path, zh_CN="""\
        title = "两步"
        [steps.first]
        caption = "第一步。"
        seed = 99
        [steps.second]
        caption = "第二步。"
        """)
    lesson = load_lesson(path, lang="zh_CN")
    assert lesson.steps[0].seed == 1 and lesson.steps[0].caption == "第一步。"
    rc, _, err = _check(capsys, path)
    assert rc == 1
    assert "zh_CN/two.toml:4: unknown key 'seed' in step 'first'" in err


def test_missing_and_extra_steps_are_reported_with_their_lines(tmp_path, capsys):
    path = _lesson(tmp_path, cs="""\
        title = "Dva kroky"

        [steps.first]
        caption = "První."

        [steps.thrid]
        caption = "Překlep v id."
        """)
    rc, out, err = _check(capsys, path)
    assert rc == 1 and "OK" not in out
    assert "cs/two.toml:6: extra step 'thrid'" in err
    assert "missing step 'second' (step 2): it has no Czech text" in err


def test_bad_values_and_a_missing_title_are_reported(tmp_path):
    path = _lesson(tmp_path, zh_TW="""\
        [steps.first]
        title = 3
        [steps.second]
        title = "第二步"
        """)
    messages = [p.message for p in check_language_file(language_file(path, "zh_TW"))]
    assert any("'title' in step 'first' must be non-empty text" in m for m in messages)
    assert any("step 'second' has no 'caption'" in m for m in messages)
    assert any("missing 'title'" in m for m in messages)


def test_a_language_file_without_its_english_lesson(tmp_path, capsys):
    (tmp_path / "cs").mkdir()
    orphan = tmp_path / "cs" / "gone.toml"
    orphan.write_text('title = "Pryč"\n', encoding="utf-8")
    _lesson(tmp_path, cs='title = "Dva kroky"\n[steps.first]\ncaption = "A."\n[steps.second]\ncaption = "B."\n')
    rc, out, err = _check(capsys, tmp_path)  # a folder: its lessons and its orphans
    assert rc == 1
    assert "cs/gone.toml: no English lesson 'gone.toml'" in err
    assert "OK: " in out and "two.toml (2 steps; text in cs)" in out
    rc, _, err = _check(capsys, orphan)  # named on its own
    assert rc == 1 and "no English lesson" in err


def test_steps_without_ids_are_addressed_by_number(tmp_path):
    english = ENGLISH.replace('id = "first"\n', "").replace('id = "second"\n', "")
    path = _lesson(tmp_path, english, cs='title = "Dva"\n[steps.1]\ncaption = "Jedna."\n[steps.2]\ncaption = "Dva."\n')
    assert [s.caption for s in load_lesson(path, lang="cs").steps] == ["Jedna.", "Dva."]
    assert check_language_file(language_file(path, "cs")) == []


def test_step_ids_are_checked():
    with pytest.raises(LessonError, match="id 'a' is already step 1's"):
        parse_lesson('title = "t"\n[[steps]]\nid = "a"\ncaption = "x"\n[[steps]]\nid = "a"\ncaption = "y"\n')
    with pytest.raises(LessonError, match="'id' must be lower-case letters"):
        parse_lesson('title = "t"\n[[steps]]\nid = "Has Space"\ncaption = "x"\n')
    with pytest.raises(LessonError, match="'id' must be"):
        parse_lesson('title = "t"\n[[steps]]\nid = "12"\ncaption = "x"\n')  # numbers address steps without ids


@pytest.mark.parametrize("name, lang", [
    ("cs", "cs"), ("cs_CZ", "cs"), ("cs_CZ.UTF-8", "cs"), ("cs-CZ", "cs"),
    ("zh_CN", "zh_CN"), ("zh", "zh_CN"), ("zh_Hans_CN", "zh_CN"), ("zh-SG", "zh_CN"), ("zh-Hans-HK", "zh_CN"),
    ("zh_TW", "zh_TW"), ("zh-TW", "zh_TW"), ("zh_Hant_TW", "zh_TW"), ("zh-HK", "zh_TW"), ("zh-Hant", "zh_TW"),
    ("en_GB", "en"), ("de_DE", "en"), ("C", "en"), ("", "en"), (None, "en"),
])
def test_locale_names_map_to_lesson_languages(name, lang):
    assert lesson_language(name) == lang


def test_load_lesson_takes_a_locale_name(tmp_path):
    path = _lesson(tmp_path, zh_TW='title = "兩步"\n[steps.first]\ncaption = "一。"\n[steps.second]\ncaption = "二。"\n')
    assert load_lesson(path, lang="zh_Hant_TW").steps[1].caption == "二。"


def test_a_toml_error_in_a_language_file_names_its_line(tmp_path):
    path = _lesson(tmp_path, cs='title = "Dva"\n[steps.first]\ncaption = "nedokončený\n')
    (problem,) = check_language_file(language_file(path, "cs"))
    assert problem.line == 3 and problem.message.startswith("not valid TOML")
    assert load_lesson(path, lang="cs").steps[0].caption == "The first caption."  # the class goes on in English
