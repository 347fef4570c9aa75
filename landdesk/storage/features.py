"""Reading features as arrays (shapely geometries + attribute columns) for a bbox, through the spatial index."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import shapely

from landdesk.storage.migrations.m0001_init import GEOMETRY_COLUMNS

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from landdesk.storage.connection import Cache

_GEOMETRY = {table: column for table, column, _kind in GEOMETRY_COLUMNS}

BBox = tuple[float, float, float, float]


@dataclass(frozen=True)
class FeatureArrays:
    uids: list[str]
    geometries: NDArray[np.object_]
    columns: dict[str, list[object]]

    def __len__(self) -> int:
        return len(self.uids)


def read_features(cache: Cache, table: str, *, bbox: BBox | None = None,
                  columns: tuple[str, ...] = ()) -> FeatureArrays:
    """Live (not deleted) features of a layer, optionally only those whose bounding box meets `bbox`."""
    if table not in _GEOMETRY:
        raise ValueError(f"{table} has no geometry")
    _check_columns(cache, table, columns)
    geometry = _GEOMETRY[table]
    selected = ", ".join(f't."{c}"' for c in ("uid", *columns))
    sql = f'SELECT {selected}, AsBinary(t."{geometry}") FROM "{table}" t WHERE t.is_deleted = 0 ' \
          f'AND t."{geometry}" IS NOT NULL'
    params: tuple[float, ...] = ()
    if bbox is not None:
        sql += f' AND t.fid IN (SELECT pkid FROM "idx_{table}_{geometry}" WHERE xmax >= ? AND xmin <= ? ' \
               "AND ymax >= ? AND ymin <= ?)"
        params = (bbox[0], bbox[2], bbox[1], bbox[3])
    with cache.reading() as connection:
        rows = connection.execute(sql, params).fetchall()
    if not rows:
        return FeatureArrays([], np.empty(0, dtype=object), {c: [] for c in columns})
    transposed = list(zip(*rows, strict=True))
    geometries = shapely.from_wkb(np.asarray(transposed[-1], dtype=object))
    return FeatureArrays(list(transposed[0]), geometries,
                         {c: list(transposed[k + 1]) for k, c in enumerate(columns)})


def layer_extent(cache: Cache, table: str) -> BBox | None:
    geometry = _GEOMETRY[table]
    with cache.reading() as connection:
        row = connection.execute(
            f'SELECT min(xmin), min(ymin), max(xmax), max(ymax) FROM "idx_{table}_{geometry}"'
        ).fetchone()
    return None if row is None or row[0] is None else (row[0], row[1], row[2], row[3])


def _check_columns(cache: Cache, table: str, columns: tuple[str, ...]) -> None:
    with cache.reading() as connection:
        known = {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}
    unknown = [c for c in columns if c not in known]
    if unknown:
        raise ValueError(f"{table} has no columns {unknown}")
