"""Sentence boundaries for news prose: rule-based, offsets into the original text."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable
from importlib import resources


@functools.cache
def lexicon() -> dict:
    """The recogniser's word lists (geomig/geoparse/recognize.toml)."""
    return tomllib.loads(resources.files("geomig.geoparse").joinpath("recognize.toml").read_text("utf-8"))


#: Every capital letter past ASCII (Latin, Greek, Cyrillic: "Žilina", "Łódź", "Αθήνα"), for
#: the character classes of patterns that find capitalised words; Python's re has no \p{Lu}.
CAPITALS = "".join(c for c in map(chr, range(0xC0, 0x2000)) if c.isupper() or c.istitle())

# A sentence ends at . ! ? (and closing quotes) followed by space and a capital, a quote or a digit,
# or at a line break. The lookbehind lets a match start only where a run of marks starts, and
# the possessive quantifiers never give back what they took, so a run of 1 MB of "!" not followed
# by a capital is read once, not once per mark (that was quadratic). The pattern starts with
# a character class, so the engine skips in C to the next mark or line break instead of trying
# the lookbehind at every character (four times faster than the same pattern written
# "(?<![.!?])[.!?]++...|\n\s*+", with the same matches); the lookbehind then reads the character
# before the mark.
_END = re.compile(r"""[.!?\n](?:(?<=\n)\s*+|(?<![.!?].)[.!?]*+["”’')\]]*+\s++(?=["“‘'(\[]?[A-Z0-9"""
                  + CAPITALS + r"""]))""")
_WORD_BEFORE_DOT = re.compile(r"([\w.]+)\.$")
# What follows the place of a dateline: a bracket or a dash ("Dover (AP) -", "Calais —"),
# after its country or state too where a qualifier may come first ("TAPACHULA, Mexico -").
_DATELINE_END = r"\s*(?:\(|—|–|-\s)"
_DATELINE = re.compile(_DATELINE_END)
_QUALIFIED_DATELINE = re.compile(rf"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?{_DATELINE_END}")


def dateline_place(text: str, start: int, end: int, qualified: bool = False) -> bool:
    """Whether the name text[start:end] is a dateline's place: first on its line, with a
    bracket or a dash after it (after its country or state, where ``qualified``)."""
    pattern = _QUALIFIED_DATELINE if qualified else _DATELINE
    return not text[text.rfind("\n", 0, start) + 1:start].strip() and pattern.match(text, end) is not None


# Hard wrapping (e-mail, PDF-to-text, plain-text wire feeds) is told from lines that are
# short anyway (headlines, captions, lists) by its width: most lines come near one width,
# between these bounds, and a line was cut there only if the next line's first word would
# not have fitted on it.
_WRAP_WIDTHS = (30, 120)
#: Marks that end a line on their own (a sentence, a heading) or start a list item: a line
#: break beside them is kept.
_LINE_ENDS = ".!?:;\"”’)]"
_ITEM = re.compile(r"[-*•–—]\s|\d{1,3}[.)]\s")
#: Prose cut by wrapping goes on mid-sentence, the next line mostly lowercase (a fifth of
#: them capitalised in wrapped reports, at most two thirds in a short one); short lines of
#: their own (captions, a list of towns or of a journey's legs, table rows) start capitalised.
#: Where more than this share of the breaks to undo are followed by a capital, none is undone.
_CAPITALISED_MOST = 0.75


def unwrapped(text: str) -> str:
    """The text with the line breaks of hard wrapping turned into spaces, one character for
    one, so a sentence or a name cut by the wrap ("New\nYork") reads whole and every offset
    still points into the text. Paragraph breaks, short lines and list items stay; a text
    not hard-wrapped is returned as it is."""
    if text.count("\n") < 3:
        return text
    lines = text.split("\n")
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 3:
        return text
    width = lengths[(len(lengths) - 1) * 9 // 10]  # most lines are at most this long
    if not _WRAP_WIDTHS[0] <= width <= _WRAP_WIDTHS[1] or sum(n >= width * 3 // 4 for n in lengths) < 3:
        return text
    breaks: list[int] = []
    at = 0
    for line, following in zip(lines, lines[1:]):
        at += len(line) + 1  # just past this line's break
        body = line.rstrip()
        first = following.split(None, 1)[0] if following.strip() else ""
        if (body and first and not following[0].isspace() and body[-1] not in _LINE_ENDS
                and len(body) + 1 + len(first) > width and not _ITEM.match(following)):
            breaks.append(at - 1)
    if not breaks or sum(text[n + 1].isupper() for n in breaks) > _CAPITALISED_MOST * len(breaks):
        return text
    chars = list(text)
    for n in breaks:
        chars[n] = " "
        if n and chars[n - 1] == "\r":
            chars[n - 1] = " "
    return "".join(chars)


@functools.cache
def _abbreviations() -> tuple[frozenset[str], int]:
    """The abbreviations, lowercase, and the window the word before a dot is read from:
    one character longer than the longest of them."""
    abbreviations = frozenset(a.lower() for a in lexicon()["abbreviations"])
    return abbreviations, max(map(len, abbreviations)) + 1


def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence, leading and trailing space excluded, in order."""
    spans = []
    start = 0
    # Only a short word can be an abbreviation or an initial, so the word before a dot is
    # read from a window one character longer than the longest abbreviation: a longer word
    # is cut short there but is still no abbreviation, and the sentence is not rescanned.
    abbreviations, reach = _abbreviations()
    for m in _END.finditer(text):
        if text[m.start()] == ".":
            word = _WORD_BEFORE_DOT.search(text, max(start, m.start() - reach), m.start() + 1)
            # "U.S. officials", "Mr. Seraj", "Aug. 19": an abbreviation or an initial, not an end.
            if word and (word.group(1).lower() in abbreviations or len(word.group(1)) == 1):
                continue
        spans.append((start, m.start() + len(m.group().rstrip())))
        start = m.end()
    spans.append((start, len(text)))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if s < e and e - s <= MAX_SENTENCE and not text[s].isspace() and not text[e - 1].isspace():
            out.append((s, e))  # what _pieces gives of a short sentence already trimmed
        else:
            out.extend(_pieces(text, s, e))
    return tuple(out) or ((0, len(text)),)


#: Longest sentence kept whole. The longest in the evaluation corpora has under 1,000
#: characters; a longer "sentence" is a list, a table or hostile input, and the stages that
#: read a sentence at a time (cue patterns, negation windows) then see bounded pieces, so
#: their work stays linear in the document whatever it holds.
MAX_SENTENCE = 2000

_NON_SPACE = re.compile(r"\S")
_LAST_SPACE = re.compile(r".*\s", re.DOTALL)


def _pieces(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """text[s:e] without its leading and trailing space, cut into pieces of at most
    MAX_SENTENCE characters at the last space of each window (mid-word only when a
    window's second half has none), so each piece costs O(MAX_SENTENCE) to find."""
    out: list[tuple[int, int]] = []
    while True:
        m = _NON_SPACE.search(text, s, e)
        if m is None:
            return out
        s = m.start()
        if e - s <= MAX_SENTENCE:
            out.append((s, s + len(text[s:e].rstrip())))
            return out
        cut = _LAST_SPACE.match(text, s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
        end = cut.end() - 1 if cut else s + MAX_SENTENCE
        out.append((s, s + len(text[s:end].rstrip())))
        s = end


def alternation(words: Iterable[str], spaces: bool = False) -> str:
    """A regular expression's alternation of words, longest first (so a longer word wins);
    with `spaces`, a space matches any run of spaces ("border town", "close to")."""
    escaped = (re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))  # (ties by text: one regex per word set)
    return "|".join(e.replace(r"\ ", r"\s+") for e in escaped) if spaces else "|".join(escaped)


@functools.cache
def _feature_nouns() -> tuple[re.Pattern, dict[str, str]]:
    nouns = lexicon()["feature_nouns"]
    words = alternation(nouns)
    return re.compile(rf"[ \u00a0]+({words})\b"), nouns


@functools.cache
def _feature_nouns_before() -> tuple[re.Pattern, dict[str, str], tuple[str, ...]]:
    lex = lexicon()
    nouns = lex["feature_nouns"]
    capitalised = {noun.capitalize(): nouns[noun] for noun in lex["feature_nouns_before"]}
    # "the crossing of X", "the lake of X" cross or fill X; only a camp "of" X is named X.
    camps = {noun: feature for noun, feature in nouns.items() if feature == "camp"}
    lower, upper = alternation(camps), alternation(capitalised)
    return (re.compile(rf"(?<![\w-])(?:({upper})[ \u00a0]|[Tt]he\s+({lower})\s+of\s+)$"),
            {**nouns, **capitalised}, (*capitalised, "of"))


def feature_before(text: str, start: int) -> str:
    """The gazetteer feature that a noun right before a name asks for: capitalised, and no
    part of the name the gazetteer knows ("Camp Zaatari"; recognize.toml's
    feature_nouns_before), or a camp's noun between "the" and "of" ("the camp of Azraq",
    not the town of that name); or ""."""
    pattern, nouns, last_words = _feature_nouns_before()
    lo = max(0, start - 24)
    # Every match ends in one of last_words and the space after it: one native test of the
    # window first, as the anchored search tries each of its positions (most names have
    # neither before them).
    if not text[lo:start].rstrip().endswith(last_words):
        return ""
    m = pattern.search(text, lo, start)
    return nouns[m.group(1) or m.group(2)] if m else ""


@functools.cache
def _audit_feature_nouns() -> re.Pattern:
    lex = lexicon()
    nouns = sorted({*lex["feature_nouns"], *lex["audit_feature_nouns"]}, key=lambda w: (-len(w), w))
    return re.compile(rf"[ \u00a0]+(?:{'|'.join(map(re.escape, nouns))})\b", re.IGNORECASE)


def audit_feature_after(text: str, end: int) -> bool:
    """Whether a feature noun, capitalised or not, follows a name ("the Kapıköy Border Gate",
    "the Kurubaş pass"; recognize.toml's feature_nouns and audit_feature_nouns): a name the
    gazetteer lacks there is a place's, which the audit lists."""
    return _audit_feature_nouns().match(text, end, end + 16) is not None


def feature_after(text: str, end: int) -> str:
    """The gazetteer feature that a lowercase noun right after a name asks for ("camp" in
    "the Lipa camp", "river" in "the Kupa river"; recognize.toml's feature_nouns), or ""."""
    pattern, nouns = _feature_nouns()
    m = pattern.match(text, end, end + 16)
    return nouns[m.group(1)] if m else ""


@functools.cache
def _site_nouns() -> re.Pattern:
    lex = lexicon()
    nouns = alternation({*lex["feature_nouns"], *lex["inside_nouns"], *lex["site_nouns"]})
    # (the word between is no function word: "the Velmarsk in town" is not a site's name)
    return re.compile(rf"[ \u00a0]+(?:(?!(?:{_FUNCTION_WORDS})\b)[a-z-]+[ \u00a0]+)?(?:{nouns})\b(?![-'’])")


_FUNCTION_WORDS = "a|an|the|and|or|but|in|on|at|to|of|for|from|by|near|with|is|was|are|were"


def site_noun_end(text: str, end: int) -> int:
    """Where a lowercase noun right after a name that calls it a site ends, or 0: a feature
    noun, an inside noun or one of recognize.toml's site_nouns, maybe after one lowercase
    word ("the Velmarsk settlement", "the Velmarsk transit centre", "the Velmarsk
    neighbourhood")."""
    m = _site_nouns().match(text, end, end + 40)
    return m.end() if m else 0


def feature_noun_end(text: str, end: int) -> int:
    """Where the lowercase feature noun right after a name ends ("Ben Gurion airport"), or 0."""
    m = _feature_nouns()[0].match(text, end, end + 24)
    return m.end() if m else 0


# A count right after a list's member: "2,200", ", 2,200", "(150)", "1.300".
_COUNT = re.compile(r"^\s*(?:,\s*)?\(?\d{1,3}(?:[,.]\d{3})*\)?(?=[\s,;/])")


@functools.cache
def _list_joiners() -> frozenset[str]:
    return frozenset(lexicon()["list_joiners"])


def list_joiner(text: str, end: int, start: int) -> str:
    """The joiner if the names ending at `end` and starting at `start` are neighbours in a
    list ("Calais, Dunkirk and Dover"; recognize.toml's list_joiners), else "". A count after
    a member leaves it one ("Chios 2,200, Kos 900 and Leros (150)")."""
    gap = " ".join(_COUNT.sub("", text[end:start]).split())
    return gap if gap in _list_joiners() else ""


def list_goes_on(joined: str, joiner: str) -> bool:
    """Whether a list joined by `joined` goes on by `joiner`: not by a comma once its last
    member came with "and" or "or" ("in Kampala, Gulu and Arua, Okonjwa said": the list
    ended at Arua, and the name after the comma is the speaker's)."""
    return bool(joined) and not (joiner == "," and joined.split()[-1] in ("and", "or"))
