"""The registry's HTTP API (Starlette): auth, sync (push, pull, snapshot) and OGC API – Features (read-only).

The landing page, /api and /conformance answer anyone (they describe the service; OGC clients read /api before
they sign in); every other request needs a bearer token or HTTP Basic (registry/signin.py, throttled by
registry/throttle.py), and reads and writes are limited to the user's district. Parameters and bodies are
decoded into typed models first (registry/models.py); errors are JSON `{"error", "message", "what_to_do"}`
with a 4xx status.
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

import shapely
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from landdesk.domain.replication import PUBLISHED_LAYERS, SYNCED_TABLES
from landdesk.registry import models
from landdesk.registry.apply import MIN_SCHEMA_VERSION, Refused, push
from landdesk.registry.auth import issue_token
from landdesk.registry.chain import chain_page
from landdesk.registry.free_grants import free_grants
from landdesk.registry.intake import PORTAL_ROLE, lodge_from_portal
from landdesk.registry.models import MAX_PAGE
from landdesk.registry.openapi import openapi
from landdesk.registry.signin import SignIns, client_of
from landdesk.registry.snapshot import build_snapshot, ranged_file
from landdesk.registry.throttle import Throttle, ThrottleSettings
from landdesk.sync.protocol import Changeset, ProtocolError, read_request, sha256_hex

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from starlette.requests import Request

    from landdesk.registry.store import Store, User

MAX_BODY = 64 * 1024 * 1024
BODY_IDLE_ENV = "LANDDESK_REGISTRY_BODY_IDLE_S"   # seconds a request body may stall before 408 (default 60)


def create_app(store: Store, snapshots: Path | None = None, throttle: ThrottleSettings | None = None) -> Starlette:
    snapshot_dir = snapshots or Path(tempfile.gettempdir()) / "landdesk-registry-snapshots"
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    body_idle_s = float(os.environ.get(BODY_IDLE_ENV) or 60)

    async def guarded(request: Request, handler: Callable[[Request], Awaitable[Response]]) -> Response:
        try:
            return await handler(request)
        except Refused as refused:
            # GIS tools (QGIS, GDAL) answer a Basic challenge with the credentials they were given
            headers = {"www-authenticate": 'Basic realm="LandDesk registry"'} if refused.status == 401 else None
            if refused.status == 429:
                headers = {"retry-after": refused.params["retry_after"]}
            return JSONResponse(refused.body(), status_code=refused.status, headers=headers)
        except ProtocolError as err:
            return JSONResponse({"error": err.code, "message": str(err),
                                 "what_to_do": "Fix the request; nothing was changed."}, status_code=400)

    def route(path: str, methods: list[str]) -> Callable[[Callable[[Request], Awaitable[Response]]], Route]:
        def wrap(handler: Callable[[Request], Awaitable[Response]]) -> Route:
            async def endpoint(request: Request) -> Response:
                return await guarded(request, handler)
            return Route(path, endpoint, methods=methods)
        return wrap

    sign_ins = SignIns(store, Throttle(throttle or ThrottleSettings()))

    async def user_of(request: Request) -> User:
        user = await sign_ins.user_of(request)
        if user.role == PORTAL_ROLE and request.url.path != "/intake/applications":
            raise Refused(403, "portal_only", "The portal's token only submits applications.",
                          "Send applications to POST /intake/applications.")
        return user

    async def body(request: Request) -> bytes:
        declared = request.headers.get("content-length")
        if declared is not None and not declared.strip().isdecimal():
            raise Refused(400, "bad_request", f"Content-Length {declared[:40]!r} is not a number of bytes.",
                          "Fix the request.")
        if declared is not None and int(declared) > MAX_BODY:
            raise Refused(413, "too_large", f"The request is larger than {MAX_BODY // 2**20} MB.",
                          "Sync more often, so each push is smaller.")
        chunks, size = [], 0
        stream = request.stream().__aiter__()
        while True:
            try:      # a client that announces more than it sends is answered, not waited for forever
                chunk = await asyncio.wait_for(stream.__anext__(), body_idle_s)
            except StopAsyncIteration:
                break
            except TimeoutError as err:
                raise Refused(408, "body_timeout", f"The request body stopped arriving for {body_idle_s:g} s.",
                              "Send the request again; nothing was changed.") from err
            size += len(chunk)
            if size > MAX_BODY:
                raise Refused(413, "too_large", f"The request is larger than {MAX_BODY // 2**20} MB.",
                              "Sync more often, so each push is smaller.")
            chunks.append(chunk)
        return b"".join(chunks)

    def scope(user: User, district: str | None) -> str:
        wanted = district or user.district
        if wanted != user.district:
            raise Refused(403, "wrong_district", f"{user.name} works in district {user.district}, not {wanted}.",
                          "Ask for your own district, or ask the administrator for access.",
                          user=user.name, district=user.district, wanted=wanted)
        return wanted

    @route("/auth/token", ["POST"])
    async def token(request: Request) -> Response:
        sign_in = models.body(await body(request), models.SignIn)
        name, password = sign_in.user, sign_in.password
        user = await sign_ins.password(name, password, client_of(request), "POST /auth/token")
        value, expires = await run_in_threadpool(issue_token, store, user)
        return JSONResponse({"token": value, "expires_at": expires, "user": user.name, "role": user.role,
                             "district": user.district})

    @route("/sync/info", ["GET"])
    async def info(request: Request) -> Response:
        user = await user_of(request)
        district = await run_in_threadpool(store.district, user.district)
        return JSONResponse({"min_schema_version": MIN_SCHEMA_VERSION, "district": user.district,
                             "role": user.role, "cursor": district[2] if district else 0})

    @route("/sync/changesets", ["POST"])
    async def changesets(request: Request) -> Response:
        user = await user_of(request)
        payload = await body(request)
        # the shape, typed and bounded; then the protocol's own checks (one change per row, finite numbers)
        models.body(payload, models.Changeset, precise=Changeset.from_payload)
        changeset = Changeset.from_payload(payload)
        declared = request.headers.get("x-payload-sha256")
        actual = sha256_hex(payload) or ""
        if declared and declared != actual:
            raise Refused(400, "checksum_mismatch", "The changeset arrived damaged (its sha256 does not match).",
                          "Sync again; the same changeset is sent unchanged.")
        response = await run_in_threadpool(push, store, user, changeset, actual)
        return JSONResponse(response)

    @route("/sync/changes", ["GET"])
    async def changes(request: Request) -> Response:
        user = await user_of(request)
        asked = models.query(request.query_params, models.ChangesQuery)
        district = scope(user, asked.district)
        since, limit = asked.since, asked.limit
        rows = await run_in_threadpool(store.changes, district, since, limit)
        next_cursor = rows[-1][0] if rows else since
        return JSONResponse({"rows": [r.to_json() for _seq, r in rows], "next_cursor": next_cursor,
                             "more": len(rows) == limit})

    @route("/sync/rows", ["POST"])
    async def rows(request: Request) -> Response:
        """The registry's current state of some rows of the user's district, by (table, uid): a client whose kept
        state of a row is unreadable takes it again from here."""
        user = await user_of(request)
        keys = models.body(await body(request), models.RowsRequest).keys
        # a key of a table the registry does not keep, or with a NUL (PostgreSQL text holds none), has no row
        wanted = [(tbl, uid) for tbl, uid in keys if tbl in SYNCED_TABLES and "\x00" not in uid]
        found = await run_in_threadpool(store.current_rows, user.district, wanted)
        return JSONResponse({"rows": [row.to_json() for row in found]})

    @route("/sync/decisions", ["GET"])
    async def decisions(request: Request) -> Response:
        """The district's decision chain after position `after` (registry/chain.py); `rows=1` adds each row."""
        user = await user_of(request)
        asked = models.query(request.query_params, models.DecisionsQuery)
        district = scope(user, asked.district)
        return JSONResponse(await run_in_threadpool(chain_page, store, district, asked.after, asked.limit,
                                                    asked.rows == "1"))

    @route("/sync/snapshot", ["GET", "HEAD"])
    async def snapshot(request: Request) -> Response:
        user = await user_of(request)
        district = scope(user, models.query(request.query_params, models.SnapshotQuery).district)
        path, digest = await run_in_threadpool(build_snapshot, store, district, snapshot_dir)
        return ranged_file(request, path, digest)

    # --- OGC API – Features ---------------------------------------------------------------------------------
    @route("/", ["GET"])
    async def landing(request: Request) -> Response:
        base = str(request.base_url).rstrip("/")
        return JSONResponse({"title": "LandDesk registry", "description": "Parcels, plan zones and red lines of "
                             "the districts, read-only (OGC API – Features).", "links": [
                                 {"href": f"{base}/", "rel": "self", "type": "application/json"},
                                 {"href": f"{base}/api", "rel": "service-desc",
                                  "type": "application/vnd.oai.openapi+json;version=3.0"},
                                 {"href": f"{base}/conformance", "rel": "conformance", "type": "application/json"},
                                 {"href": f"{base}/collections", "rel": "data", "type": "application/json"}]})

    @route("/api", ["GET"])
    async def api(request: Request) -> Response:
        return JSONResponse(openapi(str(request.base_url).rstrip("/")),
                            media_type="application/vnd.oai.openapi+json;version=3.0")

    @route("/conformance", ["GET"])
    async def conformance(request: Request) -> Response:
        return JSONResponse({"conformsTo": [
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson"]})

    extents: dict[str, list[float] | None] = {}

    def district_extent(district: str) -> list[float] | None:
        """The district boundary's WGS 84 bounds: lets GIS tools ask for what they show, not for everything."""
        if district not in extents:
            found = store.district(district)
            wkb = found[1].get("boundary_wkb") if found else None
            projected = store.to_wgs84(found[0], [bytes.fromhex(wkb)])[0] if found and wkb else None
            extents[district] = list(shapely.from_wkb(projected).bounds) if projected else None
        return extents[district]

    def collection_doc(base: str, name: str, district: str) -> dict[str, Any]:
        bounds = district_extent(district)
        return {"id": name, "title": name.replace("_", " ").capitalize() + f" ({district})",
                "itemType": "feature", "crs": ["http://www.opengis.net/def/crs/OGC/1.3/CRS84"],
                **({"extent": {"spatial": {"bbox": [bounds], "crs": "http://www.opengis.net/def/crs/OGC/1.3/CRS84"}}}
                   if bounds else {}),
                "links": [{"href": f"{base}/collections/{name}/items", "rel": "items",
                           "type": "application/geo+json"}]}

    @route("/collections", ["GET"])
    async def collections(request: Request) -> Response:
        user = await user_of(request)
        base = str(request.base_url).rstrip("/")
        docs = await run_in_threadpool(lambda: [collection_doc(base, n, user.district) for n in PUBLISHED_LAYERS])
        return JSONResponse({"collections": docs,
                             "links": [{"href": f"{base}/collections", "rel": "self", "type": "application/json"}]})

    def layer(name: str) -> str:
        if name not in PUBLISHED_LAYERS:
            raise Refused(404, "no_collection", f"There is no collection {name!r}.",
                          f"Use one of: {', '.join(PUBLISHED_LAYERS)}.")
        return PUBLISHED_LAYERS[name]

    @route("/collections/{name}", ["GET"])
    async def collection(request: Request) -> Response:
        user = await user_of(request)
        name = request.path_params["name"]
        layer(name)
        doc = await run_in_threadpool(collection_doc, str(request.base_url).rstrip("/"), name, user.district)
        return JSONResponse(doc)

    @route("/collections/{name}/items", ["GET"])
    async def items(request: Request) -> Response:
        user = await user_of(request)
        name = request.path_params["name"]
        tbl = layer(name)
        asked = models.query(request.query_params, models.ItemsQuery)
        limit = min(asked.limit, MAX_PAGE)          # OGC: a larger limit is served the most a page holds
        bbox = _bbox(asked.bbox)
        rows = await run_in_threadpool(store.features, [user.district], tbl, bbox, asked.after, limit)
        base = str(request.base_url).rstrip("/") + f"/collections/{name}/items"
        links = [{"href": str(request.url), "rel": "self", "type": "application/geo+json"}]
        if len(rows) == limit:
            query = {k: v for k, v in request.query_params.items() if k != "after"}
            query["after"] = str(rows[-1][0])
            links.append({"href": base + "?" + urlencode(query), "rel": "next",
                          "type": "application/geo+json"})
        text = _feature_collection(rows, links)
        return Response(text, media_type="application/geo+json")

    @route("/collections/{name}/items/{uid}", ["GET"])
    async def item(request: Request) -> Response:
        user = await user_of(request)
        tbl = layer(request.path_params["name"])
        uid = request.path_params["uid"]
        found = None if "\x00" in uid else await run_in_threadpool(store.feature, [user.district], tbl, uid)
        if found is None:
            raise Refused(404, "no_feature", "There is no such feature in your district.", "Check the id.")
        geometry = "null" if found[3] is None else shapely.to_geojson(shapely.from_wkb(found[3]))
        return Response(f'{{"type":"Feature","id":"{found[1]}","geometry":{geometry},"properties":{found[2]}}}',
                        media_type="application/geo+json")

    @route("/intake/applications", ["POST"])
    async def intake(request: Request) -> Response:
        """An application from the e-government portal (registry/intake.py): 201 new, 200 sent before."""
        user = await user_of(request)
        data = read_request(await body(request))
        status, answer = await run_in_threadpool(lodge_from_portal, store, user, data, date.today())
        return JSONResponse(answer, status_code=status)

    @route("/registry/free-grants", ["GET"])
    async def grants(request: Request) -> Response:
        """The approved free grants to an IIN in every district (registry/free_grants.py)."""
        user = await user_of(request)
        iin = request.query_params.get("iin", "")
        return JSONResponse(await run_in_threadpool(free_grants, store, user, iin))

    async def not_routed(_request: Request, exc: Exception) -> Response:
        """An unknown path or a method a path does not have: the same JSON refusal as every other."""
        status = exc.status_code if isinstance(exc, HTTPException) else 400
        headers = exc.headers if isinstance(exc, HTTPException) else None
        code, message = {404: ("not_found", "There is no such address in the registry's API."),
                         405: ("method_not_allowed", "This address does not take that method.")}.get(
                             status, ("bad_request", str(getattr(exc, "detail", "The request is not valid."))))
        return JSONResponse({"error": code, "message": message, "what_to_do": "See the API description at /api."},
                            status_code=status, headers=headers)

    routes = [token, info, changesets, changes, rows, snapshot, landing, api, conformance, collections, collection,
              items, item, decisions, intake, grants]
    app = Starlette(routes=routes, exception_handlers={HTTPException: not_routed})
    app.state.store = store
    return app


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    try:
        parts = tuple(float(v) for v in value.split(","))
    except ValueError:
        parts = ()
    if len(parts) != 4 or not all(math.isfinite(v) for v in parts) or parts[0] > parts[2] or parts[1] > parts[3]:
        raise Refused(400, "bad_bbox", f"bbox {value!r} is not minlon,minlat,maxlon,maxlat.",
                      "Give four numbers in WGS 84 longitude/latitude, lower-left then upper-right.")
    return parts[0], parts[1], parts[2], parts[3]


def _feature_collection(rows: list[tuple[int, str, str, bytes | None]], links: list[dict[str, str]]) -> str:
    wkbs = [r[3] for r in rows]
    present = [i for i, w in enumerate(wkbs) if w is not None]
    geojson = ["null"] * len(rows)
    if present:
        for i, text in zip(present, shapely.to_geojson(shapely.from_wkb([wkbs[i] for i in present])), strict=True):
            geojson[i] = str(text)
    features = ",".join(f'{{"type":"Feature","id":"{uid}","geometry":{geometry},"properties":{attrs}}}'
                        for (_fid, uid, attrs, _w), geometry in zip(rows, geojson, strict=True))
    return (f'{{"type":"FeatureCollection","numberReturned":{len(rows)},"links":{json.dumps(links)},'
            f'"features":[{features}]}}')
