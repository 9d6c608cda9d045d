"""Every golden case: the extractor's output must equal expected.json, field by field."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.golden import all_cases, load_case, to_jsonable


@pytest.mark.parametrize("path", all_cases(), ids=lambda p: p.name)
def test_extractor_matches_golden_file(path: Path) -> None:
    case = load_case(path)
    expected = case.expected()
    actual = to_jsonable(case.extract())
    wrong = [
        f"{key}:\n    expected {expected.get(key)!r}\n    actual   {actual.get(key)!r}"
        for key in sorted(set(expected) | set(actual))
        if expected.get(key) != actual.get(key)
    ]
    assert not wrong, (
        f"{case.name} ({case.note}):\n  "
        + "\n  ".join(wrong)
        + ("\n(if the change is intended: python -m tests.golden update " + case.name + ")")
    )


def test_there_are_enough_cases() -> None:
    assert len(all_cases()) >= 12
