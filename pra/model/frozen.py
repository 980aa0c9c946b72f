"""Read-only mappings for the frozen records: notes per step, dots per problem, scores …

A frozen record refuses new values for its fields, but a plain ``dict`` inside
it could still be changed in place (``ballot.dots["pb-1"] = 99``), which would
bypass validation and the integrity rules. Every mapping field of the model is
declared ``ReadOnlyMap[K, V]``: validated exactly like ``dict[K, V]`` (same
JSON Schema, written to JSON as a plain object) and then held as a
:class:`FrozenDict`, which refuses every change.

An edit builds a new mapping (``{**old, key: value}``, ``dict(old)``) and a new
record from it; the new record is validated, so the mapping is frozen again.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, NoReturn, TypeVar, get_args

from pydantic import GetCoreSchemaHandler
from pydantic_core import CoreSchema, core_schema

K = TypeVar("K")
V = TypeVar("V")


class FrozenDict(dict[K, V]):
    """A ``dict`` that cannot be changed once made: equal to, and serialised as, a plain dict.

    Being a ``dict`` keeps pydantic's fast serialiser and every reader that
    expects one (``dict(m)``, ``{**m}``, ``m | other`` giving a new plain dict).
    It is hashable (keys and values of the model's mappings are), so frozen
    records holding one are hashable too; copies are the value itself, and it
    pickles. Like ``object.__setattr__`` on a frozen model, ``dict.__setitem__``
    called on it directly is not stopped: that is deliberate misuse, not an edit.
    """

    __slots__ = ()

    def _refuse(self) -> NoReturn:
        raise TypeError(
            "a mapping inside a workshop record cannot be changed in place; "
            "build a new mapping and a new record from it"
        )

    def __setitem__(self, key: K, value: V) -> NoReturn:
        self._refuse()

    def __delitem__(self, key: K) -> NoReturn:
        self._refuse()

    def __ior__(self, other: object) -> NoReturn:  # type: ignore[misc]
        self._refuse()

    def clear(self) -> NoReturn:
        self._refuse()

    def pop(self, *args: object) -> NoReturn:
        self._refuse()

    def popitem(self) -> NoReturn:
        self._refuse()

    def setdefault(self, *args: object) -> NoReturn:
        self._refuse()

    def update(self, *args: object, **kwargs: object) -> NoReturn:
        self._refuse()

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(frozenset(self.items()))

    def __reduce__(self) -> tuple[type[FrozenDict[K, V]], tuple[dict[K, V]]]:
        return type(self), (dict(self),)

    def __copy__(self) -> FrozenDict[K, V]:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> FrozenDict[K, V]:
        return self  # keys and values are immutable (ids, steps, text, numbers)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict.__repr__(self)})"


class _ReadOnly:
    """Pydantic marker: validate ``Mapping[K, V]`` as ``dict[K, V]``, then freeze it."""

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        key, value = get_args(source)
        return core_schema.no_info_after_validator_function(
            FrozenDict,
            handler.generate_schema(dict[key, value]),  # type: ignore[valid-type]
        )


ReadOnlyMap = Annotated[Mapping[K, V], _ReadOnly()]
"""A mapping field of a record: ``dict[K, V]`` in files and schemas, read-only in memory.

Give it ``Field(default_factory=FrozenDict)`` as its default."""
