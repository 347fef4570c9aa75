"""Where LandDesk's data files (`resources/`) are, in a checkout and in a PyInstaller bundle, and the akimat's
own overrides of them.

Terms, grounds, norms, procedures and document templates are data. An akimat updates one without a release by
putting its own copy, under the same relative path, in the overrides folder of the user's data directory
(`overrides_dir()`): `<config dir>/overrides/procedures/C.json` is read instead of the shipped
`resources/procedures/C.json`. Only files are overridden; what is not there is read from the shipped copy.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

OVERRIDES_ENV = "LANDDESK_OVERRIDES_DIR"


def shipped_path(*parts: str) -> Path:
    """The file as shipped with this release (never the akimat's override)."""
    bundle = getattr(sys, "_MEIPASS", None)
    base = Path(bundle) if bundle else Path(__file__).resolve().parents[1]
    return base.joinpath("resources", *parts)


def overrides_dir() -> Path:
    """`LANDDESK_OVERRIDES_DIR`, or `overrides` in the settings' folder (%APPDATA%\\LandDesk, ~/.config/LandDesk;
    `LANDDESK_CONFIG_DIR` moves it)."""
    if os.environ.get(OVERRIDES_ENV):
        return Path(os.environ[OVERRIDES_ENV])
    if os.environ.get("LANDDESK_CONFIG_DIR"):
        return Path(os.environ["LANDDESK_CONFIG_DIR"]) / "overrides"
    if sys.platform == "win32" and os.environ.get("APPDATA"):
        return Path(os.environ["APPDATA"]) / "LandDesk" / "overrides"
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "LandDesk" / "overrides"


def resource_path(*parts: str) -> Path:
    """The akimat's override of a data file when it has one, else the shipped file."""
    override = overrides_dir().joinpath(*parts)
    if parts and override.is_file():
        return override
    return shipped_path(*parts)


def is_overridden(*parts: str) -> bool:
    return overrides_dir().joinpath(*parts).is_file()
