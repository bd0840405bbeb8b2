"""`python main.py` does what the `orderdesk` command does (also the PyInstaller entry point)."""

import sys

from orderdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
