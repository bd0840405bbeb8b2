"""The copy of a SQLite file taken before its schema changes: one per schema version, complete or absent.

The copy is written through SQLite's backup API under a temporary name, flushed to disk, and only then renamed to
the documented name `<file>.v<N>.bak`. A kill halfway leaves a temporary file (removed on the next try), never an
empty or half-written copy under the documented name, and trying again does not add another full copy.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from pathlib import Path

PARTIAL_SUFFIX = ".partial"


def backup_name(path: Path, version: int) -> Path:
    """Where the copy of `path` at schema `version` lives."""
    return path.with_name(f"{path.name}.v{version}.bak")


def back_up(source: sqlite3.Connection, path: Path, version: int) -> Path:
    """Copy the open database `source` (the file `path`, at schema `version`) to `<file>.v<N>.bak`.

    A fresh copy replaces an earlier one of the same version: the file may have changed since (an older OrderDesk
    kept writing to it), and the copy must be the database as it was just before this migration."""
    target = backup_name(path, version)
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    _remove_partials(target)
    copy = sqlite3.connect(partial)
    try:
        source.backup(copy)
    finally:
        copy.close()
    shutil.copymode(path, partial)
    _fsync(partial)
    Path(f"{target}-journal").unlink(missing_ok=True)  # a hot journal beside a copy an older version left half-done
    os.replace(partial, target)
    _fsync(target.parent)
    _remove_numbered_copies(path, version)
    return target


def _remove_partials(target: Path) -> None:
    """What an interrupted copy left: the temporary file and its journal."""
    for leftover in target.parent.glob(f"{glob_escape(target.name)}{PARTIAL_SUFFIX}*"):
        leftover.unlink(missing_ok=True)


def _remove_numbered_copies(path: Path, version: int) -> None:
    """The extra copies older versions added on each interrupted try (`<file>.v<N>.<M>.bak`), now superseded."""
    numbered = re.compile(rf"^{re.escape(path.name)}\.v{version}\.\d+\.bak(-journal)?$")
    for extra in path.parent.iterdir():
        if numbered.match(extra.name):
            extra.unlink(missing_ok=True)


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def _fsync(path: Path) -> None:
    """Flush a file (or a folder's entry for a renamed file) to disk."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) if path.is_dir() else os.O_RDONLY
    try:
        fd = os.open(path, flags)
    except OSError:
        return  # a folder that cannot be opened (some platforms): the rename is still atomic
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
