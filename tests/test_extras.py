"""A missing optional dependency is an ImportError naming the extra that brings it.

Each case runs in a fresh interpreter where the dependency is made unimportable
(``sys.modules[name] = None``), as on a machine where the extra was never installed.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from customers_api._extras import require_extra


def run_without(modules: tuple[str, ...], code: str) -> subprocess.CompletedProcess[str]:
    blocker = "".join(f"sys.modules[{name!r}] = None\n" for name in modules)
    program = "import sys\n" + blocker + textwrap.dedent(code)
    return subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=60
    )


CASES = [
    pytest.param(
        ("starlette",),
        "from customers_api.testing import FakeCustomersAPI",
        "customers_api.testing (the fake Customers API) needs the 'testing' extra "
        "(module 'starlette' is not installed): pip install \"customers-api[testing]\"",
        id="testing-without-starlette",
    ),
    pytest.param(
        ("uvicorn",),
        """
        from customers_api.testing import FakeCustomersAPI, serve_in_thread
        with serve_in_thread(FakeCustomersAPI(customers=1)):
            pass
        """,
        "serving the fake API over loopback needs the 'testing' extra "
        "(module 'uvicorn' is not installed)",
        id="serve-in-thread-without-uvicorn",
    ),
    pytest.param(
        ("aiohttp",),
        """
        from customers_api import CustomersClient
        CustomersClient(token="t", site_id="s", transport="aiohttp")
        """,
        "transport=\"aiohttp\" needs the 'fast' extra (module 'aiohttp' is not installed): "
        'pip install "customers-api[fast]"',
        id="aiohttp-engine-without-aiohttp",
    ),
]


@pytest.mark.parametrize(("blocked", "code", "message"), CASES)
def test_missing_extra_is_named(blocked: tuple[str, ...], code: str, message: str) -> None:
    result = run_without(blocked, code)
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("ImportError: ") and message in last, result.stderr


def test_serve_cli_without_uvicorn_says_what_to_install() -> None:
    result = run_without(
        ("uvicorn",),
        "from customers_api.testing.__main__ import main; sys.exit(main(['serve', '--port', '0']))",
    )
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "error: serve needs the 'testing' extra (module 'uvicorn' is not installed): "
        'pip install "customers-api[testing]"'
    )
    assert "Traceback" not in result.stderr


def test_auto_transport_falls_back_to_httpx_without_aiohttp() -> None:
    result = run_without(
        ("aiohttp",),
        """
        from customers_api import CustomersClient
        print(type(CustomersClient(token="t", site_id="s").http_client).__name__)
        """,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "AsyncClient"


def test_installed_modules_pass() -> None:
    require_extra("testing", "anything", "httpx", "json")
    with pytest.raises(ImportError, match=r"pip install \"customers-api\[x\]\"") as info:
        require_extra("x", "feature", "no_such_module_for_customers_api")
    assert info.value.name == "no_such_module_for_customers_api"
