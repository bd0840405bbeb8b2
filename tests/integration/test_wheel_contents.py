"""`pip install .` ships resources/ inside the package, and the installed package finds it there."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from orderdesk import DESKTOP_ID

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = out.glob("orderdesk-*.whl")
    return built


@pytest.mark.slow
def test_the_wheel_carries_the_icons_the_desktop_files_and_the_samples(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "orderdesk/_resources/orderdesk.svg",
        "orderdesk/_resources/sample_orders.json",
        "orderdesk/_resources/icons/orderdesk-256.png",
        "orderdesk/_resources/icons/orderdesk.ico",
        "orderdesk/_resources/icons/orderdesk.icns",
        f"orderdesk/_resources/linux/{DESKTOP_ID}.desktop",
        f"orderdesk/_resources/linux/{DESKTOP_ID}.metainfo.xml",
        "orderdesk/py.typed",
        *(
            f"orderdesk/_resources/translations/{ts.stem}.qm"
            for ts in (ROOT / "resources" / "translations").glob("*.ts")
        ),
    }

    assert expected <= names, sorted(expected - names)
    assert not [name for name in names if "screenshots" in name or name.endswith(".ts")]


@pytest.mark.slow
def test_an_installed_package_finds_its_resources_inside_itself(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    # -S: no site-packages, so neither the editable install nor the source tree can answer for the wheel.
    probe = "import sys; sys.path.insert(0, sys.argv[1]); from orderdesk.resources import resource_path; "
    probe += "print(resource_path('icons/orderdesk-256.png'))"
    result = subprocess.run(
        [sys.executable, "-S", "-c", probe, str(target)], capture_output=True, text=True, cwd=tmp_path, check=True
    )
    found = Path(result.stdout.strip())

    assert found == target / "orderdesk" / "_resources" / "icons" / "orderdesk-256.png"
    assert found.is_file()


@pytest.mark.slow
def test_an_installed_package_speaks_dutch_from_its_compiled_translations(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    # The wheel's own package first on the path (PySide6 still comes from this environment's site-packages).
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]); from PySide6.QtWidgets import QApplication; "
        "app = QApplication([]); "
        "from orderdesk.ui import i18n; print(i18n.install('nl')); print(*i18n.translation_files('nl'), sep='\\n')"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(target)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    language, *files = result.stdout.split()
    assert language == "nl"
    assert files and all(Path(f).parent == target / "orderdesk" / "_resources" / "translations" for f in files)
