"""Contains some shared types for properties, and the decoders the models use."""

import copyreg
import datetime
import json
from collections.abc import Callable, Mapping, MutableMapping, Sequence
from enum import Enum
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from uuid import UUID

import httpx
from attrs import define

from .errors import DecodeError


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # unpickles as the module's singleton


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint: `parsed` is the typed body of a 2xx, else None."""

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    raw: httpx.Response


# --- Decoding -------------------------------------------------------------------------
# Every field has a *table*: the JSON types it accepts, each mapped to a converter
# (None: the value is kept as is). A model checks all its required fields at once: the
# tuple of value types (its "signature") is looked up in a per-model cache of *plans*,
# the converters that signature needs, so the per-field checks run only the first time
# a shape is seen. Tolerance (see the README, "Decoding policy"): an integral number
# decodes into an integer field, an integer into a number field; dates and datetimes are
# parsed; an unknown enum value is kept; anything else is a DecodeError with its JSON path.

NoneType = type(None)
Converter = Callable[[Any], Any]
Table = dict[type, Converter | None]
Plan = tuple[tuple[int, str, Converter], ...]


@define(frozen=True)
class Tables:
    """A model's decoding tables: required fields (in `_KEYS` order), optional, extra keys."""

    required: tuple[Table | None, ...]
    optional: tuple[Table | None, ...] = ()
    extra: Table | None = None


_JSON_NAMES = {
    dict: "object",
    list: "array",
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    NoneType: "null",
}
_MAX_PLANS = 4096


def json_type(value: object) -> str:
    """The JSON name of a decoded value's type."""
    return _JSON_NAMES.get(type(value), type(value).__name__)


def _expected(table: Table) -> str:
    # an integral number is tolerated in an integer field: not named there
    named = [t for t, convert in table.items() if convert is not as_int]
    return " or ".join(dict.fromkeys(_JSON_NAMES.get(t, t.__name__) for t in named or table))


def mismatch(table: Table, value: object) -> DecodeError:
    """The error for a value whose JSON type the table does not accept."""
    return DecodeError((), f"expected {_expected(table)}, got {json_type(value)}")


def make_plan(
    keys: tuple[str, ...],
    tables: tuple[Table | None, ...],
    values: Sequence[Any],
    signature: tuple[type, ...],
    plans: dict[tuple[type, ...], Plan],
) -> Plan:
    """The converters a signature needs; raise DecodeError for a value of the wrong type."""
    plan: list[tuple[int, str, Converter]] = []
    for index, (key, table, value) in enumerate(zip(keys, tables, values)):
        if table is None:
            continue
        kind = type(value)
        if kind not in table:
            raise mismatch(table, value).within(key)
        convert = table[kind]
        if convert is not None:
            plan.append((index, key, convert))
    if len(plans) < _MAX_PLANS:
        plans[signature] = tuple(plan)
    return tuple(plan)


def apply_plan(values: Sequence[Any], plan: Plan) -> list[Any]:
    """The values with the plan's converters applied; a failure names its key."""
    out = list(values)
    for index, key, convert in plan:
        try:
            out[index] = convert(out[index])
        except DecodeError as exc:
            raise exc.within(key) from None
    return out


def decode_value(value: Any, table: Table | None) -> Any:
    """Check and convert one value against its table."""
    if table is None:
        return value
    try:
        convert = table[type(value)]
    except KeyError:
        raise mismatch(table, value) from None
    return value if convert is None else convert(value)


def decode_field(value: Any, key: str, table: Table | None) -> Any:
    """decode_value for a value under `key`: an error names the key."""
    try:
        return decode_value(value, table)
    except DecodeError as exc:
        raise exc.within(key) from None


def load_json(content: bytes) -> Any:
    """A response body as JSON; a body that is not JSON is a DecodeError at the root."""
    try:
        return json.loads(content)
    except ValueError as exc:
        raise DecodeError((), f"the body is not JSON ({exc})") from None
    except RecursionError:  # a hostile, deeply nested body
        raise DecodeError((), "the body is nested too deeply to decode") from None


def not_an_object(src: object) -> Exception:
    """The error for a model whose input is not a JSON object."""
    return DecodeError((), f"expected object, got {json_type(src)}")


def list_of(table: Table | None) -> Converter:
    """A converter for an array whose items follow `table`; a failure names the index."""
    if table is None:
        return _identity
    if all(convert is None for convert in table.values()):

        def check(value: list[Any]) -> list[Any]:
            for index, item in enumerate(value):
                if type(item) not in table:
                    raise mismatch(table, item).within(index)
            return value

        return check

    if len(table) == 1:  # e.g. an array of one model: one type check, one call per item
        ((kind, only),) = table.items()
        assert only is not None

        def convert_one(value: list[Any]) -> list[Any]:
            try:
                return [only(item) for item in value if type(item) is kind or _reject(item)]
            except DecodeError:
                for index, item in enumerate(value):  # again, to name the index
                    try:
                        if type(item) is not kind:
                            raise mismatch(table, item)
                        only(item)
                    except DecodeError as exc:
                        raise exc.within(index) from None
                raise

        return convert_one

    def convert(value: list[Any]) -> list[Any]:
        out: list[Any] = []
        for index, item in enumerate(value):
            try:
                out.append(decode_value(item, table))
            except DecodeError as exc:
                raise exc.within(index) from None
        return out

    return convert


def dict_of(table: Table | None) -> Converter:
    """A converter for an object whose values follow `table` (typed additionalProperties)."""

    def convert(value: dict[str, Any]) -> dict[str, Any]:
        return {key: decode_field(item, key, table) for key, item in value.items()}

    return convert


def first_of(*converters: Converter | None) -> Converter:
    """A converter trying each option in turn (None: keep the value); the first error wins."""

    def convert(value: Any) -> Any:
        first: DecodeError | None = None
        for option in converters:
            if option is None:
                return value
            try:
                return option(value)
            except DecodeError as exc:
                first = first or exc
        assert first is not None
        raise first

    return convert


def union(*tables: Table | None) -> Table | None:
    """The table of a union: each JSON type tries its options in order (anyOf/oneOf)."""
    if any(table is None for table in tables):
        return None
    options: dict[type, list[Converter | None]] = {}
    for table in tables:
        for kind, convert in table.items():  # type: ignore[union-attr]
            options.setdefault(kind, []).append(convert)
    return {
        kind: None if found[0] is None else found[0] if len(found) == 1 else first_of(*found)
        for kind, found in options.items()
    }


def _reject(item: object) -> bool:
    raise DecodeError((), f"unexpected {json_type(item)}")  # re-raised with the index


def _identity(value: T) -> T:
    return value


def lazy(get: Callable[[], Converter]) -> Converter:
    """A converter looked up on first use (a model's from_dict, which may not exist yet)."""
    cell: list[Converter] = []

    def convert(value: Any) -> Any:
        if not cell:
            cell.append(get())
        return cell[0](value)

    return convert


def as_int(value: float) -> int:
    """An integral JSON number (`100001.0`) as an int; anything else is a DecodeError."""
    if value.is_integer():
        return int(value)
    raise DecodeError((), "expected integer, got a number with a fraction")


def as_float(value: int) -> float:
    """An integer in a number field, as a float."""
    return float(value)


_ZERO_DATES = frozenset({"0000-00-00", "0000-00-00 00:00:00", "0000-00-00T00:00:00"})
_date_fromisoformat = datetime.date.fromisoformat  # the fast paths
_datetime_fromisoformat = datetime.datetime.fromisoformat


def _parse_datetime(value: str) -> datetime.datetime:
    try:
        return _datetime_fromisoformat(value)
    except ValueError:
        pass
    from dateutil.parser import isoparse  # the slow path, loaded on first use

    try:
        moment: datetime.datetime = isoparse(value)
        return moment
    except (ValueError, OverflowError):
        raise DecodeError((), "expected a date-time (Y-m-d H:i:s or ISO 8601)") from None


def as_datetime(value: str) -> datetime.datetime:
    """A date-time: ISO 8601 or the API's `Y-m-d H:i:s`; naive stays naive."""
    if value in _ZERO_DATES:
        raise DecodeError((), "a zero date (0000-00-00) in a field that is not nullable")
    return _parse_datetime(value)


def as_date(value: str) -> datetime.date:
    """A date: `Y-m-d`; a date-time at midnight is accepted (its date)."""
    try:
        return _date_fromisoformat(value)
    except ValueError:
        pass
    if value in _ZERO_DATES:
        raise DecodeError((), "a zero date (0000-00-00) in a field that is not nullable")
    try:
        moment = _parse_datetime(value)
    except DecodeError:
        raise DecodeError((), "expected a date (Y-m-d)") from None
    if moment.time() != datetime.time() or moment.tzinfo is not None:
        raise DecodeError((), "expected a date (Y-m-d), got a date-time with a time of day")
    return moment.date()


def as_datetime_or_none(value: str) -> datetime.datetime | None:
    """as_datetime for a nullable field: a MySQL zero date is None."""
    return None if value in _ZERO_DATES else as_datetime(value)


def as_date_or_none(value: str) -> datetime.date | None:
    """as_date for a nullable field: a MySQL zero date is None."""
    return None if value in _ZERO_DATES else as_date(value)


def encode_datetime(value: datetime.datetime) -> str:
    """A date-time in the API's format: `Y-m-d H:i:s` (plus fraction/offset if present)."""
    return value.isoformat(sep=" ")


def as_uuid(value: str) -> UUID:
    try:
        return UUID(value)
    except ValueError:
        raise DecodeError((), "expected a UUID") from None


def as_file(value: bytes) -> File:
    from io import BytesIO

    return File(payload=BytesIO(value))


E = TypeVar("E", bound=Enum)
_UNKNOWN: dict[tuple[type[Enum], object], Enum] = {}


def unknown_member(cls: type[E], value: object) -> E:
    """A member of `cls` for a value the SDK does not know yet (name `_unknown_`).

    It is an instance of `cls` (type-checks as the enum), `.value` is the raw value (so
    `to_dict` writes it back), it equals no known member and `member in cls` is False.
    """
    key = (cls, value)
    member = _UNKNOWN.get(key)
    if member is None:
        copyreg.pickle(cls, _reduce_member)  # an unknown member pickles too
        base: Any = cls._member_type_  # type: ignore[attr-defined]
        member = base.__new__(cls) if base is object else base.__new__(cls, value)
        member._name_ = "_unknown_"
        member._value_ = value
        if len(_UNKNOWN) < _MAX_PLANS:
            _UNKNOWN[key] = member
    return member  # type: ignore[return-value]


def _reduce_member(member: Enum) -> tuple[Any, ...]:
    if is_known(member):
        return type(member), (member.value,)
    return unknown_member, (type(member), member.value)


def enum_of(cls: type[E]) -> Converter:
    """A converter for an enum field: a known value is its member, else unknown_member."""
    known = cls._value2member_map_

    def convert(value: Any) -> E:
        member = known.get(value)
        return member if member is not None else unknown_member(cls, value)  # type: ignore[return-value]

    return convert


def is_known(member: Enum) -> bool:
    """False for an enum value the SDK did not know when it was generated."""
    return member._name_ != "_unknown_"


def const(expected: object) -> Converter:
    """A converter that accepts only the schema's `const` value."""

    def convert(value: Any) -> Any:
        if value != expected:
            raise DecodeError((), f"expected the constant {expected!r}")
        return value

    return convert


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "is_known"]
