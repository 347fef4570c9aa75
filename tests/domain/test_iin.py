from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from landdesk.domain.errors import InvalidIin
from landdesk.domain.iin import (
    birth_date,
    check_digit,
    is_individual,
    is_valid_iin_bin,
    make_bin,
    make_iin,
    validate_iin_bin,
)


def test_check_digit_by_hand() -> None:
    # 85061530012?: 8*1+5*2+0*3+6*4+1*5+5*6+3*7+0*8+0*9+1*10+2*11 = 130; 130 % 11 = 9
    assert check_digit("85061530012") == 9
    assert validate_iin_bin("850615300129") == "850615300129"


def test_second_weights_are_used_when_the_first_give_ten() -> None:
    head = next(h for h in (f"8506153{n:04d}" for n in range(10_000))
                if sum(w * int(c) for w, c in zip(range(1, 12), h, strict=True)) % 11 == 10)
    digit = check_digit(head)
    if digit is not None:
        assert digit == sum(w * int(c) for w, c in zip((3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2), head, strict=True)) % 11


@pytest.mark.parametrize(
    ("value", "reason"),
    [("85061530012", "exactly 12 digits"), ("8506153001290", "exactly 12 digits"), ("85061530012a", "12 digits"),
     ("850615300128", "check digit"), ("851315300120", "birth date")],
)
def test_invalid_iins_say_why(value: str, reason: str) -> None:
    with pytest.raises(InvalidIin) as caught:
        validate_iin_bin(value)
    assert reason in str(caught.value)


@given(born=st.dates(date(1900, 1, 1), date(2025, 12, 31)), serial=st.integers(0, 9999), female=st.booleans())
def test_made_iins_are_valid_and_carry_their_birth_date(born: date, serial: int, female: bool) -> None:
    iin = make_iin(born, serial, female=female)
    assert is_valid_iin_bin(iin)
    assert is_individual(iin)
    assert birth_date(iin) == born
    wrong = iin[:11] + str((int(iin[11]) + 1) % 10)
    assert not is_valid_iin_bin(wrong)


@given(registered=st.dates(date(1995, 1, 1), date(2025, 12, 31)), serial=st.integers(0, 99_999))
def test_made_bins_are_valid_legal_entities(registered: date, serial: int) -> None:
    bin_ = make_bin(registered, serial)
    assert is_valid_iin_bin(bin_)
    assert not is_individual(bin_)
