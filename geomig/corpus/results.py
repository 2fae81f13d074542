"""The final outputs of a corpus run, made from its finished partitions.

Everything here reads the partition files in partition order, so the outputs depend
only on the input, never on how many workers ran or in which order they finished.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from geomig.corpus import stages, timeline
from geomig.corpus.inputs import Problem
from geomig.corpus.store import Store, atomic_path, json_line, write_text

if TYPE_CHECKING:
    from geomig.corpus.options import Options
    from geomig.models import Mention

#: The output files, by what they hold.
OUTPUTS = {
    "documents": "documents.jsonl", "geocodes": "geocodes.parquet",
    "picture": "picture.geojson", "picture_parquet": "picture.parquet",
    "map": "map.html", "errors": "errors.jsonl", "summary": "summary.json",
}
#: Mention columns of geocodes.parquet, after doc and date (lat/lon become the geometry).
_MENTION_COLUMNS = ("text", "start", "end", "sentence", "kind", "id", "name", "country",
                    "confidence", "evidence", "flags", "alternatives")


class MentionTable:
    """Mention rows gathered column by column (a corpus has hundreds of thousands)."""

    COLUMNS = ("doc", "date", *_MENTION_COLUMNS)

    def __init__(self):
        self.columns: dict[str, list] = {c: [] for c in self.COLUMNS}
        self.lon: list[float | None] = []
        self.lat: list[float | None] = []

    def add(self, doc: str, date: str | None, mention: Mention) -> None:
        """One mention of a document: its JSONL contract object's values, flags and
        alternatives as JSON text."""
        row = stages.mention_json(mention)
        row["doc"], row["date"] = doc, date
        for c in ("flags", "alternatives"):
            row[c] = json.dumps(row[c], ensure_ascii=False)
        for c, values in self.columns.items():
            values.append(row[c])
        self.lon.append(mention.lon)
        self.lat.append(mention.lat)

    def frame(self):
        """A GeoDataFrame, EPSG:4326; unresolved mentions have no geometry."""
        import geopandas as gpd
        import numpy as np
        import shapely

        lon = np.array([np.nan if x is None else x for x in self.lon], dtype=float)
        lat = np.array([np.nan if y is None else y for y in self.lat], dtype=float)
        points = shapely.points(lon, lat)
        points[np.isnan(lon) | np.isnan(lat)] = None
        return gpd.GeoDataFrame(self.columns, columns=list(self.COLUMNS),
                                geometry=gpd.GeoSeries(points, crs="EPSG:4326"))


def write_parquet(frame, path) -> None:
    """A GeoDataFrame as GeoParquet, atomically."""
    with atomic_path(path) as tmp:
        frame.to_parquet(tmp, index=False)


def finish(store: Store, n_parts: int, dates: Mapping[str, str | None], problems: Sequence[Problem],
           options: Options) -> dict:
    """Write every final output from the partitions; returns the summary (without timings)."""
    readings = []
    mentions = MentionTable()
    failures: list[dict] = []
    counts = Counter()

    def document_lines():
        for index in range(n_parts):
            part = store.read_part(index)
            for row in part.rows:
                if "error" in row:
                    failures.append({"id": row["id"], "reason": row["error"], "stage": "process"})
                    continue
                counts["geocoded"] += 1
                yield row["line"] + "\n"
            for reading in part.readings:
                doc = reading.doc
                for m in doc.mentions:
                    counts["mentions"] += 1
                    counts["resolved"] += m.id is not None
                    mentions.add(doc.doc, dates.get(doc.doc), m)
            readings.extend(part.readings)

    write_text(store.path(OUTPUTS["documents"]), document_lines())
    write_parquet(mentions.frame(), store.path(OUTPUTS["geocodes"]))
    del mentions

    picture = timeline.annotate(stages.assemble(readings), dates)
    del readings
    write_text(store.path(OUTPUTS["picture"]), json.dumps(picture.to_geojson(), ensure_ascii=False) + "\n")
    write_parquet(stages.geodataframe(picture), store.path(OUTPUTS["picture_parquet"]))
    html = stages.to_html(timeline.corpus_map(picture, dates, title=options.title, offline=options.offline))
    write_text(store.path(OUTPUTS["map"]), html)

    errors = [p.to_dict() for p in problems] + failures
    write_text(store.path(OUTPUTS["errors"]), [json_line(e) for e in errors])
    roles = Counter(f.role for f in picture.features)
    return {
        "documents": len(dates),
        "geocoded": counts["geocoded"],
        "failed": len(failures),
        "skipped_rows": sum(not p.kept for p in problems),
        "dates_dropped": sum(p.kept for p in problems),
        "dated": sum(d is not None for d in dates.values()),
        "mentions": counts["mentions"],
        "resolved_mentions": counts["resolved"],
        "features": dict(sorted(roles.items())),
        "map_bytes": len(html.encode("utf-8")),
        "partitions": n_parts,
        "partition_size": options.partition_size,
        "workers": options.workers if not options.scheduler else None,
        "scheduler": options.scheduler,
        "outputs": OUTPUTS,
    }


def write_summary(store: Store, summary: dict) -> None:
    """summary.json, atomically."""
    write_text(store.path(OUTPUTS["summary"]), json.dumps(summary, indent=1, ensure_ascii=False) + "\n")
