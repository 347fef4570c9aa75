"""The officer's settings: one frozen dataclass, stored as versioned JSON in the user config directory.

Qt-free (HOUSE_STYLE §9): the window, the command line and the tests read the same file. Older files are
upgraded by numbered functions (napari's settings migrations, Picard's `@upgrade_config`); a file written by a
newer LandDesk is read for the keys this one knows and never overwritten with less; a broken file is kept aside
and the defaults used, with a note saying so. Window geometry and dock state live in QSettings (ui/ only).

Versions:
  1. the first format: `language` as a Qt locale name ("ru_RU", "kk_KZ", "en_US", "" for the system's) and one
     `units` key ("metric" or "hectares").
  2. `language` as a two-letter code ("kk", "ru", "en", ""); `units` split into `area_unit` ("m2" or "ha") and
     `length_unit` ("m" or "km"); `recent_caches` added for the welcome page.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from landdesk.domain.text import Text, text, tr

if TYPE_CHECKING:
    from collections.abc import Callable

SCHEMA_VERSION = 2
FILE_NAME = "settings.json"
LANGUAGES = ("kk", "ru", "en")
AREA_UNITS = ("m2", "ha")
LENGTH_UNITS = ("m", "km")
PARCEL_STYLES = ("status", "category", "functional_zone")
RECENT_LIMIT = 8
OFFICER_ROLES = ("officer", "head")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Settings:
    schema_version: int = SCHEMA_VERSION
    language: str = ""              # "" follows the system locale; else one of LANGUAGES
    registry_url: str = ""          # the central registry this officer syncs with
    registry_user: str = ""
    district: str = ""              # the officer's district code, offered when cloning
    display_crs: str = ""           # "" shows the district's own CRS; else "EPSG:4326" or another EPSG code
    parcels_by: str = "status"      # the default map style of parcels (PARCEL_STYLES)
    area_unit: str = "m2"
    length_unit: str = "m"
    recent_caches: tuple[str, ...] = field(default_factory=tuple)
    # Who signs: printed on decisions and lists, never the OS login (issue 16). The role decides what the
    # procedure lets this officer do: only a head may approve over a negative conclusion.
    officer_name: str = ""          # full name, as on the act: «Сейтказиев Нурлан Болатович»
    officer_position_ru: str = ""   # «Главный специалист отдела земельных отношений»
    officer_position_kk: str = ""   # «Жер қатынастары бөлімінің бас маманы»
    officer_role: str = "officer"   # one of OFFICER_ROLES

    def with_recent(self, path: str | os.PathLike[str]) -> Settings:
        text = str(Path(path).resolve())
        return replace(self, recent_caches=(text, *(p for p in self.recent_caches if p != text))[:RECENT_LIMIT])


class SettingsInvalid(ValueError):
    """A value the settings cannot hold; `args[0]` is a Text the dialog shows in the officer's language."""

    def __str__(self) -> str:
        return str(self.args[0])


def validate(settings: Settings) -> Settings:
    """Raise SettingsInvalid naming the field and what is allowed; return the settings otherwise."""
    if settings.language not in ("", *LANGUAGES):
        raise SettingsInvalid(text(tr("language «{value}»: use one of kk, ru, en, or leave it empty"),
                                   value=settings.language))
    if settings.registry_url and not settings.registry_url.startswith(("http://", "https://")):
        raise SettingsInvalid(text(tr("registry address «{value}»: it starts with http:// or https://"),
                                   value=settings.registry_url))
    if settings.display_crs and not (settings.display_crs.startswith("EPSG:") and settings.display_crs[5:].isdigit()):
        raise SettingsInvalid(text(tr("display CRS «{value}»: write it as EPSG:4326, or leave it empty"),
                                   value=settings.display_crs))
    if settings.parcels_by not in PARCEL_STYLES:
        raise SettingsInvalid(text(tr("parcel style «{value}»: use one of {allowed}"), value=settings.parcels_by,
                                   allowed=", ".join(PARCEL_STYLES)))
    if settings.area_unit not in AREA_UNITS or settings.length_unit not in LENGTH_UNITS:
        raise SettingsInvalid(text(tr("units «{area}»/«{length}»: use m2 or ha, and m or km"),
                                   area=settings.area_unit, length=settings.length_unit))
    if settings.officer_role not in OFFICER_ROLES:
        raise SettingsInvalid(text(tr("officer role «{value}»: use officer or head"), value=settings.officer_role))
    return settings


# -- upgrades: UPGRADES[n] turns a version-n dict into a version-(n+1) dict --------------------------------------
def _upgrade_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    language = str(data.pop("language", "") or "")
    data["language"] = language.split("_")[0].lower() if language.split("_")[0].lower() in LANGUAGES else ""
    units = data.pop("units", "metric")
    data["area_unit"] = "ha" if units == "hectares" else "m2"
    data["length_unit"] = "m"
    data.setdefault("recent_caches", [])
    return data


UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _upgrade_1_to_2}


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """Bring a settings dict of any older version to SCHEMA_VERSION, one numbered step at a time."""
    version = int(data.get("schema_version", 1))
    while version < SCHEMA_VERSION:
        data = UPGRADES[version](dict(data))
        version += 1
        data["schema_version"] = version
    return data


def config_dir() -> Path:
    """%APPDATA%\\LandDesk, or $XDG_CONFIG_HOME/LandDesk (~/.config); `LANDDESK_CONFIG_DIR` overrides both."""
    if os.environ.get("LANDDESK_CONFIG_DIR"):
        return Path(os.environ["LANDDESK_CONFIG_DIR"])
    if sys.platform == "win32" and os.environ.get("APPDATA"):
        return Path(os.environ["APPDATA"]) / "LandDesk"
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "LandDesk"


def settings_path() -> Path:
    return config_dir() / FILE_NAME


@dataclass(frozen=True)
class Loaded:
    settings: Settings
    note: Text | None = None        # something the officer should be told (a broken file was set aside)
    newer: bool = False             # written by a newer LandDesk: do not overwrite it


def load(path: Path | None = None) -> Loaded:
    """Read the settings, upgrading an older file in place; never raise for a bad file."""
    path = path or settings_path()
    if not path.exists():
        return Loaded(Settings())
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("the file does not hold a JSON object")
        version = int(data.get("schema_version", 1))
        upgraded = upgrade(data)
        known = {f.name for f in fields(Settings)}
        values = {k: v for k, v in upgraded.items() if k in known}
        values["recent_caches"] = tuple(str(p) for p in values.get("recent_caches", ()))
        values["schema_version"] = SCHEMA_VERSION
        settings = validate(Settings(**values))
    except (OSError, ValueError, TypeError) as err:
        kept = path.with_name(f"{path.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
        path.replace(kept)
        log.warning("settings file %s was unreadable (%s); kept as %s", path, err, kept)
        return Loaded(Settings(), note=text(tr("The settings file could not be read ({error}); it was kept as {kept} "
                                               "and the defaults are used. Set your language and registry again in "
                                               "Settings."), error=str(err), kept=str(kept)))
    if version > SCHEMA_VERSION:
        return Loaded(settings, newer=True)
    if version < SCHEMA_VERSION:
        log.info("settings file %s upgraded from version %s to %s", path, version, SCHEMA_VERSION)
        save(settings, path, keep_unknown=False)      # the upgrade decided what the old keys became
    return Loaded(settings)


def save(settings: Settings, path: Path | None = None, *, keep_unknown: bool = True) -> Path:
    """Write atomically (a temporary file renamed over the old one), so a crash leaves the old or the new."""
    path = path or settings_path()
    validate(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = asdict(settings)
    data["recent_caches"] = list(settings.recent_caches)
    existing = None
    if keep_unknown:                       # a newer LandDesk's keys and version survive an older one's save
        try:
            existing = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            existing = None
    if isinstance(existing, dict):
        data = {**{k: v for k, v in existing.items() if k not in data}, **data}
        data["schema_version"] = max(SCHEMA_VERSION, int(existing.get("schema_version", 1)))
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(temporary, path)
    return path
