"""What the audit says about a chosen place: which runner-ups are the same place, and its
evidence in words a reader knows.

A town and its own municipality, district or state often come back as the runner-up
("Tapachula", the city, and Tapachula, the municipality around it, 4 km apart): either
choice puts the mention in the right place, so such a candidate is no rival, and a margin
measured to it reads like a coin toss where there is none. `same_place` finds them; the
audit measures the margin to the best candidate that is a rival, and names the others.

The resolver words its evidence with the gazetteer's division codes ("its state/province
15 is named in the text"); `readable_evidence` puts the division's name in their place
("its state/province Sicilia is named in the text"), or leaves the code out when the
gazetteer has no name for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from geomig.errors import GazetteerError
from geomig.gazetteer.geo import haversine_km
from geomig.gazetteer.names import normalize
from geomig.models import Candidate, Mention

if TYPE_CHECKING:
    from geomig.gazetteer.index import Gazetteer

#: A candidate of the chosen place's own name, in its country, within this distance is the
#: same place: a town and the municipality or district named after it (their centres lie up
#: to about 20 km apart: a district's point is the weighted centre of its towns). Across a
#: border a namesake is a rival however close (Rafah in Gaza and in Egypt, Nogales in Sonora
#: and in Arizona), and so is a country to a city of its name (Luxembourg).
SAME_NAME_KM = 25.0
#: Words a division's name adds to its town's ("Kunduz Province", "Tapachula Municipality").
_DIVISION_WORDS = frozenset({"municipality", "municipio", "district", "province", "governorate", "county",
                             "department", "region", "state", "prefecture", "city", "shabiyat", "wilaya"})


@dataclass(frozen=True, slots=True)
class SamePlace:
    """A runner-up that is the chosen place under another entry, and why it is."""

    id: str
    why: str            # "same name, 4 km away" / "the state or province it lies in"

    def to_dict(self) -> dict:
        """JSON-ready."""
        return {"id": self.id, "why": self.why}


def _core(name: str) -> str:
    """A name without the division words around it: "Kunduz Province" -> "kunduz"."""
    return " ".join(w for w in normalize(name).split() if w not in _DIVISION_WORDS)


def _place(gazetteer: Gazetteer | None, place_id: str | None):
    if gazetteer is None or place_id is None:
        return None
    try:
        return gazetteer.get(place_id)
    except GazetteerError:      # an overrides file's own place, or another resolver's id
        return None


def same_place(m: Mention, gazetteer: Gazetteer | None = None) -> tuple[SamePlace, ...]:
    """The mention's alternatives that are its chosen place under another entry: of the
    same name and country within SAME_NAME_KM (neither being a country), or (with the gazetteer) the first-level division the
    chosen town lies in. A pinned choice has none but itself: the analyst decided.

    A runner-up of the chosen id is the chosen place itself: a pin that agrees with geomig
    keeps geomig's choice among the runner-ups, and it must not read as a rival at margin 0."""
    if m.id is None or m.lat is None or m.lon is None:
        return ()
    pinned = "overridden" in m.flags
    why = "geomig's own choice, which the pin confirms" if pinned else "the chosen place itself"
    out = [SamePlace(a.id, why) for a in m.alternatives if a.id == m.id]
    if pinned:
        return tuple(out)
    chosen = _place(gazetteer, m.id)
    core = _core(m.name or m.text)
    for a in m.alternatives:
        if a.id == m.id:
            continue
        km = haversine_km(m.lat, m.lon, a.lat, a.lon)
        if (core and _core(a.name) == core and km <= SAME_NAME_KM and a.country == m.country
                and "country" not in (m.kind, a.kind)):
            out.append(SamePlace(a.id, f"same name, {km:.0f} km away"))
        elif _division_of(chosen, a, gazetteer):
            out.append(SamePlace(a.id, "the state or province it lies in"))
    return tuple(out)


def _division_of(chosen, a: Candidate, gazetteer: Gazetteer | None) -> bool:
    """Whether candidate a is the first-level division the chosen place lies in."""
    if chosen is None or a.kind != "admin" or not chosen.admin1 or chosen.feature == "ADM1":
        return False
    division = _place(gazetteer, a.id)
    return (division is not None and division.feature == "ADM1" and division.country == chosen.country
            and division.admin1 == chosen.admin1)


def margin_to_rivals(m: Mention, same: tuple[SamePlace, ...]) -> float | None:
    """The confidence minus the best rival's score (a runner-up that is not the same place);
    None when there is no rival."""
    kin = {s.id for s in same}
    rivals = [a.score for a in m.alternatives if a.id not in kin]
    return m.confidence - max(rivals) if rivals else None


# The resolver's phrases that hold a division code (geomig/geoparse/resolve.py): the state
# itself named, or only places in it ("another place in its state/province 04 is named
# (Oujda)"); "other towns of" is the older wording, still read in saved geocodes.
_STATE_NAMED = re.compile(r"its state/province (\S+) (is named in the text|(?:is|are) named)")
_STATE_TOWNS = re.compile(r"other towns of (\S+) are named")


def readable_evidence(m: Mention, gazetteer: Gazetteer | None = None) -> str:
    """The mention's evidence with each division code replaced by the division's name (the
    chosen place's own division: the code is its admin1), or left out when unknown."""
    evidence = m.evidence
    if "its state/province " not in evidence and "other towns of " not in evidence:
        return evidence
    place = _place(gazetteer, m.id)

    def name(code: str) -> str | None:
        if place is None or place.admin1 != code or gazetteer is None:
            return None     # the code is not the chosen place's (a contradicted qualifier's best sense)
        return gazetteer.division_name(place.country, code)

    def named(match: re.Match) -> str:
        found = name(match.group(1))
        return f"its state/province {found} {match.group(2)}" if found else f"its state/province {match.group(2)}"

    def towns(match: re.Match) -> str:
        found = name(match.group(1))
        return f"other towns of {found} are named" if found else "other towns of its state/province are named"

    return _STATE_TOWNS.sub(towns, _STATE_NAMED.sub(named, evidence))
