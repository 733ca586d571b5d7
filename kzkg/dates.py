"""Partial dates: a year, a year and month, or a full day.

Documents give dates at different precisions ("in 2019", "January 2022",
"2 January"), and front matter may too. A PartialDate keeps exactly the
precision stated and maps to xsd:gYear, xsd:gYearMonth or xsd:date.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rdflib import Literal

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year {self.year} is out of range")
        if self.month is None and self.day is not None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is out of range")
        if self.day is not None:
            assert self.month is not None
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise ValueError(f"day {self.day} is out of range for {self.year}-{self.month:02d}")

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ISO 8601 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; ValueError otherwise."""
        match = _ISO.match(text.strip())
        if not match:
            raise ValueError(f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}")
        year, month, day = match.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        if self.day is not None and self.month is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    @property
    def start(self) -> datetime.date:
        """The first day the date covers: 2022-01 starts on 2022-01-01."""
        return datetime.date(self.year, self.month or 1, self.day or 1)

    @property
    def end(self) -> datetime.date:
        """The last day the date covers: 2022-01 ends on 2022-01-31."""
        month = self.month or 12
        return datetime.date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    def literal(self) -> Literal:
        from rdflib import Literal  # imported here: reading dates needs no rdflib
        from rdflib.namespace import XSD

        datatype = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}[self.precision]
        return Literal(self.iso(), datatype=datatype)

    def __str__(self) -> str:
        return self.iso()


def most_precise(dates: list[str]) -> str:
    """The one date to show when documents give several (2022-01 and 2022-01-02):
    the most precise, the earliest of those."""
    return min(dates, key=lambda d: (-len(d), d))
