from __future__ import annotations

import pytest
from rdflib import namespace

from kzkg.dates import PartialDate


@pytest.mark.parametrize(
    ("text", "datatype"),
    [
        ("2019", str(namespace.XSD.gYear)),
        ("2022-01", str(namespace.XSD.gYearMonth)),
        ("2022-01-02", str(namespace.XSD.date)),
    ],
)
def test_partial_dates_keep_their_precision(text: str, datatype: str) -> None:
    date = PartialDate.parse(text)
    assert date.iso() == text
    assert str(date.literal().datatype) == datatype


@pytest.mark.parametrize("text", ["2022-13", "2022-02-30", "22", "2022/01/02", "", "0000"])
def test_invalid_dates_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        PartialDate.parse(text)


def test_partial_dates_sort_year_before_its_months() -> None:
    dates = sorted(PartialDate.parse(t) for t in ["2022-01-11", "2019", "2022-01-02"])
    assert [d.iso() for d in dates] == ["2019", "2022-01-02", "2022-01-11"]
