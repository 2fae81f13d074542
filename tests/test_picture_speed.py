"""Lowered search (cues.finder, cues.matches): a case-insensitive regex searched through its
lowered form finds exactly the matches re's finditer() finds, or is searched as it is."""

from __future__ import annotations

import random
import re

import pytest

from geomig.picture import cues

PATTERNS = [
    r"(?<!\w)(?:Ferries|boats?)\s+(?:left|sailed)\s+from\s+\ue000[PS](?P<s0>\d+)\ue001(?!\w)",
    r"(?<!\w)(?:(?<!back\s)(?:flew|drove)\s+to|reached)\s+\ue000[P](?P<s0>\d+)\ue001",
    r"(?<!\w)(?:In|At|Near)\s+(?-i:[A-Z]\w+)\s+(?:the\s+)?(?:navy|army)",
    r"(?<!\w)(?:(?:\S+\s+){0,3}?stranded|waiting)\b(?!\s+for\s+trains)",
    r"\b(?:Asylum|Sisters?|kiosks?)\b",
    r"(?<=,\s)(?:guards|police)\s+(?:did\s+not\s+)?(?:stop|halt)\w*",
    r"(?:[A-Z]{2,5}):\s+\w+",
]

TEXTS = [
    "Ferries left from \ue000P3\ue001 at dawn, and BOATS sailed from \ue000S1\ue001 later.",
    "They flew to \ue000P0\ue001; others went back to \ue000P2\ue001 and later reached \ue000P4\ue001.",
    "In Kavala the navy waited; in kavala the army did not.",
    "Many were stranded at the border, WAITING for trains or waiting for buses.",
    "The asylum office, the ASYLUM court and the kiosk by the quay closed.",
    "Then, guards did not stop them, POLICE halted nobody, police stopped trucks.",
    "NEWS: the convoy turned north near the hills.",
    "Paſſengers on the Iſland: asylum ſeekers, KıOSK İsland, Sisters and ſisters.",
    "",
]


def _spans(ms):
    return [(m.span(), m.groups(), m.groupdict()) for m in ms]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_matches_are_finditer_s(pattern):
    regex = re.compile(pattern, re.IGNORECASE)
    lowered = cues.finder(regex)
    rng = random.Random(3)
    texts = TEXTS + [" ".join(rng.sample(" ".join(TEXTS).split(), 12)) for _ in range(40)]
    for text in texts:
        got = _spans(cues.matches(regex, lowered, text, cues.lowered_text(text)))
        assert got == _spans(regex.finditer(text)), text
        assert cues.found_in(regex, text, cues.lowered_text(text)) == (regex.search(text) is not None)


def test_a_text_with_a_letter_re_folds_is_not_lowered():
    assert cues.lowered_text("the Iſland") is None
    assert cues.lowered_text("İzmir") is None
    assert cues.lowered_text("Boats LEFT") == "boats left"


@pytest.mark.parametrize("pattern", [
    r"\x41sylum",               # an upper-case letter by escape
    r"\N{LATIN SMALL LETTER A}sylum",
    r"(?-i:[^A-Z])boats",       # a case-sensitive negated class: lowering narrows it
    r"(?<!(?-i:Mr))\s+Smith",   # a case-sensitive part in a negative lookbehind
    r"ſhips",                   # a letter re equates with another ("s")
    r"μ\w+",                    # one with more than its own cases (µ)
    r"(?:boats)?",              # may match nothing
])
def test_regexes_lowering_might_change_are_searched_as_they_are(pattern):
    regex = re.compile(pattern, re.IGNORECASE)
    assert cues.lowered_source(regex) is None
    text = "Asylum boats of Mr Smith, ſhips and µnits"
    assert _spans(cues.matches(regex, cues.finder(regex), text, cues.lowered_text(text))) \
        == _spans(regex.finditer(text))


def test_a_case_sensitive_regex_has_no_lowered_form():
    assert cues.finder(re.compile(r"Boats")) is None


def test_every_cue_pattern_of_the_data_finds_what_finditer_finds():
    lex = cues.default()
    text = ("Some 40 MIGRANTS left \ue000P0\ue001 for \ue000P1\ue001 by boat, Coast Guard officials said; "
            "\ue000DN2\ue001 nationals were taken to a camp in \ue000P3\ue001 and later sent back.")
    low = cues.lowered_text(text)
    for cue in lex.cues + lex.controls:
        for p in cue.patterns:
            assert _spans(cues.matches(p.regex, p.lowered, text, low)) == _spans(p.regex.finditer(text)), cue.id


@pytest.mark.parametrize("pattern", PATTERNS + [r"(?:from|of)\s+\w+\s*$", r"\bnot\b[^.]*$"])
def test_search_within_bounds_is_re_s(pattern):
    regex = re.compile(pattern, re.IGNORECASE)
    for text in TEXTS:
        low = cues.lowered_text(text)
        for pos, end in ((0, len(text)), (5, 40), (10, 10), (3, len(text) - 2)):
            got, want = cues.search(regex, text, low, pos, end), regex.search(text, pos, end)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), (text, pos, end)


@pytest.mark.parametrize("source, first", [
    (r"(?<!\w)(?:no\b|not|n['’]t)", r"[n]"),
    (r"\b(?:a?b*c|\d+x)", r"[abc\d]"),        # optional parts lead with what follows them
    (r"(?:\s*,)?\s+to", r"[\s,]"),
    (r"[\]^-]x", r"[\]\^\-]"),                 # a class's own signs stay literal
    (r"(?=\w)(?<!-)boats", r"[b]"),           # lookarounds and boundaries take no character
    (r"[^a]x", None),                           # a negated class: any character may lead
    (r".x", None),
    (r"(?:boats)?", None),                      # may match nothing
    (r"(?i:b)oats", None),                      # flags changed inside
])
def test_first_class(source, first):
    assert cues.first_class(source) == first


LED = [
    r"(?<!\w)(?:(?:\S+\s+){0,2}?stranded|\d+\s+(?:people|men))(?!\w)",
    # split by first letters (_by_first_letter): lookarounds in the alternatives and around them
    r"\b(?:(?<!fishing\s)boats?|(?<!\bno\s)(?:migrants?|men)|taken|b[ae]ck|then|,\s*then)\b(?!\s+home)",
    r"(?<!\w)(?:(?<!back\s)(?:(?:went|sent)\s+to|(?:ca|we)nt\s+\w+)|stranded)\s+\S+",
    r"(?:no\b(?!\.)|not\b|never)|n['’]t\b",
    r"\b(?:a?b*c|(?:x|y)?z+|\s*,\s*then)",
    r"(?:(?<=\bwere\s)|(?<=\bwas\s))?(?:taken|sent)\s+\w+",
    r"(?<!\w)\ue000[PS](?P<s0>\d+)\ue001(?:\s+and\s+\ue000P\d+\ue001)*",
]


@pytest.mark.parametrize("pattern", LED + PATTERNS)
def test_a_led_finder_finds_where_its_source_matches(pattern):
    regex = re.compile(pattern, re.IGNORECASE)
    source = cues.lowered_source(regex)
    assert source is not None
    plain, led = re.compile(source), cues.finder(regex)
    # (led by a class, or split by first letters: an arm per letter)
    assert led.pattern != source and (led.pattern.startswith("[") or "(?<=(?=" in led.pattern)
    rng = random.Random(5)
    texts = TEXTS + ["abc bc c , then zz yz 12 people were taken home", "7 men stranded"]
    texts += [" ".join(rng.sample(" ".join(texts).split(), 10)) for _ in range(40)]
    for text in map(str.lower, texts):
        for pos, end in ((0, len(text)), (3, len(text) - 2)):
            want = [i for i in range(pos, end) if plain.match(text, i, end)]
            got, at = [], pos
            while (m := led.search(text, at, end)) is not None:
                got.append(m.start())
                at = m.start() + 1
            assert got == want, text


@pytest.mark.parametrize("pattern", [
    r"(?!(?<=\bnot\s)migration\b)\b(?:fle(?:e|d)|migra\w*|\d[\d,]*\s+people)",
    r"\b(?:refugees?|asylum)\b(?!\s+seekers)",
])
def test_a_led_regex_finds_finditer_s_matches(pattern):
    regex = re.compile(pattern)
    led = cues.led(regex)
    assert led is not None and (led.pattern.startswith("[") or "(?<=(?=" in led.pattern)
    for text in ["migrants fled; not migration, but 1,200 people fled and migrated", "asylum seekers and refugees",
                 "fleet of 40 people", ""]:
        assert _spans(cues.matches(regex, led, text, text)) == _spans(regex.finditer(text)), text


def test_no_led_regex_for_a_case_insensitive_one():
    assert cues.led(re.compile(r"\bfled", re.IGNORECASE)) is None
    assert cues.led(re.compile(r"(?:fled)?")) is None      # may match nothing


def test_a_verbose_regex_is_not_led():
    """A re.VERBOSE source may end in a comment that would swallow the led form's wrapper."""
    assert cues.led(re.compile(r"\w(?=a)  # a word character before an a", re.VERBOSE)) is None


@pytest.mark.parametrize("source, split", [
    (r"\b(?:fled|deported)\b", (r"\b(?:", ["fled", "deported"], r")\b")),
    (r"no\b|not\b", ("", [r"no\b", r"not\b"], "")),
    (r"(?<!\w)(?:(?<!back\s)(?:went|sent)\s+to)", (r"(?<!\w)(?:(?<!back\s)(?:", ["went", "sent"], r")\s+to)")),
    (r"\b(?:[|a]x|b\|y)", (r"\b(?:", ["[|a]x", r"b\|y"], ")")),      # a "|" in a class or escaped splits nothing
    (r"(?:a|b)+c", None),           # a repeated group takes its alternatives again
    (r"(?:a|b){2}", None),
    (r"\bfled\b", None),            # no alternation
    (r"(?:a|b", None),              # unbalanced
])
def test_alternatives(source, split):
    assert cues.alternatives(source) == split


@pytest.mark.parametrize("source", [
    r"(?<!\w)(?:(?<!fishing\s)boats?|deported|fled)\b",
    r"\b(?:no\b(?!\.)|not|never|none|denied)\b",
])
def test_an_alternation_is_led_by_the_letters_its_alternatives_begin(source):
    """A position is tried only against the alternatives that can begin with its letter:
    an arm per letter, each one re skips in C when the letter differs."""
    led = cues.led(re.compile(source))
    assert led is not None and not led.pattern.startswith("[")
    arms = cues._split_bars(led.pattern)
    assert len(arms) == len({a[0] for a in arms}) > 1 and all(a[1:8] == "(?<=(?=" for a in arms)
    regex = re.compile(source)
    for text in ["fishing boats, boats and fled, deported people", "no. not none never nothing no",
                 "fledgling boats2 x", ""]:
        assert _spans(cues.matches(regex, led, text, text)) == _spans(regex.finditer(text)), text


@pytest.mark.parametrize("source", [
    r"\b(?:(?P<a>fled|went)|(?P<b>flew))",    # an alternative in two arms would repeat its named group
    r"\b(?:(b)a|c\1)",                      # a back-reference counts groups anew
    r"\b(?:fled|(?:went)?)",                  # one that may match nothing
])
def test_alternations_not_split(source):
    assert cues._by_first_letter(source, 0) is None
    assert cues._by_first_letter(r"\b(?:fled|flew|went)", 0) is not None


def test_an_alternative_led_by_a_class_has_an_arm_of_that_class():
    """"\\d+ people" among words: the words keep an arm per letter, the count one of its own
    (the whole alternation was led by one class, every alternative tried at every letter)."""
    source = r"\b(?:\d[\d,]*\s+people|fled|(?<!\bnot\s)migrants?|\d+\s+men)\b"
    led = cues._by_first_letter(source, 0)
    assert led is not None
    assert [arm.split("(?<=", 1)[0] for arm in cues._split_bars(led)] == [r"[\d]", "f", "m"]
    regex, found = re.compile(source), re.compile(led)
    for text in ["1,200 people fled, 40 men and not migrants but migrants", "12people fled2 x 3 men",
                 "fledgling 7 people", ""]:
        assert _spans(cues.matches(regex, found, text, text)) == _spans(regex.finditer(text)), text


@pytest.mark.parametrize("source, whole", [
    (r"\b(?:migrants?|refugees?|\d+\s+people)\b", True),
    (r"\b(?!(?<=\bnot\s)migration\b)(?:fled|migra\w*)", True),
    (r"(?<!\w)(?:fled|went)", False),       # no boundary of its own: led as in a sentence
    (r"\b(?:-fled|went)", False),          # a lead that is no word character
])
def test_a_regex_searched_over_whole_documents_is_led_by_its_word_boundary(source, whole):
    """Only where every match begins at a word boundary (a topic regex, searched over a
    whole document: re then passes over the letters inside words at once)."""
    sentence = cues._led(source, 0)
    led = cues._led(source, 0, whole=True)
    assert led == (rf"\b(?:{sentence})" if whole else sentence)
    regex, found = re.compile(source), re.compile(led)
    for text in ["migrants fled; 300 people migrated, not migration", "refugees-fled went2 wentworth -fled",
                 "x" * 50 + " fled", ""]:
        assert _spans(cues.matches(regex, found, text, text)) == _spans(regex.finditer(text)), text


def test_the_topic_regex_is_led_by_its_word_boundary():
    lex = cues.default()
    assert cues.led(lex.topic_lower).pattern.startswith("\\b(?:")


# ------------------------------------------------------------------ work done once, not per sentence
# (the picture's output stays the same: these check that the work is skipped or done once)


def test_no_role_reads_no_setting_for_a_document_without_claims(monkeypatch):
    # a text not about migration makes no claim: its dozens of settings are not compiled for nothing
    from geomig.picture import relevance

    def refused(*args, **kwargs):
        raise AssertionError("a setting was read for a document without claims")

    monkeypatch.setattr(relevance, "setting_rx", refused)
    assert relevance.no_role([], [], cues.default()) == []


def test_the_units_spelled_numbers_count_are_read_once_per_lexicon(monkeypatch):
    from geomig.picture import facts

    lexicon = cues.default()
    spelled = facts._spelled_keywords(lexicon)
    assert spelled == tuple(u.get("keywords") for u in lexicon.units if u["name"] in facts._SPELLED_UNITS)
    assert len(spelled) == len(facts._SPELLED_UNITS)
    assert facts._spelled_keywords(lexicon) is spelled          # kept, not read again
    # the copy texts not about migration read shares the units, and their answer
    assert facts._spelled_keywords(lexicon.off_topic) is spelled


def test_spelled_counts_are_read_where_a_unit_s_words_are_and_only_there():
    from extract_helpers import annotate

    from geomig.picture import read

    def counted(text):
        return {(f.unit, f.value) for f in read([annotate(text)])[0].facts}

    assert counted("Eight people drowned and three are missing after their dinghy sank off Sfax.") \
        == {("deaths", 8), ("missing", 3)}
    # no word of a death or a disappearance: the spelled numbers count nothing
    assert counted("Eight families and three teachers reached Sfax by bus, the mayor said.") == set()
    # denied or hedged, the count stays a count of what the sentence says
    assert counted("Nobody drowned, but four are reportedly missing near Sfax.") == {("missing", 4)}


def test_the_package_version_is_read_once_per_process(monkeypatch):
    import importlib.metadata

    import geomig.picture as picture

    asked = []

    def version(name):
        asked.append(name)
        return "9.9.9"

    picture._version.cache_clear()
    monkeypatch.setattr(importlib.metadata, "version", version)
    try:
        assert picture._meta(None) == {"geomig": "9.9.9"}
        assert picture._meta(None) == {"geomig": "9.9.9"}
        assert asked == ["geomig"]
    finally:
        picture._version.cache_clear()      # (the next test reads the installed version again)


def test_folded_reads_ascii_texts_without_a_search(monkeypatch):
    # an ASCII text cannot hold a letter _FOLD names: the search is never made for it
    searched: list[str] = []

    class Counting:
        def search(self, text):
            searched.append(text)
            return real.search(text)

    real = cues._FOLDED
    monkeypatch.setattr(cues, "_FOLDED", Counting())
    assert cues.folded("Boats LEFT Kavala") == "boats left kavala"
    assert cues.lowered_text("Boats LEFT Kavala") == "boats left kavala"
    assert searched == []
    # a non-ASCII one is still searched
    assert cues.folded("Café near İzmir") == "café near izmir"
    assert cues.folded("Café near Izmir") == "café near izmir"
    assert cues.lowered_text("Café near Izmir") == "café near izmir"
    assert cues.lowered_text("Café near İzmir") is None


def test_matches_goes_on_from_a_first_match_already_found():
    # matches() given the lowered form's first match finds what it finds without it
    regex = re.compile(PATTERNS[0], re.IGNORECASE)
    lowered = cues.finder(regex)
    text = TEXTS[0]
    low = cues.lowered_text(text)
    first = lowered.search(low)
    assert first is not None
    assert _spans(cues.matches(regex, lowered, text, low, seen=first)) == _spans(regex.finditer(text))
    assert lowered.search(cues.lowered_text(TEXTS[2])) is None   # a text it cannot match: no first
