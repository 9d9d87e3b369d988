"""Rebuild ``openapi.json`` from the documented facts of the Customers API.

The live spec URL cannot be reached from the build machines, so the committed snapshot was
built from ``customers-api-facts.json`` (gathered from the API's public documentation) by this
script.  It is provenance, not part of the regeneration pipeline: once the live spec is
reachable, ``python -m codegen --url ...`` replaces the snapshot.

    python -m codegen.from_facts ../shared/reference/customers-api-facts.json > spec.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

# facts schema name -> the component name a Python user reads
# (`Invoice`, not `CustomerInvoicesListItem`)
COMPONENT_NAMES = {
    "HealthCheckData": "HealthCheck",
    "ContactsUdGetData": "ContactUserDefinedFields",
    "ContactsCustomersListItem": "Customer",
    "ContactsDocListDataAddress": "ContactAddress",
    "ContactsDocListData": "Contact",
    "ContactsWebAllowanceListData": "WebAllowance",
    "CustomerLookupGetItem": "CustomerLookupItem",
    "CustomerAddressListItem": "AddressLookupItem",
    "CustomerAddressesListItem": "CustomerAddress",
    "CustomerAddressesCreateBody": "CustomerAddressCreate",
    "CustomerAddressesUpdateBody": "CustomerAddressUpdate",
    "CustomerAgingListDataTotalsItem": "AgingBucketTotal",
    "CustomerAgingListDataDataItem": "AgingInvoice",
    "CustomerAgingListData": "AgingReport",
    "CustomerContactsListItem": "CustomerContact",
    "CustomerContactsCreateBody": "CustomerContactCreate",
    "CustomerInvoicesListItemLinesItem": "InvoiceLine",
    "CustomerInvoicesListItem": "Invoice",
    "CustomerOrdersGetDataLinesItem": "OrderLine",
    "CustomerOrdersGetDataPickTicketsItemLinesItem": "PickTicketLine",
    "CustomerOrdersGetDataPickTicketsItem": "PickTicket",
    "CustomerOrdersGetData": "OrderDocument",
    "CustomerOrdersListDataItemOption2": "OrderHeader",
    "CustomerOrdersListDataItemOption3LinesItem": "OrderHeaderLine",
    "CustomerOrdersListDataItemOption3": "OrderHeaderWithLines",
    "CustomerPurchasedItemsListItem": "PurchasedItem",
    "CustomerSalesUsageListDataDataItemBucketsItem": "SalesUsageBucket",
    "CustomerSalesUsageListDataDataItem": "SalesUsageItem",
    "CustomerSalesUsageListData": "SalesUsageReport",
    "CustomerShipToCreateBody": "ShipToCreate",
    "CustomerShipToListItemAddress": "ShipToAddress",
    "CustomerShipToListItem": "ShipTo",
    "CustomerShipToLookupGetItem": "ShipToLookupItem",
    "CustomerShipToFreightCodesListData": "FreightCode",
    "CustomerTagsListItem": "CustomerTag",
    "CustomerTagsCreateBody": "CustomerTagCreate",
    "CustomerTagsUpdateBody": "CustomerTagUpdate",
}

# (method, path) -> (operationId, tag). One tag per API noun; names read as Python verbs.
OPERATIONS = {
    ("GET", "/health-check"): ("health_check", "service"),
    ("GET", "/ping"): ("ping", "service"),
    ("GET", "/whoami"): ("whoami", "service"),
    ("GET", "/contacts-ud/{id}"): ("get_contact_user_defined_fields", "contacts"),
    ("GET", "/contacts/refresh"): ("refresh_contacts", "contacts"),
    ("GET", "/contacts/{id}/customers"): ("list_contact_customers", "contacts"),
    ("GET", "/contacts/{id}/doc"): ("get_contact", "contacts"),
    ("GET", "/contacts/{id}/web-allowance"): ("get_contact_web_allowance", "contacts"),
    ("GET", "/oe-contacts-customer/refresh"): ("refresh_oe_contacts_customer", "contacts"),
    ("GET", "/customer"): ("list_customers", "customers"),
    ("GET", "/customer/lookup"): ("lookup_customers", "customers"),
    ("GET", "/customer/{customerId}/doc"): ("get_customer", "customers"),
    ("GET", "/customer/{customerId}/address"): ("lookup_customer_addresses", "addresses"),
    ("GET", "/customer/{customerId}/addresses"): ("list_customer_addresses", "addresses"),
    ("POST", "/customer/{customerId}/addresses"): ("create_customer_address", "addresses"),
    ("GET", "/customer/{customerId}/addresses/{customerAddressUid}"): (
        "get_customer_address",
        "addresses",
    ),
    ("PUT", "/customer/{customerId}/addresses/{customerAddressUid}"): (
        "update_customer_address",
        "addresses",
    ),
    ("DELETE", "/customer/{customerId}/addresses/{customerAddressUid}"): (
        "delete_customer_address",
        "addresses",
    ),
    ("GET", "/customer/{customerId}/aging"): ("get_customer_aging", "aging"),
    ("GET", "/customer/{customerId}/contacts"): ("list_customer_contacts", "contacts"),
    ("POST", "/customer/{customerId}/contacts"): ("create_customer_contact", "contacts"),
    ("GET", "/customer/{customerId}/invoices"): ("list_customer_invoices", "invoices"),
    ("GET", "/customer/{customerId}/invoices/{invoiceNo}"): ("get_customer_invoice", "invoices"),
    ("GET", "/customer/{customerId}/orders"): ("list_customer_orders", "orders"),
    ("GET", "/customer/{customerId}/orders/{orderNo}"): ("get_customer_order", "orders"),
    ("GET", "/customer/{customerId}/purchased-items"): (
        "list_customer_purchased_items",
        "purchased-items",
    ),
    ("GET", "/customer/{customerId}/quotes"): ("list_customer_quotes", "quotes"),
    ("GET", "/customer/{customerId}/quotes/{quoteNo}"): ("get_customer_quote", "quotes"),
    ("GET", "/customer/{customerId}/rmas"): ("list_customer_rmas", "rmas"),
    ("GET", "/customer/{customerId}/rmas/{rmaNo}"): ("get_customer_rma", "rmas"),
    ("GET", "/customer/{customerId}/sales-usage"): ("get_customer_sales_usage", "sales-usage"),
    ("GET", "/customer/{customerId}/ship-to"): ("list_customer_ship_tos", "ship-tos"),
    ("POST", "/customer/{customerId}/ship-to"): ("create_customer_ship_to", "ship-tos"),
    ("GET", "/customer/{customerId}/ship-to/lookup"): ("lookup_customer_ship_tos", "ship-tos"),
    ("GET", "/customer/{customerId}/ship-to/{shipToId}/freight-codes"): (
        "get_customer_ship_to_freight_codes",
        "ship-tos",
    ),
    ("GET", "/ship-to/refresh"): ("refresh_ship_tos", "ship-tos"),
    ("GET", "/customer/{customerId}/tags"): ("list_customer_tags", "tags"),
    ("POST", "/customer/{customerId}/tags"): ("create_customer_tag", "tags"),
    ("GET", "/customer/{customerId}/tags/{customerTagsUid}"): ("get_customer_tag", "tags"),
    ("PUT", "/customer/{customerId}/tags/{customerTagsUid}"): ("update_customer_tag", "tags"),
    ("DELETE", "/customer/{customerId}/tags/{customerTagsUid}"): ("delete_customer_tag", "tags"),
}

TAG_DESCRIPTIONS = {
    "service": "Service health, liveness and the caller's identity",
    "customers": "Prophet 21 customers",
    "contacts": "Prophet 21 contacts and the customers they order for",
    "addresses": "Customer addresses (Augur customer_address rows and the P21 address lookup)",
    "aging": "Accounts-receivable aging of a customer's open invoices",
    "invoices": "A customer's invoices with their lines",
    "orders": "A customer's orders with lines and pick tickets",
    "purchased-items": "Items a customer has bought",
    "quotes": "A customer's quotes",
    "rmas": "A customer's return merchandise authorizations",
    "sales-usage": "Per-item consumption folded from a customer's invoiced sales",
    "ship-tos": "A customer's ship-to addresses and freight codes",
    "tags": "Free-text tags on a customer",
}

ERROR_RESPONSES = {
    "400": ("BadRequest", "The request was rejected: a parameter is missing or malformed."),
    "401": ("Unauthorized", "The bearer token is missing, expired or invalid."),
    "404": ("NotFound", "No such resource."),
    "429": ("TooManyRequests", "Rate limited; retry after the delay in the Retry-After header."),
    "500": (
        "ServerError",
        "The server failed; the body carries a message and may carry a requestId.",
    ),
    "503": ("ServiceUnavailable", "The service is temporarily unavailable; retry later."),
}

EDGE_CACHE_NOTE = (
    " Accepts the edgeCache option: `cacheSiteId{value}=<siteId>` with value one of"
    " 30s, 1m, 5m, 1, 2, 3, 4, 5, 8 (Cloudflare edge cache)."
)


def ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """OpenAPI 3.1 nullability: a type list for scalars, anyOf with null for anything else."""
    if (
        "type" in schema
        and isinstance(schema["type"], str)
        and set(schema) <= {"type", "maxLength", "items"}
    ):
        return {**schema, "type": [schema["type"], "null"]}
    return {"anyOf": [schema, {"type": "null"}]}


class Builder:
    def __init__(self, facts: dict[str, Any]) -> None:
        self.facts = facts
        self.schemas = {**facts.get("common_schemas", {}), **facts["schemas"]}
        self.aliases = facts["aliases"]

    def name(self, facts_name: str) -> str:
        return COMPONENT_NAMES[facts_name]

    def type_schema(self, spec: dict[str, Any]) -> dict[str, Any]:
        """A facts field or alias type -> a JSON schema (without description)."""
        if "ref" in spec:
            target = spec["ref"]
            if target in self.schemas:
                out: dict[str, Any] = ref(self.name(target))
            else:
                out = self.type_schema(self.aliases[target])
        elif "anyOf" in spec:
            # Most specific shape first: a parser trying options in order must not take a
            # richer document for a poorer one (an order with lines for a bare header).
            options = sorted(
                spec["anyOf"],
                key=lambda s: -len(self.schemas.get(s.get("ref"), {}).get("fields", {})),
            )
            out = {"anyOf": [self.type_schema(s) for s in options]}
        else:
            kind = spec["type"]
            if kind == "array":
                out = {
                    "type": "array",
                    "items": self.type_schema(spec.get("items", {"type": "any"})),
                }
            elif kind == "any":
                out = {}
            elif kind == "object":
                out = {"type": "object", "additionalProperties": True}
            elif kind == "object_or_empty_array":
                out = ref("UserDefinedFields")
            elif kind in ("string", "integer", "number", "boolean"):
                out = {"type": kind}
            else:
                raise ValueError(f"unknown facts type {kind!r}")
            if "maxLength" in spec:
                out["maxLength"] = spec["maxLength"]
        if spec.get("nullable"):
            out = nullable(out)
        return out

    def field_schema(self, spec: dict[str, Any]) -> dict[str, Any]:
        out = self.type_schema(spec)
        if "description" in spec:
            out = {**out, "description": spec["description"]}
        return out

    def object_schema(self, facts_name: str) -> dict[str, Any]:
        shape = self.schemas[facts_name]
        props = {key: self.field_schema(spec) for key, spec in shape["fields"].items()}
        out: dict[str, Any] = {"type": "object"}
        if "title" in shape:
            out["description"] = shape["title"]
        if shape.get("all_keys_present", True):
            out["required"] = list(shape["fields"])
        else:
            required = [k for k, s in shape["fields"].items() if s.get("required")]
            if required:
                out["required"] = required
        out["properties"] = props
        out["additionalProperties"] = True
        return out

    def data_schema(self, response_data: str | None) -> dict[str, Any]:
        if response_data is None:
            return {"description": "Free-form: the shape is not published."}
        if response_data in ("string", "object", "boolean", "integer", "number"):
            return self.type_schema({"type": response_data})
        return self.type_schema({"ref": response_data})

    def parameter(self, name: str, spec: dict[str, Any], where: str) -> dict[str, Any]:
        kind = spec["type"]
        if kind == "integer|integer[]":
            schema: dict[str, Any] = {
                "anyOf": [{"type": "integer"}, {"type": "array", "items": {"type": "integer"}}]
            }
            extra = {"style": "form", "explode": False}
        else:
            schema = {"type": kind}
            extra = {}
        if "pattern" in spec:
            schema["pattern"] = spec["pattern"]
        param: dict[str, Any] = {
            "name": name,
            "in": where,
            "required": True if where == "path" else bool(spec.get("required")),
            "schema": schema,
            **extra,
        }
        if spec.get("description"):
            param["description"] = spec["description"]
        return param

    def operation(self, endpoint: dict[str, Any]) -> dict[str, Any]:
        method, path = endpoint["method"], endpoint["path"]
        op_id, tag = OPERATIONS[(method, path)]
        response_name = "".join(part.capitalize() for part in op_id.split("_")) + "Response"
        description = endpoint.get("response_description") or endpoint["summary"]
        if endpoint.get("edge_cache"):
            description += EDGE_CACHE_NOTE
        op: dict[str, Any] = {
            "operationId": op_id,
            "tags": [tag],
            "summary": endpoint["summary"],
            "description": description,
        }
        params = [self.parameter(n, s, "path") for n, s in endpoint["path_params"].items()]
        params += [self.parameter(n, s, "query") for n, s in endpoint["query_params"].items()]
        if params:
            op["parameters"] = params
        if endpoint.get("request_body"):
            op["requestBody"] = {
                "required": True,
                "content": {
                    "application/json": {"schema": ref(self.name(endpoint["request_body"]))}
                },
            }
        responses: dict[str, Any] = {
            "200": {
                "description": "Success: the envelope with `data` typed for this endpoint.",
                "content": {"application/json": {"schema": ref(response_name)}},
            }
        }
        documented = dict(endpoint.get("errors", {}))
        codes = set(documented)
        if endpoint["auth"] == "bearer":
            codes.add("401")
        if endpoint["auth"] != "none":
            codes |= {"429", "500", "503"}
        for code in sorted(codes):
            component, _ = ERROR_RESPONSES[code]
            if code in documented:
                responses[code] = {
                    "description": documented[code],
                    "content": {"application/json": {"schema": ref("Error")}},
                }
            else:
                responses[code] = {"$ref": f"#/components/responses/{component}"}
        op["responses"] = responses
        if endpoint["auth"] == "site":
            op["security"] = [{"siteId": []}]
        elif endpoint["auth"] == "none":
            op["security"] = []
        self.response_components[response_name] = {
            "description": f"The envelope of `{method} {path}`.",
            "allOf": [
                ref("EnvelopeMeta"),
                {
                    "type": "object",
                    "required": ["data"],
                    "properties": {"data": self.data_schema(endpoint.get("response_data"))},
                },
            ],
        }
        return op

    def build(self) -> dict[str, Any]:
        self.response_components: dict[str, Any] = {}
        paths: dict[str, Any] = {}
        for endpoint in sorted(self.facts["endpoints"], key=lambda e: (e["path"], e["method"])):
            paths.setdefault(endpoint["path"], {})[endpoint["method"].lower()] = self.operation(
                endpoint
            )
        envelope = self.facts["envelope"]["fields"]
        object_or_array = {
            "anyOf": [
                {"type": "object", "additionalProperties": True},
                {"type": "array", "items": {}},
            ]
        }
        schemas: dict[str, Any] = {
            "EnvelopeMeta": {
                "type": "object",
                "description": "The envelope every JSON response wraps its `data` in.",
                "required": [k for k in envelope if k != "data"],
                "properties": {
                    k: (
                        {**object_or_array, "description": v.get("description", k)}
                        if v["type"] == "object_or_array"
                        else {
                            "type": v["type"],
                            **({"description": v["description"]} if "description" in v else {}),
                        }
                    )
                    for k, v in envelope.items()
                    if k != "data"
                },
                "additionalProperties": True,
            },
            "Error": {
                "type": "object",
                "description": "The body of a non-2xx response.",
                "required": ["message"],
                "properties": {
                    "message": {"type": "string", "description": "Why the request failed"},
                    "code": {
                        "type": ["string", "integer", "null"],
                        "description": "A machine-readable code",
                    },
                    "requestId": {
                        "type": ["string", "null"],
                        "description": "The server's request id",
                    },
                },
                "additionalProperties": True,
            },
            "UserDefinedFields": {
                "description": (
                    "Prophet 21 user-defined fields keyed by field name;"
                    " PHP sends [] when there are none."
                ),
                "anyOf": [
                    {"type": "object", "additionalProperties": True},
                    {"type": "array", "maxItems": 0, "items": {}},
                ],
            },
        }
        for facts_name in self.schemas:
            schemas[self.name(facts_name)] = self.object_schema(facts_name)
        schemas.update(self.response_components)
        return {
            "openapi": "3.1.0",
            "info": {
                "title": self.facts["title"],
                "description": self.facts["description"],
                "version": "2026.10.16",
            },
            "servers": [{"url": self.facts["base_url"]}],
            "security": [{"bearerAuth": [], "siteId": []}],
            "tags": [{"name": t, "description": d} for t, d in sorted(TAG_DESCRIPTIONS.items())],
            "paths": paths,
            "components": {
                "securitySchemes": {
                    "bearerAuth": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"},
                    "siteId": {"type": "apiKey", "in": "header", "name": "x-site-id"},
                },
                "responses": {
                    name: {
                        "description": text,
                        "content": {"application/json": {"schema": ref("Error")}},
                    }
                    for name, text in sorted(ERROR_RESPONSES.values())
                },
                "schemas": schemas,
            },
        }


def main(argv: list[str]) -> int:
    facts = json.loads(Path(argv[0]).read_text())
    from codegen.spec import dump_spec

    sys.stdout.write(dump_spec(Builder(facts).build()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
