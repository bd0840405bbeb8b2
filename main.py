"""`python main.py` does what the `orderdesk` command does (also the PyInstaller entry point)."""

import multiprocessing
import sys

from orderdesk.cli import main

if __name__ == "__main__":
    # In the frozen bundle the sync engine's process starts as this program again: this runs it instead of the CLI.
    multiprocessing.freeze_support()
    sys.exit(main())
