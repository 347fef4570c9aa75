"""Procedures as data: the four tracks load, due dates follow the calendar, pauses and late parties show."""

from __future__ import annotations

from datetime import date

import pytest

from landdesk.domain.application import Party, ProcedureTrack
from landdesk.domain.procedures import ProcedureFileInvalid, plan, procedure_from_data
from landdesk.services.calendar import kazakhstan_calendar
from landdesk.services.procedures import procedure

CALENDAR = kazakhstan_calendar(range(2024, 2027))


def test_every_track_has_its_procedure_with_responsible_parties() -> None:
    for track in ProcedureTrack:
        found = procedure(track)
        assert found.track == track
        assert found.steps
        assert {step.party for step in found.steps} <= set(Party)
    assert procedure(ProcedureTrack.C).total_wd == 30
    assert [s.code for s in procedure(ProcedureTrack.C).steps if s.clock_stops] == ["C7"]


def test_track_c_counts_30_working_days_plus_the_applicants_own_time() -> None:
    track_c = procedure(ProcedureTrack.C)
    # The applicant approved the scheme 4 working days after it reached the cabinet (due Fri 28 March 2025):
    # Mon 31 March – Thu 3 April. The 30 working days from 3 March end on 18 April; 4 more: Thu 24 April.
    schedule = plan(track_c, date(2025, 3, 3), CALENDAR, completed={"C7": date(2025, 4, 3)})
    assert schedule.paused_wd == 4
    assert schedule.due == date(2025, 4, 24)
    open_ended = plan(track_c, date(2025, 3, 3), CALENDAR)       # still waiting: the full 10 days count
    assert open_ended.paused_wd == 10
    assert open_ended.due == date(2025, 5, 5)                    # 1 May is a holiday


def test_a_late_utility_is_the_utilitys_delay_not_the_akimats() -> None:
    track_c = procedure(ProcedureTrack.C)
    completed = {"C1": date(2025, 3, 4), "C2": date(2025, 3, 6), "C3": date(2025, 3, 14), "C4": date(2025, 3, 17),
                 "C5": date(2025, 3, 24), "C5U": date(2025, 4, 1)}
    schedule = plan(track_c, date(2025, 3, 3), CALENDAR, completed=completed)
    late = schedule.late_steps(date(2025, 4, 1), CALENDAR)
    # C5U ran beside C5 from 17 March; 5 working days (21, 24 and 25 March are Nauryz) end 27 March; it came
    # on 1 April: 3 working days late, the utility's. The akimat's next step waits for it and is not late.
    assert [(step.spec.code, step.spec.party, days) for step, days in late] == [("C5U", Party.UTILITY, 3)]
    assert schedule.steps[6].starts == date(2025, 4, 1)


def test_a_broken_procedure_file_says_what_is_wrong() -> None:
    with pytest.raises(ProcedureFileInvalid, match="unit must be WD or CD"):
        procedure_from_data("C", {"track": "C", "title": "x", "legal_ref": "y", "total_wd": 30, "steps": [
            {"code": "C1", "title": "t", "party": "AKIMAT", "term": 1, "unit": "days"}]})
    with pytest.raises(ProcedureFileInvalid, match="C9, which does not exist"):
        procedure_from_data("C", {"track": "C", "title": "x", "legal_ref": "y", "total_wd": 30, "steps": [
            {"code": "C1", "title": "t", "party": "UTILITY", "term": 5, "unit": "WD", "parallel_to": "C9",
             "stage": "APPROVALS"}]})
    with pytest.raises(ProcedureFileInvalid, match="stage must be an application status, not LATER"):
        procedure_from_data("C", {"track": "C", "title": "x", "legal_ref": "y", "total_wd": 30, "steps": [
            {"code": "C1", "title": "t", "party": "AKIMAT", "term": 1, "unit": "WD", "stage": "LATER"}]})


def test_entering_a_stage_opens_one_step_per_body_each_with_its_own_term() -> None:
    from landdesk.domain.application import ApplicationStatus
    from landdesk.domain.procedures import open_stage

    opened = open_stage(procedure(ProcedureTrack.C), ApplicationStatus.APPROVALS, date(2025, 3, 17), CALENDAR,
                        {Party.APPROVER: ["Land relations", "Natural resources"], Party.UTILITY: ["Vodokanal"]})
    # 5 working days from Mon 17 March 2025: 18, 19, 20, 26, 27 (21–25 March are Nauryz and its observed day)
    assert [(s.spec.code, s.body, s.due) for s in opened] == [
        ("C5", "Land relations", date(2025, 3, 27)), ("C5", "Natural resources", date(2025, 3, 27)),
        ("C5U", "Vodokanal", date(2025, 3, 27))]
    scheme = open_stage(procedure(ProcedureTrack.C), ApplicationStatus.ALLOTMENT_SCHEME, date(2025, 3, 6), CALENDAR,
                        {})
    # C3: 5 WD from Thu 6 March: 7, 11, 12, 13, 14 (8 March fell on a Saturday, so Mon 10 March was off);
    # then C4: 1 WD, Mon 17 March
    assert [(s.spec.code, s.starts, s.due) for s in scheme] == [
        ("C3", date(2025, 3, 6), date(2025, 3, 14)), ("C4", date(2025, 3, 14), date(2025, 3, 17))]
