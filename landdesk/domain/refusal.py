"""The catalogue of legal grounds for refusal (DOMAIN.md §3.5). A refusal always names one or more."""

from __future__ import annotations

from dataclasses import dataclass

from landdesk.domain.application import BuiltFor
from landdesk.domain.text import tr


@dataclass(frozen=True, slots=True)
class RefusalGround:
    code: str
    title: str          # the officer's English wording (translated in the UI)
    title_ru: str
    legal_ref: str      # article and paragraph of the Land Code


GROUNDS: tuple[RefusalGround, ...] = (
    RefusalGround("R-INCOMPLETE", tr("Incomplete documents"), "неполный пакет документов", "Art. 43 p.3"),
    RefusalGround("R-SEIZED-REGISTER", tr("Applicant is in the register of persons whose plots were seized"),
                  "заявитель в реестре лиц, у которых изъяты земельные участки", "Art. 43 p.3; Art. 12 sub.20-1"),
    RefusalGround("R-ZONING", tr("Purpose not allowed by the zoning or the approved plan"),
                  "целевое назначение не соответствует зонированию или утвержденной градостроительной "
                  "документации", "Art. 43 p.1(2); Art. 44-2 p.10"),
    RefusalGround("R-NO-PLAN", tr("No approved general plan or DPP for construction"),
                  "отсутствие утвержденного генерального плана или ПДП", "Art. 44-1 p.8; Art. 44-2 p.3"),
    RefusalGround("R-NO-NETWORKS", tr("No engineering networks"), "отсутствие инженерных сетей", "Art. 44-2 p.3"),
    RefusalGround("R-NEG-COMMISSION", tr("Negative conclusion of the land commission"),
                  "отрицательное заключение земельной комиссии", "Art. 43 p.2"),
    RefusalGround("R-NEG-APPROVER", tr("Negative conclusion of an approving body or utility"),
                  "отрицательное заключение согласующего органа", "Art. 44-1 p.4; Art. 44-2 p.10"),
    RefusalGround("R-OCCUPIED", tr("The requested plot is already occupied"),
                  "испрашиваемый участок занят", "Art. 44-1 p.4"),
    RefusalGround("R-APPLICANT-TIMEOUT", tr("Applicant did not approve the allotment scheme in time"),
                  "заявитель не согласовал схему отвода в срок", "Art. 44-2 p.11; Art. 44-1 p.5"),
    RefusalGround("R-CONCLUSION-EXPIRED", tr("Commission conclusion older than one year"),
                  "истек срок заключения земельной комиссии", "Art. 43 p.2"),
    RefusalGround("R-AUCTION", tr("The plot must go to auction or competition"),
                  "участок подлежит предоставлению на торгах", "Art. 43 p.6-1; Art. 48"),
    RefusalGround("R-NOT-PRIVATE", tr("Land that cannot be granted: common use, reserved or restricted"),
                  "земли, не подлежащие предоставлению", "Art. 26 p.2–4; Art. 109 p.2"),
    RefusalGround("R-REPEAT-FREE", tr("Repeated free grant"), "повторное бесплатное предоставление", "Art. 50 p.2"),
    RefusalGround("R-NO-QUEUE", tr("IZhS plot without a queue entry"), "отсутствие в очереди на ИЖС", "Art. 44 p.6"),
    RefusalGround("R-OVERSIZE", tr("Size exceeds the norm"), "превышение норм предоставления", "Art. 50"),
    RefusalGround("R-MINOR", tr("Applicant is not of age"), "заявитель не достиг совершеннолетия", "Art. 43 p.12"),
    RefusalGround("R-NOT-CITIZEN", tr("The right asked for is reserved to citizens of Kazakhstan"),
                  "испрашиваемое право предоставляется только гражданам Республики Казахстан",
                  "Art. 9 p.3(2); Art. 50 p.2"),
    RefusalGround("R-WATER-500M", tr("Within 500 m of a shoreline where protection zones are not set"),
                  "в пределах 500 м от уреза воды до установления водоохранных зон", "Art. 44 p.8"),
    RefusalGround("R-WATER-STRIP", tr("Inside a water-protection strip"),
                  "в пределах водоохранной полосы", "Water Code: water-protection strips"),
    RefusalGround("R-AERODROME", tr("Aerodrome area restrictions"), "ограничения приаэродромной территории",
                  "Art. 43 p.1-3"),
    RefusalGround("R-DOC-FALSE", tr("Documents or data inaccurate"), "недостоверность документов или сведений",
                  tr("public-service rules (MoA Order No 301)")),
)

GROUND_BY_CODE: dict[str, RefusalGround] = {g.code: g for g in GROUNDS}

# The ground a pre-check failure of each kind points to (the demo records which one it built for).
GROUND_FOR_OUTCOME: dict[BuiltFor, str | None] = {
    BuiltFor.PASS: None,
    BuiltFor.INVALID_GEOMETRY: "R-DOC-FALSE",
    BuiltFor.WRONG_COORDINATES: "R-DOC-FALSE",
    BuiltFor.OUTSIDE_SETTLEMENT: "R-ZONING",
    BuiltFor.OVERLAP: "R-OCCUPIED",
    BuiltFor.NO_PLAN: "R-NO-PLAN",
    BuiltFor.WRONG_ZONE: "R-ZONING",
    BuiltFor.RED_LINE: "R-NOT-PRIVATE",
    BuiltFor.OVERSIZE: "R-OVERSIZE",
    BuiltFor.WATER_500M: "R-WATER-500M",
    BuiltFor.COMPETING: None,                  # it waits for the earlier one's decision
    BuiltFor.GRANTED_EARLIER: "R-OCCUPIED",
    BuiltFor.WATER_ZONE: None,                 # the zone's regime applies: a warning, not a ground
    BuiltFor.WATER_STRIP: "R-WATER-STRIP",
    BuiltFor.MINOR: "R-MINOR",
    BuiltFor.NOT_CITIZEN: "R-NOT-CITIZEN",
}
