"""The keyword prefilter of cues.py: keywords read off the compiled patterns, and a
sentence tried only against cues whose keywords it holds, with the same hits as before."""

from __future__ import annotations

import re
from array import array
from importlib import resources

import pytest
from extract_helpers import annotate

from geomig.picture import cues


@pytest.mark.parametrize("pattern, expected", [
    (r"set sail from", {"set sail from"}),
    (r"depart(?:ed|s)?", {"depart"}),
    (r"(?:left|fled) for", {" for"}),
    (r"(?:crossing|crossed|reached)\s+the", {"crossing", "crossed", "reached"}),
    (r"(?:boats?|ships?) (?:left|sailed)", {"boat", "ship"}),
    (r"\w+ \w+", None),                     # nothing literal
    (r"(?:on|at)", None),                   # literals too short to filter
    (r"(?:arrived|\w+ed)", None),           # a branch that needs no literal
    (r"(?:ashore)?\s+in\s+", None),         # optional parts require nothing
    (r"(?:ARRIVALS)+", {"arrivals"}),       # repeated at least once; case folded
    (r"(?:swimming|swims|swam|swum)", {"swimming", "swims", "swam", "swum"}),  # parsed as sw(?:imming|...)
], ids=["literal-run", "prefix-of-branch", "longest-run-wins", "branch-union", "factored-branch",
        "no-literal", "too-short", "open-branch", "optional", "repeat-and-case", "shared-prefix"])
def test_required_keywords_are_read_off_the_regex(pattern, expected):
    found = cues.required_keywords(re.compile(pattern, re.IGNORECASE))
    assert found == (None if expected is None else frozenset(expected))


@pytest.mark.parametrize("pattern, text", [
    (r"set sail from", "They SET SAIL FROM the port."),
    (r"depart(?:ed|s)?", "The boat Departs at dawn."),
    (r"(?:boats?|ships?) (?:left|sailed)", "Two ships sailed."),
    (r"kept going", "Keptgoing is not it, but kept going is."),
    (r"asked", "They \u0430sked, then ASKED again."),
    (r"(?:swimming|swims|swam|swum) to", "He swam to the shore; they swum TO it."),
])
def test_every_match_holds_a_keyword(pattern, text):
    rx = re.compile(pattern, re.IGNORECASE)
    words = cues.required_keywords(rx)
    folded = text.translate(cues._FOLD).lower()
    for m in rx.finditer(text):
        assert any(w in m.group().translate(cues._FOLD).lower() for w in words)
    assert any(w in folded for w in words) == bool(rx.search(text))


@pytest.mark.parametrize("text", [
    "Boats left Izmir at dawn.",                            # none of the four letters
    "Boats left \u0130zmir at dawn.",                       # dotted capital I: lowers to two characters
    "Boats left Di\u0307yarbak\u0131r; KELVIN \u212a, lo\u017ft.",   # dotless i, Kelvin sign, long s
    "",
], ids=["plain", "dotted-I", "dotless-kelvin-long-s", "empty"])
def test_folded_is_the_text_translated_and_lowered(text):
    # (only a text holding one of _FOLD's letters is translated: the answer is the same)
    assert cues.folded(text) == text.translate(cues._FOLD).lower()


@pytest.mark.parametrize("pattern", [
    r"set sail from", r"(?:boats?|ships?) (?:left|sailed)", r"\w+ \w+", r"(?:swimming|swims|swam|swum) to",
    r"(?<!\w)(?:fled from \ue000[P](?P<s0>\d+)\ue001)(?!\w)", r"(?P<a>x)(?P=a)yes",
])
def test_compile_with_keywords_is_re_compile_and_required_keywords(pattern):
    # One parse for both: the same compiled pattern (== compares the code too) and keywords.
    regex, keywords = cues.compile_with_keywords(pattern, re.IGNORECASE)
    expected = re.compile(pattern, re.IGNORECASE)
    assert regex == expected and regex.pattern == pattern and regex.flags == expected.flags
    assert regex.groupindex == expected.groupindex and regex.groups == expected.groups
    assert keywords == cues.required_keywords(expected)


def test_compile_with_keywords_raises_re_compile_s_error():
    with pytest.raises(re.error):
        cues.compile_with_keywords(r"(?:unclosed", re.IGNORECASE)


def test_packaged_patterns_compile_as_re_compile_does():
    lex = cues.default()
    compiled = [(p.regex, p.keywords) for c in lex.cues + lex.controls for p in c.patterns]
    for c in lex.cues + lex.controls:
        assert c.tokens == cues._union(p.tokens for p in c.patterns), c.id
        for p in c.patterns:
            assert p.tokens == cues.required_tokens(p.regex), p.source
            assert p.needs == cues.required_clauses(p.regex), p.source
    compiled += [(r, k) for r, _, _, k in lex.actor_patterns] + list(lex.affiliation)
    compiled.append((lex.actor_names, lex.actor_names_keywords))
    for regex, keywords in compiled:
        assert regex == re.compile(regex.pattern, re.IGNORECASE), regex.pattern
        assert keywords == cues.required_keywords(regex), regex.pattern
    for unit in lex.units:
        rxs = [unit[k] for k in ("after_rx", "verb_rx") if unit[k] is not None]
        assert all(r == re.compile(r.pattern, re.IGNORECASE) for r in rxs)
        assert unit["keywords"] == cues._union(cues.required_keywords(r) for r in rxs)


def test_compile_with_keywords_reuses_saved_code_without_parsing(monkeypatch):
    codes: dict = {}
    regex, keywords = cues.compile_with_keywords(r"(?:boats?|ships?) (?P<x>left|sailed)", re.IGNORECASE, codes)
    assert list(codes) == [(regex.pattern, int(re.IGNORECASE))]

    def no_parse(*args):
        raise AssertionError("parsed again")

    monkeypatch.setattr(re._parser, "parse", no_parse)
    again, same = cues.compile_with_keywords(regex.pattern, re.IGNORECASE, codes)
    assert again == regex and again.groupindex == regex.groupindex and same == keywords


def test_compile_with_keywords_compiles_afresh_a_code_the_engine_refuses():
    pattern = r"set sail (?P<x>from)"
    codes: dict = {}
    cues.compile_with_keywords(pattern, re.IGNORECASE, codes)
    key, (flags, code, *rest) = next(iter(codes.items()))
    codes[key] = (flags, array("I", [1, 2, 3, 99999]).tobytes(), *rest)
    regex, keywords = cues.compile_with_keywords(pattern, re.IGNORECASE, codes)
    assert regex == re.compile(pattern, re.IGNORECASE) and keywords == frozenset({"set sail "})
    assert codes[key][1] == code  # and saved again as it should be


def test_saved_codes_round_trip_and_replace_other_cue_data(tmp_path):
    codes: dict = {}
    cues.compile_with_keywords(r"landed in", re.IGNORECASE, codes)
    old = tmp_path / "cues-0000000000000000.codes"
    old.write_bytes(b"of other cue data")
    path = tmp_path / "cues-1111111111111111.codes"
    cues.save_codes(path, codes)
    assert cues.saved_codes(path) == codes and not old.exists()
    path.write_bytes(b"not marshalled codes")
    assert cues.saved_codes(path) == {} and cues.saved_codes(None) == {}
    cues.save_codes(tmp_path / "missing" / "x" / "cues-2.codes", codes)  # folders made
    (tmp_path / "file").write_text("")
    cues.save_codes(tmp_path / "file" / "cues-3.codes", codes)  # cannot be written: left as is


def test_default_keeps_its_code_for_the_next_process(tmp_path, monkeypatch):
    # A second compile from the saved code gives the same lexicon, patterns for patterns.
    monkeypatch.setenv("GEOMIG_CACHE_DIR", str(tmp_path))
    first = cues.default.__wrapped__()
    [saved] = tmp_path.glob("cues-*.codes")
    codes = cues.saved_codes(saved)
    assert len(codes) > 300
    second = cues.default.__wrapped__()
    assert list(tmp_path.glob("cues-*.codes")) == [saved] and cues.saved_codes(saved) == codes
    pairs = [(a.regex, b.regex, (a.keywords, a.tokens, a.needs), (b.keywords, b.tokens, b.needs))
             for x, y in zip(first.cues + first.controls, second.cues + second.controls, strict=True)
             for a, b in zip(x.patterns, y.patterns, strict=True)]
    assert all(ra == rb and ka == kb for ra, rb, ka, kb in pairs)
    assert any(kb[1] for *_, kb in pairs)  # the tokens read back with the code
    assert [r for r, *_ in first.actor_patterns] == [r for r, *_ in second.actor_patterns]
    assert first.number == second.number and first.negation == second.negation


@pytest.mark.parametrize("pattern, expected", [
    (r"(?:boats?|ships?)\s+\w+\s+(?:heading|bound) for", [{"boat", "ship"}, {"heading", "bound"}, {" for"}]),
    (r"set sail from", [{"set sail from"}]),
    (r"(?:people|migrants)(?:\s+on board)?\s+(?:drowned|perished)", [{"people", "migrants"}, {"drowned", "perished"}]),
    (r"(?:(?:left|fled)\s+)+home", [{"left", "fled"}, {"home"}]),   # a group repeated at least once
    (r"(?:to|into)\s+\w+", [{"to", "into"}]),                    # too short for a keyword, not for a need
    (r"(?:crossing|\w+ed)\s+the", [{"crossing", "ed"}, {"the"}]),  # an open branch: its ending too
], ids=["three", "one-run", "optional-between", "repeated-group", "too-short", "open-branch"])
def test_required_clauses_are_every_set_a_match_needs(pattern, expected):
    rx = re.compile(pattern, re.IGNORECASE)
    assert cues.required_clauses(rx) == tuple(frozenset(e) for e in expected)
    best = cues.required_keywords(rx)
    # (a need may hold words shorter than a keyword may: cues._MIN_NEED)
    keyword_long = [e for e in expected if min(map(len, e)) >= cues._MIN_KEYWORD]
    assert (best is None) == (not keyword_long) and (best is None or best in cues.required_clauses(rx))


@pytest.mark.parametrize("pattern, text", [
    (r"(?:boats?|ships?)\s+\w+\s+(?:heading|bound) for", "Two BOATS were heading for the coast."),
    (r"(?:people|migrants)(?:\s+on board)?\s+(?:drowned|died)", "Forty migrants on board died; PEOPLE drowned."),
    (r"(?:(?:left|fled)\s+)+home", "They fled left home."),
])
def test_every_match_holds_a_word_of_each_clause(pattern, text):
    rx = re.compile(pattern, re.IGNORECASE)
    for m in rx.finditer(text):
        found = m.group().translate(cues._FOLD).lower()
        assert all(any(w in found for w in clause) for clause in cues.required_clauses(rx))
    assert rx.search(text)


def test_a_pattern_missing_one_of_its_clauses_is_not_tried(monkeypatch):
    # "heading" is there but no word of the movers: the heading cue's movers pattern is left out,
    # and the hits are those of every cue on every sentence.
    lex = cues.default()
    for text in ["The talks were heading for collapse in Tripoli, the minister said.",
                 "Boats were heading for Lampedusa from Libya.",
                 "Boats were not heading for Lampedusa, the coastguard said."]:
        masked = cues.mask(annotate(text), 0)
        words = cues.present(lex, masked.text)
        for cue, patterns in cues.tried(lex.cues, words):
            assert all(all(not n.isdisjoint(words) for n in p.needs) for p in patterns)
        found = [(h.cue.id, h.start, h.end, h.negated) for h in cues.find(lex.cues, masked, lex)]
        monkeypatch.setattr(cues, "PREFILTER", False)
        assert [(h.cue.id, h.start, h.end, h.negated) for h in cues.find(lex.cues, masked, lex)] == found
        monkeypatch.setattr(cues, "PREFILTER", True)
        assert bool(found) == text.startswith("Boats"), text


P, S, D, N = (cues._OPEN + k for k in "psdn")


@pytest.mark.parametrize("pattern, expected", [
    ("fled from {place}", {P}),
    ("crossing the {sea}", {S}),
    ("{demonym} migrants", {D, N}),
    ("{people} left", {N}),
    ("(?:crossing|in) {any}", {P, S, D, N}),
    ("from {place}(?: across the {sea})?", {P}),    # the optional sea requires nothing
    ("(?:to {place}|across the {sea})", {P, S}),    # either branch's token
    ("(?:to {place}|home)", None),                  # a branch without one
    ("left the country", None),                     # no slot at all
], ids=["place", "sea", "demonym", "people", "any", "optional", "branches", "open-branch", "none"])
def test_required_tokens_are_read_off_the_pattern(pattern, expected):
    compiled = cues.compile_pattern(pattern, {}, default_label="x")
    assert compiled.tokens == (None if expected is None else frozenset(expected))
    assert cues.required_tokens(compiled.regex) == compiled.tokens


def test_the_token_filter_skips_only_what_cannot_match(monkeypatch):
    # A sea slot: tried where a sea is named, left out where no sea is, or no place at all.
    lex = cues.default()
    crossed = next(c for c in lex.cues if c.id == "sea.crossed")
    assert crossed.tokens == frozenset({S})

    def tried_ids(text):
        masked = cues.mask(annotate(text), 0)
        return {c.id for c, _ in cues.tried(lex.cues, cues.present(lex, masked.text))}, masked

    def hits(masked):
        return [(h.cue.id, h.start, h.end) for h in cues.find(lex.cues + lex.controls, masked, lex)]

    for text, sea in [("Migrants drowned crossing the Mediterranean Sea from Libya.", True),
                      ("Migrants drowned crossing the river from Libya.", False),
                      ("Migrants did not drown crossing the river, officials said.", False)]:
        ids, masked = tried_ids(text)
        assert ("sea.crossed" in ids) is sea, text
        found = hits(masked)
        monkeypatch.setattr(cues, "PREFILTER", False)
        assert hits(masked) == found, text
        monkeypatch.setattr(cues, "PREFILTER", True)
        assert ("sea.crossed" in {h[0] for h in found}) is sea, text


def test_tried_keeps_cue_order_for_a_tuple_or_a_list():
    lex = cues.default()
    masked = cues.mask(annotate("Boats left Zuwara for Lampedusa, crossing the Mediterranean Sea."), 0)
    words = cues.present(lex, masked.text)
    kept = cues.tried(lex.cues, words)
    assert cues.tried(lex.cues, words) is kept     # kept for the next sentence with these words
    assert [(c.id, p) for c, p in cues.tried(list(lex.cues), words)] == [(c.id, p) for c, p in kept]
    order = [c.id for c in lex.cues]
    assert [order.index(c.id) for c, _ in kept] == sorted(order.index(c.id) for c, _ in kept)
    assert all(p in c.patterns for c, ps in kept for p in ps)
    assert [(c, c.patterns) for c in lex.cues] == cues.tried(lex.cues, None)


def test_every_match_holds_a_token_head():
    # Case-insensitive: a long s after the mark matches [S] too, and the lowered, folded text finds it.
    rx = cues.compile_pattern("across the {sea}", {}, default_label="x").regex
    for text in ["across the \ue000S0\ue001", "ACROSS THE \ue000\u017f12\ue001"]:
        assert rx.search(text)
        assert cues.present(cues.default(), text) & cues.TOKEN_HEADS == {S}


def test_every_packaged_cue_has_keywords_or_is_always_tried():
    lex = cues.default()
    assert lex.matcher is not None
    for cue in lex.cues + lex.controls:
        assert cue.keywords is None or all(len(w) >= 3 and w == w.lower() or w in cues.TOKEN_HEADS
                                           for w in cue.keywords), cue.id


@pytest.mark.parametrize("pattern, expected", [
    # a count of people named by their nationality: no word of its own, but a token
    (r"\d+\s+(?:{demonym}|{people})", [{D, N}]),
    # movers named by a word or by a people token, then "from" a place
    (r"(?:migrants|families|{people})\s+(?:\w+\s+)?from\s+{place}", [{"migrants", "families", N}, {"from"}, {P}]),
], ids=["count-of-people", "movers-or-people"])
def test_a_mask_token_is_a_keyword_of_the_pattern(pattern, expected):
    # The matcher finds TOKEN_HEADS like any keyword: a token stands in a branch for the words
    # beside it, and alone is the keyword of a pattern that has no word.
    compiled = cues.compile_pattern(pattern, {}, default_label="x")
    assert set(compiled.needs) == {frozenset(e) for e in expected}
    assert compiled.keywords is not None and compiled.keywords in compiled.needs


def test_a_pattern_whose_only_keyword_is_a_token_is_tried_only_where_it_is(monkeypatch):
    # origin.nationality's count pattern ("40 Eritreans") needs a people token: a sentence naming
    # no nationality is not searched for it; the hits are those of every pattern on every sentence.
    lex = cues.default()
    nationality = next(c for c in lex.cues if c.id == "origin.nationality")
    counted = next(p for p in nationality.patterns if "{demonym}|{people}" in p.source)
    assert counted.keywords == frozenset({D, N})
    for text, named in [("At least 40 Eritrean migrants reached Lampedusa on Monday.", True),
                        ("Some 40 Eritreans did not reach Lampedusa, officials said.", True),
                        ("At least 40 people reached Lampedusa on Monday.", False)]:
        masked = cues.mask(annotate(text), 0)
        tried = [p for _, ps in cues.tried(lex.cues, cues.present(lex, masked.text)) for p in ps]
        assert (counted in tried) is named, text
        found = [(h.cue.id, h.start, h.end, h.negated) for h in cues.find(lex.cues, masked, lex)]
        monkeypatch.setattr(cues, "PREFILTER", False)
        assert [(h.cue.id, h.start, h.end, h.negated) for h in cues.find(lex.cues, masked, lex)] == found
        monkeypatch.setattr(cues, "PREFILTER", True)
        assert ("origin.nationality" in {f[0] for f in found}) is named, text


SENTENCES = [
    "Boats left Zuwara for Lampedusa on Monday.",
    "Smugglers launched dinghies from Sabratha, the coastguard said.",
    "Most of the people came from Eritrea and travelled through Libya.",
    "The coastguard intercepted 80 people off Tripoli and returned them to Libya.",
    "Survivors were brought ashore at Pozzallo by a rescue ship.",
    "Prices in Misrata rose again this week.",
    "No boats left Benghazi, officials said, but patrols in the Mediterranean continued.",
    # Cues some of whose patterns offer no keyword: the others are still filtered one by one.
    "Families hoping for a better life in Italy waited in Misrata.",
    "The two desert roads converge in Agadez.",
]


def test_a_python_without_re_s_private_parser_finds_the_same_hits(tmp_path, monkeypatch):
    # re._parser (and _sre) are private to the stdlib: without them every regex is compiled by
    # re.compile and searched whole (no keywords, no first-letter leads, no saved codes), and the
    # hits are the same.
    monkeypatch.setenv("GEOMIG_CACHE_DIR", str(tmp_path))
    docs = [annotate(text) for text in SENTENCES]

    def every_hit(lex):
        return [(h.cue.id, h.start, h.end, h.negated, h.hedged, tuple(h.slots))
                for doc in docs for i in range(len(doc.sentences))
                for h in cues.find(lex.cues + lex.controls, cues.mask(doc, i), lex)]

    led = cues.default.__wrapped__()
    monkeypatch.setattr(cues, "_parser", None)
    monkeypatch.setattr(cues, "_compiler", None)
    monkeypatch.setattr(cues, "_sre", None)     # its engine too: no codes saved or read back
    assert cues.codes_path("data") is None
    plain = cues.default.__wrapped__()
    assert all(p.keywords is None for c in plain.cues for p in c.patterns)
    assert cues.first_class("boats? left") is None and cues.lowered_source(re.compile("x", re.I)) is None
    hits = every_hit(plain)
    assert hits == every_hit(led) and len(hits) > len(SENTENCES)


@pytest.mark.parametrize("text", SENTENCES)
def test_prefilter_gives_the_same_hits(text, monkeypatch):
    doc = annotate(text)
    lex = cues.default()

    def every_hit():
        out = []
        for i in range(len(doc.sentences)):
            masked = cues.mask(doc, i)
            out += [(h.cue.id, h.start, h.end, h.negated, h.hedged, tuple(h.slots))
                    for h in cues.find(lex.cues + lex.controls, masked, lex)]
        return out

    with_filter = every_hit()
    monkeypatch.setattr(cues, "PREFILTER", False)
    assert every_hit() == with_filter
    # Equal and empty would prove nothing: every sentence but the one about prices has a hit.
    assert bool(with_filter) == ("Prices" not in text)
    if "better life" in text or "converge" in text:
        assert {h[0] for h in with_filter} & {"destination.heading", "launch.departed"}


@pytest.mark.parametrize("text", [
    "Boats  left Zuwara\tfor Lampedusa.",
    "Boats left\u00a0Zuwara \n for   Lampedusa .",
    "Boats left Zuwara for Lampedusa.",
])
def test_masking_collapses_whitespace_and_maps_back(text):
    doc = annotate(text)
    masked = cues.mask(doc, 0)
    rebuilt = cues._TOKEN.sub(lambda m: masked.mentions[int(m.group(1))].text, masked.text)
    assert rebuilt == " ".join(masked.sentence.split())
    tokens = {i for m in cues._TOKEN.finditer(masked.text) for i in range(*m.span())}
    plain = [i for i in range(len(masked.text)) if i not in tokens]
    for i in plain:
        behind = masked.original(i, i + 1)
        assert behind == masked.text[i] or (masked.text[i] == " " and behind.isspace())


@pytest.mark.parametrize("text", [
    "Boats  left Zuwara\tfor Lampedusa.",
    "  Forty people\nleft Zuwara, Libya,   for Lampedusa and Malta .",
    "No boat left Sfax.",
])
def test_masked_runs_map_every_character_back(text):
    # Masked keeps its way back as runs: each masked character maps where a list per
    # character (built here the plain way) says it does, a token's to its mention's span.
    doc = annotate(text)
    first_mention = min(doc.mentions, key=lambda m: m.start)
    index = next(i for i, (a, b) in enumerate(doc.sentences) if a <= first_mention.start < b)
    start, end = doc.sentences[index]
    masked = cues.mask(doc, index, leads={first_mention.start: "in"})
    firsts, lasts, pos = [], [], start
    for m in masked.mentions:
        for a, b in _plain_chars(doc.text, pos, m.start):
            firsts.append(a), lasts.append(b)
        width = len(cues._TOKEN.search(masked.text, len(firsts)).group()) + (3 if m is first_mention else 0)
        firsts.extend([m.start] * width), lasts.extend([m.end] * width)
        pos = m.end
    for a, b in _plain_chars(doc.text, pos, end):
        firsts.append(a), lasts.append(b)
    assert len(firsts) == len(masked.text)
    assert masked.text[cues._TOKEN.search(masked.text).start() - 3:].startswith("in ")
    for i in range(len(masked.text)):
        assert masked.doc_span(i, i + 1) == (firsts[i], lasts[i])
        assert masked.doc_span(i, len(masked.text)) == (firsts[i], lasts[-1])
        assert masked.doc_span(i, i) == (firsts[i], firsts[i])
    assert masked.doc_span(len(masked.text), len(masked.text)) == (end, end)


def _plain_chars(text, a, b):
    # (first, one past last) document offsets of each masked character of text[a:b]
    out, pos = [], a
    for m in cues._WIDE_SPACE.finditer(text, a, b):
        s, e = m.span()
        out.extend((i, i + 1) for i in range(pos, s))
        pos = e
        if any(c.isspace() for c in m.group()) or text[s - 1:s].isalnum() and text[e:e + 1].isalnum():
            out.append((s, e))
    return out + [(i, i + 1) for i in range(pos, b)]


def test_role_and_control_passes_search_a_context_once(monkeypatch):
    # find() keeps each context's answer on the masked sentence: a second pass over the
    # same sentence (the control cues after the role cues) does not search it again.
    lex = cues.default()
    doc = annotate("Smugglers took forty migrants from Zuwara to Lampedusa, the coastguard said.")
    masked = cues.mask(doc, 0)
    first = cues.find(lex.cues, masked, lex) + cues.find(lex.controls, masked, lex)
    searched = []
    real = cues._in_context

    def counting(known, rx, m, lexicon):
        if id(rx) not in known:
            searched.append(rx)
        return real(known, rx, m, lexicon)

    monkeypatch.setattr(cues, "_in_context", counting)
    assert cues.find(lex.cues, masked, lex) + cues.find(lex.controls, masked, lex) == first
    assert searched == []
    assert masked.known and cues.find(lex.cues, cues.mask(doc, 0), lex) == cues.find(lex.cues, masked, lex)


# Sentences written for the context prefilter: a context's keywords there or not, negated,
# hedged, and words that hold a keyword without the context ("coastal", "bordering").
CONTEXT_SENTENCES = [
    "The coastguard intercepted forty migrants off Zuwara and took them back to Tripoli.",
    "Police did not arrest anyone in Calais, a spokesman said.",
    "Migrants may have been detained in Sabha before they reached the coast.",
    "Tourists enjoyed the coastal road from Nice to Monaco.",
    "The bordering towns held a music festival on Saturday.",
    "She said the weather was fine in Malaga.",
    "They dream of Italy.",
]


@pytest.mark.parametrize("text", CONTEXT_SENTENCES)
def test_a_context_is_found_as_its_regex_finds_it(text):
    # the keyword prefilter answers as the search does, for every context cues ask about
    lex = cues.default()
    masked = cues.mask(annotate(text), 0)
    regexes = [rx for rx, _ in lex.context_keywords.values()]
    assert len(regexes) > len(lex.contexts)         # the joined ones too
    assert [cues._in_context({}, rx, masked, lex) for rx in regexes] == \
        [rx.search(masked.sentence) is not None for rx in regexes]


def test_every_context_keyword_is_found_by_the_matcher():
    lex = cues.default()
    assert all(rx is lex.context_keywords[id(rx)][0] for rx in lex.contexts.values())
    words = {w for _, k in lex.context_keywords.values() for w in k or ()}
    assert words and all(lex.matcher.exists(w) for w in words)


def test_a_sentence_without_a_context_s_keywords_is_not_searched_for_it(monkeypatch):
    lex = cues.default()
    custody = lex.contexts["custody"]
    assert lex.context_keywords[id(custody)][1]     # ("arrest", "detain", ...)
    searched: list[re.Pattern] = []
    real = cues.found_in

    def counting(rx, text, low):
        searched.append(rx)
        return real(rx, text, low)

    monkeypatch.setattr(cues, "found_in", counting)
    quiet = cues.mask(annotate("Tourists enjoyed the road from Nice to Monaco."), 0)
    assert not cues._in_context({}, custody, quiet, lex) and searched == []
    held = cues.mask(annotate("Police arrested twelve migrants in Calais."), 0)
    assert cues._in_context({}, custody, held, lex) and searched == [custody]
    # without the prefilter every sentence is searched, with the same answers
    monkeypatch.setattr(cues, "PREFILTER", False)
    assert not cues._in_context({}, custody, quiet, lex) and searched == [custody, custody]


@pytest.mark.parametrize("text", CONTEXT_SENTENCES)
def test_the_context_prefilter_gives_the_same_hits(text, monkeypatch):
    doc = annotate(text)
    lex = cues.default()

    def every_hit():
        return [(h.cue.id, h.start, h.end, h.negated, h.hedged, tuple(h.slots))
                for i in range(len(doc.sentences))
                for h in cues.find(lex.cues + lex.controls, cues.mask(doc, i), lex)]

    with_filter = every_hit()
    monkeypatch.setattr(cues, "PREFILTER", False)
    assert every_hit() == with_filter


@pytest.mark.parametrize("pattern, expected", [
    (r"(?P<num>\d+)", True),
    (r"(?:about\s+)?(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)", True),
    (r"(?:\d+|dozens)", False),             # a branch without a digit
    (r"\d*\s+people", False),               # optional digits
    (r"[0-9a-z]+", False),                  # a class wider than digits
])
def test_needs_digit_is_read_off_the_regex(pattern, expected):
    assert cues._needs_digit(re.compile(pattern, re.IGNORECASE)) is expected


def test_packaged_actor_and_affiliation_patterns_have_keywords():
    lex = cues.default()
    assert lex.number_needs_digit
    assert lex.actor_names_keywords
    for rx, _, _, keywords in lex.actor_patterns:
        assert keywords, rx.pattern
    for rx, keywords in lex.affiliation:
        assert keywords, rx.pattern


# Sentences with actors, affiliations and numbers, and ones without: the prefilter may
# only skip patterns that cannot match.
ACTOR_SENTENCES = [  # (text, how many actors, affiliations and facts it states)
    ("The Nawasi brigade, which is loyal to the Interior Ministry, patrols the port of Tripoli.", (1, 1, 0)),
    ("Brigade 48 and the 301st Brigade clashed near Zawiya; 300 fighters were involved.", (2, 0, 1)),
    ("A militia known as \u201cthe Lions\u201d operates under the Defence Ministry in Misrata.", (1, 1, 0)),
    ("The GNA said 1,200 migrants were intercepted off Zuwara, up from about 900 in 2019.", (1, 0, 1)),
    ("Officials in Sfax said between 40 and 60 boats had left in the past week.", (0, 0, 1)),
    ("The Zintan Battalion reports to the Presidential Council in Tripoli.", (2, 1, 0)),
    ("Fishermen in Sabratha said the weather was calm and the sea quiet.", (0, 0, 0)),
    ("The \u212aufra MILITIA, aligned with the LNA, holds the road south of Benghazi.", (1, 0, 0)),
    ("\u0661\u0662 people drowned off Tobruk, the Libyan National Army said.", (1, 0, 1)),  # Arabic-Indic digits
]


@pytest.mark.parametrize("text, counts", ACTOR_SENTENCES)
def test_prefilter_gives_the_same_actors_affiliations_and_facts(text, counts, monkeypatch):
    from geomig.picture.facts import fact_claims
    from geomig.picture.zones import affiliations, find_actors

    doc = annotate(text)
    lex = cues.default()

    def everything():
        out = []
        for i in range(len(doc.sentences)):
            masked = cues.mask(doc, i)
            actors = find_actors(masked, lex)
            out.append((actors, affiliations(masked, actors, lex), fact_claims(masked, lex, actors)))
        return out

    with_filter = everything()
    monkeypatch.setattr(cues, "PREFILTER", False)
    assert everything() == with_filter
    assert tuple(sum(len(part[k]) for part in with_filter) for k in range(3)) == counts


def test_prefilter_skips_what_cannot_match():
    lex = cues.default()
    _, _, _, keywords = lex.actor_patterns[0]
    assert not cues.may_match(keywords, cues.present(lex, "Fishermen said the sea was calm."))
    assert cues.may_match(keywords, cues.present(lex, "The BRIGADE moved."))
    assert cues.may_match(None, cues.present(lex, "anything"))


@pytest.mark.parametrize("patterns, joined", [
    ([r"\bno\b", r"\bnot\b", r"n[’']t\b"], True),
    ([r"\bno\b", r"(\w)\1"], False),           # a group of its own: kept apart
    ([r"(?P<a>x)", r"(?P<a>y)"], False),       # the same group name twice cannot be joined
])
def test_any_of_searches_like_any(patterns, joined):
    compiled = [re.compile(p, re.IGNORECASE) for p in patterns]
    one = cues._any_of(compiled)
    assert (one is not None) is joined
    for text in ["There was no boat.", "They did NOT sail.", "They didn't.", "A boat left.", "aa", "xy", ""]:
        assert cues.any_search(one, compiled, text) == any(p.search(text) for p in compiled)


def test_a_cue_file_without_a_setting_the_stages_read_is_refused_at_load(tmp_path):
    from geomig.errors import PictureError

    text = resources.files("geomig.picture").joinpath("cues.toml").read_text("utf-8")
    broken = tmp_path / "cues.toml"
    broken.write_text(text.replace("\ncited_before =", "\nnot_cited_before ="), "utf-8")
    with pytest.raises(PictureError, match="not a cue file: 'cited_before'"):
        cues.load(broken)


@pytest.mark.parametrize("lemma, irregular, forms", [
    ("arrive", "", {"arrive", "arrives", "arrived", "arriving"}),
    ("land", "", {"land", "lands", "landed", "landing"}),
    ("ferry", "", {"ferry", "ferries", "ferried", "ferrying"}),
    ("reach", "", {"reach", "reaches", "reached", "reaching"}),
    ("flee", "fled", {"flee", "flees", "fled", "fleeing"}),
    ("go", "went gone", {"go", "goes", "went", "gone", "going"}),
    ("swim", "swam swum swimming", {"swim", "swims", "swam", "swum", "swimming"}),
    ("die", "", {"die", "dies", "died", "dying"}),
    # stress decides doubling and the spelling does not show it: both forms, one of them unused
    ("transfer", "", {"transfer", "transfers", "transferred", "transfered", "transferring", "transfering"}),
    ("visit", "", {"visit", "visits", "visited", "visitted", "visiting", "visitting"}),
    ("traffic", "", {"traffic", "traffics", "trafficked", "trafficking"}),
], ids=["e-drop", "regular", "y-ies", "ch-es", "irregular-past", "two-pasts", "irregular-ing", "ie-ying",
        "doubled", "not-doubled", "ic-ck"])
def test_a_verb_is_written_once_and_read_in_every_form(lemma, irregular, forms):
    assert set(cues.inflect(lemma, {lemma: irregular} if irregular else {})) == forms


def test_a_phrasal_verb_inflects_its_first_word():
    rx = re.compile(cues.verb_regex("@set off|land", {"set": "set setting"}), re.IGNORECASE)
    for text in ("set off", "sets  off", "setting off", "Landed", "lands"):
        assert rx.fullmatch(text), text
    assert not rx.fullmatch("setted off")
    assert not rx.fullmatch("set sail")


@pytest.mark.parametrize("text", [
    "Every week a boat full of migrants leaves for Lampedusa.",    # a regular form of {@leave}
    "Last week a boat full of migrants left for Lampedusa.",       # an irregular one, from [verbs]
    "Last week a boat full of migrants was leaving for Lampedusa.",
])
def test_verbs_expand_in_patterns_and_macros(text):
    lex = cues.default()
    hits = cues.find(lex.cues, cues.mask(annotate(text), 0), lex)
    assert any(h.slots.get("destination") and h.slots["destination"].text == "Lampedusa" for h in hits)


@pytest.mark.parametrize("text", [
    "Migrants and refugees crossed the sea.",
    "MIGRANTS fled the war; REFUGEES waited.",
    "The wildebeest migration has begun and the animals fled the fire.",
    "A bank's data migration moved customers to a new platform.",
    "Ein Flüchtling: refugees and ASYLUM seekers in İzmir fled.",
    "Nothing here is about people moving.",
])
def test_the_topic_read_over_lowered_text_decides_as_the_case_blind_regex(text):
    import dataclasses

    lex = cues.default()
    assert lex.topic_lower is not None
    assert lex.on_topic(text) == dataclasses.replace(lex, topic_lower=None).on_topic(text)


@pytest.mark.parametrize("text, about", [
    ("Refugees fled. PILGRIMS crossed the border and more pilgrims followed.", False),   # others as often
    ("Refugees fled and asylum seekers waited; no tourists came.", True),              # one other word
    ("Refugees fled and asylum seekers waited at the border.", True),                  # none at all
    ("Pilgrims walked to the shrine as they do every year.", False),
])
def test_other_travellers_are_looked_for_only_where_their_words_are(text, about):
    # topic_other is searched only in a text holding one of its keywords: the same answer
    # as searching every text, case-blind
    import dataclasses

    lex = cues.default()
    assert lex.topic_other_keywords and "pilgrim" in lex.topic_other_keywords
    assert lex.on_topic(text) is about
    assert dataclasses.replace(lex, topic_other_keywords=None).on_topic(text) is about
    assert dataclasses.replace(lex, topic_lower=None).on_topic(text) is about


def test_a_topic_regex_with_an_upper_case_escape_is_not_lowered():
    assert cues._lowered(re.compile(r"\bmigra\w*\S", re.IGNORECASE)) is None
    assert cues._lowered(re.compile(r"\bMigra\w*", re.IGNORECASE)).pattern == r"\bmigra\w*"


@pytest.mark.parametrize("text, about", [
    ("Two dinghies and a small boat were stolen from the marina.", False),      # weak words alone
    ("Fishermen in small boats and dinghies waited for the storm to pass.", False),
    ("Refugees crossed the sea in dinghies.", True),                             # a topic word beside them
], ids=["dinghies-alone", "small-boats-and-dinghies-alone", "beside-a-topic-word"])
def test_weak_topic_words_count_only_beside_a_topic_word(text, about):
    assert cues.default().on_topic(text) is about


def test_weak_topic_words_make_up_the_count_of_a_long_text():
    filler = " The weather was calm and the sea was flat all week." * 20
    lex = cues.default()
    assert not lex.on_topic("Refugees waited." + filler)                        # one topic word: too few
    assert lex.on_topic("Refugees waited for small boats." + filler)            # ... and a weak one
    assert not lex.on_topic("Dinghies and small boats waited." + filler)        # weak words alone


@pytest.mark.parametrize("text, about", [
    # people moving make a brief about migration, though it names no migration word
    ("A nurse and her two sons crossed into Tunisia on foot last March.", True),
    ("Every night about 200 people sleep in tents near the old station.", True),
    ("The driver was jailed for trying to smuggle 14 nationals into the country.", True),
    # goods, balls and holidaymakers do not
    ("The driver was jailed for trying to smuggle 40 kilos of cocaine into the country.", False),
    ("The cruise ship crossed to the islands overnight with 2,000 passengers.", False),
    ("The winger crossed the ball into the box and the striker scored.", False),
], ids=["crossed-into", "sleep-in-tents", "smuggle-nationals", "smuggle-cocaine", "cruise", "football"])
def test_people_moving_are_a_topic_word(text, about):
    assert cues.default().on_topic(text) is about


_CALM = " The sea was calm and the sky was clear all week long." * 20


@pytest.mark.parametrize("text, about", [
    # several different words of people on the move make a text about migration
    ("Border police met the families at the river. Volunteers handed out water in the shelter.", True),
    ("A mother with her three children slept on the sand for four nights; the jungle began after that. "
     "Volunteers counted 300 people waiting.", True),
    # one or two are a tourist's or a sailor's
    ("Volunteers cleaned the beach after the storm. The lifeboat crew thanked them.", False),
    ("The ferry was late, and a teacher travelling with her two children missed her train.", False),
    ("Volunteers served tea in the shelter for the marathon runners.", False),
], ids=["border-police-families", "mother-jungle-volunteers", "one-weak-word", "ferry-passenger", "two-weak-words"])
def test_several_different_words_of_people_on_the_move_make_a_text_about_migration(text, about):
    assert cues.default().on_topic(text + _CALM) is about


def test_words_of_people_on_the_move_are_counted_once_each():
    # the same word many times, or in its plural, is one word: a shelter's volunteers are not
    # people on the move
    text = "Volunteers at the shelter fed a volunteer. Volunteers slept at the shelters." + _CALM
    assert not cues.default().on_topic(text)


def test_a_text_not_about_migration_is_read_with_the_off_topic_copy_and_it_says_so():
    from geomig.picture import cues

    lex = cues.default()
    assert not lex.is_off_topic
    assert lex.for_document("Migrants and refugees crossed the sea; asylum seekers landed.") is lex
    # (a sentence alone is read with the short copy, which keeps the cues marked `short_reads`)
    short = lex.for_document("The council approved a new bus lane on Tuesday.")
    assert short is lex.off_topic_short and short.is_off_topic
    off = lex.for_document("The council approved a new bus lane on Tuesday. " * 8)
    assert off is lex.off_topic and off.is_off_topic
    assert not any(c.settings.get("topic") for c in off.controls)


@pytest.mark.parametrize("text, about", [
    # a journey told with no migration word: who was paid, how people were moved
    ("He owed $8,000 to a broker in his home town. He waited in the camps outside the port, then "
     "boarded an inflatable boat at night.", True),
    ("The agents walked us over the hill at night. The police caught us and sent some of us back. "
     "Later we travelled with fifty people in a closed container.", True),
    # one or two such words are someone else's
    ("The football agents took them to dinner. The scout camps near the lake were full.", False),
    ("The children played on an inflatable boat in the pool all afternoon.", False),
], ids=["broker-camps-inflatable", "agents-us-container", "two-words", "one-word"])
def test_a_journey_told_without_a_migration_word_is_about_migration(text, about):
    assert cues.default().on_topic(text + _CALM) is about


@pytest.mark.parametrize("text, about", [
    # pilgrims or contraband named as often as the migration words: a text about them
    ("Thousands of pilgrims crossed into Iraq without visas for the festival. Most pilgrims walked "
     "to the shrine; other pilgrims flew in.", False),
    ("Smugglers filled balloons with contraband cigarettes; the balloons crossed into Lithuania.", False),
    # ... named once, or less often than migrants: still about migration
    ("Smugglers put migrants on pilgrim flights: the migrants, refugees from Eritrea, posed as "
     "pilgrims and crossed into Yemen.", True),
    ("Migrants and refugees crossed into Poland; asylum seekers said tourists had seen them.", True),
], ids=["pilgrims", "balloons", "migrants-posing-as-pilgrims", "tourists-once"])
def test_a_text_about_other_travellers_or_goods_is_not_about_migration(text, about):
    assert cues.default().on_topic(text + _CALM) is about


@pytest.mark.parametrize("content", [
    b"", b"\x00\x01\x02garbage", None,
], ids=["empty", "garbage", "foreign-values"])
def test_a_corrupt_or_foreign_codes_file_is_compiled_afresh(tmp_path, content):
    # whatever lies at the cache's name, the lexicon compiles as without it
    import marshal

    if content is None:     # a dict of the right keys with values of another making
        pattern = r"set sail (?P<x>from)"
        codes: dict = {}
        cues.compile_with_keywords(pattern, re.IGNORECASE, codes)
        key = next(iter(codes))
        for bad in [7, "abc", (1, b"\x01\x02\x03", 0, {}, (None,), frozenset({3})), (1, [1, 2], 0, {}, (None,), None)]:
            regex, keywords = cues.compile_with_keywords(pattern, re.IGNORECASE, {key: bad})
            assert regex == re.compile(pattern, re.IGNORECASE) and keywords == frozenset({"set sail "})
        content = marshal.dumps([1, 2, 3])
    path = tmp_path / "cues-x.codes"
    path.write_bytes(content)
    assert cues.saved_codes(path) == {}


def test_a_codes_file_that_is_a_folder_or_unwritable_is_left_and_leaves_no_temp_file(tmp_path):
    codes: dict = {}
    cues.compile_with_keywords(r"landed in", re.IGNORECASE, codes)
    folder = tmp_path / "cues-dir.codes"
    folder.mkdir()
    assert cues.saved_codes(folder) == {}
    cues.save_codes(folder, codes)          # cannot replace a folder: nothing raised
    cues.save_codes(tmp_path / "cues-ok.codes", {**codes, "x": object()})  # marshal cannot write it
    assert folder.is_dir() and not list(tmp_path.glob(".cues-*"))
    assert not (tmp_path / "cues-ok.codes").exists()


def test_two_writers_at_once_leave_one_whole_file(tmp_path):
    # each writes a file of its own and renames it: the name holds one writer's codes, whole
    import threading

    many: dict = {}
    for word in ("landed", "sailed", "crossed", "fled", "walked"):
        cues.compile_with_keywords(rf"{word} (?:to|into) (?P<p>\w+)", re.IGNORECASE, many)
    path = tmp_path / "cues-same.codes"
    threads = [threading.Thread(target=lambda: [cues.save_codes(path, many) for _ in range(20)]) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert cues.saved_codes(path) == many and not list(tmp_path.glob(".cues-*"))


def test_the_codes_file_is_named_by_this_module_s_source_too(monkeypatch, tmp_path):
    # saved keywords are _required()'s: code of another cues.py must not be read back
    monkeypatch.setenv("GEOMIG_CACHE_DIR", str(tmp_path))
    first = cues.codes_path("data")
    other = tmp_path / "cues_copy.py"
    other.write_text(resources.files("geomig.picture").joinpath("cues.py").read_text("utf-8") + "\n# edited\n")
    monkeypatch.setattr(cues, "__file__", str(other))
    assert cues.codes_path("data") != first and cues.codes_path("data").parent == tmp_path


def test_default_saves_again_codes_the_engine_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("GEOMIG_CACHE_DIR", str(tmp_path))
    cues.default.__wrapped__()
    [saved] = tmp_path.glob("cues-*.codes")
    codes = cues.saved_codes(saved)
    key = next(iter(codes))
    good = codes[key]
    codes[key] = (good[0], array("I", [1, 2, 3, 99999]).tobytes(), *good[2:])
    cues.save_codes(saved, codes)
    cues.default.__wrapped__()
    assert cues.saved_codes(saved)[key] == good


@pytest.mark.parametrize("text, denied", [
    # a stop ruled out between commas is an aside: the journey told around it is not denied
    ("The migrants travelled from Agadez through Sebha, not through Kufra, to Zuwara.", False),
    ("The families went from Agadez via Sebha, not via Kufra, to Zuwara.", False),
    # a denied journey stays denied, the aside or not
    ("The migrants did not travel from Agadez through Sebha, not through Kufra, to Zuwara.", True),
    ("The migrants did not go from Agadez through Kufra to Zuwara.", True),
])
def test_a_stop_ruled_out_between_commas_does_not_deny_the_journey(text, denied):
    lex = cues.default()
    masked = cues.mask(annotate(text), 0)
    # the hits that tell the whole journey
    hits = [h for h in cues.find(lex.cues, masked, lex) if "Agadez" in h.words and "Zuwara" in h.words]
    assert hits and all(h.negated == denied for h in hits)


def test_settings_write_out_the_vars_they_name():
    macros = {"HELD": "(?:held|{KEPT})", "KEPT": "kept"}
    assert cues.with_vars("\\b{HELD}\\b", macros) == "\\b(?:held|kept)\\b"
    assert cues.with_vars({"words": ["{KEPT} {place}", 3]}, macros) == {"words": ["kept {place}", 3]}
    assert cues.with_vars("{UNKNOWN} for {~3}", macros) == "{UNKNOWN} for {~3}"


def test_the_packaged_settings_hold_no_var_unexpanded():
    lex = cues.default()
    held = [s["held"]["words"] for s in lex.control_settings.values() if isinstance(s.get("held"), dict)]
    assert held and not any("{HELD}" in w or "{KEPT_WATCH}" in w for w in held)
    assert "{TIME_SPAN}" not in lex.settings["held_for"]
    assert re.search(lex.settings["held_for"], "detained four of them for ten days")


def test_word_alternations_are_the_same_regex_under_every_hash_seed(tmp_path):
    """Names of equal length (actors, feature nouns) join in one order whatever the process's
    hash seed: the compiled cues, and their cache, do not depend on it."""
    import os
    import subprocess
    import sys

    script = (
        "from geomig.picture import cues\n"
        "from geomig.geoparse.text import alternation\n"
        "print(cues.default().actor_names.pattern)\n"
        "print(alternation({'ab', 'cd', 'ef', 'gh', 'abc'}))\n"
    )
    runs = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                           env=dict(os.environ, PYTHONHASHSEED=str(seed),
                                    GEOMIG_CACHE_DIR=str(tmp_path / str(seed)))).stdout for seed in (1, 2, 3, 4)}
    assert len(runs) == 1, runs


def test_a_settings_regex_is_looked_up_once_per_settings_and_other_settings_get_their_own():
    import dataclasses

    lex = cues.default()
    rx = cues.setting_rx(lex, "clause_break", re.IGNORECASE)
    assert rx is not None and cues.setting_rx(lex, "clause_break", re.IGNORECASE) is rx
    # a lexicon with settings of its own (as tests and the learned check make) is answered from them
    other = dataclasses.replace(lex, settings={**lex.settings, "clause_break": r"\bmeanwhile\b"})
    assert cues.setting_rx(other, "clause_break", re.IGNORECASE).pattern == r"\bmeanwhile\b"
    assert cues.setting_rx(dataclasses.replace(lex, settings={}), "clause_break", re.IGNORECASE) is None
    assert cues.setting_rx(lex, "clause_break", re.IGNORECASE) is rx
    assert cues.setting_rx(lex, "clause_break") is not rx      # (the flags are part of the key)


def test_a_copy_for_a_document_passed_by_the_learned_check_answers_as_its_lexicon(monkeypatch):
    import dataclasses

    lex = cues.default()
    rx = cues.setting_rx(lex, "clause_break", re.IGNORECASE)
    # the copy for_document() makes to hold the check's probability keeps the regexes read
    monkeypatch.setattr(cues.Lexicon, "topic_by_rules_kept", lambda self, text: False)
    monkeypatch.setattr(cues.Lexicon, "topic_by_model", lambda self, text: 0.9)
    copy = lex.for_document("Some text the rules did not pass.")
    assert copy is not lex and copy.topic_model == 0.9
    assert cues.setting_rx(copy, "clause_break", re.IGNORECASE) is rx
    # a copy given other settings (a test's, the learned check's training) never reads them
    other = dataclasses.replace(copy, settings={**lex.settings, "clause_break": r"\bmeanwhile\b"})
    assert cues.setting_rx(other, "clause_break", re.IGNORECASE).pattern == r"\bmeanwhile\b"
    assert cues.setting_rx(copy, "clause_break", re.IGNORECASE) is rx


@pytest.mark.parametrize("text", [
    "Forty migrants left Zuwara by boat and reached Lampedusa on Sunday.",     # role cues hit
    "The coastguard intercepted a dinghy off Zuwara and took everyone back.",  # a control hit
    "Nobody said they would ever leave Zuwara for Lampedusa.",                  # denied
    "Fishermen from Zuwara sold their catch in Lampedusa, traders said.",       # no migration
    "The football club from Zuwara won its match in Lampedusa.",               # a distractor
    "Boats left \u0130zmir for Lampedusa.",                                     # no lowered text
], ids=["hits", "control", "denied", "fishermen", "football", "dotted-I"])
def test_a_pattern_ruled_out_by_its_first_search_finds_nothing(text):
    lex = cues.default()
    masked = cues.mask(annotate(text), 0)
    low = cues._low(masked, "text")
    kept = 0
    for cue in lex.cues + lex.controls:
        for pattern in cue.patterns:
            found = next(cues.matches(pattern.regex, pattern.lowered, masked.text, low), None)
            assert found is None or cues.may_find(pattern, masked.text, low), (cue.id, pattern.source)
            kept += found is not None
    assert kept > 0     # (every sentence here holds some pattern's words: the check is not idle)


# Sentences the [settings] regexes are tried on: answers of the regexes made ahead must be
# those of the regexes compiled when first asked.
SETTING_SENTENCES = [
    "Police said they had arrested the captain of the boat in Zuwara, the ministry reported.",
    "We could not go back home, she said, because the fighting never stopped.",
    "The İzmir coastguard, run by the navy, returned 40 people to the shore on Monday.",
    "",
]


def _refuse_to_compile(*args, **kwargs):
    raise AssertionError("a regex compiled while reading")


def test_default_makes_every_setting_regex_ahead(monkeypatch):
    # What a corpus run's workers, forked after default(), would otherwise each compile over
    # their first documents: every [settings] regex, as written and case-insensitive, its
    # keywords.
    lex = cues.default()
    settings = {k: v for k, v in lex.settings.items() if isinstance(v, str) and v}
    monkeypatch.setattr(cues, "_compiled", _refuse_to_compile)
    monkeypatch.setattr(cues, "_compile_parts", _refuse_to_compile)
    monkeypatch.setattr(cues, "required_keywords", _refuse_to_compile)
    for key, value in settings.items():
        for flags in (0, re.IGNORECASE):
            made, compiled = cues.setting_rx(lex, key, flags), re.compile(value, flags)
            assert (made.pattern, made.flags) == (compiled.pattern, compiled.flags)
            for text in SETTING_SENTENCES:
                assert [m.span() for m in made.finditer(text)] == [m.span() for m in compiled.finditer(text)]
        assert cues._words_of(cues.setting_rx(lex, key)) == cues._words_of(cues.setting_rx(lex, key, re.I))


def test_settings_made_ahead_from_no_saved_codes_are_those_compiled_when_asked():
    lex = cues.default()
    codes: dict = {}
    cues._warm(lex, codes)
    assert codes        # (filled for the next process to read back)
    again = dict(codes)
    cues._warm(lex, codes)
    assert codes == again
    for key in ("facility_name", "cited_before", "clause_break"):
        assert cues.setting_rx(lex, key, re.I).pattern == lex.settings[key]


def test_a_finder_made_before_still_fills_the_codes_asked_to_keep_it():
    # A process that asked for a regex's lowered form before saving codes still saves it
    # (it did not while the form was kept: what was saved hung on the tests run before).
    regex = re.compile(r"\bcrossed\s+into\s+Chad\b", re.I)
    first = cues.finder(regex)
    codes: dict = {}
    assert cues.finder(regex, codes).pattern == first.pattern
    assert (regex.pattern, "lowered") in codes


def test_a_led_form_is_read_back_from_saved_codes_without_parsing(monkeypatch):
    regex = re.compile(r"(?<!\w)(?:boats|ships|dinghies) (?:left|sailed) from")
    codes: dict = {}
    first = cues.led(regex, codes, whole=True)
    assert (regex.pattern, "led", regex.flags, True) in codes
    monkeypatch.setattr(cues, "_leds", {})      # (a new process: nothing kept yet)

    def no_parse(*args):
        raise AssertionError("parsed again")

    monkeypatch.setattr(re._parser, "parse", no_parse)
    again = cues.led(regex, codes, whole=True)
    assert (again.pattern, again.flags) == (first.pattern, first.flags)


def test_a_led_form_made_before_still_fills_the_codes_and_stays_the_one_kept():
    regex = re.compile(r"(?<!\w)(?:lorries|trucks) (?:crossed|drove) into")
    first = cues.led(regex)
    codes: dict = {}
    assert cues.led(regex, codes, whole=True) is first
    assert codes[(regex.pattern, "led", regex.flags, True)] is not None


#: A whole-text regex of the gate's shape: alternatives enough (cues._MIN_ALTERNATIVES), each with its words.
_GATE_LIKE = ("\\b(?:boats? (?:left|sailed)|migrants? crossed|asylum seekers? arrived|refugees? fled|"
              "smugglers? charged|dinghy capsized|coastguard intercepted|rescue ship docked|border guards? pushed)\\b")


def test_the_gate_s_branches_are_read_back_from_saved_codes_without_parsing(monkeypatch):
    regex = re.compile(_GATE_LIKE, re.I)
    codes: dict = {}
    first = cues._branches_of(regex, codes)
    assert first is not None and (regex.pattern, "branches", regex.flags) in codes
    monkeypatch.setattr(cues, "_rx_branches", {})

    def no_parse(*args):
        raise AssertionError("parsed again")

    monkeypatch.setattr(re._parser, "parse", no_parse)
    again = cues._branches_of(regex, codes)
    assert again.by_word == first.by_word and again.masks == first.masks
    for text in ("the boats left at dawn", "migrants walked north", "the ferry sailed"):
        assert again.able(text) == first.able(text)


def test_branches_made_before_still_fill_the_codes():
    regex = re.compile(_GATE_LIKE.replace("dinghy", "raft"), re.I)
    first = cues._branches_of(regex)
    codes: dict = {}
    assert cues._branches_of(regex, codes) is first
    assert codes[(regex.pattern, "branches", regex.flags)]


def _tried_one_by_one(cue_list, words):
    # tried()'s definition, asked cue by cue and pattern by pattern
    out = []
    for c in cue_list:
        if cues.may_match(c.keywords, words) and cues.may_match(c.tokens, words):
            ps = tuple(p for p in c.patterns if cues.may_match(p.keywords, words) and cues.may_match(p.tokens, words)
                       and all(not n.isdisjoint(words) for n in p.needs))
            if ps:
                out.append((c, ps))
    return out


@pytest.mark.parametrize("text", [
    "Boats left Zuwara for Lampedusa, crossing the Mediterranean Sea.",
    "At least 40 Eritrean migrants were not heading for Lampedusa, the coastguard said.",
    "Smugglers may have moved families from Niger through Libya before they were intercepted.",
    "Police in Calais stopped a lorry carrying Afghans towards the English Channel.",
    "The harvest in Tripoli was poor, traders said.",
])
def test_tried_picks_the_cues_and_patterns_asked_one_by_one(text):
    # Read off bit masks (cue, pattern, token and needed sets), and kept per set of the words
    # the cues ask about: the same cues and patterns as asking each in turn.
    lex = cues.default()
    words = cues.present(lex, cues.mask(annotate(text), 0).text)
    for cue_list in (lex.cues, lex.controls, lex.cues + lex.controls):
        assert [(c.id, ps) for c, ps in cues.tried(cue_list, words)] == \
            [(c.id, ps) for c, ps in _tried_one_by_one(cue_list, words)], text


def test_tried_keeps_one_answer_for_sentences_alike_in_the_words_cues_ask_about():
    # A word no cue asks about ("harvest" stands for any) does not make a new entry: the
    # second sentence's cues are those kept for the first.
    lex = cues.default()
    first = cues.present(lex, cues.mask(annotate("Boats left Zuwara for Lampedusa."), 0).text)
    kept = cues.tried(lex.cues, first)
    plan = cues._plans[id(lex.cues)]
    unasked = next(w for w in sorted(lex.matcher.keys()) if w not in plan.asked and w not in first)
    assert cues.tried(lex.cues, first | {unasked}) is kept
    assert [(c.id, ps) for c, ps in kept] == [(c.id, ps) for c, ps in _tried_one_by_one(lex.cues, first | {unasked})]


@pytest.mark.parametrize("text, silenced", [
    ("Families walked from Zuwara to the Sabratha camp.", False),
    # a force conveys them (destination.camp_reached's unless): its checks silence it there
    ("Police took the families from Zuwara to the Sabratha camp.", True),
], ids=["walked", "police-took"])
def test_silenced_at_reads_a_cues_contexts_at_a_mention(text, silenced):
    lexicon = cues.default()
    camp = next(c for c in lexicon.cues if c.id == "destination.camp_reached")
    doc = annotate(text)
    mention = next(m for m in doc.mentions if m.text == "Sabratha")
    assert cues.silenced_at(camp, cues.mask(doc, 0), mention, lexicon) is silenced
