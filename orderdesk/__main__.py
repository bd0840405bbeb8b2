"""`python -m orderdesk` does what the `orderdesk` command does."""

import sys

from orderdesk.cli import main

sys.exit(main())
