"""Popup, legend and footer HTML: every piece of picture text is escaped here.

Picture text comes from news articles and gazetteers, so it is untrusted: a quote such as
`<img src=x onerror=alert(1)>` must show as text. Only this module builds HTML from data.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from html import escape
from typing import Any

# The two confidences are explained as the audit report explains them; cues read as it reads them.
from geomig.maps.features import Alternative, AuditPlace, Item, Quote, stated_leg
from geomig.maps.styles import Styles
from geomig.picture.model import Fact, cue_rules

GEONAMES_URL = "https://www.geonames.org/{}"
_GEONAMES_ID = re.compile(r"geonames:(\d+)")


def esc(value: Any) -> str:
    """HTML-escape any value (quotes too, so it is safe inside attributes)."""
    return escape("" if value is None else str(value), quote=True)


def gazetteer_link(place_id: str) -> str:
    """The id as text, with each GeoNames id in it linked to its GeoNames page.

    A derived region ("geomig:south:geonames:2215636") links the place it qualifies.
    """
    out, last = [], 0
    for m in _GEONAMES_ID.finditer(place_id):
        out.append(esc(place_id[last:m.start()]))
        # geomig.js gives <a class="gn"> its GEONAMES_URL when the popup opens (the address is
        # written once per page, not in each of thousands of popups) and opens it in a new tab.
        out.append(f'<a class="gn">{esc(m.group(0))}</a>')
        last = m.end()
    out.append(esc(place_id[last:]))
    return "".join(out)


def _terms(name: str, quote: Quote) -> list[str]:
    """Words to highlight in a quote: the mention's own text, the name, its main words."""
    terms: list[str] = [quote.mention] if quote.mention.strip() else []
    if name:
        terms.append(name)
        # "southern Libya" in a quote that says "the south of Libya": still mark "Libya".
        terms.extend(w for w in re.findall(r"[\w’'-]+", name) if len(w) >= 4 and w[0].isupper())
    return sorted(set(terms), key=len, reverse=True)


@functools.lru_cache(maxsize=4096)
def _whole_word(term: str) -> re.Pattern:
    """The term as a whole word, any case: kept, since a corpus map's popups ask for
    the same few thousand names far past re's own cache of 512 patterns."""
    return re.compile(r"(?<!\w)" + re.escape(term) + r"(?!\w)", re.IGNORECASE)


def highlight(quote: str, terms: Iterable[str], spans: Iterable[Sequence[int]] = ()) -> str:
    """Escape a quote and wrap in <mark> the given (start, end) spans and every whole-word
    occurrence of the terms."""
    marks: list[tuple[int, int]] = []

    def add(s: int, e: int) -> None:
        if 0 <= s < e <= len(quote) and not any(s < me and ms < e for ms, me in marks):
            marks.append((s, e))

    for span in spans:
        if isinstance(span, Sequence) and len(span) == 2 and all(isinstance(v, int) for v in span):
            add(span[0], span[1])
    for term in terms:
        for m in _whole_word(term).finditer(quote):
            add(m.start(), m.end())
    out, last = [], 0
    for s, e in sorted(marks):
        out.append(esc(quote[last:s]))
        out.append(f"<mark>{esc(quote[s:e])}</mark>")
        last = e
    out.append(esc(quote[last:]))
    return "".join(out)


def _confidence(value: Any) -> str:
    return f"{value:.2f}" if isinstance(value, (int, float)) else ""


def _amount(value: Any, unit: Any, qualifier: Any) -> str:
    """'more than 600000 people', '400–500 fighters': a fact's number as a reader says it."""
    if isinstance(value, (list, tuple)) and len(value) == 2:
        number = f"{_number(value[0])}–{_number(value[1])}"
    elif value in (None, ""):
        number = ""
    else:
        number = _number(value)
    return " ".join(esc(v) for v in (qualifier, number, unit) if v)


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else str(value)


def _same_words(a: str, b: str) -> bool:
    """Whether two phrases read the same but for case and thousands separators."""
    return a.replace(",", "").casefold() == b.replace(",", "").casefold()


def _facts(facts: Sequence[Fact]) -> str:
    rows = []
    for fact in facts:
        amount = _amount(fact.value, fact.unit, fact.qualifier)
        if _same_words(amount, esc(fact.text)):
            amount = ""     # "about 60 miles: about 60 miles" says it once
        cite = f" <cite>{esc(fact.source.doc)}</cite>" if fact.source.doc else ""
        rows.append(f"<li>{f'<b>{amount}</b>: ' if amount else ''}{esc(fact.text)}{cite}</li>")
    return f'<h5>Facts</h5><ul>{"".join(rows)}</ul>' if rows else ""


#: Quotation marks a sentence may open with itself: the popup's <q> adds none then.
_OPENING = "\"'“„«‘‚‹「『"
#: A closing mark and the opening ones it pairs with. A sentence that closes one it never opened
#: (We left at night,” he said.) closes a quote of its own; one that opened it (He called it
#: “the door”.) only holds one. The single ’ is left out: it is an apostrophe as often (migrants’).
_PAIRS = {"”": "“„", "»": "«", "›": "‹", "」": "「", "』": "『"}
_DOUBLE = "\"“”„«»「」『』"


def _own_marks(bare: str) -> bool:
    """Whether a quote opens with quotation marks of its own or closes one it did not open."""
    if bare[:1] in _OPENING:
        return True
    if bare.count('"') % 2:
        return True
    return any(bare.count(end) > sum(bare.count(o) for o in opens) for end, opens in _PAIRS.items())


def quoted(text: str, body: str) -> str:
    """`body` (escaped HTML of `text`) in a <q>: marked as a quote by the page's quotation marks,
    unless the text already opens or closes with its own (a speaker's words: “We left at night,”
    he said.), which would double them; single marks round a text that holds double ones."""
    bare = text.strip()
    if _own_marks(bare):
        return f'<q class="own">{body}</q>'
    if any(c in _DOUBLE for c in bare):
        return f'<q class="inner">{body}</q>'
    return f"<q>{body}</q>"


def _quotes(name: str, quotes: Sequence[Quote], max_quotes: int) -> str:
    if not quotes:
        return ""
    rows = []
    for q in quotes[:max_quotes]:
        body = highlight(q.quote, _terms(name, q), q.highlight) if q.quote else "<i>no quote</i>"
        rows.append(f'<li>{quoted(q.quote, body)} <cite>{esc(q.doc)}</cite></li>')
    more = len(quotes) - max_quotes
    extra = f"<p>and {more} more quotes</p>" if more > 0 else ""
    return f'<h5>Sources</h5><ul class="q">{"".join(rows)}</ul>{extra}'




def reasons(cue: str) -> list[tuple[str, str]]:
    """(rule id, matched words) for each rule a cue names, each set of words once:
    "launch.departure: “boats leaving Senegal”" gives [("launch.departure", "boats leaving Senegal")]."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for rule, words in cue_rules(cue):
        if words not in seen:
            seen.add(words)
            out.append((rule, words))
    return out


def _why(cue: str) -> str:
    """The reader's line: why a role was given, as the article's own words, without rule ids.

    Only the words: a rule's name or a label per rule promised more than the words hold (a rule
    named "fled" matches "were from", one for "heading for" matches "living in"), and the popup's
    role line already says what the words were taken for."""
    found = [words for _, words in reasons(cue) if words.strip()]
    if not found:
        return ""
    said = "; ".join(quoted(words, esc(words)) for words in found[:4])
    more = f" and {len(found) - 4} more" if len(found) > 4 else ""
    return f'<p class="why"><b>Why:</b> {said}{more}</p>'


def _audit_details(f, place_confidence: float | None = None) -> str:
    """Rule ids and the two confidences: shown only while the Audit layer is on."""
    rows = []
    # Their explanations (PLACE_CONFIDENCE, ROLE_CONFIDENCE) are added by geomig.js when the popup
    # opens: written once per page, not once per feature (11,000 features would repeat them).
    if f.role == "place":                   # a place mentioned has no role: its confidence is the place's
        place_confidence = f.confidence
    if (conf := _confidence(place_confidence)):
        rows.append(f"place confidence {conf}")
    if f.role != "place" and (conf := _confidence(f.confidence)):
        rows.append(f"role confidence {conf}")
    rules = sorted({rule for rule, _ in cue_rules(f.cue)})
    if rules:
        rows.append(f"rules: {esc(', '.join(rules))}")
    elif f.cue:
        rows.append(f"cue: {esc(f.cue)}")
    # Compact: a dense map has thousands of popups.
    return f'<p class="ga">{" · ".join(rows)}</p>' if rows else ""


def _stops(item: Item, styles: Styles) -> str:
    """A route's stops in order, each leg's mode between them.

    From the legs the picture states, even where its lines do not pair with them one to one
    (a leg written with no line of its own): the stops and modes still hold, and the popup read
    "? unknown mode → ? unknown mode → ?" for a route of five named stops."""
    legs = item.legs
    props = item.feature.properties
    every = [d for d in props.get("stated_legs") or () if isinstance(d, Mapping)]    # see features.as_drawn
    stated = every or [d for d in props.get("legs") or () if isinstance(d, Mapping)]
    if stated and (every or len(stated) != len(legs)):
        legs = tuple(stated_leg(d) for d in stated)
    if not legs:
        return ""
    parts = [esc(legs[0].start_name or "?")]
    for leg in legs:
        if leg.start and leg.start == leg.end:      # a hop between a stop and its coast: no stop of its own
            continue
        sea = f" ({esc(leg.sea)})" if leg.sea else ""
        # in the legend's words (a mode the styles lack, from a picture file, as written)
        own = styles.leg_key(leg.mode) == (leg.mode or "unknown")
        says = (styles.leg(leg.mode).get("says") if own else None) or leg.mode or "unknown mode"
        parts.append(f'<span class="mode">{esc(says)}{sea} →</span> {esc(leg.end_name or "?")}')
    return f'<h5>Stops</h5><p class="stops">{" ".join(parts)}</p>'


def _support(p: dict) -> str:
    """How many documents support a merged feature, and when (a corpus map's n_documents,
    first_date and last_date); "" when the picture does not say."""
    n = p.get("n_documents")
    if not isinstance(n, int) or isinstance(n, bool) or n < 1:
        return ""
    first, last = p.get("first_date"), p.get("last_date")
    when = ""
    if isinstance(first, str) and isinstance(last, str) and first:
        when = f", {esc(first)}" if first == last else f", {esc(first)} to {esc(last)}"
    return f'<p class="n">Reported in {n:,} document{"s" if n != 1 else ""}{when}</p>'


def _route_quotes(item: Item) -> tuple[list[Quote], int]:
    """A route's sentences that name one of its stops (its legs are read from them), and how many
    others it was read from; all of them when none names a stop (the stops go by other names
    there). A route read from a whole story cites every sentence of it, and a checkpoint in a
    town it does not pass tells a reader nothing of its legs."""
    names = _stop_names(item)
    quotes = [Quote.of(s) for s in item.feature.sources]
    kept = [q for q in quotes if any(_whole_word(n).search(q.quote) for n in names)]
    if not kept:
        return quotes, 0
    return kept, len(quotes) - len(kept)


def _stop_names(item: Item) -> list[str]:
    """The names of a route's stops, as its legs and stops state them."""
    props = item.feature.properties
    names = [n for n in props.get("stop_names") or () if isinstance(n, str)]
    for leg in item.legs:
        names += [leg.start_name, leg.end_name]
    for d in props.get("stated_legs") or props.get("legs") or ():
        if isinstance(d, Mapping):
            names += [v for v in (d.get("from_name"), d.get("to_name")) if isinstance(v, str)]
    return [n for n in dict.fromkeys(names) if n and n.strip()]


def _role_label(item: Item, styles: Styles) -> str:
    """What a feature is, in the legend's words: its role, its control type, or "Route"."""
    f = item.feature
    role = f.role or "place"
    if role == "control_zone":
        return styles.control(f.properties.get("control"))["label"]
    if role == "route":
        return "Route"
    return styles.role(role)["label"]


def _body(item: Item, styles: Styles, place_confidence: float | None) -> list[str]:
    """What a feature's popup says under its heading: warning, support, why (in the article's
    words), details, a route's stops, facts, quotes and the Audit layer's rule ids."""
    f = item.feature
    p = f.properties
    parts = [f'<p class="w">⚠ {esc(p["warning"])}</p>'] if p.get("warning") else []
    parts.append(_support(p))
    if f.role != "route":
        parts.append(_why(f.cue))
    details = [(label, p.get(key)) for key, label in (("control", "Control"), ("actor", "Actor"),
                                                     ("affiliation", "Affiliation"))]
    rows = "".join(
        f"<tr><th>{label}</th><td>{esc(', '.join(map(str, value)) if isinstance(value, list) else value)}</td></tr>"
        for label, value in details if value
    )
    if rows:
        parts.append(f"<table>{rows}</table>")
    parts.append(_stops(item, styles))
    parts.append(_facts(f.facts))
    quotes, left = _route_quotes(item) if f.role == "route" else ([Quote.of(s) for s in f.sources], 0)
    parts.append(_quotes(item.label or "unnamed", quotes, int(styles.map.get("max_quotes", 100))))
    if left:
        parts.append(f'<p class="n">{left} other sentence{"s" if left != 1 else ""} of the story name{"" if left != 1 else "s"} '
                     "none of its stops</p>")
    parts.append(_audit_details(f, place_confidence))
    return parts


def feature_popup(item: Item, styles: Styles, place_confidence: float | None = None) -> str:
    """The popup of one picture feature (the inside of its <div class="geomig-popup">): name, role, how many documents report it and when,
    why (in the article's words), details, a route's stops, facts and quotes; rule ids and the
    two confidences (the place's, given here, and the role's) for the Audit layer only."""
    f = item.feature
    meta = [esc(_role_label(item, styles))]
    if isinstance(f.id, str) and f.id:
        meta.append(gazetteer_link(f.id))
    # No <div class="geomig-popup"> round it: geomig.js wraps each popup as it binds it (32 bytes
    # a feature, 350 kB on a map of 11,000).
    parts = [f"<h4>{esc(item.label or 'unnamed')}</h4>", f'<p class="m">{" · ".join(meta)}</p>']
    return "".join(parts + _body(item, styles, place_confidence))


def place_popup(roles: Sequence[Item], styles: Styles, place_confidence: float | None = None) -> str:
    """The popup of a place of several roles (features.shared_places, strongest first): its name,
    every role in the line under it, then a part per role, edged in the role's colour, saying
    why and quoting its sources as a feature's popup does (the feature's name heads its part
    where it differs from the place's)."""
    lead = roles[0]
    name = lead.label or "unnamed"
    labels = list(dict.fromkeys(_role_label(it, styles) for it in roles))
    meta = [esc(label) for label in labels]
    if isinstance(lead.feature.id, str) and lead.feature.id:
        meta.append(gazetteer_link(lead.feature.id))
    parts = [f"<h4>{esc(name)}</h4>", f'<p class="m">{" · ".join(meta)}</p>']
    for it in roles:
        own = f" ({esc(it.label)})" if it.label and it.label != name else ""
        colour = esc(styles.role(it.feature.role or "place")["color"])
        parts.append(f'<div class="r" style="border-color:{colour}"><h5 class="role">{esc(_role_label(it, styles))}{own}</h5>'
                     f'{"".join(_body(it, styles, place_confidence))}</div>')
    return "".join(parts)


def audit_popup(place: AuditPlace, styles: Styles) -> str:
    """Popup of an uncertain place in the Audit layer: why it is doubtful and what else it may be."""
    meta = [esc(styles.section("audit")["label_chosen"])]
    if (conf := _confidence(place.confidence)):
        meta.append(f"place confidence {conf}")
    if place.margin is not None:
        meta.append(f"margin {place.margin:.2f}")
    if place.id:
        meta.append(gazetteer_link(place.id))
    alts = "".join(
        f"<li>{esc(a.name)}{f' ({esc(a.country)})' if a.country else ''}"
        f"{f' · score {a.score:.2f}' if a.score is not None else ''}"
        f"{' · ' + gazetteer_link(a.id) if a.id else ''}</li>"
        for a in place.alternatives
    )
    flags = f'<p class="w">{esc(", ".join(place.flags))}</p>' if place.flags else ""
    return (
        f'<div class="geomig-popup geomig-audit"><h4>{esc(place.name)}</h4>'
        f'<p class="m">{" · ".join(meta)}</p>{flags}'
        '<p class="note pc"></p>'
        f"<h5>Other readings</h5><ol>{alts}</ol>"
        f"{_quotes(place.name, place.quotes, int(styles.map.get('max_quotes', 100)))}</div>"
    )


def alternative_popup(alt: Alternative, chosen: AuditPlace) -> str:
    """Popup of a faded alternative in the Audit layer."""
    score = f" · score {alt.score:.2f}" if alt.score is not None else ""
    country = f" ({esc(alt.country)})" if alt.country else ""
    link = gazetteer_link(alt.id) if alt.id else ""
    return (
        f'<div class="geomig-popup geomig-alt"><h4>{esc(alt.name)}{country}</h4>'
        f'<p class="m">Alternative reading of <b>{esc(chosen.name)}</b>{score}</p>'
        f"<p>{link}</p></div>"
    )


def arc_path(cx: float, cy: float, r: float, n: int, gap_degrees: float) -> list[str]:
    """SVG path data of n arcs splitting a circle, clockwise from the top, `gap_degrees` apart
    (the same split geomig.js draws round a marker of several roles)."""
    out = []
    for i in range(n):
        a0, a1 = (math.radians(-90 + (i + k) * 360 / n + (gap_degrees / 2 if k == 0 else -gap_degrees / 2))
                  for k in (0, 1))
        large = 1 if a1 - a0 > math.pi else 0
        out.append(f"M{cx + r * math.cos(a0):.2f} {cy + r * math.sin(a0):.2f}"
                   f"A{r} {r} 0 {large} 1 {cx + r * math.cos(a1):.2f} {cy + r * math.sin(a1):.2f}")
    return out


def swatch(kind: str, color: str, fill: str = "", dash: str = "", ring: Sequence[str] = (),
           gap_degrees: float = 24.0) -> str:
    """A small inline SVG legend swatch: a dot, a line, an area, or (kind "several") a dot in a
    ring of one arc per colour of `ring`."""
    c, f, d = esc(color), esc(fill or color), esc(dash)
    if kind == "several":
        arcs = "".join(f'<path d="{p}" stroke="{esc(colour)}" stroke-width="2" fill="none"/>'
                       for p, colour in zip(arc_path(9, 8, 6.5, len(ring), gap_degrees), ring, strict=True))
        shape = f'<circle cx="9" cy="8" r="3.5" stroke="{c}" stroke-width="1" fill="{f}"/>{arcs}'
        return f'<svg class="geomig-several" width="18" height="16" viewBox="0 0 18 16" aria-hidden="true">{shape}</svg>'
    if kind == "ring":
        shape = f'<circle cx="9" cy="8" r="6" stroke="{c}" stroke-width="2" stroke-dasharray="{d}" fill="none"/>'
    elif kind == "point":
        shape = f'<circle cx="9" cy="8" r="5.5" stroke="{c}" stroke-width="2" fill="{f}" fill-opacity="0.85"/>'
    elif kind == "line":
        shape = f'<path d="M1 8 H13" stroke="{c}" stroke-width="3" stroke-dasharray="{d}"/><path d="M12 4 L17 8 L12 12 Z" fill="{c}"/>'
    else:
        shape = (f'<rect x="1.5" y="2.5" width="15" height="11" stroke="{c}" stroke-width="1.5" '
                 f'stroke-dasharray="{d}" fill="{f}" fill-opacity="0.45"/>')
    return f'<svg width="18" height="16" viewBox="0 0 18 16" aria-hidden="true">{shape}</svg>'


def legend(entries: Sequence[tuple[str, ...]]) -> str:
    """Legend HTML from (swatch html, label[, layer label]) rows; a row that names its layer is
    shown only while that layer is on (geomig.js)."""
    rows = "".join(
        f'<li{f" data-layer={chr(34)}{esc(row[2])}{chr(34)}" if len(row) > 2 and row[2] else ""}>{row[0]}'
        f"<span>{esc(row[1])}</span></li>" for row in entries)
    return f'<p class="geomig-h">Legend</p><ul class="geomig-legend-list">{rows}</ul>'


def footer(documents: Sequence[str], gazetteer: str, version: str, when: str) -> str:
    """Provenance: source documents, gazetteer and geomig versions, generation time."""
    docs = "".join(f"<li>{esc(d)}</li>" for d in documents) or "<li>none</li>"
    n = len(documents)
    return (
        # The versions fold away on a narrow map (geomig.css), where they took four lines.
        f"<details><summary>Sources: {n} document{'s' if n != 1 else ''}<span class='geomig-prov'> · gazetteer {esc(gazetteer)}"
        f" · geomig {esc(version)} · {esc(when)}</span></summary>"
        f'<ul class="geomig-docs">{docs}</ul>'
        "<p>Places: GeoNames (CC BY 4.0); boundaries: Natural Earth (public domain).</p></details>"
    )
