"""``APIResponse.envelope`` is typed with the ``params``/``options`` its docstring promises."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import respx
from mypy import api as mypy_api

from customers_api import APIResponse, CustomersClient
from customers_api.models import EnvelopeOptions, EnvelopeParams

USER_CODE = """
    from typing import Any
    from customers_api import APIResponse
    from customers_api.models import EnvelopeOptions, EnvelopeParams

    def applied(page: APIResponse[str]) -> dict[str, Any]:
        params: EnvelopeParams | list[Any] = page.envelope.params
        options: EnvelopeOptions | list[Any] = page.envelope.options
        del options
        return params.additional_properties if isinstance(params, EnvelopeParams) else {}
"""


async def test_params_and_options_at_run_time(
    api: respx.MockRouter, client: CustomersClient
) -> None:
    api.get("/ping").respond(
        200,
        json={
            "count": 1,
            "data": "pong",
            "message": "",
            "options": [],
            "params": {"q": "abc"},
            "status": 200,
            "total": 1,
            "totalResults": 1,
        },
    )
    page = await client.ping.with_response()
    assert isinstance(page, APIResponse)
    assert isinstance(page.envelope.params, EnvelopeParams)
    assert page.envelope.params["q"] == "abc"
    assert page.envelope.options == [] and not isinstance(page.envelope.options, EnvelopeOptions)


@pytest.mark.slow
def test_user_code_reading_params_passes_mypy_strict(tmp_path: Path) -> None:
    source = tmp_path / "user_code.py"
    source.write_text(textwrap.dedent(USER_CODE))
    out, err, status = mypy_api.run(["--strict", "--no-incremental", str(source)])
    assert status == 0, out + err
