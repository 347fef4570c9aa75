"""IIN (individuals) and BIN (legal entities): 12 digits with a mod-11 check digit.

Algorithm of Government Decree No 565 of 11.06.2003: weights 1..11; if the remainder is 10,
weights 3..11,1,2; a second 10 means the number cannot be valid.
"""

from __future__ import annotations

from datetime import date

from landdesk.domain.errors import InvalidIin
from landdesk.domain.text import Text, tr

_W1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_W2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def check_digit(first_eleven: str) -> int | None:
    """The 12th digit for the first 11, or None when no check digit exists (the number is unusable)."""
    digits = [int(c) for c in first_eleven]
    remainder = sum(w * d for w, d in zip(_W1, digits, strict=True)) % 11
    if remainder == 10:
        remainder = sum(w * d for w, d in zip(_W2, digits, strict=True)) % 11
        if remainder == 10:
            return None
    return remainder


def validate_iin_bin(value: str) -> str:
    """Return the 12 digits of a valid IIN or BIN, or raise InvalidIin with the reason."""
    digits = value.strip().replace(" ", "")
    if len(digits) != 12 or not (digits.isascii() and digits.isdigit()):
        raise InvalidIin(value=value, reason=Text(tr("it must be exactly 12 digits")))
    expected = check_digit(digits[:11])
    if expected is None or expected != int(digits[11]):
        raise InvalidIin(value=value, reason=Text(tr("the check digit does not match")))
    if is_individual(digits):
        try:
            birth_date(digits)
        except ValueError as err:
            raise InvalidIin(value=value, reason=Text(tr("the first six digits are not a birth date"))) from err
    return digits


def is_valid_iin_bin(value: str) -> bool:
    try:
        validate_iin_bin(value)
    except InvalidIin:
        return False
    return True


def is_individual(digits: str) -> bool:
    """An IIN starts with a birth date (5th digit 0–3); a BIN has its entity type (4–6) there."""
    return digits[4] in "0123"


def birth_date(iin: str) -> date:
    if iin[6] not in "123456":
        raise ValueError("the 7th digit of an IIN must be 1–6")
    century = {"1": 1800, "2": 1800, "3": 1900, "4": 1900, "5": 2000, "6": 2000}[iin[6]]
    return date(century + int(iin[:2]), int(iin[2:4]), int(iin[4:6]))


def make_iin(born: date, serial: int, *, female: bool) -> str:
    """A valid IIN for a birth date and a serial (used by the demo and tests); skips unusable serials."""
    century_digit = {18: 1, 19: 3, 20: 5}[born.year // 100] + (1 if female else 0)
    for candidate in range(serial, serial + 10_000):
        head = f"{born:%y%m%d}{century_digit}{candidate % 10_000:04d}"
        digit = check_digit(head)
        if digit is not None:
            return f"{head}{digit}"
    raise ValueError("no valid IIN for this serial range")  # unreachable in practice


def make_bin(registered: date, serial: int) -> str:
    """A valid BIN of a resident legal entity's head unit (type digit 4, division 0)."""
    for candidate in range(serial, serial + 100_000):
        head = f"{registered:%y%m}40{candidate % 100_000:05d}"
        digit = check_digit(head)
        if digit is not None:
            return f"{head}{digit}"
    raise ValueError("no valid BIN for this serial range")
