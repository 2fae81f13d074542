"""move.returned silenced by a plan only (context removal_planned): policy's nouns, or a modal a
few words before the sending back ("would be deported to X"), not a modal elsewhere in the
clause ("deported to X, a claim officials would not confirm", "deported to X against their
will"). A return of people's own accord with a modal in its clause stays silenced
(own_return_modal).

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import route_names


def returned_to_tunis(text: str) -> bool:
    """Whether a route in the picture of a text ends at Tunis."""
    return any(r.endswith("→ Tunis") for r in route_names(text))


@pytest.mark.parametrize("text", [
    "Last month 40 Tunisians were stopped at Tripoli airport and sent back to Tunis, "
    "a claim the ministry would not confirm.",
    "Last month 40 Tunisians reached Tripoli and were deported to Tunis against their will.",
    "Last month 40 Tunisians were held at Tripoli airport until they could be put on flights back to Tunis.",
], ids=["modal-after", "against-their-will", "until-could"])
def test_a_return_told_beside_a_modal_is_drawn(text):
    assert returned_to_tunis(text)


@pytest.mark.parametrize("text", [
    "Last month 40 Tunisians reached Tripoli; officials said they would be deported to Tunis.",
    "Last month 40 Tunisians reached Tripoli, where they will be held until they can be flown back to Tunis.",
    "Last month 40 Tunisians reached Tripoli, but they cannot be sent back to Tunis.",
    'Last month 40 Tunisians reached Tripoli and would be "returned to Tunis" within days.',
    "Last month 40 Tunisians reached Tripoli; a new law says they could soon be sent back to Tunis.",
], ids=["would-be", "until-can", "cannot", "would-quoted", "law"])
def test_a_return_only_planned_is_not_drawn(text):
    assert not returned_to_tunis(text)
