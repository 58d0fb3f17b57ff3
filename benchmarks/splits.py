"""The one split rule of the development set, used by every benchmark and training script.

A page whose numeric id is a multiple of 5 is held back ("held"); the others are the
"tune" split. Tune and train on "tune" only; look at "held" to confirm a change, never
to choose one.

>>> [split_of(i) for i in ("0000", "0004", "0005", "0123")]
['held', 'tune', 'held', 'tune']
>>> select(["0001", "0005", "0010", "0011"], "held")
['0005', '0010']
"""
from __future__ import annotations

SPLITS = ("tune", "held", "all")


def is_held(page_id: str) -> bool:
    return int(page_id) % 5 == 0


def split_of(page_id: str) -> str:
    return "held" if is_held(page_id) else "tune"


def in_split(page_id: str, split: str) -> bool:
    """Whether the page belongs to ``split`` ("tune", "held" or "all")."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}: one of {SPLITS}")
    return split == "all" or split == split_of(page_id)


def select(ids: list[str], split: str) -> list[str]:
    """The ids of ``split``, in their order."""
    return [i for i in ids if in_split(i, split)]
