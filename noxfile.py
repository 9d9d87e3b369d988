"""nox sessions mirroring the Makefile: `nox -s tests lint typecheck check_generated`
(`nox -s tests_fast` for the inner loop)."""

from __future__ import annotations

import nox

nox.options.sessions = ["lint", "typecheck", "check_generated", "tests"]
PYTHONS = ["3.11", "3.12", "3.13"]


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """The test suite on every supported Python."""
    session.install("-e", ".[dev]")
    session.run("pytest", "-q", *session.posargs)


@nox.session
def tests_fast(session: nox.Session) -> None:
    """The inner loop: every test not marked slow (`make test-fast`)."""
    session.install("-e", ".[dev]")
    session.run("pytest", "-q", "-m", "not slow", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff lint and format check."""
    session.install("ruff==0.17.6")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the handwritten layer, scripts/, examples/ and bench/."""
    session.install("-e", ".[dev]")
    session.run("mypy")


@nox.session
def check_generated(session: nox.Session) -> None:
    """Fail if the generated code or README's endpoint table is stale against openapi.json."""
    session.install("-e", ".[codegen]")
    session.run("python", "-m", "codegen", "--check")


@nox.session
def regen(session: nox.Session) -> None:
    """Pull the live spec and regenerate (pass --url URL after --)."""
    session.install("-e", ".[codegen]")
    session.run("python", "-m", "codegen", *session.posargs)


@nox.session
def demo(session: nox.Session) -> None:
    """The tour against the embedded fake API (pass --live after -- for the real API)."""
    session.install("-e", ".[fast,testing]")
    session.run("python", "examples/run_demo.py", *session.posargs)


@nox.session
def release_plan(session: nox.Session) -> None:
    """The next version and why (pass --check after -- to fail on a version too low)."""
    session.run("python", "-m", "scripts.release", "plan", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """The benchmark suite (pass --quick after -- for the CI mode)."""
    session.install("-e", ".[dev]")
    session.run("python", "-m", "bench", *session.posargs)
