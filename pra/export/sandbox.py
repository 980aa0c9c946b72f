"""A jinja2 sandbox with limits, for snippets an organisation may have written.

jinja2's immutable sandbox already keeps a snippet away from Python's
internals; this one also keeps it small and quick, so a mistaken or hostile
snippet gets a sentence instead of filling the memory or running for hours:

- no value a snippet makes (a text, a list, a number's digits) grows beyond
  :data:`MAX_SIZE`: ``range``, ``*``, ``+``, ``%``, ``**``, padding methods and
  filters are checked before they run where they can be, and every result of
  a call, a filter or an attribute after it;
- what a snippet writes stops at :data:`MAX_OUTPUT` characters;
- macros call each other at most :data:`MAX_DEPTH` deep;
- a snippet may not include, import or extend another (so none includes itself);
- a render stops after :data:`TIME_BUDGET` seconds, loops included.

A refusal is a :class:`SnippetLimit` carrying the catalogue key of its sentence.
"""

from __future__ import annotations

import ctypes
import math
import re
import threading
from collections.abc import Callable, Iterator, Mapping
from functools import cache, wraps
from typing import TYPE_CHECKING, Any, Final, TypeVar

if TYPE_CHECKING:
    from jinja2.sandbox import ImmutableSandboxedEnvironment

MAX_SIZE: Final = 100_000
"""Characters plus items of any one value; a snippet's values are a few hundred."""
MAX_OUTPUT: Final = 200_000
"""Characters one snippet may write (a plan's longest passage is under 2,000)."""
MAX_DEPTH: Final = 20
"""Macro calls inside macro calls."""
MAX_BITS: Final = 4096
"""A number a snippet computes: at most about 1,200 digits."""
TIME_BUDGET: Final = 2.0
"""Seconds one snippet may take to render (each takes well under a millisecond)."""

_WIDTH_FILTERS: Final = frozenset({"center", "indent", "truncate", "wordwrap", "batch", "slice"})
_WIDTH_METHODS: Final = frozenset({"ljust", "rjust", "center", "zfill", "expandtabs"})
_NUMBER: Final = re.compile(r"\d+")

T = TypeVar("T")


class SnippetLimit(Exception):
    """A snippet went past a limit; ``key`` is the sentence (``export.error.snippet_*``)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class _OutOfTime(BaseException):
    """Raised inside the rendering thread when its time is up (not an ``Exception``)."""


def size(value: Any, budget: int = MAX_SIZE) -> int:
    """How big ``value`` is: characters plus items, nested; stops counting past ``budget``."""
    if isinstance(value, str | bytes):
        return len(value)
    if isinstance(value, bool) or value is None:
        return 1
    if isinstance(value, int):
        return max(1, value.bit_length() // 3)
    if isinstance(value, range):
        return 1
    if isinstance(value, list | tuple | set | frozenset | dict):
        total = len(value)
        items = value.items() if isinstance(value, dict) else value
        for item in items:
            if total > budget:
                break
            total += size(item, budget - total)
        return total
    return 1


def _checked(value: T) -> T:
    if size(value) > MAX_SIZE:
        raise SnippetLimit("export.error.snippet_too_big")
    return value


def _width(value: Any) -> None:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_SIZE:
        raise SnippetLimit("export.error.snippet_too_big")


def _format_widths(text: str) -> None:
    """A ``%`` or ``format`` pattern asking for a field wider than :data:`MAX_SIZE`."""
    if "*" in text or any(len(n) > 6 or int(n) > MAX_SIZE for n in _NUMBER.findall(text)):
        raise SnippetLimit("export.error.snippet_too_big")


def _guard_replace(text: Any, old: Any, new: Any) -> None:
    """``text.replace(old, new)`` would make more than :data:`MAX_SIZE` characters."""
    if isinstance(text, str) and isinstance(old, str) and isinstance(new, str):
        times = len(text) + 1 if not old else len(text) // len(old)
        if len(text) + times * len(new) > MAX_SIZE:
            raise SnippetLimit("export.error.snippet_too_big")


def _guard_join(items: Any, separator: Any) -> None:
    """Joining ``items`` with ``separator`` would make more than :data:`MAX_SIZE` characters."""
    if (
        isinstance(separator, str)
        and isinstance(items, list | tuple | str | range)
        and len(items) * len(separator) + size(items) > MAX_SIZE
    ):
        raise SnippetLimit("export.error.snippet_too_big")


def _guard_method(method: Any, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
    """Checks before a ``str`` method that can make a long text from short arguments."""
    text = getattr(method, "__self__", None)
    if not isinstance(text, str):
        return
    name = getattr(method, "__name__", "")
    if name in _WIDTH_METHODS:
        for value in (*args, *kwargs.values()):
            _width(value)
    elif name == "replace" and len(args) >= 2:
        _guard_replace(text, args[0], args[1])
    elif name == "join" and args:
        _guard_join(args[0], text)


def bounded_range(*args: int) -> range:
    numbers = range(*args)
    if len(numbers) > MAX_SIZE:
        raise SnippetLimit("export.error.snippet_too_big")
    return numbers


def _bounded_filter(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(function)
    def bounded(*args: Any, **kwargs: Any) -> Any:
        if name in _WIDTH_FILTERS:
            for value in (*args[1:], *kwargs.values()):
                _width(value)
        if name == "format" and args:
            for value in args:
                if isinstance(value, str):
                    _format_widths(value)
                    break
        if name == "replace" and len(args) >= 4:  # (eval_ctx, s, old, new, count)
            _guard_replace(args[1], args[2], args[3])
        if name == "join" and len(args) >= 2:  # (eval_ctx, value, d, attribute)
            _guard_join(args[1], args[2] if len(args) > 2 else kwargs.get("d", ""))
        return _checked(function(*args, **kwargs))

    return bounded


def bounded_environment(**options: Any) -> ImmutableSandboxedEnvironment:
    """A new :class:`ImmutableSandboxedEnvironment` with the limits of this module.

    The class is made on first use, so importing this module does not load jinja2.
    """
    return _environment_class()(**options)


@cache
def _environment_class() -> type[ImmutableSandboxedEnvironment]:
    from jinja2 import nodes
    from jinja2.runtime import Context, Macro
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    class BoundedEnvironment(ImmutableSandboxedEnvironment):
        """The immutable sandbox with the limits of this module."""

        intercepted_binops = frozenset({"*", "**", "+", "%", "//"})

        def __init__(self, **options: Any) -> None:
            super().__init__(**options)
            self.globals["range"] = bounded_range
            self.globals.pop("lipsum", None)
            self.filters = {
                name: _bounded_filter(name, function) for name, function in self.filters.items()
            }
            self._depth = threading.local()

        def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
            tree = super()._parse(source, name, filename)
            if any(True for _ in tree.find_all((nodes.Include, nodes.Import, nodes.FromImport))):
                raise SnippetLimit("export.error.snippet_includes")
            if any(True for _ in tree.find_all(nodes.Extends)):
                raise SnippetLimit("export.error.snippet_includes")
            return tree

        def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
            if operator == "**":
                _power(left, right)
            elif operator == "*":
                for seq, times in ((left, right), (right, left)):
                    if (
                        isinstance(seq, str | bytes | list | tuple)
                        and isinstance(times, int)
                        and times > 0
                        and size(seq) * times > MAX_SIZE
                    ):
                        raise SnippetLimit("export.error.snippet_too_big")
                if (
                    isinstance(left, int)
                    and isinstance(right, int)
                    and left.bit_length() + right.bit_length() > MAX_BITS
                ):
                    raise SnippetLimit("export.error.snippet_too_big")
            elif operator == "+":
                if (
                    isinstance(left, str | bytes | list | tuple)
                    and size(left) + size(right) > MAX_SIZE
                ):
                    raise SnippetLimit("export.error.snippet_too_big")
            elif operator == "%" and isinstance(left, str):
                _format_widths(left)
            return _checked(super().call_binop(context, operator, left, right))

        def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
            pattern = getattr(value, "__self__", None)
            if isinstance(pattern, str) and getattr(value, "__name__", "") in (
                "format",
                "format_map",
            ):
                _format_widths(pattern)
            return super().wrap_str_format(value)

        def getattr(self, obj: Any, attribute: str) -> Any:
            return _checked(super().getattr(obj, attribute))

        def getitem(self, obj: Any, argument: Any) -> Any:
            return _checked(super().getitem(obj, argument))

        def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
            _guard_method(__obj, args, kwargs)
            if not isinstance(__obj, Macro):
                return _checked(super().call(__context, __obj, *args, **kwargs))
            for value in (*args, *kwargs.values()):
                _checked(value)
            depth = getattr(__self._depth, "value", 0)
            if depth >= MAX_DEPTH:
                raise SnippetLimit("export.error.snippet_too_deep")
            __self._depth.value = depth + 1
            try:
                return _checked(super().call(__context, __obj, *args, **kwargs))
            finally:
                __self._depth.value = depth

    return BoundedEnvironment


def _power(base: Any, exponent: Any) -> None:
    if not isinstance(base, int) or not isinstance(exponent, int) or exponent <= 0:
        return
    if abs(base) > 1 and exponent * math.log2(abs(base)) > MAX_BITS:
        raise SnippetLimit("export.error.snippet_too_big")


def bounded_output(chunks: Iterator[str]) -> str:
    """The chunks a render yields, joined; more than :data:`MAX_OUTPUT` characters is refused."""
    parts: list[str] = []
    total = 0
    for chunk in chunks:
        total += len(chunk)
        if total > MAX_OUTPUT:
            raise SnippetLimit("export.error.snippet_too_big")
        parts.append(chunk)
    return "".join(parts)


def within_time(render: Callable[[], T], seconds: float = TIME_BUDGET) -> T:
    """``render()``, stopped with :class:`SnippetLimit` when it takes more than ``seconds``.

    A timer raises an exception asynchronously in the rendering thread (CPython
    checks for it between bytecodes, so loops are stopped too); a render that
    ends first cancels it, and an exception the timer set but that has not yet
    been raised is cleared.
    """
    thread = threading.get_ident()
    lock = threading.Lock()
    state = {"active": True, "fired": False}

    def stop() -> None:
        with lock:
            if state["active"]:
                state["fired"] = True
                _raise_in(thread, _OutOfTime)

    timer = threading.Timer(seconds, stop)
    timer.daemon = True
    try:
        timer.start()
        try:
            return render()
        finally:
            with lock:
                state["active"] = False
                if state["fired"]:
                    _raise_in(thread, None)  # cleared if still pending
            timer.cancel()
    except _OutOfTime:
        raise SnippetLimit("export.error.snippet_too_slow") from None


def _raise_in(thread: int, kind: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread), ctypes.py_object(kind) if kind is not None else None
    )


def render_bounded(template: Any, values: Mapping[str, Any]) -> str:
    """``template`` (of a :func:`bounded_environment`) rendered with ``values``, within limits."""
    return within_time(lambda: bounded_output(template.generate(**values)))
