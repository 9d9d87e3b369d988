"""The ``slow`` marker selects the slow runs, so ``make test-fast`` (``-m "not slow"``) skips
them while ``make test`` and CI run everything."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

SLOW_MODULES = ["tests.test_properties", "tests.integration.test_faults"]


def _marks(module: object) -> list[pytest.Mark]:
    marks = getattr(module, "pytestmark", [])
    return list(marks) if isinstance(marks, list) else [marks]


@pytest.mark.parametrize("name", SLOW_MODULES)
def test_fault_and_property_runs_are_marked_slow(name: str) -> None:
    assert any(mark.name == "slow" for mark in _marks(importlib.import_module(name)))


def test_make_and_nox_run_the_fast_loop_by_marker() -> None:
    makefile = (ROOT / "Makefile").read_text()
    fast = re.search(r"^test-fast:.*\n\t(.*)$", makefile, flags=re.M)
    assert fast is not None and fast.group(1).endswith('pytest -q -m "not slow"')
    whole = re.search(r"^test:.*\n\t(.*)$", makefile, flags=re.M)
    assert whole is not None and whole.group(1).endswith("pytest -q")  # everything
    assert '"-m", "not slow"' in (ROOT / "noxfile.py").read_text()
