from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.envelope_options import EnvelopeOptions
    from ..models.envelope_params import EnvelopeParams
    from ..models.freight_code import FreightCode


T = TypeVar("T", bound="GetCustomerShipToFreightCodesResponse")


@_attrs_define
class GetCustomerShipToFreightCodesResponse:
    """The envelope of `GET /customer/{customerId}/ship-to/{shipToId}/freight-codes`.

    Attributes:
        count (int): items in this response
        message (str):
        options (EnvelopeOptions | list[Any]): options
        params (EnvelopeParams | list[Any]): the parameters the server applied
        status (int): HTTP status code
        total (int): total matching items across all pages
        total_results (int):
        data (FreightCode): GET /customer/{customerId}/ship-to/{shipToId}/freight-codes response data (MINIMUM keys).
    """

    count: int
    message: str
    options: EnvelopeOptions | list[Any]
    params: EnvelopeParams | list[Any]
    status: int
    total: int
    total_results: int
    data: FreightCode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.envelope_options import EnvelopeOptions
        from ..models.envelope_params import EnvelopeParams

        count = self.count

        message = self.message

        options: dict[str, Any] | list[Any]
        if isinstance(self.options, EnvelopeOptions):
            options = self.options.to_dict()
        else:
            options = self.options

        params: dict[str, Any] | list[Any]
        if isinstance(self.params, EnvelopeParams):
            params = self.params.to_dict()
        else:
            params = self.params

        status = self.status

        total = self.total

        total_results = self.total_results

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "message": message,
                "options": options,
                "params": params,
                "status": status,
                "total": total,
                "totalResults": total_results,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.envelope_options import EnvelopeOptions
        from ..models.envelope_params import EnvelopeParams
        from ..models.freight_code import FreightCode

        d = dict(src_dict)
        count = d.pop("count")

        message = d.pop("message")

        def _parse_options(data: object) -> EnvelopeOptions | list[Any]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                options_type_0 = EnvelopeOptions.from_dict(data)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            options_type_1 = cast(list[Any], data)

            return options_type_1

        options = _parse_options(d.pop("options"))

        def _parse_params(data: object) -> EnvelopeParams | list[Any]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = EnvelopeParams.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            params_type_1 = cast(list[Any], data)

            return params_type_1

        params = _parse_params(d.pop("params"))

        status = d.pop("status")

        total = d.pop("total")

        total_results = d.pop("totalResults")

        data = FreightCode.from_dict(d.pop("data"))

        get_customer_ship_to_freight_codes_response = cls(
            count=count,
            message=message,
            options=options,
            params=params,
            status=status,
            total=total,
            total_results=total_results,
            data=data,
        )

        get_customer_ship_to_freight_codes_response.additional_properties = d
        return get_customer_ship_to_freight_codes_response

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
