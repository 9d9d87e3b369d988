"""Optional dependencies: a missing one is an ``ImportError`` that names the extra to install.

=========  ====================  =================================================
extra      modules               needed by
=========  ====================  =================================================
fast       aiohttp               ``transport="aiohttp"`` (``"auto"`` falls back to httpx)
testing    starlette, uvicorn    ``customers_api.testing``; uvicorn for ``serve`` and
                                 ``serve_in_thread`` only
=========  ====================  =================================================
"""

from __future__ import annotations

import importlib.util

__all__ = ["require_extra"]


def require_extra(extra: str, feature: str, *modules: str) -> None:
    """Raise ``ImportError`` naming ``extra`` when one of ``modules`` is not installed."""
    for name in modules:
        if importlib.util.find_spec(name) is None:
            raise ImportError(
                f"{feature} needs the {extra!r} extra (module {name!r} is not installed): "
                f'pip install "customers-api[{extra}]"',
                name=name,
            )
