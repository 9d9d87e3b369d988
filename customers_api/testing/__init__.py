"""An embedded fake of the Augur Customers API, for tests and demos (``customers-api[testing]``).

All 41 endpoints over a seeded, in-memory Prophet 21 dataset, with the real service's
envelope, paging, ``q``, ``orderBy``, ``statusCd``, auth and error bodies, plus fault
injection and request counters.

In process (no sockets)::

    api = FakeCustomersAPI(customers=50, seed=1)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=api),
                                 base_url="http://fake") as http:
        ...
    api.stats.count("POST", "/customer/{customerId}/addresses")

Over loopback::

    with serve_in_thread(api) as base_url:   # http://127.0.0.1:<free port>
        ...

or ``python -m customers_api.testing serve --port 8000 --fail-503 0.1``.

Needs the ``customers-api[testing]`` extra (starlette; uvicorn for serving over loopback); an
``ImportError`` naming the extra says so otherwise.
"""

from customers_api._extras import require_extra

require_extra("testing", "customers_api.testing (the fake Customers API)", "starlette")

# After the check, so that a missing starlette is named with its extra.
from customers_api.testing._app import (  # noqa: E402
    ENDPOINTS,
    UNMATCHED,
    FakeCustomersAPI,
    Stats,
    create_app,
)
from customers_api.testing._data import Dataset  # noqa: E402
from customers_api.testing._faults import FaultConfig  # noqa: E402
from customers_api.testing._serve import serve_in_thread  # noqa: E402

__all__ = [
    "ENDPOINTS",
    "UNMATCHED",
    "Dataset",
    "FakeCustomersAPI",
    "FaultConfig",
    "Stats",
    "create_app",
    "serve_in_thread",
]
