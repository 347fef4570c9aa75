"""Finding and loading mod_spatialite: the one piece the client cache and the registry share.

Resolved once for frozen (PyInstaller) and development builds: `LANDDESK_SPATIALITE` wins, then a
library bundled next to the executable, then the system's `mod_spatialite`.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sqlite3
import sys
from pathlib import Path

from landdesk.domain.errors import LandDeskError
from landdesk.domain.text import tr


class SpatialiteUnavailable(LandDeskError):
    code = "spatialite.unavailable"
    what = tr("LandDesk could not load SpatiaLite: {reason}.")
    todo = tr("{fix}")


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
        # The bundle carries the library under its file name, versioned on Linux (mod_spatialite.so.7.1.0).
        found = sorted(Path(bundle).glob("mod_spatialite.*"), key=lambda p: len(p.name))
        if found:
            return str(found[0])
    return "mod_spatialite"


# shapely (GEOS), pyproj (PROJ) and pyogrio (GDAL, PROJ, GEOS) bring their own copies of libraries that
# mod_spatialite takes from the system. Loaded after mod_spatialite, their C++ symbols resolve to the system
# copies: shapely then fails ("WKB output dimension must be 2 or 3"), pyogrio crashes, and the process aborts
# at exit in PROJ's destructors. Loaded first, each keeps its own. See docs/decisions.md.
_WHEEL_LIBRARIES = ("shapely", "pyproj", "pyogrio")


def _load_wheel_libraries_first() -> None:
    for name in _WHEEL_LIBRARIES:
        if name not in sys.modules:
            with contextlib.suppress(ImportError):     # a Python without one has only the system's copy
                importlib.import_module(name)


def load_spatialite(connection: sqlite3.Connection) -> None:
    """Load mod_spatialite into a connection, or raise SpatialiteUnavailable naming the fix."""
    if not hasattr(connection, "enable_load_extension"):
        raise SpatialiteUnavailable(
            reason=f"this Python ({sys.executable}) was built without SQLite extension loading",
            fix=_FIX_PYTHON,
        )
    _load_wheel_libraries_first()
    path = extension_path()
    connection.enable_load_extension(True)
    try:
        connection.load_extension(path)
    except sqlite3.OperationalError as err:
        raise SpatialiteUnavailable(reason=f"{path}: {err}", fix=_FIX_LIBRARY) from err
    finally:
        connection.enable_load_extension(False)
