# customers-api developer tasks. Every target sets up .venv itself on a fresh machine.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: venv test test-fast lint actionlint typecheck check-generated regen regen-local demo bench bench-quick release-plan release-check release ci clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP) ## create .venv with the SDK and every dev tool

test: $(STAMP) ## run the whole test suite (what CI runs)
	$(PY) -m pytest -q

test-fast: $(STAMP) ## the inner loop: every test not marked slow (no fault or property runs)
	$(PY) -m pytest -q -m "not slow"

lint: $(STAMP) ## ruff lint and format check (generated code is formatted at generation)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(STAMP) ## mypy --strict on the handwritten layer, scripts/, examples/ and bench/; the generated layer too
	$(VENV)/bin/mypy

actionlint: ## lint the GitHub workflows (installs actionlint into ~/.cache if missing)
	bash .ci/actionlint.sh

check-generated: $(STAMP) ## fail if the generated code or README's endpoint table is stale against openapi.json
	$(PY) -m codegen --check

regen: $(STAMP) ## pull the live spec and regenerate (URL=... to override; ALLOW_LAYER_ERRORS=1: see README)
	$(PY) -m codegen $(if $(URL),--url $(URL),) $(if $(SUMMARY),--summary $(SUMMARY),) $(if $(ALLOW_LAYER_ERRORS),--allow-layer-errors,)

regen-local: $(STAMP) ## regenerate from the committed openapi.json (after a template or codegen/aliases.yaml change)
	$(PY) -m codegen --spec openapi.json

demo: $(STAMP) ## the main job: the tour against the embedded fake API (LIVE=1: the real API)
	$(PY) examples/run_demo.py $(if $(LIVE),--live,)

bench: $(STAMP) ## full benchmark suite (see BENCHMARKS.md)
	$(PY) -m bench

bench-quick: $(STAMP) ## < 60 s: the ratios only, for CI
	$(PY) -m bench --quick

release-plan: $(STAMP) ## the next version and why, from CHANGELOG.md's Unreleased (docs/RELEASING.md)
	$(PY) -m scripts.release plan

release-check: $(STAMP) ## the plan; fail if a version set (pyproject.toml, a release heading) is too low
	$(PY) -m scripts.release plan --check

release: $(STAMP) ## apply the plan: bump the version, date the CHANGELOG entry (VERSION=X.Y.Z to choose)
	$(PY) -m scripts.release apply $(if $(VERSION),--version $(VERSION),)

ci: lint typecheck actionlint release-check check-generated test bench-quick ## what .ci/run runs

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis .nox
