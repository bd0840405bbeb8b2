"""The package layout, which pyproject.toml cannot express: the top-level resources/ folder ships inside the package
as orderdesk/_resources (orderdesk.resources.resource_path() looks there in an installed copy), with the translations
compiled by pyside6-lrelease on the way. Everything else about the project is in pyproject.toml."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

TRANSLATIONS = Path(__file__).resolve().parent / "resources" / "translations"


def _lrelease() -> str:
    """PySide6's lrelease (a build requirement in pyproject.toml), else one on PATH."""
    try:
        import PySide6

        local = Path(PySide6.__file__).parent / "lrelease"
        if local.exists():
            return str(local)
    except ImportError:
        pass
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise SystemExit("building OrderDesk needs pyside6-lrelease (PySide6) to compile its translations")
    return found


class BuildWithTranslations(build_py):
    """build_py, then resources/translations/*.ts compiled to .qm inside the package (the .ts stay behind)."""

    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "orderdesk" / "_resources" / "translations"
        target.mkdir(parents=True, exist_ok=True)
        for source in sorted(TRANSLATIONS.glob("*.ts")):
            subprocess.run([_lrelease(), "-silent", str(source), "-qm", str(target / f"{source.stem}.qm")], check=True)


setup(
    # resources/ and its folders of files the app loads; named here, as setuptools warns of any folder it ships
    # data from without naming it.
    packages=[
        *find_packages(include=["orderdesk", "orderdesk.*"]),
        "orderdesk._resources",
        "orderdesk._resources.icons",
        "orderdesk._resources.linux",
    ],
    package_dir={"orderdesk._resources": "resources"},
    # The screenshots are for the README, not for the app; the translations go in compiled (above).
    package_data={
        "orderdesk": ["py.typed"],
        "orderdesk._resources": ["*.svg", "*.json"],
        "orderdesk._resources.icons": ["*"],
        "orderdesk._resources.linux": ["*"],
    },
    cmdclass={"build_py": BuildWithTranslations},
)
