"""`orderdesk sandbox`: every channel simulator on this machine, until interrupted."""

from __future__ import annotations

import sys


def serve_forever(host: str = "127.0.0.1") -> int:
    sys.stderr.write("The channel simulators are not part of this build yet.\n")
    return 1
