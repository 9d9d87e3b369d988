"""Async-first Python SDK for the Augur Customers API."""

__version__ = "0.1.0"
