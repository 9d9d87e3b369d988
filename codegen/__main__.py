"""Regenerate the SDK from the live spec, a file, or the committed snapshot.

    python -m codegen                      # pull the public spec, regenerate
    python -m codegen --url URL            # pull a spec from URL
    python -m codegen --spec FILE          # use a local spec file
    python -m codegen --check              # fail if the committed code is stale
    python -m codegen --overlay FILE       # another Overlay 1.0 file (default: overlay.yaml)
    python -m codegen --allow-layer-errors # swap in even if the handwritten layer breaks

Nothing on disk changes unless every step succeeds: the spec is fetched and validated, the
committed overlay (codegen/overlay.yaml) is applied, the package is generated into a
temporary directory, imported and type-checked there with the handwritten layer (mypy),
and only then are `openapi.json` (as pulled) and the generated package swapped in. A
failure prints one line and exits non-zero with the tree untouched.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from codegen import api_diff, wrappers
from codegen.changes import render, summarize
from codegen.generate import PACKAGE, check_package, differing_files, generate
from codegen.overlay import OVERLAY, effective_spec, load_overlay, render_report
from codegen.spec import SpecError, dump_spec, load_spec, validate_spec

DEFAULT_URL = "https://customers.augur-api.com/openapi.json"
ROOT = Path(__file__).resolve().parent.parent


def swap_in(root: Path, spec_text: str, new_package: Path) -> None:
    """Replace openapi.json and the generated package, restoring both on failure."""
    target = root / "customers_api" / PACKAGE
    backup = target.with_name(PACKAGE + ".old")
    spec_path = root / "openapi.json"
    staged = spec_path.with_name(".openapi.json.new")
    staged.write_text(spec_text)
    shutil.rmtree(backup, ignore_errors=True)
    staged_pkg = target.with_name(PACKAGE + ".new")
    shutil.rmtree(staged_pkg, ignore_errors=True)
    shutil.copytree(new_package, staged_pkg)  # same filesystem as target, so renames are atomic
    had_old = target.exists()
    try:
        if had_old:
            os.replace(target, backup)
        os.replace(staged_pkg, target)
        os.replace(staged, spec_path)
    except BaseException:
        if had_old and backup.exists():
            shutil.rmtree(target, ignore_errors=True)
            os.replace(backup, target)
        staged.unlink(missing_ok=True)
        shutil.rmtree(staged_pkg, ignore_errors=True)
        raise
    shutil.rmtree(backup, ignore_errors=True)


LAYER_BROKEN = """
## The handwritten layer breaks

- **BREAKING** {problem}

Swapped in with `--allow-layer-errors` so that the change can be reviewed: fix the
handwritten layer on this branch before merging.
"""


def _committed_effective(path: Path, overlay: dict[str, Any]) -> dict[str, Any]:
    """The committed spec as the generator read it (empty when there is none yet)."""
    if not path.exists():
        return {}
    try:
        return effective_spec(json.loads(path.read_text()), overlay)[0]
    except (ValueError, SpecError):
        return {}  # an unreadable old spec: everything shows as added


def run(args: argparse.Namespace) -> int:
    root = Path(args.root).resolve()
    committed_spec_path = root / "openapi.json"
    overlay = load_overlay(Path(args.overlay))
    if args.check:
        spec = load_spec(path=str(committed_spec_path))
    elif args.spec:
        spec = load_spec(path=args.spec)
    else:
        spec = load_spec(url=args.url)
    effective, report = effective_spec(spec, overlay)
    validate_spec(effective, f"the spec with {args.overlay} applied")
    with tempfile.TemporaryDirectory(prefix="customers-api-codegen-") as tmp:
        package = generate(effective, Path(tmp))
        current = root / "customers_api" / PACKAGE
        stale = differing_files(current, package)
        rendered = wrappers.render(effective, package, Path(tmp))  # the friendly layer
        current_rendered = root / "customers_api" / wrappers.OUTPUT
        stale += [f"../{wrappers.OUTPUT}/{n}" for n in differing_files(current_rendered, rendered)]
        readme = root / "README.md"
        if readme.exists():
            text = readme.read_text()
            if wrappers.readme_with_table(text, effective) != text:
                stale.append("../../README.md")  # its endpoint table (from aliases.yaml)
        if args.check:
            normalized = dump_spec(spec) == committed_spec_path.read_text()
            if stale or not normalized:
                print("generated code is stale; run `make regen-local`:", file=sys.stderr)
                if not normalized:
                    print("  openapi.json (not normalized)", file=sys.stderr)
                for name in stale:
                    print(
                        f"  {os.path.normpath(f'customers_api/{PACKAGE}/{name}')}", file=sys.stderr
                    )
                return 1
            for action in report.unmatched:
                print(f"note: overlay action matched nothing: {action.target}", file=sys.stderr)
            for key, name in wrappers.stale(effective, wrappers.load_table()):
                print(f"note: alias matches no operation: {key} ({name})", file=sys.stderr)
            print(f"ok: customers_api/{PACKAGE} matches openapi.json + overlay")
            return 0
        old = _committed_effective(committed_spec_path, overlay)
        summary = render(summarize(old, effective)) + "\n" + render_report(report)
        friendly = wrappers.section(old, effective, wrappers.load_table())
        summary += "\n" + friendly if friendly else ""
        spec_text = dump_spec(spec)
        unchanged = (
            not stale
            and committed_spec_path.exists()
            and committed_spec_path.read_text() == spec_text
        )
        if not unchanged:
            problem = (
                check_package(root, package, Path(tmp), {wrappers.OUTPUT: rendered})
                if stale
                else None
            )
            if problem and not args.allow_layer_errors:
                raise SpecError(problem)
            if problem:
                print(
                    f"codegen: swapped in anyway (--allow-layer-errors): {problem}", file=sys.stderr
                )
                summary += LAYER_BROKEN.format(problem=problem)
            before = api_diff.snapshot(root)  # the committed tree, taken before the swap
            with wrappers.staged(root, rendered):
                swap_in(root, spec_text, package)
            summary += "\n" + api_diff.section(before, api_diff.snapshot(root))
            wrappers.sync_readme(root, effective)  # the endpoint table follows aliases.yaml
    if args.summary:
        Path(args.summary).write_text(summary)
    print(summary, end="")
    print(f"{len(stale)} generated file(s) changed")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__.split("\n")[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--url", default=DEFAULT_URL, help="spec URL (default: the public spec)")
    source.add_argument("--spec", help="a local spec file instead of a URL")
    source.add_argument("--check", action="store_true", help="fail if committed code is stale")
    parser.add_argument(
        "--root", default=str(ROOT), help="repository root (default: this checkout)"
    )
    parser.add_argument(
        "--overlay", default=str(OVERLAY), help="Overlay 1.0 file (default: codegen/overlay.yaml)"
    )
    parser.add_argument(
        "--allow-layer-errors",
        action="store_true",
        help="swap in even if the new package does not import or type-check with the "
        "handwritten layer; the problem goes in the summary (the regenerate workflow's draft PR)",
    )
    parser.add_argument("--summary", help="also write the change summary (Markdown) to this file")
    args = parser.parse_args(argv)
    try:
        return run(args)
    except SpecError as exc:
        print(f"codegen: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
