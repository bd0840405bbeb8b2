"""The desktop entry, the AppStream metainfo and the icon set under resources/: valid, and consistent with the app."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from orderdesk import APP_NAME, DESKTOP_ID, __version__

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
DESKTOP_FILE = RESOURCES / "linux" / f"{DESKTOP_ID}.desktop"
METAINFO = RESOURCES / "linux" / f"{DESKTOP_ID}.metainfo.xml"
ICONS = RESOURCES / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_desktop_entry_has_the_keys_a_launcher_needs() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    entry = parser["Desktop Entry"]

    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    assert entry["Exec"] == "orderdesk"  # pip installs this command; for the bundle the README links its executable
    assert entry["Icon"] == DESKTOP_ID
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and entry["Comment"]


def test_the_metainfo_names_the_app_its_entry_and_this_release() -> None:
    root = ET.parse(METAINFO).getroot()

    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("name") == APP_NAME
    assert root.findtext("summary") and root.find("description") is not None
    assert root.findtext("metadata_license") and root.findtext("project_license")
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert [release.get("version") for release in root.iter("release")][0] == __version__


def test_the_desktop_entry_passes_desktop_file_validate() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    result = subprocess.run([tool, str(DESKTOP_FILE)], capture_output=True, text=True, timeout=30, check=False)

    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli is not installed (Debian: appstream)")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, timeout=60, check=False
    )

    assert result.returncode == 0, result.stdout + result.stderr


def test_each_png_icon_has_the_size_its_name_says() -> None:
    for size in PNG_SIZES:
        assert png_size((ICONS / f"orderdesk-{size}.png").read_bytes()) == (size, size)


def test_the_windows_icon_holds_png_images_from_16_to_256_pixels() -> None:
    data = (ICONS / "orderdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    sizes = []
    for index in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * index : 22 + 16 * index])
        sizes.append(png_size(data[offset : offset + length])[0])
        assert (width or 256) == sizes[-1]

    assert (reserved, kind) == (0, 1)
    assert {16, 32, 48, 256} <= set(sizes)


def test_the_macos_icon_holds_png_images_up_to_512_pixels() -> None:
    data = (ICONS / "orderdesk.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    sizes, offset = [], 8
    while offset < len(data):
        length = struct.unpack(">I", data[offset + 4 : offset + 8])[0]
        sizes.append(png_size(data[offset + 8 : offset + length])[0])
        offset += length

    assert {16, 32, 128, 256, 512} <= set(sizes)
