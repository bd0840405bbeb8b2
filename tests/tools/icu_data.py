"""A smaller ICU data library for the bundle: Qt links ICU, whose data library (libicudata, 31 MB) holds every
locale of the world, every legacy character set and the dictionaries of Thai, Khmer, Chinese and Japanese word
breaking. OrderDesk speaks English, Dutch and German and reads UTF-8, so the bundle carries ICU's data for those
languages only (and everything that is not per language): about 3 MB.

    python tests/tools/icu_data.py IN_LIBRARY OUT_LIBRARY [LANGUAGE ...]

It reads the library's ICU common data (the `icudt<N>_dat` symbol), keeps the items it needs, writes them back in
ICU's own package format (a table of contents, then the items, each aligned to 16 bytes) and links them as a
shared library with the same symbol and soname, with gcc and binutils (`nm`, `readelf`). A part of ICU asked for a
language left out falls back to ICU's root data, as for any locale ICU does not know."""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

LANGUAGES = ("en", "nl", "de")
ALIGN = 16
# Items named like a locale ("fr", "pt_BR", "sr_Latn_BA") are kept only for our languages; these names look like a
# locale but are shared data.
NOT_LOCALES = frozenset({"nfc", "nfkc", "pool", "root", "char", "line", "word", "sent", "title"})
LOCALE = re.compile(r"^[a-z]{2,3}(?:_[A-Za-z0-9]+)*$")
# Whole kinds of data OrderDesk never uses: legacy character sets (it reads UTF-8), transliteration, and the word
# dictionaries of languages written without spaces.
DROPPED_KINDS = (".cnv", ".dict", ".cfu")  # .cfu: the spoof checker's confusable characters
# Unicode's character names (u_charName), which nothing in Qt or OrderDesk asks for.
DROPPED_ITEMS = ("unames.icu",)
DROPPED_FOLDERS = ("translit",)


def _symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol's name, file offset and size."""
    listing = subprocess.run(
        ["nm", "-D", "-S", "--defined-only", str(library)], capture_output=True, text=True, check=True
    ).stdout
    match = re.search(r"^([0-9a-f]+) ([0-9a-f]+) R (icudt\d+_dat)$", listing, re.MULTILINE)
    if not match:
        raise SystemExit(f"{library}: no icudt<N>_dat symbol (not an ICU data library?)")
    address, size, name = int(match.group(1), 16), int(match.group(2), 16), match.group(3)
    sections = subprocess.run(["readelf", "-S", "-W", str(library)], capture_output=True, text=True, check=True)
    for line in sections.stdout.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[1] == ".rodata":
            section_address, section_offset = int(fields[3], 16), int(fields[4], 16)
            return name, section_offset + address - section_address, size
    raise SystemExit(f"{library}: no .rodata section")


def read_items(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """ICU common data -> (its header, [(item name, item bytes)])."""
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[2:4] != b"\xda\x27":
        raise SystemExit("not ICU common data (bad magic)")
    toc = header_size
    count = struct.unpack_from("<I", data, toc)[0]
    entries = [struct.unpack_from("<II", data, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_offset, data_offset) in enumerate(entries):
        name_end = data.index(b"\0", toc + name_offset)
        name = data[toc + name_offset : name_end].decode("ascii")
        end = toc + entries[i + 1][1] if i + 1 < count else len(data)
        items.append((name, data[toc + data_offset : end]))
    return data[:header_size], items


def write_items(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The inverse of read_items (names sorted, as ICU looks them up by binary search)."""
    items = sorted(items)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    first = toc_size + len(names)
    first += -(len(header) + first) % ALIGN
    offsets, blob, position = [], b"", first
    for _name, item in items:
        offsets.append(position)
        padded = item + b"\0" * (-len(item) % ALIGN)
        blob += padded
        position += len(padded)
    name_offsets, at = [], toc_size
    for name, _ in items:
        name_offsets.append(at)
        at += len(name) + 1
    toc = struct.pack("<I", len(items)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, offsets, strict=True)
    )
    padding = b"\0" * (first - toc_size - len(names))
    return header + toc + names + padding + blob


def wanted(name: str, languages: tuple[str, ...] = LANGUAGES) -> bool:
    """Whether an item (`icudt73l/coll/nl.res`) is kept."""
    path = name.split("/", 1)[1] if "/" in name else name
    folders, _, file = path.rpartition("/")
    stem, _, kind = file.rpartition(".")
    if file in DROPPED_ITEMS or f".{kind}" in DROPPED_KINDS:
        return False
    if any(folder in DROPPED_FOLDERS for folder in folders.split("/")):
        return False
    if stem in NOT_LOCALES or not LOCALE.match(stem):
        return True
    return stem.split("_")[0] in languages


def filter_library(source: Path, target: Path, languages: tuple[str, ...] = LANGUAGES) -> tuple[int, int]:
    """Write the smaller library; returns (items kept, items in all)."""
    symbol, offset, size = _symbol(source)
    data = source.read_bytes()[offset : offset + size]
    header, items = read_items(data)
    kept = [(name, item) for name, item in items if wanted(name, languages)]
    soname = re.search(
        r"SONAME\)\s+Library soname: \[([^\]]+)\]",
        subprocess.run(["readelf", "-d", str(source)], capture_output=True, text=True, check=True).stdout,
    )
    with tempfile.TemporaryDirectory() as tmp:
        blob = Path(tmp) / "icudata.dat"
        blob.write_bytes(write_items(header, kept))
        assembly = Path(tmp) / "icudata.S"
        assembly.write_text(
            "\n".join(
                [
                    '.section .rodata, "a"',
                    f".globl {symbol}",
                    f".type {symbol}, @object",
                    f".balign {ALIGN}",
                    f"{symbol}:",
                    f'.incbin "{blob}"',
                    f".size {symbol}, .-{symbol}",
                    '.section .note.GNU-stack, "", @progbits',
                    "",
                ]
            )
        )
        command = ["gcc", "-shared", "-nostdlib", "-o", str(target), str(assembly)]
        if soname:
            command[3:3] = [f"-Wl,-soname,{soname.group(1)}"]
        subprocess.run(command, check=True)
    return len(kept), len(items)


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    languages = tuple(argv[2:]) or LANGUAGES
    kept, total = filter_library(Path(argv[0]), Path(argv[1]), languages)
    print(f"{argv[1]}: {kept} of {total} ICU data items ({', '.join(languages)}), {Path(argv[1]).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
