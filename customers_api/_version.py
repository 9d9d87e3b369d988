"""The package version (a leaf: the client reads it for its User-Agent)."""

__version__ = "0.1.0"
