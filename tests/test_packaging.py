"""The built distributions: the wheel holds the package and nothing else; both carry LICENSE.

Builds with ``python -m build --no-isolation`` (``build`` and ``hatchling`` are in the dev
extra), so the test needs no network; ~3 s here, so it is not marked slow. With
``CUSTOMERS_API_DIST=dir`` it checks the wheel and sdist already built in ``dir`` instead:
the release workflow runs it on what it publishes (``pytest --noconftest``: it needs only
pytest).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
WHEEL_DIR = f"customers_api-{VERSION}.dist-info"
SDIST_DIR = f"customers_api-{VERSION}"


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("CUSTOMERS_API_DIST")
    if given:
        return Path(given)
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return out


def test_wheel_holds_the_package_typed_and_licensed(dist: Path) -> None:
    (wheel,) = dist.glob("*.whl")
    assert wheel.name == f"customers_api-{VERSION}-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        meta = archive.read(f"{WHEEL_DIR}/METADATA").decode()
        init = archive.read("customers_api/_version.py").decode()
    tops = {name.split("/", 1)[0] for name in names}
    assert tops == {"customers_api", WHEEL_DIR}, tops
    assert not [n for n in names if n.split("/")[0] in ("tests", "bench", "examples", "codegen")]
    assert "customers_api/py.typed" in names
    assert "customers_api/testing/__init__.py" in names  # the fake ships, behind [testing]
    assert f"{WHEEL_DIR}/licenses/LICENSE" in names
    assert re.findall(r'^__version__ = "(.*)"$', init, re.MULTILINE) == [VERSION]
    headers = Parser().parsestr(meta)
    assert (headers["Name"], headers["Version"]) == ("customers-api", VERSION)
    assert headers["License-Expression"] == "MIT"
    assert "Typing :: Typed" in headers.get_all("Classifier", [])
    assert any(url.startswith("API, https://") for url in headers.get_all("Project-URL", []))


def test_sdist_carries_the_license(dist: Path) -> None:
    (sdist,) = dist.glob("*.tar.gz")
    assert sdist.name == f"{SDIST_DIR}.tar.gz"
    with tarfile.open(sdist) as archive:
        names = archive.getnames()
    assert f"{SDIST_DIR}/LICENSE" in names
    assert f"{SDIST_DIR}/customers_api/py.typed" in names
    assert not [n for n in names if "/.venv/" in n or "/.git/" in n or n.endswith(".pyc")]


def test_license_file_is_the_mit_text() -> None:
    text = (ROOT / "LICENSE").read_text()
    assert text.startswith("MIT License") and "WITHOUT WARRANTY OF ANY KIND" in text
