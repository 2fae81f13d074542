"""Fit the learned topic check (geomig/picture/topic_model.json) beside the document gate's rules.

Training documents (never the reports after 762: batch AM, 763-780, is validation and the
later ones are blind; never the dev set's odd half): positives are our own reports 1-762 with
gold expectations (no_routes ones too: a policy debate, a court ruling or a count of asylum
claims names roles and is about migration), the seed texts (seeds/) and the dev set's EVEN half
documents with expectations; negatives are our own reports with no expectations
(controls: animals, goods, sport, tourism, software), the dev even half's traps, and the
even-numbered texts of LGL and GeoVirus
(general news), except those the rules' gate (Lexicon.on_topic without the model) already
passes: the model is asked only where the rules said no, and is not taught against a text
about asylum policy. With --mask, each positive is taught a second time with the rules'
topic words taken out (the same group in cross-validation): a report told without them is
what the model is for.

A logistic regression over topic.features(), each document's scaled to unit length so that a
short report weighs as much as a long one (scikit-learn, `pip install -e '.[train]'`),
features kept only when they occur in at least MIN_DOCS training documents. C is chosen by
5-fold cross-validation (each document, with its masked copy, in one fold): the most
positives with their topic words taken out passed at the least threshold no control
reaches. The threshold written to cues.toml ([document] topic_model_min) is the least on
the grid that passes no control (own no-route reports, dev traps: cross-validated, and with
the final model; those where other movers prevail are never asked) and at most MAX_FLIPS of
the held-out general news (LGL and GeoVirus odd texts) the rules reject. Deterministic. The
packaged model was fitted with --mask --stop. Run from the repository root:

    python benchmarks/train_topic.py [--dev ../shared/eval/migration-news] [--mask] [--stop] [--write]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from _common import ROOT, commit

sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.model_selection import GroupKFold  # noqa: E402

from geomig.picture import cues as _cues  # noqa: E402
from geomig.picture import topic  # noqa: E402

MIN_DOCS = 3
C_GRID = (3.0, 10.0, 30.0, 100.0)
THRESHOLDS = tuple(round(float(x), 2) for x in np.arange(0.5, 0.995, 0.01))
#: The most of the held-out general news the model may pass (a share of the texts).
MAX_FLIPS = 0.01
#: Function words: they tell who wrote a text (our reports, a local paper), not what it is about;
#: a word pair of two of them is left out too (with --stop).
STOP = frozenset("""a an the and or but if of to in on at by for from with as is are was were be been being
has have had do does did will would shall should can could may might must it its this that these those
which who whom whose what when where while than then so not no also there here he she they we you i me
him her his hers our us your their my said says m s""".split())
OWN = ROOT / "tests" / "fixtures" / "reports"
LAST_REPORT = 762   # the blind batches after it are never read (763-780, batch AM, is validation)
EVAL = ROOT.parent / "shared" / "eval"
OUT = ROOT / "geomig" / "picture" / topic.FILE


@dataclasses.dataclass
class Doc:
    key: str
    text: str
    label: int          # 1: about migration
    control: bool       # a negative that must never pass (own no-route reports, dev traps)
    group: int = 0


def number(name: str) -> int:
    m = re.match(r"(\d+)", name)
    return int(m.group(1)) if m else -1


def rules() -> _cues.Lexicon:
    """The packaged lexicon without the model: the rules' own gate."""
    lex = _cues.default()
    return dataclasses.replace(lex, topic_model_min=0.0)


def training_docs(dev: Path, lex: _cues.Lexicon) -> list[Doc]:
    """Every training document, negatives the rules pass left out."""
    docs = []
    own = json.loads((OWN / "gold.json").read_text("utf-8"))["docs"]
    for name in sorted(own, key=number):
        if 0 < number(name) <= LAST_REPORT:
            g = own[name]
            pos = bool(g["expect"])   # (no_routes too: roles without a route are still migration's)
            docs.append(Doc(f"own/{name}", (OWN / name).read_text("utf-8"), int(pos), not pos))
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        docs.append(Doc(f"seeds/{path.name}", path.read_text("utf-8"), 1, False))
    gold = json.loads((dev / "gold.json").read_text("utf-8"))["docs"]
    for name in sorted(gold):
        if number(name) % 2 == 0:
            pos = bool(gold[name]["expect"])
            docs.append(Doc(f"dev/{name}", (dev / name).read_text("utf-8"), int(pos), not pos))
    for corpus in ("LGL", "GeoVirus"):
        for path in general(corpus, even=True):
            docs.append(Doc(f"{corpus}/{path.name}", path.read_text("utf-8", errors="replace"), 0, False))
    docs = [d for d in docs if d.label or not lex.topic_by_rules(d.text)]
    for i, d in enumerate(docs):
        d.group = i
    return docs


def general(corpus: str, *, even: bool) -> list[Path]:
    """LGL's or GeoVirus's even (training) or odd (held-out) texts."""
    paths = sorted((EVAL / corpus / "texts").glob("*.txt"), key=lambda p: int(p.stem))
    return [p for p in paths if (int(p.stem) % 2 == 0) == even]


def masked(text: str, lex: _cues.Lexicon) -> str:
    """The text with the rules' topic words taken out."""
    return lex.topic.sub(" ; ", text)


def features(text: str, stop: bool) -> set[str]:
    """topic.features() of the text, without function words and their pairs when `stop`."""
    fs = topic.features(text)
    return {f for f in fs if not all(w in STOP for w in f.split())} if stop else fs


def kept_features(feats: list[set[str]], idx, groups) -> set[str]:
    seen = defaultdict(set)
    for r in idx:
        for f in feats[r]:
            seen[f].add(groups[r])
    return {f for f, ds in seen.items() if len(ds) >= MIN_DOCS}


def fit(feats, labels, groups, idx, c: float):
    keep = kept_features(feats, idx, groups)
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform([row(feats[r], keep) for r in idx])
    clf = LogisticRegression(C=c, max_iter=5000, solver="lbfgs")
    clf.fit(x, [labels[r] for r in idx])
    return vec, clf


def predict(vec, clf, feats: list[set[str]]) -> np.ndarray:
    keep = vec.vocabulary_
    return clf.predict_proba(vec.transform([row(fs, keep) for fs in feats]))[:, 1]


def row(fs: set[str], keep) -> dict[str, float]:
    """A document's kept features, each 1 / sqrt(their number), as topic.Model reads them."""
    kept = [f for f in fs if f in keep]
    return {f: 1 / len(kept) ** 0.5 for f in kept}


def least(probs: np.ndarray) -> float:
    """The least threshold on the grid above every probability given (1.0 if none is)."""
    top = float(probs.max()) if len(probs) else 0.0
    return next((t for t in THRESHOLDS if t > top), 1.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=EVAL / "migration-news")
    parser.add_argument("--mask", action="store_true", help="Teach each positive again without its topic words.")
    parser.add_argument("--stop", action="store_true", help="Leave function words (STOP) out.")
    parser.add_argument("--write", action="store_true", help=f"Write {OUT.relative_to(ROOT)}.")
    args = parser.parse_args()

    lex = rules()
    docs = training_docs(args.dev, lex)
    # rows: each document, and with --mask each positive's masked copy (its group)
    rows = [(d.text, d.label, d.group, False) for d in docs]
    masked_pos = [masked(d.text, lex) for d in docs if d.label]
    mask_groups = [d.group for d in docs if d.label]
    if args.mask:
        rows += [(t, 1, g, True) for t, g in zip(masked_pos, mask_groups, strict=True)]
    feats = [features(t, args.stop) for t, *_ in rows]
    labels = np.array([lab for _, lab, _, _ in rows])
    groups = np.array([g for *_, g, _ in rows])
    n_pos = sum(d.label for d in docs)
    print(f"# topic model: {len(docs)} training documents ({n_pos} about migration, {len(docs) - n_pos} not: "
          f"{sum(d.control for d in docs)} controls), mask={args.mask}, stop={args.stop}, commit {commit()}\n")

    docs_at = {d.group: i for i, d in enumerate(docs)}
    is_doc = np.array([not m for *_, m in rows])
    # (a control naming other movers twice, more often than people moving, is never asked:
    # Lexicon.topic_by_model)
    control = np.array([not m and docs[docs_at[g]].control and not lex.others_prevail(t) for t, _, g, m in rows])
    mfeats = [features(t, args.stop) for t in masked_pos]
    mveto = np.array([lex.others_prevail(t) for t in masked_pos])
    folds = list(GroupKFold(n_splits=5).split(np.zeros(len(rows)), labels, groups))
    best = None
    for c in C_GRID:
        probs = np.zeros(len(rows))
        mprobs = np.zeros(len(masked_pos))
        for train, test in folds:
            vec, clf = fit(feats, labels, groups, train, c)
            probs[test] = predict(vec, clf, [feats[r] for r in test])
            held = set(groups[test])
            at = [i for i, g in enumerate(mask_groups) if g in held]
            mprobs[at] = predict(vec, clf, [mfeats[i] for i in at])
        mprobs[mveto] = 0.0
        t = least(probs[control])
        y, p = labels[is_doc], probs[is_doc]
        tp, fp = int(((p >= t) & (y == 1)).sum()), int(((p >= t) & (y == 0)).sum())
        mrec = float((mprobs >= t).mean())
        print(f"C={c:<4} least control-free threshold {t:.2f}: model alone CV precision "
              f"{tp / max(1, tp + fp):.3f} recall {tp / max(1, int(y.sum())):.3f}; "
              f"positives without their topic words passed {100 * mrec:.1f}%")
        if best is None or mrec > best[1]:
            best = (c, mrec, probs, mprobs)
    c, _, probs, mprobs = best

    vec, clf = fit(feats, labels, groups, np.arange(len(rows)), c)
    held_out = [p for corpus in ("LGL", "GeoVirus") for p in general(corpus, even=False)]
    held_texts = [p.read_text("utf-8", errors="replace") for p in held_out]
    held_rejected = [i for i, t in enumerate(held_texts) if not lex.topic_by_rules(t) and not lex.others_prevail(t)]
    held_probs = np.zeros(len(held_out))
    held_probs[held_rejected] = predict(vec, clf, [features(held_texts[i], args.stop) for i in held_rejected])
    fitted_controls = predict(vec, clf, [feats[r] for r in np.flatnonzero(control)])
    floor = max(least(probs[control]), least(fitted_controls))
    t = next(t for t in THRESHOLDS if t >= floor and (held_probs >= t).sum() <= MAX_FLIPS * len(held_out))
    flips = [held_out[i] for i in np.flatnonzero(held_probs >= t)]

    print("\nthreshold: controls passed (CV) / positives without their topic words passed (CV) / held-out flips")
    for u in (0.7, 0.8, 0.85, 0.9, 0.93, 0.96, 0.98):
        print(f"  {u:.2f}: {int((probs[control] >= u).sum())}/{int(control.sum())}, "
              f"{100 * float((mprobs >= u).mean()):.1f}%, {int((held_probs >= u).sum())}/{len(held_out)}")
    y, p = labels[is_doc], probs[is_doc]
    tp, fp = int(((p >= t) & (y == 1)).sum()), int(((p >= t) & (y == 0)).sum())
    on_rules = np.array([lex.topic_by_rules(d.text) for d in docs])
    gate = on_rules | (p >= t)
    gtp, gfp = int((gate & (y == 1)).sum()), int((gate & (y == 0)).sum())
    print(f"\nchosen: C={c}, threshold {t:.2f} (controls need > {floor - 0.01:.2f})")
    ranked = sorted(zip(probs[control], (docs[docs_at[g]].key for g in groups[control])), reverse=True)
    print("  controls nearest the threshold (CV): " + ", ".join(f"{k} {p:.2f}" for p, k in ranked[:8]))
    print(f"  model alone, grouped CV: precision {tp / max(1, tp + fp):.3f} ({tp}/{tp + fp}), "
          f"recall {tp / int(y.sum()):.3f} ({tp}/{int(y.sum())})")
    print(f"  gate (rules or model), grouped CV: precision {gtp / max(1, gtp + gfp):.3f} ({gtp}/{gtp + gfp}), "
          f"recall {gtp / int(y.sum()):.3f}")
    print(f"  positives with their topic words taken out: the rules pass "
          f"{sum(lex.topic_by_rules(t) for t in masked_pos)}/{len(masked_pos)}, the model (CV) {(mprobs >= t).sum()}")
    print(f"  held-out general news (LGL, GeoVirus odd): {len(flips)}/{len(held_out)} pass by the model: "
          + ", ".join(f"{p.parent.parent.name}/{p.name}" for p in flips))
    for corpus in ("LGL", "GeoVirus"):
        print(f"    {corpus} odd: {sum(p.parent.parent.name == corpus for p in flips)}"
              f"/{sum(p.parent.parent.name == corpus for p in held_out)}")
    # [document] topic_livelihood's lower bar (people moving to live or work elsewhere, told in
    # several sentences): what it would pass besides, among controls and held-out news
    packaged = _cues.default()
    low = packaged.topic_livelihood_model_min
    if 0 < low < t:
        told = np.array([packaged.topic_model_needs(text) == low for text, *_ in rows])
        held_low = [i for i in held_rejected if held_probs[i] >= low and packaged.topic_model_needs(held_texts[i]) == low]
        print(f"  livelihood bar {low:.2f} (moves to live or work told in {packaged.topic_livelihood_min}+ sentences): "
              f"controls passed (CV) {int((control & told & (probs >= low)).sum())}/{int(control.sum())}, "
              f"positives passed (CV) {int((is_doc & told & (labels == 1) & (probs >= low) & (probs < t)).sum())} "
              f"more, held-out general news {len(held_low)}/{len(held_out)}")

    # [document] topic_moved_model_min's bar (one kind of people moved told, short of the rules' count)
    low = packaged.topic_moved_model_min
    if 0 < low < t:
        told = np.array([packaged.tells_people_moved(text) for text, *_ in rows])
        held_low = [i for i in held_rejected if held_probs[i] >= low and packaged.tells_people_moved(held_texts[i])]
        print(f"  people-moved bar {low:.2f} (one kind of topic_moved told): "
              f"controls passed (CV) {int((control & told & (probs >= low)).sum())}/{int(control.sum())}, "
              f"positives passed (CV) {int((is_doc & told & (labels == 1) & (probs >= low) & (probs < t)).sum())} "
              f"more, held-out general news {len(held_low)}/{len(held_out)}")

    names = vec.get_feature_names_out()
    # (every kept feature, however small its weight: each counts in the length it is divided by)
    weights = {str(f): round(float(w), 4) for f, w in zip(names, clf.coef_[0], strict=True)}
    top = sorted(weights.items(), key=lambda kv: -kv[1])
    print("top for: " + ", ".join(f"{f} {w:+.2f}" for f, w in top[:25]))
    print("top against: " + ", ".join(f"{f} {w:+.2f}" for f, w in top[-15:]))
    data = {
        "comment": "Written by benchmarks/train_topic.py; read by geomig/picture/topic.py.",
        "commit": commit(),
        "C": c, "min_docs": MIN_DOCS, "mask": args.mask, "stop": args.stop, "threshold": t,
        "cv": {"precision": round(tp / max(1, tp + fp), 4), "recall": round(tp / int(y.sum()), 4),
               "gate_precision": round(gtp / max(1, gtp + gfp), 4),
               "masked_recall": round(float((mprobs >= t).mean()), 4),
               "held_out_flips": len(flips), "held_out": len(held_out)},
        "bias": round(float(clf.intercept_[0]), 4),
        "weights": dict(sorted(weights.items())),
    }
    if args.write:
        OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
        print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KB, {len(weights)} features); "
              f"set [document] topic_model_min = {t} in cues.toml")


if __name__ == "__main__":
    main()
