"""Groups kept apart: a document's claims split into parts (_Apart: another event, another
group, another person's journey), and the places of other groups, alternatives and crowds
dropped (_apart, _told_apart, _others_passed, _not_alternatives). reading hands each part's
claims on to chains and planning.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from geomig.picture.claims import Claim
from geomig.picture.routes.words import _named_at, _says, _span


def _only_arrived(keyed: Sequence[tuple[Claim, str]], apart: re.Pattern | None,
                  opener: Mapping[str, str] | None = None) -> set[str]:
    """The parts (_Apart) opened by other people (group `others` of `apart`, the cue data's
    [route_modes] apart: "Another group landed at X"; `opener`: a part's opening sentence
    where it names no place) that name no place set out from, passed or come from: they tell
    where others arrived by the way the document tells, and stay with it."""
    opened: dict[str, Claim] = {}
    left: set[str] = set()
    for c, key in keyed:
        if key != c.doc:
            opened.setdefault(key, c)
            if c.role in ("launch_point", "transit", "origin"):
                left.add(key)
    out = set()
    for key, c in opened.items():
        m = apart.match((opener or {}).get(key, c.source.quote)) if apart is not None and key not in left else None
        if m is not None and m.groupdict().get("others"):
            out.add(key)
    return out


class _Apart:
    """Which part of its document a claim belongs to, as plan() groups them: its document, or
    a sentence of it that opens on another event (`apart`, the cue data's [route_modes] apart:
    "Elsewhere, 20 migrants were taken to X", "On Monday, separately, ..."), a document of its
    own: the places it names join no route of the rest, nor the rest's of them. The sentences
    right after it that open on the same people (`same`, the cue data's [route_modes]
    same_group: "They were moved to Y") belong to its part. A sentence naming no place that
    opens on another group ("A second group had come by another road.", read in `sentences`,
    per document its sentences' words) opens a part that the next sentence's places tell.
    A sentence opening on a named person setting out (`traveller`, the cue data's [route_modes]
    traveller: "Fatou Sow left Dakar ...") other than the first such person of its document
    opens a part too: each person's journey is their own, no chain through another's stops; the
    sentences right after it opening on the same person (`person`, the cue data's [route_modes]
    same_person: "He then took a bus") belong to it. A sentence opening on a relative's journey
    told at another time (`relative`, the cue data's [route_modes] relative_apart: "His brother
    had gone years earlier through X to Y") opens a part of its own, which no sentence after it
    goes on (a "she" after "her brother" is the person the text follows), unless it names the
    whole journey as one made again (`tale`: "His cousin made the same crossing in 2019."):
    the sentences right after it opening on "he" or "she" (`person`) tell that journey, with
    the sentence naming no place among them. A relative named by name setting out (`named`:
    "Her nephew, Tomas, 19, left X") is a traveller: the "he"/"she" sentences after go on with it,
    but for the pronoun the relative's word does not take (`pronoun`, the cue data's [route_modes]
    kin_pronoun: a "she" after "her brother, Tomas, left X" is the person the text follows).
    A sentence opening on one group or person named by where they are from (`group`, the cue
    data's [route_modes] one_group: "A family from X, who had lived in Y, ...") after the
    document has told stops opens a part too: the stops it tells are that group's own, none
    of the routes of the people told before (a "he" or "she" after it is the text's own, but for
    one person's pronoun, `pronoun`, or the word naming them again, `again`, the cue data's
    [route_modes] same_one: "One boy from X left Y. Later he was caught in Z" is the boy's).
    Each sentence is read once (a document's claims come in sentence order)."""

    def __init__(self, rx: re.Pattern | None, same: re.Pattern | None = None,
                 sentences: Mapping[str, Sequence[str]] | None = None, traveller: re.Pattern | None = None,
                 person: re.Pattern | None = None, relative: re.Pattern | None = None,
                 pronoun: re.Pattern | None = None, group: re.Pattern | None = None,
                 again: re.Pattern | None = None):
        self.rx, self.same, self.sentences, self.traveller = rx, same, sentences or {}, traveller
        self.person, self.relative, self.pronoun, self.group = person, relative, pronoun, group
        self.again = again
        self._word: dict[str, str] = {}                 # one person's part -> the word naming them
        self._stopped: dict[str, int] = {}              # doc -> the first sentence naming a stop
        #: the parts a group named by where it is from opened (_one_group; reading gives one
        #: naming no stop back to its document: a home told, no journey of its own)
        self.grouped: set[str] = set()
        self._takes: dict[str, str] = {}                # a named relative's part -> "he" or "she"
        self._part: dict[tuple[str, int], str] = {}     # (doc, sentence) -> its part
        self._first: dict[str, str] = {}                # doc -> the first traveller it names
        self._people: set[str] = set()                  # the parts a traveller opened
        self._tales: set[str] = set()                   # the parts a relative's journey made again opened
        #: a part opened by a sentence naming no place -> that sentence (_only_arrived)
        self.opener: dict[str, str] = {}

    def __call__(self, c: Claim) -> str:
        if self.rx is None or c.at < 0:
            return c.doc
        key = (c.doc, c.sentence)
        part = self._part.get(key)
        if part is None:
            before = self._part.get((c.doc, c.sentence - 1), c.doc)
            one = before if before in self.grouped and before in self._people else None
            if before in self.grouped:
                before = c.doc      # (one group's sentence: the next goes on with the text's own)
            kin = self.relative.match(c.source.quote) if self.relative is not None else None
            if self.rx.match(c.source.quote) or kin is not None:
                part = f"{c.doc}#{c.sentence}"
                if kin is not None and kin.groupdict().get("tale"):
                    self._tales.add(part)
                elif kin is not None and kin.groupdict().get("named") is not None:
                    self._people.add(part)      # a relative named by name, setting out: a traveller
                    self._takes[part] = self._pronoun_of(kin.group())
            elif self._another(c):
                part = f"{c.doc}#{c.sentence}"
                self._people.add(part)
            elif (group := self._one_group(c)) is not None:
                part = f"{c.doc}#{c.sentence}"     # (a "he" or "she" after it is the text's own)
                self.grouped.add(part)
                # (but for one person's pronoun: "One boy from X left Y ... Later he was sent
                # back" goes on with the boy)
                if takes := self._pronoun_of(group):
                    self._people.add(part)
                    self._takes[part] = takes
                    self._word[part] = self._kin_word(group).group().lower()
            elif before != c.doc and self.same is not None and self.same.match(c.source.quote):
                part = before       # the same people, going on
            elif (before in self._people or before in self._tales) and self._goes_on(before, c.source.quote):
                part = before       # the same person, going on
            elif one is not None and self._goes_on(one, c.source.quote):
                part = one          # the one person a group's sentence named, going on
            elif (tale := self._tale(c.doc, c.sentence - 1)) is not None and self.person.match(c.source.quote):
                part = tale         # the relative the sentence before named, on that journey
            elif (opened := self._opened(c.doc, c.sentence - 1)) is not None:
                part = opened       # the places of the group the sentence before opened on
            else:
                part = c.doc
            self._part[key] = part
        if c.stop and c.role != "origin":
            self._stopped.setdefault(c.doc, c.sentence)
        return part

    def _one_group(self, c: Claim) -> str | None:
        """The words a claim's sentence opens on naming one group or person by where they are
        from ("One boy from"), after a sentence of its document naming a stop (before any, it
        is the people the text follows); else None."""
        if self.group is None or self._stopped.get(c.doc, c.sentence) >= c.sentence:
            return None
        m = self.group.match(c.source.quote)
        return m.group() if m is not None else None

    def _pronoun_of(self, kin: str) -> str:
        """The pronoun standing for the relative a relative_apart match names ("" for either)."""
        word = self._kin_word(kin)
        return next((k for k, v in word.groupdict().items() if v), "") if word is not None else ""

    def _kin_word(self, words: str) -> re.Match | None:
        """The last word of `words` naming a relative or one person ("brother", "boy"), if any."""
        found = list(self.pronoun.finditer(words)) if self.pronoun is not None else []
        return found[-1] if found else None

    def _goes_on(self, part: str, sentence: str) -> bool:
        """Whether a sentence opens on the person of a part going on ("He then took a bus"):
        not on the pronoun its named relative does not take; or on the word that named one
        person from a place again (`again`, the cue data's [route_modes] same_one: "The boy was
        caught in Z")."""
        if part in self._word and self.again is not None:
            one = self.again.match(sentence)
            if one is not None and one.group("word").lower() == self._word[part]:
                return True
        m = self.person.match(sentence) if self.person is not None else None
        if m is None:
            return False
        takes = self._takes.get(part, "")
        return not takes or m.group().split()[-1].lower() == takes

    def _another(self, c: Claim) -> bool:
        """Whether a claim's sentence opens on a named person setting out, not the first one
        its document names so (no word of that one's name: "Mr Diallo" is "Amadou Diallo")."""
        m = self.traveller.match(c.source.quote) if self.traveller is not None else None
        if m is None:
            return False
        name = " ".join(m.group("name").split())
        return not set(self._first.setdefault(c.doc, name).split()) & set(name.split())

    def _tale(self, doc: str, sentence: int) -> str | None:
        """The part a sentence naming no place opens on a relative's journey made again, if it
        does ("His cousin made the same crossing in 2019.")."""
        said = self.sentences.get(doc, ())
        if self.relative is None or self.person is None or (doc, sentence) in self._part \
                or not 0 <= sentence < len(said):
            return None
        m = self.relative.match(said[sentence])
        if m is None or not m.groupdict().get("tale"):
            return None
        part = f"{doc}#{sentence}"
        self._tales.add(part)
        return part

    def _opened(self, doc: str, sentence: int) -> str | None:
        """The part a sentence naming no place opens on another group, if it does."""
        said = self.sentences.get(doc, ())
        if (doc, sentence) in self._part or not 0 <= sentence < len(said) or not self.rx.match(said[sentence]):
            return None
        part = f"{doc}#{sentence}"
        self.opener[part] = said[sentence]
        return part


def _apart(claims: Sequence[Claim], others: re.Pattern | None) -> Sequence[Claim]:
    """The claims with a place reached that the text seemed to go on from made an end again
    where another group goes on ("some reached X; others went on to Y": `others`, the cue
    data's [route_modes] other_group, between X and the next place the sentence has people
    reach): two journeys' ends. A leg roles.py stated from X to Y (a route-only claim of X
    sharing Y's hit) is dropped likewise."""
    if others is None:
        return claims
    reached: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.at >= 0 and not c.negated and (c.role == "destination" or c.onward):
            reached[(c.doc, c.sentence)].append(c)
    if not any(len(v) > 1 for v in reached.values()):
        return claims
    split: set[int] = set()     # ids of the claims whose place another group goes on from
    # (document, hit) of the legs from such a place: hits are numbered within a document
    dropped: set[tuple[str, int]] = set()
    for group in reached.values():
        group.sort(key=lambda c: c.at)
        for c, nxt in zip(group, group[1:], strict=False):
            if c.hit == nxt.hit or not c.onward:
                continue
            base = c.source.start
            frm = c.at - base + len(c.place.name)
            if frm < nxt.at - base and others.search(c.source.quote, frm, nxt.at - base):
                split.add(id(c))
                dropped.add((nxt.doc, nxt.hit))
    if not split:
        return claims
    out = []
    for c in claims:
        if id(c) in split:
            out.append(replace(c, role="destination", onward=False))
        elif not (c.role == "returned_from" and (c.doc, c.hit) in dropped and c.hit >= 0):
            out.append(c)
    return out


def _told_apart(claims: Sequence[Claim], apart: re.Pattern | None) -> Sequence[Claim]:
    """The claims without a route-only claim roles.py makes of an earlier landing for a later
    sentence's arrival ("landed on X. ... were taken to Y": a leg from X) where that sentence
    opens on another event (`apart`, the cue data's [route_modes] apart: "Separately, 30
    migrants were taken to Y"): other people, no way on from X."""
    if apart is None:
        return claims
    told: dict[tuple[str, int], bool] = {}      # per sentence start: whether it opens apart
    opened = set()      # (document, hit) of the claims in such sentences
    for c in claims:
        if c.hit >= 0 and c.role != "returned_from":
            key = (c.doc, c.source.start)
            if key not in told:
                told[key] = apart.match(c.source.quote) is not None
            if told[key]:
                opened.add((c.doc, c.hit))
    if not opened:
        return claims
    return [c for c in claims if not (c.role == "returned_from" and (c.doc, c.hit) in opened
                                      and apart.match(c.source.quote) is None)]


def _started_anew(claims: Sequence[Claim]) -> Sequence[Claim]:
    """The claims without a route-only claim roles.py makes of an earlier landing for a later
    sentence's arrival (returned_from, of another sentence) where that sentence names where its
    people set out from before the arrival ("A boat reached X. Coastguards also rescued 30 who
    had set off from Z and took them to Y"): they came from Z, no way on from X."""
    starts: dict[tuple[str, int], list[Claim]] = defaultdict(list)    # (doc, sentence) -> starts
    ends: dict[tuple[str, int], list[Claim]] = defaultdict(list)      # (doc, hit) -> its places reached
    for c in claims:
        if c.negated or c.hit < 0:
            continue
        if c.role == "launch_point":     # (not a home: "a vendor from Y who arrived in Z")
            starts[(c.doc, c.sentence)].append(c)
        elif c.role in ("destination", "returned"):
            ends[(c.doc, c.hit)].append(c)
    if not starts:
        return claims

    def anew(c: Claim) -> bool:
        return any(s.at < e.at and s.place.id != c.place.id and not (s.place.holds(c.place) or c.place.holds(s.place))
                   for e in ends.get((c.doc, c.hit), ()) if e.sentence != c.sentence
                   for s in starts.get((c.doc, e.sentence), ()))

    return [c for c in claims if not (c.role == "returned_from" and c.hit >= 0 and anew(c))]


def _others_passed(claims: Sequence[Claim], others: re.Pattern | None) -> Sequence[Claim]:
    """The claims without a place passed that another group passes (`others`, the cue data's
    [route_modes] other_group, between the place its sentence names before it and it: "from X
    through Y to Z, while others went through W"): W is no stop of the journey told."""
    if others is None:
        return claims
    passed = [c for c in claims if c.role == "transit" and not c.onward and c.at >= 0]
    if not passed:
        return claims
    named = _named_at(claims)
    dropped = set()
    for c in passed:
        prior = [at for at in named[(c.doc, c.sentence)] if at < c.at]
        if prior:
            base = c.source.start
            if others.search(c.source.quote, max(0, max(prior) - base), max(0, c.at - base)):
                dropped.add(id(c))
    return [c for c in claims if id(c) not in dropped] if dropped else claims


#: Between a place and a return's end: the place is another way the people went, not where
#: they were sent back from ("flew on to X or went back to Y").
_OR = re.compile(r"\bor\b", re.IGNORECASE)


def _not_alternatives(claims: Sequence[Claim]) -> Sequence[Claim]:
    """The claims without a start roles.py gives a return (returned_from) that the words
    between it and the return's end, naming no other place, make an alternative to the return
    ("some flew on to X or went back to Y": X is where the others went, no place people were
    sent back from; "from X or Z to Y" keeps X, a list of starts)."""
    ends: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.role == "returned" and c.hit >= 0 and c.at >= 0:
            ends[(c.doc, c.hit)].append(c)
    if not ends:
        return claims
    named = _named_at(claims)
    dropped = set()
    for i, c in enumerate(claims):
        if c.role != "returned_from" or c.at < 0:
            continue
        end = next((e for e in ends.get((c.doc, c.hit), ()) if e.sentence == c.sentence and e.at > c.at), None)
        if end is None or any(c.at < at < end.at for at in named[(c.doc, c.sentence)]):
            continue
        if _OR.search(c.source.quote, *_span(c, end)):
            dropped.add(i)
    return [c for i, c in enumerate(claims) if i not in dropped] if dropped else claims


def _crowd(claims: Sequence[Claim], again: re.Pattern | None = None) -> set[str]:
    """The origins named only in a list of several ("most of those on board came from X, Y
    and Z"; countries of one cue hit): a crowd's nationalities, not where one journey the
    text tells set out from (`again`: as _named_again's)."""
    by_hit: dict[tuple[str, int], set[str]] = defaultdict(set)
    for c in claims:
        if c.role == "origin" and c.hit >= 0 and c.place.kind == "country":
            by_hit[(c.doc, c.hit)].add(c.place.id)
    listed = {k for k, places in by_hit.items() if len(places) > 1}
    # (a later "the Ys", the listed ones named again, is no origin of its own)
    alone = {c.place.id for c in claims if c.role == "origin" and (c.doc, c.hit) not in listed
             and not _named_again(c, again)}
    listed = {p for k in listed for p in by_hit[k]}
    return listed - alone


def _named_again(c: Claim, again: re.Pattern | None) -> bool:
    """Whether an origin claim is of a nationality the text names as a group it spoke of
    before ("the Ecuadoreans would be flown home": those of a crowd's list; `again`: the cue
    data's [route_modes] named_again, the words right before such a group)."""
    at = c.at - c.source.start
    if again is None or c.at < 0 or not 0 <= at <= len(c.source.quote) or re.match(
            re.escape(c.place.name) + r"\b", c.source.quote[at:]):
        return False    # (a country's own name, not its people's)
    return again.search(c.source.quote, 0, at) is not None


def _home_told_last(claims: Sequence[Claim], home: re.Pattern | None,
                    sentences: Callable[[str], Sequence[str]]) -> list[Claim]:
    """The origins that are one person's home, told after the journey ("... they cross the bridge
    into Y. A man from X said he was thinking of going home"): the sentence opens on that person
    (`home`, the cue data's [route_modes] home_told, matches the words before the place), names
    no stop and comes after the first stop of its document, and no earlier sentence names the place
    ("villages around X were attacked ... A man from X": the group's place) or the person.
    Such a town starts no route of the group: it stays an origin, and only tells from which
    side the stops are passed (corridors). `sentences(doc)`: a document's sentences' words (a
    person named before is the one the text followed, whose home does start the way; a place
    named only in passing there has no claim to tell it)."""
    if home is None:
        return []
    stops: dict[str, set[int]] = defaultdict(set)   # document -> the sentences naming a stop
    first_named: dict[tuple[str, str], int] = {}    # (document, place id) -> first sentence
    for c in claims:
        if not c.negated and c.role in ("launch_point", "transit", "destination"):
            stops[c.doc].add(c.sentence)
        key = (c.doc, c.place.id)
        first_named[key] = min(first_named.get(key, c.sentence), c.sentence)

    def told_last(c: Claim) -> bool:
        # (told after the journey began, in a sentence that tells no leg of it: "A third man,
        # from X, was pulled from the river", whatever other groups later sentences tell of)
        told = stops.get(c.doc)
        if (c.role != "origin" or c.negated or c.at < 0 or not told or c.sentence <= min(told)
                or c.sentence in told or first_named[(c.doc, c.place.id)] < c.sentence):
            return False
        m = home.search(c.source.quote, 0, max(0, c.at - c.source.start))
        if m is None:
            return False
        named = [m.groupdict().get("name"), c.place.name]
        return not any(_says(s, n) for n in named if n for s in sentences(c.doc)[:c.sentence])

    return [c for c in claims if told_last(c)]
