"""Schema v2: a generation counter per map layer, bumped by triggers, and render-ready copies of layers.

Reading 200,000 parcels through SQL and WKB costs about 1.8 s; the map's first frame must come much sooner.
So each layer keeps a packed array copy (`render_copies`), valid only while its `generation` equals the
layer's current generation. Any insert, update or delete bumps the generation in the same transaction,
so a stale copy can never be drawn as current.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from landdesk.storage.sql import execute_script

if TYPE_CHECKING:
    import sqlite3

# Layer → tables whose changes make its copy stale (zones are drawn by their plan's kind and status).
LAYER_SOURCES: dict[str, tuple[str, ...]] = {
    "district": ("district",),
    "settlements": ("settlements",),
    "parcels": ("parcels",),
    "encumbrances": ("encumbrances",),
    "plan_zones": ("plan_zones", "plans"),
    "red_lines": ("red_lines",),
    "water_bodies": ("water_bodies",),
    "applications": ("applications",),
}

GENERATION_TRIGGER_PREFIX = "ld_generation"


def generation_triggers(layer: str, table: str) -> list[tuple[str, str]]:
    """(name, CREATE TRIGGER sql) for the three triggers that bump `layer` when `table` changes."""
    triggers = []
    for event in ("INSERT", "UPDATE", "DELETE"):
        name = f"{GENERATION_TRIGGER_PREFIX}_{event.lower()}_{table}_{layer}"
        body = f"UPDATE layer_generations SET generation = generation + 1 WHERE layer = '{layer}'"
        triggers.append((name, f'CREATE TRIGGER "{name}" AFTER {event} ON "{table}" BEGIN {body}; END'))
    return triggers


def apply(connection: sqlite3.Connection, _srid: int) -> None:
    execute_script(connection, """
CREATE TABLE layer_generations (layer TEXT PRIMARY KEY, generation INTEGER NOT NULL DEFAULT 0);
CREATE TABLE render_copies (
    layer TEXT PRIMARY KEY REFERENCES layer_generations (layer),
    generation INTEGER NOT NULL,
    format INTEGER NOT NULL,
    data BLOB NOT NULL
);
""")
    for layer, tables in LAYER_SOURCES.items():
        connection.execute("INSERT INTO layer_generations (layer, generation) VALUES (?, 1)", (layer,))
        for table in tables:
            for _name, sql in generation_triggers(layer, table):
                connection.execute(sql)
