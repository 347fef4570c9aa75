"""The registry's API definition (OpenAPI 3.0), served at /api: every endpoint, its parameters, the changeset a
push sends, and the JSON refusal each 4xx carries. QGIS finds it through the landing page's service-desc link and
reads the OGC API – Features part; API testers (schemathesis) read all of it.
"""

from __future__ import annotations

from typing import Any

from landdesk.domain.replication import PUBLISHED_LAYERS, SYNCED_TABLES
from landdesk.domain.row_rules import MAX_TEXT, MAX_WKB
from landdesk.registry.models import DEFAULT_PAGE, MAX_KEYS, MAX_PAGE
from landdesk.sync.protocol import MAX_FIELDS, MAX_INT64, MAX_SCHEMA_VERSION

_UUID = {"type": "string", "pattern": "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"}
_TEXT = {"type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^\\x00]*$"}
_SCALAR = {"nullable": True, "anyOf": [{"type": "string", "maxLength": MAX_TEXT}, {"type": "number"},
                                       {"type": "boolean"}],
           "description": "text, a finite number, true/false or null (NaN and Infinity are refused)"}
_HEX_WKB = {"type": "string", "nullable": True, "maxLength": 2 * MAX_WKB, "pattern": "^([0-9a-fA-F]{2})*$",
            "description": "ISO WKB in the district's CRS, as hex"}
_SHA256 = {"type": "string", "pattern": "^[0-9a-f]{64}$"}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _refusals(*statuses: int) -> dict[str, Any]:
    """The JSON refusal under each status, as every endpoint answers it; where a password is checked (401), too
    many wrong ones are answered 429 (registry/throttle.py)."""
    throttled = (429,) if 401 in statuses else ()
    return {str(status): {"$ref": f"#/components/responses/{status}"} for status in (*statuses, *throttled)}


_REFUSAL_TEXT = {
    400: "The request is malformed (the body, a parameter or a value the registry cannot store)",
    401: "No sign-in, a wrong password or an expired token",
    403: "Another district, or a role that may not do this",
    404: "No such district, collection or feature",
    405: "The address does not take this method",
    408: "The request body stopped arriving",
    409: "A recorded decision would change",
    413: "The request is larger than the registry takes",
    416: "The Range is not one range within the file",
    422: "A row the registry cannot keep (invalid_row names the row and field), or a reused changeset id",
    426: "The cache schema is older than the registry needs: update LandDesk first",
    429: "Too many wrong passwords for this user or from this address: wait the Retry-After seconds",
}


def _responses() -> dict[str, Any]:
    responses = {str(status): _json(_ref("Error"), text) for status, text in _REFUSAL_TEXT.items()}
    responses["429"]["headers"] = {"Retry-After": {"required": True, "schema": {"type": "integer", "minimum": 1},
                                                   "description": "seconds until a sign-in is taken again"}}
    return responses


def _query(name: str, schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "schema": schema, "description": description}


def _schemas() -> dict[str, Any]:
    row_change = {
        "type": "object", "required": ["tbl", "uid", "action"],
        "properties": {
            "tbl": {"type": "string", "enum": list(SYNCED_TABLES)},
            "uid": _UUID,
            "action": {"type": "string", "enum": ["insert", "update", "delete"]},
            "base_version": {"type": "integer", "minimum": 1, "maximum": MAX_INT64, "nullable": True,
                             "description": "the registry version the change was based on (null for an insert)"},
            "fields": {"type": "object", "maxProperties": MAX_FIELDS,
                       "additionalProperties": {"type": "object", "additionalProperties": False,
                                                "properties": {"old": _SCALAR, "new": _SCALAR}},
                       "description": "changed fields by name: the value the change was based on and the new one"},
            "geom": {"type": "object", "nullable": True,
                     "properties": {"base_sha256": {**_SHA256, "nullable": True}, "new_wkb": _HEX_WKB},
                     "description": "present when the geometry changed"}}}
    operation = {"type": "object", "required": ["op_id", "kind", "user_id", "created_at"],
                 "properties": {"op_id": _UUID, "kind": _TEXT, "user_id": _TEXT, "created_at": _TEXT,
                                "reason": {"type": "string", "nullable": True, "maxLength": MAX_TEXT,
                                           "pattern": "^[^\\x00]*$"}}}
    group = {"type": "object", "required": ["group_id", "rows"],
             "properties": {"group_id": _UUID, "ops": {"type": "array", "items": _ref("Operation")},
                            "rows": {"type": "array", "minItems": 1, "items": _ref("RowChange")}},
             "description": "applied all-or-nothing; a row appears at most once in a changeset"}
    changeset = {"type": "object", "required": ["changeset_id", "device_id", "district", "schema_version", "groups"],
                 "properties": {"changeset_id": _UUID, "device_id": _UUID, "district": {"type": "string"},
                                "schema_version": {"type": "integer", "minimum": 0, "maximum": MAX_SCHEMA_VERSION},
                                "groups": {"type": "array", "minItems": 1, "items": _ref("Group")}}}
    row_state = {"type": "object", "required": ["tbl", "uid", "version", "deleted", "attrs", "wkb"],
                 "properties": {"tbl": {"type": "string"}, "uid": {"type": "string"},
                                "version": {"type": "integer", "nullable": True}, "deleted": {"type": "boolean"},
                                "attrs": {"type": "object"}, "wkb": {"type": "string", "nullable": True}}}
    answer = {"type": "object", "required": ["changeset_id", "groups"],
              "properties": {"changeset_id": {"type": "string"}, "replayed": {"type": "boolean"},
                             "groups": {"type": "array", "items": {
                                 "type": "object", "required": ["group_id", "status"],
                                 "properties": {"group_id": {"type": "string"},
                                                "status": {"type": "string",
                                                           "enum": ["applied", "conflict", "rejected"]},
                                                "versions": {"type": "object",
                                                             "additionalProperties": {"type": "integer"}},
                                                "conflicts": {"type": "array", "items": {"type": "object"}}}}}}}
    link = {"type": "object", "required": ["position", "uid", "content_hash", "link_hash", "seq"],
            "properties": {"position": {"type": "integer"}, "uid": {"type": "string"},
                           "content_hash": {"type": "string"}, "link_hash": {"type": "string"},
                           "seq": {"type": "integer"}, "row": _ref("RowState")}}
    chain = {"type": "object", "required": ["district", "after", "previous", "count", "head", "links", "more"],
             "properties": {"district": {"type": "string"}, "after": {"type": "integer"},
                            "previous": {"type": "string", "nullable": True}, "count": {"type": "integer"},
                            "head": {"type": "object", "nullable": True,
                                     "properties": {"position": {"type": "integer"},
                                                    "link_hash": {"type": "string"}}},
                            "links": {"type": "array", "items": link}, "more": {"type": "boolean"}}}
    error = {"type": "object", "required": ["error", "message", "what_to_do"],
             "properties": {"error": {"type": "string", "description": "a stable code, e.g. bad_request"},
                            "message": {"type": "string"}, "what_to_do": {"type": "string"},
                            "params": {"type": "object", "additionalProperties": {"type": "string"}}}}
    return {"RowChange": row_change, "Operation": operation, "Group": group, "Changeset": changeset,
            "RowState": row_state, "PushAnswer": answer, "DecisionChain": chain, "Error": error}


def openapi(base: str) -> dict[str, Any]:
    """The API definition GIS clients look for (QGIS needs the landing page's service-desc link to it)."""
    layer = {"name": "collectionId", "in": "path", "required": True,
             "schema": {"type": "string", "enum": list(PUBLISHED_LAYERS)}}
    whole = {"type": "integer", "minimum": 0, "maximum": MAX_INT64}
    district = _query("district", {"type": "string"}, "the district code; only the user's own is served")

    def limit(default: int) -> dict[str, Any]:
        return _query("limit", {"type": "integer", "minimum": 1, "maximum": MAX_PAGE, "default": default},
                      f"page size, at most {MAX_PAGE} (a larger limit is refused with 400 bad_parameter)")

    # OGC API – Features: a limit beyond the most a page holds is not an error, it is served that many
    # (opengeospatial/ogcapi-features#640); so the schema takes any whole number and says what a page holds
    page = [_query("limit", {"type": "integer", "minimum": 1, "maximum": MAX_INT64, "default": DEFAULT_PAGE},
                   f"page size; a page holds at most {MAX_PAGE} features, a larger limit is served {MAX_PAGE} "
                   "(with a next link when there are more)"),
            {"name": "bbox", "in": "query", "style": "form", "explode": False, "required": False,
             "schema": {"type": "array", "minItems": 4, "maxItems": 4, "items": {"type": "number"}},
             "description": "minlon,minlat,maxlon,maxlat in WGS 84, finite, lower-left then upper-right"},
            _query("after", whole, "the id of the last feature of the previous page")]
    geojson = {"200": {"description": "GeoJSON", "content": {"application/geo+json": {"schema": {"type": "object"}}}}}
    public: list[dict[str, list[str]]] = []
    snapshot = {"parameters": [district,
                               {"name": "Range", "in": "header", "required": False, "schema": {"type": "string"},
                                "description": "bytes=<first>- or bytes=<first>-<last>, to resume a download"},
                               {"name": "If-Range", "in": "header", "required": False, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "the district as a SQLite file",
                                      "content": {"application/vnd.sqlite3": {"schema": {"type": "string",
                                                                                         "format": "binary"}}}},
                              "206": {"description": "the part asked for",
                                      "content": {"application/vnd.sqlite3": {"schema": {"type": "string",
                                                                                         "format": "binary"}}}},
                              **_refusals(400, 401, 403, 404, 416)}}
    paths = {
        "/": {"get": {"security": public, "responses": {"200": _json({"type": "object"}, "landing page")}}},
        "/api": {"get": {"security": public, "responses": {"200": {
            "description": "this definition",
            "content": {"application/vnd.oai.openapi+json;version=3.0": {"schema": {"type": "object"}}}}}}},
        "/conformance": {"get": {"security": public, "responses": {"200": _json({"type": "object"}, "conformance")}}},
        "/auth/token": {"post": {
            "security": public, "summary": "Sign in: a bearer token for the user",
            "requestBody": {"required": True, "content": {"application/json": {"schema": {
                "type": "object", "required": ["user", "password"],
                "properties": {"user": {"type": "string"}, "password": {"type": "string"}}}}}},
            "responses": {"200": _json({"type": "object", "required": ["token", "expires_at", "user", "role",
                                                                       "district"],
                                        "properties": {"token": {"type": "string"}, "expires_at": {"type": "number"},
                                                       "user": {"type": "string"}, "role": {"type": "string"},
                                                       "district": {"type": "string"}}}, "the token"),
                          **_refusals(400, 401, 408, 413)}}},
        "/sync/info": {"get": {"summary": "The user's district, role and the registry's change cursor",
                               "responses": {"200": _json({"type": "object", "required": [
                                   "min_schema_version", "district", "role", "cursor"], "properties": {
                                   "min_schema_version": {"type": "integer"}, "district": {"type": "string"},
                                   "role": {"type": "string"}, "cursor": {"type": "integer"}}}, "sync facts"),
                                   **_refusals(401)}}},
        "/sync/changesets": {"post": {
            "summary": "Push a changeset: idempotent by id, each group all-or-nothing",
            "parameters": [{"name": "x-payload-sha256", "in": "header", "required": False,
                            "schema": _SHA256, "description": "sha256 of the body; a mismatch is refused"}],
            "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("Changeset")}}},
            "responses": {"200": _json(_ref("PushAnswer"), "each group applied, in conflict or rejected"),
                          **_refusals(400, 401, 403, 404, 408, 409, 413, 422, 426)}}},
        "/sync/changes": {"get": {
            "summary": "The district's rows changed after a cursor, in change order",
            "parameters": [district, _query("since", whole, "the cursor of the last page"), limit(500)],
            "responses": {"200": _json({"type": "object", "required": ["rows", "next_cursor", "more"],
                                        "properties": {"rows": {"type": "array", "items": _ref("RowState")},
                                                       "next_cursor": {"type": "integer"},
                                                       "more": {"type": "boolean"}}}, "a page of rows"),
                          **_refusals(400, 401, 403)}}},
        "/sync/rows": {"post": {
            "summary": "The registry's current state of some rows of the user's district",
            "requestBody": {"required": True, "content": {"application/json": {"schema": {
                "type": "object", "required": ["keys"], "properties": {"keys": {
                    "type": "array", "items": {"type": "array", "minItems": 2, "maxItems": 2,
                                               "items": {"type": "string"}},
                    "maxItems": MAX_KEYS, "description": f"[table, uid] pairs, at most {MAX_KEYS}"}}}}}},
            "responses": {"200": _json({"type": "object", "required": ["rows"], "properties": {
                "rows": {"type": "array", "items": _ref("RowState")}}}, "the rows the registry has"),
                **_refusals(400, 401, 408, 413)}}},
        "/sync/snapshot": {"get": {"summary": "The district as a SQLite file (resumable)", **snapshot},
                           "head": {"summary": "The snapshot's size, ETag and sha256", **snapshot}},
        "/sync/decisions": {"get": {
            "summary": "The district's decision chain after a position",
            "parameters": [district, _query("after", whole, "the last position the client holds"),
                           limit(DEFAULT_PAGE),
                           _query("rows", {"type": "string", "enum": ["0", "1"]}, "1: each decision's row too")],
            "responses": {"200": _json(_ref("DecisionChain"), "a page of the chain"),
                          **_refusals(400, 401, 403, 404)}}},
        "/intake/applications": {"post": {
            "summary": "An application from the e-government portal (role portal only; idempotent on portal_id)",
            "requestBody": {"required": True, "content": {"application/json": {"schema": {
                "type": "object", "description": "the object `landdesk application --json` prints, without number, "
                "with portal_id"}}}},
            "responses": {"201": _json({"type": "object"}, "registered: its number, dates and first steps"),
                          "200": _json({"type": "object"}, "sent before: the number it was registered under"),
                          **_refusals(400, 401, 403, 404, 408, 413, 422)}}},
        "/registry/free-grants": {"get": {
            "summary": "Approved free grants (Art. 50 p.2) to an IIN in every district (officers and heads)",
            "parameters": [_query("iin", {"type": "string"}, "the applicant's IIN or BIN")],
            "responses": {"200": _json({"type": "object"}, "the grants"), **_refusals(400, 401, 403)}}},
        "/collections": {"get": {"responses": {"200": _json({"type": "object"}, "collections"),
                                               **_refusals(401)}}},
        "/collections/{collectionId}": {"get": {"parameters": [layer], "responses": {
            "200": _json({"type": "object"}, "collection"), **_refusals(401, 404)}}},
        "/collections/{collectionId}/items": {"get": {"parameters": [layer, *page],
                                                      "responses": {**geojson, **_refusals(400, 401, 404)}}},
        "/collections/{collectionId}/items/{featureId}": {"get": {"parameters": [
            layer, {"name": "featureId", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {**geojson, **_refusals(401, 404)}}}}
    return {"openapi": "3.0.3", "info": {"title": "LandDesk registry", "version": "1"},
            "servers": [{"url": base}],
            "components": {"securitySchemes": {"basic": {"type": "http", "scheme": "basic"},
                                               "bearer": {"type": "http", "scheme": "bearer"}},
                           "schemas": _schemas(),
                           "responses": _responses()},
            "security": [{"basic": []}, {"bearer": []}],
            "paths": paths}
