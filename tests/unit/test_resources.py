"""resource_path() finds resources/ from a source checkout and from a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from orderdesk.resources import resource_path

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_from_source_it_points_into_the_repositorys_resources_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)

    path = resource_path("icons/app.svg")

    assert path == REPO_ROOT / "resources" / "icons" / "app.svg"
    assert path.is_absolute()


def test_when_frozen_it_points_into_the_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "resources" / "samples").mkdir(parents=True)
    (tmp_path / "resources" / "samples" / "orders.json").write_text("[]", encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)

    path = resource_path("samples/orders.json")

    assert path == tmp_path / "resources" / "samples" / "orders.json"
    assert path.read_text(encoding="utf-8") == "[]"


def test_a_stray_meipass_without_frozen_still_means_source(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)

    assert resource_path("x.txt") == REPO_ROOT / "resources" / "x.txt"


@pytest.mark.parametrize("escaping", ["/etc/passwd", "../pyproject.toml", "icons/../../main.py"])
def test_paths_that_leave_the_resources_folder_are_refused(escaping: str) -> None:
    with pytest.raises(ValueError, match="inside resources/"):
        resource_path(escaping)
