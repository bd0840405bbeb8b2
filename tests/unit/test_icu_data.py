"""The bundle's smaller ICU data library (tests/tools/icu_data.py): it keeps our languages and all shared data, and
ICU itself loads it and finds Dutch, German and English in it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import icu_data  # noqa: E402 - tests/tools is not a package

QT_LIB = Path(__import__("PySide6").__file__).parent / "Qt" / "lib"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the bundle trims ICU on Linux only")


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("icudt73l/nl.res", True),
        ("icudt73l/de_AT.res", True),
        ("icudt73l/curr/en_GB.res", True),
        ("icudt73l/coll/root.res", True),
        ("icudt73l/coll/ucadata.icu", True),
        ("icudt73l/brkitr/char.brk", True),
        ("icudt73l/nfc.nrm", True),
        ("icudt73l/pool.res", True),
        ("icudt73l/supplementalData.res", True),
        ("icudt73l/fr.res", False),
        ("icudt73l/coll/zh.res", False),
        ("icudt73l/sr_Latn_BA.res", False),
        ("icudt73l/brkitr/cjdict.dict", False),
        ("icudt73l/gb18030.cnv", False),
        ("icudt73l/unames.icu", False),
        ("icudt73l/translit/root.res", False),
    ],
)
def test_which_items_are_kept(name: str, kept: bool) -> None:
    assert icu_data.wanted(name) is kept


def test_the_package_format_survives_a_round_trip() -> None:
    header = b"\x20\x00\xda\x27" + bytes(28)
    items = [("icudt73l/b.res", b"B" * 5), ("icudt73l/a.res", b"A" * 33)]
    _, back = icu_data.read_items(icu_data.write_items(header, items))
    assert [(name, data.rstrip(b"\0")) for name, data in back] == sorted(items)


@pytest.mark.skipif(shutil.which("gcc") is None, reason="gcc links the library (installed by .ci/run)")
def test_icu_loads_the_smaller_library_and_finds_our_languages_only(tmp_path: Path) -> None:
    (data,) = QT_LIB.glob("libicudata.so.*")
    (common,) = QT_LIB.glob("libicuuc.so.*")
    kept, total = icu_data.filter_library(data, tmp_path / data.name)
    assert 0 < kept < total
    assert (tmp_path / data.name).stat().st_size < data.stat().st_size / 4
    shutil.copy(common, tmp_path / common.name)  # it finds its data library beside itself ($ORIGIN)
    version = data.name.rsplit(".", 1)[-1]
    probe = f"""
import ctypes, sys
uc = ctypes.CDLL(sys.argv[1])
uc.ures_open_{version}.restype = ctypes.c_void_p
for locale in (b"nl", b"de_DE", b"en_US", b"fr"):
    status = ctypes.c_int(0)
    uc.ures_open_{version}(None, locale, ctypes.byref(status))
    print(locale.decode(), status.value)
"""
    # A process of its own: this one has Qt's full ICU loaded already.
    out = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / common.name)], capture_output=True, text=True, check=True
    ).stdout
    statuses = dict(line.split() for line in out.splitlines())
    assert statuses["nl"] == statuses["de_DE"] == statuses["en_US"] == "0"  # found as they are
    assert int(statuses["fr"]) < 0  # a warning: ICU fell back to its root data
