"""The ``slow`` marker selects the slow runs, so ``make test-fast`` (``-m "not slow"``) skips
them while ``make test`` and CI run everything."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: the fault runs, the property runs, the regeneration runs
SLOW_FILES = [
    "tests/test_properties.py",
    "tests/integration/test_faults.py",
    "tests/integration/test_regeneration.py",
]


def _collect(*args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return result.stdout


def test_not_slow_deselects_every_fault_property_and_regeneration_run() -> None:
    out = _collect("-m", "not slow", *SLOW_FILES)
    deselected = re.search(r"no tests collected \((\d+) deselected\)", out)
    assert deselected is not None, out  # nothing of these files is left in the fast loop
    assert int(deselected.group(1)) > 100  # ... and they were collected, then deselected


def test_make_and_nox_run_the_fast_loop_by_marker() -> None:
    makefile = (ROOT / "Makefile").read_text()
    fast = re.search(r"^test-fast:.*\n\t(.*)$", makefile, flags=re.M)
    assert fast is not None and fast.group(1).endswith('pytest -q -m "not slow"')
    whole = re.search(r"^test:.*\n\t(.*)$", makefile, flags=re.M)
    assert whole is not None and whole.group(1).endswith("pytest -q")  # everything
    assert '"-m", "not slow"' in (ROOT / "noxfile.py").read_text()
