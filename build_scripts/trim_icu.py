"""Shrink ICU's data library in the Linux bundle (32 MB -> 5.5 MB) to what Qt reads for us.

Qt links to four ICU services only (``nm -D --undefined-only libQt6Core.so.6``): collation
(``ucol_*``), time zones (``ucal_*``), text codecs (``ucnv_*``) and case mapping
(``u_strToUpper/Lower``). None of them reads break-iterator dictionaries, units, currency,
language or region display names, transliterators, spell-out rules, StringPrep profiles or
confusables; the application also needs no converter tables, no localized time-zone names
and no collation for languages its interface does not speak (see REMOVED). Those items are
removed from the data package with ICU's own ``icupkg`` and the rest is linked into a new
``libicudataNN.so`` with binutils. The result is checked: icu_probe.py must print exactly the
same collation orders (in the interface languages), case mappings, time zones and UTF-8 text
with the trimmed data as with the wheel's. If a tool is missing or anything differs, the
wheel's library is kept and the reason printed. Windows and macOS bundles carry no ICU;
nothing to do there.

Needs: ``icupkg`` (Debian/Ubuntu package icu-devtools), ``as``, ``ld``, ``nm`` (binutils).
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

# Converter tables (*.cnv): Qt converts UTF-8, UTF-16, UTF-32 and Latin-1 itself and asks ICU
# only for other encodings by name, which this application never does (it reads and writes
# UTF-8 only). Per-locale time-zone names (zone/<locale>.res): only
# QTimeZone::displayName reads them, which the application never calls; zone/root and the
# shared pool stay (so a name falls back to "GMT+01:00"), as do zoneinfo64, metaZones and
# timezoneTypes (IDs and aliases). Collation: names are sorted with ``QCollator(QLocale())``,
# and the default locale is always one of the interface languages (app.ui.common.translation,
# ``locale_for``), so only their tailorings stay (any region: fr_CA, de_AT, the phonebook
# order), with the root collation they build on; other languages (Chinese, Japanese and
# Korean alone are 1.1 MB) would fall back to the root order, which no window asks for.
KEPT_COLLATIONS = ("en", "fr", "de", "et", "sl", "el", "mt")  # app.domain.languages
REMOVED = re.compile(
    r"^(brkitr|unit|curr|lang|region|translit|rbnf)/|\.(spp|cfu|cnv)$"
    r"|^zone/(?!(root|pool|res_index|tzdbNames)\.res$)"
    rf"|^coll/(?!(root|res_index|{'|'.join(KEPT_COLLATIONS)})(_\w*)?\.res$|ucadata\.icu$)"
    # Character names (u_charName), IDNA (uidna: Qt has its own), NFKC normalization, emoji
    # and layout properties: ICU functions Qt does not call.
    r"|^(unames|uemoji|ulayout)\.icu$|^(uts46|nfkc|nfkc_cf)\.nrm$"
)
PROBE = Path(__file__).resolve().parent / "icu_probe.py"
TOOLS = ("icupkg", "as", "ld", "nm")
ASSEMBLY = """\
\t.section .rodata
\t.globl {symbol}
\t.type {symbol}, STT_OBJECT
\t.balign 16
{symbol}:
\t.incbin "{data}"
\t.size {symbol}, . - {symbol}
\t.section .note.GNU-stack,"",@progbits
"""

Toc = list[tuple[str, str, str]]  # PyInstaller's (destination, source, type) entries


class TrimError(Exception):
    """Why the wheel's ICU data stays whole."""


def trim_in_toc(binaries: Toc, workdir: Path) -> Toc:
    """``binaries`` with libicudata replaced by a trimmed, verified copy when one can be made."""
    result = []
    for destination, source, kind in binaries:
        if re.fullmatch(r"libicudata\.so\.\d+", Path(destination).name):
            try:
                trimmed = trimmed_library(Path(source), workdir)
            except TrimError as error:
                print(f"ICU data kept whole ({error})", file=sys.stderr)
            else:
                before, after = Path(source).stat().st_size, trimmed.stat().st_size
                print(f"ICU data trimmed: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
                source = str(trimmed)
        result.append((destination, source, kind))
    return result


def trimmed_library(library: Path, workdir: Path) -> Path:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        raise TrimError(f"missing tools: {', '.join(missing)}; apt install icu-devtools binutils")
    shutil.rmtree(workdir, ignore_errors=True)
    (workdir / "in").mkdir(parents=True)
    (workdir / "out").mkdir()
    symbol, blob = _data_symbol(library)
    package = symbol.removesuffix("_dat") + ("l" if sys.byteorder == "little" else "b")
    source, trimmed = workdir / "in" / f"{package}.dat", workdir / "out" / f"{package}.dat"
    source.write_bytes(blob)
    items = _run("icupkg", "-l", str(source)).split()
    (workdir / "removed.txt").write_text("\n".join(i for i in items if REMOVED.search(i)) + "\n")
    _run("icupkg", "-r", str(workdir / "removed.txt"), str(source), str(trimmed))
    (workdir / "icudata.s").write_text(ASSEMBLY.format(symbol=symbol, data=trimmed))
    _run("as", "-o", str(workdir / "icudata.o"), str(workdir / "icudata.s"))
    output = workdir / "lib" / library.name
    output.parent.mkdir()
    _run("ld", "-shared", "-soname", library.name, "-o", str(output), str(workdir / "icudata.o"))
    if _probe(None) != _probe(output.parent):
        raise TrimError("Qt's ICU results differ with the trimmed data")
    return output


def _data_symbol(library: Path) -> tuple[str, bytes]:
    """The ``icudtNN_dat`` symbol of the library and its bytes (ICU's common data package)."""
    listing = _run("nm", "-D", "-S", "--defined-only", str(library))
    found = re.search(r"^([0-9a-f]+) ([0-9a-f]+) [RrDd] (icudt\d+_dat)$", listing, re.MULTILINE)
    if found is None:
        raise TrimError(f"no icudt*_dat symbol in {library.name}")
    address, size = int(found[1], 16), int(found[2], 16)
    data = library.read_bytes()
    offset = _file_offset(data, address)
    return found[3], data[offset : offset + size]


def _file_offset(elf: bytes, address: int) -> int:
    """Map a virtual address to a file offset through the ELF64 program headers."""
    if elf[:4] != b"\x7fELF" or elf[4] != 2:
        raise TrimError("not a 64-bit ELF library")
    order = "<" if elf[5] == 1 else ">"
    (phoff,) = struct.unpack_from(order + "Q", elf, 0x20)
    phentsize, phnum = struct.unpack_from(order + "HH", elf, 0x36)
    for index in range(phnum):
        kind, _flags, offset, vaddr, _paddr, filesz = struct.unpack_from(
            order + "IIQQQQ", elf, phoff + index * phentsize
        )
        if kind == 1 and vaddr <= address < vaddr + filesz:  # PT_LOAD
            return int(address - vaddr + offset)
    raise TrimError("ICU data symbol outside the loadable segments")


def _probe(library_dir: Path | None) -> str:
    """The probe's output (stdout and stderr) with the wheel's ICU data or another folder's."""
    env = {k: v for k, v in os.environ.items() if k != "LD_LIBRARY_PATH"}
    if library_dir is not None:
        env["LD_LIBRARY_PATH"] = str(library_dir)  # searched before Qt's RUNPATH
    result = subprocess.run(
        [sys.executable, str(PROBE)], capture_output=True, text=True, env=env, check=False
    )
    if result.returncode != 0:
        raise TrimError(f"ICU probe failed: {result.stderr.strip()[-300:]}")
    return result.stdout + result.stderr


def _run(*command: str) -> str:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise TrimError(f"{command[0]} failed: {result.stderr.strip()[-300:]}")
    return result.stdout
