"""Applications for land plots: procedure tracks, states and parties (DOMAIN.md §3)."""

from __future__ import annotations

from enum import StrEnum


class ProcedureTrack(StrEnum):
    A = "A"                  # Art. 43: general, outside settlements (15 working days)
    B = "B"                  # Art. 44-1: construction in a village or small settlement
    C = "C"                  # Art. 44-2: cities, fully electronic (30 working days)
    IZHS_QUEUE = "IZHS_QUEUE"  # Art. 44 p.6: IZhS special register


class ApplicationStatus(StrEnum):
    RECEIVED = "RECEIVED"
    ARCHITECTURE_CHECK = "ARCHITECTURE_CHECK"
    ALLOTMENT_SCHEME = "ALLOTMENT_SCHEME"
    APPROVALS = "APPROVALS"                  # approvals and technical conditions
    APPLICANT_APPROVAL = "APPLICANT_APPROVAL"  # the applicant's 10 working days; the clock stops
    DECISION = "DECISION"
    APPROVED = "APPROVED"
    REFUSED = "REFUSED"
    CANCELLED = "CANCELLED"
    WITHDRAWN = "WITHDRAWN"


PENDING_STATUSES: frozenset[ApplicationStatus] = frozenset(
    {
        ApplicationStatus.RECEIVED, ApplicationStatus.ARCHITECTURE_CHECK,
        ApplicationStatus.ALLOTMENT_SCHEME, ApplicationStatus.APPROVALS,
        ApplicationStatus.APPLICANT_APPROVAL, ApplicationStatus.DECISION,
    }
)


class Party(StrEnum):
    """Who is responsible for a step: what a late step is blamed on."""

    AKIMAT = "AKIMAT"            # the akimat's land-relations or architecture unit
    APPROVER = "APPROVER"        # an approving body
    UTILITY = "UTILITY"          # a natural monopoly issuing technical conditions
    APPLICANT = "APPLICANT"
    GOSCORP = "GOSCORP"          # State Corporation «Government for Citizens»


class StepState(StrEnum):
    OPEN = "OPEN"
    DONE = "DONE"
    NEGATIVE = "NEGATIVE"
    SKIPPED = "SKIPPED"


class DecisionKind(StrEnum):
    APPROVE = "APPROVE"
    REFUSE = "REFUSE"
    CANCEL = "CANCEL"


class BuiltFor(StrEnum):
    """What a demo application was built to show in the pre-checks (the outcome the checks must give): a failure
    with its ground, or, for COMPETING and WATER_ZONE, a warning with none."""

    PASS = "PASS"
    INVALID_GEOMETRY = "INVALID_GEOMETRY"
    WRONG_COORDINATES = "WRONG_COORDINATES"    # wrong UTM zone, swapped axes, degrees as metres
    OUTSIDE_SETTLEMENT = "OUTSIDE_SETTLEMENT"
    OVERLAP = "OVERLAP"
    NO_PLAN = "NO_PLAN"
    WRONG_ZONE = "WRONG_ZONE"
    RED_LINE = "RED_LINE"
    OVERSIZE = "OVERSIZE"
    WATER_500M = "WATER_500M"
    COMPETING = "COMPETING"                    # waits behind an earlier pending application: a warning
    GRANTED_EARLIER = "GRANTED_EARLIER"        # the same land was granted on an earlier application
    WATER_ZONE = "WATER_ZONE"                  # inside a set water-protection zone: a warning
    WATER_STRIP = "WATER_STRIP"                # inside a set water-protection strip
    MINOR = "MINOR"                            # the IIN says the applicant was under 18 on receipt
    NOT_CITIZEN = "NOT_CITIZEN"                # a free grant asked for by a non-citizen
