"""openapi-python-client's own end-to-end specs, rendered with the project's templates.

The specs (tests/corpus/, MIT, see tests/corpus/README.md) exercise every construct the
stock generator handles. Rendered with the project's config and templates (spec validation
and --fail-on-warning off, exactly as for the stock templates they are compared with),
every generated module must import and pass mypy --strict, and every model must decode a
sample document and write back the same JSON as the stock templates' model does. The enums
spec is rendered twice: as is, and with the generator's `literal_enums` option.
"""

from __future__ import annotations

import datetime
import importlib
import json
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import yaml  # type: ignore[import-untyped]
from openapi_python_client.strings import ClassName

from .template_render import import_all, render, run_mypy
from .template_samples import Skip, sample

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).resolve().parent / "corpus"
SPECS = {
    "v30": "baseline_openapi_3.0.json",
    "v31": "baseline_openapi_3.1.yaml",
    "enums": "openapi_3.1_enums.yaml",
    "literal_enums": "openapi_3.1_enums.yaml",  # with the generator's literal_enums option
}
EXTRA_CONFIG = {"literal_enums": "literal_enums: true\n"}


def load(name: str) -> dict[str, Any]:
    text = (CORPUS / name).read_text()
    return json.loads(text) if name.endswith(".json") else yaml.safe_load(text)  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    """Each spec rendered by the project's templates ("ours") and the stock ones, two at a time."""
    root = tmp_path_factory.mktemp("corpus")
    jobs = [(key, flavour) for key in SPECS for flavour in ("ours", "stock")]

    def one(job: tuple[str, str]) -> Path:
        key, flavour = job
        out = root / f"{flavour}_{key}"
        proc = render(
            CORPUS / SPECS[key],
            out,
            package=f"{flavour}_{key}",
            stock=flavour == "stock",
            extra_config=EXTRA_CONFIG.get(key, ""),
        )
        assert proc.returncode == 0, f"{job}: {proc.stdout}{proc.stderr}"
        return out

    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(jobs, pool.map(one, jobs), strict=True))


@pytest.mark.parametrize("key", SPECS)
def test_every_generated_module_imports(rendered: dict[tuple[str, str], Path], key: str) -> None:
    assert import_all(rendered[key, "stock"], f"stock_{key}") == {}  # the reference imports
    assert import_all(rendered[key, "ours"], f"ours_{key}") == {}


@pytest.mark.parametrize("key", SPECS)
def test_generated_package_passes_mypy(rendered: dict[tuple[str, str], Path], key: str) -> None:
    proc = run_mypy(rendered[key, "ours"], f"ours_{key}")
    assert proc.returncode == 0, proc.stdout[-3000:]


_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2}.*)$")


def normalize(value: Any) -> Any:
    """JSON with date-times in one spelling (ours writes `Y-m-d H:i:s`, stock `Y-m-dTH:i:s`)."""
    if isinstance(value, dict):
        return {k: normalize(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalize(v) for v in value]
    if isinstance(value, str) and (m := _DATETIME.match(value)):
        return f"{m[1]} {m[2]}"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


@pytest.mark.parametrize("key", SPECS)
def test_models_round_trip_like_stock(rendered: dict[tuple[str, str], Path], key: str) -> None:
    assert import_all(rendered[key, "stock"], f"stock_{key}") == {}
    assert import_all(rendered[key, "ours"], f"ours_{key}") == {}
    stock = importlib.import_module(f"stock_{key}.models")
    ours = importlib.import_module(f"ours_{key}.models")
    spec = load(SPECS[key])
    compared, differences = 0, []
    for name, schema in spec["components"]["schemas"].items():
        cls_name = ClassName(name, "")
        stock_cls: Any
        our_cls: Any
        stock_cls, our_cls = getattr(stock, cls_name, None), getattr(ours, cls_name, None)
        if not hasattr(stock_cls, "from_dict") or not hasattr(our_cls, "from_dict"):
            continue  # an enum, or a schema that is not a model
        for variant in (0, 1):
            try:
                document = sample(spec, schema, variant)
                expected = stock_cls.from_dict(document).to_dict()
            except (Skip, Exception):  # the stock model cannot take this sample: no reference
                continue
            try:
                got = our_cls.from_dict(document).to_dict()
            except Exception as exc:
                differences.append(f"{name}[{variant}]: {type(exc).__name__}: {exc}")
                continue
            compared += 1
            if normalize(got) != normalize(expected):
                differences.append(f"{name}[{variant}]: {got!r} != stock {expected!r}")
    assert not differences, "\n".join(differences)
    print(f"{key}: {compared} documents compared")
    assert compared >= 2, f"only {compared} documents compared"
