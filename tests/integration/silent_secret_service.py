"""A Secret Service that never answers, as one that failed to start: it owns org.freedesktop.secrets on the session
bus and reads every call without replying. Run inside `dbus-run-session`; it prints "ready" once it owns the name,
then runs the command given after `--` with the same bus and exits with that command's exit code."""

from __future__ import annotations

import subprocess
import sys
import threading

from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection


def main() -> int:
    connection = open_dbus_connection(bus="SESSION")
    reply = connection.send_and_get_reply(message_bus.RequestName("org.freedesktop.secrets"))
    if reply.body != (1,):  # DBUS_REQUEST_NAME_REPLY_PRIMARY_OWNER
        sys.stderr.write(f"could not own org.freedesktop.secrets: {reply.body}\n")
        return 3

    def swallow() -> None:
        while True:
            connection.receive()  # never answered

    threading.Thread(target=swallow, daemon=True).start()
    command = sys.argv[sys.argv.index("--") + 1 :]
    return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
