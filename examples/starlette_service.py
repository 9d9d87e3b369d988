"""A web back-end that awaits the SDK: one shared client for the life of the service.

    uvicorn examples.starlette_service:app          # CUSTOMERS_API_* from the environment

``GET /customers/{customer_id}/summary`` answers with the customer's name, its open
invoices and its balance, fetched concurrently. SDK errors become HTTP answers: an unknown
customer is a 404, an upstream failure a 502, and an argument the SDK rejects before sending
(its ``ValueError``, e.g. customer ``-1``) a 400. (FastAPI works the same way: create the
client in the lifespan and read it from ``request.app.state``.)
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from customers_api import CustomersAPIError, CustomersClient, NotFoundError


async def customer_summary(request: Request) -> JSONResponse:
    client: CustomersClient = request.app.state.customers
    try:
        customer_id = int(request.path_params["customer_id"])
    except ValueError:
        return JSONResponse({"error": "customer_id must be a number"}, status_code=400)
    try:
        customer, open_invoices = await asyncio.gather(
            client.customers.get(customer_id),
            client.customers.invoices.list.all(customer_id, paid_in_full="N"),
        )
    except NotFoundError:
        return JSONResponse({"error": f"no customer {customer_id}"}, status_code=404)
    except CustomersAPIError as exc:
        return JSONResponse({"error": f"upstream: {type(exc).__name__}"}, status_code=502)
    except ValueError as exc:  # an argument rejected before sending (ConfigError: 502 above)
        return JSONResponse({"error": str(exc)}, status_code=400)
    balance = sum(i.total_amount - i.amount_paid for i in open_invoices)
    return JSONResponse(
        {
            "customerId": customer.customer_id,
            "name": customer.customer_name,
            "openInvoices": len(open_invoices),
            "balance": round(balance, 2),
        }
    )


def create_app(make_client: Callable[[], CustomersClient] = CustomersClient.from_env) -> Starlette:
    """The service; `make_client` builds the shared SDK client at startup."""

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with make_client() as client:
            app.state.customers = client
            yield

    return Starlette(
        routes=[Route("/customers/{customer_id}/summary", customer_summary)], lifespan=lifespan
    )


def __getattr__(name: str) -> Starlette:
    # `uvicorn examples.starlette_service:app` builds the app lazily, from the environment.
    if name == "app":
        return create_app()
    raise AttributeError(name)
