"""The word lists that tell places from words and persons, derived from PyPI packages
and committed in ``gazetteer/`` so that the run-time install needs none of them.

    common-words.txt   frequent English words a dictionary writes in lowercase
                       (wordfreq's frequencies, english-words' web2 dictionary)
    first-names.txt    the most frequent US first names  (US Census 1990, via names)
    surnames.txt       the most frequent US surnames     (US Census 1990, via names)

Regenerate with ``pip install '.[build]' && python -m geomig.gazetteer.build.wordlists``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from geomig.gazetteer.sources import data_dir

#: How many of wordfreq's top English words are considered, and how many names are kept.
TOP_WORDS = 30000
FIRST_NAMES = 600
SURNAMES = 1500


def common_words() -> list[str]:
    """Frequent English words that a dictionary writes in lowercase: "nice", "reading",
    "split", but not "augusta", whose frequency comes from the proper name."""
    import wordfreq
    from english_words import get_english_words_set

    dictionary = get_english_words_set(["web2"], lower=False)
    return sorted(w for w in wordfreq.top_n_list("en", TOP_WORDS) if w.isalpha() and w in dictionary)


def person_names() -> tuple[list[str], list[str]]:
    """The most frequent US first names (male and female) and surnames."""
    import names

    root = Path(names.__file__).parent

    def top(fname: str, limit: int) -> set[str]:
        with open(root / fname, encoding="ascii") as f:
            return {line.split()[0].lower() for _, line in zip(range(limit), f)}

    first = top("dist.male.first", FIRST_NAMES) | top("dist.female.first", FIRST_NAMES)
    return sorted(first), sorted(top("dist.all.last", SURNAMES))


def build(out_dir: Path) -> dict[str, int]:
    """Write the three lists into out_dir; returns how many words each holds."""
    first, last = person_names()
    lists = {"common-words.txt": common_words(), "first-names.txt": first, "surnames.txt": last}
    for fname, words in lists.items():
        (out_dir / fname).write_text("".join(w + "\n" for w in words), encoding="utf-8")
    return {fname: len(words) for fname, words in lists.items()}


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else data_dir()
    for name, count in build(target).items():
        print(f"{name}: {count} words")
