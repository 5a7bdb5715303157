"""Ways to damage a file at random, shared by the Hypothesis tests and benchmarks/fuzz_saves.py.

Each mutation takes the file's text and a random.Random and returns new text (or bytes): bytes
flipped, cut short, fields changed to wrong types or huge numbers, deep nesting, and so on.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from typing import Any

Mutation = Callable[[str, random.Random], str | bytes]

ODD_VALUES: list[Any] = [
    None, True, False, -1, 0, 1, 7, 2**31, 2**63, 2**64 + 1, -(2**63), 10**30, 10**4000,
    1.5, -0.0, 1e308, "", "x", "x" * 5000, "\u202e\u0000\ud7ff", "../../etc/passwd",
    "//server/share", [], [0], [[[]]], {}, {"a": 1}, {"format": 1},
]


# -- text level -------------------------------------------------------------------------------


def flip_bytes(text: str, rng: random.Random) -> bytes:
    raw = bytearray(text.encode("utf-8"))
    for _ in range(rng.randint(1, 8)):
        if raw:
            raw[rng.randrange(len(raw))] = rng.randrange(256)
    return bytes(raw)


def truncate(text: str, rng: random.Random) -> str:
    return text[: rng.randrange(len(text))] if text else text


def splice_junk(text: str, rng: random.Random) -> str:
    at = rng.randrange(len(text) + 1)
    junk = rng.choice(['"', "{", "}", "[", "]", ",", ":", "NaN", "-Infinity", "1e999", "\\u0000",
                       "null", "9" * rng.randint(1, 6000), "\x00", "\ufeff", "#", "=", "'''"])
    return text[:at] + junk + text[at:]


def drop_slice(text: str, rng: random.Random) -> str:
    if len(text) < 2:
        return ""
    a = rng.randrange(len(text))
    b = min(len(text), a + rng.randint(1, 200))
    return text[:a] + text[b:]


def duplicate_slice(text: str, rng: random.Random) -> str:
    if not text:
        return text
    a = rng.randrange(len(text))
    b = min(len(text), a + rng.randint(1, 400))
    return text[:b] + text[a:b] + text[b:]


def change_number(text: str, rng: random.Random) -> str:
    numbers = list(re.finditer(r"-?\d+(\.\d+)?", text))
    if not numbers:
        return text
    match = rng.choice(numbers)
    new = rng.choice(["-1", "0", "99999999999999999999", "1e400", "-1e400", "9" * 5000,
                      "2147483648", "1.5", "-0", "18446744073709551617", "nan", "inf"])
    return text[: match.start()] + new + text[match.end() :]


def deep_text(text: str, rng: random.Random) -> str:
    depth = rng.choice([40, 500, 5000, 100_000])
    at = rng.randrange(len(text) + 1)
    return text[:at] + "[" * depth + "]" * depth + text[at:]


TEXT_MUTATIONS: list[Mutation] = [
    flip_bytes, truncate, splice_junk, drop_slice, duplicate_slice, change_number, deep_text,
]


# -- JSON level -------------------------------------------------------------------------------


def _nodes(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    stack = [(data, path)]
    while stack and len(out) < 20_000:
        value, where = stack.pop()
        items = value.items() if isinstance(value, dict) else enumerate(value) \
            if isinstance(value, list) else ()
        for key, child in items:
            out.append((*where, key))
            stack.append((child, (*where, key)))
    return out


def _set(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return data


def _get(data: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        data = data[key]
    return data


def _json_mutation(change: Callable[[Any, random.Random], Any]) -> Mutation:
    def mutate(text: str, rng: random.Random) -> str:
        data = json.loads(text)
        return json.dumps(change(data, rng), ensure_ascii=rng.random() < 0.5)

    mutate.__name__ = change.__name__
    return mutate


def _odd_field(data: Any, rng: random.Random) -> Any:
    path = rng.choice(_nodes(data))
    value = rng.choice(ODD_VALUES)
    if value == 10**4000:
        value = 10**300  # json.dumps cannot write 4000 digits in 3.11+; the text mutations do
    return _set(data, path, value)


def _swap_fields(data: Any, rng: random.Random) -> Any:
    nodes = _nodes(data)
    a, b = rng.choice(nodes), rng.choice(nodes)
    if a and b and a[: len(b)] != b and b[: len(a)] != a:
        value = json.loads(json.dumps(_get(data, b)))
        return _set(data, a, value)
    return data


def _drop_field(data: Any, rng: random.Random) -> Any:
    path = rng.choice(_nodes(data))
    if not path:
        return data
    parent = _get(data, path[:-1])
    del parent[path[-1]]
    return data


def _nudge_number(data: Any, rng: random.Random) -> Any:
    numeric = [p for p in _nodes(data) if p and isinstance(_get(data, p), int | float)
               and not isinstance(_get(data, p), bool)]
    if not numeric:
        return data
    path = rng.choice(numeric)
    return _set(data, path, _get(data, path) + rng.choice([-1, 1, 100, -100]))


def _deep_field(data: Any, rng: random.Random) -> Any:
    nested: Any = rng.choice([0, "x", {}])
    for _ in range(rng.choice([33, 60, 900])):
        nested = [nested] if rng.random() < 0.5 else {"a": nested}
    return _set(data, rng.choice(_nodes(data)), nested)


def _shuffle_actions(data: Any, rng: random.Random) -> Any:
    for key in ("actions", "moves"):
        if isinstance(data, dict) and isinstance(data.get(key), list):
            actions = data[key]
            choice = rng.randrange(4)
            if choice == 0:
                rng.shuffle(actions)
            elif choice == 1 and actions:
                del actions[rng.randrange(len(actions)) :]
            elif choice == 2:
                actions.append(rng.randrange(400))
            elif actions:
                actions[rng.randrange(len(actions))] = rng.randrange(400)
    return data


def _harmless(data: Any, rng: random.Random) -> Any:
    """Changes a careful reader must accept: keys reordered, an unknown extra field."""
    if isinstance(data, dict):
        items = list(data.items())
        rng.shuffle(items)
        data = dict(items)
        if rng.random() < 0.5:
            data["comment"] = "sent by e-mail"
    return data


JSON_MUTATIONS: list[Mutation] = [
    _json_mutation(f)
    for f in (_odd_field, _swap_fields, _drop_field, _nudge_number, _deep_field, _shuffle_actions,
              _harmless)
]
SAVE_MUTATIONS: list[Mutation] = TEXT_MUTATIONS + JSON_MUTATIONS * 2


# -- TOML level (content files) -----------------------------------------------------------------


def toml_value(text: str, rng: random.Random) -> str:
    """Replace the value of a random `key = value` line with an odd one."""
    lines = text.splitlines()
    candidates = [i for i, line in enumerate(lines) if re.match(r"^\s*[A-Za-z_]+\s*=", line)]
    if not candidates:
        return text
    index = rng.choice(candidates)
    key = lines[index].split("=", 1)[0]
    value = rng.choice([
        "-1", "0", "1", "999999999999999999999999", "-999999999999", "1e308", "nan", "inf",
        '""', '"x"', '"' + "y" * 3000 + '"', "[]", "[1, 2]", '["a", 1]', "{}", "{ a = 1 }",
        "true", "1979-05-27", '"../../../../etc/passwd"', '"\\u0000"', "0.5", "-0.5",
        "[" * 50 + "]" * 50, "[" * 3000 + "]" * 3000, '"\\\\\\\\server\\\\share"',
    ])
    lines[index] = f"{key}= {value}"
    return "\n".join(lines) + "\n"


def toml_drop_line(text: str, rng: random.Random) -> str:
    lines = text.splitlines()
    if lines:
        del lines[rng.randrange(len(lines))]
    return "\n".join(lines) + "\n"


def toml_duplicate_block(text: str, rng: random.Random) -> str:
    blocks = text.split("\n\n")
    if blocks:
        blocks.insert(rng.randrange(len(blocks) + 1), rng.choice(blocks))
    return "\n\n".join(blocks)


def toml_rename_id(text: str, rng: random.Random) -> str:
    ids = list(re.finditer(r'(?m)^(\s*id\s*=\s*)"[^"]*"', text))
    if not ids:
        return text
    match = rng.choice(ids)
    new = rng.choice(['"Bad Id"', '""', '"a"', '"' + "z" * 60 + '"', '"dup"', "7"])
    return text[: match.start()] + match.group(1) + new + text[match.end() :]


CONTENT_MUTATIONS: list[Mutation] = [
    flip_bytes, truncate, splice_junk, drop_slice, duplicate_slice, change_number, deep_text,
    toml_value, toml_value, toml_value, toml_drop_line, toml_duplicate_block, toml_rename_id,
]


def mutate(text: str, rng: random.Random, mutations: list[Mutation], rounds: int = 3) -> bytes:
    """Apply 1 to `rounds` mutations in a row; the result as bytes, ready to write."""
    current: str | bytes = text
    for _ in range(rng.randint(1, rounds)):
        mutation = rng.choice(mutations)
        source = current if isinstance(current, str) else current.decode("utf-8", "replace")
        try:
            current = mutation(source, rng)
        except (ValueError, RecursionError):  # a JSON mutation on text that is not JSON any more
            current = flip_bytes(source, rng)
    return current if isinstance(current, bytes) else current.encode("utf-8", "surrogatepass")
