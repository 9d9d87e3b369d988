"""The API's data models (attrs classes with snake_case fields, ``from_dict``/``to_dict``)."""

from ._generated.models import *  # noqa: F403
from ._generated.models import __all__ as __all__
