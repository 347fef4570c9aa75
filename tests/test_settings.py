"""The settings file: defaults, round trip, upgrades from version 1, newer and broken files."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from landdesk import settings as settings_module
from landdesk.settings import SCHEMA_VERSION, Settings, SettingsInvalid, load, save, upgrade, validate

if TYPE_CHECKING:
    from pathlib import Path


def test_no_file_gives_the_defaults(tmp_path: Path) -> None:
    loaded = load(tmp_path / "settings.json")
    assert loaded.settings == Settings()
    assert loaded.note is None
    assert not (tmp_path / "settings.json").exists()


def test_round_trip_and_recent_caches(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    chosen = Settings(language="kk", registry_url="https://registry.example.kz", registry_user="officer1",
                      district="19-245", display_crs="EPSG:4326", parcels_by="category", area_unit="ha")
    for name in ("a.sqlite", "b.sqlite", "a.sqlite"):
        chosen = chosen.with_recent(tmp_path / name)
    save(chosen, path)
    assert load(path).settings == chosen
    assert [p.rsplit("/", 1)[-1] for p in chosen.recent_caches] == ["a.sqlite", "b.sqlite"]


def test_a_version_1_file_is_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema_version": 1, "language": "kk_KZ", "units": "hectares",
                                "registry_url": "http://10.0.0.5:8750", "registry_user": "aigul"}))
    loaded = load(path)
    assert loaded.settings == Settings(language="kk", area_unit="ha", length_unit="m",
                                       registry_url="http://10.0.0.5:8750", registry_user="aigul")
    on_disk = json.loads(path.read_text())
    assert on_disk["schema_version"] == SCHEMA_VERSION
    assert "units" not in on_disk
    assert on_disk["language"] == "kk"


@pytest.mark.parametrize(("old", "new"), [("ru_RU", "ru"), ("en_US", "en"), ("", ""), ("de_DE", "")])
def test_upgrade_maps_locale_names_to_languages(old: str, new: str) -> None:
    data = upgrade({"schema_version": 1, "language": old})
    assert data["language"] == new
    assert data["schema_version"] == SCHEMA_VERSION


def test_every_older_version_has_an_upgrade() -> None:
    assert sorted(settings_module.UPGRADES) == list(range(1, SCHEMA_VERSION))


def test_a_newer_file_is_read_and_its_keys_survive_a_save(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema_version": SCHEMA_VERSION + 1, "language": "ru", "future_key": [1, 2]}))
    loaded = load(path)
    assert loaded.newer
    assert loaded.settings.language == "ru"
    save(loaded.settings, path)
    on_disk = json.loads(path.read_text())
    assert on_disk["future_key"] == [1, 2]
    assert on_disk["schema_version"] == SCHEMA_VERSION + 1


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"schema_version": 2, "language": "fr"}',
                                     '{"schema_version": 2, "area_unit": "acre"}'])
def test_a_broken_file_is_kept_aside_and_the_defaults_used(tmp_path: Path, content: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content)
    loaded = load(path)
    assert loaded.settings == Settings()
    assert "could not be read" in str(loaded.note)
    assert "Settings" in str(loaded.note)
    kept = list(tmp_path.glob("settings.json.broken-*"))
    assert len(kept) == 1
    assert kept[0].read_text() == content
    assert not path.exists()


@pytest.mark.parametrize(("change", "field"), [({"language": "fr"}, "language"),
                                               ({"registry_url": "registry.kz"}, "registry"),
                                               ({"display_crs": "4326"}, "CRS"),
                                               ({"area_unit": "acre"}, "units")])
def test_invalid_values_are_refused_by_name(change: dict[str, str], field: str) -> None:
    with pytest.raises(SettingsInvalid, match=field):
        validate(Settings(**change))
