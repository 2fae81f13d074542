"""Toponym resolution: choose a gazetteer place for each recognised span.

Each candidate gets a score from four sources of evidence, added in log space:
a prior (feature type, population, exact name), the document's country and state
context, explicit context ("Tripoli, Lebanon", "the Libyan city of Sabratha") and
spatial coherence with the document's other places (their first choices, and their
other plausible senses in the country where most of its towns are). A softmax over a
span's candidates gives the probability that becomes the confidence (calibrated on LGL,
see calibrate()). A name keeps one sense within a document unless explicit context says
otherwise.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import replace
from typing import Any, NamedTuple, cast

from geomig.errors import GazetteerError
from geomig.gazetteer.index import Gazetteer, normalize, remember
from geomig.gazetteer.geo import KM_PER_DEGREE, haversine_km, haversine_matrix_km
from geomig.models import LOCAL_KINDS, Candidate, Mention, Place, Span
from geomig.gazetteer.regions import region_id, twin_id, within_place
from geomig.geoparse.text import alternation, dateline_place, list_goes_on, list_joiner, feature_after, feature_before, lexicon, site_noun_end

MAX_ALTERNATIVES = 5
#: Votes by country or (country, state): a Counter of float weights, which typeshed's
#: Counter (of int counts) cannot say, so the checker takes it as any object (these modules
#: are kept mypy-clean, compilable for geocode_bench --compiled).
Votes = Any
_SCORE = operator.attrgetter("score")
_ACRONYM = operator.attrgetter("acronym")

# Weights of the evidence, in log-odds units; tuned on LGL's even documents (benchmarks/RESULTS.md).
KIND_PRIOR = {"continent": 3.0, "country": 3.0, "sea": 2.5, "region": 3.0, "island": 1.0,
              "landmark": 0.5, "admin": 0.0, "city": 0.0}
# A hub airport known worldwide by one name ("Heathrow") outranks the small towns of it.
FEATURE_PRIOR = {"ADM1": 2.2, "ADM2": 0.4, "PPLC": 1.2, "airport": 6.5}
W_POPULATION = 0.7
W_EXACT_NAME = 0.8
W_ADMIN_ALIAS = 2.0
W_ACRONYM = 3.0
W_CITY_ALIAS = 1.0
W_OWN_NAME = 2.0  # an alias yields to a town of its country that bears the name (_own_names_over_aliases)
W_CAPITAL_NAMESAKE = 2.5
W_METROPOLIS = 3.0
METROPOLIS_SHARE = 0.2  # of its division's population: the city is what the name means in news
METROPOLIS_PEOPLE = 100_000
W_RENAMED_DIVISION = 1.0  # a metropolis ranks this far above a division its name names by another name
CITY_SHARE = 0.5  # of its district's people: the city fills the district named after it
DISTRICT_MARGIN = 0.01  # such a district ranks this far below its city
NAMESAKE_MARGIN = 1.0  # a division ranks this far below the town it is named after (_namesake_towns)
NAMESAKE_SHARE = 0.1   # of its district's people, at least
NAMESAKE_ADM1_KM = 250.0  # a first-level division's point may lie this far from the town it is named after
NAMESAKE_RATIO = 30  # a town this many times smaller than a metropolis of its name: see _overshadowed
STATE_NEAR_SENTENCES = 3  # a state named this many sentences from a name, at most, is named beside it (_far_state_abroad)
SMALL_DIVISION_RATIO = 10  # a division abroad this many times smaller than a metropolis of its name
W_USER_PLACE = 20.0
W_WATER_NAME = 5.0    # "Red Sea" is the sea, not the Sudanese state named after it
NATURAL_FEATURES = frozenset({"sea", "river", "lake", "gap", "mountains", "desert"})
NAMED_AREAS = frozenset({"region", "sea", "continent"})
FALLBACK_KINDS = frozenset({"island", "landmark", "region", "sea"})  # not "southern Sudan", a part of Sudan
HAMLET = 3_000  # people: a town smaller than this needs its state, neighbours or country beside it
FOREIGN_TOWN_POPULATION = 50_000  # a smaller town abroad, far from the text's other places, is doubtful
FAR_KM = 1500.0
SPELLING_RATIO = 90  # rapidfuzz ratio: a name this close to a town's is a spelling of it, no alias
SPELLING_OVER_NAME = 10  # ... when that town is this many times larger than any town bearing the name
ALIAS_TOWN_KNOWN = 1_000_000  # a city this large is known abroad by its other names too
W_COUNTRY = 1.5
W_ADMIN1 = 3.0
W_TOWN_STATE = 1.0
MOST_OF_COUNTRY = 0.5  # of its country's people: such a state's votes are the country's, soft evidence
W_EXPLICIT = 6.0
W_SENTENCE_COUNTRY = 1.2
# A story set in one country (named as a nation at least SETTING_VOTES times, more than all
# others together) speaks for a town of the name there as a named state does for its towns:
# "San Marcos" in a story about Guatemala that mentions Texas is Guatemala's (_Evidence).
W_SETTING = W_ADMIN1
SETTING_VOTES = 2
SETTING_SHARE = 0.5  # of the votes of the text's other names, at least
W_NEAR = 5.0
NEAR_KM = 600.0
ANCHOR_MARGIN = 2.0   # senses of another name within this of its best stand for it in coherence
ANCHOR_SENSES = 10
MAX_CELLS = 1 << 20   # candidates x senses per distance matrix: 8 MB, whatever the text's length
TEMPERATURE = 1.0
NEAR_SAME_KM = 161.0  # the accuracy radius the confidence speaks about
NEAR_CACHE = 1 << 16   # pairs of points remembered (a few MB at most)
# Degrees of latitude whose meridian arc (about 111.2 km each) is well past NEAR_SAME_KM:
# points that far apart in latitude are farther apart than it, whatever the rounding.
FAR_LATITUDES = 1.6
# Areas have no population: a sea, an ocean or a macro-region counts as a large city would.
W_AREA = 4.0
# A candidate whose prior is this far below a famous one abroad ("London", Kentucky, against
# London) may not overtake it on the text's country share and nearness alone.
FAME_GAP = 3.0
FAME_MARGIN = 0.5
# A city of FAMOUS_PEOPLE or more is famous whatever the priors' gap: where every namesake
# in another country is FAMOUS_RATIO times smaller ("Dubai", 2,000 people in India, beside
# Dubai), none may overtake it on the text's country share and nearness alone either.
FAMOUS_PEOPLE = 1_000_000
FAMOUS_RATIO = 100
CLOSE_KM = 150.0  # nearer than this to the text's other places is evidence of its own
# A namesake outshone by a great city of its name in another state of its country (_outshone:
# Monterrey, a Chiapas village of 500, beside Monterrey, Nuevo León) is meant where it lies
# beside the text's other places, this near (a list of one district's villages); farther, its
# nearness alone may not overtake the city ("from Tapachula to Monterrey", 110 km from it).
BESIDE_KM = 50.0
NEARER_RATIO = 2.0  # a namesake this many times nearer the text's places than the next is the one meant
# "New York" in an international story is the city, not the state.
W_CITY_OVER_STATE = 5.0
INTERNATIONAL_SHARE = 0.3  # a story is international when its own country is less of its context
# "the state of Washington", "Washington state", "Zaire province": the division, not the
# capital or a town of its name; the whole text keeps that sense.
W_DIVISION_CUE = 4.0
_DIVISIONS = frozenset({"ADM1", "ADM2"})  # the divisions a town may be named like (_namesake_towns)
# "Virginia, Washington and Wyoming": a name listed with divisions of a country is one of
# them; listed with countries ("Georgia, Armenia and Azerbaijan"), a country.
W_LIST = 2.5
# Listed with countries, a country's name is the country even where the text's other towns
# lie near a division of its name ("Niger and Nigeria" beside Kano is Niger, not Nigeria's
# Niger State): nearness to them must not outweigh the list.
W_LIST_COUNTRY = 5.0
QUALIFIER_MARGIN = 2.0  # a qualifier's other senses within this of its best may be the one meant
BESIDE_DIVISION_KM = 100.0  # a town this near a division the text puts it in is in it (_beside_division)
CONTRADICTED_CONFIDENCE = 0.3  # at most, for a choice outside the place the text names
# A name the gazetteer lacks matches a spelling variant in the text's countries ("Zawya"):
VARIANT_COUNTRIES = 3         # the countries the text names most
VARIANT_MIN_RATIO = 80.0      # rapidfuzz ratio (indel similarity): "komas" ~ "khoms" is 80
VARIANT_CLOSE_RATIO = 90.0    # closer than this needs no common consonant skeleton
VARIANT_MAX_LENGTH_GAP = 2
VARIANT_MIN_LENGTH = 4
# A town as small as a village beyond a hamlet: recognition asks only where the text expects a
# place ("to Tiachiv", Tyachiv's national romanisation), in its most named countries ...
VARIANT_MIN_POPULATION = HAMLET
# ... but a town under this many people only as a closer spelling: many more villages than towns
# share a few consonants with a word ("Maula" is no spelling of Tanzania's Malya).
VARIANT_TOWN_POPULATION = 20_000
VARIANT_VILLAGE_RATIO = 85.0
VARIANT_CONFIDENCE = 0.5
VARIANT_NEAR_KM = 500.0  # a spelling variant farther than this from all the text's other towns is not it


class _Scored:
    """A candidate and its score (a plain slotted class: a document makes dozens, and a
    frozen dataclass's __init__ costs several times as much; nothing changes one)."""

    __slots__ = ("place", "score", "n", "evidence")

    def __init__(self, place: Place, score: float, n: int, evidence: _Evidence):
        self.place = place
        self.score = score
        self.n = n                  # its rank among the name's priors
        self.evidence = evidence    # what scored it: the reasons are worded from it on demand

    @property
    def reasons(self) -> tuple[str, ...]:
        why: list[str] = []
        self.evidence.score(self.n, why)
        return tuple(why)


class _Qualifying(_Scored):
    """The sense of a name that locates the name beside it, raised above the best."""

    __slots__ = ()

    @property
    def reasons(self) -> tuple[str, ...]:
        return ("the place the name beside it is said to be in", *super().reasons)


def _qualifying_first(scored: list[_Scored], pinned: str) -> list[_Scored]:
    """The scores with the qualifying sense ``pinned`` first, W_EXPLICIT above the best
    (the text says where its neighbour is, which settles what it means), if it is scored."""
    sense = next((sc for sc in scored if sc.place.id == pinned), None)
    if sense is None:
        return scored
    raised = _Qualifying(sense.place, scored[0].score + W_EXPLICIT, sense.n, sense.evidence)
    return [raised, *(sc for sc in scored if sc is not sense)]


class _Evidence:
    """The context one name's candidates are scored in. score() is the sum of the
    evidence for one candidate; given a list, it also says why, in words (which only
    the chosen candidate needs, so the others skip the formatting)."""

    __slots__ = ("span", "priors", "countries", "admins", "in_sentence", "total_countries",
                 "famous", "famous_prior", "dwarfed", "explicit", "distances", "division", "listed", "city_name",
                 "before", "context", "setting", "abroad", "county")

    def __init__(self, span: Span, priors: list, context: _Context, explicit: _Qualifier | None,
                 distances, division: bool | frozenset[str], listed: tuple | None, county: bool = False):
        # A name is not its own evidence: context comes from the text's other names.
        self.span, self.priors, self.explicit = span, priors, explicit
        self.context = context  # for the words of the evidence only (state_named)
        self.countries, self.admins = context.without(span.key)
        self.in_sentence = context.sentence_countries(span.sentence, span.key)
        self.total_countries = sum(self.countries.values()) or 1.0
        self.famous = priors[0][0] if priors else None
        self.famous_prior = priors[0][1] if priors else 0.0
        self.dwarfed = _dwarfed_countries(priors, span.key)
        self.distances = distances  # per candidate, km (Python floats), or None
        self.division, self.listed = division, listed
        self.county = county  # the text calls the name a county ("Miami and Shelby counties")
        self.city_name = span.key + " city"  # what _city_over_state looks for
        # The setting speaks where it also holds half the votes of the text's other names (an
        # American story about Irish dancers is not set in Ireland), for a name with namesakes
        # abroad and a town there that is no hamlet (a hamlet's name is likelier a person's),
        # and whose senses there are not all dwarfed by a metropolis abroad (_dwarfed). The
        # project's own towns count as no hamlet: they are there because reports name them
        # (Eastleigh, Nairobi's district), and their population is only unknown.
        self.setting = setting = context.setting()
        self.abroad = False
        # Most texts have no setting: the name's senses there are listed only when one speaks.
        if setting is not None and self.countries.get(setting, 0) >= SETTING_SHARE * self.total_countries:
            home = [p for p, _, _ in priors if p.country == setting]
            self.abroad = (len(home) < len(priors)
                           and any(p.population >= HAMLET or (p.id.startswith("geomig:") and p.kind == "city")
                                   for p in home)
                           and not _dwarfed(max(home, key=operator.attrgetter("population")), self.famous))
        # Per candidate, (score, soft) before the distances: the same in the first pass and
        # in context when the name's scoring context is the same, so computed once.
        self.before: list[tuple[float, float]] | None = None

    @property
    def rivals_abroad(self) -> bool:
        """Whether the name's senses lie in more than one country: two countries ("Congo"),
        or a country and a division or town of another ("Niger", Nigeria's Niger State)."""
        return len({p.country for p, _, _ in self.priors}) > 1

    def scores(self) -> list[float]:
        """Every candidate's score, reusing self.before when it is known: _with_distance
        unrolled into one loop (it runs for every candidate of every name, in both passes),
        calling the rules only where they can change the sum."""
        if self.before is None:
            self.before = [self._before_distance(n) for n in range(len(self.priors))]
        near = self.distances is not None
        famous_prior = self.famous_prior
        out = []
        for n, (score, soft) in enumerate(self.before):
            place, prior, _ = self.priors[n]
            if near and place.kind in LOCAL_KINDS:
                score, soft = self._nearness(n, place, score, soft)
            # _below_fame leaves soft evidence as it is below FAME_GAP, unless the famous
            # place is a great city: no call needed otherwise.
            if soft and (famous_prior - prior >= FAME_GAP or place.country in self.dwarfed):
                soft = _below_fame(soft, place, prior, self.famous, famous_prior, place.country in self.dwarfed)
            out.append(score + soft)
        return out

    def score(self, n: int, why: list[str] | None = None) -> float:
        """The score of the name's n-th candidate (the order of the additions is the
        arithmetic's: keep it)."""
        return self._with_distance(n, *self._before_distance(n, why), why)

    def _before_distance(self, n: int, why: list[str] | None = None) -> tuple[float, float]:
        place, prior, reasons = self.priors[n]
        span, countries = self.span, self.countries
        kind, country = place.kind, place.country
        score = prior
        if why is not None:
            why.extend(reasons)
        if kind == "city" and normalize(place.name) == self.city_name:
            # Listed with towns of its country ("Houston, Dallas, New York and Chicago"), the
            # name is the city, however much of the text that country is.
            among_towns = self.listed is not None and self.listed == ("town", country)
            city_bonus = _city_over_state(place, span.key, self.priors,
                                          0.0 if among_towns else
                                          countries.get(country, 0) / self.total_countries if countries else 1.0)
            if city_bonus:
                score += city_bonus
                if why is not None:
                    why.append("the city, not the state, in a story about elsewhere")
        # A district too where the text so calls its own name ("the province of Trapani"),
        # not one only an alias names ("Houston" of Houston County, a cue read elsewhere).
        # Only a division of a country that has divisions so named ("the X department": Bolivia's,
        # not Argentina's province X).
        if self.division and (place.feature == "ADM1"
                              or place.feature == "ADM2" and _same_name(normalize(place.name), span.key)) \
                and (self.division is True or country in self.division):
            score += W_DIVISION_CUE
            if why is not None:
                why.append("the text calls it a state or province")
        listed, listed_soft = self.listed, 0.0
        if listed and (kind == "country" if listed[0] == "country"
                       else country == listed[1] and kind != "country" if listed[0] == "town"
                       else place.feature == "ADM1" and country == listed[1]):
            # A great city abroad listed with home towns ("Delhi, Mumbai and Dubai") is
            # still itself: for a namesake it dwarfs, the list is soft evidence only.
            if country in self.dwarfed:
                listed_soft = W_LIST
            else:
                score += W_LIST_COUNTRY if kind == "country" else W_LIST
            if why is not None:
                why.append("listed with other countries" if listed[0] == "country"
                           else f"listed with towns of {country}" if listed[0] == "town"
                           else f"listed with other divisions of {country}")
        if span.acronym and kind == "city" and not place.name.isupper():
            score -= W_ACRONYM  # "EU" is the European Union, not Eu in Normandy
        soft = listed_soft  # the evidence a famous place abroad is not outweighed by (FAME_GAP)
        # Counter.get: a missing key is 0 either way, without Counter.__missing__'s call.
        votes = countries.get(country, 0) if country else 0
        if votes and kind not in ("country", "continent"):
            share = votes / self.total_countries
            soft += W_COUNTRY * share
            if why is not None:
                why.append(f"text is about {country} ({share:.0%} of context)")
        elif votes and kind == "country" and self.rivals_abroad:
            # A name two countries share ("Congo") is the one the text's other places are in:
            # its share of the votes for those countries, not of every country's; a country's
            # name that a division abroad shares ("Tahoua, Niger") is the country where the
            # text's other places are in it.
            # (the votes of every sense's country: one vote for the country must not outweigh
            # two for the division's)
            score += W_COUNTRY * votes / sum(countries.get(c, 0) for c in {p.country for p, _, _ in self.priors})
            if why is not None:
                why.append(f"the text's other places are in {country}")
        state_votes = self.admins.get((country, place.admin1), 0) if place.admin1 else 0
        if state_votes and place.feature != "ADM1":
            # Another state named beside a state's name is a list of states, not
            # where a namesake town is ("Florida" beside New York is the state).
            famous = self.famous
            if famous is not None and famous.feature == "ADM1" and famous.country == country:
                soft += W_ADMIN1 * min(1.0, state_votes)
            elif _overshadowed(place, famous) or self._far_state_abroad(place, famous):
                state_votes = 0  # its state, named for other towns, does not say it is meant
            elif (famous is not None and not self._qualified_by_state()
                  and (self._state_is_soft(country, place.admin1, famous) or self._bare_county(place))):
                # In a story that names the famous namesake's country too, the state does not
                # outweigh it when the famous place is a great city dwarfing every namesake of
                # the state's country (Delhi, New York, 3,000 people, where Indian workers are
                # smuggled to Massena, New York; not London, Kentucky, in a story of Kentucky
                # alone), nor when the state is most of its own country (Colnbrook, England, for
                # Kingston upon Thames in a story of flights to Jamaica). The name's own
                # qualifier still does ("Cairo, Illinois" beside Alexandria).
                soft += W_ADMIN1 * min(1.0, state_votes)
            else:
                score += W_ADMIN1 * min(1.0, state_votes)
            if why is not None and state_votes:
                why.append(self.context.state_named(span.key, country, place.admin1))
        if (country and country == self.setting and kind in ("city", "admin") and self.abroad
                and not _twin_abroad(place, self.priors)):
            score += W_SETTING
            if why is not None:
                why.append(f"the story is set in {country}")
        if country in self.in_sentence and kind not in ("country", "continent"):
            soft += W_SENTENCE_COUNTRY
            if why is not None:
                why.append(f"{country} named in the same sentence")
        ctx = self.explicit
        if (ctx and (country, place.admin1 if ctx.admin1 else None) == ctx.where and kind != "country"
                and _near_county(ctx, place)):
            score += W_EXPLICIT
            if why is not None:
                why.append(f"explicit context ({', '.join(c for c in ctx.where if c)})")
        return score, soft

    def _state_is_soft(self, country: str, admin1: str, famous: Place) -> bool:
        """Whether a namesake's state, named for other places, is only soft evidence for it
        beside a famous place of the name elsewhere (see _before_distance): in a story that
        names the famous place's country too, when that place dwarfs every namesake of the
        state's country or the state is most of its country; in any story, when both hold
        (Melbourne, England, 4,000 people, for a son who emigrated from London to Melbourne:
        England's towns say Britain, not which Melbourne)."""
        dwarfed = country in self.dwarfed
        most = self.context.division_share(country, admin1) >= MOST_OF_COUNTRY
        return (dwarfed or most) if self.countries.get(famous.country, 0) else (dwarfed and most)

    def _far_state_abroad(self, place: Place, famous: Place | None) -> bool:
        """Whether a town's state is named only far from the name (more than
        STATE_NEAR_SENTENCES sentences from each of its occurrences) while a metropolis of
        the name lies abroad, NAMESAKE_RATIO times larger: an aside about the state, sentences
        away, does not say the name means its small town rather than the city (a story of a
        crossing to a Texan border city that named a Spanish archipelago paragraphs before).
        A state named beside the name, the name's qualifier and nearness still speak."""
        return (famous is not None and place.country is not None and place.admin1 is not None
                and famous.kind == "city" and famous.country != place.country
                and famous.population >= METROPOLIS_PEOPLE
                and place.population * NAMESAKE_RATIO < famous.population
                and not self.context.state_named_near(self.span, place.country, place.admin1))

    def _bare_county(self, place: Place) -> bool:
        """Whether the place is a second-level division the text names only by the bare name
        its full name adds a noun to ("Miami" of Miami County, Ohio), beside a city of that
        name elsewhere in its country (a great city abroad has FAME_GAP's rule): prose writes
        "County" where it means the county, so its state and nearness are only soft evidence
        against the city ("flew from Port-au-Prince to Miami" in a story of Haitians in Ohio).
        Not where the text calls the name a division or a county ("Miami and Shelby
        counties": _county_cues)."""
        famous = self.famous
        return (place.feature == "ADM2" and not self.division and not self.county
                and famous is not None and famous.kind == "city" and famous.country == place.country
                and famous.id != place.id and not _same_name(normalize(place.name), self.span.key))

    def _qualified_as(self, place: Place) -> bool:
        """Whether the name's own qualifier names the place's state ("Monterrey, Chiapas")."""
        ctx = self.explicit
        return ctx is not None and ctx.admin1 is not None and (place.country, place.admin1) == ctx.where

    def _qualified_by_state(self) -> bool:
        """Whether the name's own qualifier is a division ("Cairo, Illinois")."""
        return self.explicit is not None and self.explicit.admin1 is not None

    def _with_distance(self, n: int, score: float, soft: float, why: list[str] | None = None) -> float:
        place = self.priors[n][0]
        if self.distances is not None and place.kind in LOCAL_KINDS:
            score, soft = self._nearness(n, place, score, soft, why)
        # No soft evidence is nothing to cap (adding 0.0 as before keeps the arithmetic).
        return score + (_below_fame(soft, place, self.priors[n][1], self.famous, self.famous_prior,
                                    place.country in self.dwarfed)
                        if soft else soft)

    def _nearness(self, n: int, place: Place, score: float, soft: float,
                  why: list[str] | None = None) -> tuple[float, float]:
        """(score, soft) with the n-th candidate's nearness to the text's other places."""
        d = self.distances[n]
        bonus = W_NEAR * math.exp(-d / NEAR_KM)
        famous = self.famous
        if d >= BESIDE_KM and famous is not None and _outshone(place, famous) and not self._qualified_as(place):
            # A town dwarfed by a metropolis of its name elsewhere in its country, not beside
            # the text's other places: its nearness alone does not overtake the metropolis's
            # fame. Scaled, not cut, so that the nearest of such towns stays the likeliest of
            # them; the name's qualifier naming the town's state lifts the rule (W_EXPLICIT).
            room = max(0.0, self.famous_prior - self.priors[n][1] - FAME_MARGIN)
            if room < W_NEAR:
                bonus *= room / W_NEAR
                if why is not None:
                    why.append(f"not beside the text's other places: no match for {famous.name} "
                               f"({_human(famous.population)})")
            soft += bonus
            if why is not None and bonus > 0.1:
                why.append(f"median {d:.0f} km from the text's other places")
            return score, soft
        if bonus > 0.1:
            # Nearness is evidence of its own, unless the name is only an alias of
            # the place (Funkstown, Maryland, once called "Jerusalem").
            if d < CLOSE_KM and (place.kind != "city" or _same_name(normalize(place.name), self.span.key)) \
                    and not self._bare_county(place):
                score += bonus  # a neighbour of the text's places, not just its country
            else:
                soft += bonus
            if why is not None:
                why.append(f"median {d:.0f} km from the text's other places")
        return score, soft


def calibrate(p: float, margin: float) -> float:
    """A confidence that means something: among mentions given confidence c, about c
    lie within 161 km of the right place (fitted on LGL, geomig/geoparse/calibration.toml).

    ``p`` is the probability that the true place lies within 161 km of the choice;
    the raw score mixes it with the margin to the best candidate farther away.
    """
    # A choice that scores below a candidate farther away (a fallback taken for a doubtful
    # town) has a negative margin: the raw score stays in the fitted range, never below it.
    raw = max(0.0, 0.5 * p + 0.5 * min(1.0, 0.5 + margin / 6.0))
    xs, ys = _calibration()
    i = min(max(bisect.bisect_right(xs, raw), 1), len(xs) - 1)
    x0, x1, y0, y1 = xs[i - 1], xs[i], ys[i - 1], ys[i]
    return round(y0 + (y1 - y0) * (min(raw, x1) - x0) / (x1 - x0), 3)


@functools.cache
def _only_confidence() -> float:
    """The confidence of a name's only candidate: calibrate(1.0, 6.0), as _mention's
    arithmetic gives it for one (its probability, all near itself; no margin to another)."""
    return calibrate(1.0, 6.0)


@functools.cache
def _calibration() -> tuple[list[float], list[float]]:
    import tomllib
    from importlib import resources

    table = tomllib.loads(resources.files("geomig.geoparse").joinpath("calibration.toml").read_text("utf-8"))
    return table["raw"], table["calibrated"]


def names_of(places: Iterable[Place]) -> dict[str, list[Place]]:
    """Normalised name or alias -> the places it names: how the analyst's own places
    (geomig.geoparse.overrides) join recognition and resolution."""
    names: dict[str, list[Place]] = {}
    for place in places:
        for name in (place.name, *getattr(place, "aliases", ())):
            names.setdefault(normalize(name), []).append(place)
    return names


class Resolver:
    """Chooses places for spans. A resolver owns its gazetteer and the analyst's own
    places (``extra``: normalised name -> places, which recognition also reads);
    subclasses implement resolve() and with_places()."""

    name = "base"
    gazetteer: Gazetteer
    extra: dict[str, list[Place]] = {}

    def resolve(self, text: str, spans: Sequence[Span]) -> list[Mention]:
        raise NotImplementedError

    def with_places(self, places: Iterable[Place]) -> Resolver:
        """This resolver, also knowing the analyst's own places."""
        raise NotImplementedError


class LocalResolver(Resolver):
    """The default resolver: the offline gazetteer and the evidence above."""

    name = "local"

    def __init__(self, gazetteer: Gazetteer, places: Iterable[Place] = ()):
        self.gazetteer = gazetteer
        self.places = tuple(places)
        self.extra = names_of(self.places)
        self._user_ids = {p.id for p in self.places}
        # A name's ranked candidates depend on the name alone: news repeats names, so
        # a corpus ranks each once.
        self.ranked = functools.lru_cache(maxsize=8192)(self._ranked)  # a few KB each
        self._near_cache: dict[tuple[float, float, float, float], bool] = {}
        self._areas: dict[str, bool] = {}  # a few directional names ("southeast asia")

    def __reduce__(self):
        # Worker processes get the same resolver by what defines it, not its caches.
        return LocalResolver.shared, (self.gazetteer, self.places)

    @classmethod
    def shared(cls, gazetteer: Gazetteer, places: Iterable[Place] = ()) -> LocalResolver:
        """One resolver per gazetteer and set of the analyst's own places, so its cache
        serves every document of a run."""
        return _shared(cls, gazetteer, tuple(places))  # type: ignore[arg-type] # a class is hashable

    def with_places(self, places: Iterable[Place]) -> LocalResolver:
        places = tuple(places)
        return self if places == self.places else LocalResolver.shared(self.gazetteer, places)

    # -- candidates ---------------------------------------------------------------
    def candidates(self, key: str) -> list[Place]:
        """Every place a normalised name may refer to."""
        return [*self.gazetteer.rows(self.gazetteer.names.get(key, ())), *self.extra.get(key, ())]

    def prior(self, place: Place, key: str) -> tuple[float, tuple[str, ...]]:
        """The score a candidate has before any context, and why (a tuple: a name's ranked
        candidates are remembered for the run, and a tuple of words is no object the
        cycle collector keeps walking, as a list is)."""
        reasons = []
        score = KIND_PRIOR.get(place.kind, 0.0) + FEATURE_PRIOR.get(place.feature, 0.0)
        if place.kind in ("country", "continent", "sea", "region", "island"):
            reasons.append(place.kind)
        elif place.feature == "PPLC":
            reasons.append("capital")
        elif place.feature in ("ADM1", "ADM2"):
            reasons.append("first-level division" if place.feature == "ADM1" else "second-level division")
        if place.population:
            score += W_POPULATION * math.log10(place.population + 10)
            reasons.append(f"population {_human(place.population)}")
        elif place.kind == "city" and place.id.startswith("geomig:"):
            # The project's own towns are there because reports name them; their population
            # is only unknown, so they weigh as a hamlet does, not as an empty place beside
            # a village of the name elsewhere (Sakharovo of New Moscow, Sakharovo of Tver).
            score += W_POPULATION * math.log10(HAMLET + 10)
        elif place.kind in ("sea", "region"):
            score += W_AREA
        if place.id in self._user_ids:
            score += W_USER_PLACE  # the analyst's own entry beats the packaged ones
            reasons.append("added by the overrides file")
        if _same_name(normalize(place.name), key):
            score += W_EXACT_NAME
            if place.kind == "sea" or place.feature in NATURAL_FEATURES:
                # The divisions and towns named after a sea, river, gap, range or desert
                # have populations it lacks; in news its own name means it.
                score += W_WATER_NAME
        elif place.kind == "admin" and _with_division_noun(key):
            # "Eastern Province" is as much Zambia's "Eastern" as Sri Lanka's "Eastern Province"
            # and Saudi Arabia's Ash Sharqiyah, known so: a name with a division noun names the
            # division, not its capital, whether it is the division's name and noun or an alias.
            # The text's towns choose among them.
            score += W_EXACT_NAME
        elif place.kind == "admin":
            # A district known by its capital's name ("Tripoli" for Ţarābulus district):
            # the text almost always means the city.
            score -= W_ADMIN_ALIAS
        elif place.kind == "city":
            score -= W_CITY_ALIAS  # an old or local name ("Paris" for Swainsboro, Georgia)
        return score, tuple(reasons)

    def rank(self, places: Sequence[Place], key: str) -> list[tuple[Place, float, tuple[str, ...]]]:
        """(place, prior, reasons) of places a name may refer to, best first."""
        ranked = [(p, *self.prior(p, key)) for p in places]
        # The adjustments in order, each reading the priors the one before left.
        for step in (_spellings, _capitals_first, _metropolises_over_small_divisions):
            ranked = step(ranked, key)
        ranked = _cities_over_districts(_town_districts(ranked))
        return sorted(_namesake_towns(_own_names_over_aliases(ranked, key), key), key=lambda t: -t[1])

    def _ranked(self, key: str, division: bool = False) -> list[tuple[Place, float, tuple[str, ...]]]:
        """A name's candidates ranked, hopeless ones dropped; a country's namesakes inside
        it too, unless the text calls the name a state or province (``division``: "Mexico
        state" is the State of México)."""
        ranked = self.rank(self.candidates(key), key)
        return _prune(ranked if division else _country_names_first(ranked, key))

    def _with_noun(self, text: str, span: Span) -> Span:
        """The span keyed by its name and the noun after it where the gazetteer has a place of
        that feature by that longer name ("the Simón Bolívar bridge" is the crossing, "the
        Senegal river" the river), so that this occurrence alone means it and the name
        elsewhere in the text keeps its own sense (Senegal, the country)."""
        feature = feature_after(text, span.end) if span.kind_hint == "" else ""
        if not feature:
            return span
        for noun in (noun for noun, asked in lexicon()["feature_nouns"].items() if asked == feature):
            key = f"{span.key} {noun}"
            if any(p.feature == feature for p, _, _ in self.ranked(key)):
                return replace(span, key=key)
        return span

    # -- the whole document -------------------------------------------------------
    def resolve(self, text: str, spans: Sequence[Span]) -> list[Mention]:
        gaz = self.gazetteer
        spans = [self._with_noun(text, self._named_region(s)) for s in spans]
        toponyms = [s for s in spans if s.kind_hint in ("", "region")]
        divisions = _division_cues(text, toponyms)
        counties = _county_cues(text, toponyms)
        priors = {s.key: self.ranked(s.key, s.key in divisions) for s in toponyms}
        # a country's name the text puts among a country's states or after a town of
        # one ("Zamfara, Katsina and Niger", "Kagara, Niger" in Nigeria) has its states back
        for key in _states_in_company(text, toponyms, priors, divisions, self.ranked):
            priors[key] = self.ranked(key, True)
        # "the Lipa camp", "the Kupa river", "Camp Zaatari": the noun after (or before) a name
        # says which of its places the text means, wherever it writes the name.
        for s in toponyms:
            feature = (feature_after(text, s.end) or feature_before(text, s.start)) if priors[s.key] else ""
            if feature:
                # (a name after a capitalised word recognition left out is a word of a longer
                # name, "Ban Khao Laem checkpoint": no town known by it as an alias is meant)
                whole = not (s.start and _NAME_BEFORE.search(text, max(0, s.start - 40), s.start))
                priors[s.key] = _of_feature(priors[s.key], s.key, feature, whole)
            elif priors[s.key] and _THE_BEFORE.search(text, max(0, s.start - 4), s.start) \
                    and not _CAPITALISED_AFTER.match(text, s.end) and not _OFFICE_AFTER.match(text, s.end) \
                    and s.key not in divisions:  # "the X province"
                priors[s.key] = _natural(priors[s.key])
            if priors[s.key] and not s.text.isascii():
                priors[s.key] = _as_written(priors[s.key], s.key, s.text)

        dateline = _dateline(text, toponyms)
        context = self._context(spans, {k: ranked[0][0] for k, ranked in priors.items() if ranked}, priors, dateline)
        by_start = _explicit_context(text, spans, priors, gaz)
        # "Tripoli, Lebanon" once makes every "Tripoli" of the text Lebanese, unless another
        # occurrence says otherwise.
        by_key: dict[str, _Qualifier | None] = {}
        for s in toponyms:
            qualifier = by_start.get(s.start)
            if qualifier:  # two different qualifiers of one name cancel out
                by_key[s.key] = qualifier if by_key.get(s.key, qualifier) == qualifier else None
        explicit = {s.start: by_start.get(s.start) or by_key.get(s.key) for s in toponyms}
        qualifying = _qualifying(text, spans, by_start)
        listed = _listed_with(text, toponyms, priors)
        entered = _entered_at(text, spans, priors)
        left = _left_for(text, spans, priors)
        bearing = _bearing_from(text, spans, priors)

        # First pass without spatial coherence, to know roughly where the text is: one
        # choice per name (a name keeps one sense), weighted by how often it occurs.
        first, first_context = self._first_pass(toponyms, priors, context, explicit, divisions, listed,
                                                counties=counties)
        # The text's countries and states are what its names mean in context, not alone:
        # when the first pass reads a name otherwise ("Georgia" among American states is
        # the state, and then speaks for its Atlanta), the context is taken again from
        # those readings, once.
        reread = {k: sc[0].place for k, sc in first.items()}
        if any(_where(p) != _where(priors[k][0][0]) for k, p in reread.items()):
            alone = (first, first_context, context)
            context = self._context(spans, reread, priors, dateline)
            first, first_context = self._first_pass(toponyms, priors, context, explicit, divisions, listed, alone,
                                                    counties=counties)
        weight = Counter(s.key for s in toponyms)
        anchors = {k: (sc[0].place.lat, sc[0].place.lon, weight[k]) for k, sc in first.items()
                   if _is_anchor(sc[0].place)}
        # Another name stands for its first choice and, in the country where more than half
        # of the text's towns are at first sight, its other plausible senses: two ambiguous
        # names of a local US story settle each other ("Paris" and "Henry County" are both
        # in Tennessee), while "Athens and Rome" stay in Greece and Italy, even in a story
        # about Americans (demonyms and country names say what a text is about, not where
        # its towns are).
        main = _main_country([(first[k][0].place.country, w) for k, (_, _, w) in anchors.items()])
        senses = {k: ([(x.place.lat, x.place.lon) for n, x in enumerate(first[k])
                       if n == 0 or (main and x.place.country == main and _is_anchor(x.place)
                                     and x.score >= first[k][0].score - ANCHOR_MARGIN)][:ANCHOR_SENSES], w)
                  for k, (_, _, w) in anchors.items()}
        for k, spots in _coherent_senses(first, anchors, priors).items():
            own = senses[k][0]
            own.extend(spot for spot in spots if spot not in own)

        # Per name, not per occurrence, so long texts stay linear in their length.
        near_km = _median_distances({s.key: priors[s.key] for s in toponyms}, senses)
        distances: dict[str, tuple[list, Any]] = {}
        # A name with no other place to measure from scores as in the first pass.
        scored_cache: dict[tuple, list[_Scored]] = {first_context[k]: sc for k, sc in first.items()
                                                    if k not in near_km}
        chosen: dict[tuple, Mention] = {}
        variants: dict[str, Mention] = {}
        far: dict[str, tuple[Mention, str]] = {}  # name -> its spelling variant far from the text's towns, home
        mentions = []
        plain: dict[str, list[tuple[int, Span]]] = {}   # name -> its occurrences no qualifier places
        border_at: dict[int, int] = {}  # "the border at Reyhanli": the border's start -> the town's
        for s in spans:
            if s.kind_hint == "demonym":
                mentions.append(self._demonym(s, context.countries_without(s.key)))
            elif s.kind_hint == "borders":
                if (town := _town_after_border(text, s, toponyms, priors)) is not None:
                    border_at[s.start] = town
                mentions.append(self._borders(s, context.countries_without(""), _antecedent(text, s, mentions)))
            elif s.kind_hint == "unresolved":  # a name the gazetteer lacks, where a place is expected
                if s.key not in variants:
                    m = self._variant(s, context.countries_without(s.key))
                    if main in self.gazetteer.country_ids and _far_variant(m, [a for k, a in anchors.items()
                                                                                if k != s.key]):
                        far[s.key] = (m, main)  # placed below, if nothing in the words places it
                        m = rejected_mention(s)
                    variants[s.key] = m
                m = variants[s.key]
                mentions.append(_moved(m, s) if m.id else rejected_mention(s))
            elif s.kind_hint not in ("", "region"):  # rejected by recognition: kept for the audit
                mentions.append(rejected_mention(s))
            else:
                if s.key not in distances:
                    others = [a for k, a in anchors.items() if k != s.key]
                    distances[s.key] = (others, near_km.get(s.key))
                others, near = distances[s.key]
                ctx = _scoring_context(s, context, explicit, listed)
                if ctx not in scored_cache:
                    same = first[s.key][0].evidence if ctx == first_context.get(s.key) and first[s.key] else None
                    scored_cache[ctx] = self._score(s, priors[s.key], context, explicit, near,
                                                    divisions.get(s.key, False), listed.get(s.start), same,
                                                    county=s.key in counties)
                scored = scored_cache[ctx]
                # The qualifier of another name is the sense that located it ("Cornwall,
                # Ontario" is the province, "Massena, New York" the state), whatever the
                # name alone would mean.
                pinned = qualifying.get(s.start)
                if pinned and scored and scored[0].place.id != pinned:
                    scored = _qualifying_first(scored, pinned)
                # "entered Ethiopia at Akobo": of twin towns across a border, the one in the
                # country the text says the people entered.
                twin = _entered_sense(scored, entered[s.start].country) if s.start in entered and scored else None
                if twin is not None:
                    scored = [twin, *(sc for sc in scored if sc is not twin)]
                    pinned = pinned or twin.place.id
                # "crossed into Sudan at Metema and Gallabat": a town the text names by its own
                # name and, here, by a name it bears only as an alias is two places, twins across
                # a border (GeoNames files Sudan's Gallabat under Ethiopia's Metemma); the alias's
                # is the one in the country entered there, which places it, vaguely (_placed).
                entered_in = None
                if (s.start in entered and twin is None and scored and not pinned
                        and scored[0].place.country != entered[s.start].country
                        and _named_twice(scored[0].place, s.key, first)):
                    country = entered[s.start]
                    entered_in = _Qualifier(country.country, None, country.id, normalize(country.name), said_in=True)
                # "Schönberg, south of Innsbruck": the sense of the name nearest the town after it.
                if (s.start in bearing and scored and not pinned and first.get(bearing[s.start])
                        and scored[0].place.kind in ("city", "admin", "landmark", "island")):
                    bearing_town = first[bearing[s.start]][0].place
                    beside = _nearest(scored, bearing_town.lat, bearing_town.lon)
                    if beside is not None and beside is not scored[0]:
                        scored = [beside, *(sc for sc in scored if sc is not beside)]
                        pinned = beside.place.id
                # "crossed from Gallabat into Ethiopia": the name lies outside the country entered.
                if s.start in left and scored and not pinned and scored[0].place.id not in self._user_ids:
                    outside = _outside(scored, left[s.start], s.key)
                    if outside is None:
                        mentions.append(rejected_mention(s, "implausible"))
                        continue
                    if outside is not scored[0]:
                        scored = [outside, *(sc for sc in scored if sc is not outside)]
                        pinned = outside.place.id
                # "crossed into Ethiopia and went down to Moyale", "Senegalese police at Rosso":
                # of twin towns across a border, the one in the only country its clause names.
                # (The clause is read only for a name that has a twin: most have none.)
                if (scored and not pinned and explicit.get(s.start) is None and scored[0].place.id not in self._user_ids
                        and any(_twin_in(scored, sc.place.country) for sc in scored[1:ANCHOR_SENSES])):
                    named = _clause_countries(text, spans, s, priors, gaz)
                    twin = _twin_in(scored, next(iter(named))) if len(named) == 1 else None
                    if twin is not None:
                        scored = [twin, *(sc for sc in scored if sc is not twin)]
                        pinned = twin.place.id
                qualifier = explicit.get(s.start)
                if qualifier is not None and not _credible(qualifier, s.key, context):
                    qualifier = None
                qualifier = entered_in or qualifier
                # "the Rondon shelters" in a story of Brazil: Brazil's Rondon, not London,
                # which bears the name only as an alias, in a country the text never names.
                if scored and not pinned and qualifier is None and scored[0].place.id not in self._user_ids:
                    home = _own_name_at_home(scored, s.key, context.countries_without(s.key))
                    if home is not None:
                        scored = [home, *(sc for sc in scored if sc is not home)]
                # The analyst's own places are never implausible, by name or by alias; nor is
                # a name the text says is in a place ("San Pedro, in Sacatepéquez"): _placed puts it there.
                located = qualifier is not None and qualifier.said_in
                if scored and scored[0].place.id not in self._user_ids and not located and (_implausible(
                        scored[0].place, s.key, context, others, s.sentence, gaz,
                        _after_preposition(text, s.start))
                        or not (others or explicit.get(s.start)) and weight[s.key] == 1
                        and _stray(scored[0].place, s.key, context, gaz)):
                    # A doubtful town yields to the island or landmark of its name ("Samos",
                    # a village of 2,000 and the island), or to the project's own place of it
                    # (Sonapur in Dubai, not India's Sonepur); with none, it is no place.
                    # Or to a town of the name across the border of a country the text names
                    # (Montecristi by Haiti, not Ecuador's, in a story about Haitians); not to one
                    # inside it, which the text's names would have placed already, nor a hamlet.
                    area = next((sc for sc in scored[1:] if sc.place.kind in FALLBACK_KINDS
                                 or sc.place.id.startswith("geomig:")), None)
                    beside = None if area else _beside_named_countries(scored, s.key, context, gaz, aliases=True)
                    if (beside is not None and beside.place.population >= HAMLET
                            and not context.countries_without(s.key)[beside.place.country]):
                        area = beside
                    # Or to a namesake, a hamlet even, beside the text's other places in a country
                    # its sentence names ("a beach near al-Hamidiyah, south of Tartus": Syria's,
                    # not the Emirates' town of 27,000).
                    area = area or _namesake_beside(scored, s.key, others,
                                                    context.sentence_countries(s.sentence, s.key))
                    if area is None:
                        mentions.append(rejected_mention(s, "implausible"))
                        continue
                    scored = [area, *(sc for sc in scored if sc is not area)]
                elif scored and not (others or explicit.get(s.start)) and scored[0].place.id not in self._user_ids:
                    beside = _beside_named_countries(scored, s.key, context, gaz, aliases=False)
                    if beside is not None:
                        scored = [beside, *(sc for sc in scored if sc is not beside)]
                # Every occurrence with the same context gets the same choice: build it once.
                choice = (ctx, s.kind_hint, s.direction, scored[0].place.id if pinned and scored else None,
                          entered_in)
                if choice not in chosen:
                    chosen[choice] = self._mention(s, scored, qualifier)
                    mentions.append(chosen[choice])
                else:
                    mentions.append(_moved(chosen[choice], s))
                if qualifier is None and not pinned and not s.direction:
                    plain.setdefault(s.key, []).append((len(mentions) - 1, s))
        self._place_unresolved(text, spans, priors, mentions)
        self._place_by_demonym(text, spans, mentions)
        self._place_among_neighbours(text, spans, mentions)
        self._place_far_variants(text, spans, mentions, far)
        self._place_parts(text, spans, mentions, context)
        _one_sense(mentions, plain, gaz)
        return _without_borders_at_towns(_without_stranded(text, mentions, gaz, self._user_ids), border_at)

    def _first_pass(self, toponyms: list[Span], priors: dict[str, list], context: _Context, explicit: dict,
                    divisions: dict[str, bool | frozenset[str]], listed: dict, earlier: tuple | None = None,
                    counties: Container[str] = frozenset()) -> tuple[dict[str, list[_Scored]], dict[str, tuple]]:
        """Each name's candidates scored in ``context``, and what those scores depend on.
        ``earlier``, an earlier pass (its scores, their contexts, its _Context): a name
        whose context is the same in both keeps its scores (the name read otherwise
        is usually one: its own votes never count for it). (A method, not a closure: kept
        compilable for geocode_bench --compiled, where a closure and the frame it reads
        would hold each other, a cycle left for the collector per text.)"""
        first: dict[str, list[_Scored]] = {}
        first_context: dict[str, tuple] = {}
        for s in sorted(toponyms, key=_ACRONYM):  # a plain spelling speaks for the name first
            if s.key not in first and priors[s.key]:
                first_context[s.key] = _scoring_context(s, context, explicit, listed)
                if (earlier is not None and earlier[1][s.key] == first_context[s.key]
                        and _same_votes(earlier[2].without(s.key), context.without(s.key))):
                    first[s.key] = earlier[0][s.key]
                else:
                    first[s.key] = self._score(s, priors[s.key], context, explicit, None,
                                               divisions.get(s.key, False), listed.get(s.start),
                                               county=s.key in counties)
        return first, first_context

    def _context(self, spans: Sequence[Span], senses: dict[str, Place], priors, dateline: int = -1) -> _Context:
        """The countries and states the text names, each name taken in ``senses``; the
        dateline's place (its start ``dateline``) counts in full, as the place the report
        is filed from ("TAPACHULA, Mexico -" says the story is in Chiapas)."""
        gaz = self.gazetteer
        context = _Context(gaz.division_share)
        for s in spans:
            if s.kind_hint == "demonym":
                context.add(s, gaz.row(gaz.demonyms[s.key]), 1.0)
            elif s.key in senses:
                best = senses[s.key]
                unambiguous = len(priors[s.key]) == 1 or best.kind in ("country", "continent") or s.start == dateline
                context.add(s, best, 1.0 if unambiguous else 0.5)
        return context

    def _named_region(self, span: Span) -> Span:
        """A direction and a name that together name a region of their own ("southeast
        Asia", "central Asia", "northern Africa") mean that region, not a cut of the
        continent (which would put "southeast Asia" in China)."""
        if span.kind_hint != "region":
            return span
        key = normalize(span.text)
        if not self._names_area(key):
            return span
        return replace(span, kind_hint="", key=key, direction="", base="")

    def _names_area(self, key: str) -> bool:
        """Whether a name is a region's, a sea's or a continent's (remembered per name)."""
        found = self._areas.get(key)
        if found is None:
            found = remember(self._areas, key, any(p.kind in NAMED_AREAS for p in self.candidates(key)), NEAR_CACHE)
        return found

    def _score(self, span, priors, context: _Context, explicit, distances,
               division: bool | frozenset[str] = False, listed: tuple | None = None,
               same_as: _Evidence | None = None, county: bool = False) -> list[_Scored]:
        """The name's candidates scored, best first; ``same_as``, the evidence of an
        earlier scoring in the same context (the first pass), lends its sums."""
        # Scores only: the reasons are worded for the candidate that wins (_Scored.reasons).
        evidence = _Evidence(span, priors, context, explicit.get(span.start), distances, division, listed, county)
        if same_as is not None:
            evidence.before = same_as.before
        out = [_Scored(ranked[0], score, n, evidence) for n, (ranked, score) in enumerate(zip(priors, evidence.scores()))]
        out.sort(key=_SCORE, reverse=True)  # stable: equal scores keep the priors' order
        return out

    def _mention(self, span: Span, scored: list[_Scored], qualifier: _Qualifier | None = None) -> Mention:
        if not scored:
            return rejected_mention(span)
        best = scored[0]
        if len(scored) == 1:  # a third of a text's names: what the arithmetic below gives for one
            return self._placed(span, best, _only_confidence(), (), qualifier)
        scores = [sc.score for sc in scored]
        z = max(scores)
        weights = [math.exp((score - z) / TEMPERATURE) for score in scores]
        total = sum(weights)
        probs = [w / total for w in weights]
        # The confidence is about the place being right within 161 km, so candidates that
        # lie that close to the choice (Tripoli and its district) count with it, and the
        # margin is to the best candidate elsewhere. (_near's latitude test first, inline:
        # most candidates are far, and this runs for every candidate of every choice.)
        lat = best.place.lat
        near = [abs(lat - sc.place.lat) <= FAR_LATITUDES and self._near(best.place, sc.place) for sc in scored]
        p_near = sum(p for p, close in zip(probs, near) if close)
        far = [score for score, close in zip(scores, near) if not close]
        margin = best.score - far[0] if far else 6.0
        confidence = calibrate(p_near, margin)
        alternatives = tuple(
            Candidate(sc.place.id, sc.place.name, sc.place.country, sc.place.lat, sc.place.lon,
                      round(p, 3), sc.place.kind)
            for sc, p in zip(scored[1:MAX_ALTERNATIVES + 1], probs[1:])
        )
        runner_up = f"; {len(scored) - 1} other candidate(s), runner-up {scored[1].place.name} ({scored[1].place.country})"
        return self._placed(span, best, confidence, alternatives, qualifier, runner_up)

    def _placed(self, span: Span, best: _Scored, confidence: float, alternatives: tuple[Candidate, ...],
                qualifier: _Qualifier | None, runner_up: str = "") -> Mention:
        """The mention of a name's chosen candidate, its confidence and alternatives known."""
        place, kind = best.place, best.place.kind
        flags: tuple[str, ...] = ()
        evidence = ("; ".join(best.reasons) or "only candidate") + runner_up
        if (qualifier and _contradicts(best.place, qualifier.where) and not self._beside_division(best.place, qualifier)
                and not _lies_by(best.place, span.key, qualifier)):
            # "Orient, Ohio" when the gazetteer knows no Orient in Ohio: the best sense lies
            # elsewhere, so the mention is placed, vaguely, in what the text says it is in,
            # and not trusted.
            fallback = self.gazetteer.get(qualifier.place_id)
            evidence = (f"no sense of the name in {fallback.name}, which the text places it in; "
                        f"best sense elsewhere: {best.place.name} ({best.place.country}); " + evidence)
            country, flags = fallback.country, ("contradicts-qualifier", "vague")
            if (fallback.kind == "country" and country and best.place.kind in ("city", "landmark")
                    and _km_to_country(best.place, country) <= TWIN_KM):
                # Its twin across that border (Sudan's Gallabat, filed under Ethiopia's
                # Metemma): at the town's point, by the border, not the country's, hundreds of
                # km inland.
                evidence = f"the twin in {fallback.name} of {best.place.name}, at its point; " + evidence
                fallback = replace(self.gazetteer.get(twin_id(country, best.place.id)), name=span.text)
                flags = ("contradicts-qualifier",)  # a point at the town, not a vague country
            elif fallback.kind == "city":
                # "Palermo, in Buenos Aires": a part of the town, at its point but a place of
                # its own (the picture keeps it apart from the town).
                fallback = replace(within_place(span.key, fallback), name=span.text)
            return Mention(span.text, span.start, span.end, span.sentence, fallback.kind, fallback.id,
                           fallback.name, fallback.country, fallback.lat, fallback.lon,
                           min(confidence, CONTRADICTED_CONFIDENCE), alternatives, evidence, flags)
        if span.kind_hint == "region":
            place = self.gazetteer.get(region_id(span.direction, best.place.id))
            kind, flags = "region", ("vague", *flags)
            evidence = f"{span.direction} part of {best.place.name}; " + evidence
        return Mention(span.text, span.start, span.end, span.sentence, kind, place.id, place.name,
                       place.country, place.lat, place.lon, confidence, alternatives, evidence, flags)

    def _place_unresolved(self, text: str, spans: Sequence[Span], priors, mentions: list[Mention]) -> None:
        """Place, in ``mentions`` (one per span, in order), each name the gazetteer lacks, or
        has only where resolution found it implausible (_PLACEABLE), that the text places in or
        by a known place ("Velmarsk, in Upper Austria", "Dorbanyi, a small town in China",
        "Velmarsk, near Tirana") in the place that name was resolved to: a place of its own at
        that point, vaguely (where inside it, nothing says); every such occurrence of the name."""
        placed_in = _placed_in(text, spans, priors, self.gazetteer)
        if not placed_in:
            return  # most texts
        at = {s.start: n for n, s in enumerate(spans)}
        within: dict[str, Mention] = {}
        bases: dict[str, Place] = {}  # the place each name is placed in
        for s in spans:
            container = mentions[at[placed_in[s.start]]] if s.start in placed_in else None
            # (not in a place of no country, a lake or a sea between two: "Katwe, on the shore of
            # Lake Edward" may lie on either side)
            if container is None or not container.id or not container.country or s.key in within:
                continue
            base = self.gazetteer.get(container.id)
            if _open_to_text(mentions[at[s.start]], base, self.gazetteer):
                why = "no gazetteer entry" if s.kind_hint == "unresolved" else "no plausible sense of the name"
                within[s.key] = _within_mention(s, base, f"{why}; the text places it in or by {base.name}")
                bases[s.key] = base
        for s in spans:
            if s.kind_hint in _PLACEABLE and s.key in within and _open_to_text(mentions[at[s.start]], bases[s.key],
                                                                                self.gazetteer):
                mentions[at[s.start]] = _moved(within[s.key], s)

    def _place_by_demonym(self, text: str, spans: Sequence[Span], mentions: list[Mention]) -> None:
        """Place, in ``mentions`` (one per span, in order), each name the gazetteer lacks that a
        demonym beside it puts in a country (_demonym_locates): "the Ugandan border village of
        Velmarsk", "Velmarsk, the last Bulgarian town", "Velmarsk, on the Kenyan side". A
        reporter names a small place by its country's adjective where no town of the story is
        near it; the name is put in that country, vaguely (at the country's point: where in
        it, nothing says), with every other occurrence of the name; a spelling of a town of
        another country (_variant) yields to it."""
        def open_to_demonym(s: Span, m: Mention) -> bool:
            return _unplaced_name(s, m) or s.kind_hint == "unresolved" and "variant" in m.flags

        placed: dict[str, Mention] = {}
        for n, s in enumerate(spans):
            if s.key in placed or not open_to_demonym(s, mentions[n]):
                continue
            demonym = _demonym_locates(text, spans, n)
            if demonym is None or demonym.key not in self.gazetteer.demonyms:
                continue
            country = self.gazetteer.row(self.gazetteer.demonyms[demonym.key]).country
            if country not in self.gazetteer.country_ids:
                continue  # a continent's or a region's people ("African", "Balkan")
            if mentions[n].country == country:
                continue  # a spelling of a town of that country: its own point
            base = self.gazetteer.get(self.gazetteer.country_ids[country])
            placed[s.key] = _within_mention(s, base, f"no gazetteer entry; {demonym.text!r} beside it "
                                                     f"puts it in {base.name}")
        for n, s in enumerate(spans):
            if s.key in placed and open_to_demonym(s, mentions[n]):
                mentions[n] = _moved(placed[s.key], s)

    def _place_among_neighbours(self, text: str, spans: Sequence[Span], mentions: list[Mention]) -> None:
        """Place, in ``mentions`` (one per span, in order), each name the gazetteer lacks
        that nothing in its words places but that stands between places of one country: the
        place named last before it and the one named first after it, each within
        NEIGHBOUR_SENTENCES sentences ("from Kiliba and Sange to Uvira", after "fled Bukavu").
        Reporters name the villages, camps and checkpoints of a story beside its towns; the
        name is put in that country, vaguely (where in it, nothing says), halfway between the
        neighbours that are towns, divisions, islands or landmarks (at the one such, or at the
        country's point where neither is), with every other occurrence of the name. Not a
        name the text writes otherwise as no place's (_written_as_no_place), nor an occurrence
        that begins a longer name ("Kvetrov Field": _part_of_longer_name). Not between a
        country's or its people's names only ("Venezuelans at Kvetrov, where Venezuelans...")
        when the text's places lie mostly in another country (_home_country): they say whose
        people, not where; unless the country's name locates it ("Kvetrov in Peru")."""
        placed: dict[str, Mention] = {}
        refused: set[str] = set()  # names the text writes as no place's: asked once, not per occurrence
        home = _home_country(mentions)
        for n, s in enumerate(spans):
            if s.key in placed or s.key in refused or not _unplaced_name(s, mentions[n]):
                continue
            before = next((m for m in reversed(mentions[:n]) if m.id and m.country), None)
            after = next((m for m in mentions[n + 1:] if m.id and m.country), None)
            if (closing := _closing_a_list(text, spans, mentions, n)) is not None:
                before, after = closing  # "Kampala, Gulu and Kvetrov": the list's own places
            if (before is None or after is None or before.country != after.country
                    or s.sentence - before.sentence > NEIGHBOUR_SENTENCES
                    or after.sentence - s.sentence > NEIGHBOUR_SENTENCES
                    or before.country not in self.gazetteer.country_ids):
                continue
            if not (_inside_a_country(before) or _inside_a_country(after) or home in (None, before.country)
                    or _locating_gap(text[s.end:after.start], text, after.end)):
                continue  # only a country's or its people's name beside it, and the story is elsewhere
            if _part_of_longer_name(text, s.end):
                continue  # this occurrence only: "at Kvetrov Field", and "Kvetrov" alone later
            if _written_as_no_place(text, s, self.gazetteer):
                refused.add(s.key)
                continue
            country = self.gazetteer.get(self.gazetteer.country_ids[before.country])
            m = _within_mention(s, country, f"no gazetteer entry; named between {before.text} and "
                                            f"{after.text}, both in {country.name}")
            # Between its neighbours (towns, divisions), not at the country's middle; not at a
            # neighbour's very point, which would make it one spot with the place it is named beside.
            local = [(x.text, x.lat, x.lon) for x in (before, after)
                     if x.kind in LOCAL_KINDS and x.lat is not None and x.lon is not None]
            if local:
                lat, lon = _midpoint(local[0][1:], local[-1][1:])
                m = replace(m, lat=lat, lon=lon, evidence=f"{m.evidence}; between {local[0][0]} and {local[-1][0]}")
            placed[s.key] = m
        for n, s in enumerate(spans):
            if s.key in placed and _unplaced_name(s, mentions[n]):
                mentions[n] = _moved(placed[s.key], s)

    def _place_far_variants(self, text: str, spans: Sequence[Span], mentions: list[Mention],
                            far: dict[str, tuple[Mention, str]]) -> None:
        """Place, in ``mentions``, each name still unplaced whose only reading was a spelling
        variant far from the text's towns (_far_variant): vaguely (where in it, nothing says),
        as the name the text writes, in the country or division its words put it in ("Kvetrov
        in Peru", "Kvetrov, Peru"), else in the country most of the text's towns are in."""
        for n, s in enumerate(spans):
            if s.key not in far or not _unplaced_name(s, mentions[n]):
                continue
            variant, iso = far[s.key]
            base = self.gazetteer.get(self.gazetteer.country_ids[iso])
            after = mentions[n + 1] if n + 1 < len(mentions) else None
            if (after is not None and after.id and after.country and after.kind in ("country", "admin")
                    and _locating_gap(text[s.end:after.start], text, after.end)):
                base = self.gazetteer.get(after.id)
            mentions[n] = _within_mention(s, base, f"no gazetteer entry; its spelling variant {variant.name} "
                                                   f"({variant.country}) lies far from the text's towns; "
                                                   f"in {base.name}")

    def _place_parts(self, text: str, spans: Sequence[Span], mentions: list[Mention], context: _Context) -> None:
        """Move, in ``mentions`` (one per span, in order), each name the text calls a part of
        a town ("the Malta neighbourhood", "the neighbourhoods of Cassis and Plaine Verte") that
        was placed in a country the text's other names speak for less than for the town named
        last before it, within PART_SENTENCES sentences, into that town: "sells coffee in the
        Gamarra neighbourhood" after "reached Lima" is in Lima. Not where the noun is a
        division's too (_part_nouns): "the Swat district" after Kabul is Pakistan's."""
        parts = _parts_named(text, spans)
        if not parts:
            return  # most texts
        town: tuple[int, Place] | None = None  # the town named last, and its sentence
        for n, s in enumerate(spans):
            m = mentions[n]
            noun = parts.get(s.start)
            if (noun and m.id and town is not None and m.country != town[1].country
                    and s.sentence - town[0] <= PART_SENTENCES
                    and (votes := context.countries_without(s.key))[m.country] < votes[town[1].country]):
                base = town[1]
                mentions[n] = _within_mention(
                    s, base, f"a {noun} of {base.name}, named before it; elsewhere: {m.name} ({m.country})")
            elif m.id and m.kind == "city" and s.kind_hint == "" and not noun:
                town = (m.sentence, self.gazetteer.get(m.id))

    def _beside_division(self, place: Place, qualifier: _Qualifier) -> bool:
        """Whether a town the codes file in another division of the qualifier's country
        lies within BESIDE_DIVISION_KM of the division the text puts it in: the codes lag
        the borders (Lajas Blancas, "in Darién province", filed in the Emberá comarca cut
        from Darién), and the town is nearer the text's meaning than the division's point."""
        if qualifier.admin1 is None or place.country != qualifier.country or place.kind != "city":
            return False
        division = self.gazetteer.get(qualifier.place_id)
        return haversine_km(place.lat, place.lon, division.lat, division.lon) < BESIDE_DIVISION_KM

    def _near(self, a: Place, b: Place) -> bool:
        """Whether two places lie within NEAR_SAME_KM: asked of the same senses of a name
        in text after text, so remembered (by their points, bounded)."""
        if abs(a.lat - b.lat) > FAR_LATITUDES:
            return False  # the meridian arc alone is longer: no need to measure
        key = (a.lat, a.lon, b.lat, b.lon)
        close = self._near_cache.get(key)
        if close is None:
            close = remember(self._near_cache, key, haversine_km(*key) < NEAR_SAME_KM, NEAR_CACHE)
        return close

    def _variant(self, span: Span, countries: Votes) -> Mention:
        """A transliterated name spelt another way ("Zawya", "Bossaso", "Komas"): the
        closest name of a town, division or landmark in the countries the text names,
        if it is close enough, starts with the same letter and is about as long. A village
        (under VARIANT_TOWN_POPULATION) only in the country the text names most."""
        from rapidfuzz import fuzz, process

        word = span.text
        if (len(span.key) < VARIANT_MIN_LENGTH or word.isupper() or not word.replace(" ", "").isalpha()
                or span.key in self.gazetteer.person_names):
            return rejected_mention(span)  # acronyms, codes and people's names are not variants
        best: tuple | None = None
        skeleton = _skeleton(span.key)
        ranked = countries.most_common(VARIANT_COUNTRIES)
        for n, (country, votes) in enumerate(ranked):
            if country not in _transliterated():
                continue  # "Lanexa" is not a spelling of Lenexa: Latin-script names are spelt one way
            # (only the text's own country: a country its sentence names let "Bariyarpur in
            # Nepal" be India's, and made the answer hang on which sentence came first)
            villages = n == 0 and (len(ranked) == 1 or ranked[1][1] < votes)
            keys, rows = self.gazetteer.names_in(country, span.key[:1])
            for key, ratio, i in process.extract(span.key, keys, scorer=fuzz.ratio,
                                                 score_cutoff=VARIANT_MIN_RATIO, limit=10):
                # A name of three letters (Lagos's Yoruba "Eko") is near too many words ("Ekok").
                if (key[:1] != span.key[:1] or len(key) < VARIANT_MIN_LENGTH
                        or abs(len(key) - len(span.key)) > VARIANT_MAX_LENGTH_GAP):
                    continue
                # Close enough as letters, or the same consonants ("Komas", "Khoms").
                if ratio < VARIANT_CLOSE_RATIO and _skeleton(key) != skeleton:
                    continue
                place = self.gazetteer.row(rows[i])
                if not place.id.startswith("geomig:") and (
                        place.population < VARIANT_MIN_POPULATION
                        or place.population < VARIANT_TOWN_POPULATION
                        and (ratio < VARIANT_VILLAGE_RATIO or not villages)):
                    continue  # a hamlet is more likely a person's or a firm's name
                # A town whose own name the key is outranks one it is only another spelling of
                # (GeoNames has Zawiya twice: "Zawiya" and "Az Zāwīyah").
                rank = (ratio, place.kind != "admin", normalize(place.name) == key, place.population)
                if best is None or rank > best[0]:
                    best = (rank, place, key)
        if best is None:
            return rejected_mention(span)
        (ratio, *_), place, key = best
        return Mention(span.text, span.start, span.end, span.sentence, place.kind, place.id, place.name,
                       place.country, place.lat, place.lon, VARIANT_CONFIDENCE, (),
                       f"spelling variant of {key!r} (similarity {ratio:.0f}%) in {place.country}, "
                       "a country the text names", ("variant",))

    def _demonym(self, span: Span, countries: Votes) -> Mention:
        """A demonym's place; a region's demonym that begins a country's name ("Central
        African", the Central African Republic) is that country's people where the text
        names places of it ("the Central African capital, Bangui")."""
        gaz = self.gazetteer
        place = gaz.row(gaz.demonyms[span.key])
        if place.country is None and place.kind == "region":
            country = _named_after_demonym(gaz, span.key)
            if country is not None and countries.get(country.country, 0) > 0:
                place = country
        return Mention(span.text, span.start, span.end, span.sentence, "demonym", place.id, place.name,
                       place.country, place.lat, place.lon, 0.95, (), f"demonym of {place.name}")

    def _borders(self, span: Span, countries: Votes, antecedent: str | None = None) -> Mention:
        """The borders stand for the country a possessive refers back to ("Chile has closed
        its northern border"), else for the country the text is about."""
        if not countries and not antecedent:
            return rejected_mention(span)
        iso = antecedent or countries.most_common(1)[0][0]
        pid = self.gazetteer.country_ids.get(iso)
        if pid is None:
            return rejected_mention(span)
        if span.direction:
            pid = region_id(span.direction, pid)
        place = self.gazetteer.get(pid)
        return Mention(span.text, span.start, span.end, span.sentence, "region", place.id, place.name,
                       place.country, place.lat, place.lon, 0.6, (),
                       f"borders of the country the text is about ({iso})", ("vague",))


@functools.cache
def _border_at() -> re.Pattern:
    """"the border at Reyhanli", "the border near Colchane": the words before a town that says
    where on it (recognize.toml's border_at)."""
    return re.compile(rf"\s+(?:{alternation(lexicon()['border_at'], spaces=True)})\s+")


def _town_after_border(text: str, span: Span, toponyms: Sequence[Span], priors) -> int | None:
    """The start of a town or landmark right after "the border at/near" ("bused to the border
    at Reyhanli"), or None."""
    gap = _border_at().match(text, span.end)
    if gap is None:
        return None
    after = next((t for t in toponyms if t.start == gap.end()), None)
    if after is None or not priors.get(after.key) or priors[after.key][0][0].kind not in ("city", "landmark"):
        return None
    return after.start


def _without_borders_at_towns(mentions: list[Mention], border_at: dict[int, int]) -> list[Mention]:
    """Mentions without "the border" where the town after it is placed: that town says where
    on the border ("the border at Reyhanli" is Reyhanli, not the whole border of a country);
    where the town is not placed, the border still says roughly where."""
    if not border_at:
        return mentions
    placed = {m.start for m in mentions if m.id}
    return [m for m in mentions if not (m.start in border_at and border_at[m.start] in placed)]


#: A possessive before "border(s)" refers back to a country ("its", "their"), not to the text's.
_POSSESSIVE_BORDERS = ("its ", "their ", "its\u00a0")


@functools.lru_cache(maxsize=256)
def _named_after_demonym(gazetteer: Gazetteer, key: str) -> Place | None:
    """The country whose name the demonym (a singular, or its plural's stem) begins:
    "central african" -> the Central African Republic; None for most ("libyan")."""
    stem = key[:-1] if key.endswith("s") else key
    for pid in gazetteer.country_ids.values():
        place = gazetteer.get(pid)
        if normalize(place.name).startswith(stem + " "):
            return place
    return None


def _antecedent(text: str, span: Span, earlier: list[Mention]) -> str | None:
    """The country "its/their ... border(s)" refers back to: the country that opens its
    clause, the clause's subject ("Venezuela said Chile has closed its border" is Chile's;
    "Greece sealed the island, and Turkey closed its border" is Turkey's), else the first
    country named before it in its sentence, the subject's as a rule ("Chile has closed its
    northern border" is Chile's, in a text about Venezuela; "Greece said migrants from Syria
    reached its border" is Greece's), else the first of the sentence before."""
    if not span.text.lower().startswith(_POSSESSIVE_BORDERS):
        return None
    named = [m for m in earlier if m.sentence == span.sentence and m.kind == "country" and m.country]
    if named:
        clause = max((b.end() for b in _clause_start().finditer(text, named[0].end, span.start)), default=None)
        # A country further into the clause is no subject: "from Syria" in "... said
        # migrants from Syria reached its border".
        subject = next((m for m in named if clause is not None and m.start >= clause), None)
        if subject and text[clause:subject.start].strip().lower() in ("", "the"):
            return subject.country
        return named[0].country
    before = [m.country for m in earlier if m.sentence == span.sentence - 1 and m.kind == "country" and m.country]
    return before[0] if before else None


@functools.cache
def _clause_start() -> re.Pattern:
    """Where a clause with a subject of its own starts: coordinated (", and", ", but", "; ",
    ", while") or reported ("Venezuela said Chile has closed its border"): recognize.toml's
    clause_joins and clause_reported."""
    lex = lexicon()
    return re.compile(rf",\s+(?:{alternation(lex['clause_joins'])})\s+|;\s+"
                      rf"|\b(?:{alternation(lex['clause_reported'])})\s+(?:that\s+)?")


@functools.lru_cache(maxsize=8)
def _shared(cls: type[LocalResolver], gazetteer: Gazetteer, places: tuple[Place, ...]) -> LocalResolver:
    return cls(gazetteer, places)


class _Context:
    """Countries and first-level divisions the text names, remembered per name so that
    a name's own candidates can be left out when it is scored."""

    def __init__(self, division_share: Callable[[str | None, str | None], float]):
        self.division_share = division_share  # Gazetteer.division_share
        self.countries: dict[str, Votes] = defaultdict(_counter)
        self.admins: dict[str, Votes] = defaultdict(_counter)
        self.sentences: dict[int, set[tuple[str, str]]] = defaultdict(set)
        # Countries named as such: by name, demonym or national capital ("Warsaw said").
        self.nations: Votes = _counter()
        self._cache: dict[str, tuple[Votes, Votes]] = {}
        self._in_sentence: dict[tuple[int, str], frozenset[str]] = {}
        self._totals: tuple[Votes, Votes] | None = None
        self._setting: tuple[str | None] | None = None  # setting(), once per text read (add resets it)
        # Per state, the names that vote for it: (key, None) for a name meaning the state
        # itself, (key, its words) for a town in it. Only the evidence's words read it: a
        # state whose capital alone is named is not "named in the text".
        self.state_names: dict[tuple[str, str], list[tuple[str, str | None]]] = defaultdict(list)
        # Where the text names each name and each state's voters (sentence numbers): whether a
        # state is named beside a name or only far from it (state_named_near).
        self.name_sentences: dict[str, set[int]] = defaultdict(set)
        self.state_sentences: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)

    def add(self, span: Span, place: Place, weight: float) -> None:
        country = place.country
        if not country:
            return
        self.countries[span.key][country] += weight
        self.name_sentences[span.key].add(span.sentence)
        if place.kind in ("country", "admin") or span.kind_hint == "demonym":
            self.sentences[span.sentence].add((country, span.key))
        if place.kind == "country" or place.feature == "PPLC" or span.kind_hint == "demonym":
            self.nations[country] += weight
            self._setting = None
        if place.admin1 and (place.feature == "ADM1" or (place.kind in ("city", "admin") and weight >= 1.0)):
            # An unambiguous town says which state the text is about, more weakly.
            self.admins[span.key][country, place.admin1] += 1 if place.feature == "ADM1" else W_TOWN_STATE
            self.state_names[country, place.admin1].append((span.key, None if place.feature == "ADM1" else span.text))
            self.state_sentences[country, place.admin1].append((span.key, span.sentence))

    def setting(self) -> str | None:
        """The country the story is set in: named as a nation (by name, demonym or capital)
        at least SETTING_VOTES times, and more than every other nation together; or None."""
        if self._setting is None:
            country, votes = max(self.nations.items(), key=operator.itemgetter(1), default=(None, 0))
            self._setting = (country if votes >= SETTING_VOTES and votes > sum(self.nations.values()) - votes
                             else None,)
        return self._setting[0]

    def state_named(self, key: str, country: str, admin1: str) -> str:
        """Why a place's state speaks for it, in words: the state itself is named by another
        name of the text, or only places in it are ("Oujda" for Nador's L'Oriental), which the
        evidence names. The code stays a code: the audit puts the state's name in its place."""
        places: list[str] = []
        for other, words in self.state_names.get((country, admin1), ()):
            if other == key:
                continue
            if words is None:
                return f"its state/province {admin1} is named in the text"
            if words not in places:
                places.append(words)
        if not places:   # not expected: the votes came from some other name
            return f"other places in its state/province {admin1} are named"
        if len(places) == 1:
            return f"another place in its state/province {admin1} is named ({places[0]})"
        shown = ", ".join(places[:3]) + (", ..." if len(places) > 3 else "")
        return f"other places in its state/province {admin1} are named ({shown})"

    def state_named_near(self, span: Span, country: str, admin1: str) -> bool:
        """Whether another name voting for the state (the state itself or a town in it) lies
        within STATE_NEAR_SENTENCES sentences of an occurrence of the span's name."""
        mine = self.name_sentences.get(span.key, set()) | {span.sentence}
        return any(other != span.key and abs(s - m) <= STATE_NEAR_SENTENCES
                   for other, s in self.state_sentences.get((country, admin1), ()) for m in mine)

    def without(self, key: str) -> tuple[Votes, Votes]:
        """Country and state votes of every name but this one (cached per name)."""
        if key not in self._cache:
            if self._totals is None:
                self._totals = (_summed(self.countries.values()), _summed(self.admins.values()))
            self._cache[key] = (_less(self._totals[0], self.countries.get(key)),
                                _less(self._totals[1], self.admins.get(key)))
        return self._cache[key]

    def countries_without(self, key: str) -> Votes:
        return self.without(key)[0]

    def sentence_countries(self, sentence: int, key: str) -> frozenset[str]:
        """The countries a sentence names through names other than this one (cached: asked
        for every occurrence of a name and in every pass)."""
        found = self._in_sentence.get((sentence, key))
        if found is None:
            found = self._in_sentence[sentence, key] = frozenset(
                c for c, k in self.sentences.get(sentence, ()) if k != key)
        return found


def _scoring_context(s: Span, context: _Context, explicit: dict, listed: dict) -> tuple:
    """What a name's scores depend on besides its distances (so what they are cached by)."""
    return (s.key, s.acronym, context.sentence_countries(s.sentence, s.key), explicit.get(s.start), listed.get(s.start))


def _counter(votes: dict | None = None) -> Votes:
    """Counter(votes) for a plain dict (or an empty Counter): the same keys in the same
    order, without Counter.__init__'s Python-level checks (a sixth of the time; a text's
    context makes about thirty)."""
    counter = _NEW_COUNTER(Counter)
    if votes:
        dict.update(counter, votes)
    return counter


_NEW_COUNTER = Counter.__new__


def _same_votes(a: tuple[Votes, Votes], b: tuple[Votes, Votes]) -> bool:
    """a == b for two of _Context.without's pairs, compared as dicts: their votes are all
    positive (_less keeps no other), where Counter's own == reads every key of both in
    Python to count a missing one as zero."""
    return dict.__eq__(a[0], b[0]) and dict.__eq__(a[1], b[1])


def _summed(counters) -> Votes:
    """sum(counters, Counter()) of positive votes, without a new Counter per addition:
    the same keys in the same order, each total added up in the same order."""
    total: dict = {}
    for counter in counters:
        for k, v in counter.items():
            total[k] = total[k] + v if k in total else v
    return _counter(total)


def _less(total: Votes, own: Votes | None) -> Votes:
    """total - own, as Counter's "-" gives it when every vote is positive (what is left
    of a count above zero, in total's order), without its calls per key."""
    if not own:
        return _counter({k: v for k, v in total.items() if v > 0})
    out = {}
    for k, v in total.items():
        left = v - own[k] if k in own else v
        if left > 0:
            out[k] = left
    return _counter(out)


@functools.cache
def _transliterated() -> frozenset[str]:
    """The countries whose names are matched by spelling variants (recognize.toml)."""
    from geomig.geoparse.text import lexicon

    return frozenset(lexicon()["variant_countries"])


def _skeleton(key: str) -> str:
    """The consonants of a transliterated name, which its spellings share: vowels, h, w
    and y dropped, c and q read as k, doubled letters once ("khoms" and "komas" -> "kms",
    "zawiya" and "zawya" -> "z", "bossaso" and "bosaso" -> "bs")."""
    out: list[str] = []
    for c in key.replace("c", "k").replace("q", "k"):
        if c.isalpha() and c not in "aeiouyhw" and (not out or out[-1] != c):
            out.append(c)
    return "".join(out)


def _contradicts(place: Place, qualifier: tuple[str | None, str | None]) -> bool:
    """Whether a chosen place lies outside the country or division the text puts it in."""
    country, admin1 = qualifier
    if place.kind == "country" or not place.country:
        return False
    return place.country != country or bool(admin1 and place.admin1 and place.admin1 != admin1)


def _capitals_first(scored: list, key: str) -> list:
    """A city outranks the first-level division that shares its name (however either is
    spelt: "Baghdad", Baghdād province) when it is the national capital ("Washington" is
    the capital in news, the state only when the text says so), or a metropolis holding
    METROPOLIS_SHARE of the division's people ("São Paulo", "Kano", "Rio de Janeiro"). A
    national capital also outranks a smaller division of its name abroad ("Santiago" is
    Chile's capital, not the Dominican province, unless the text says otherwise). A
    metropolis whose name the key is, or a spelling of it, also ranks W_RENAMED_DIVISION above a
    division of its country that the key names by another of its names ("Zaporizhzhia",
    the city GeoNames spells Zaporizhzhya, and Zaporizka oblast; "Geneva" and Genève
    canton), and no higher: that is no fame against namesakes elsewhere ("Alexandria" in
    a story about Virginia). The city and the division share the name when the key names
    both, whatever the city's own spelling ("Ulaanbaatar": Ulan Bator and the division
    Ulaanbaatar; "Gedaref": Al Qadarif and Gedaref state)."""
    divisions = {(p.country, normalize(p.name)): p.population for p, _, _ in scored if p.feature == "ADM1"}
    division_priors = {(p.country, normalize(p.name)): prior for p, prior, _ in scored if p.feature == "ADM1"}
    if not divisions:
        return scored
    abroad = {name for _, name in divisions}
    renamed: dict[str, tuple[int, float]] = {}  # country -> people and prior of a division named otherwise
    for p, prior, _ in scored:
        if p.feature == "ADM1" and (p.country, key) not in divisions and prior > renamed.get(p.country, (0, -math.inf))[1]:
            renamed[p.country] = (p.population, prior)
    out = []
    for p, prior, reasons in scored:
        if (p.feature == "PPLC" and (p.country, normalize(p.name)) not in divisions
                and normalize(p.name) in abroad
                and p.population > max(people for (c, name), people in divisions.items()
                                       if name == normalize(p.name) and c != p.country)):
            prior, reasons = prior + W_CAPITAL_NAMESAKE, (*reasons, "national capital of that name")
        elif p.kind == "city" and ((p.country, normalize(p.name)) in divisions or _spelt_otherwise(p, key, divisions)):
            people = divisions.get((p.country, normalize(p.name)), divisions.get((p.country, key)))
            if p.feature == "PPLC":
                prior, reasons = prior + W_CAPITAL_NAMESAKE, (*reasons, "national capital of that name")
            elif people and p.population >= max(METROPOLIS_SHARE * people, METROPOLIS_PEOPLE):
                prior, reasons = prior + W_METROPOLIS, (*reasons, "the city its division is named after")
                if (p.country, normalize(p.name)) not in divisions:
                    # Named by another spelling, the city lost the exact-name weight its
                    # division has: it ranks just above the division, as a renamed one's city does.
                    prior = max(prior, division_priors[p.country, key] + W_RENAMED_DIVISION)
        elif (p.kind == "city" and p.country in renamed and _spelling_of(normalize(p.name), key)
              and p.population >= max(METROPOLIS_SHARE * renamed[p.country][0], METROPOLIS_PEOPLE)):
            prior = max(prior, renamed[p.country][1] + W_RENAMED_DIVISION)
            reasons = (*reasons, "the city its division is named after")
        out.append((p, prior, reasons))
    return out


def _metropolises_over_small_divisions(scored: list, key: str) -> list:
    """The first-level divisions abroad that have SMALL_DIVISION_RATIO times fewer people
    than a metropolis bearing the name (or a spelling of it: not an old name, "Berea" of
    Aleppo) rank W_RENAMED_DIVISION below it ("Hanover" is the German city of 515,000, not
    the Jamaican parish of 26,000, unless the text says so): a division's prior speaks for
    states and provinces that news names, not for a small country's parishes. The division
    steps down rather than the city up, so the city gains no fame over its namesakes at
    home (Portland, Maine, beside Portland, Oregon). A capital has its own rule
    (_capitals_first)."""
    metropolises = [p for p, _, _ in scored if p.kind == "city" and p.population >= METROPOLIS_PEOPLE
                    and (_same_name(normalize(p.name), key) or _spelling_of(normalize(p.name), key))]
    if not metropolises:
        return scored
    priors = {p.id: prior for p, prior, _ in scored}
    out = []
    for p, prior, reasons in scored:
        if p.feature == "ADM1":
            above = [priors[m.id] for m in metropolises
                     if m.country != p.country and p.population * SMALL_DIVISION_RATIO <= m.population]
            if above and max(above) - W_RENAMED_DIVISION < prior:
                prior, reasons = max(above) - W_RENAMED_DIVISION, (*reasons, "a small division beside a metropolis abroad")
        out.append((p, prior, reasons))
    return out


def _spelt_otherwise(city: Place, key: str, divisions: dict) -> bool:
    """Whether the key names a division of the city's country and the city too, which
    GeoNames spells otherwise ("Ulaanbaatar": Ulan Bator; "Gedaref": Al Qadarif). Not a
    city named apart by a word ("New York City", "Oklahoma City"): there the bare name is
    the division's as often as the city's."""
    name = normalize(city.name)
    return (city.country, key) in divisions and name != key and not name.startswith(key + " ")


def _cities_over_districts(scored: list) -> list:
    """A second-level division that bears the name of a city of its country, and that the
    city mostly fills (Kraków's city county, 890,000 people round the city's 817,000),
    gives the city its weight and ranks just below it: the text means the city, whose
    point is the one people know. The pair keeps the district's weight against namesakes
    elsewhere (Leeds, England, against Leeds, Alabama)."""
    if not any(p.feature == "ADM2" for p, _, _ in scored):
        return scored
    cities: dict[tuple, Place] = {}  # the largest city of the name per country
    for p, _, _ in scored:
        if p.kind == "city":
            where = (p.country, normalize(p.name))
            if where not in cities or p.population > cities[where].population:
                cities[where] = p
    lifted: dict[str, float] = {}  # city id -> the weight of the district(s) it fills
    fills: dict[str, str] = {}     # district id -> the city that fills it
    # A district that is a whole first-level division (the canton of Geneva is one district
    # of the same people) is to its city as the division is: a metropolis's, at METROPOLIS_SHARE.
    whole = {(p.country, p.population) for p, _, _ in scored if p.feature == "ADM1" and p.population}
    for p, prior, _ in scored:
        city = cities.get((p.country, normalize(p.name))) if p.feature == "ADM2" else None
        share = METROPOLIS_SHARE if (p.country, p.population) in whole else CITY_SHARE
        if city is not None and city.population >= share * p.population:
            lifted[city.id] = max(prior, lifted.get(city.id, prior))
            fills[p.id] = city.id
    if not lifted:
        return scored
    own = {p.id: prior for p, prior, _ in scored if p.id in lifted}
    lift = {cid: max(weight, own[cid]) for cid, weight in lifted.items()}

    def weight(p: Place, prior: float) -> float:
        if p.id in lift:
            return lift[p.id]
        if p.id in fills:   # the district, just below its city
            return min(prior, lift[fills[p.id]] - DISTRICT_MARGIN)
        return prior
    return [(p, weight(p, prior), reasons) for p, prior, reasons in scored]


def _town_districts(scored: list) -> list:
    """A second-level division named after its town (the City of Albany, Western
    Australia, round Albany's 35,000 people) weighs as that town does where a larger town
    of the name lies elsewhere (Albany, New York): the district's head count and its
    weight as a division do not make the name the small town's."""
    if not any(p.feature == "ADM2" for p, _, _ in scored):
        return scored  # most names: no district, nothing to weigh
    towns: dict = {}
    largest: dict[tuple, int] = {}  # the largest town of the name per state
    for p, prior, _ in scored:
        if p.kind == "city":
            where = (p.country, p.admin1, normalize(p.name))
            if where not in towns or p.population > towns[where][0].population:
                towns[where] = (p, prior)
            if p.population > largest.get((p.country, p.admin1), -1):
                largest[(p.country, p.admin1)] = p.population
    # The two largest, so that "a larger town elsewhere" is one comparison per district.
    top = sorted(((n, state) for state, n in largest.items()), reverse=True)[:2]
    out = []
    for p, prior, reasons in scored:
        town = towns.get((p.country, p.admin1, normalize(p.name))) if p.feature == "ADM2" else None
        if town:
            elsewhere = next((n for n, state in top if state != (p.country, p.admin1)), -1)
            if elsewhere > town[0].population:
                prior = min(prior, town[1])
        out.append((p, prior, reasons))
    return out


def _namesake_towns(scored: list, key: str) -> list:
    """A division named after a town inside it (the province of Palermo, the region of
    Obock, the wilaya of Tamanrasset) stands for that town where the text writes the bare
    name: the town takes the division's weight, if larger, and the division ranks
    NAMESAKE_MARGIN below it (not just below: the two points differ, and nearness to the
    text's other places would choose between them by chance). The pair keeps the weight it
    had against namesakes elsewhere (Valencia, Venezuela, against Valencia and its province).
    The town must hold NAMESAKE_SHARE of the division's people ("Zurich" is the city of
    a sixth of its canton; "Oaxaca", "Goiás" and "Leyte" name the state or province), be
    no hamlet (a village of 2,000 does not stand for the Caymans' North Side district), and
    lie within NEAR_SAME_KM of a district's point, so that a text that meant the district
    still gets a point within the accuracy radius; a first-level division's point may lie
    deep in a desert or range its capital is not (Mendoza, Nālūt), so its town may lie up
    to NAMESAKE_ADM1_KM away, and a text that meant the province pays that distance.
    Either may bear the name spelt otherwise ("Lahj", Laḩij; "Tamanrasset", Tamanghasset)
    or as another of its names, where no town of the division bears it as its own: the
    town the name still calls its seat ("Grodno" for Hrodna and its voblast; "Moba" for the
    town GeoNames files as Baudhuinville), but not a city set apart by "City" ("Oklahoma"
    is the state, Oklahoma City the city). The text calling the name a division ("the
    province of Trapani") outweighs this (W_DIVISION_CUE)."""
    divisions = [(p, prior) for p, prior, _ in scored if p.feature in _DIVISIONS]
    if not divisions:
        return scored  # most names: no division bears it
    own = {p.id: prior for p, prior, _ in scored}
    lift: dict[str, float] = {}   # town id -> its weight
    below: dict[str, str] = {}    # division id -> its town's id
    for d, prior in divisions:
        towns = [p for p, _, _ in scored if p.kind == "city" and p.country == d.country and p.admin1 == d.admin1
                 and p.population >= max(NAMESAKE_SHARE * d.population, HAMLET)
                 and normalize(p.name) != f"{key} city"
                 and haversine_km(p.lat, p.lon, d.lat, d.lon) < (NAMESAKE_ADM1_KM if d.feature == "ADM1" else NEAR_SAME_KM)]
        if towns:
            # The town bearing the name as its own, if one qualifies: a larger place that has
            # it only as another name (Rasapūdipalem, "Visakhapatnam") is not its seat.
            own_name = [p for p in towns if _written_as(normalize(p.name), key)]
            town = max(own_name or towns, key=lambda p: p.population)
            lift[town.id] = max(lift.get(town.id, own[town.id]), prior)
            below[d.id] = town.id
    if not lift:
        return scored
    out = []
    for p, prior, reasons in scored:
        if p.id in lift:
            prior, reasons = lift[p.id], (*reasons, "the town its division is named after")
        elif p.id in below:
            prior = min(prior, lift[below[p.id]] - NAMESAKE_MARGIN)
        out.append((p, prior, reasons))
    return out


def _written_as(name: str, key: str) -> bool:
    """Whether a normalised name is the key or a spelling of it as close as recognize.toml's
    alias_spelling_ratio, of as many words and about as long ("lahij" of "lahj",
    "tamanghasset" of "tamanrasset")."""
    if _same_name(name, key):
        return True
    if (name[:1] != key[:1] or abs(len(name) - len(key)) > VARIANT_MAX_LENGTH_GAP
            or name.count(" ") != key.count(" ")):
        return False  # "oklahoma city" is another name than "oklahoma", not a spelling of it
    from rapidfuzz.fuzz import ratio

    return ratio(name, key) >= lexicon()["alias_spelling_ratio"]


def _spellings(scored: list, key: str) -> list:
    """A town whose name the key spells otherwise ("Zaporizhzhia", Zaporizhzhya) weighs
    as if the key were its name, unless a town that bears the name itself is a tenth of
    its size or more ("Pittsburg", California, is no spelling of Pittsburgh's name)."""
    spelt = [p for p, _, _ in scored if p.kind == "city" and not _same_name(normalize(p.name), key)
             and _spelling_of(normalize(p.name), key)]
    if not spelt:
        return scored
    exact = max((p.population for p, _, _ in scored if p.kind == "city" and _same_name(normalize(p.name), key)),
                default=0)
    own = {p.id for p in spelt if p.population > SPELLING_OVER_NAME * exact}
    return [(p, prior + W_CITY_ALIAS, (*reasons, "its name, spelt otherwise")) if p.id in own
            else (p, prior, reasons) for p, prior, reasons in scored]


def _own_names_over_aliases(scored: list, key: str) -> list:
    """A town known by the name only as an old or local alias ranks below a town of its
    country whose own name it is ("Sredets", a Bulgarian town, and an old name of Sofia):
    a text that means the larger place writes its current name."""
    own = {p.country for p, _, _ in scored if p.kind == "city" and _same_name(normalize(p.name), key)}
    if not own:
        return scored
    return [(p, prior - W_OWN_NAME, (*reasons, "only an alias where a town bears the name"))
            if p.kind == "city" and p.country in own and not _same_name(normalize(p.name), key)
            and "its name, spelt otherwise" not in reasons  # "Zaporizhzhia" is Zaporizhzhya's own
            else (p, prior, reasons) for p, prior, reasons in scored]


#: "crossed the Rio Grande": a definite article right before a name; not "the Rio Grande
#: Valley", a longer name the article belongs to.
_THE_BEFORE = re.compile(r"\b[Tt]he $")
_CAPITALISED_AFTER = re.compile(r" [A-Z]")
#: Nor "the Limpopo police", "the Limpopo town of Musina": the name used of the area's people,
#: offices or towns is the division's.
_OFFICE_AFTER = re.compile(r" (?:police|government|health|department|provincial|premier|town|towns|city|"
                           r"municipality|authorities|administration|legislature|office|residents|economy)\b")


def _natural(ranked: list) -> list:
    """A name's candidates where the text writes it after "the": its sea, river, lake or
    range if it has one ("crossed the Rio Grande" is the river, not Río Grande, Puerto
    Rico); towns and divisions take no article in English. Unchanged without one."""
    natural = [r for r in ranked if r[0].kind == "sea" or r[0].feature in NATURAL_FEATURES]
    return natural or ranked


def _of_feature(ranked: list, key: str, feature: str, whole: bool = True) -> list:
    """A name's candidates where a noun after it asks for a feature ("the Lipa camp"):
    its places of that feature; with none, those that bear the name itself, as a town
    abroad known by it only as another name ("Kupa" for Kufa, Iraq) is not the river or
    camp the text names; with none either, for a crossing, the towns known by it (town_features),
    unless the name is not ``whole`` (a word of a longer name)."""
    # The registry's airports ("airfield") answer "airport" too, after the supplement's hubs.
    matching = ([r for r in ranked if r[0].feature == feature]
                or feature == "airport" and [r for r in ranked if r[0].feature == "airfield"])
    # (its name spelt otherwise counts: "the Al-Qaim crossing" is at Al Qā'im; and without
    # the article an alias keeps: "the Sahara desert" is the Sahara)
    # A river, sea or range is no camp, crossing or airport named after it ("the Kupa camp");
    # a natural feature asked for may be one of another kind ("the Sahara desert").
    bare = key.removeprefix("the ")
    kinds_ok = feature in NATURAL_FEATURES
    named = [r for r in ranked if (kinds_ok or r[0].feature not in NATURAL_FEATURES)
             and (_known_as(normalize(r[0].name), bare) or _written_as(normalize(r[0].name), bare))]
    # A crossing lies at a town of its name, which GeoNames may call otherwise ("the Islam
    # Qala crossing" at Eslam Qaleh): with no place bearing the name, the towns known by it
    # as another name stay, for the plausibility checks to judge as they judge the bare name.
    at_town = not named and whole and feature in _town_features()
    return matching or named or at_town and [r for r in ranked if r[0].kind == "city"] or []


@functools.cache
def _town_features() -> frozenset[str]:
    """The features that lie at a town of their name (recognize.toml's town_features)."""
    return frozenset(lexicon()["town_features"])


def _as_written(ranked: list, key: str, surface: str) -> list:
    """A name the text writes with its diacritics ("Šid") is the place whose own name it
    spells letter for letter: a place of another country known by it only as a plain
    alias (Haiti's Sud, "Sid" in Creole) ranks just below that place."""
    written = surface.casefold()
    spelt = [(p.country, prior) for p, prior, _ in ranked if p.name.casefold() == written]
    if not spelt:
        return ranked
    best = max(prior for _, prior in spelt)
    # The diacritics tell the country's language, not a division from its city ("Genève":
    # the canton spelt so, the city GeoNames spells Geneva): places of the spelling's
    # countries keep the rank the other rules give them.
    countries = {country for country, _ in spelt}
    out = [(p, min(prior, best - DISTRICT_MARGIN), reasons)
           if not _same_name(normalize(p.name), key) and p.country not in countries else
           (p, prior, reasons) for p, prior, reasons in ranked]
    return sorted(out, key=lambda t: -t[1])


def _country_names_first(ranked: list, key: str) -> list:
    """A country name means the country: places inside a country that the name also
    names ("Mexico", the State of México) are not candidates, nor, when the name is a
    country's own, places anywhere that bear it only as an alias (a Ukrainian village once
    called "Moldova")."""
    countries = {p.country for p, _, _ in ranked if p.kind == "country"}
    if not countries:
        return ranked
    own = [p for p, _, _ in ranked if p.kind == "country" and _same_name(normalize(p.name), key)]
    people = max((p.population for p in own), default=0)
    return [r for r in ranked if r[0].kind == "country" or (
        r[0].country not in countries and (not own or _same_name(normalize(r[0].name), key))
        and not _smaller_state_of_a_country_name(r[0], people))]


def _smaller_state_of_a_country_name(place: Place, people: int) -> bool:
    """Whether a place is a state or province abroad named like a country and smaller than
    it (Niger State, in Nigeria, beside Niger): the bare name then means the country unless
    the text calls it a state (``division``); a state larger than the country keeps its
    chance ("Georgia" among American states)."""
    return place.kind == "admin" and place.feature == "ADM1" and 0 < place.population < people


def _overshadowed(place: Place, famous: Place | None) -> bool:
    """Whether a town is a small namesake of a metropolis in another state of its country
    (Boston, New York, 8,000 people, beside Boston, Massachusetts): NAMESAKE_RATIO times
    smaller. Its state named in the text is then not evidence for it (a story naming New
    York state and Boston means the metropolis); nearness or a qualifier still is."""
    return (famous is not None and famous.kind == "city" and famous.country == place.country
            and famous.admin1 != place.admin1 and famous.population >= METROPOLIS_PEOPLE
            and place.population * NAMESAKE_RATIO < famous.population)


def _outshone(place: Place, famous: Place | None) -> bool:
    """Whether a place is an obscure namesake of a great city in another state of its country:
    the city FAMOUS_PEOPLE or more, the place FAMOUS_RATIO times smaller (Monterrey, a village
    of 500 in Chiapas, beside Monterrey, Nuevo León, 1.1M). Its nearness to the text's other
    places, unless it lies beside them (BESIDE_KM), may not overtake the city (_nearness)."""
    return (famous is not None and famous.kind == "city" and famous.country == place.country
            and famous.admin1 != place.admin1 and famous.population >= FAMOUS_PEOPLE
            and place.population * FAMOUS_RATIO <= famous.population)


def _dwarfed(place: Place, famous: Place | None) -> bool:
    """Whether a place is smaller than a metropolis of its name abroad (Geneva, Illinois, beside
    Geneva; Athens, Georgia, beside Athens; Toronto, Ohio): a story set in its country does not
    speak for it ("Ministers met in Athens and Geneva. Americans watched"); a named state may."""
    return (famous is not None and famous.country != place.country and famous.population >= METROPOLIS_PEOPLE
            and place.population < famous.population)


def _dwarfed_countries(priors: list, key: str) -> frozenset[str | None]:
    """The countries whose every namesake of a city of FAMOUS_PEOPLE abroad, the name's best
    prior and its own name, is FAMOUS_RATIO times smaller (India's Dubais, 2,000 people at
    most, beside Dubai; not the United States' Alexandrias beside Alexandria, as Virginia's
    is a city too; not a "Deli" that is only another name of Delhi)."""
    famous = priors[0][0] if priors else None
    if (famous is None or famous.kind != "city" or famous.population < FAMOUS_PEOPLE
            or not _same_name(normalize(famous.name), key)):
        return frozenset()
    largest: dict[str | None, int] = {}
    for p, _, _ in priors:
        if p.country != famous.country:
            largest[p.country] = max(largest.get(p.country, 0), p.population)
    return frozenset(c for c, people in largest.items() if people * FAMOUS_RATIO <= famous.population)


def _twin_abroad(place: Place, priors: list) -> bool:
    """Whether a namesake across the border lies within NEAR_SAME_KM (Rafah in Egypt and in
    Gaza): which of the two a story means is for its context to say, not for its setting."""
    return any(p.country != place.country and abs(p.lat - place.lat) <= FAR_LATITUDES
               and haversine_km(p.lat, p.lon, place.lat, place.lon) < NEAR_SAME_KM for p, _, _ in priors)


def _where(place: Place) -> tuple:
    """What a place says of where a text is: its country, its state, and whether it is one."""
    return place.country, place.admin1, place.feature == "ADM1"


def _spelling_of(name: str, key: str) -> bool:
    """Whether a key is another romanisation of a name rather than another name
    ("Zaporizhzhia" of Zaporizhzhya, not "Paris" of Swainsboro): as close as SPELLING_RATIO
    (rapidfuzz ratio), with the same first letter."""
    from rapidfuzz.fuzz import ratio

    return name[:1] == key[:1] and ratio(name, key) >= SPELLING_RATIO


def _with_division_noun(key: str) -> bool:
    """Whether the key is a name and a division noun after it (recognize.toml's
    division_nouns): "eastern province", "mexico state"."""
    head, _, noun = key.rpartition(" ")
    return bool(head) and noun in _division_noun_set()


@functools.cache
def _division_noun_set() -> frozenset[str]:
    """recognize.toml's division nouns, as a set of keys."""
    return frozenset(lexicon()["division_nouns"])


def _same_name(name: str, key: str) -> bool:
    """A normalised name equal to the key, "St" standing for "Saint" ("St Petersburg")."""
    # The regular expression's "^st " as a prefix test: asked of every candidate of every name.
    return name == key or (key.startswith("st ") and name == "saint " + key[3:])


def _known_as(name: str, key: str) -> bool:
    """Whether English prose calls a place of this normalised name by the key: its own name,
    or the name without the river or region that tells namesakes apart, which prose
    leaves out ("Frankfurt" of Frankfurt am Main and of Frankfurt (Oder), "Rostov" of
    Rostov-on-Don: recognize.toml's locator_tails). Not a score's exact name: there a
    town that bears the short name itself comes first ("Newark", not Newark-on-Trent)."""
    return (_same_name(name, key) or name.startswith(key) and name.startswith(_locator_tails(), len(key))
            and not any(c.isdigit() for c in name))  # (a numbered ward: "Zürich (Kreis 3)")


@functools.cache
def _locator_tails() -> tuple[str, ...]:
    """What may follow a town's short name in its full one (" am ", " upon ", " (")."""
    return tuple(f" {tail} " if tail[0].isalpha() else f" {tail}" for tail in lexicon()["locator_tails"])


def _below_fame(soft: float, place: Place, prior: float, famous: Place | None, famous_prior: float,
                dwarfed: bool = False) -> float:
    """The soft evidence (the text's country share, its country named in the sentence,
    nearness) a candidate gets: when a famous place elsewhere (another country or
    state) has a prior FAME_GAP above it, or is a great city dwarfing every namesake of the
    place's country (``dwarfed``, _dwarfed_countries), not enough to overtake it."""
    gap = famous_prior - prior
    if (famous is None or (place.country, place.admin1) == (famous.country, famous.admin1)
            or gap < FAME_GAP and not dwarfed):
        return soft
    return min(soft, gap - FAME_MARGIN)


def _city_over_state(place: Place, key: str, ranked: list, share: float) -> float:
    """"New York": the city (named "New York City") rather than the state of its
    name, unless that country is INTERNATIONAL_SHARE or more of the text's context."""
    if place.kind != "city" or normalize(place.name) != key + " city" or share >= INTERNATIONAL_SHARE:
        return 0.0
    states = any(p.feature == "ADM1" and p.country == place.country and normalize(p.name) == key
                 for p, _, _ in ranked)
    return W_CITY_OVER_STATE if states else 0.0


def _prune(ranked: list, margin: float = 12.0, keep: int = 40) -> list:
    """Drop candidates whose prior is so far below the best that no evidence can lift
    them (the context weights add up to less than the margin)."""
    if not ranked:
        return ranked
    floor = ranked[0][1] - margin
    return [r for r in ranked[:keep] if r[1] >= floor]


def _coherent_senses(first: dict[str, list], anchors: dict, priors: dict) -> dict[str, list[tuple[float, float]]]:
    """Per name, its plausible senses (within ANCHOR_MARGIN of its first choice, in the
    first pass and before any context) that lie within CLOSE_KM of a plausible sense of
    another name: "Cambridge and Boston" measured each against the other's first choice
    alone (Cambridge, England; Boston, Massachusetts) would cross, each moving next to the
    other's; with both pairs of senses that go together, the pair that fits best wins as
    one. A story's country does not make a sense plausible ("Athens and Rome" in a story
    about Americans: Rome, Georgia is far below Rome)."""
    plausible = {}
    for k in anchors:
        top = priors[k][0][1]  # ranked best first
        plausible[k] = [x.place for x in first[k][:ANCHOR_SENSES]
                        if _is_anchor(x.place) and x.score >= first[k][0].score - ANCHOR_MARGIN
                        and priors[k][x.n][1] >= top - ANCHOR_MARGIN]
    rows = [(k, p) for k, places in plausible.items() if len(places) > 1 for p in places]
    if not rows or len(plausible) < 2:
        return {}
    # The senses by latitude: only those less than FAR_LATITUDES away may be near, a
    # bisected window of a few, so a text's names cost no matrix of all their senses.
    columns = sorted((p.lat, p.lon, k) for k, places in plausible.items() for p in places)
    lats = [c[0] for c in columns]
    out: dict[str, list[tuple[float, float]]] = {}
    for k, p in rows:
        lo = bisect.bisect_left(lats, p.lat - FAR_LATITUDES)
        hi = bisect.bisect_right(lats, p.lat + FAR_LATITUDES)
        if any(other != k and haversine_km(p.lat, p.lon, lat, lon) < CLOSE_KM for lat, lon, other in columns[lo:hi]):
            out.setdefault(k, []).append((p.lat, p.lon))
    return out


def _main_country(votes: list[tuple[str | None, float]]) -> str | None:
    """The country holding more than half of the (country, weight) votes, if one does."""
    totals: Votes = Counter()
    for country, weight in votes:
        totals[country] += weight
    half = sum(totals.values()) / 2
    return next((c for c, n in totals.items() if c and n > half), None)


def _is_anchor(place: Place) -> bool:
    """A place precise enough to say where a text is (not a country or a state)."""
    return place.kind in LOCAL_KINDS and place.feature != "ADM1"


def _median_distances(priors: dict[str, list], senses: dict[str, tuple[list, int]]) -> dict:
    """Per name, the weighted median great-circle distance (km) from each of its
    candidates to the text's other names: to the nearest of each other name's senses
    (name -> ([(lat, lon), ...], occurrences)); a name's own senses do not count.
    None for a name with no other place to go by. A few distance matrices for the whole
    text, not one per name (numpy's cost is per call), in blocks of at most MAX_CELLS
    so a long report does not hold a huge one."""
    names = [k for k, ranked in priors.items() if ranked and any(a != k for a in senses)]
    columns = sum(len(spots) for spots, _ in senses.values())
    blocks: list[list[str]] = [[]]
    rows = 0
    for k in names:
        if blocks[-1] and (rows + len(priors[k])) * columns > MAX_CELLS:
            blocks.append([])
            rows = 0
        blocks[-1].append(k)
        rows += len(priors[k])
    return {k: median for block in blocks if block
            for k, median in _block_medians(block, priors, senses).items()}


def _block_medians(names: list[str], priors: dict[str, list], senses: dict[str, tuple[list, int]]) -> dict:
    """_median_distances for some of the names, in one matrix. A text's matrix is small
    (about 30 candidates by 6 senses of 3 names): numpy's cost is per call, so as few
    calls as the medians allow."""
    import numpy as np

    places = [p for k in names for p, _, _ in priors[k]]
    points = [pt for spots, _ in senses.values() for pt in spots]
    d = haversine_matrix_km([p.lat for p in places], [p.lon for p in places],
                            [p[0] for p in points], [p[1] for p in points])
    if len(points) > len(senses):  # some name has several senses: the nearest of each
        first_column = [0, *itertools.accumulate(len(spots) for spots, _ in senses.values())][:-1]
        d = np.minimum.reduceat(d, first_column, axis=1)  # candidate -> nearest sense of each name
    # Each name's candidates are a block of rows. A row's own name does not count: its
    # column goes past every other (infinitely far) and its weight out of the total, so
    # the weighted median below never reaches it.
    sizes: list[int] = [len(priors[k]) for k in names]
    if len(senses) == 1:
        # One other name (the rows are all others': a name's own senses alone are no other
        # place): its nearest sense is each row's median, what the general case finds.
        return _by_name(names, sizes, d[:, 0].tolist())
    weights = [n for _, n in senses.values()]
    column = {k: j for j, k in enumerate(senses)}
    everyone = sum(weights)
    own_rows: list[int] = []
    own_columns: list[int] = []
    halves: list[float] = []
    for k in names:
        size, j = len(priors[k]), column.get(k)
        if j is not None:
            own_rows.extend(range(len(halves), len(halves) + size))
            own_columns.extend([j] * size)
        halves.extend([(everyone - (weights[j] if j is not None else 0)) / 2] * size)
    if own_rows:
        d[own_rows, own_columns] = np.inf
    # (ndarray methods rather than numpy's functions: the same, without their Python wrappers)
    order = d.argsort(axis=1)
    cum = np.asarray(weights, dtype=float)[order].cumsum(axis=1)
    # The upper median: the first distance past half the weight, as sorted(...)[n // 2] is.
    idx = (cum > np.asarray(halves)[:, None]).argmax(axis=1)
    rows = np.arange(len(places))
    return _by_name(names, sizes, d[rows, order[rows, idx]].tolist())  # Python floats: _Evidence reads them one by one


def _by_name(names: list[str], sizes: list[int], values: list) -> dict[str, list]:
    """Rows of values cut into each name's block (``sizes`` rows each, in order)."""
    out, start = {}, 0
    for k, size in zip(names, sizes):
        out[k] = values[start:start + size]
        start += size
    return out


def _implausible(place: Place, key: str, context: _Context, anchors: list, sentence: int = -1,
                 gazetteer: Gazetteer | None = None, placed: bool = False) -> bool:
    """A small town in a country the text never mentions: known only by an alias ("Anas"
    for Jokiniemi, Finland, in a story about Libya), or far from every other place the
    text names ("Obama", Japan, in a story about Ohio); or a hamlet nothing in the text
    places. More likely a person or a word. A small district far from all of them is
    doubted as such a town is ("Cedros", a Honduran district, in a story set in Trinidad)."""
    # A national capital is known abroad by its name ("Port of Spain" beside a village), not
    # by an alias ("Suba", a Kenyan district, is not Suva in Fiji).
    if place.kind != "city" and place.feature != "ADM2" or (place.feature == "PPLC"
                                                            and _known_as(normalize(place.name), key)):
        return False
    if place.kind == "city" and place.population < HAMLET and not place.id.startswith("geomig:"):
        # A hamlet ("Samples", "Farms") is a place only where the text names its state
        # or its neighbours, or its sentence its country ("Tovarnik, on the Croatian
        # border"); the project's own places (camps, crossings) always are.
        # So is one the text puts "near" or "in" whose country it names as a nation, by its
        # name, demonym or capital ("Warsaw said troops stopped a group near Bialowieza").
        admins = context.without(key)[1]
        near = any(haversine_km(place.lat, place.lon, a[0], a[1]) < CLOSE_KM for a in anchors)
        return not (near or (place.admin1 and admins.get((place.country, place.admin1), 0))
                    or place.country in context.sentence_countries(sentence, key)
                    or placed and context.nations.get(place.country, 0) > 0)
    if context.countries_without(key).get(place.country, 0):
        return False
    if not _known_as(normalize(place.name), key):
        # Known here by another of its names only: a small town is more likely a person or
        # a word; a larger one too when far from every place the text names ("Kupa", a
        # river of Croatia, is not Kufa in Iraq; "Kawar" in Niger is not Karwar in India).
        # Not a metropolis whose division bears the name as its own (_capitals_first:
        # "Ulaanbaatar", Ulan Bator): the name is the division's or the city's, a place either way.
        if place.population >= METROPOLIS_PEOPLE and gazetteer is not None and any(
                p.feature == "ADM1" and p.country == place.country and _same_name(normalize(p.name), key)
                for p in gazetteer.lookup(key)):
            return False
        if place.population < 20_000:
            return True
        if place.population >= ALIAS_TOWN_KNOWN:
            return False
        if anchors:
            return min(haversine_km(place.lat, place.lon, a[0], a[1]) for a in anchors) > FAR_KM
        return gazetteer is not None and bool(_far_from_named(place, key, context, gazetteer))
    if place.population >= FOREIGN_TOWN_POPULATION or not anchors:
        return False
    return min(haversine_km(place.lat, place.lon, a[0], a[1]) for a in anchors) > FAR_KM


# A capitalised word right before or after a name, in the same run of words ("Ain Zara").
_NAME_AFTER = re.compile(r" ([A-Z][a-z][\w-]*)")


@functools.cache
def _joined() -> tuple[re.Pattern, re.Pattern]:
    """A lowercase Arabic article (recognize.toml's lowercase_articles) hyphened to a
    capitalised word after a name ("Bab al-Tabbaneh", "Deir el-Ahmar"), and the article
    right before a name (the "al-" of "Daraa al-Balad"): the article binds the words into
    one name."""
    words = "|".join(map(re.escape, lexicon()["lowercase_articles"]))
    return re.compile(rf" (?:{words})-[A-Z]"), re.compile(rf" (?:{words})-$")


_NAME_BEFORE = re.compile(r"(?:^|[^.!?\s\"“]\s+)([A-Z][a-z][\w-]*) $")


def _capitalised_last(text: str, lo: int, end: int) -> bool:
    """Whether the last word of text[lo:end] opens with a capital and a lowercase letter:
    the word each match of _NAME_BEFORE there ends with, tested first (most names follow a
    lowercase word, and the search tries each position of its window)."""
    words = text[lo:end].rsplit(None, 1)
    word = words[-1] if words else ""
    return len(word) > 1 and "A" <= word[0] <= "Z" and "a" <= word[1] <= "z"


STRANDED_MAX_POPULATION = 1_000_000  # a metropolis named beside another word is still itself
STRANDED_KM = 300.0  # a stranded word's town this far from all the text's other towns is another place
JOINED_NEAR_KM = 50.0  # a joined word's town this near a town of the text is the text's own


def _without_stranded(text: str, mentions: list[Mention], gazetteer: Gazetteer,
                      user_ids: Container[str] = ()) -> list[Mention]:
    """Mentions without the words of longer names the gazetteer lacks ("Ain" of "Ain
    Zara", a district of Tripoli; "Med" of "Tanger Med", a port of Morocco) read as a town
    or division of a country that no other name of the text is in, while others are: the
    longer name is more likely a place of the text's own countries than that far place.
    A word an article joins to the next ("Bab" of "Bab al-Tabbaneh") is one wherever it lies.
    A name the text also writes alone, or beside a common word ("Bihac Hospital"), stays."""
    def beside_a_name(m: Mention) -> bool:
        # (Each pattern needs a space beside the name: right after it, or right before it (or
        # before a newline there, which $ allows). The character is tested first: a name
        # before a comma or a full stop skips the first pattern, one opening a line the second.)
        after = _NAME_AFTER.match(text, m.end) if text.startswith(" ", m.end) else None
        before = (_NAME_BEFORE.search(text, max(0, m.start - 40), m.start) if m.start > 0
                  and (text.startswith(" ", m.start - 1) or text.startswith(" \n", m.start - 2))
                  and _capitalised_last(text, max(0, m.start - 40), m.start) else None)
        words = [x.group(1).lower() for x in (after, before) if x]
        return any(w not in gazetteer.common_words for w in words)

    # (The analyst's own places are never doubted, and are not in the gazetteer.)
    suspects = {n for n, m in enumerate(mentions) if m.id and m.id not in user_ids
                and m.kind in ("city", "admin") and beside_a_name(m)}
    after, before = _joined()
    joined = {n for n, m in enumerate(mentions) if m.id and m.id not in user_ids
              and m.kind in ("city", "admin") and after.match(text, m.end)}
    # The word after the article is a word of the same name ("Balad" of "Daraa al-Balad").
    ends = {mentions[n].end for n in joined}
    suspects |= joined | {n for n, m in enumerate(mentions) if m.id and m.id not in user_ids
                          and (x := before.search(text, max(0, m.start - 5), m.start)) and x.start() in ends}
    if not suspects:
        return mentions
    alone = {m.text for n, m in enumerate(mentions) if m.id and n not in suspects}
    countries = {m.country for n, m in enumerate(mentions) if m.id and m.country and n not in suspects}
    others = [m for n, m in enumerate(mentions) if m.id and n not in suspects]
    towns = [(m.lat, m.lon) for m in others if m.kind == "city" and m.lat is not None and m.lon is not None]
    # (the analyst's own places are in no gazetteer state)
    states = {(m.country, gazetteer.get(cast(str, m.id)).admin1) for m in others
              if m.kind in ("city", "admin") and m.id not in user_ids}
    out = list(mentions)
    for n in suspects:
        m = out[n]
        if m.text in alone or not countries:
            continue
        place = gazetteer.get(cast(str, m.id))
        # A division's population is not a metropolis's ("Porto" of "Porto Pino" is a district),
        # and a metropolis is itself by a name that is its own only: its main name or an English
        # one the supplement gives it ("Kiev" of "Kiev Pasazhyrskyi station"), read in
        # main_populations; "Sola" of "Baga Sola" is no Seoul, nor "Loma" of "Point Loma" Rome
        # (foreign spellings GeoNames lists for them).
        if (place.kind == "city" and place.population >= STRANDED_MAX_POPULATION
                and gazetteer.main_populations.get(normalize(m.text), 0) >= place.population):
            continue
        if n in joined and _near_towns(m, towns):
            continue  # "Daraa al-Balad" in a story of Ramtha, over the border: Daraa's quarter
        if (m.country not in countries
                or (place.country, place.admin1) not in states and _far_from_towns(m, towns)):
            out[n] = rejected_mention(m, "a word of a longer name the gazetteer lacks", "implausible")
    return out


def _near_towns(m: Mention, towns: list[tuple[float, float]]) -> bool:
    """A town within JOINED_NEAR_KM of a town the text names."""
    if m.lat is None or m.lon is None:
        return False
    return any(haversine_km(m.lat, m.lon, lat, lon) <= JOINED_NEAR_KM for lat, lon in towns)


def _far_from_towns(m: Mention, towns: list[tuple[float, float]]) -> bool:
    """A town farther than STRANDED_KM from every other town the text names ("Mesa" of
    "Otay Mesa" in a story set in San Diego is Arizona's Mesa, 500 km away); asked only
    of a town in no state the text's other places are in."""
    if m.kind != "city" or not towns or m.lat is None or m.lon is None:
        return False
    return min(haversine_km(m.lat, m.lon, lat, lon) for lat, lon in towns) > STRANDED_KM


def _stray(place: Place, key: str, context: _Context, gazetteer: Gazetteer) -> bool:
    """A town of a country the text never names, in a text that names countries but no
    other town to measure from, and farther than FAR_KM from all of them ("Cabrera", a
    Dominican town, in a story about Algerians landing in Spain): more likely another
    place of the name that the gazetteer lacks, or a person. Asked only of a name the
    text writes once (a repeated one is what the text is about) and does not qualify
    ("Rome, Georgia"); hamlets are _implausible's."""
    return (place.kind == "city" and HAMLET <= place.population < FOREIGN_TOWN_POPULATION
            and bool(_far_from_named(place, key, context, gazetteer)))


def _far_from_named(place: Place, key: str, context: _Context, gazetteer: Gazetteer) -> list[str]:
    """The countries the text's other names name, when the place lies in none of them and
    farther than FAR_KM from all; else []."""
    countries = context.countries_without(key)
    if not countries or countries[place.country]:
        return []
    # (a Counter left by subtraction holds positive counts only: every key is named)
    named = list(countries)
    return [] if _within_km_of_countries(place, named, gazetteer, FAR_KM) else named


def _within_km_of_countries(place: Place, countries: Iterable[str], gazetteer: Gazetteer, km: float) -> bool:
    """Whether a place lies nearer than ``km`` to one of these countries' polygons (inside one
    included), or one of them has no polygon, as nothing then says it is far. A country whose
    bounding box already lies ``km`` away is not measured: its polygon, the dearest step,
    cannot be nearer."""
    x, y = place.lon, place.lat
    # Degrees of longitude shrink with latitude: scaled by it, a distance is never overstated.
    scale = KM_PER_DEGREE * max(math.cos(math.radians(y)), 0.01)
    # The box's distance never exceeds the polygon's (both planar, in degrees); a margin
    # keeps a box that rounding puts a hair past ``km`` measured.
    beyond = km * (1 + 1e-9) / scale
    spot = None
    for country in countries:
        geom = gazetteer.geometry(gazetteer.country_ids[country]) if country in gazetteer.country_ids else None
        if geom is None:
            return True
        minx, miny, maxx, maxy = _bounds(gazetteer, country, geom)
        if math.hypot(max(minx - x, 0.0, x - maxx), max(miny - y, 0.0, y - maxy)) > beyond:
            continue  # at least ``km`` away: its polygon is no nearer
        if spot is None:
            from shapely.geometry import Point

            spot = Point(x, y)
        if geom.distance(spot) * scale < km:
            return True
    return False


#: A country's polygon's bounding box (minx, miny, maxx, maxy), by gazetteer and country code
#: (its values hold only codes and floats, no objects, so the cache adds nothing for the
#: garbage collector's cycle search to walk).
_BOUNDS: dict = {}


def _bounds(gazetteer: Gazetteer, country: str, geom) -> tuple[float, float, float, float]:
    """A country's polygon's bounding box (minx, miny, maxx, maxy), computed once per gazetteer."""
    boxes = _BOUNDS.get(gazetteer)
    if boxes is None:
        boxes = remember(_BOUNDS, gazetteer, {}, 4)
    box = boxes.get(country)
    if box is None:
        box = boxes[country] = tuple(geom.bounds)
    return box


def _beside_named_countries(scored: list, key: str, context: _Context, gazetteer: Gazetteer, *,
                            aliases: bool) -> _Scored | None:
    """In a text that names countries but no town to measure from, a town or division of
    a country it never names, farther than FAR_KM from all of them, yields to a town of
    the same name within CLOSE_KM of one ("Barra" in a story about Senegal is the Gambian
    town across the border, not Barra in Brazil; "Santa Rosa" in a story about Peru and
    Chile is Peruvian, not Guatemala's department)."""
    first = scored[0].place
    named = _far_from_named(first, key, context, gazetteer) if first.kind in ("city", "admin") else []
    if not named:
        return None
    # (with aliases, one known by the name as an alias counts where the first bears it as its
    # own: "Montecristi" for San Fernando de Monte Cristi, by Haiti, not Ecuador's Montecristi)
    own = aliases and _same_name(normalize(first.name), key)
    return next((sc for sc in scored[1:ANCHOR_SENSES] if sc.place.kind == "city"
                 and (own or _same_name(normalize(sc.place.name), key))
                 and _within_km_of_countries(sc.place, named, gazetteer, CLOSE_KM)), None)


def _own_name_at_home(scored: list, key: str, votes: Votes) -> _Scored | None:
    """When the first choice is a town known by the name only as an alias (_known_as,
    _written_as) in a country the text's other names never point to, the first town whose
    own name it is in a country they do point to; else None."""
    first = scored[0].place
    if (first.kind != "city" or votes[first.country]
            or _known_as(normalize(first.name), key) or _written_as(normalize(first.name), key)):
        return None
    return next((sc for sc in scored[1:ANCHOR_SENSES] if sc.place.kind == "city" and votes[sc.place.country]
                 and _same_name(normalize(sc.place.name), key)), None)


def _namesake_beside(scored: list, key: str, anchors: list, countries: Container[str]) -> _Scored | None:
    """Of the later senses of a name whose first is implausible, the town bearing the name
    nearest another place the text names, within CLOSE_KM of it and in one of ``countries``
    (those its sentence names); None unless the next such town lies NEARER_RATIO times
    farther. ("They left San Francisco, a suburb of Maracaibo": no Colombian village of the
    name, though the text names Colombia and Cúcuta is near one.)"""
    if not anchors:
        return None
    near = sorted((min(haversine_km(sc.place.lat, sc.place.lon, a[0], a[1]) for a in anchors), n)
                  for n, sc in enumerate(scored[1:], start=1) if sc.place.kind == "city"
                  and sc.place.country in countries and _known_as(normalize(sc.place.name), key))
    if not near or near[0][0] >= CLOSE_KM or len(near) > 1 and near[1][0] < NEARER_RATIO * near[0][0]:
        return None
    return scored[near[0][1]]


def _one_sense(mentions: list[Mention], plain: dict[str, list[tuple[int, Span]]], gazetteer: Gazetteer) -> None:
    """One sense per name in a text, in place: occurrences no qualifier places that the
    countries of their own sentences read otherwise ("flights to Doha" beside India, "a camp
    outside Doha") all take the sense most of them have; on a tie the place more people live
    in (a reader meets one Doha in one story, Qatar's capital, not a village of India; "Tripoli,
    Lebanon" and the like keep their own)."""
    for occurrences in plain.values():
        if len(occurrences) < 2 or len({mentions[i].id for i, _ in occurrences}) < 2:
            continue        # (most names: one occurrence, or one sense already)
        votes = Counter(mentions[i].id for i, _ in occurrences)

        def people(m: Mention) -> int:
            try:
                return (gazetteer.get(m.id).population or 0) if m.id else 0
            except GazetteerError:      # (an analyst's own place: not in the index)
                return 0
        best = max((mentions[i] for i, _ in occurrences), key=lambda m: (votes[m.id], people(m), m.confidence))
        for i, span in occurrences:
            if mentions[i].id != best.id:
                mentions[i] = _moved(best, span)


def _moved(m: Mention, span: Span) -> Mention:
    """The same choice at another occurrence of the name (dataclasses.replace, without
    its cost per field)."""
    return Mention(span.text, span.start, span.end, span.sentence, m.kind, m.id, m.name, m.country,
                   m.lat, m.lon, m.confidence, m.alternatives, m.evidence, m.flags)


#: Why recognition or resolution turned a phrase down -> the flag the audit reads. A name
#: the gazetteer lacks (or a feature it lacks, "Lake Tana") is "unresolved", up for review;
#: the others are words that are not places ("the Orchard Street", "IND", "US dollars",
#: "Olena", an alias of a far hamlet, "West Nile" of "West Nile virus").
_REJECTED_FLAGS = {"organisation": "organisation", "person": "person", "common word": "common-word",
                   "implausible": "implausible", "alias": "implausible", "street": "street",
                   "acronym": "acronym", "currency": "currency", "pathogen": "pathogen"}


def _within_mention(span: Span, base: Place, evidence: str) -> Mention:
    """A place of its own named as ``span`` writes it, inside ``base`` (regions.within_place):
    at its point, vaguely (where inside it, nothing says), with low confidence."""
    place = within_place(span.key, base)
    return Mention(span.text, span.start, span.end, span.sentence, place.kind, place.id, span.text, place.country,
                   place.lat, place.lon, CONTRADICTED_CONFIDENCE, (), evidence, ("vague",))


def rejected_mention(span: Span | Mention, reason: str = "", flag: str = "") -> Mention:
    """A phrase (or a mention found wanting) kept for the audit only: no place chosen."""
    reason = reason or getattr(span, "kind_hint", "")
    flag = flag or _REJECTED_FLAGS.get(reason, "unresolved")
    return Mention(span.text, span.start, span.end, span.sentence, "", None, None, None, None, None,
                   0.0, (), f"not a place here: {reason or 'no gazetteer entry'}", (flag,))


# What lies between a name and the division that locates it ("Manston in Kent", "La Ceiba,
# on the Honduran coast"), and between a demonym and the name it qualifies ("Iraqi
# Kurdistan", "the Libyan port of Zuwara").
_IN_GAP = re.compile(r",?\s+in\s+(?:the\s+)?")
# A facility named after its place between the name and the division ("the Manston
# processing centre in Kent"): it locates the name only where the division holds a sense of
# it, as an airport or a port may lie outside the place it is named after ("Basel airport in
# France").
_FACILITY_IN_GAP = re.compile(
    r"\s+(?:(?:processing|reception|detention|holding|removal|asylum|transit|refugee|migrant|immigration)\s+)?"
    r"(?:centre|center|camp|facility|airport|base|barracks|prison|port),?\s+in\s+(?:the\s+)?", re.IGNORECASE)


@functools.cache
def _on_the_gaps() -> tuple[re.Pattern, re.Pattern]:
    """", on the " before a demonym ("Zuwara, on the Libyan coast"), and the same without the
    comma, which counts only before a coast or a side: "Cap Blanc on the French coast" is
    French, "met in Rome on the Libyan question" places Rome nowhere (recognize.toml's
    on_the_words)."""
    words = alternation(lexicon()["on_the_words"])
    return re.compile(rf",\s+(?:{words})\s+the\s+"), re.compile(rf"\s+(?:{words})\s+the\s+")


_COAST_NOUN = re.compile(r"\s+(?:coast|coastline|shore|shores|side|mainland)\b", re.IGNORECASE)
# ... but "Dolow, on the Ethiopian border" lies on either side of it: a border noun after the
# demonym, or after the pair it opens ("on the Syrian-Turkish border"), places the name nowhere
# ("on the Syrian side of the border" still does).
_BORDER_NOUN = re.compile(r"(?:[-–/]\w+)?\s+(?:border|borders|frontier|boundary)\b", re.IGNORECASE)
# How the members of a list are joined: commas, and "and" or "or" before the last one.
_AND_OR = r"\s+(?:and|or)\s+"
_LIST_END = re.compile(_AND_OR)                  # before a list's last member
_LIST_GAP = re.compile(rf",\s*|,?{_AND_OR}")      # between any two members
_POSSESSIVE_GAP = re.compile(r"['’]s?\s+")


@functools.cache
def _owner_said() -> re.Pattern:
    """"left Nouadhibou, Spain's rescue service said": the country owns the subject of a verb
    of saying (recognize.toml's owner_said) and does not locate the name before the comma;
    "Rome, Georgia's oldest city" does."""
    return re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,4}}?(?:{alternation(lexicon()['owner_said'])})\b")


_DEMONYM_GAP = re.compile(r"\s+|\s+(?:city|town|port|village|island|capital|region|province|enclave|"
                          r"border town|coastal town|coastal city|seaside town|camp)\s+of\s+")
# "the Kenyan side of Moyale", "the US side of Nogales": of a town split by a border, the
# half in that country (only where the name has a sense there: "the Kenyan side of Lake
# Turkana" names no Kenyan place).
_SIDE_GAP = re.compile(r"\s+side\s+of\s+(?:the\s+)?")


class _Qualifier(NamedTuple):
    """What the text says locates a name ("Paris, Texas"; "Manston in Kent"; "the
    Libyan port of Zuwara")."""

    country: str | None
    admin1: str | None                        # when a division qualifies the name
    place_id: str                             # the qualifier's own place
    key: str                                  # the qualifier's key in the text
    county: tuple[float, float] | None = None  # (lat, lon) of a county that qualifies it
    # "San Pedro, in Sacatepéquez": a comma and "in" say a place is meant ("Obama in Iowa",
    # "Obama, Ill." may speak of a person).
    said_in: bool = False

    @property
    def where(self) -> tuple[str | None, str | None]:
        """(country, admin1 or None): what a sense must be in to fit it."""
        return self.country, self.admin1


def _explicit_context(text: str, spans: Sequence[Span], priors,
                      gazetteer: Gazetteer) -> dict[int, _Qualifier]:
    """What the text says locates a name: "Tripoli, Lebanon" / "Paris, Texas" (a comma
    and a country or state), "Manston in Kent" ("in" and a country or division), "La
    Ceiba, on the Honduran coast" and "Iraqi Kurdistan" (a demonym).

    Returns span start -> its qualifier.
    """
    out: dict[int, _Qualifier] = {}
    # From the end, so that a qualifier is itself qualified first ("Austin, in Scott
    # County, Indiana": the Scott County of Indiana qualifies Austin).
    for n in range(len(spans) - 2, -1, -1):
        a, b = spans[n], spans[n + 1]
        gap = text[a.end:b.start]
        # "from Tyler, Lebanon and Dallas": a list of towns, not a qualifier; but a
        # demonym still qualifies the name after it ("the Lebanese city of Tripoli and Cyprus").
        listed = n + 2 < len(spans) and _LIST_END.fullmatch(text, b.end, spans[n + 2].start) is not None
        # "Lima, Arequipa, Trujillo": a town listed after a town by a comma goes on a list
        # (a town qualifies no town), so the name after it is the next item, not its state.
        listed = listed or n > 0 and _town_after_town(text, spans[n - 1], a, priors)
        # A country or state is not itself qualified: "Missouri, New York" is a list; but
        # "Punjab, in Pakistan", "Palermo, in Buenos Aires" place the name whatever it is alone.
        if (not listed and a.key in priors and priors[a.key] and priors[a.key][0][0].kind != "country"
                and (priors[a.key][0][0].feature != "ADM1" or _said_in(gap, text, b.end))):
            on_the, on_the_bare = _on_the_gaps()
            if b.kind_hint == "demonym" and (on_the.fullmatch(gap) or on_the_bare.fullmatch(gap)
                                             and _COAST_NOUN.match(text, b.end)) and not _BORDER_NOUN.match(text, b.end):
                country = gazetteer.row(gazetteer.demonyms[b.key]).country
                if country in gazetteer.country_ids:
                    out[a.start] = _Qualifier(country, None, gazetteer.country_ids[country], b.key)
            elif b.kind_hint == "demonym" and _demonym_locates(text, spans, n) is b:
                # "Moyale, the last Kenyan town": the apposition's demonym picks the sense in
                # its country, where the name has one
                country = gazetteer.row(gazetteer.demonyms[b.key]).country
                if country in gazetteer.country_ids and any(p.country == country for p, _, _ in priors[a.key]):
                    out[a.start] = _Qualifier(country, None, gazetteer.country_ids[country], b.key)
            elif (b.key in priors and priors[b.key] and b.kind_hint in ("", "region")
                  and (how := _locating_gap(gap, text, b.end))):
                qualifier = _qualified_sense(priors[b.key], out.get(b.start), priors[a.key])
                comma = how in ("comma", "attributive")
                said_in = _said_in(gap, text, b.end)   # "San Pedro, in Sacatepéquez"
                # After a facility's gap, or before a noun that may make the qualifier an
                # adjective ("Paris, Texas police"), only a division that holds a sense of the
                # name locates it: "Rome, Georgia police" (a Rome lies in the US state) but
                # not "In Tapachula, U.S. officials said" (no Tapachula lies in the US).
                held = (qualifier.country, qualifier.admin1 if qualifier.feature == "ADM1" else None)
                locates = how not in ("facility", "attributive") or any(
                    not _contradicts(p, held) for p, _, _ in priors[a.key])
                if locates and qualifier.kind == "country":
                    out[a.start] = _Qualifier(qualifier.country, None, qualifier.id, b.key, None, said_in)
                elif locates and ((qualifier.feature == "ADM1" and not (comma and _divisions_listed(
                        text, spans, n, priors, qualifier.country))) or (qualifier.feature == "ADM2" and not (
                        comma and _in_list(text, spans, n)))):
                    # "Santa Maria, Davao del Sur" (a province), but not a town listed
                    # among towns ("Harwinton, Bantam, Litchfield and Winsted")
                    out[a.start] = _Qualifier(qualifier.country, qualifier.admin1, qualifier.id, b.key,
                                              (qualifier.lat, qualifier.lon) if qualifier.feature == "ADM2" else None,
                                              said_in)
                elif said_in and qualifier.kind == "city" and _part_of_town(text, b.end, priors[a.key], qualifier):
                    # "Palermo, in Buenos Aires", "Gerehu, a suburb of Port Moresby": a part of
                    # the town, near it (not "Syrians from Aleppo in Gaziantep", where no
                    # comma or noun says Aleppo lies there).
                    out[a.start] = _Qualifier(qualifier.country, None, qualifier.id, b.key,
                                              (qualifier.lat, qualifier.lon), said_in)
        side = _SIDE_GAP.fullmatch(gap) is not None and b.kind_hint in ("", "region") and b.start not in out
        if (a.kind_hint == "demonym" and b.kind_hint in ("", "region") and b.start not in out
                and (_DEMONYM_GAP.fullmatch(text[a.end:b.start]) or side
                     or _demonym_locates(text, spans, n + 1) is a)):
            country = gazetteer.row(gazetteer.demonyms[a.key]).country
            # (the wider frame, "the Kenyan border town of Moyale", only where the name has a
            # sense in the country: "the Somali region of Ethiopia" names no Somali place)
            if country in gazetteer.country_ids and (_DEMONYM_GAP.fullmatch(text[a.end:b.start]) or any(
                    p.country == country for p, _, _ in priors.get(b.key) or ())):
                out[b.start] = _Qualifier(country, None, gazetteer.country_ids[country], a.key)
        elif side and a.kind_hint in ("", "region") and priors.get(a.key) and priors.get(b.key):
            owner = _qualified_sense(priors[a.key], out.get(a.start), priors[b.key])
            if owner.kind == "country" and any(p.country == owner.country for p, _, _ in priors[b.key]):
                out[b.start] = _Qualifier(owner.country, None, owner.id, a.key)
        elif (a.kind_hint in ("", "region") and b.kind_hint in ("", "region") and b.start not in out
              and priors.get(a.key) and priors.get(b.key) and _POSSESSIVE_GAP.fullmatch(gap)):
            # "Spain's Cordoba", "Nigeria's Kano state": a country's or state's possessive.
            owner = _qualified_sense(priors[a.key], out.get(a.start), priors[b.key])
            if not _owns_a_sense(owner, priors[b.key]):
                # "Germany's Kabul flights", "Britain's Calais camp deal": the country owns
                # the thing after the name, which lies abroad; the name keeps its own sense.
                continue
            if owner.kind == "country":
                out[b.start] = _Qualifier(owner.country, None, owner.id, a.key)
            elif owner.feature == "ADM1":
                out[b.start] = _Qualifier(owner.country, owner.admin1, owner.id, a.key)
    return out


def _owns_a_sense(owner: Place, senses: list) -> bool:
    """Whether a possessive's owner may hold the name after it: some sense of the name lies
    in its country, or by its border (a town or district GeoNames files across it: Sudan's
    Gallabat, Mozambique's Mossurize)."""
    near, country = senses[:ANCHOR_SENSES], owner.country
    if country is None:
        return False
    return (any(p.country == country for p, _, _ in near)
            or any(p.kind != "country" and _km_to_country(p, country) <= TWIN_KM
                   for p, _, _ in near))


@functools.cache
def _entered_before() -> re.Pattern:
    """"entered Ethiopia at", "crossed into Kenya through", "into Chad via": the words before
    the country a name after it lies in, when the name has a twin town across the border
    (recognize.toml's entered_words)."""
    return re.compile(rf"\b(?:{alternation(lexicon()['entered_words'])})\s+(?:the\s+)?$", re.IGNORECASE)


# Between two members of such a list, with members recognition left out ("Pagak, Burbiey and Akobo").
_LIST_RUN = re.compile(r"(?:,\s*|,?\s+(?:and|or)\s+)(?:[A-Z][\w'’-]+(?:,\s*|,?\s+(?:and|or)\s+))*")
TWIN_KM = 50.0  # a town of the name this near the choice, across the border, is its twin


def _entered_at(text: str, spans: Sequence[Span], priors) -> dict[int, Place]:
    """Span start -> the country the text says was entered at that name ("entered Ethiopia
    at Pagak, Burbiey and Akobo": each of the three)."""
    out: dict[int, Place] = {}
    for n, s in enumerate(spans[:-1]):
        ranked = priors.get(s.key)
        if not (ranked and ranked[0][0].kind == "country" and ranked[0][0].country
                and _entered_before().search(text, max(0, s.start - 16), s.start)
                and not _returned_before().search(text, max(0, s.start - 80), s.start)
                and _entered_at_words().fullmatch(text, s.end, spans[n + 1].start)):
            continue
        out[spans[n + 1].start] = ranked[0][0]
        for a, b in zip(spans[n + 1:], spans[n + 2:]):  # the list that goes on from it
            if not _LIST_RUN.fullmatch(text, a.end, b.start):
                break
            out[b.start] = ranked[0][0]
    return out


@functools.cache
def _bearing_gap() -> re.Pattern:
    """The words between a name and the town it lies by (recognize.toml's bearing_*
    words): "Schönberg, south of Innsbruck", "Goudiry, 90 kilometres west of Kidira", "Goudiry,
    90 km from Kidira", "Spuz, near Podgorica"."""
    lex = lexicon()
    hedges, units, compass, words, nouns = (alternation(lex[k], spaces=True) for k in (
        "bearing_hedges", "distance_units", "bearing_compass", "bearing_words", "bearing_town_nouns"))
    # ("Goudiry, 90 kilometres from Kidira": a distance alone from a town places by it too)
    return re.compile(rf",?\s+(?:(?:{hedges})\s+)?(?:(?:(?P<n>\d[\d,.]*)\s*(?P<unit>{units})\s+)?(?:{compass})\s+of"
                      rf"|(?P<n2>\d[\d,.]*)\s*(?P<unit2>{units})\s+from|{words})\s+"
                      rf"(?:the\s+(?:{nouns})\s+of\s+)?")


def _bearing_near(gap: str, pos: int = 0, endpos: int | None = None) -> bool:
    """Whether the words between a name and a town are a bearing from it (_bearing_gap) that
    puts the name by the town: no distance, or one under CLOSE_KM ("Goudiry, 90 km west of
    Kidira"; not "Velmarsk, 900 km from Gulu", which says only how far it is)."""
    m = _bearing_gap().fullmatch(gap, pos, len(gap) if endpos is None else endpos)
    if m is None:
        return False
    number, unit = (m.group("n"), m.group("unit")) if m.group("n") else (m.group("n2"), m.group("unit2"))
    if not number:
        return True
    try:
        km = float(number.replace(",", "").rstrip("."))
    except ValueError:
        return False
    return km * (1.609 if unit.lower() == "miles" else 1.0) < CLOSE_KM


def _bearing_from(text: str, spans: Sequence[Span], priors) -> dict[int, str]:
    """Span start -> the key of the town the text gives a bearing from for that name."""
    return {a.start: b.key for a, b in zip(spans, spans[1:])
            if priors.get(a.key) and priors.get(b.key) and b.kind_hint in ("", "region")
            and priors[b.key][0][0].kind == "city" and _bearing_near(text, a.end, b.start)}


def _nearest(scored: list, lat: float, lon: float) -> _Scored | None:
    """Of a name's senses within CLOSE_KM of a point, the town nearest it, else the division,
    landmark or island nearest it ("Cardenas, east of Havana" is the town, not its
    municipality, whose centre lies nearer Havana); None when none is that near."""
    near = [(sc.place.kind != "city", km, n) for n, sc in enumerate(scored)
            if sc.place.kind in ("city", "admin", "landmark", "island")
            and (km := haversine_km(sc.place.lat, sc.place.lon, lat, lon)) < CLOSE_KM]
    return scored[min(near)[2]] if near else None


@functools.cache
def _entered_at_words() -> re.Pattern:
    """The words between a name and the next one of "crossed into Sudan at X" (the town nouns
    are recognize.toml's left_town_nouns, as for leaving: "at the border town of X")."""
    nouns = alternation(lexicon()["left_town_nouns"], spaces=True)
    return re.compile(rf"\s+(?:at|through|via)\s+(?:the\s+(?:{nouns})\s+of\s+)?")


@functools.cache
def _left_words() -> tuple[re.Pattern, re.Pattern]:
    """The words before a name and between it and a country that say the name was left for
    that country (recognize.toml's left_* words): "crossed from Gallabat into Ethiopia", "fled
    from the town of Moyale into Kenya"."""
    lex = lexicon()
    before, into, nouns = (alternation(lex[k], spaces=True) for k in ("left_from", "left_into", "left_town_nouns"))
    return (re.compile(rf"\b(?:{before})\s+(?:the\s+(?:{nouns})\s+of\s+)?$", re.IGNORECASE),
            re.compile(rf"\s+(?:{into})\s+(?:the\s+)?"))


def _left_for(text: str, spans: Sequence[Span], priors) -> dict[int, str]:
    """Span start -> the ISO2 code of the country the text says was entered from that name
    ("crossed from Gallabat into Ethiopia": Gallabat is not in Ethiopia)."""
    out: dict[int, str] = {}
    left_before, left_for = _left_words()
    for s, country in zip(spans, spans[1:]):
        ranked = priors.get(country.key)
        if (ranked and ranked[0][0].kind == "country" and ranked[0][0].country
                and left_before.search(text, max(0, s.start - 40), s.start)
                and left_for.fullmatch(text, s.end, country.start)):
            out[s.start] = ranked[0][0].country
    return out


def _outside(scored: list, country: str, key: str) -> _Scored | None:
    """The sense of a name the text says was left for ``country``: the first choice when it
    lies elsewhere, unless it is a town far from that country's border and another town or
    landmark of the name lies by it (_by_border: "crossed from Mugina into Tanzania" is
    Burundi's border village, not Rwanda's town 90 km from Tanzania); else its twin across
    the border (a town or landmark of the name within TWIN_KM); else the first choice,
    unless it is an _alias_town: GeoNames lists Sudan's Gallabat as a name of Ethiopia's
    Metemma, its twin, and no place beats the wrong side."""
    first = scored[0].place
    if first.country != country:
        return _by_border(scored, country) or scored[0]
    if first.kind not in ("city", "landmark"):
        return scored[0]
    twin = next((sc for sc in scored[1:ANCHOR_SENSES] if sc.place.country not in (country, None)
                 and sc.place.kind in ("city", "landmark")
                 and haversine_km(first.lat, first.lon, sc.place.lat, sc.place.lon) < TWIN_KM), None)
    return twin or (None if _alias_town(first, key) else scored[0])


def _by_border(scored: list, country: str) -> _Scored | None:
    """Of a name left for ``country`` whose first choice is a town under
    FOREIGN_TOWN_POPULATION lying farther than TWIN_KM from that country, the sense outside it
    that lies within TWIN_KM of it, if one does: people cross into a country from a place
    on its border. None when the first choice lies by the border too, or no other does."""
    first = scored[0].place
    if (first.kind != "city" or first.population >= FOREIGN_TOWN_POPULATION
            or _km_to_country(first, country) <= TWIN_KM):
        return None
    return next((sc for sc in scored[1:ANCHOR_SENSES] if sc.place.country not in (country, None)
                 and sc.place.kind in ("city", "landmark") and _km_to_country(sc.place, country) <= TWIN_KM),
                None)


def _km_to_country(place: Place, country: str) -> float:
    """How far a place lies from a country's land (its Natural Earth polygon), in km;
    infinite for a country the shapes lack."""
    from shapely.geometry import Point
    from shapely.ops import nearest_points

    from geomig.gazetteer import shapes

    geom = shapes.country(country)
    if geom is None or geom.is_empty:
        return math.inf
    near = nearest_points(geom, Point(place.lon, place.lat))[0]
    return haversine_km(place.lat, place.lon, near.y, near.x)


def _lies_by(place: Place, key: str, qualifier: _Qualifier) -> bool:
    """Whether a town the text locates in a country it is not filed under is still itself:
    known by the name as its own, within TWIN_KM of that country ("Ceuta, on the Moroccan
    coast", Spain's enclave). Only a name the town bears as an alias has a twin across the
    border that the gazetteer lacks (Sudan's Gallabat, an alias of Ethiopia's Metemma)."""
    return (qualifier.admin1 is None and qualifier.country is not None and place.kind in ("city", "landmark")
            and _known_as(normalize(place.name), key) and _km_to_country(place, qualifier.country) <= TWIN_KM)


def _alias_town(place: Place, key: str) -> bool:
    """A town smaller than FOREIGN_TOWN_POPULATION known by the name only as an alias: when
    the text puts the name on the other side of a border, the alias is likely the twin's."""
    return (place.kind == "city" and place.population < FOREIGN_TOWN_POPULATION
            and not _known_as(normalize(place.name), key))


def _named_twice(place: Place, key: str, first: dict[str, list]) -> bool:
    """Whether ``place``, a town under FOREIGN_TOWN_POPULATION that bears ``key`` only as an
    alias, is also the first choice of another name of the text that is (a spelling of) its
    own ("Gallabat" and "Metema", both read as Metemma)."""
    if place.kind != "city" or place.population >= FOREIGN_TOWN_POPULATION:
        return False
    own = normalize(place.name)
    return not _written_as(own, key) and any(
        k != key and sc and sc[0].place.id == place.id and _written_as(own, k) for k, sc in first.items())


@functools.cache
def _returned_before() -> re.Pattern:
    """"sent forty men back to Greece at", "deported them into Sudan through": the words before
    a country people were returned to (recognize.toml's returned_words), which says nothing of
    the side of the border a post after it lies on."""
    words = alternation(lexicon()["returned_words"])
    return re.compile(rf"\b(?:{words})\b(?:\s+(?!and\b|then\b|but\b)[\w'’-]+){{0,4}}?"
                      r"\s+(?:to|into)\s+(?:the\s+)?$", re.IGNORECASE)


# A country named after "to", "into" or "from" beyond a name, or after "from" or "left" before it,
# is where people went from it or came from to it, not where it lies ("from Moyale to Kenya",
# "left Kenya for Moyale").
_ONWARD_BEFORE = re.compile(r"\b(?:to|into|towards|toward|for|from)\s+(?:the\s+)?$", re.IGNORECASE)
_LEFT_BEFORE = re.compile(r"\b(?:from|left|fled|out\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# "a few hundred metres from the border with Panama": the country across the border.
_ACROSS_BEFORE = re.compile(r"\b(?:border|borders|frontier|boundary)\s+(?:with\s+|of\s+)?(?:the\s+)?$", re.IGNORECASE)


# "checkpoints south of Sasabe", "the post directly opposite Espungabera": what the clause says
# lies off the name, so its country is not the name's.
_OFF_BEFORE = re.compile(r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:side\s+)?of|"
                         r"opposite|across\s+from|facing)\s+(?:the\s+)?$", re.IGNORECASE)


def _clause_countries(text: str, spans: Sequence[Span], span: Span, priors, gazetteer: Gazetteer) -> set[str]:
    """The countries the clause of ``span`` names by a country's name or an adjective of it
    ("Ethiopia", "Senegalese police") with no other place between them and the name ("into
    Kenya, then through Nairobi and across the Namanga border": the way has gone on), besides
    those said to be left or gone to from the name (_ONWARD_BEFORE, _LEFT_BEFORE), across a
    border (_ACROSS_BEFORE), sent back to (_returned_before: "sent back to Greece at X" says
    nothing of X's side) and a people's plural ("Kenyans", who may be anywhere); none where
    the clause speaks of what lies off the name (_OFF_BEFORE: "south of Moyale")."""
    out: set[str | None] = set()
    if _OFF_BEFORE.search(text, max(0, span.start - 32), span.start):
        return set()
    for n, other in enumerate(spans):
        if other.sentence != span.sentence or other is span:
            continue
        lo, hi = (other.end, span.start) if other.start < span.start else (span.end, other.start)
        if lo > hi or _clause_start().search(text, lo, hi) or any(
                lo <= s.start < hi and s.kind_hint in ("", "region") for s in spans[max(0, n - 8):n + 8]):
            continue
        before = text[max(0, other.start - 24):other.start]
        if (_ACROSS_BEFORE.search(before) or (_LEFT_BEFORE.search(before) if other.start < span.start
                                               else _ONWARD_BEFORE.search(before))
                or _returned_before().search(text, max(0, other.start - 80), other.start)):
            continue
        if other.kind_hint == "demonym" and other.key in gazetteer.demonyms:
            if not other.text.endswith("s") or other.text.endswith("ss"):
                out.add(gazetteer.row(gazetteer.demonyms[other.key]).country)
        elif other.kind_hint == "" and priors.get(other.key) and priors[other.key][0][0].kind == "country":
            out.add(priors[other.key][0][0].country)
    return {country for country in out if country}


def _twin_in(scored: list, country: str | None) -> _Scored | None:
    """The twin of the first choice in ``country``: a town or landmark of the name there,
    within TWIN_KM of it (Akobo in Ethiopia, across the river from South Sudan's); None
    when the choice is there already or has no twin."""
    first = scored[0].place
    if first.country == country or first.kind not in ("city", "landmark"):
        return None
    return next((sc for sc in scored[1:ANCHOR_SENSES] if sc.place.country == country
                 and sc.place.kind in ("city", "landmark")
                 and haversine_km(first.lat, first.lon, sc.place.lat, sc.place.lon) < TWIN_KM), None)


def _entered_sense(scored: list, country: str | None) -> _Scored | None:
    """The sense of a name the text says a country was entered at: the first choice's twin
    there (_twin_in); else, when the first choice lies elsewhere, a town or landmark of the
    name in that country within TWIN_KM of its border, where people enter it ("entered
    Guatemala at Agua Caliente": Guatemala's post, not a Honduran village of the name 60 km
    inland). None when the choice is there already or no sense is."""
    twin = _twin_in(scored, country)
    if twin is not None or country is None or scored[0].place.country == country:
        return twin
    return next((sc for sc in scored[1:ANCHOR_SENSES] if sc.place.country == country
                 and sc.place.kind in ("city", "landmark") and _km_to_border(sc.place, country) <= TWIN_KM), None)


def _km_to_border(place: Place, country: str) -> float:
    """How far a place lies from its country's outline (a land border or its coast), in km;
    infinite for a country the shapes lack."""
    from shapely.geometry import Point
    from shapely.ops import nearest_points

    from geomig.gazetteer import shapes

    geom = shapes.country(country)
    if geom is None or geom.is_empty:
        return math.inf
    near = nearest_points(geom.boundary, Point(place.lon, place.lat))[0]
    return haversine_km(place.lat, place.lon, near.y, near.x)


def _qualifying(text: str, spans: Sequence[Span], by_start: dict[int, _Qualifier]) -> dict[int, str]:
    """Span start -> the place id of the division in whose sense that name qualifies the name
    before it (_explicit_context: "Cornwall, Ontario", "Manston in Kent"). Not an owner before
    its name: "Prague's Libuš district" is the city's, whatever division _explicit_context
    files it in; nor a country, which may be a town of a list ("Italy", Texas, listed after a
    Texan town), and which its own name places well enough."""
    out: dict[int, str] = {}
    for a, b in zip(spans, spans[1:]):
        if ((q := by_start.get(a.start)) and q.key == b.key and q.admin1 and b.kind_hint in ("", "region")
                and _locating_gap(text[a.end:b.start], text, b.end) in ("comma", "attributive", "in")):
            out[b.start] = q.place_id
    return out


DATELINE_WITHIN = 200  # characters: a dateline opens the text


def _dateline(text: str, spans: Sequence[Span]) -> int:
    """The start of the place that opens the text as its dateline, or -1."""
    for s in spans:
        if s.start > DATELINE_WITHIN:
            break
        if dateline_place(text, s.start, s.end, qualified=True):  # "TAPACHULA, Mexico -"
            return s.start
    return -1


def _town_after_town(text: str, before: Span, span: Span, priors) -> bool:
    """Whether a name whose first sense is a town follows another such name after a comma
    ("Lima, Arequipa")."""
    return (text[before.end:span.start] in (", ", ",")
            and all(priors.get(s.key) and priors[s.key][0][0].kind == "city" for s in (before, span)))


def _locating_gap(gap: str, text: str, end: int) -> str:
    """How the words between a name and a country or division say it lies there: "comma"
    ("Calais, France"), "attributive" (a comma, and a noun after the qualifier that may make it
    an adjective: "Rome, Georgia police"), "in" ("Manston in Kent"), "inside" ("Gerehu, a
    suburb of Port Moresby"), "facility" ("the Manston centre in Kent"), or "" ("Nouadhibou,
    Spain's rescue service said": they do not)."""
    if gap in (", ", ","):
        if _owner_said().match(text, end):
            return ""
        return "attributive" if _attributive(text, end) else "comma"
    if _IN_GAP.fullmatch(gap):
        return "in"
    if _inside_gap().fullmatch(gap):
        return "inside"
    return "facility" if _FACILITY_IN_GAP.fullmatch(gap) else ""


@functools.cache
def _inside_gap() -> re.Pattern:
    """The words that put a name inside the place after them (recognize.toml's inside_nouns):
    "Gerehu, a suburb of Port Moresby", "Dorbanyi, a small town in China", "the Gamarra
    district of Lima"."""
    lex = lexicon()
    nouns, parts = alternation(lex["inside_nouns"]), alternation(lex["inside_part_nouns"])
    return re.compile(rf",\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns}),?\s+(?:of|in)\s+(?:the\s+)?"
                      rf"|\s+(?:{parts})\s+of\s+(?:the\s+)?")


@functools.cache
def _list_after() -> re.Pattern:
    """"Velmarsk, in Vienna and in Madrid": a list of places goes on after the second
    (recognize.toml's list_after_* words; not "the Gamarra district of Lima and stopped
    people": a verb)."""
    lex = lexicon()
    joiners, prepositions = alternation(lex["list_after_joiners"]), alternation(lex["list_after_prepositions"])
    return re.compile(rf",?\s+(?:{joiners})\s+(?:(?:{prepositions})\s+)?[A-Z]")


def _part_of_town(text: str, end: int, ranked: list, town: Place) -> bool:
    """Whether a name said to lie in a town (ending at ``end``) may be a part of it: not
    where the town's name is a division's ("Santa Rosa, in La Paz department") or one of a
    list ("Velmarsk, in Vienna and in Madrid"), nor when the name's best sense is
    a town as large ("Istanbul, in Fatih")."""
    best = ranked[0][0]
    return not (_division_after().match(text, end) or _list_after().match(text, end)
                or best.kind == "city" and best.population >= town.population)


NEIGHBOUR_SENTENCES = 3  # a name the gazetteer lacks is among places named at most this far (_place_among_neighbours)
PART_SENTENCES = 2  # a part of a town is in the town named at most this many sentences before it


@functools.cache
def _part_nouns() -> tuple[re.Pattern, re.Pattern]:
    """A part's noun after a name ("the Malta neighbourhood", "the Cassis and Plaine Verte
    neighbourhoods") and before a list of names ("the neighbourhoods of Cassis and Plaine
    Verte"): recognize.toml's inside_part_nouns, lowercase; not its division nouns, as
    often a division's ("the Swat district" is Pakistan's, whatever town came before)."""
    lex = lexicon()
    nouns = alternation(set(lex["inside_part_nouns"]) - set(lex["division_nouns"]))
    return (re.compile(rf"\s+({nouns})(s?)\b(?!\s+of\b)"),
            re.compile(rf"\b({nouns})s\s+of\s+(?:the\s+)?$"))


def _parts_named(text: str, spans: Sequence[Span]) -> dict[int, str]:
    """Start of each name the text calls a part of a town -> the noun that does."""
    after, before = _part_nouns()
    out: dict[int, str] = {}
    for n, s in enumerate(spans):
        if (m := after.match(text, s.end)) is not None:
            out[s.start] = m.group(1)
            k = n  # a plural noun calls every member of the list before it so
            while m.group(2) and k > 0 and _LIST_GAP.fullmatch(text, spans[k - 1].end, spans[k].start):
                k -= 1
                out[spans[k].start] = m.group(1)
        if (b := before.search(text, max(0, s.start - 40), s.start)) is not None:
            out[s.start] = b.group(1)
            for a, c in zip(spans[n:], spans[n + 1:]):  # and every member of the list it opens
                if not _LIST_GAP.fullmatch(text, a.end, c.start):
                    break
                out[c.start] = b.group(1)
    return out


def _midpoint(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    """(lat, lon) halfway between two points (lat, lon), across the antimeridian the short way
    (Tonga's islands lie on both sides of it); a point itself when it is both."""
    (lat_a, lon_a), (lat_b, lon_b) = a, b
    lon_b = lon_b + 360.0 if lon_b - lon_a < -180.0 else lon_b - 360.0 if lon_b - lon_a > 180.0 else lon_b
    lon = (lon_a + lon_b) / 2.0
    return (lat_a + lat_b) / 2.0, lon - 360.0 if lon > 180.0 else lon + 360.0 if lon < -180.0 else lon


VARIANT_WITHIN_KM = NEAR_SAME_KM  # a spelling variant this far from the town the text puts the name by is not it


def _far_variant(mention: Mention, anchors: list) -> bool:
    """Whether a spelling variant lies farther than VARIANT_NEAR_KM from every other town
    of the text: a likeness of letters is weak evidence, and a namesake of the name across
    the region (a village of a story set in western Nepal, spelt one letter off a town of
    southern India that the text also names) is likelier a coincidence than the place meant.
    Such a name is put, vaguely, in the country most of the text's towns are in
    (LocalResolver._place_far_variants), unless the text's words place it."""
    if not mention.id or not anchors or mention.lat is None or mention.lon is None:
        return False
    return min(haversine_km(mention.lat, mention.lon, a[0], a[1]) for a in anchors) > VARIANT_NEAR_KM


def _open_to_text(mention: Mention, base: Place, gazetteer: Gazetteer) -> bool:
    """Whether the place a text puts a name in (``base``) may set its mention: the name is
    unplaced, or read only as a spelling variant of a town that is not there: in another
    country ("the Gorom settlement near Juba" is no Gormi of India), another division ("the
    Gondra district of Uttar Pradesh" is no Godhra of Gujarat), or farther than
    VARIANT_WITHIN_KM from the town."""
    if not mention.id:
        return True
    if "variant" not in mention.flags:
        return False
    if mention.country != base.country:
        return True
    place = gazetteer.get(mention.id)
    if base.kind == "admin":
        return place.admin1 != base.admin1
    return base.kind != "country" and haversine_km(place.lat, place.lon, base.lat, base.lon) > VARIANT_WITHIN_KM


def _home_country(mentions: list[Mention]) -> str | None:
    """The country more of the text's places inside a country lie in than in any other, if
    one does: where its story happens, whoever's names it also gives (None where two lead
    or the text names no such place)."""
    counts = Counter(m.country for m in mentions if _inside_a_country(m)).most_common(2)
    return counts[0][0] if counts and (len(counts) == 1 or counts[0][1] > counts[1][1]) else None


def _inside_a_country(mention: Mention) -> bool:
    """Whether a mention is a place inside a country (a town, division, region, island,
    landmark), not a country's name, its people's (a demonym) or its border's."""
    return bool(mention.id and mention.country and mention.kind not in ("country", "demonym", "continent"))


def _closing_a_list(text: str, spans: Sequence[Span], mentions: list[Mention], n: int) -> tuple[Mention, Mention] | None:
    """The two places of one country that a name closes a list of ("Kampala, Gulu and
    Kvetrov", "Kampala, Gulu, Kvetrov"), the spans right before it, joined by a list's
    joiners (recognize.toml's list_joiners); else None. They stand for the place after it
    that a list at the end of a sentence lacks."""
    if n < 2:
        return None
    a, b = mentions[n - 2], mentions[n - 1]
    first = list_joiner(text, spans[n - 2].end, spans[n - 1].start)
    second = list_joiner(text, spans[n - 1].end, spans[n].start)
    if not (a.id and b.id and a.country and a.country == b.country and a.kind != "country" and b.kind != "country"
            and second and list_goes_on(first, second)):
        return None
    return a, b


def _demonym_locates(text: str, spans: Sequence[Span], n: int) -> Span | None:
    """The demonym span that puts the name ``spans[n]`` in its country, if one does: before
    it, with a place's noun and "of" between ("the Ugandan border village of Velmarsk"); after
    it, in an apposition that ends with such a noun ("Velmarsk, the last Bulgarian town",
    "Velmarsk, a small Kenyan fishing village") or on a side or a coast ("Velmarsk, on the
    Kenyan side", "Velmarsk, on the Libyan coast"; not "on the Kenyan border", which has two
    sides). Not a demonym of people ("the Sudanese refugee camp of Velmarsk": _demonym_people)."""
    s = spans[n]
    before, after = _demonym_frames()
    if n > 0 and spans[n - 1].kind_hint == "demonym":
        d = spans[n - 1]
        if (m := before.fullmatch(text, d.end, s.start)) and not _demonym_people().search(m.group(0)):
            return d
    if n + 1 < len(spans) and spans[n + 1].kind_hint == "demonym":
        d = spans[n + 1]
        gap = text[s.end:d.start]
        on_the, _ = _on_the_gaps()
        if on_the.fullmatch(gap) and _COAST_NOUN.match(text, d.end) and not _BORDER_NOUN.match(text, d.end):
            return d
        if _APPOSITION_OPEN.fullmatch(gap) and (m := after.match(text, d.end)) \
                and not _demonym_people().search(gap + m.group(0)):
            return d
    return None


_APPOSITION_OPEN = re.compile(r",\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?")  # "Velmarsk, the last "


@functools.cache
def _demonym_frames() -> tuple[re.Pattern, re.Pattern]:
    """The words between a demonym and the name after it ("the Ugandan| border village of
    |Velmarsk") and after a demonym that ends an apposition ("Velmarsk, the last Bulgarian|
    town|"): at most two lowercase words and one of recognize.toml's demonym_place_nouns."""
    nouns = alternation(lexicon()["demonym_place_nouns"])
    return (re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?(?:{nouns})\s+of\s+(?:the\s+)?"),
            re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?(?:{nouns})\b"))


@functools.cache
def _demonym_people() -> re.Pattern:
    """recognize.toml's demonym_people_words: "refugee", "migrant"..."""
    return re.compile(rf"\b(?:{alternation(lexicon()['demonym_people_words'])})\b")


def _unplaced_name(span: Span, mention: Mention) -> bool:
    """Whether a span is a name the gazetteer lacks, where a place is expected, still
    unplaced, and written as a place's name is: not an acronym nor a word with a capital
    inside it ("UNHCR", "WhatsApp", "BirdLife")."""
    return (span.kind_hint == "unresolved" and not mention.id and not span.acronym
            and not span.text.isupper() and not _INNER_CAPITAL.search(span.text))


_INNER_CAPITAL = re.compile(r"[a-z][A-Z]|\.\w")  # "WhatsApp", "LSJ.com"


def _written_as_person(text: str, name: str, first_names: Container[str]) -> bool:
    """Whether the text writes the name as a person's somewhere: after a given name (the
    gazetteer's first names, a middle initial between them: "Robert J. Kvetrov") or a title
    (recognize.toml's titles: "Mr Kvetrov")."""
    for start in _occurrences(text, name):
        word = _WORD_BEFORE_NAME.search(text, max(0, start - 30), start)
        if word is not None and (word.group(1).lower() in first_names or normalize(word.group(1)) in _titles()):
            return True
    return False


_WORD_BEFORE_NAME = re.compile(r"(?<![\w-])([A-Z][a-z]+)\.?\s+(?:[A-Z]\.\s+)?$")


def _occurrences(text: str, name: str) -> list[int]:
    """Where the name stands in the text as a word of its own. (str.find, not a regex made per
    name: asked once per unplaced name, over the whole text, a regex's scan led by a lookbehind
    made a long text's geocoding quadratic, 12 of 21 s on 140 KB naming 1,600 such names.)"""
    out = []
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if not (at and _inside_word(text[at - 1]) or end < len(text) and _inside_word(text[end])):
            out.append(at)
        at = text.find(name, at + 1)
    return out


def _inside_word(char: str) -> bool:
    """Whether a character next to a name makes it part of a longer word (as regex \\w or "-")."""
    return char.isalnum() or char in "_-"


def _written_as_no_place(text: str, span: Span, gazetteer: Gazetteer) -> bool:
    """Whether the text, anywhere, writes a name the gazetteer lacks as no place's: a
    person's ("Stanley Kvetrov ... at Kvetrov's"), a source ("according to Kvetrov"), or a
    common noun's plural (a headline's "Guns Found In Raids"); the same answer at every
    occurrence of the name (unlike _part_of_longer_name, which asks one occurrence)."""
    return (_written_as_person(text, span.text, gazetteer.first_names) or _cited_as_source(text, span.text)
            or _described_as_no_place(text, span.text)
            or span.key.endswith("s") and span.key[:-1] in gazetteer.common_words)


def _described_as_no_place(text: str, name: str) -> bool:
    """Whether, somewhere, a comma and "a"/"an" after the name describe a person or a body
    (recognize.toml's person_nouns, apposition_nouns, body_nouns: "Kvetrov, a fisherman",
    "Kvetrov, a small charity"), or an age after it (_AGE_AFTER: "Okonjwa, 52,")."""
    return any(_no_place_apposition().match(text, start + len(name)) or _AGE_AFTER.match(text, start + len(name))
               for start in _occurrences(text, name))


#: ", 52," right after a name: a person's age ("Kampala, Gulu and Okonjwa ... Okonjwa, 52,
#: said" closes a list with a person, not a village). Not ", who", which follows a place as
#: often: "a woman from Velmarsk, who travelled by car".
_AGE_AFTER = re.compile(r",\s+\d{1,3},(?!\d)")


@functools.cache
def _no_place_apposition() -> re.Pattern:
    lex = lexicon()
    nouns = alternation({*lex["person_nouns"], *lex["apposition_nouns"], *lex["body_nouns"]})
    return re.compile(rf",\s+an?\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})s?\b")


def _cited_as_source(text: str, name: str) -> bool:
    """Whether the text cites the name as a source somewhere (recognize.toml's
    source_before: "according to Kvetrov")."""
    return any(_source_before().search(text, max(0, start - 20), start) for start in _occurrences(text, name))


def _part_of_longer_name(text: str, end: int) -> bool:
    """Whether a capitalised word goes on the name ending at ``end`` (after a possessive too)
    that is no noun a place's name carries (recognize.toml's name_nouns, feature_nouns,
    place_nouns, inside_nouns, division_nouns): "Kvetrov Field", "Kvetrov's Bar"."""
    word = _NEXT_CAPITALISED.match(text, end)
    return word is not None and word.group(1).lower() not in _name_nouns()


_NEXT_CAPITALISED = re.compile(r"(?:['’]s?)?\s+([A-Z0-9][\w.]*)")


@functools.cache
def _source_before() -> re.Pattern:
    return re.compile(rf"\b(?i:{alternation(lexicon()['source_before'], spaces=True)})\s+$")


@functools.cache
def _name_nouns() -> frozenset[str]:
    lex = lexicon()
    return frozenset(w.lower() for k in ("name_nouns", "feature_nouns", "place_nouns", "inside_nouns", "division_nouns")
                     for w in lex[k])


@functools.cache
def _titles() -> frozenset[str]:
    return frozenset(normalize(w) for w in lexicon()["titles"])


#: Names the text may place where the gazetteer has none of them: one it lacks, and one it has
#: only elsewhere, which resolution turned down as implausible here ("Velmarsk, near Tirana"
#: where the only Velmarsk is a Romanian village).
_PLACEABLE = ("unresolved", "")


def _placed_in(text: str, spans: Sequence[Span], priors, gazetteer: Gazetteer) -> dict[int, int]:
    """Start of a name the gazetteer lacks or has only far away (_PLACEABLE) -> start of the
    name the text places it in or by ("Velmarsk, in Upper Austria"; "Dorbanyi, a small town in China";
    _placed_by), and the names the gazetteer lacks listed before it ("Solotvyno and Velmarsk, in
    Zakarpattia"). Not before a list that goes on after it ("Velmarsk, in Vienna and in Madrid"),
    unless a site's noun follows the name: "the Velmarsk camp near Juba and Makpandu" lies by Juba."""
    heads = _list_heads(text, spans)
    out = {a.start: b.start for a, b in zip(spans, spans[1:])
           if a.kind_hint in _PLACEABLE and b.kind_hint in ("", "region") and priors.get(b.key)
           and (_placed_by(text[a.end:b.start], text, b.end)
                or _in_division(text, a, b, priors, gazetteer, heads.get(a.start, a.start)))
           and (site_noun_end(text[a.end:b.start], 0) or not _list_after().match(text, b.end))}
    # "the villages of Velmarsk and Kareto in Borno State": the names the gazetteer lacks
    # listed before a placed one lie in its place too.
    for a, b in reversed(list(zip(spans, spans[1:]))):
        if (b.start in out and a.start not in out and a.kind_hint == "unresolved" and b.kind_hint == "unresolved"
                and list_joiner(text, a.end, b.start)):
            out[a.start] = out[b.start]
    return out


def _list_heads(text: str, spans: Sequence[Span]) -> dict[int, int]:
    """Start of a name the gazetteer lacks that closes a list of such names -> the start of
    the list's first ("the villages of Velmarsk and Kareto": Kareto's list opens after "of")."""
    out: dict[int, int] = {}
    for a, b in zip(spans, spans[1:]):
        if a.kind_hint == "unresolved" and b.kind_hint == "unresolved" and list_joiner(text, a.end, b.start):
            out[b.start] = out.get(a.start, a.start)
    return out


def _in_division(text: str, name: Span, division: Span, priors, gazetteer: Gazetteer, head: int = -1) -> bool:
    """Whether a bare "in" puts a name the gazetteer lacks in the division named after it:
    one the gazetteer knows first as a division, or the text calls one ("Velmarsk in
    Upper Austria", "Velmarsk in Kaduna State"), or a country or a part of one ("Velmarsk in
    northern Kenya"; after a bare comma too: "Velmarsk, Kenya", as after one a division the
    text calls one: "Velmarsk, Kilifi County"), or a bare "on" on the island
    named after it ("the fishing village of Velmarsk on Rote Island"). Not in a town ("Velmarsk in Vienna"),
    nor a name the text writes as a person's ("Stanley Velmarsk ... Velmarsk in Ohio"): people
    are "in" divisions and "on" islands as well; so only a name written as a place's, after a
    place preposition or a place noun ("held at Velmarsk in Kaduna State", "the village of
    Velmarsk in Kaduna State"; not "fans cheered Velmarsk in Kaduna State"). ``head``, the
    start of the list of such names the name closes, where those words stand (the name's own
    start by default)."""
    head = name.start if head < 0 else head
    best = priors[division.key][0][0]
    # (a country, or a part of one, holds it too: "held at Velmarsk in Kenya", "the village of
    # Velmarsk in northern Kenya"; and "in Velmarsk, Kenya", a comma and a country alone)
    country = best.kind == "country" or best.kind == "region" and best.country is not None
    # (or a division the text calls one, after a bare comma: "from Velmarsk, Kilifi County")
    called = (best.kind == "admin" and (_with_division_noun(division.key)
                                        or division.key.rpartition(" ")[2] in lexicon()["county_nouns"])
              or _division_after().match(text, division.end) is not None
              and any(sc[0].kind == "admin" for sc in priors[division.key]))
    in_division = (_BARE_IN.fullmatch(text, name.end, division.start) is not None
                   and (best.kind == "admin" or country or _division_after().match(text, division.end) is not None)
                   or (country or called) and _COMMA_GAP.fullmatch(text, name.end, division.start) is not None
                   and not _POSSESSIVE_AFTER.match(text, division.end))
    on_island = best.kind in ("island", "admin") and _BARE_ON.fullmatch(text, name.end, division.start) is not None
    return ((in_division or on_island)
            and (_after_preposition(text, head) or _after_place_noun(text, head))
            and name.key not in gazetteer.person_names and not _written_as_no_place(text, name, gazetteer))


def _after_place_noun(text: str, start: int) -> bool:
    """Whether one of recognize.toml's inside_nouns and "of" come right before a name: "the
    village of Velmarsk", "the border town of Velmarsk"."""
    return _place_noun_of().search(text, max(0, start - 30), start) is not None


@functools.cache
def _place_noun_of() -> re.Pattern:
    # (plural too: "the villages of Velmarsk and Kareto")
    return re.compile(rf"\b(?:{alternation(lexicon()['inside_nouns'])})s?\s+of\s+$")


_COMMA_GAP = re.compile(r",\s+")  # "in Velmarsk, Kenya"
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")  # "Velmarsk, Kenya's minister": a list or a person's title
_BARE_IN = re.compile(r"\s+in\s+(?:the\s+)?")  # "Velmarsk in Kaduna State", without _said_in's comma
_BARE_ON = re.compile(r"\s+on\s+(?:the\s+)?")  # "Velmarsk on Rote Island"


def _placed_by(gap: str, text: str, end: int) -> bool:
    """Whether the words between a name the gazetteer lacks and the name after them place
    the first in or by the second: said to lie in it (_said_in, "Velmarsk, in the province
    of Tirana"), a bearing from it ("Velmarsk, 20 km north of Tirana", "Velmarsk, near
    Tirana": _bearing_gap) or its edge ("Velmarsk, on the north coast of Crete": _edge_gap),
    the last two after an apposition too ("Velmarsk, a fishing village near Tirana")."""
    if _said_in(gap, text, end) or _division_of_gap().fullmatch(gap):
        return True
    if site := site_noun_end(gap, 0):
        # "the Velmarsk transit centre in Adjumani", "the Velmarsk camp near Juba", "the
        # Velmarsk neighbourhood of Amman": the noun calls the name a site's, so a bare "in"
        # or "of" places it too. Not a bearing from a town for a crossing: it may lie on
        # either side of the border ("the Velmarsk crossing near Kilis"); not a river, lake
        # or desert, which no town's point stands for ("the Kalam river in Swat").
        feature = feature_after(gap, 0)
        if feature in _NO_SITE_FEATURES:
            return False
        rest = gap[site:]
        bearing = feature != "crossing" and _bearing_near(rest)
        return bool(_SITE_IN_GAP.fullmatch(rest) or bearing or _edge_gap().fullmatch(rest))
    apposition = _apposition().match(gap)
    rest = gap[apposition.end():] if apposition else gap
    return bool(_bearing_near(rest) or _edge_gap().fullmatch(rest))


_NO_SITE_FEATURES = frozenset({"river", "lake", "desert"})  # features too large to stand at a town
_SITE_IN_GAP = re.compile(r",?\s+(?:in|of)\s+(?:the\s+)?")  # after a site's noun: "camp in", "neighbourhood of"


@functools.cache
def _apposition() -> re.Pattern:
    """", a fishing village", ", the old camp": a comma, an article, at most two words and
    one of recognize.toml's inside_nouns, which say what a name is, not where."""
    return re.compile(rf",\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{alternation(lexicon()['inside_nouns'])})(?=\s)")


@functools.cache
def _edge_gap() -> re.Pattern:
    """" on the north-east coast of ", ", at the western tip of ": a word of recognize.toml's
    edge_words, "the", at most two words and an edge noun (edge_nouns), then "of"; not "on
    the other side of" (edge_across), which is not in the place."""
    lex = lexicon()
    words, nouns, across = (alternation(lex[k]) for k in ("edge_words", "edge_nouns", "edge_across"))
    return re.compile(rf",?\s+(?:{words})\s+the\s+(?!(?:{across})\s)(?:[\w-]+\s+){{0,2}}?"
                      rf"(?:{nouns})\s+of\s+(?:the\s+)?")


@functools.cache
def _division_of_gap() -> re.Pattern:
    """", in the province of ", ", in the department of ": a division's noun (recognize.toml's
    division_nouns) before the name of the division a name lies in."""
    return re.compile(rf",\s+in\s+the\s+(?:{alternation(lexicon()['division_nouns'])})\s+of\s+")


def _said_in(gap: str, text: str, end: int) -> bool:
    """Whether the words between two names say, beyond a list, that the first lies in the
    second: a comma and "in" ("Velmarsk, in Upper Austria") or an inside noun ("Gerehu, a
    suburb of Port Moresby")."""
    how = _locating_gap(gap, text, end)
    return how == "inside" or how == "in" and gap.startswith(",")


def _attributive(text: str, end: int) -> bool:
    """Whether the country or state ending at ``end`` is an adjective of the people or body
    named right after it ("U.S. consular staff", "Texas officials": recognize.toml's
    attributive_nouns), not a qualifier of the name before the comma."""
    word = _WORD_AFTER.match(text, end)
    return word is not None and word.group(1) in _attributive_nouns()


_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


@functools.cache
def _attributive_nouns() -> frozenset[str]:
    return frozenset(lexicon()["attributive_nouns"])


COUNTY_KM = 150.0  # a county's towns lie this near its point


def _near_county(qualifier: _Qualifier, place: Place) -> bool:
    """Whether a county that qualifies a name ("Manston in Kent") speaks for this sense:
    only near the county, as its first-level division (England) also holds the far
    namesakes (Manston, Dorset)."""
    county = qualifier.county
    return county is None or haversine_km(place.lat, place.lon, county[0], county[1]) < COUNTY_KM


def _in_list(text: str, spans: Sequence[Span], n: int) -> bool:
    """Whether spans n and n + 1 sit in a longer list of names (a name before or after
    them, joined by a comma, "and" or "or")."""
    before = n > 0 and _LIST_GAP.fullmatch(text, spans[n - 1].end, spans[n].start)
    after = n + 2 < len(spans) and _LIST_GAP.fullmatch(text, spans[n + 1].end, spans[n + 2].start)
    return bool(before or after)


def _divisions_listed(text: str, spans: Sequence[Span], n: int, priors, country: str | None) -> bool:
    """Whether the first-level division after name n goes on with more divisions of its
    country by a comma, "and" or "or" ("Kafr el-Sheikh, Gharbia, Dakahlia"): a list of
    divisions, not a name and its state ("Austin, Texas, and Dallas" goes on with a town)."""
    if n + 2 >= len(spans) or not _LIST_GAP.fullmatch(text, spans[n + 1].end, spans[n + 2].start):
        return False
    ranked = priors.get(spans[n + 2].key)
    return bool(ranked) and ranked[0][0].feature == "ADM1" and ranked[0][0].country == country


@functools.cache
def _preposition_before() -> re.Pattern:
    words = "|".join(map(re.escape, lexicon()["place_prepositions"]))
    return re.compile(rf"\b(?:{words})\s+$")


def _after_preposition(text: str, start: int) -> bool:
    """Whether a place preposition (recognize.toml's place_prepositions) comes right before
    a name: "near Bialowieza", "in Lira"."""
    return _preposition_before().search(text, max(0, start - 12), start) is not None


@functools.cache
def _division_after() -> re.Pattern:
    """A division noun right after a name (recognize.toml's division_nouns): "Washington
    state", "Zaire province", "the Zaporizhzhia region", "the Beni department"; capitalised
    too but for recognize.toml's lowercase_division_nouns ("Ohio State" is a university); not
    one its division_noun_compounds make part of another noun ("the Paris department store")."""
    nouns, lowercase = lexicon()["division_nouns"], lexicon()["lowercase_division_nouns"]
    words = "|".join(w if w in lowercase else f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in nouns)
    compounds = "|".join(map(re.escape, lexicon()["division_noun_compounds"]))
    return re.compile(rf"\s+(?P<noun>{words})(?P<plural>s?)\b(?!-)(?!\s+(?:{compounds})\b)")


@functools.cache
def _division_owned() -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    """recognize.toml's division_owned ("of" after the noun), division_owned_by_place (the
    words between it and a name that owns the division) and lowercase_division_nouns."""
    words = lexicon()
    return (re.compile(words["division_owned"]), re.compile(words["division_owned_by_place"]),
            frozenset(words["lowercase_division_nouns"]))


def _owned_by_body(text: str, after: re.Match, spans: Sequence[Span], n: int) -> bool:
    """Whether a lowercase division noun after the n-th name belongs to a body, not a place:
    "the Paris department of the Red Cross" (an office in the city), not "the Cauca department
    of Colombia" or "of eastern Bolivia" (a name right after the owner words)."""
    owned, by_place, lowercase = _division_owned()
    if after.group("noun") not in lowercase or not owned.match(text, after.end()):
        return False
    return n + 1 >= len(spans) or not by_place.fullmatch(text, after.end(), spans[n + 1].start)


@functools.cache
def _division_noun_countries() -> dict[str, frozenset[str]]:
    """recognize.toml's division_noun_countries: a noun -> the countries whose divisions it
    names ("department": Bolivia's, Colombia's, France's...)."""
    return {noun: frozenset(codes) for noun, codes in lexicon().get("division_noun_countries", {}).items()}


def _cued_countries(after: re.Match | None) -> bool | frozenset[str]:
    """The countries a division cue calls a name a division of: those its noun belongs to
    (_division_noun_countries), or any (True: "province", "the state of")."""
    return _division_noun_countries().get(after.group("noun").lower(), True) if after else True


_DIVISION_BEFORE = re.compile(r"\b[Ss]tate\s+of\s+$|\b[Pp]rovince\s+of\s+$")


def _division_cues(text: str, spans: Sequence[Span]) -> dict[str, bool | frozenset[str]]:
    """Names the text calls a state or a province somewhere ("Washington state", "the
    province of Ontario", "Zaire province"), each with the countries whose division it may
    be (True: any; "the Santa Cruz department": those with departments); a plural noun calls
    every member of the list before it so ("the Kharkiv, Donetsk and Dnipropetrovsk
    regions"). Not a body's department ("the Paris department of the Red Cross")."""
    cued: dict[str, bool | frozenset[str]] = {}

    def cue(key: str, countries: bool | frozenset[str]) -> None:
        had = cued.get(key, frozenset())
        cued[key] = had | countries if isinstance(had, frozenset) and isinstance(countries, frozenset) else True

    for n, s in enumerate(spans):
        after = _division_after().match(text, s.end)
        if after and _owned_by_body(text, after, spans, n):
            after = None
        # ("of" first: _DIVISION_BEFORE's every match holds it, and most names have none before them)
        if after or ("of" in text[max(0, s.start - 20):s.start]
                     and _DIVISION_BEFORE.search(text, max(0, s.start - 20), s.start)):
            cue(s.key, _cued_countries(after))
        while after and after.group("plural") and n > 0 and _LIST_GAP.fullmatch(text, spans[n - 1].end, spans[n].start):
            n -= 1
            cue(spans[n].key, _cued_countries(after))
    return cued


@functools.cache
def _county_nouns() -> tuple[tuple[str, ...], re.Pattern]:
    """recognize.toml's county_nouns, and a pattern of one right after a name, lowercase:
    "Miami county", "Douglas, Sarpy and Lancaster counties"."""
    nouns = tuple(lexicon()["county_nouns"])
    return nouns, re.compile(rf"\s+(?P<noun>{'|'.join(map(re.escape, nouns))})\b")


def _county_cues(text: str, spans: Sequence[Span]) -> frozenset[str]:
    """Names the text calls a county (_county_nouns), every member of the list before a
    plural noun too, or writes whole elsewhere ("Miami County" and, later, "Miami"): their
    county's state and nearness stay evidence for the county beside a city of the bare name
    elsewhere (_Evidence._bare_county). A set apart from _division_cues, which speaks for
    first-level divisions too ("Washington and Douglas counties" is no state)."""
    keys = {s.key for s in spans}
    nouns, after = _county_nouns()
    cued: set[str] = {k for k in keys if any(f"{k} {noun}" in keys for noun in nouns)}
    for n, s in enumerate(spans):
        noun = after.match(text, s.end)
        if noun:
            cued.add(s.key)
            # (a plural noun ends in "s": "counties", "parishes")
            while noun.group("noun").endswith("s") and n > 0 \
                    and _LIST_GAP.fullmatch(text, spans[n - 1].end, spans[n].start):
                n -= 1
                cued.add(spans[n].key)
    return frozenset(cued)


def _states_in_company(text: str, spans: Sequence[Span], priors, divisions, ranked) -> set[str]:
    """Names read as a country whose namesake states abroad _country_names_first dropped, that
    the text lists with first-level divisions of such a state's country ("Bandits raided
    Zamfara, Katsina and Niger": Nigeria's states, Niger State among them) or writes right after
    a town of such a state and of no place in the country ("Kagara, Niger": a Kagara lies in
    Niger State, none in Niger): the state is meant, as if the text called it one. ``ranked``,
    the resolver's (key, division) -> candidates."""
    out: set[str] = set()
    listed: dict | None = None  # (read only for such a name: most texts name none)
    for n, s in enumerate(spans):
        first = priors.get(s.key)
        if s.key in divisions or s.key in out or not first or first[0][0].kind != "country":
            continue
        home = first[0][0].country
        states = [p for p, _, _ in ranked(s.key, True) if p.feature == "ADM1" and p.country != home]
        if not states:
            continue
        if listed is None:
            listed = _listed_with(text, spans, priors)
        kind = listed.get(s.start)
        if kind is not None and kind[0] == "ADM1" and any(p.country == kind[1] for p in states):
            out.add(s.key)
        elif n > 0 and re.fullmatch(r",\s*", text[spans[n - 1].end:s.start]):
            town = priors.get(spans[n - 1].key) or []
            held = {(p.country, p.admin1) for p, _, _ in town}
            if any((p.country, p.admin1) in held for p in states) and all(p.country != home for p, _, _ in town):
                out.add(s.key)
    return out


def _listed_with(text: str, spans: Sequence[Span], priors) -> dict[int, tuple[str, str | None]]:
    """Span start -> ("country", None) for a name listed with countries, ("ADM1", ISO2)
    for one listed with first-level divisions of a country, by the other members' first
    senses. A list has an "and" or "or", or three members: "Washington, D.C." is not one."""
    chains: list[list[Span]] = []
    joined: list[bool] = []
    for a, b in zip([None, *spans], spans):
        gap = _LIST_GAP.fullmatch(text, a.end, b.start) if a is not None else None
        if gap and chains and chains[-1][-1] is a:
            chains[-1].append(b)
            joined[-1] = joined[-1] or bool(gap.group().strip(", "))
        else:
            chains.append([b])
            joined.append(False)
    out = {}
    for chain, has_and in zip(chains, joined):
        if len(chain) < 2 or not (has_and or len(chain) >= 3):
            continue
        kinds = [_list_kind(priors.get(s.key)) for s in chain]
        for n, s in enumerate(chain):
            if n == 0 and _state_of_towns(chain, priors):
                continue  # "In New York, Albany and Buffalo ...": the state, then its towns
            others = Counter(k for m, k in enumerate(kinds) if m != n and k)
            if others:
                kind, votes = others.most_common(1)[0]
                if votes * 2 >= len(chain) - 1:  # at least half the other members
                    out[s.start] = kind
    return out


def _state_of_towns(chain: Sequence[Span], priors) -> bool:
    """Whether a list opens with a state's name and goes on with towns of that state only
    ("In New York, Albany and Buffalo have ..."): the head is the state that holds the
    rest, not a city among towns of the country ("Houston, Dallas, New York")."""
    head = priors.get(chain[0].key)
    if not head or head[0][0].feature != "ADM1":
        return False
    state = head[0][0]
    rest = [priors.get(s.key) for s in chain[1:]]
    return all(ranked and ranked[0][0].kind == "city" and (ranked[0][0].country, ranked[0][0].admin1)
               == (state.country, state.admin1) for ranked in rest)


def _list_kind(ranked) -> tuple[str, str | None] | None:
    """What a list member is at first sight: a country, a division of a country, a town of
    a country ("Lima, Arequipa, Trujillo" are Peru's: a member is then a place of that
    country, town or division alike), or none of these."""
    if not ranked:
        return None
    place = ranked[0][0]
    if place.kind == "country":
        return "country", None
    if place.feature == "ADM1":
        return "ADM1", place.country
    return ("town", place.country) if place.kind == "city" else None


def _qualified_sense(ranked: list, qualifier: _Qualifier | None, named: Sequence = ()) -> Place:
    """A qualifier's own sense: its best in the place that qualifies it, else its best
    country or division that holds a sense of the ``named`` name ("Athens, Georgia" is
    the state, where an Athens lies; "Tbilisi, Georgia" the country), else its best."""
    if qualifier:
        for place, _, _ in ranked:
            if (place.country, place.admin1 if qualifier.admin1 else None) == qualifier.where:
                return place
    held = {(p.country, p.admin1) for p, _, _ in named}
    countries = {country for country, _ in held}
    # Only a country or state about as well known as the best sense: "Los Angeles, San
    # Fernando" does not go to a small San Fernando district that has a Los Angeles.
    floor = ranked[0][1] - QUALIFIER_MARGIN
    for place, prior, _ in ranked:
        if prior < floor:
            break
        if place.kind == "country" and place.country in countries:
            return place
        if place.feature == "ADM1" and (place.country, place.admin1) in held:
            return place
    return ranked[0][0]


def _credible(qualifier: _Qualifier, key: str, context: _Context) -> bool:
    """Whether a qualifier that no sense of the name fits may still place it: a country
    may; a division or a town only when the text's other names speak for its country too
    ("Cornwall in South West", Cameroon's South-West region, is a misreading of England's)."""
    country, admin1, qualifier_key = qualifier.country, qualifier.admin1, qualifier.key
    if admin1 is None and qualifier.county is None:  # a country (a town has its point as a county's)
        return True
    others = context.countries_without(qualifier_key)[country] - context.countries.get(key, Counter())[country]
    return others > 0


def _human(n: int) -> str:
    return f"{n / 1e6:.1f}M" if n >= 1e6 else f"{n / 1e3:.0f}k" if n >= 1e3 else str(n)
