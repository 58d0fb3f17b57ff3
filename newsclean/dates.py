"""PublicationDate: the one type of ``Article.date``, sortable on any mix of pages.

A page gives a day, a day and a time, or a day, a time and a time zone. All three are
one type here, so that ``sorted(articles, key=lambda a: a.date)`` never raises (a
``datetime.date``, a naive and an aware ``datetime.datetime`` cannot be compared with
each other), and nothing the page said is dropped or made up:

>>> PublicationDate(dt.date(2024, 3, 12)).isoformat()
'2024-03-12'
>>> PublicationDate(dt.date(2024, 3, 12), dt.time(16, 45)).isoformat()
'2024-03-12T16:45:00'
>>> PublicationDate(dt.date(2024, 3, 12), dt.time(16, 45), dt.timedelta(hours=1)).isoformat()
'2024-03-12T16:45:00+01:00'

The sort key is the moment as far as the page tells it: the UTC instant when the offset
is known; else the printed time of day read as UTC; else the day's midnight, read as
UTC. Equal moments are ordered date-only, then naive, then aware (and by offset), so
the order is total and agrees with ``==``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import total_ordering
from typing import Any

_ZERO = dt.timedelta(0)


@total_ordering
@dataclass(frozen=True)
class PublicationDate:
    """A publication day, with the time of day and the UTC offset when the page gives them.

    ``date`` is the day the page prints (in its own time zone), ``time`` the local time
    of day (seconds kept, no tzinfo), ``utc_offset`` the page's offset from UTC
    (``timedelta(hours=1)`` for "+01:00"; ``None`` when the page names no zone).
    A ``utc_offset`` is only kept together with a ``time``.
    """

    date: dt.date
    time: dt.time | None = None
    utc_offset: dt.timedelta | None = None
    _key: tuple[Any, ...] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        if not isinstance(self.date, dt.date) or isinstance(self.date, dt.datetime):
            raise TypeError(f"PublicationDate.date must be a datetime.date, not {type(self.date).__name__}")
        if self.time is not None and self.time.tzinfo is not None:
            raise TypeError("PublicationDate.time is a local time without tzinfo; give the offset as utc_offset")
        if self.utc_offset is not None:
            if self.time is None:
                raise ValueError("a UTC offset needs a time of day")
            if abs(self.utc_offset) >= dt.timedelta(hours=24):
                raise ValueError(f"UTC offset out of range: {self.utc_offset}")
        local = dt.datetime.combine(self.date, self.time or dt.time())
        offset = self.utc_offset or _ZERO
        try:
            instant = local - offset
        except OverflowError:  # year 1 or 9999 with an offset: the ends of time
            instant = dt.datetime.min if offset > _ZERO else dt.datetime.max
        rank = 0 if self.time is None else 1 if self.utc_offset is None else 2
        # The local reading last: two dates with the same key are the same date.
        object.__setattr__(self, "_key", (instant, rank, offset, local))

    # -- making one --------------------------------------------------------------------
    @classmethod
    def from_value(cls, value: "PublicationDate | dt.date | dt.datetime | None") -> "PublicationDate | None":
        """A ``date``, a naive or an aware ``datetime`` (or one of these) as a PublicationDate."""
        if value is None or isinstance(value, PublicationDate):
            return value
        if isinstance(value, dt.datetime):
            offset = value.utcoffset()
            return cls(value.date(), value.time().replace(tzinfo=None), offset)
        if isinstance(value, dt.date):
            return cls(value)
        raise TypeError(f"not a date: {value!r}")

    @classmethod
    def fromisoformat(cls, text: str) -> "PublicationDate":
        """The inverse of :meth:`isoformat` ("2024-03-12", "2024-03-12T16:45:00+01:00")."""
        text = text.strip()
        if len(text) == 10:
            return cls(dt.date.fromisoformat(text))
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        return cls.from_value(value)  # type: ignore[return-value]

    # -- reading it ----------------------------------------------------------------------
    @property
    def year(self) -> int:
        return self.date.year

    @property
    def month(self) -> int:
        return self.date.month

    @property
    def day(self) -> int:
        return self.date.day

    @property
    def tzinfo(self) -> dt.timezone | None:
        return dt.timezone(self.utc_offset) if self.utc_offset is not None else None

    def to_datetime(self) -> dt.datetime:
        """A ``datetime``: aware when the offset is known; midnight when no time is given."""
        return dt.datetime.combine(self.date, self.time or dt.time(), tzinfo=self.tzinfo)

    def isoformat(self) -> str:
        """ISO 8601: the day, then the time and the offset when the page gives them."""
        if self.time is None:
            return self.date.isoformat()
        return self.to_datetime().isoformat()

    __str__ = isoformat

    # -- ordering ------------------------------------------------------------------------
    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PublicationDate):
            return NotImplemented
        return self._key < other._key
