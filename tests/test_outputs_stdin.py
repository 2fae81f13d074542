"""CSV cells of a document read from stdin: its name "-" is shown as it is, not as "'-"."""

from __future__ import annotations

import pytest

from geomig.documents import outputs


@pytest.mark.parametrize(("value", "cell"), [("-", "-"), ("--", "'--"), ("- 1", "'- 1"), ("-1", "'-1"),
                                             ("-SUM(A1)", "'-SUM(A1)"), ("=1+1", "'=1+1")])
def test_stdin_s_name_is_no_formula_but_a_dash_before_anything_is(value, cell):
    assert outputs.csv_cell(value) == cell
