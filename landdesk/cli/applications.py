"""`landdesk lodge | application | step | decide | cancel`: an application's life from the command line (issue 16).

Exit codes: 0 done, 2 bad input (a field named) or a cache that cannot be opened, 3 the procedure does not allow
the action yet (nothing changed; the sentence names what it still waits for).

Who acts is the officer of the settings (full name and role, File → Settings), or `--officer` and `--role`;
never the machine's login, because the name is printed on the decision.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from landdesk.domain.errors import LandDeskError

EXIT_OK, EXIT_BAD_INPUT, EXIT_NOT_ALLOWED = 0, 2, 3


def add_commands(commands: Any) -> None:
    lodge = commands.add_parser("lodge", help="register an incoming application from a JSON file (the object "
                                              "`landdesk application --json` prints, without its number)")
    lodge.add_argument("path", type=Path)
    lodge.add_argument("file", type=Path, help="the application as JSON ('-' reads standard input)")
    lodge.add_argument("--today", type=date.fromisoformat, default=None, help=argparse.SUPPRESS)
    _who(lodge)
    lodge.set_defaults(run=_lodge)

    show = commands.add_parser("application", help="print an application: its fields, steps, pre-checks, the "
                                                   "actions the procedure permits now and the grounds proposed")
    show.add_argument("path", type=Path)
    show.add_argument("number")
    show.add_argument("--json", action="store_true", help="print it as the JSON object `lodge` reads")
    show.add_argument("--today", type=date.fromisoformat, default=None, help="as of this day (YYYY-MM-DD)")
    show.add_argument("--role", choices=("officer", "head"), default=None)
    show.set_defaults(run=_show)

    step = commands.add_parser("step", help="record the outcome of an open procedure step (exit code 3 when the "
                                            "procedure does not allow it now)")
    step.add_argument("path", type=Path)
    step.add_argument("number")
    step.add_argument("--step", required=True, metavar="CODE", help="the step's code, as `application` lists it")
    outcome = step.add_mutually_exclusive_group(required=True)
    outcome.add_argument("--positive", action="store_true")
    outcome.add_argument("--negative", action="store_true")
    step.add_argument("--reasons", default="", help="the body's reasons (required with --negative)")
    step.add_argument("--body", default=None, help="the body or utility, when several answer the same step")
    step.add_argument("--on", type=date.fromisoformat, default=None, help="the day it came in (default today)")
    _who(step)
    step.set_defaults(run=_step)

    decide = commands.add_parser("decide", help="approve or refuse (exit code 3 when the procedure does not "
                                                "allow it now)")
    decide.add_argument("path", type=Path)
    decide.add_argument("number")
    kind = decide.add_mutually_exclusive_group(required=True)
    kind.add_argument("--approve", action="store_true")
    kind.add_argument("--refuse", metavar="GROUND[,GROUND…]", help="refusal ground codes, e.g. R-ZONING")
    decide.add_argument("--act", default=None, help="the act's number")
    decide.add_argument("--motivation", default="", help="the written reasons in Russian (required with --refuse)")
    decide.add_argument("--motivation-kk", default=None,
                        help="the reasons in Kazakh (default: the grounds' standard Kazakh texts)")
    decide.add_argument("--justification", default=None,
                        help="why a refusal is made although every pre-check passed")
    decide.add_argument("--override", default=None, metavar="REASON",
                        help="approving over failed checks or (a head only) a negative conclusion")
    decide.add_argument("--on", type=date.fromisoformat, default=None, help="the decision's day (default today)")
    _who(decide)
    decide.set_defaults(run=_decide)

    cancel = commands.add_parser("cancel", help="cancel an approval whose contract was not signed in its term "
                                                "(Art. 44-2 p.16); exit code 3 when not allowed yet")
    cancel.add_argument("path", type=Path)
    cancel.add_argument("number")
    cancel.add_argument("--reason", required=True, help="why, in Russian")
    cancel.add_argument("--reason-kk", default=None, help="why, in Kazakh (default: the standard Kazakh text)")
    cancel.add_argument("--act", default=None)
    cancel.add_argument("--on", type=date.fromisoformat, default=None)
    _who(cancel)
    cancel.set_defaults(run=_cancel)


def _who(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--officer", default=None, help="full name of who acts (default: from Settings)")
    parser.add_argument("--role", choices=("officer", "head"), default=None, help="default: from Settings")


def _signer(args: argparse.Namespace) -> Any:
    from landdesk.services.decision_details import Signer
    from landdesk.settings import load

    settings = load().settings
    name, _role = _acting(args)
    return Signer(name, settings.officer_position_ru, settings.officer_position_kk)


def _acting(args: argparse.Namespace) -> tuple[str, str]:
    from landdesk.settings import load

    settings = load().settings
    name = " ".join((args.officer or settings.officer_name or "").split())
    if not name:
        raise _NoOfficerError("Your full name is not set: it is printed on decisions and in the audit. Set it in "
                              "File → Settings, or give --officer \"Surname Name Patronymic\".")
    return name, args.role or settings.officer_role or "officer"


class _NoOfficerError(Exception):
    """No full name to act under."""


def _guarded(run: Any) -> Any:
    """Exit 3 for what the procedure does not allow now, 2 for bad input; the sentence on stderr."""
    def wrapped(args: argparse.Namespace) -> int:
        from landdesk.domain.lifecycle import TransitionRefused
        from landdesk.services.decisions import DecisionNotAllowed
        from landdesk.services.procedure_guard import ActionNotAllowed

        try:
            return int(run(args))
        except _NoOfficerError as error:
            print(f"landdesk: {error}", file=sys.stderr)
            return EXIT_BAD_INPUT
        except (ActionNotAllowed, DecisionNotAllowed, TransitionRefused) as error:
            print(f"landdesk: {error.what_happened()}\n  What to do: {error.what_to_do()}", file=sys.stderr)
            return EXIT_NOT_ALLOWED
        except LandDeskError as error:
            print(f"landdesk: {error.what_happened()}\n  What to do: {error.what_to_do()}", file=sys.stderr)
            return EXIT_BAD_INPUT
    return wrapped


@_guarded
def _lodge(args: argparse.Namespace) -> int:
    from landdesk.services.intake import lodge
    from landdesk.storage import open_cache

    officer, _role = _acting(args)
    try:
        raw = sys.stdin.read() if str(args.file) == "-" else args.file.read_text(encoding="utf-8")
        data = json.loads(raw)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        print(f"landdesk: {args.file} cannot be read as JSON ({error}).\n  What to do: give the application as "
              "the JSON object `landdesk application PATH NUMBER --json` prints.", file=sys.stderr)
        return EXIT_BAD_INPUT
    with open_cache(args.path) as cache:
        lodged = lodge(cache, data, officer, args.today)
    if lodged.created:
        print(f"Registered as {lodged.number}, received {lodged.received_on.isoformat()}, due "
              f"{lodged.due_on.isoformat() if lodged.due_on else '—'}; steps opened: {', '.join(lodged.steps)}"
              + ("; the free-grant check is confirmed by the registry at the next sync" if lodged.to_confirm
                 else ""))
    else:
        print(f"Already registered as {lodged.number} (the same portal id); nothing was added.")
    return EXIT_OK


@_guarded
def _show(args: argparse.Namespace) -> int:
    from landdesk.services.application_facts import application_facts, describe
    from landdesk.storage import open_cache

    with open_cache(args.path, read_only=True) as cache:
        facts = application_facts(cache, args.number, args.today or date.today(), args.role or "officer")
    print(json.dumps(facts, ensure_ascii=False, indent=1) if args.json else describe(facts))
    return EXIT_OK


@_guarded
def _step(args: argparse.Namespace) -> int:
    from landdesk.services.procedure_steps import record_outcome
    from landdesk.storage import open_cache

    officer, role = _acting(args)
    with open_cache(args.path) as cache:
        done = record_outcome(cache, args.number, args.step, positive=args.positive, reasons=args.reasons,
                              on=args.on, officer=officer, role=role, body=args.body)
    said = f"{done.number}: step {done.step} recorded {'positive' if done.positive else 'negative'}"
    if done.moved_to is not None:
        said += f"; the application moved on to {done.moved_to}"
    elif done.not_moved is not None:
        said += f"; it stays at {done.status}: {done.not_moved}"
    if done.refusal_step is not None:
        said += (f"; the refusal path is open: step {done.refusal_step.code}, due {done.refusal_step.due_on}"
                 + (f", proposed ground {done.proposed_ground}" if done.proposed_ground else ""))
    print(said)
    return EXIT_OK


@_guarded
def _decide(args: argparse.Namespace) -> int:
    from landdesk.services.decisions import ApproveApplication, RefuseApplication, approve, refuse
    from landdesk.storage import open_cache

    officer, role = _acting(args)
    on = args.on or date.today()
    with open_cache(args.path) as cache:
        if args.approve:
            record = approve(cache, ApproveApplication(args.number, officer, on, act_number=args.act,
                                                       override_reason=args.override, role=role,
                                                       signer=_signer(args)))
        else:
            grounds = tuple(g.strip() for g in args.refuse.split(",") if g.strip())
            record = refuse(cache, RefuseApplication(args.number, grounds, args.motivation, officer, on,
                                                     act_number=args.act, justification=args.justification,
                                                     role=role, signer=_signer(args),
                                                     motivation_other=args.motivation_kk))
    print(f"{args.number}: {record.kind.lower()} recorded as decision {record.seq} on {record.decided_on}")
    return EXIT_OK


@_guarded
def _cancel(args: argparse.Namespace) -> int:
    from landdesk.services.decisions import CancelDecision, cancel
    from landdesk.storage import open_cache

    officer, role = _acting(args)
    with open_cache(args.path) as cache:
        record = cancel(cache, CancelDecision(args.number, args.reason, officer, args.on or date.today(),
                                              act_number=args.act, role=role, signer=_signer(args),
                                              reason_other=args.reason_kk))
    print(f"{args.number}: cancelled, decision {record.seq} on {record.decided_on}")
    return EXIT_OK
