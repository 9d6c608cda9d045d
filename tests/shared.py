"""The team's shared folder next to the clone (``../shared``): the seed story and the research
example sets some tests check against. Looked for from the repository upwards, so a git worktree
nested deeper finds it too; where it is absent, the module that needs it skips, saying so."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def shared_file(relative: str) -> Path:
    """``../shared/<relative>`` from the nearest ancestor of the repository that has it."""
    for parent in REPO.parents:
        candidate = parent / "shared" / relative
        if candidate.is_file():
            return candidate
    pytest.skip(f"../shared/{relative} not found next to the repository", allow_module_level=True)
