"""`landdesk lists`: the lists the Land Code requires the akimat to publish (Art. 44 p.6, Art. 43 p.14).

    landdesk lists PATH --kind queue|sites|grants --period 2026Q4|2026-11 --lang kk|ru --out FILE.pdf|FILE.csv
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from landdesk.domain.errors import LandDeskError

if TYPE_CHECKING:
    import argparse

EXIT_OK, EXIT_BAD_INPUT = 0, 2


def add_commands(commands: Any) -> None:
    lists = commands.add_parser("lists", help="write a list the akimat must publish: the IZhS queue, the prepared "
                                              "sites (quarterly) or the grants (monthly), as PDF or CSV")
    lists.add_argument("path", type=Path)
    lists.add_argument("--kind", required=True, choices=("queue", "sites", "grants"))
    lists.add_argument("--period", required=True, help="a quarter (2026Q4) or a month (2026-11)")
    lists.add_argument("--lang", required=True, choices=("kk", "ru"))
    lists.add_argument("--out", required=True, type=Path, help="FILE.pdf or FILE.csv")
    lists.set_defaults(run=_lists)


def _lists(args: argparse.Namespace) -> int:
    from landdesk.reports.lists_document import write_list
    from landdesk.services.published_lists import period, published_list
    from landdesk.storage import open_cache

    if args.out.suffix.lower() not in (".pdf", ".csv"):
        print(f"landdesk: {args.out} is neither .pdf nor .csv.\n  What to do: name the file FILE.pdf or FILE.csv.",
              file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        when = period(args.period)
        with open_cache(args.path, read_only=True) as cache:
            found = published_list(cache, args.kind, when)
            if args.out.suffix.lower() == ".pdf":
                import os

                os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
                from landdesk.app import application

                application()                       # fonts and the PDF writer need Qt's GUI side, offscreen here
            out = write_list(cache, found, args.lang, args.out)
    except LandDeskError as error:
        print(f"landdesk: {error.what_happened()}\n  What to do: {error.what_to_do()}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"{out}: {len(found.rows)} rows ({args.kind}, {when.text}, {args.lang})")
    return EXIT_OK
