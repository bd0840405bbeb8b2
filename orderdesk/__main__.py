"""`python -m orderdesk` does what the `orderdesk` command does."""

import sys

from orderdesk.cli import main

# Guarded: the sync engine's process (multiprocessing's spawn) imports this module again, under another name.
if __name__ == "__main__":
    sys.exit(main())
