"""A seeded, deterministic corpus of hostile workshop files: mutations of the examples.

``mutant(index, seed)`` is the ``index``-th file of the corpus ``seed``; it
depends on nothing else, so any one of them can be made again alone (the fuzz
run prints the index of every finding). About two thirds are JSON-aware (the
example is parsed, changed in one to three places, and written back, with keys
possibly written twice); the rest change the bytes (truncated, flipped, a NUL,
invalid UTF-8, another encoding). The JSON-aware changes:

* ``retype``: a value becomes another type (null, bool, number, text, list, object);
* ``extreme``: a number, date or text pushed to an edge (``9999-12-01``,
  ``2**63``, ``1e308``, 10,000 characters, an empty string …);
* ``unicode``: text with NUL, control and bidi characters, lone surrogates,
  decomposed accents, ß and İ, emoji, zero-width joiners;
* ``delete`` a key or a list item; ``duplicate`` a list item (its id kept or
  made unique) or write a key twice; ``swap`` two ids or point a reference at another;
* ``huge``: a list grown to hundreds, thousands or 100,000 items;
* ``deep``: a value wrapped in 30 to 100,000 levels of lists or objects.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from pra.resources import example_path

EXAMPLES = ("palembang", "surabaya", "yogyakarta")
SEED = 14

Json = Any
Slot = tuple[Json, Any]
"""A place in the document: its container (dict or list) and the key or index there."""


@dataclass(frozen=True)
class Mutant:
    index: int
    example: str
    changes: tuple[str, ...]
    """What was done, e.g. ``("extreme groups.0.calendar.start=9999-12-01",)``."""
    data: bytes

    @property
    def name(self) -> str:
        return f"{self.index:05d}-{self.example}"


class Twice(dict[str, Json]):
    """An object written with one of its keys twice (``dump`` writes ``again`` after the rest)."""

    again: tuple[str, Json] = ("", None)


@cache
def example_bytes(name: str) -> bytes:
    return example_path(name).read_bytes()


@cache
def participant_names() -> frozenset[str]:
    """Every participant's name in the examples: none may reach export's or archive's output."""
    names: set[str] = set()
    for example in EXAMPLES:
        data = json.loads(example_bytes(example))
        names.update(p["name"] for p in data["participants"])
    return frozenset(names)


def mutant(index: int, seed: int = SEED) -> Mutant:
    """The ``index``-th file of corpus ``seed``: the same bytes on every machine and run."""
    rng = random.Random(f"pra-fuzz-{seed}-{index}")
    example = rng.choice(EXAMPLES)
    original = example_bytes(example)
    if rng.random() < 0.68:
        doc = json.loads(original)
        changes = []
        for _ in range(rng.choice((1, 1, 1, 2, 3))):
            if not isinstance(doc, dict | list):  # the root itself was replaced
                break
            kind = rng.choice(sorted(JSON_CHANGES))
            doc, what = JSON_CHANGES[kind](rng, doc)
            changes.append(f"{kind} {what}")
        data = dump(doc).encode("utf-8", "surrogatepass")
    else:
        kind = rng.choice(sorted(BYTE_CHANGES))
        data, what = BYTE_CHANGES[kind](rng, original)
        changes = [f"{kind} {what}"]
    return Mutant(index, example, tuple(changes), data)


def mutants(count: int, seed: int = SEED, start: int = 0) -> Iterator[Mutant]:
    for index in range(start, start + count):
        yield mutant(index, seed)


# --- writing JSON, keys twice included ------------------------------------------------


def dump(value: Json) -> str:
    """``value`` as JSON text; a :class:`Twice` writes its extra key after the others.

    Deep values are written without recursion, so 100,000 levels are possible.
    """
    out: list[str] = []
    stack: list[Any] = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, _Raw):
            out.append(item.text)
        elif isinstance(item, dict):
            pairs = list(item.items())
            if isinstance(item, Twice):
                pairs.append(item.again)
            parts: list[Any] = [_Raw("{")]
            for i, (key, val) in enumerate(pairs):
                parts.append(_Raw(("," if i else "") + json.dumps(key) + ":"))
                parts.append(val)
            parts.append(_Raw("}"))
            stack.extend(reversed(parts))
        elif isinstance(item, list):
            parts = [_Raw("[")]
            for i, val in enumerate(item):
                if i:
                    parts.append(_Raw(","))
                parts.append(val)
            parts.append(_Raw("]"))
            stack.extend(reversed(parts))
        else:
            out.append(json.dumps(item, ensure_ascii=False))
    return "".join(out)


@dataclass(frozen=True)
class _Raw:
    text: str


# --- places in the document --------------------------------------------------------------


def _slots(doc: Json) -> list[tuple[str, Slot]]:
    """Every place below the root, with its dotted path, in document order."""
    found: list[tuple[str, Slot]] = []
    stack: list[tuple[str, Json]] = [("", doc)]
    while stack:
        path, node = stack.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node)
        children = []
        for key, value in items:
            place = f"{path}.{key}" if path else str(key)
            found.append((place, (node, key)))
            if isinstance(value, dict | list) and len(found) < 20000:
                children.append((place, value))
        stack.extend(reversed(children))
    return found


def _pick(
    rng: random.Random, doc: Json, want: Callable[[Json], bool] = lambda _: True
) -> tuple[str, Slot] | None:
    slots = [(p, s) for p, s in _slots(doc) if want(s[0][s[1]])]
    return rng.choice(slots) if slots else None


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _is_date(value: Json) -> bool:
    return isinstance(value, str) and bool(_DATE.match(value))


def _is_number(value: Json) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _short(value: Json) -> str:
    text = json.dumps(value, ensure_ascii=True)
    return text if len(text) <= 40 else f"{text[:30]}…({len(text)})"


# --- JSON-aware changes ----------------------------------------------------------------------

OTHER_TYPES: tuple[Json, ...] = (None, True, False, 0, -1, 1.5, "", "x", "1", "true", [], {}, [1])


def _retype(rng: random.Random, doc: Json) -> tuple[Json, str]:
    if rng.random() < 0.03:
        new = rng.choice(OTHER_TYPES)
        return new, f"root={_short(new)}"
    picked = _pick(rng, doc)
    if picked is None:
        return doc, "nothing"
    path, (node, key) = picked
    old = node[key]
    choices = [v for v in OTHER_TYPES if type(v) is not type(old)]
    if isinstance(old, int | float | str | bool) and old is not None:
        choices += [str(old), [old], {"value": old}]
    new = rng.choice(choices)
    node[key] = new
    return doc, f"{path}={_short(new)}"


EXTREME_DATES = (
    "9999-12-01", "9999-12-27", "9998-01-01", "0001-01-01", "1989-12-31", "1990-01-01",
    "2100-12-31", "2101-01-01", "2024-02-29", "2023-02-29", "2024-13-01", "2024-00-10",
    "2024-04-31", "20240101", "2024-1-1", "2024-01-01T00:00:00", "2024-01-01Z", "１９９９-01-01",
)  # fmt: skip
EXTREME_NUMBERS = (
    0, -1, 1, 2, 7, 52, 53, 260, 261, 520, 521, 999, 1001, 10**6, 2**31, 2**53 + 1, 2**63,
    -(2**63), 10**30, 10**400, 1e308, -1e308, 1e-308, 0.1, 1.0, -0.0, float("inf"), float("nan"),
)  # fmt: skip


def _extreme_text(rng: random.Random) -> str:
    return rng.choice(
        (
            "",
            " ",
            "x" * 200,
            "x" * 201,
            "kata " * 4000,
            "x" * 20001,
            "y" * 100_000,
            "\n" * 500,
            "{x} {{ }} %s %(name)s {0}",
            "<w:p>&amp;</w:p>]]>",
            "=cmd|' /C calc'!A0",
            "../../etc/passwd",
            "CON",
        )
    )


def _extreme(rng: random.Random, doc: Json) -> tuple[Json, str]:
    picked = _pick(rng, doc, lambda v: _is_date(v) or _is_number(v) or isinstance(v, str))
    if picked is None:
        return doc, "nothing"
    path, (node, key) = picked
    old = node[key]
    if _is_date(old):
        new: Json = rng.choice(EXTREME_DATES)
    elif _is_number(old):
        new = rng.choice(EXTREME_NUMBERS)
    else:
        new = _extreme_text(rng)
    node[key] = new
    return doc, f"{path}={_short(new)}"


UNICODE = (
    "\u0000", "\u0007", "\x1b[31m", "\u202e", "\u200b", "\u200d", "\ufeff", "\ud800", "\udfff",
    "\U0001f600", "\U0001f469\u200d\U0001f467", "A\u0301", "e\u0301\u0301\u0301", "ß", "İ", "ﬁ",
    "\u2028", "\u0085", "\r\n", "\t", "\ufffd", "\uffff", "\U0010ffff", "ي", "ศ", "\u0301",
)  # fmt: skip


def _unicode(rng: random.Random, doc: Json) -> tuple[Json, str]:
    picked = _pick(rng, doc, lambda v: isinstance(v, str))
    if picked is None:
        return doc, "nothing"
    path, (node, key) = picked
    old: str = node[key]
    odd = "".join(rng.choice(UNICODE) for _ in range(rng.randint(1, 4)))
    where = rng.choice(("start", "end", "middle", "only"))
    if where == "start":
        new = odd + old
    elif where == "end":
        new = old + odd
    elif where == "middle":
        cut = len(old) // 2
        new = old[:cut] + odd + old[cut:]
    else:
        new = odd
    node[key] = new
    return doc, f"{path} {where} {_short(odd)}"


def _delete(rng: random.Random, doc: Json) -> tuple[Json, str]:
    picked = _pick(rng, doc)
    if picked is None:
        return doc, "nothing"
    path, (node, key) = picked
    del node[key]
    return doc, path


def _with_new_ids(value: Json, suffix: str) -> Json:
    if isinstance(value, dict):
        return {
            k: (f"{v}{suffix}" if k == "id" and isinstance(v, str) else v) for k, v in value.items()
        }
    return value


def _duplicate(rng: random.Random, doc: Json) -> tuple[Json, str]:
    if rng.random() < 0.4:  # a key written twice, the second time with another value
        picked = _pick(rng, doc, lambda v: isinstance(v, dict) and bool(v))
        if picked is None:
            return doc, "nothing"
        path, (node, key) = picked
        obj = node[key]
        twice = Twice(obj)
        name = rng.choice(sorted(obj))
        twice.again = (name, rng.choice((obj[name], None, "", 0, [])))
        node[key] = twice
        return doc, f"{path}.{name} twice"
    picked = _pick(rng, doc, lambda v: isinstance(v, list) and bool(v))
    if picked is None:
        return doc, "nothing"
    path, (node, key) = picked
    items = node[key]
    i = rng.randrange(len(items))
    copy = items[i]  # shared, not copied: it may be 100,000 levels deep
    unique = rng.random() < 0.5
    items.insert(i + 1, _with_new_ids(copy, "-b") if unique else copy)
    return doc, f"{path}.{i}{' new id' if unique else ''}"


def _is_reference(path: str, slot: Slot) -> bool:
    """An id or a reference to one: ``id``, ``*_id``, or an item of an ``*_ids`` list."""
    node, key = slot
    if not isinstance(node[key], str):
        return False
    if isinstance(key, str):
        return key == "id" or key.endswith("_id")
    return path.split(".")[-2].endswith("ids")


def _ids(doc: Json) -> list[tuple[str, Slot]]:
    return [(p, s) for p, s in _slots(doc) if _is_reference(p, s)]


def _swap(rng: random.Random, doc: Json) -> tuple[Json, str]:
    ids = _ids(doc)
    if len(ids) < 2:
        return doc, "nothing"
    (pa, (na, ka)), (pb, (nb, kb)) = rng.sample(ids, 2)
    if rng.random() < 0.5:
        na[ka], nb[kb] = nb[kb], na[ka]
        return doc, f"{pa}<->{pb}"
    na[ka] = nb[kb]
    return doc, f"{pa}:={pb}"


HUGE_BYTES = 3_000_000


def _huge(rng: random.Random, doc: Json) -> tuple[Json, str]:
    picked = _pick(rng, doc, lambda v: isinstance(v, list) and bool(v))
    if picked is None:
        return doc, "nothing"
    path, (node, key) = picked
    items = node[key]
    size = rng.choice((101, 301, 501, 1001, 5001, 100_000))
    each = len(dump(items[0])) + 1
    size = min(size, max(2, HUGE_BYTES // each))  # a file a little over the 20 MB the store reads
    if rng.random() < 0.5 or not isinstance(items[0], dict):
        grown = [items[i % len(items)] for i in range(size)]
        how = "copies"
    else:
        grown = [_with_new_ids(items[i % len(items)], f"-{i}") for i in range(size)]
        how = "new ids"
    node[key] = grown
    return doc, f"{path} x{size} {how}"


def _deep(rng: random.Random, doc: Json) -> tuple[Json, str]:
    picked = _pick(rng, doc)
    if picked is None:
        return doc, "nothing"
    path, (node, key) = picked
    depth = rng.choice((30, 200, 1000, 1000, 5000, 100_000))
    value = node[key]
    as_list = rng.random() < 0.5
    for _ in range(depth):
        value = [value] if as_list else {"a": value}
    node[key] = value
    return doc, f"{path} {depth} {'lists' if as_list else 'objects'}"


JSON_CHANGES: dict[str, Callable[[random.Random, Json], tuple[Json, str]]] = {
    "retype": _retype,
    "extreme": _extreme,
    "unicode": _unicode,
    "delete": _delete,
    "duplicate": _duplicate,
    "swap": _swap,
    "huge": _huge,
    "deep": _deep,
}


# --- byte-level changes ----------------------------------------------------------------------


def _truncate(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    cut = rng.choice((0, 1, rng.randrange(len(data)), len(data) - 1))
    return data[:cut], f"at {cut}"


def _flip(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    out = bytearray(data)
    count = rng.choice((1, 1, 2, 5, 20))
    for _ in range(count):
        i = rng.randrange(len(out))
        out[i] ^= 1 << rng.randrange(8)
    return bytes(out), f"{count} bits"


def _insert(rng: random.Random, data: bytes, what: bytes) -> tuple[bytes, int]:
    i = rng.randrange(len(data))
    return data[:i] + what + data[i:], i


def _nul(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    out, i = _insert(rng, data, b"\x00" * rng.choice((1, 3)))
    return out, f"at {i}"


INVALID_UTF8 = (b"\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\x80")


def _invalid_utf8(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    bad = rng.choice(INVALID_UTF8)
    out, i = _insert(rng, data, bad)
    return out, f"{bad!r} at {i}"


def _encoding(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    how = rng.choice(("bom", "utf-16", "utf-32", "latin-1", "crlf", "doubled", "garbage-end"))
    text = data.decode("utf-8")
    if how == "bom":
        return b"\xef\xbb\xbf" + data, how
    if how in ("utf-16", "utf-32"):
        return text.encode(how), how
    if how == "latin-1":
        return text.encode("latin-1", "replace"), how
    if how == "crlf":
        return data.replace(b"\n", b"\r\n"), how
    if how == "doubled":
        return data + data, how
    return data + b"\n}garbage", how


BYTE_CHANGES: dict[str, Callable[[random.Random, bytes], tuple[bytes, str]]] = {
    "truncate": _truncate,
    "flip": _flip,
    "nul": _nul,
    "invalid-utf8": _invalid_utf8,
    "encoding": _encoding,
}
