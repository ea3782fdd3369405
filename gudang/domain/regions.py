"""Official region codes (kode wilayah Kemendagri) of the kecamatan and desa served.

The list ships as data, `gudang/demo/wilayah_kampar.csv`: the 21 kecamatan, 242
desa and 8 kelurahan of Kabupaten Kampar (Riau) with their codes from
Kepmendagri No. 300.2.2-2138 Tahun 2025. Codes read `PP.KK.CC.NNNN`: province
(14 Riau), kabupaten (01 Kampar), kecamatan, then desa (2NNN) or kelurahan
(1NNN). The file is reference data read once; nothing here touches the database.

`RegionList.find(kecamatan, desa)` matches names the way people type them:
case, spaces and punctuation do not matter, a leading "Desa"/"Kec." is ignored,
and the alias column holds other names in use (Kampa was Kecamatan Kampar
Timur). A desa name found in two kecamatan (Pulau Jambu is in Kampar and in
Kuok) needs its kecamatan.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from dataclasses import dataclass
from importlib import resources

from gudang.domain.errors import InvalidInput
from gudang.i18n import N_

_CODE = re.compile(r"^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$")
_PREFIX = re.compile(r"^(desa|kelurahan|kel|kecamatan|kec)\b\.?\s*", re.IGNORECASE)
DATA_FILE = "wilayah_kampar.csv"


@dataclass(frozen=True, slots=True)
class Region:
    code: str
    kind: str  # kabupaten | kecamatan | desa | kelurahan
    name: str
    alias: str = ""

    @property
    def parent_code(self) -> str:
        return self.code.rsplit(".", 1)[0]


def normalize(name: str | None) -> str:
    text = _PREFIX.sub("", (name or "").strip())
    return re.sub(r"[^0-9a-z]", "", text.lower())


def check_region_code(value: object) -> str | None:
    """A Kemendagri code as people write it (14.01.07.2005); '' or None -> None."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    if not _CODE.match(text):
        raise InvalidInput(N_("{value} is not a region code: write it as 14.01.07 (kecamatan) or "
                              "14.01.07.2005 (desa)"), value=text)
    return text


class RegionList:
    def __init__(self, regions: list[Region]) -> None:
        self.regions = regions
        self._by_code = {r.code: r for r in regions}
        self._kecamatan = [r for r in regions if r.kind == "kecamatan"]
        self._kecamatan_by_name: dict[str, Region] = {}
        for region in self._kecamatan:
            for name in (region.name, region.alias):
                if name:
                    self._kecamatan_by_name[normalize(name)] = region

    def by_code(self, code: str | None) -> Region | None:
        return self._by_code.get(code or "")

    def kecamatan(self) -> list[Region]:
        return list(self._kecamatan)

    def find_kecamatan(self, name: str | None) -> Region | None:
        return self._kecamatan_by_name.get(normalize(name)) if name else None

    def desa_of(self, kecamatan: str | None) -> list[Region]:
        parent = self.find_kecamatan(kecamatan) or self.by_code(kecamatan)
        if parent is None:
            return []
        return [r for r in self.regions if r.kind in ("desa", "kelurahan") and r.parent_code == parent.code]

    def kecamatan_of(self, region: Region) -> Region | None:
        if region.kind == "kecamatan":
            return region
        return self.by_code(region.parent_code) if region.kind in ("desa", "kelurahan") else None

    def find(self, kecamatan: str | None, desa: str | None = None) -> Region | None:
        """The desa (or, without one, the kecamatan) these names mean, or None."""
        parent = self.find_kecamatan(kecamatan)
        if not desa:
            return parent
        wanted = normalize(desa)
        candidates = [r for r in self.regions if r.kind in ("desa", "kelurahan")
                      and wanted in (normalize(r.name), normalize(r.alias))]
        if parent is not None:
            candidates = [r for r in candidates if r.parent_code == parent.code]
        return candidates[0] if len(candidates) == 1 else None


def parse_regions(text: str) -> RegionList:
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    rows = csv.DictReader(io.StringIO("\n".join(lines)))
    return RegionList([Region(row["code"], row["kind"], row["name"], row.get("alias") or "") for row in rows])


@functools.cache
def regions() -> RegionList:
    """The shipped list (read once)."""
    text = resources.files("gudang.demo").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return parse_regions(text)
