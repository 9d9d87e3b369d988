"""Benchmark suite for the customers-api SDK (issue 8): `python -m bench [--quick]`.

Modules:
    data        canned, schema-shaped response bodies (shared by the server and parsing)
    server      the loopback server, run in its own process
    rows        the client rows: raw baselines, generated-layer preview, SDK (pluggable)
    fanout      N GETs of /customer/{id}/doc at several concurrencies
    pagination  10,000 invoices at page size 100, sequential vs concurrent pages
    parsing     json.loads vs json.loads + generated from_dict, with a cProfile breakdown
    memory      tracemalloc peak of a paginated iteration (bounded by the page window?)
"""
