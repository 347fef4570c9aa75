"""`python -m landdesk` runs the command line."""

import sys

from landdesk.cli import main

sys.exit(main())
