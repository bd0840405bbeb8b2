"""Where the files under `resources/` are: beside the package from source, inside the package when installed
(setup.py ships them as orderdesk/_resources), inside the bundle when frozen."""

from __future__ import annotations

import sys
from pathlib import Path, PurePath

# From source (and an editable install) the repository's `resources/` folder sits next to the package.
_SOURCE_ROOT = Path(__file__).resolve().parent.parent
# An installed wheel carries it inside the package.
_INSTALLED = Path(__file__).resolve().parent / "_resources"


def _resources_dir() -> Path:
    """The `resources/` folder: in the PyInstaller bundle (`sys._MEIPASS`) when frozen, in the package when installed
    from a wheel, else in the repository."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    if _INSTALLED.is_dir():
        return _INSTALLED
    return _SOURCE_ROOT / "resources"


def resource_path(relative: str) -> Path:
    """The absolute path of `relative` (e.g. "icons/app.svg") inside `resources/`; it need not exist yet."""
    parts = PurePath(relative.replace("\\", "/"))
    if parts.is_absolute() or ".." in parts.parts:
        raise ValueError(f"resource paths are relative and stay inside resources/: {relative!r}")
    return _resources_dir() / parts
