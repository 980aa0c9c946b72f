"""Plan figures computed once while one document is built.

A printed plan asks for the same figures many times: the business analysis,
the funding ledger, the revolving fund and the schedule are each read by
several sections (the summary page, the money story, the repayment pages, the
cash flow). Every record is frozen (:class:`pra.model.base.Record`) and every
figure is a frozen value, so within :func:`computed_once` a function decorated
with :func:`once` returns the value it computed for the *same objects* (by
identity) instead of computing it again. Outside that block nothing is cached:
the TUI, whose workshop changes with every edit, always computes afresh.

The cache keeps the arguments it was keyed on alive, so an id is never reused
by another object while the block lasts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from decimal import Decimal
from functools import wraps
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_Entry = tuple[tuple[Any, ...], Any]
_cache: ContextVar[dict[tuple[Any, ...], _Entry] | None] = ContextVar("plan_memo", default=None)


@contextmanager
def computed_once() -> Iterator[None]:
    """Within this block, each :func:`once` function computes once per set of arguments."""
    if _cache.get() is not None:  # nested: the outer block's cache serves
        yield
        return
    token = _cache.set({})
    try:
        yield
    finally:
        _cache.reset(token)


def _key_part(value: object) -> object:
    return value if value is None or isinstance(value, str | int | Decimal | dt.date) else id(value)


def once(func: Callable[P, R]) -> Callable[P, R]:
    """``func`` computed once per arguments (objects by identity) within :func:`computed_once`."""

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        cache = _cache.get()
        if cache is None:
            return func(*args, **kwargs)
        key = (
            func,
            *map(_key_part, args),
            *((name, _key_part(v)) for name, v in sorted(kwargs.items())),
        )
        hit = cache.get(key)
        if hit is not None:
            result: R = hit[1]
            return result
        result = func(*args, **kwargs)
        cache[key] = ((args, kwargs), result)
        return result

    return wrapper
