from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerTagCreate")


@_attrs_define
class CustomerTagCreate:
    """POST /customer/{customerId}/tags request body (MINIMUM keys).

    Attributes:
        tag (str): Tag text; an existing tag with the same text is refreshed in place
        process_cd (int | None | Unset): Process code; defaults to 704 (Active)
        status_cd (int | None | Unset): Status code (704 = Active, 705 = Inactive, 700 = Deleted); defaults to 704, and
            704 restores a deleted tag
        update_cd (int | None | Unset): Update code; defaults to 1185 (Import Complete)
    """

    tag: str
    process_cd: int | None | Unset = UNSET
    status_cd: int | None | Unset = UNSET
    update_cd: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag = self.tag

        process_cd: int | None | Unset
        if isinstance(self.process_cd, Unset):
            process_cd = UNSET
        else:
            process_cd = self.process_cd

        status_cd: int | None | Unset
        if isinstance(self.status_cd, Unset):
            status_cd = UNSET
        else:
            status_cd = self.status_cd

        update_cd: int | None | Unset
        if isinstance(self.update_cd, Unset):
            update_cd = UNSET
        else:
            update_cd = self.update_cd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tag": tag,
            }
        )
        if process_cd is not UNSET:
            field_dict["processCd"] = process_cd
        if status_cd is not UNSET:
            field_dict["statusCd"] = status_cd
        if update_cd is not UNSET:
            field_dict["updateCd"] = update_cd

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tag = d.pop("tag")

        def _parse_process_cd(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        process_cd = _parse_process_cd(d.pop("processCd", UNSET))

        def _parse_status_cd(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status_cd = _parse_status_cd(d.pop("statusCd", UNSET))

        def _parse_update_cd(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        update_cd = _parse_update_cd(d.pop("updateCd", UNSET))

        customer_tag_create = cls(
            tag=tag,
            process_cd=process_cd,
            status_cd=status_cd,
            update_cd=update_cd,
        )

        customer_tag_create.additional_properties = d
        return customer_tag_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
