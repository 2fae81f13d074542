"""Every geocoding decision, flagged for review, and writers for people and scripts.

`audit(docs)` turns geocoded documents (run with ``keep_rejected=True`` so the
phrases geomig turned down come back too) into AuditRows, worst first; given the
documents' picture too, each row also carries the roles the picture gives its place in
that sentence, with the rule ids that fired and the role confidence. The writers
(`to_csv`, `to_json`, `to_html`) return strings; writing files is the caller's job.
`audit_layer_rows` picks the rows the map's Audit layer draws.

Two confidences, explained in every report (PLACE_CONFIDENCE, ROLE_CONFIDENCE): a
mention's own (is this the right place?) and a role's (does the text give it that role?).
"""

from __future__ import annotations

import html
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from geomig.audit.hints import hint as hint_of
from geomig.audit.hints import unplaced
from geomig.audit.places import SamePlace, margin_to_rivals, readable_evidence, same_place
from geomig.audit.rows import NOT_A_PLACE, RANK, AuditRow, RoleNote
from geomig.evaluate.metrics import sentence_around
from geomig.models import Candidate, GeocodedDocument, Mention
from geomig.documents.outputs import csv_cell, csv_writer
from geomig.picture.model import PLACE_CONFIDENCE, ROLE_CONFIDENCE, cue_rules

if TYPE_CHECKING:
    from geomig.audit.gate import GateDecision
    from geomig.audit.routes_zones import RouteAudit, ZoneAudit
    from geomig.gazetteer.index import Gazetteer
    from geomig.picture.model import Picture

#: A runner-up whose score comes within this of the confidence makes a choice "ambiguous".
AMBIGUOUS_MARGIN = 0.2
#: Mention flags (set by the recogniser/resolver) and the audit flag each becomes.
MENTION_FLAGS = {"vague": "vague-region", "organisation": "organisation", "unresolved": "unresolved",
                 "person": "person", "common-word": "common-word", "overridden": "overridden"}

#: Roles a mention's place can be given (a plain place is no role; a route has no single place).
_ROLES = ("launch_point", "destination", "transit", "origin", "control_zone")


def _sentence(gdoc: GeocodedDocument, m: Mention) -> str:
    if 0 <= m.sentence < len(gdoc.sentences):
        start, end = gdoc.sentences[m.sentence]
        if start <= m.start and m.end <= end:
            return gdoc.text[start:end].strip()
    lo, hi = sentence_around(gdoc.text, m.start, m.end)
    return gdoc.text[lo:hi].strip()


def __getattr__(name: str):
    # MIN_CONFIDENCE (the --min-confidence default) is read when first asked for: it is the
    # picture stage's setting, and loading that stage costs a CLI start that does not audit.
    if name == "MIN_CONFIDENCE":
        return default_min_confidence()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def default_min_confidence() -> float:
    """Below this confidence a chosen place is flagged "low-confidence" (--min-confidence):
    geomig.picture.low_confidence(), the one setting the picture and the map's Audit layer share."""
    from geomig.picture import low_confidence

    return low_confidence()


def flags_of(m: Mention, *, min_confidence: float | None = None, ambiguous_margin: float = AMBIGUOUS_MARGIN,
             same: tuple[SamePlace, ...] = ()) -> tuple[tuple[str, ...], float | None]:
    """The audit flags of a mention and its margin to the best rival, a runner-up that is
    not the same place (`same`: see geomig/audit/places.py; min_confidence: see
    MIN_CONFIDENCE)."""
    if min_confidence is None:
        min_confidence = default_min_confidence()
    margin = margin_to_rivals(m, same)
    flags: list[str] = []
    if m.id is not None and "overridden" not in m.flags:
        if m.confidence < min_confidence:
            flags.append("low-confidence")
        if margin is not None and margin < ambiguous_margin:
            flags.append("ambiguous")
    for f in m.flags:
        mapped = MENTION_FLAGS.get(f, f)
        if mapped not in flags:
            flags.append(mapped)
    if m.id is None and not {"unresolved", "organisation", *NOT_A_PLACE} & set(flags):
        flags.append("unresolved")
    return tuple(flags), margin


def _role_index(picture: Picture) -> dict[tuple[str, str], list[tuple[int, int, str, RoleNote]]]:
    """(doc, place id) -> the sentences (start, end, text) giving that place a role, and the role."""
    index: dict[tuple[str, str], list[tuple[int, int, str, RoleNote]]] = {}
    for f in picture.features:
        if f.role not in _ROLES or not f.id:
            continue
        fired = cue_rules(f.cue)
        for s in f.sources:
            # The rules whose words this sentence holds; all of the feature's when none is found
            # (a cue may quote words a sentence spells differently).
            here = [(rule, words) for rule, words in fired if words and words.lower() in s.quote.lower()]
            pairs = list(dict.fromkeys(here or [(rule, "") for rule, _ in fired]))
            note = RoleNote(f.role, tuple(rule for rule, _ in pairs), float(f.confidence),
                            tuple(words for _, words in pairs))
            index.setdefault((s.doc, f.id), []).append((s.start, s.end, s.quote, note))
    return index


def _roles_of(index: dict, doc: str, m: Mention) -> tuple[RoleNote, ...]:
    notes = [note for start, end, _, note in index.get((doc, m.id), ()) if start <= m.start and m.end <= end]
    return tuple(dict.fromkeys(notes))


def audit(docs: Iterable[GeocodedDocument], *, min_confidence: float | None = None,
          ambiguous_margin: float = AMBIGUOUS_MARGIN, picture: Picture | None = None,
          gazetteer: Gazetteer | None = None) -> list[AuditRow]:
    """Every mention of every document as an AuditRow, worst first.

    With the documents' `picture` (geomig.extract of the same documents), each row carries
    the roles the picture gives its place in the mention's sentence (RoleNote). With the
    `gazetteer`, a town's own state counts as the same place, not a rival, and the evidence
    names divisions instead of giving their codes (without it: same-name candidates only,
    and the codes are left out).
    Order: review rank (see RANK), then confidence and margin ascending, then
    document and position, so equal inputs always give the same order.
    """
    rows: list[AuditRow] = []
    if min_confidence is None:
        min_confidence = default_min_confidence()
    index = _role_index(picture) if picture is not None else {}
    for gdoc in docs:
        for m in gdoc.mentions:
            same = same_place(m, gazetteer)
            flags, margin = flags_of(m, min_confidence=min_confidence, ambiguous_margin=ambiguous_margin, same=same)
            row = AuditRow(
                doc=gdoc.doc, text=m.text, start=m.start, end=m.end, sentence=_sentence(gdoc, m),
                kind=m.kind, id=m.id, name=m.name, country=m.country, lat=m.lat, lon=m.lon,
                confidence=m.confidence, margin=margin, alternatives=m.alternatives,
                evidence=readable_evidence(m, gazetteer), flags=flags,
                roles=_roles_of(index, gdoc.doc, m) if m.id else (), same_place=same,
            )
            rows.append(replace(row, hint=hint_of(row)) if m.id is None else row)
    rows.sort(key=lambda r: (r.rank, r.confidence, 1.0 if r.margin is None else r.margin, r.doc, r.start, r.end))
    return rows


# --------------------------------------------------------------------------- map layer

def audit_layer_rows(rows: Iterable[AuditRow]) -> list[AuditRow]:
    """The rows the map's Audit layer draws: placed mentions flagged low-confidence or
    ambiguous (geomig.maps.render(..., audit=rows) merges them per chosen place)."""
    return [r for r in rows if r.lat is not None and r.lon is not None
            and {"low-confidence", "ambiguous"} & set(r.flags)]


# --------------------------------------------------------------------------- writers

CSV_COLUMNS = ("doc", "start", "end", "text", "kind", "id", "name", "country", "lat", "lon",
               "confidence", "margin", "flags", "alternatives", "evidence", "sentence",
               "roles", "role_confidence", "rules", "same_place", "hint", "gate", "gate_probability")
_CSV_NUMBERS = frozenset({"start", "end", "lat", "lon", "confidence", "margin", "gate_probability"})


def _alternatives_text(alternatives: Sequence[Candidate], kin: frozenset[str] = frozenset()) -> str:
    return "; ".join(f"{a.id} {a.name} ({a.country or '-'}) {a.score:.3f}" + (" same place" if a.id in kin else "")
                     for a in alternatives)


def same_place_text(row: AuditRow) -> str:
    """"Tapachula (geonames:8581774): same name, 4 km away"; "; "-joined."""
    names = {a.id: a.name for a in row.alternatives}
    return "; ".join(f"{names.get(s.id, s.id)} ({s.id}): {s.why}" for s in row.same_place)


def to_csv(rows: Iterable[AuditRow], *, gates: Sequence[GateDecision] = ()) -> str:
    """A spreadsheet: one row per mention, flags and alternatives joined by '; ', and the
    document gate's decision on its document with the topic model's probability (`gates`;
    empty cells without them).

    Text cells that start like a formula ("=", "+", "-", "@") get a leading "'", so a
    document cannot make a spreadsheet run =HYPERLINK(...); numbers stay numbers.
    """
    buf = io.StringIO()
    writer = csv_writer(buf)  # quotes a cell with a bare CR too
    writer.writerow(CSV_COLUMNS)
    gate_of = {g.doc: g for g in gates}
    for r in rows:
        d = r.to_dict()
        gate = gate_of.get(r.doc)
        probability = None if gate is None else gate.to_dict()["probability"]
        cells = (
            r.doc, r.start, r.end, r.text, r.kind, r.id or "", r.name or "", r.country or "",
            "" if d["lat"] is None else d["lat"], "" if d["lon"] is None else d["lon"],
            f"{r.confidence:.3f}", "" if r.margin is None else f"{r.margin:.3f}",
            "; ".join(r.flags), _alternatives_text(r.alternatives, r.kin), r.evidence, r.sentence,
            "; ".join(n.role for n in r.roles), "; ".join(f"{n.confidence:.3f}" for n in r.roles),
            "; ".join(",".join(n.rules) for n in r.roles), same_place_text(r), r.hint,
            "" if gate is None else gate.decision, "" if probability is None else probability,
        )
        # Only text columns are guarded: a margin of "-0.120" is a number, not a formula.
        writer.writerow([v if c in _CSV_NUMBERS else csv_cell(v)
                         for c, v in zip(CSV_COLUMNS, cells, strict=True)])
    return buf.getvalue()


def to_json(rows: Iterable[AuditRow], *, routes: Sequence[RouteAudit] | None = None,
            zones: Sequence[ZoneAudit] | None = None, gates: Sequence[GateDecision] | None = None) -> str:
    """{"confidences": what each means, "mentions": [...], "unplaced": the names not placed,
    why and how to correct them} with stable key order and rounding (golden-file friendly);
    "documents" (the document gate's decision on each: geomig/audit/gate.py), "routes" and
    "zones" (geomig/audit/routes_zones.py) when given."""
    rows = list(rows)
    out: dict = {"confidences": {"place": PLACE_CONFIDENCE, "role": ROLE_CONFIDENCE},
                 "mentions": [r.to_dict() for r in rows], "unplaced": [u.to_dict() for u in unplaced(rows)]}
    if gates is not None:
        out["documents"] = [g.to_dict() for g in gates]
    if routes is not None:
        out["routes"] = [r.to_dict() for r in routes]
    if zones is not None:
        out["zones"] = [z.to_dict() for z in zones]
    return json.dumps(out, indent=2, ensure_ascii=False) + "\n"


def confidence_class(row: AuditRow) -> str:
    """CSS class of a highlighted mention: its confidence band, or why it has no place."""
    if row.id is None:
        # Words turned down as persons or common words are many and rarely places: fainter.
        return "faint" if row.rank > RANK["overridden"] else "none"
    if "overridden" in row.flags:
        return "fixed"
    return "high" if row.confidence >= 0.8 else "mid" if row.confidence >= default_min_confidence() else "low"


_CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d2329;background:#f6f7f9}
header{padding:1rem 2rem;background:#24313f;color:#fff}header h1{margin:0;font-size:1.3rem}
header p{margin:.3rem 0 0;opacity:.85}header p.explain{font-size:13px}
.legend span{display:inline-block;margin-right:1rem}
section{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.25fr);gap:1.5rem;padding:1rem 2rem;
 border-bottom:1px solid #d8dde3}
section h2{grid-column:1/-1;margin:.2rem 0;font-size:1.05rem;word-break:break-all}
.text{white-space:pre-wrap;background:#fff;padding:1rem;border:1px solid #d8dde3;border-radius:4px}
mark{padding:0 .1em;border-radius:3px;color:inherit}
mark.high{background:#bfe5c6}mark.mid{background:#ffe08a}mark.low{background:#ffb3a7}
mark.fixed{background:#b9d3ff}mark.none{background:none;border-bottom:2px dashed #6b747c}
mark.faint{background:none;border-bottom:1px dotted #b3bac1}
.decisions{overflow-x:auto}td small{overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;background:#fff;font-size:13px}
th,td{border:1px solid #d8dde3;padding:.25rem .4rem;text-align:left;vertical-align:top}
th{background:#eef1f4}td.flags{color:#a3261a}td small{color:#5b6670}
.gate{grid-column:1/-1;margin:0;font-size:13px}.gate.off{color:#a3261a}
.swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:-.1em}
@media (max-width:1500px){section{grid-template-columns:minmax(0,1fr)}}
"""

_LEGEND = (("high", "#bfe5c6", "confident (>= 0.8)"), ("mid", "#ffe08a", "uncertain"),
           ("low", "#ffb3a7", "low confidence"), ("fixed", "#b9d3ff", "overridden"),
           ("none", "#ffffff", "no place chosen (dashed)"))


def _placed(text: str, rows: Sequence[tuple[str, AuditRow]]) -> list[tuple[str, AuditRow]]:
    """The mentions that get a <mark>: in text order, skipping nested or stale spans."""
    out, at = [], 0
    for k, r in sorted(rows, key=lambda kr: (kr[1].start, -kr[1].end)):
        if r.start >= at and r.end <= len(text):
            out.append((k, r))
            at = r.end
    return out


def _highlighted(text: str, placed: Sequence[tuple[str, AuditRow]]) -> str:
    """The text, HTML-escaped, with each placed mention wrapped in a <mark>."""
    parts, at = [], 0
    for k, r in placed:
        title = f"{r.name or 'no place'} ({r.id or '-'}), confidence {r.confidence:.2f}"
        parts.append(html.escape(text[at:r.start]))
        parts.append(f'<mark id="{html.escape(k)}" class="{confidence_class(r)}" title="{html.escape(title)}">'
                     f"{html.escape(text[r.start:r.end])}</mark>")
        at = r.end
    parts.append(html.escape(text[at:]))
    return "".join(parts)


def _decision_cells(r: AuditRow, anchor: str | None) -> str:
    e = html.escape
    place = (f"{e(r.name or '')} <small>{e(r.id or '')} {e(r.country or '')}</small>"
             if r.id else "<small>no place</small>")
    alts = "<br>".join(f"{e(a.name)} <small>{e(a.id)} {e(a.country or '')} {a.score:.2f}"
                       f"{' same place' if a.id in r.kin else ''}</small>" for a in r.alternatives)
    margin = "" if r.margin is None else f"{r.margin:.2f}"
    mention = f'<a href="#{e(anchor)}">{e(r.text)}</a>' if anchor else e(r.text)
    roles = "<br>".join(f"{e(n.role.replace('_', ' '))} {n.confidence:.2f} <small>{e(', '.join(n.rules))}</small>"
                        + "".join(f" <q>{e(w)}</q>" for w in n.words if w) for n in r.roles)
    extra = "".join(f"<br><small>{e(note)}</small>" for note in (
        f"not rivals (the same place): {same_place_text(r)}" if r.same_place else "", r.hint) if note)
    return (f"<td>{mention}</td><td>{place}</td>"
            f"<td>{r.confidence:.2f}</td><td>{margin}</td><td class=\"flags\">{e(', '.join(r.flags))}</td>"
            f"<td>{roles}</td><td>{alts}</td><td><small>{e(r.evidence)}</small>{extra}</td>")


def to_html(docs: Sequence[GeocodedDocument], rows: Iterable[AuditRow], *,
            title: str = "geomig audit", routes: Sequence[RouteAudit] = (), zones: Sequence[ZoneAudit] = (),
            gates: Sequence[GateDecision] = ()) -> str:
    """A standalone page: each document, under the document gate's decision on it (`gates`),
    with its places highlighted by confidence and its decisions beside it, then the routes
    and zones (as text_sections words them). Every piece of text is HTML-escaped; there is
    no script."""
    e = html.escape
    gate_of = {g.doc: g for g in gates}
    by_doc: dict[str, list[AuditRow]] = {}
    for r in rows:
        by_doc.setdefault(r.doc, []).append(r)
    total = sum(len(v) for v in by_doc.values())
    flagged = sum(1 for v in by_doc.values() for r in v if r.needs_review)
    legend = "".join(f'<span><i class="swatch" style="background:{color}"></i> {e(label)}</span>'
                     for _, color, label in _LEGEND)
    out = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title><style>{_CSS}</style></head><body>",
        f"<header><h1>{e(title)}</h1><p>{len(docs)} document(s), {total} mention(s), "
        f"{flagged} to review.</p><p class=\"legend\">{legend}</p>"
        f'<p class="explain">{e(PLACE_CONFIDENCE)}<br>{e(ROLE_CONFIDENCE)} '
        "Rule ids name the cue rules (geomig/picture/cues.toml) that gave the role.</p></header>",
    ]
    for i, gdoc in enumerate(docs):
        doc_rows = by_doc.get(gdoc.doc, [])
        anchored = [(f"d{i}-m{k}", r) for k, r in enumerate(doc_rows)]
        placed = _placed(gdoc.text, anchored)
        marked = {k for k, _ in placed}
        out.append(f"<section><h2>{e(gdoc.doc)}</h2>")
        if gdoc.doc in gate_of:
            g = gate_of[gdoc.doc]
            out.append(f'<p class="gate{"" if g.on_topic else " off"}">Document gate: {e(g.why)}</p>')
        out.append(f'<div class="text">{_highlighted(gdoc.text, placed)}</div>')
        out.append('<div class="decisions"><table><thead><tr><th>mention</th><th>place</th><th>place conf.</th>'
                   "<th>margin</th><th>flags</th><th>role, role conf., rules</th><th>alternatives</th><th>evidence</th>"
                   "</tr></thead><tbody>")
        out.extend(f"<tr>{_decision_cells(r, anchor if anchor in marked else None)}</tr>"
                   for anchor, r in anchored)
        out.append("</tbody></table></div></section>")
    more = text_sections([], routes, zones)
    if more:
        out.append(f'<section class="picture"><pre class="text">{html.escape(chr(10).join(more).strip())}</pre></section>')
    out.append("</body></html>\n")
    return "\n".join(out)


# --------------------------------------------------------------------------- plain text

def text_sections(rows: Sequence[AuditRow], routes: Sequence[RouteAudit] = (),
                  zones: Sequence[ZoneAudit] = (), gates: Sequence[GateDecision] = ()) -> list[str]:
    """What the terminal prints below the mentions: the document gate's decision on each
    document, the names not placed (why, and how to correct them), then the routes and the
    zones, least confident first, each with the rules that fired on which words. Plain lines
    ([] when there is nothing to say)."""
    from geomig.audit.gate import gate_lines
    from geomig.audit.hints import unplaced_lines
    from geomig.audit.routes_zones import route_lines, zone_lines

    names = unplaced(rows)
    several = len({f.doc for item in (*routes, *zones) for f in _words_of(item)}) > 1
    lines: list[str] = []
    for title, body in ((f"Documents ({len(gates)}): is each about migration? (the document gate)",
                         gate_lines(gates)),
                        (f"Names found and not placed ({len(names)}): why, and how to correct it",
                         unplaced_lines(names)),
                        (f"Routes ({len(routes)}), least confident first (left: route confidence)",
                         [line for r in routes for line in ("", *route_lines(r, several))][1:]),
                        (f"Control zones ({len(zones)}), least confident first (left: zone confidence)",
                         [line for z in zones for line in ("", *zone_lines(z, several))][1:])):
        if body:
            lines += ["", title, "", *body]
    return lines


def _words_of(item: RouteAudit | ZoneAudit):
    """The Fired words of a route (its stops' and its sentences') or of a zone."""
    if hasattr(item, "stops"):
        return [*item.read_from, *(f for s in item.stops for f in s.fired)]
    return item.fired
