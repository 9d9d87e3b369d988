"""Parsing: records/s for json.loads alone vs json.loads + the generated models' from_dict.

Bodies: a 100-invoice page (5 lines each) and a 100-customer list page, built by
`bench.data` exactly as the server sends them. Each measurement is timeit-style: a loop
count sized to ~0.1 s, repeated, median per call. The ratio (json.loads + from_dict) /
json.loads is the issue-8 target (<= 2x for the invoice page). A cProfile of from_dict
shows where the time goes.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import io
import json
import pstats
import timeit
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bench import data
from bench.common import Outcome, fmt_num, median, print_table

TARGET_RATIO = 2.0


@dataclass
class ParsingConfig:
    repeat: int = 15
    target_seconds: float = 0.05  # per timed loop
    profile: bool = True
    profile_top: int = 12


def _decode(model: Any, body: bytes | str) -> Any:
    return model.from_dict(json.loads(body))


def _paired(
    base: Callable[[], Any], typed: Callable[[], Any], repeat: int, target: float
) -> tuple[float, float, float]:
    """Per-call seconds of `base` and `typed`, and their ratio, robust to a noisy machine.

    The two are timed alternately (base, typed, base, typed, ...) with one loop count, so
    each pair sees the same machine load; the ratio is the median of per-pair ratios.
    """
    t_base, t_typed = timeit.Timer(base), timeit.Timer(typed)
    number, elapsed = t_typed.autorange()
    number = max(1, int(number * target / max(elapsed, 1e-9)))
    bases, typeds, ratios = [], [], []
    for _ in range(repeat):
        b = t_base.timeit(number) / number
        t = t_typed.timeit(number) / number
        bases.append(b)
        typeds.append(t)
        ratios.append(t / b)
    return median(bases), median(typeds), median(ratios)


def _cases() -> list[tuple[str, bytes, Any, int]]:
    from customers_api._generated.models import ListCustomerInvoicesResponse, ListCustomersResponse

    invoices = data.invoices_page_body(10, 100, 0, 10_000)
    cases = [
        ("invoice page (100 x 5 lines)", invoices, ListCustomerInvoicesResponse, 100),
        ("customer list page (100)", data.customers_page_body(100, 0, 10_000),
         ListCustomersResponse, 100),
    ]  # fmt: skip
    dated = _dated_invoices_model()
    if dated is not None:
        cases.insert(1, ("invoice page, dates typed", invoices, dated, 100))
    return cases


DATE_FIELDS = {"Invoice": ("invoiceDate", "datePaid")}  # documented as Y-m-d


def _dated_invoices_model() -> Any:
    """ListCustomerInvoicesResponse generated (project templates and config) from openapi.json
    with the invoice's Y-m-d fields given `format: date`, so `from_dict` decodes them into
    `datetime.date`. None (row skipped) without the codegen extra."""
    import datetime
    import importlib
    import sys
    import tempfile
    from pathlib import Path

    try:
        from codegen.generate import generate
    except ImportError as exc:
        print(f"(the dated invoice row needs the codegen extra: {exc})")
        return None
    root = Path(__file__).resolve().parent.parent
    spec = json.loads((root / "openapi.json").read_text())
    spec["paths"] = {}  # models only, and only the page's: generation takes a second
    wanted = _closure(spec["components"]["schemas"], "ListCustomerInvoicesResponse")
    spec["components"] = {"schemas": {k: spec["components"]["schemas"][k] for k in wanted}}
    for schema, fields in DATE_FIELDS.items():
        for field in fields:
            spec["components"]["schemas"][schema]["properties"][field]["format"] = "date"
    workdir = Path(tempfile.mkdtemp(prefix="bench-dated-"))
    package = generate(spec, workdir)
    dated_name = "bench_dated_models"
    package.rename(workdir / dated_name)
    sys.path.insert(0, str(workdir))
    model = importlib.import_module(f"{dated_name}.models").ListCustomerInvoicesResponse
    page = model.from_dict(json.loads(data.invoices_page_body(10, 3, 0, 10)))
    assert type(page.data[0].invoice_date) is datetime.date, "dates are not decoded"
    return model


def run_parsing(cfg: ParsingConfig) -> Outcome:
    out = Outcome("parsing")
    try:
        cases = _cases()
    except ImportError as exc:
        out.crashed["generated models"] = f"not importable: {exc}"
        out.report()
        return out
    table = []
    for name, body, model, records in cases:
        try:
            model.from_dict(json.loads(body))  # validates the body against the model once
            t_json, t_both, ratio = _paired(
                functools.partial(json.loads, body),
                functools.partial(_decode, model, body),
                cfg.repeat,
                cfg.target_seconds,
            )
        except Exception as exc:
            out.crashed[name] = repr(exc)
            traceback.print_exc()
            continue
        out.data[name] = {"json_s": t_json, "typed_s": t_both, "ratio": ratio, "bytes": len(body)}
        mark = "" if "invoice page" not in name else (" ok" if ratio <= TARGET_RATIO else " MISS")
        table.append(
            [
                name,
                f"{len(body) / 1024:,.0f} KiB",
                fmt_num(records / t_json),
                fmt_num(records / t_both),
                f"{t_json * 1e3:.2f} / {t_both * 1e3:.2f}",
                f"{ratio:.2f}x{mark}",
            ]
        )
    print(
        f"\n## Parsing: records/s, median of {cfg.repeat} interleaved timeit repeats "
        "(ratio: median of per-pair ratios)\n"
    )
    print_table(
        ["page", "body", "json.loads", "+ from_dict", "ms/page (json / typed)", "ratio"], table
    )
    print(f"\nTarget: invoice page ratio (json.loads + from_dict) / json.loads <= {TARGET_RATIO}x")
    if cfg.profile and cases:
        _profile(cases[0], cfg.profile_top)
    out.report()
    return out


def _profile(case: tuple[str, bytes, Any, int], top: int) -> None:
    name, body, model, _ = case
    decoded = [json.loads(body) for _ in range(30)]
    prof = cProfile.Profile()
    prof.enable()
    for d in decoded:
        model.from_dict(d)
    prof.disable()
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    stats.sort_stats("tottime").print_stats(top)
    lines = [ln for ln in buf.getvalue().splitlines() if ln.strip()]
    start = next((i for i, ln in enumerate(lines) if ln.lstrip().startswith("ncalls")), 0)
    print(f"\ncProfile of from_dict on the {name} (30 pages, top {top} by tottime):\n")
    print("```")
    for ln in lines[start : start + top + 1]:
        print(ln.replace(str(_site_root()), ""))
    print("```")


def _site_root() -> str:
    import customers_api

    return customers_api.__file__.rsplit("customers_api", 1)[0]


def _closure(schemas: dict[str, Any], name: str) -> set[str]:
    """The schema `name` and every schema it references, transitively."""
    seen: set[str] = set()
    todo = [name]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        text = json.dumps(schemas[current])
        todo += [ref.split('"', 1)[0] for ref in text.split('"#/components/schemas/')[1:]]
    return seen


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--no-profile", action="store_true")
    args = ap.parse_args(argv)
    out = run_parsing(ParsingConfig(repeat=args.repeat, profile=not args.no_profile))
    return 1 if out.crashed else 0


if __name__ == "__main__":
    raise SystemExit(main())
