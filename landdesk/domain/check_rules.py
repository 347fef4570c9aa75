"""The norms the pre-checks apply, as data with their articles (pure: parsed from the JSON in resources/rules).

Each norm names the article it comes from, so an explanation can cite it and an akimat can override the file
without a release (`landdesk.resources`). Facts we could not read in the primary text carry `verified: false`:
a rule built on one warns the officer instead of proposing a refusal.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from landdesk.domain.land import Purpose
from landdesk.domain.planning import PlanKind

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from datetime import date

LAND_CODE_ART_50 = "Art. 50 p.2"


@dataclass(frozen=True)
class SizeNorm:
    """The largest plot granted free for a purpose (Art. 50 p.2): `irrigated` None means irrigated or not."""

    purpose: Purpose
    m2: float
    article: str
    irrigated: bool | None = None


def size_norms_from(raw: Mapping[str, Any]) -> tuple[SizeNorm, ...]:
    """The norms of size_norms.json: a list under "norms"; the older flat {"IZHS": 1000, …} still reads."""
    if "norms" not in raw:
        return tuple(SizeNorm(Purpose(k), float(v), LAND_CODE_ART_50) for k, v in raw.items() if not k.startswith("_"))
    return tuple(SizeNorm(Purpose(n["purpose"]), float(n["m2"]), str(n.get("article", LAND_CODE_ART_50)),
                          n.get("irrigated")) for n in raw["norms"])


def size_norm_for(norms: Sequence[SizeNorm], purpose: Purpose, *, irrigated: bool) -> SizeNorm | None:
    """The norm for the purpose on this land: one set for irrigated (or dry) land before one for any land."""
    matching = [n for n in norms if n.purpose == purpose and n.irrigated in (None, irrigated)]
    return min(matching, key=lambda n: n.irrigated is None, default=None)


@dataclass(frozen=True)
class WaterRules:
    """Water-protection zones and strips (Water Code; Land Code Art. 44 p.8)."""

    unprotected_m: float = 500.0          # Art. 44 p.8: no grants this close to a shore before zones are set
    unprotected_article: str = "Art. 44 p.8"
    strip_m: float = 35.0                 # the least width of a water-protection strip
    strip_article: str = "Water Code: water-protection strips"
    zone_m: float = 500.0                 # taken when a zone is set but its width was not recorded
    zone_article: str = "Water Code: water-protection zones"


def water_rules_from(raw: Mapping[str, Any]) -> WaterRules:
    unprotected, strip, zone = raw["unprotected_shore"], raw["strip"], raw["zone"]
    return WaterRules(float(unprotected["m"]), str(unprotected["article"]), float(strip["min_width_m"]),
                      str(strip["article"]), float(zone["default_width_m"]),
                      str(zone["article"]))


@dataclass(frozen=True)
class PlanRequirement:
    """Settlements up to `up_to_population` people (None: any larger) need plans of every kind of one of the
    `any_of` sets before a plot for construction is granted."""

    up_to_population: int | None
    any_of: tuple[frozenset[PlanKind], ...]
    article: str


@dataclass(frozen=True)
class PlanRules:
    requirements: tuple[PlanRequirement, ...]          # smallest settlements first, the open-ended last
    population_if_unknown: Mapping[str, int]            # by settlement kind (CITY, TOWN, VILLAGE)
    outside_settlements: tuple[frozenset[PlanKind], ...] = ()   # empty: any valid plan

    def requirement(self, population: int | None, kind: str) -> PlanRequirement:
        people = population if population is not None else self.population_if_unknown.get(kind)
        for requirement in self.requirements:
            if people is not None and requirement.up_to_population is not None \
                    and people <= requirement.up_to_population:
                return requirement
        return self.requirements[-1]


def plan_rules_from(raw: Mapping[str, Any]) -> PlanRules:
    requirements = sorted(
        (PlanRequirement(r.get("up_to_population"), tuple(frozenset(PlanKind(k) for k in kinds)
                                                          for kinds in r["any_of"]), str(r["article"]))
         for r in raw["requirements"]),
        key=lambda r: (r.up_to_population is None, r.up_to_population or 0))
    return PlanRules(tuple(requirements), {str(k): int(v) for k, v in raw.get("population_if_unknown", {}).items()})


@dataclass(frozen=True)
class CitizenOnly:
    """A right reserved to citizens of Kazakhstan: a free grant, or `rights` on land of `purposes`."""

    article: str
    verified: bool
    free_grant: bool = False
    purposes: frozenset[str] = frozenset()   # empty: any purpose
    rights: frozenset[str] = frozenset()     # empty: any right

    def applies(self, *, free_grant: bool, purpose: str, right: str | None) -> bool:
        if self.free_grant:
            return free_grant
        return (not self.purposes or purpose in self.purposes) and (not self.rights or right in self.rights)


@dataclass(frozen=True)
class ApplicantRules:
    majority_age: int = 18
    majority_article: str = "Art. 43 p.12"
    citizen_only: tuple[CitizenOnly, ...] = ()


def applicant_rules_from(raw: Mapping[str, Any]) -> ApplicantRules:
    majority = raw["majority"]
    return ApplicantRules(int(majority["age"]), str(majority["article"]), tuple(
        CitizenOnly(str(r["article"]), bool(r.get("verified", False)), bool(r.get("free_grant", False)),
                    frozenset(r.get("purposes", ())), frozenset(r.get("rights", ())))
        for r in raw.get("citizen_only", ())))


def age_on(born: date, day: date) -> int:
    """Full years of someone born on `born`, on `day`."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))
