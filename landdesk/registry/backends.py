"""Which backend a registry runs on, and its tables: the one module that knows every backend.

`store.py` is the interface both backends extend and imports neither, so the backends never import each other
or this module (an import-linter contract in pyproject.toml keeps it so; docs/decisions.md, issue 21).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from landdesk.registry.audit import create_audit
from landdesk.registry.chain import create_chain
from landdesk.registry.pg import PostgisStore
from landdesk.registry.spatialite_store import SpatialiteStore

if TYPE_CHECKING:
    from landdesk.registry.store import Store


def open_store(data: str | None, database: str | None) -> Store:
    """PostGIS when a PostgreSQL URL is given, else the SpatiaLite file `data` (default `registry.sqlite`)."""
    if database:
        return PostgisStore(database)
    return SpatialiteStore(data or "registry.sqlite")


def init_store(store: Store) -> None:
    """Create what is missing of the registry's tables, in one transaction: the store's own, then the districts'
    decision chains (`chain.py`), which are filled from the decisions the store already holds, and the sign-in audit
    (`audit.py`)."""
    store.prepare()
    with store.transaction() as connection:
        store.create_tables(connection)
        create_chain(store, connection)
        create_audit(store, connection)            # sign-in events (audit.py)
