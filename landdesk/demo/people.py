"""Right holders and applicants for the demo: names, IINs and BINs with valid check digits, UUIDs."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

import numpy as np

from landdesk.demo import names

if TYPE_CHECKING:
    from numpy.typing import NDArray

_W1 = np.arange(1, 12)
_W2 = np.array([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])


def uuids(rng: np.random.Generator, n: int) -> list[str]:
    """Deterministic version-4 UUIDs."""
    raw = rng.integers(0, 256, size=(n, 16), dtype=np.uint8)
    raw[:, 6] = (raw[:, 6] & 0x0F) | 0x40
    raw[:, 8] = (raw[:, 8] & 0x3F) | 0x80
    text = raw.tobytes().hex()
    chunks = (text[k:k + 32] for k in range(0, len(text), 32))
    return [f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}" for h in chunks]


def _with_check_digits(heads: NDArray[np.int64], bump: int) -> NDArray[np.int64]:
    """Append the check digit to rows of 11 digits, bumping the serial digits where none exists."""
    heads = heads.copy()
    while True:
        first = (heads @ _W1) % 11
        second = (heads @ _W2) % 11
        digit = np.where(first == 10, second, first)
        bad = digit == 10
        if not bad.any():
            return np.column_stack([heads, digit])
        serial = heads[bad, bump:].dot(10 ** np.arange(11 - bump)[::-1]) + 1
        heads[bad, bump:] = (serial[:, None] // 10 ** np.arange(11 - bump)[::-1]) % 10


def iins(rng: np.random.Generator, n: int, *, female: NDArray[np.bool_]) -> list[str]:
    born = np.datetime64("1950-01-01") + rng.integers(0, 54 * 365, n).astype("timedelta64[D]")
    years = born.astype("datetime64[Y]").astype(int) + 1970
    months = born.astype("datetime64[M]").astype(int) % 12 + 1
    days = (born - born.astype("datetime64[M]")).astype(int) + 1
    century = np.where(years >= 2000, 5, 3) + female.astype(int)
    serial = rng.integers(0, 10_000, n)
    digits = np.column_stack([
        (years % 100) // 10, years % 10, months // 10, months % 10, days // 10, days % 10, century,
        serial // 1000, serial // 100 % 10, serial // 10 % 10, serial % 10,
    ])
    return ["".join(map(str, row)) for row in _with_check_digits(digits, 7)]


def bins(rng: np.random.Generator, n: int) -> list[str]:
    registered = np.datetime64("1995-01") + rng.integers(0, 30 * 12, n).astype("timedelta64[M]")
    years = registered.astype("datetime64[Y]").astype(int) + 1970
    months = registered.astype("datetime64[M]").astype(int) % 12 + 1
    serial = rng.integers(0, 100_000, n)
    digits = np.column_stack([
        (years % 100) // 10, years % 10, months // 10, months % 10, np.full(n, 4), np.zeros(n, dtype=int),
        serial // 10_000, serial // 1000 % 10, serial // 100 % 10, serial // 10 % 10, serial % 10,
    ])
    return ["".join(map(str, row)) for row in _with_check_digits(digits, 6)]


def person_names(rng: np.random.Generator, n: int) -> tuple[list[str], NDArray[np.bool_]]:
    female = rng.random(n) < 0.48
    surname = rng.integers(0, len(names.SURNAMES), n)
    first_m = rng.integers(0, len(names.MALE_NAMES), n)
    first_f = rng.integers(0, len(names.FEMALE_NAMES), n)
    root = rng.integers(0, len(names.PATRONYMIC_ROOTS), n)
    out = [
        names.person_name(names.SURNAMES[s], names.FEMALE_NAMES[ff] if f else names.MALE_NAMES[fm],
                          names.PATRONYMIC_ROOTS[r], female=bool(f))
        for s, fm, ff, r, f in zip(surname, first_m, first_f, root, female, strict=True)
    ]
    return out, female


def company_names(rng: np.random.Generator, n: int, form: str) -> list[str]:
    words = rng.integers(0, len(names.COMPANY_WORDS), n)
    suffix = rng.integers(1, 99, n)
    return [f"{form} «{names.COMPANY_WORDS[w]}{'' if k > 40 else f'-{k}'}»" for w, k in zip(words, suffix, strict=True)]


def random_dates(rng: np.random.Generator, n: int, start: date, end: date) -> list[str]:
    span = (end - start).days
    return [(start + timedelta(days=int(d))).isoformat() for d in rng.integers(0, max(span, 1), n)]
