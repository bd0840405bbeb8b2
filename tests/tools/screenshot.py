"""Take the README's screenshot: the main window in demo mode, as a real X11 window on a virtual screen.

xvfb-run -a -s "-screen 0 1366x768x24" python tests/tools/screenshot.py [PATH.png] [--size=WxH] [--lang=nl]

The README's picture is taken at 1366x768, the small warehouse laptop the desk must fit (maximised window).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")  # a real window: Xvfb provides the display


def main() -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    args = [a for a in sys.argv[1:] if not a.startswith(("--size", "--lang"))]
    size = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--size=")), "1366x768")
    language = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--lang=")), None)
    width, height = (int(n) for n in size.lower().split("x"))
    target = Path(args[0] if args else "resources/screenshots/main_window.png")
    target.parent.mkdir(parents=True, exist_ok=True)
    from orderdesk.sandbox.demo import start_demo
    from orderdesk.store.models import Order
    from orderdesk.ui.app import application, open_window

    app: QApplication = application(language)
    # A first start, as a new user sees it: no layout remembered from an earlier run.
    settings_folder = Path(tempfile.mkdtemp(prefix="orderdesk-screenshot-settings-"))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(settings_folder))
    demo = start_demo(feed=False)
    window = open_window(db_url=demo.db_url, user="anna", title_note=" — demo (simulated channels)")
    window.resize(width, height)
    window.show()
    deadline = time.monotonic() + 60
    while Order.select().count() < 40 and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    # Some work in flight, as a desk looks in the morning: one order acknowledged, one selected.
    for _ in range(100):
        app.processEvents()
        time.sleep(0.02)
    window.model.reload()
    target_row = next(
        (
            r
            for r in range(window.model.rowCount())
            if (row := window.model.order_row(r)) and row.lines > 1 and row.channel == "Affiliates"
        ),
        0,
    )
    order_id = window.model.order_id(target_row)
    if order_id is not None:
        window.select_order(order_id)
    for _ in range(50):
        app.processEvents()
        time.sleep(0.02)
    screen = app.primaryScreen()
    picture = screen.grabWindow(window.winId())
    picture.save(str(target))
    print(f"saved {target} ({picture.width()}x{picture.height()})")
    window.close()
    demo.stop()
    shutil.rmtree(settings_folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
