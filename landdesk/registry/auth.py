"""Passwords (scrypt, a slow memory-hard KDF from the standard library) and expiring bearer tokens.

Tokens are random and only their sha256 is stored, so a copy of the database does not hand out sessions.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from landdesk.registry.store import Store, User

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 14, 8, 1
TOKEN_TTL_S = 12 * 3600


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    computed = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32)
    return hmac.compare_digest(computed.hex(), digest)


_DUMMY = hash_password("an unknown user costs as much time as a wrong password")


def verify(store: Store, name: str, password: str) -> User | None:
    """The user whose password this is (HTTP Basic from GIS tools), or None; as slow either way."""
    found = _user(store, name)
    if found is None:
        check_password(password, _DUMMY)
        return None
    return found[0] if check_password(password, found[1]) else None


def issue_token(store: Store, user: User, ttl_s: float = TOKEN_TTL_S) -> tuple[str, float]:
    """A new token for a user whose password was checked, tied to the user's generation: a reset or removal
    of the user ends it (store.user_for_token)."""
    token = secrets.token_urlsafe(32)
    expires = time.time() + ttl_s
    store.add_token(token_digest(token), user.name, expires, user.generation)
    return token, expires


def _user(store: Store, name: str) -> tuple[User, str] | None:
    """No user name holds a NUL character (and PostgreSQL cannot even be asked about one)."""
    return None if "\x00" in name else store.user_with_hash(name)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
