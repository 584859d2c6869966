"""One exception → one line (and details) for every window, the renderer and the command line."""

from __future__ import annotations

import pytest

from latentlab.core.errors import error_details, error_message, is_cancellation


def test_messages_written_for_people_stand_alone():
    from latentlab.core.checkpoint import CheckpointError

    assert error_message(CheckpointError("netG.pth: no known generator")) == "netG.pth: no known generator"
    assert error_message(ValueError("latent has 3 values")) == "latent has 3 values"
    assert error_message(FileNotFoundError(2, "No such file", "x.png")).endswith("'x.png'")


def test_other_errors_keep_their_class_name_and_only_the_first_line():
    assert error_message(KeyError("decoder.0.weight")) == "KeyError: 'decoder.0.weight'"
    assert error_message(RuntimeError("shape mismatch\nat layer 3")) == "RuntimeError: shape mismatch"
    assert error_message(RuntimeError()) == "RuntimeError"


def test_details_hold_the_full_text_and_the_traceback():
    try:
        raise RuntimeError("shape mismatch\nat layer 3")
    except RuntimeError as exc:
        details = error_details(exc)
    assert "at layer 3" in details and "Traceback" in details and "test_errors.py" in details


@pytest.mark.parametrize("name, expected", [("InversionCancelled", True), ("MetricsCancelled", True),
                                            ("CancelledError", False), ("ValueError", False)])
def test_cancellation_is_recognised_by_name(name, expected):
    assert is_cancellation(type(name, (Exception,), {})()) is expected
