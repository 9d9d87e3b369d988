"""Errors raised by the generated code."""

from __future__ import annotations


class DecodeError(Exception):
    """A response body that does not match the spec.

    `path` is the location of the bad value from the body's root, as keys and indexes;
    `reason` says what was wrong with it. The value itself is never included.
    `status_code` is the HTTP status of the response, once the endpoint function knows it.
    """

    status_code: int | None = None

    def __init__(self, path: tuple[str | int, ...], reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{self.json_path}: {reason}")

    @property
    def json_path(self) -> str:
        """The path as `$.data[3].lines[0].itemId`."""
        out = "$"
        for part in self.path:
            out += f"[{part}]" if isinstance(part, int) else f".{part}"
        return out

    def within(self, *outer: str | int) -> DecodeError:
        """The same error seen from an enclosing document."""
        return DecodeError((*outer, *self.path), self.reason)

    def __reduce__(self) -> tuple[type[DecodeError], tuple[tuple[str | int, ...], str]]:
        return (DecodeError, (self.path, self.reason))


__all__ = ["DecodeError"]
