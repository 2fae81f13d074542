"""Passages that tell no migration now: a work's plot and a past era's moves.

A film review retells its hero's journey in the words of a report ("he crosses Mali by bus,
waits in Agadez"); an exhibition follows families who sailed in the famine years. Neither is
anyone migrating now (the reports' convention: a plot is fiction and a move that ended
generations ago is history; neither gets a role or a route). relevance.no_role drops one
sentence told of long ago; this stage reads wider than a sentence:

- a text reviewing a work, naming at least [settings] story_work_min different words of its
  making and showing (story_work): none of its claims stand, its makers' lives included;
- in another text, a sentence that frames a work's plot (story_plot: "the film follows", "the
  novel's heroine") and the rest of its paragraph;
- a paragraph told of a past era (story_past: "in 1847", "a century ago", "their
  grandparents") with nothing recent in it (story_recent: a later year, "now", a weekday),
  in a text told of now: a text naming story_era_min years of a past era (story_era) and
  more of them than recent markers is a history column's or an archive's, whose subject is
  that era's moves (they stand, as a report's).

Every marker is a [settings] pattern of cues.toml; this module only applies them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geomig.picture.claims import Claim, ZoneClaim
from geomig.picture.cues import (
    Lexicon,
    Masked,
    finder,
    found_in,
    lowered_sentence,
    lowered_text,
    matches,
    of_past_era,
    setting_rx,
)

# A blank line (spaces allowed) ends a paragraph.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# "the film", "a new film" and "its feature film" are one word of a work.
_DETERMINERS = re.compile(r"^(?:(?:the|this|her|his|their|its|a|new|feature)\s+)+")


def not_now(claims: Sequence[Claim], zones: Sequence[ZoneClaim], sentences: Sequence[Masked],
            lexicon: Lexicon) -> tuple[list[Claim], list[ZoneClaim]]:
    """The role and zone claims without those a work's plot or a past era tells."""
    if not claims and not zones:    # (most of a corpus: nothing to drop, nothing to read)
        return list(claims), list(zones)
    untold = told_as_story(sentences, lexicon)
    if not untold:
        return list(claims), list(zones)
    return ([c for c in claims if c.sentence not in untold],
            [z for z in zones if z.sentence not in untold])


def told_as_story(sentences: Sequence[Masked], lexicon: Lexicon) -> frozenset[int]:
    """The indices of the sentences a work's plot or a past era tells (see the module)."""
    if not sentences:
        return frozenset()
    work = setting_rx(lexicon, "story_work", re.I)
    least = int(lexicon.settings.get("story_work_min", 0))
    text = sentences[0].doc.text
    low = lowered_text(text)    # (the cue regexes searched through their lowered forms: cues.matches)
    if work is not None and least > 0 and _kinds(work, text, low) >= least:
        return frozenset(m.index for m in sentences)
    plot = setting_rx(lexicon, "story_plot", re.I)
    past = setting_rx(lexicon, "story_past", re.I)
    recent = setting_rx(lexicon, "story_recent", re.I)
    if past is not None and recent is not None and of_past_era(text, lexicon, low):
        past = None
    out: set[int] = set()
    for para in _paragraphs(sentences):
        if past is not None and recent is not None:
            words = text[para[0].start:para[-1].end]
            low_words = lowered_text(words)
            if found_in(past, words, low_words) and not found_in(recent, words, low_words):
                out.update(m.index for m in para)
                continue
        if plot is not None:
            # (the plot's sentence and those after it in its paragraph)
            first = next((i for i, m in enumerate(para) if found_in(plot, m.sentence, lowered_sentence(m))), None)
            if first is not None:
                out.update(m.index for m in para[first:])
    return frozenset(out)


def _kinds(rx: re.Pattern, text: str, low: str | None = None) -> int:
    """How many different words of rx the text holds (a word and its plural are one);
    `low`: the text's lowered_text()."""
    return len({_DETERMINERS.sub("", re.sub(r"\s+", " ", m.group().lower())).rstrip("s")
                for m in matches(rx, finder(rx), text, low)})


def _paragraphs(sentences: Sequence[Masked]) -> list[list[Masked]]:
    """The sentences grouped by the paragraph of the document their first word is in (a
    sentence's span may begin with the blank line before it)."""
    text = sentences[0].doc.text
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
    groups: dict[int, list[Masked]] = {}
    for m in sentences:
        words = m.sentence
        first = m.start + len(words) - len(words.lstrip())
        groups.setdefault(sum(1 for b in breaks if b <= first), []).append(m)
    return [groups[k] for k in sorted(groups)]
