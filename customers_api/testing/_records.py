"""What the fake's modules share: a record, its formats, an inventory item, and what the
document builders (``_orders``) read of a customer. A leaf: imports nothing of the fake."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

Record = dict[str, Any]


def public(record: Record) -> Record:
    """The record without its internal (``_``-prefixed) keys."""
    return {k: val for k, val in record.items() if not k.startswith("_")}


def fmt_dt(moment: datetime) -> str:
    """Prophet 21's datetime format: ``Y-m-d H:i:s`` (fields documented as mysql-datetime)."""
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def fmt_date(moment: date) -> str:
    """The date format: ``Y-m-d`` (fields documented as Y-m-d)."""
    return moment.strftime("%Y-%m-%d")


@dataclass(frozen=True)
class Item:
    """One inventory item (inv_mast row)."""

    inv_mast_uid: int
    item_id: str
    item_desc: str
    display_desc: str
    unit_of_measure: str
    unit_price: float
    supplier_id: int
    short_code: str


class DatasetView(Protocol):
    """What a document builder reads of the dataset."""

    @property
    def today(self) -> date: ...
    @property
    def catalog(self) -> Sequence[Item]: ...


class Bundle(Protocol):
    """What a document builder reads of one customer (``_data.CustomerBundle``)."""

    @property
    def dataset(self) -> DatasetView: ...
    @property
    def customer(self) -> Record: ...
    @property
    def customer_id(self) -> int: ...
    @property
    def counts(self) -> dict[str, int]: ...
    @property
    def address(self) -> Record: ...
    @property
    def contacts(self) -> list[Record]: ...
    @property
    def ship_tos(self) -> list[Record]: ...
