"""A first run that teaches: the teaching model, lessons in teaching order, highlights a model
can show, and ``latentlab MODEL`` as a shorthand."""

from __future__ import annotations

import argparse

import pytest

from latentlab import cli
from latentlab.core.lessons import bundled_lessons, check_lesson, load_lesson, parse_lesson
from latentlab.core.zoo import first_teaching_model, list_models

LESSON = """
title = "Truncation"
order = {order}

[[steps]]
caption = "Pull the numbers towards the centre."
model = "{model}"
truncation = 0.5
highlight = "explorer.truncation"
"""


def test_bundled_lessons_declare_a_teaching_order():
    lessons = [load_lesson(p) for p in bundled_lessons()]
    orders = [lesson.order for lesson in lessons]
    assert all(isinstance(o, int) for o in orders) and len(set(orders)) == len(orders)
    first = min(lessons, key=lambda lesson: lesson.order)
    assert first.path.name == "what-is-a-latent-space.toml"


@pytest.mark.parametrize("bad", ["0", "-2", '"first"', "1.5"])
def test_order_must_be_a_positive_whole_number(bad):
    with pytest.raises(Exception, match="'order' must be a whole number"):
        parse_lesson(LESSON.format(order=bad, model="mnist-gan"))


def test_lesson_check_flags_a_highlight_the_model_cannot_show(tmp_path):
    known = {i.name: i for i in list_models()}
    vae = tmp_path / "vae.toml"
    vae.write_text(LESSON.format(order=1, model="mnist-vae"), encoding="utf-8")
    problems = check_lesson(vae, known)
    assert len(problems) == 1
    assert "explorer.truncation" in problems[0].message and "mnist-vae" in problems[0].message
    assert problems[0].line == 9  # the step's highlight line
    gan = tmp_path / "gan.toml"
    gan.write_text(LESSON.format(order=1, model="mnist-gan"), encoding="utf-8")
    assert check_lesson(gan, known) == []


def test_bundled_lessons_check_clean_against_the_real_models():
    known = {i.name: i for i in list_models()}
    for path in bundled_lessons():
        assert check_lesson(path, known) == [], path.name


def test_first_run_model_is_declared_not_sorted_first():
    infos = list_models()
    assert infos[0].name != "mnist-vae"  # sorting alone would pick another model
    first = first_teaching_model(infos)
    assert first is not None and first.name == "mnist-vae" and first.teaching_order == 1
    # without any declared order: the first bundled generator, never a classifier
    for info in infos:
        info.card.pop("teaching_order", None)
    first = first_teaching_model(infos)
    assert first is not None and first.generates and first.source == "bundled"
    assert first_teaching_model([]) is None


def _commands() -> set[str]:
    parser = cli.build_parser()
    return set(next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices)


def test_a_model_name_or_file_alone_opens_the_gui(tiny_vae_file):
    commands = _commands()
    assert cli._model_shorthand(["mnist-vae"], commands) == ["gui", "mnist-vae"]
    assert cli._model_shorthand(["--device", "cpu", "mnist-vae"], commands) == ["--device", "cpu", "gui", "mnist-vae"]
    assert cli._model_shorthand([str(tiny_vae_file)], commands) == ["gui", str(tiny_vae_file)]
    # subcommands, option values and unknown words are left alone
    assert cli._model_shorthand(["models", "--json"], commands) == ["models", "--json"]
    assert cli._model_shorthand(["--lesson", "x.toml"], commands) == ["--lesson", "x.toml"]
    assert cli._model_shorthand(["no-such-model"], commands) == ["no-such-model"]
    args = cli.build_parser().parse_args(cli._model_shorthand(["mnist-vae"], commands))
    assert args.func is cli.cmd_gui and args.model == "mnist-vae"


COMPARE_CLASS = """
title = "Classes side by side"

[[steps]]
caption = "Pick the class both models draw."
compare = ["{a}", "{b}"]
highlight = "compare.class"
"""


def test_lesson_check_flags_a_compare_class_selector_no_compared_model_has(tmp_path):
    known = {i.name: i for i in list_models()}
    path = tmp_path / "plain.toml"
    path.write_text(COMPARE_CLASS.format(a="mnist-vae", b="mnist-gan"), encoding="utf-8")
    [problem] = check_lesson(path, known)
    assert "compare.class" in problem.message and "'mnist-vae' and 'mnist-gan'" in problem.message
    assert "none of the compared models" in problem.message and problem.line == 7  # the highlight line
    # one conditional model is enough: the compare view shows its selector
    path.write_text(COMPARE_CLASS.format(a="mnist-vae", b="mnist-cgan"), encoding="utf-8")
    assert check_lesson(path, known) == []


def test_lesson_check_flags_the_explorer_class_selector_of_an_unconditional_model(tmp_path):
    known = {i.name: i for i in list_models()}
    path = tmp_path / "class.toml"
    text = 'title = "t"\n\n[[steps]]\ncaption = "a"\nmodel = "{m}"\nhighlight = "explorer.class"\n'
    path.write_text(text.format(m="mnist-gan"), encoding="utf-8")
    [problem] = check_lesson(path, known)
    assert "explorer.class" in problem.message and "'mnist-gan' is not conditional" in problem.message
    path.write_text(text.format(m="mnist-cgan"), encoding="utf-8")
    assert check_lesson(path, known) == []


def test_a_step_can_start_a_registered_action_and_a_wrong_one_is_named():
    step = parse_lesson('title = "t"\n[[steps]]\ncaption = "a"\nrun = "anomaly.run"\n').steps[0]
    assert step.run == "anomaly.run" and step.to_dict()["run"] == "anomaly.run"
    with pytest.raises(Exception, match=r"unknown action 'anomaly.rum' for 'run'; did you mean 'anomaly.run'\?"):
        parse_lesson('title = "t"\n[[steps]]\ncaption = "a"\nrun = "anomaly.rum"\n')
    with pytest.raises(Exception, match="'run' starts 'anomaly.run' in the explorer, but this step shows "
                                        "'compare.view'"):
        parse_lesson('title = "t"\n[[steps]]\ncaption = "a"\ncompare = ["a", "b"]\nrun = "anomaly.run"\n')


def test_the_anomaly_lesson_scores_by_itself_in_the_run_it_step():
    lesson = load_lesson(next(p for p in bundled_lessons() if p.name == "anomaly-detection.toml"))
    runs = {s.id: s.run for s in lesson.steps if s.run}
    assert runs == {"run-it": "anomaly.run"}
    for lang in ("cs", "zh_CN", "zh_TW"):  # and the caption no longer asks anyone to press Score
        step = next(s for s in load_lesson(lesson.path, lang=lang).steps if s.id == "run-it")
        assert step.caption != next(s for s in lesson.steps if s.id == "run-it").caption, lang
