"""`orderdesk sandbox`: every channel simulator on this machine, until interrupted."""

from __future__ import annotations

import shlex
import signal
import sys
import threading
from types import FrameType

from orderdesk.sandbox.fleet import start_fleet


def serve_forever(host: str = "127.0.0.1", port: int = 0) -> int:
    try:
        fleet = start_fleet(host, port)
    except OSError as exc:
        sys.stderr.write(f"The simulators could not start on {host}: {exc}\n")
        return 1
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    out = sys.stdout
    out.write("Channel simulators are running (Ctrl+C stops them). Demo credentials below are for these only.\n\n")
    for name, config in fleet.configs.items():
        out.write(f"{name} ({config['kind']}): {config['url']}\n")
        command = ["orderdesk", "channels", "add", name, "--kind", config["kind"], "--url", config["url"]]
        if config.get("username"):
            command += ["--login", config["username"]]
        for key, value in config.get("options", {}).items():
            command += ["--option", f"{key}={value}"]
        secrets = config.get("secrets", {})
        secret_lines = "\\n".join(f"{key}={value}" for key, value in secrets.items())
        out.write(f"  printf '{secret_lines}\\n' | {shlex.join(command)} --secret-stdin\n\n")
    out.flush()
    try:
        stop.wait()
    finally:
        fleet.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    out.write("Simulators stopped.\n")
    return 0
