from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from landdesk.domain.cadastral_number import (
    CadastralNumber,
    is_valid_cadastral_number,
    normalise_cadastral_number,
    parse_cadastral_number,
)
from landdesk.domain.errors import InvalidCadastralNumber


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("20-311-023-326", "20-311-023-326"),
        ("21-320-109-1207", "21-320-109-1207"),
        ("09:145:029:019", "09-145-029-019"),
        (" 20 311 023 326 ", "20-311-023-326"),
        ("20311023326", "20-311-023-326"),
        ("213201091207", "21-320-109-1207"),
        ("20-311:023 - 326", "20-311-023-326"),
    ],
)
def test_real_world_spellings_normalise(text: str, normalised: str) -> None:
    assert normalise_cadastral_number(text) == normalised


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("20-311-023", "3 parts"),
        ("20-311-023-32", "2, 3, 3 and 3–4 digits"),
        ("20-311-023-32645", "2, 3, 3 and 3–4 digits"),
        ("2O-311-023-326", "characters other than digits"),
        ("2031102332", "10 digits"),
        ("09:145:029:019:1", "5 parts"),
    ],
)
def test_invalid_numbers_say_why(text: str, reason: str) -> None:
    with pytest.raises(InvalidCadastralNumber) as caught:
        parse_cadastral_number(text)
    assert reason in str(caught.value)
    assert caught.value.code == "cadastral_number.invalid"
    assert not is_valid_cadastral_number(text)




@given(
    region=st.from_regex(r"[0-9]{2}", fullmatch=True),
    district=st.from_regex(r"[0-9]{3}", fullmatch=True),
    quarter=st.from_regex(r"[0-9]{3}", fullmatch=True),
    plot=st.from_regex(r"[0-9]{3,4}", fullmatch=True),
    separators=st.lists(st.sampled_from(["-", ":", " ", " - ", ":"]), min_size=3, max_size=3),
)
def test_any_separator_parses_to_the_same_number(region: str, district: str, quarter: str, plot: str,
                                                 separators: list[str]) -> None:
    text = f"{region}{separators[0]}{district}{separators[1]}{quarter}{separators[2]}{plot}"
    number = parse_cadastral_number(text)
    assert number == CadastralNumber(region, district, quarter, plot)
    assert str(number) == f"{region}-{district}-{quarter}-{plot}"
    assert parse_cadastral_number(str(number)) == number
    assert number.quarter_key == f"{region}-{district}-{quarter}"


@given(st.text(max_size=30))
def test_parser_never_fails_other_than_with_its_own_error(text: str) -> None:
    try:
        number = parse_cadastral_number(text)
    except InvalidCadastralNumber:
        return
    assert is_valid_cadastral_number(str(number))
