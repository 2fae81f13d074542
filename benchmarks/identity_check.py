"""Identity check: does the working tree geocode (and picture) every evaluation text exactly as a git ref does?

For each text of LGL and GeoVirus (``../shared/eval/*/texts``) and of our own reports
(``tests/fixtures/reports``, numbers up to 258), two outputs are compared:

- ``geocode``: the JSONL line ``geomig geocode`` writes for the text (the contract);
- ``spans``: what ``recognize()`` returns with ``keep_rejected`` and ``keep_unknown``, every
  field of every span (the phrases turned down too, which only the audit shows): a change of
  recognition that the resolver happens to hide still shows here.

The ``pictures`` corpus (every report in ``tests/fixtures/reports`` and every dev text of
``../shared/eval/migration-news`` when present) compares a third output:

- ``picture``: the GeoJSON ``geomig extract`` writes for the text alone (``Picture.dumps()``):
  a refactor of the picture stage must leave every feature, geometry and source as it was.

Each side runs in a fresh process (the ref's code exported by git, as ``--against`` does in
geocode_bench.py) and writes its outputs to a file; the differences are listed per text and
output, and the exit status is 1 if there is any. Run from the repository root:

    python benchmarks/identity_check.py [--against main] [--only lgl geovirus reports pictures] [--show 20]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

# benchmarks/ is the script's own directory
from _common import ROOT

sys.path.insert(0, str(ROOT))
from benchmarks._ab import CODE, TREE, Against  # noqa: E402 - needs the repository on the path

if os.environ.get(CODE):  # the ref's side: its geomig first
    sys.path.insert(0, os.environ[CODE])
EVAL = ROOT.parent / "shared" / "eval"
REPORTS = ROOT / "tests" / "fixtures" / "reports"
LAST_REPORT = 258
CORPORA = ("lgl", "geovirus", "reports", "pictures")
#: The output kinds each corpus writes.
KINDS = {"lgl": ("geocode", "spans"), "geovirus": ("geocode", "spans"), "reports": ("geocode", "spans"),
         "pictures": ("picture",)}


def _by_number(paths) -> list[Path]:
    """Texts named "<number>_..." in the order of their numbers."""
    return sorted(paths, key=lambda p: int(p.name.split("_", 1)[0]))


def texts(corpus: str) -> list[Path]:
    """A corpus's texts in a stable order."""
    if corpus == "pictures":  # every report, then the migration-news dev texts (when present)
        return _by_number(REPORTS.glob("*.txt")) + _by_number((EVAL / "migration-news").glob("*.txt"))
    if corpus == "reports":
        return _by_number(p for p in REPORTS.glob("*.txt") if int(p.name.split("_", 1)[0]) <= LAST_REPORT)
    folder = EVAL / {"lgl": "LGL", "geovirus": "GeoVirus"}[corpus] / "texts"
    return sorted(folder.glob("*.txt"), key=lambda p: int(p.stem))


def _name(corpus: str, path: Path) -> str:
    """A text's name in the outputs; the pictures corpus names its folder too (reports and dev
    texts share numbers)."""
    return f"{path.parent.name}/{path.name}" if corpus == "pictures" else path.name


def _write(corpora: list[str], out: str) -> None:
    """This side's outputs, one JSON line per text and output kind: [corpus, name, kind, value]."""
    from benchmarks._ab import code_of
    import geomig
    from geomig.documents.outputs import write_jsonl
    from geomig.gazetteer.index import Gazetteer
    from geomig.geoparse.geocode import geocode_document
    from geomig.geoparse.recognize import recognize
    from geomig.geoparse.resolve import LocalResolver
    from geomig.models import Document
    from geomig.picture import extract

    assert Path(geomig.__file__).resolve().is_relative_to(code_of().resolve()), geomig.__file__
    gazetteer = Gazetteer.default()
    extra = LocalResolver.shared(gazetteer).extra
    with open(out, "w", encoding="utf-8") as f:
        for corpus in corpora:
            for path in texts(corpus):
                text = path.read_text("utf-8")
                doc = geocode_document(Document(path.stem, text), gazetteer=gazetteer)
                if corpus == "pictures":
                    picture = extract([doc], gazetteer=gazetteer).dumps()
                    f.write(json.dumps([corpus, _name(corpus, path), "picture", picture], ensure_ascii=False) + "\n")
                    continue
                spans = [list(dataclasses.astuple(s)) for s in
                         recognize(text, gazetteer, extra=extra, keep_rejected=True, keep_unknown=True)]
                for kind, value in (("geocode", write_jsonl(doc).rstrip("\n")),
                                    ("spans", json.dumps(spans, ensure_ascii=False))):
                    f.write(json.dumps([corpus, _name(corpus, path), kind, value], ensure_ascii=False) + "\n")


def _outputs(env: dict, cwd: Path, corpora: list[str]) -> dict[tuple[str, str, str], str]:
    with tempfile.NamedTemporaryFile(suffix=".jsonl", delete=False) as tmp:
        out = tmp.name
    try:
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "identity_check.py"), "--_write", out,
                        "--only", *corpora], env=env, cwd=cwd, check=True)
        with open(out, encoding="utf-8") as f:
            return {tuple(row[:3]): row[3] for row in map(json.loads, f)}
    finally:
        os.unlink(out)


def _saved(path: str | None, make) -> dict[tuple[str, str, str], str]:
    """The ref's outputs from ``path`` if it exists, else made and written there (if given)."""
    if path and Path(path).exists():
        with open(path, encoding="utf-8") as f:
            return {tuple(row[:3]): row[3] for row in map(json.loads, f)}
    outputs = make()
    if path:
        with open(path, "w", encoding="utf-8") as f:
            f.writelines(json.dumps([*k, v], ensure_ascii=False) + "\n" for k, v in outputs.items())
    return outputs


def _span_diff(a: str, b: str) -> list[str]:
    """The spans only one side has, as short lines."""
    sa, sb = ({tuple(s) for s in json.loads(x)} for x in (a, b))
    return ([f"  - {list(s)}" for s in sorted(sa - sb, key=lambda s: s[1])]
            + [f"  + {list(s)}" for s in sorted(sb - sa, key=lambda s: s[1])])


def _listed_diff(a: str, b: str, items: str) -> list[str]:
    """The entries of the list field `items` only one side has, and other fields that differ."""
    da, db = json.loads(a), json.loads(b)
    lines = [f"  {k}: {da.get(k)!r} -> {db.get(k)!r}" for k in sorted(set(da) | set(db))
             if k != items and da.get(k) != db.get(k)]
    ma, mb = ({json.dumps(m, sort_keys=True, ensure_ascii=False) for m in d.get(items, [])} for d in (da, db))
    lines += [f"  - {m}" for m in sorted(ma - mb)] + [f"  + {m}" for m in sorted(mb - ma)]
    return lines or [f"  (same {items}, other bytes)"]


def _mention_diff(a: str, b: str) -> list[str]:
    """The mentions only one side has, and other fields that differ."""
    return _listed_diff(a, b, "mentions")


def _feature_diff(a: str, b: str) -> list[str]:
    """The picture's features only one side has (as compact JSON), and other fields that differ."""
    return _listed_diff(a, b, "features")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default="main", metavar="REF", help="the git ref to compare with (main)")
    parser.add_argument("--only", nargs="+", choices=CORPORA, default=list(CORPORA))
    parser.add_argument("--show", type=int, default=20, help="texts whose differences are printed in full")
    parser.add_argument("--ref-outputs", metavar="FILE",
                        help="keep the ref's outputs in FILE and read them from there next time")
    parser.add_argument("--_write", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args._write:
        _write(args.only, args._write)
        return
    with Against(args.against) as ab:
        ref = _saved(args.ref_outputs, lambda: _outputs(ab.env[args.against], ab.cwd[args.against], args.only))
        tree = _outputs(ab.env[TREE], ab.cwd[TREE], args.only)
    differ = sorted(k for k in ref.keys() | tree.keys() if ref.get(k) != tree.get(k))
    for corpus in args.only:
        n = len({k[1] for k in ref if k[0] == corpus})
        changed = {k[1] for k in differ if k[0] == corpus}
        by_kind = ", ".join(f"{kind} {sum(1 for k in differ if k[0] == corpus and k[2] == kind)}"
                            for kind in KINDS[corpus])
        print(f"{corpus}: {n} texts, {len(changed)} differ ({by_kind})")
    for k in differ[:args.show * 2]:
        a, b = ref.get(k), tree.get(k)
        print(f"{k[0]} {k[1]} {k[2]}:")
        if a is None or b is None:
            print(f"  only on {'the tree' if a is None else args.against}")
        else:
            diff = {"spans": _span_diff, "geocode": _mention_diff, "picture": _feature_diff}[k[2]]
            print("\n".join(diff(a, b)))
    print("identical" if not differ else f"{len(differ)} outputs differ")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
