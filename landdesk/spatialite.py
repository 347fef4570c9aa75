"""Finding and loading mod_spatialite: the one piece the client cache and the registry share.

Resolved once for frozen (PyInstaller) and development builds: `LANDDESK_SPATIALITE` wins, then a
library bundled next to the executable, then the system's `mod_spatialite`.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from pathlib import Path

# pyproj's own PROJ must be in the process before mod_spatialite brings the system's libproj: loaded the other
# way round, the two copies' C++ symbols interpose and the process aborts at exit ("free(): invalid pointer"
# in PROJ's ~UnitOfMeasure), after the work is saved but with a crash report. See docs/decisions.md.
with contextlib.suppress(ImportError):      # a Python without pyproj has only one PROJ (a diagnostic run)
    import pyproj  # noqa: F401  (imported for its side effect: load order)

from landdesk.domain.errors import LandDeskError


class SpatialiteUnavailable(LandDeskError):
    code = "spatialite.unavailable"
    what = "LandDesk could not load SpatiaLite: {reason}."
    todo = "{fix}"


_FIX_PYTHON = (
    "Run LandDesk from the virtualenv that scripts/setup.sh makes on Debian's /usr/bin/python3 (see README), "
    "or from any Python whose sqlite3 can load extensions; the installer bundles one."
)
_FIX_LIBRARY = (
    "Install it with `apt-get install libsqlite3-mod-spatialite` (Debian/Ubuntu), "
    "or set LANDDESK_SPATIALITE to the full path of mod_spatialite; the Windows installer bundles it."
)


def extension_path() -> str:
    """The name or path to hand to `load_extension`."""
    override = os.environ.get("LANDDESK_SPATIALITE")
    if override:
        return override
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        for name in ("mod_spatialite.so", "mod_spatialite.dll", "mod_spatialite.dylib"):
            candidate = Path(bundle) / name
            if candidate.exists():
                return str(candidate.with_suffix(""))
    return "mod_spatialite"


def load_spatialite(connection: sqlite3.Connection) -> None:
    """Load mod_spatialite into a connection, or raise SpatialiteUnavailable naming the fix."""
    if not hasattr(connection, "enable_load_extension"):
        raise SpatialiteUnavailable(
            reason=f"this Python ({sys.executable}) was built without SQLite extension loading",
            fix=_FIX_PYTHON,
        )
    path = extension_path()
    connection.enable_load_extension(True)
    try:
        connection.load_extension(path)
    except sqlite3.OperationalError as err:
        raise SpatialiteUnavailable(reason=f"{path}: {err}", fix=_FIX_LIBRARY) from err
    finally:
        connection.enable_load_extension(False)
