"""A learned role model beside the rules: an origin, launch point or destination for a
place mention the cues left without a role, from the lowercase words around it.

The weights are data (learned_roles.json, written by benchmarks/train_roles.py from
hand-annotated reports, a multinomial logistic regression); here they are only summed and
softmaxed, so nothing but the standard library runs. The rules stay first: the model reads
only documents about migration, and only places no rule claimed (nor rejected), and every
claim it adds names its cue ("learned:destination") and, as its words, the context words
whose weights pushed it most, highlighted in its sentence.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

from geomig.errors import PictureError
from geomig.models import Mention
from geomig.picture.claims import Claim, PlaceRef, ZoneClaim
from geomig.picture.cues import Lexicon, Masked, highlight
from geomig.picture.model import Source
from geomig.picture.relevance import no_role

#: Whether the model adds roles when a lexicon's [settings] does not say (learned_roles).
ENABLED = False
#: Model class -> claim role (a "control" or "none" prediction adds nothing).
ROLE = {"origin": "origin", "launch": "launch_point", "destination": "destination"}

_TOKEN = re.compile(r"\ue000([PSDN])(\d+)\ue001|[A-Za-z][A-Za-z'’-]*|\d[\d,.]*|[^\sA-Za-z\d]")
_WINDOW = 6
#: Irregular past forms read as verbs (regular ones end in -ed, -ing).
_IRREGULAR = frozenset(
    "left fled came went set made took got ran sent brought caught held kept found rode swam drove flew "
    "sought began became saw met lost spent stood led sat put fell gave told paid hid crept slept".split())
_SKIP_VERB = frozenset("during according including being having".split())
#: Prepositions read as the way a place is reached or left ("prep:into", "vp:arrived_in").
_PREP = frozenset("to into towards toward onto from via through across over for in at on near off out of "
                  "inside outside along past beyond around".split())
#: Arrivals, departures and returns, besides the rules' GO verbs ([vars] GO in cues.toml).
_MOVE = re.compile(r"arriv\w*|reach\w*|land(?:ed|ing|s)|enter\w*|left|leav\w*|depart\w*|return\w*|deport\w*|"
                   r"expel\w*|relocat\w*|resettl\w*|emigrat\w*|migrat\w*|smuggl\w*|rescu\w*|intercept\w*")
#: Prepositions after a motion verb that make the mention where the mover goes, or what it leaves.
_TOWARD = frozenset("to into towards toward onto for".split())
_AWAY = frozenset("from out".split())


@dataclass(frozen=True, slots=True)
class Model:
    """Weights per feature and class, a bias per class, and the least probability kept
    (a class's own where `thresholds` names it)."""

    classes: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]
    bias: tuple[float, ...]
    threshold: float
    thresholds: dict[str, float] = field(default_factory=dict)

    def least(self, cls: str) -> float:
        """The least probability a claim of this class needs."""
        return self.thresholds.get(cls, self.threshold)

    def probabilities(self, features: Iterable[str]) -> list[float]:
        """Softmax of the bias plus the weights of the active features."""
        scores = list(self.bias)
        # In sorted order: a set's order follows the process's hash seed, and sums of floats
        # in another order differ in their last digits (a claim on the threshold would flip).
        for f in sorted(set(features)):
            w = self.weights.get(f)
            if w is not None:
                scores = [s + x for s, x in zip(scores, w, strict=True)]
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return [e / total for e in exp]


@cache
def default() -> Model:
    """The packaged model (learned_roles.json)."""
    try:
        data = json.loads(files("geomig.picture").joinpath("learned_roles.json").read_text("utf-8"))
    except (OSError, ValueError) as err:
        raise PictureError(f"learned_roles.json: cannot read the role model: {err}") from err
    return from_dict(data)


def from_dict(data: dict) -> Model:
    """A Model from its JSON form ({"classes", "weights", "bias", "threshold", ...})."""
    try:
        classes = tuple(data["classes"])
        weights = {f: tuple(float(x) for x in w) for f, w in data["weights"].items()}
        bias = tuple(float(x) for x in data["bias"])
        threshold = float(data["threshold"])
        thresholds = {c: float(t) for c, t in data.get("thresholds", {}).items()}
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        raise PictureError(f"learned_roles.json: malformed role model: {err}") from err
    if len(bias) != len(classes) or any(len(w) != len(classes) for w in weights.values()):
        raise PictureError("learned_roles.json: weights do not match the classes")
    return Model(classes, weights, bias, threshold, thresholds)


# ----------------------------------------------------------------------------- features

@dataclass(frozen=True, slots=True)
class Token:
    """A word of a masked sentence: its form for features, and its document offsets."""

    form: str           # a lowercase word, "<P>" for a place, "<C>" for a capitalised word, "<num>"
    start: int
    end: int
    mention: int = -1   # the mention number, for a place token


def tokens(masked: Masked) -> list[Token]:
    """The sentence's words; capitalised words (names) are never kept as words."""
    out = []
    for m in _TOKEN.finditer(masked.text):
        a, b = masked.doc_span(m.start(), m.end())
        if m.group(1):
            out.append(Token(f"<{m.group(1)}>", a, b, int(m.group(2))))
        elif m.group(0)[0].isupper():
            out.append(Token("<C>", a, b))
        elif m.group(0)[0].isdigit():
            out.append(Token("<num>", a, b))
        else:
            out.append(Token(m.group(0).lower().replace("’", "'"), a, b))
    return out


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place mention the rules left without a role, with its features and their words."""

    mention: Mention
    masked: Masked
    features: dict[str, tuple[int, int] | None]   # feature -> the document span of its word(s)


def candidates(sentences: Sequence[Masked], ruled: Sequence[Claim], zones: Sequence[ZoneClaim],
               lexicon: Lexicon) -> list[Candidate]:
    """Every mention of a place no rule claim names, with its features (training reads the
    same). `ruled` are the rules' claims before any is rejected, so that a place rejected
    (relevance.no_role) is not revived; `zones` the control zones the rules found."""
    claimed = {c.place.id for c in ruled}
    zoned: dict[str, set[str]] = {}
    for z in zones:
        if not z.negated:
            zoned.setdefault(z.place.id, set()).add(z.control)
    zone_sentences = {z.sentence for z in zones if not z.negated}
    roles_of = {}
    for c in ruled:
        roles_of.setdefault(c.place.id, set()).add(c.role)
    rule_roles = len({c.place.id for c in ruled if c.role in ("origin", "launch_point", "destination", "transit")})
    ids = [m.id for s in sentences for m in s.mentions]
    rank = {pid: i for i, pid in enumerate(dict.fromkeys(ids))}
    count = Counter(ids)
    topic = lexicon.topic
    moving = _motion(lexicon.data.get("vars", {}).get("GO", ""))
    last = max((s.index for s in sentences), default=0)
    # the roles the rules found anywhere in the text, and whether it tells a journey (a place
    # left or passed and one reached): a place left over reads differently in such a text
    doc_has = {c.role for c in ruled if not c.negated}
    journey = bool(doc_has & {"launch_point", "transit"} and doc_has & {"destination"})
    out = []
    for masked in sentences:
        toks = tokens(masked)
        in_sentence = {c.role for c in ruled if c.sentence == masked.index}
        role_count = Counter(c.role for c in ruled if c.sentence == masked.index)
        where = _bucket(masked.index, (0, 2, 5))
        part = "end" if masked.index == last and last > 0 else "first" if 3 * masked.index < last else \
            "mid" if 3 * masked.index < 2 * last else "late"
        s_topic = bool(topic and topic.search(masked.sentence))
        for i, tok in enumerate(toks):
            if tok.mention < 0:
                continue
            mention = masked.mentions[tok.mention]
            if not mention.id or mention.id in claimed:
                continue
            feats = _features(toks, i, mention)
            feats.update(_motion_features(toks, i, moving))
            feats.update(_frame_features(toks, i))
            for role in sorted(doc_has):  # (sorted: a set's order changes with the hash seed)
                feats[f"doc_has:{role}"] = None
            if journey:
                feats["doc_journey"] = None
            feats[f"pos:{where}"] = None
            feats[f"part:{part}"] = None
            for role, n in role_count.items():
                feats[f"s_n:{role}:{_bucket(n, (1,))}"] = None
            if not role_count:
                feats["s_n:none"] = None
            place = PlaceRef.of(mention)
            feats[f"kind:{place.kind}"] = None
            feats[f"rank:{_bucket(rank[mention.id], (0, 2, 5))}"] = None
            feats[f"seen:{_bucket(count[mention.id] - 1, (0, 1, 3))}"] = None
            feats[f"doc_roles:{_bucket(rule_roles, (0, 2, 5))}"] = None
            feats["s_topic" if s_topic else "s_off"] = None
            if masked.index == 0:
                feats["first_sentence"] = None
            for role in in_sentence:
                feats[f"s_role:{role}"] = None
            for control in zoned.get(mention.id, ()):
                feats[f"zone:{control}"] = None
            if masked.index in zone_sentences:
                feats["s_zone"] = None
            if place.kind == "country":
                for c in ruled:
                    if c.place.country == place.country and c.place.id != mention.id:
                        for role in roles_of.get(c.place.id, ()):
                            feats[f"holds:{role}"] = None
            out.append(Candidate(mention, masked, feats))
    return out


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


@cache
def _motion(go: str) -> re.Pattern:
    """Motion verbs as one word: the rules' GO verbs and _MOVE's."""
    return re.compile(rf"(?:{go})|{_MOVE.pattern}" if go else _MOVE.pattern)


def _is_verb(w: str) -> bool:
    return w in _IRREGULAR or (len(w) > 4 and w.endswith(("ed", "ing")) and w not in _SKIP_VERB)


def _motion_features(toks: list[Token], i: int, moving: re.Pattern) -> dict[str, tuple[int, int] | None]:
    """The sentence's motion verbs and the preposition between the nearest one and the
    mention: "motion_to" where the mention is where a mover goes ("boats headed for X"),
    "motion_from" where it is left ("out of X"), "motion_at" where it is passed or stayed at,
    "motion_obj" where it is the verb's object ("reached X"); the nearest preposition before
    the mention, and the verb-preposition pair."""
    feats: dict[str, tuple[int, int] | None] = {}
    motion = [j for j, t in enumerate(toks) if t.mention < 0 and moving.fullmatch(t.form)]
    if motion:
        feats["s_motion"] = None
    prep = None
    for j in range(i - 1, max(-1, i - 5), -1):
        w = toks[j].form
        if w in _PREP:
            prep = j
            feats[f"prep:{w}"] = (toks[j].start, toks[j].end)
            break
        if w in (",", ";", ":", "(", ")") or _is_verb(w):
            break
    before = [j for j in motion if j < i and i - j <= 8]
    if before:
        v = before[-1]
        span = (toks[v].start, toks[v].end)
        feats["motion_before"] = span
        if prep is not None and prep > v:
            w = toks[prep].form
            w = "out" if w == "of" and toks[prep - 1].form == "out" else w   # "out of" leaves
            feats["motion_to" if w in _TOWARD else "motion_from" if w in _AWAY else "motion_at"] = span
            feats[f"vp:{toks[v].form}_{w}"] = span
        elif prep is None and i - v <= 3:
            feats["motion_obj"] = span   # "reached X", "left X"
    if any(j > i and j - i <= 4 for j in motion):
        feats["motion_after"] = None
    return feats


def _stem(w: str) -> str:
    """A verb without its ending ("arrived", "arriving", "arrives" -> "arriv"), so that
    one verb's forms share a weight."""
    for end in ("ing", "ed", "es", "s"):
        if len(w) > len(end) + 2 and w.endswith(end):
            return w[: -len(end)]
    return w


def _frame_features(toks: list[Token], i: int) -> dict[str, tuple[int, int] | None]:
    """The frame around the mention: the stem of the nearest verb before it ("vstem:"), the
    verb it is the subject of ("averb:", "Libya intercepted"), a possessive ("poss":
    "Libya's coastguard"), a place in brackets ("paren"), and the side of a stated span
    ("span:from" in "from X to Y", "span:to" for Y)."""
    feats: dict[str, tuple[int, int] | None] = {}
    for j in range(i - 1, -1, -1):
        if _is_verb(toks[j].form):
            feats[f"vstem:{_stem(toks[j].form)}"] = (toks[j].start, toks[j].end)
            break
    for j in range(i + 1, min(len(toks), i + 5)):
        w = toks[j].form
        if w in (",", ";", ":", ".", "(", ")") or toks[j].mention >= 0:
            break
        if _is_verb(w):
            feats[f"averb:{_stem(w)}"] = (toks[j].start, toks[j].end)
            break
    if i + 1 < len(toks) and toks[i + 1].form in ("'s", "'"):
        feats["poss"] = None
    if i > 0 and toks[i - 1].form == "(":
        feats["paren"] = None
    before = toks[i - 1].form if i > 0 else ""
    if before == "from" and any(toks[j].form in ("to", "towards", "for") and toks[j + 1].mention >= 0
                                for j in range(i + 1, min(len(toks) - 1, i + 6))):
        feats["span:from"] = None
    if before in ("to", "towards", "for") and any(toks[j].form == "from" and toks[j + 1].mention >= 0
                                                  for j in range(max(0, i - 7), i - 2)):
        feats["span:to"] = None
    return feats


def _features(toks: list[Token], i: int, mention: Mention) -> dict[str, tuple[int, int] | None]:
    feats: dict[str, tuple[int, int] | None] = {f"tok:{toks[i].form}": None}
    if mention.kind == "demonym":
        feats["demonym_plural" if toks[i].form == "<N>" else "demonym_adj"] = None
    for d in range(1, _WINDOW + 1):
        for side, j in (("b", i - d), ("a", i + d)):
            if 0 <= j < len(toks):
                t = toks[j]
                span = (t.start, t.end)
                feats.setdefault(f"{side}{_bucket(d, (1, 3))}:{t.form}", span)
                feats.setdefault(f"{side}w:{t.form}", span)
    for side, j, k in (("bg", i - 2, i - 1), ("ag", i + 1, i + 2)):
        if 0 <= j and k < len(toks):
            feats.setdefault(f"{side}:{toks[j].form}_{toks[k].form}", (toks[j].start, toks[k].end))
    if i == 0:
        feats["starts"] = None
    # the nearest verb-like word before, within the sentence
    for j in range(i - 1, -1, -1):
        w = toks[j].form
        if _is_verb(w):
            feats[f"verb:{w}"] = (toks[j].start, toks[j].end)
            break
    # in a list: a place token next to this one across a comma, "and" or "or"
    for j, k in ((i - 2, i - 1), (i + 2, i + 1)):
        if 0 <= j < len(toks) and toks[j].mention >= 0 and toks[k].form in (",", "and", "or"):
            feats["listed"] = None
    return feats


# ---------------------------------------------------------------------------- inference

def claims(sentences: Sequence[Masked], ruled: Sequence[Claim], zones: Sequence[ZoneClaim], lexicon: Lexicon,
           model: Model | None = None) -> list[Claim]:
    """Role claims for places the rules left without one (`ruled`: the rules' claims before
    relevance.no_role, which then reads these as it reads theirs), where the model is sure
    enough; none in a text not about migration or where [settings] learned_roles is false."""
    if lexicon.is_off_topic or not lexicon.settings.get("learned_roles", ENABLED) or not sentences:
        return []
    model = model or default()
    best: dict[str, tuple[float, str, Candidate]] = {}
    for cand in candidates(sentences, ruled, zones, lexicon):
        probs = model.probabilities(cand.features)
        p, cls = max(zip(probs, model.classes, strict=True))
        if cls in ROLE and p >= model.least(cls) and p > best.get(cand.mention.id, (0.0,))[0]:
            best[cand.mention.id] = (p, cls, cand)
    return no_role([_claim(cand, cls, p, model) for p, cls, cand in best.values()], sentences, lexicon)


def _claim(cand: Candidate, cls: str, p: float, model: Model) -> Claim:
    k = model.classes.index(cls)
    pushed = sorted(((model.weights[f][k], f, span) for f, span in cand.features.items()
                     if span is not None and f in model.weights and model.weights[f][k] > 0), reverse=True)
    spans: list[tuple[int, int]] = []
    for _, _, span in pushed:
        if span not in spans:
            spans.append(span)
        if len(spans) == 3:
            break
    spans.sort()
    masked, m = cand.masked, cand.mention
    words = " … ".join(masked.doc.text[a:b] for a, b in spans)
    source = Source(masked.doc.doc, masked.start, masked.end, masked.sentence,
                    highlight(masked, [*spans, (m.start, m.end)]))
    return Claim(role=ROLE[cls], place=PlaceRef.of(m), doc=masked.doc.doc, sentence=masked.index,
                 cue=f"learned:{cls}", words=words, source=source, confidence=p * float(m.confidence),
                 at=m.start, stop=False)
