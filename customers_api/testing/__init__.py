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
"""

from customers_api.testing._app import ENDPOINTS, UNMATCHED, FakeCustomersAPI, Stats, create_app
from customers_api.testing._data import Dataset
from customers_api.testing._faults import FaultConfig
from customers_api.testing._serve import serve_in_thread

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
