"""Feature rows kept by column (issue 12, memory): the engine's features of a page of
tens of thousands of blocks, made into float rows a slice at a time as the trees read
them (docs/engine.md, "Memory"). engine/features.py fills them; engine/page.py and
learned/scorer.py read their slices."""
from __future__ import annotations

import numpy as np


class FeatureColumns:
    """A page's feature rows (engine.features.UNIT_FEATURES) stored by column, each in the type it was computed in
    (a flag one byte, a bit field one int64 for all its columns, a column of one value
    no array), and made into float rows a slice at a time (``columns[start:stop]``, as
    the trees read them): the float matrix of a page of 37,860 blocks was 28 MiB.

    ``np.asarray(columns)`` (or ``columns[:]``) gives all the rows at once.

    >>> c = FeatureColumns(3, fill=0.0, width=5)
    >>> c[1] = np.array([True, False, True]); c.bits(np.array([1, 2, 3]), [2, 3]); c[4] = 7.5
    >>> c[1:3].tolist()
    [[0.0, 0.0, 0.0, 1.0, 7.5], [0.0, 1.0, 1.0, 1.0, 7.5]]
    """

    def __init__(self, n: int, fill: float, width: int) -> None:
        self.n, self.width, self.fill = n, width, fill
        self.columns: dict[int, np.ndarray | float] = {}
        self.bit_fields: list[tuple[np.ndarray, np.ndarray]] = []

    @property
    def shape(self) -> tuple[int, int]:
        return self.n, self.width

    def __len__(self) -> int:
        return self.n

    def __setitem__(self, column: int | list[int], values: object) -> None:
        """Column ``column`` (or each of a list) := ``values`` (n values, or one for all rows)."""
        for j in ([column] if isinstance(column, int) else column):
            self.columns[j] = values if np.isscalar(values) else np.asarray(values)

    def bits(self, values: np.ndarray, columns: list[int]) -> None:
        """The columns of a bit field: bit k of ``values`` goes to ``columns[k]``."""
        self.bit_fields.append((np.asarray(values, dtype=np.int64), np.asarray(columns, dtype=np.intp)))

    def __getitem__(self, rows: slice) -> np.ndarray:
        if not isinstance(rows, slice):  # x[i] or x[:, j] of an ndarray: not kept by row
            raise TypeError(f"FeatureColumns gives a slice of rows (columns[start:stop]), not [{rows!r}]")
        start, stop, step = rows.indices(self.n)
        if step != 1:
            raise ValueError("FeatureColumns gives contiguous rows only")
        out = np.full((max(stop - start, 0), self.width), self.fill)
        for j, values in self.columns.items():
            out[:, j] = values if np.isscalar(values) else values[start:stop]
        for values, columns in self.bit_fields:
            out[:, columns] = (values[start:stop, None] >> np.arange(len(columns))) & 1
        return out

    def __array__(self, dtype: object = None, copy: object = None) -> np.ndarray:
        out = self[:]
        return out if dtype is None else out.astype(dtype)
