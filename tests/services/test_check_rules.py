"""The norms the pre-checks apply are data in resources/rules, each with its article, and an akimat's copy wins."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from landdesk.domain.check_rules import size_norm_for, size_norms_from
from landdesk.domain.land import Purpose
from landdesk.domain.planning import PlanKind
from landdesk.services import prechecks

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture
def fresh_rules() -> Iterator[None]:
    loaders = (prechecks.size_norms, prechecks.water_rules, prechecks.plan_rules, prechecks.applicant_rules)
    for loader in loaders:
        loader.cache_clear()
    yield
    for loader in loaders:
        loader.cache_clear()


def test_the_shipped_norms_are_the_land_codes_with_their_articles(fresh_rules: None) -> None:
    norms = prechecks.size_norms()
    assert size_norm_for(norms, Purpose.IZHS, irrigated=False).m2 == 1000     # type: ignore[union-attr]
    dry, wet = (size_norm_for(norms, Purpose.LPH, irrigated=i) for i in (False, True))
    assert (dry.m2, dry.article) == (2500, "Art. 50 p.2")                       # type: ignore[union-attr]
    assert (wet.m2, wet.article) == (1500, "Art. 50 p.2")                       # type: ignore[union-attr]
    assert size_norm_for(norms, Purpose.OGOROD, irrigated=True).article == "Art. 50 p.2-1"  # type: ignore[union-attr]
    assert size_norm_for(norms, Purpose.FARM, irrigated=False) is None
    water = prechecks.water_rules()
    assert (water.unprotected_m, water.unprotected_article, water.strip_m) == (500, "Art. 44 p.8", 35)
    plans = prechecks.plan_rules()
    assert plans.requirement(2100, "VILLAGE").any_of == (frozenset({PlanKind.DEVELOPMENT_SCHEME}),
                                                         frozenset({PlanKind.GENERAL_PLAN}))
    assert plans.requirement(19_400, "TOWN").any_of == (frozenset({PlanKind.GENERAL_PLAN}),)
    assert plans.requirement(90_000, "CITY").any_of == (frozenset({PlanKind.GENERAL_PLAN, PlanKind.DPP}),)
    assert plans.requirement(None, "CITY").any_of == (frozenset({PlanKind.GENERAL_PLAN, PlanKind.DPP}),)
    assert plans.requirement(None, "VILLAGE").article == "Art. 44-1 p.8"
    applicant = prechecks.applicant_rules()
    assert (applicant.majority_age, applicant.majority_article) == (18, "Art. 43 p.12")
    assert [r.verified for r in applicant.citizen_only if r.free_grant] == [True]


def test_an_akimats_override_of_a_norm_is_what_the_checks_apply(fresh_rules: None, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "size_norms.json").write_text(json.dumps({"norms": [
        {"purpose": "IZHS", "m2": 800, "article": "решение маслихата № 5/12 (Art. 50 p.3)"}]}), encoding="utf-8")
    monkeypatch.setenv("LANDDESK_OVERRIDES_DIR", str(tmp_path))
    norm = size_norm_for(prechecks.size_norms(), Purpose.IZHS, irrigated=False)
    assert norm is not None
    assert (norm.m2, norm.article) == (800, "решение маслихата № 5/12 (Art. 50 p.3)")


def test_an_older_flat_norms_file_still_reads() -> None:
    norms = size_norms_from({"_about": "…", "IZHS": 1000, "LPH": 2500})
    assert size_norm_for(norms, Purpose.LPH, irrigated=True).m2 == 2500     # type: ignore[union-attr]
