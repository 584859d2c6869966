"""One resolver from a class name or number to a class index, with errors that list the classes."""

from __future__ import annotations

import pytest

from latentlab.core.labels import LabelError, class_index

FASHION = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]


@pytest.mark.parametrize("label, expected", [(7, 7), ("7", 7), ("Sneaker", 7), ("sneaker", 7), ("Ankle boot", 9)])
def test_names_and_numbers(label, expected):
    assert class_index(label, FASHION) == expected


def test_a_name_wins_over_a_number():
    names = ["9", "8", "7"]
    assert class_index("7", names) == 2 and class_index(1, names) == 1


@pytest.mark.parametrize("label, match", [(10, r"classes are 0\.\.9"), ("10", r"classes are 0\.\.9"),
                                          ("Sneakers", "not a class of this model .*Sneaker"),
                                          (True, "class name or number"), (-1, r"0\.\.9")])
def test_wrong_labels_say_which_classes_there_are(label, match):
    with pytest.raises(LabelError, match=match):
        class_index(label, FASHION)


def test_an_unconditional_model_has_no_classes():
    with pytest.raises(ValueError, match="not conditional"):
        class_index(0, [])
