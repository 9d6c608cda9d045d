"""The communes, wards and special zones of the 34 provinces, today's and former: one gazetteer.

The only module that reads the two data packages (requirements.txt says why each is pinned):

- ``vietnam-provinces`` (GSO's list of 1 July 2025): the 3,321 current units with their codes,
  names and kinds ("xã", "phường", "đặc khu"), grouped by province;
- ``vietnam-address-converter`` (Apache-2.0): the ~10,000 pre-merger communes, wards and
  townships with their districts and provinces, and which current unit(s) absorbed each one
  (several when a commune was split).

Both are read once per process, the first time a lookup needs them (:func:`gazetteer`), into
small frozen records; nothing of the packages stays in memory. The converter's table is loaded
as a bare module, without its package (whose parsers we do not use and which would keep
~45 MB of dicts alive).

Everything here is keyed by :func:`name_key`, built on :func:`aggregator.text.match_key`, so
"Hoà"/"Hòa", NFC/NFD and capitalisation never matter.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Any

from aggregator.taxonomy import PROVINCES
from aggregator.text import match_key, slugify

__all__ = [
    "CURRENT_KINDS",
    "DISTRICT_KINDS",
    "NEIGHBOURS",
    "Former",
    "Gazetteer",
    "Unit",
    "gazetteer",
    "name_key",
]

CURRENT_KINDS = ("xã", "phường", "đặc khu")
FORMER_COMMUNE_KINDS = ("xã", "phường", "thị trấn")
DISTRICT_KINDS = ("huyện", "quận", "thị xã", "thành phố")

# Land (and short-crossing) neighbours of each of the 34 provinces, from the map of the merged
# provinces (each new province borders what its old parts bordered). 34 lines, checked to be
# symmetric by the tests; a mention found nowhere in the story's own province is looked for here.
NEIGHBOURS: dict[str, tuple[str, ...]] = {
    "ha-noi": ("thai-nguyen", "phu-tho", "ninh-binh", "hung-yen", "bac-ninh"),
    "cao-bang": ("tuyen-quang", "thai-nguyen", "lang-son"),
    "tuyen-quang": ("cao-bang", "thai-nguyen", "phu-tho", "lao-cai"),
    "dien-bien": ("lai-chau", "son-la"),
    "lai-chau": ("dien-bien", "son-la", "lao-cai"),
    "son-la": ("dien-bien", "lai-chau", "lao-cai", "phu-tho", "thanh-hoa"),
    "lao-cai": ("tuyen-quang", "lai-chau", "son-la", "phu-tho"),
    "thai-nguyen": ("cao-bang", "lang-son", "bac-ninh", "ha-noi", "phu-tho", "tuyen-quang"),
    "lang-son": ("cao-bang", "thai-nguyen", "bac-ninh", "quang-ninh"),
    "quang-ninh": ("lang-son", "bac-ninh", "hai-phong"),
    "bac-ninh": ("lang-son", "thai-nguyen", "ha-noi", "hung-yen", "hai-phong", "quang-ninh"),
    "phu-tho": (
        "tuyen-quang",
        "lao-cai",
        "son-la",
        "thanh-hoa",
        "ninh-binh",
        "ha-noi",
        "thai-nguyen",
    ),
    "hai-phong": ("quang-ninh", "bac-ninh", "hung-yen"),
    "hung-yen": ("ha-noi", "bac-ninh", "hai-phong", "ninh-binh"),
    "ninh-binh": ("ha-noi", "hung-yen", "phu-tho", "thanh-hoa"),
    "thanh-hoa": ("son-la", "phu-tho", "ninh-binh", "nghe-an"),
    "nghe-an": ("thanh-hoa", "ha-tinh"),
    "ha-tinh": ("nghe-an", "quang-tri"),
    "quang-tri": ("ha-tinh", "hue"),
    "hue": ("quang-tri", "da-nang"),
    "da-nang": ("hue", "quang-ngai"),
    "quang-ngai": ("da-nang", "gia-lai"),
    "gia-lai": ("quang-ngai", "dak-lak"),
    "khanh-hoa": ("dak-lak", "lam-dong"),
    "dak-lak": ("gia-lai", "khanh-hoa", "lam-dong"),
    "lam-dong": ("dak-lak", "khanh-hoa", "dong-nai", "ho-chi-minh"),
    "dong-nai": ("lam-dong", "ho-chi-minh", "tay-ninh"),
    "ho-chi-minh": ("dong-nai", "tay-ninh", "lam-dong", "dong-thap"),
    "tay-ninh": ("dong-nai", "ho-chi-minh", "dong-thap"),
    "dong-thap": ("tay-ninh", "ho-chi-minh", "vinh-long", "an-giang", "can-tho"),
    "vinh-long": ("dong-thap", "can-tho"),
    "an-giang": ("dong-thap", "can-tho", "ca-mau"),
    "can-tho": ("an-giang", "dong-thap", "vinh-long", "ca-mau"),
    "ca-mau": ("an-giang", "can-tho"),
}

# Other names papers use for a province (the packages carry the official ones).
_PROVINCE_ALIASES = {
    "ho-chi-minh": ("TP.HCM", "TPHCM", "TP HCM", "HCM", "Sài Gòn"),
    "hue": ("Thừa Thiên Huế", "Thừa Thiên - Huế"),
}

_DASH_SPACES = re.compile(r"\s*-\s*")


def name_key(name: str) -> str:
    """The comparison key of a place name: match_key, with "A - B" and "A-B" made equal.

    The packages write the same double names both ways ("Chân Mây - Lăng Cô", "Chân Mây-Lăng
    Cô"); so do papers. Keys are never shown.
    """
    return _DASH_SPACES.sub("-", match_key(name))


@dataclass(frozen=True, slots=True)
class Unit:
    """A current (post-1 July 2025) commune, ward or special zone."""

    code: str  # GSO code, 5 digits: "02269"
    name: str  # with its kind, as GSO writes it: "Xã Minh Quang"
    kind: str  # "xã" | "phường" | "đặc khu"
    province: str  # aggregator.taxonomy slug: "tuyen-quang"
    slug: str  # file name of its feed under place/<province>/: "xa-minh-quang"

    @property
    def short(self) -> str:
        """The name without its kind: "Minh Quang"."""
        return self.name[len(self.kind) + 1 :]

    @property
    def feed_path(self) -> str:
        return f"place/{self.province}/{self.slug}"


@dataclass(frozen=True, slots=True)
class Former:
    """A pre-merger unit: a commune/ward/township, or a district-level unit."""

    name: str  # with its kind: "Xã Vinh Quang", "Huyện Chiêm Hóa"
    kind: str  # FORMER_COMMUNE_KINDS or DISTRICT_KINDS
    district: str  # a commune's district, with its kind ("Huyện Chiêm Hóa"); "" for districts
    old_province: str  # the pre-merger province's name: "Hà Giang"
    province: str  # the slug of the province it is part of today
    successors: tuple[str, ...]  # codes of the current units that took it over, sorted

    @property
    def short(self) -> str:
        return self.name[len(self.kind) + 1 :]


class Gazetteer:
    """Indexes over the current and former units; build with :func:`gazetteer`."""

    def __init__(
        self,
        units: list[Unit],
        formers: list[Former],
        provinces: dict[str, str],
        city_provinces: frozenset[str] = frozenset(),
    ):
        self.units: dict[str, Unit] = {u.code: u for u in units}
        self.by_slug: dict[tuple[str, str], Unit] = {(u.province, u.slug): u for u in units}
        self.current: dict[tuple[str, str], list[Unit]] = defaultdict(list)
        for unit in units:
            self.current[(unit.kind, name_key(unit.short))].append(unit)
        self.former: dict[tuple[str, str], list[Former]] = defaultdict(list)
        for former in formers:
            self.former[(former.kind, name_key(former.short))].append(former)
        # name key -> province slug: today's names and the pre-merger ones ("Hà Giang").
        self.provinces = provinces
        self.city_provinces = city_provinces  # provinces that are cities: "thành phố Huế"
        self.names: frozenset[str] = frozenset(key for _kind, key in (*self.current, *self.former))
        self.max_words = max(len(key.split()) for key in self.names)
        self.current = dict(self.current)
        self.former = dict(self.former)

    def province_of(self, name: str) -> str | None:
        """The slug of the province *name* means (today's or a pre-merger name), else None."""
        return self.provinces.get(name_key(name))

    def current_units(self, kind: str, name: str) -> list[Unit]:
        return self.current.get((kind, name_key(name)), [])

    def former_units(self, kind: str, name: str) -> list[Former]:
        return self.former.get((kind, name_key(name)), [])

    def lookup(self, name: str) -> tuple[list[Unit], list[Former]]:
        """Every current and former unit called *name* (with or without its kind), any province.

        "Minh Quang" finds every "Xã Minh Quang" and "Phường Minh Quang"; "xã Minh Quang" only
        the communes.
        """
        key = name_key(name)
        kinds = (*CURRENT_KINDS, *FORMER_COMMUNE_KINDS, *DISTRICT_KINDS)
        wanted = [k for k in kinds if key.startswith(k + " ")]
        if wanted:
            kind = max(wanted, key=len)
            key = key[len(kind) + 1 :]
            current_kinds: tuple[str, ...] = (kind,)
            former_kinds: tuple[str, ...] = (kind,)
        else:
            current_kinds, former_kinds = CURRENT_KINDS, (*FORMER_COMMUNE_KINDS, *DISTRICT_KINDS)
        current = [u for k in current_kinds for u in self.current.get((k, key), [])]
        former = [f for k in former_kinds for f in self.former.get((k, key), [])]
        order = {slug: i for i, slug in enumerate(PROVINCES)}
        current.sort(key=lambda u: (order[u.province], u.code))
        former.sort(key=lambda f: (order[f.province], f.old_province, f.district, f.name))
        return current, former


# --- loading the packages ---------------------------------------------------------------------


def _province_slug(codename: str) -> str:
    slug = codename.replace("_", "-")
    if slug not in PROVINCES:
        raise ValueError(f"vietnam-provinces: province {codename!r} is not in aggregator.taxonomy")
    return slug


def _strip_kind(name_with_kind: str, kinds: tuple[str, ...]) -> tuple[str, str] | None:
    """("Thị Xã Sa Pa", DISTRICT_KINDS) -> ("thị xã", "Sa Pa"); None without a known kind."""
    lowered = name_with_kind.lower()
    for kind in sorted(kinds, key=len, reverse=True):
        if lowered.startswith(kind + " "):
            return kind, " ".join(name_with_kind[len(kind) + 1 :].split())
    return None


def _current_units() -> tuple[list[Unit], dict[str, str], frozenset[str]]:
    """The current units, {province name key: slug} and the city provinces (vietnam-provinces)."""
    import vietnam_provinces

    provinces = json.loads(vietnam_provinces.NESTED_DIVISIONS_JSON_PATH.read_bytes())
    units: list[Unit] = []
    names: dict[str, str] = {}
    cities: set[str] = set()
    for province in provinces:
        slug = _province_slug(province["codename"])
        if province["name"].startswith("Thành phố "):
            cities.add(slug)
        short = re.sub(r"^(Tỉnh|Thành phố)\s+", "", province["name"])
        names[name_key(short)] = slug
        wards = province["wards"]
        slugs = [slugify(w["name"]) for w in wards]
        taken = {s for s in slugs if slugs.count(s) > 1}
        for ward, ward_slug in zip(wards, slugs, strict=True):
            code = f"{ward['code']:05d}"
            if ward_slug in taken:  # "Xã Văn Lăng" and "Xã Văn Lang" fold alike: add the code
                ward_slug = f"{ward_slug}-{code}"
            kind = ward["division_type"]
            if kind not in CURRENT_KINDS or not ward["name"].lower().startswith(kind + " "):
                raise ValueError(f"vietnam-provinces: unexpected unit {ward['name']!r} ({kind})")
            name = " ".join(ward["name"].split())
            units.append(Unit(code, name, kind, slug, ward_slug))
    if len(units) != 3321 or len(names) != 34:
        raise ValueError(f"vietnam-provinces: {len(units)} units in {len(names)} provinces")
    return units, names, frozenset(cities)


def _converter_table() -> dict[str, Any]:
    """vietnam-address-converter's data table, loaded as a bare module (see the module doc)."""
    spec = importlib.util.find_spec("vietnam_address_converter")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("vietnam-address-converter is not installed (requirements.txt)")
    path = f"{spec.submodule_search_locations[0]}/data.py"
    module_spec = importlib.util.spec_from_file_location("_vn_address_data", path)
    if module_spec is None or module_spec.loader is None:
        raise ImportError(f"vietnam-address-converter: no data table at {path}")
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module.DEFAULT_DATA  # type: ignore[no-any-return]


def _former_units(
    units: list[Unit], provinces: dict[str, str]
) -> tuple[list[Former], dict[str, str]]:
    """Pre-merger units with their successors, and the pre-merger province names."""
    data = _converter_table()
    new_province = {
        code: provinces[name_key(p["name"])] for code, p in data["newProvinces"].items()
    }
    by_name = {(u.province, name_key(u.name)): u.code for u in units}
    new_unit: dict[str, str] = {}  # converter's own code -> GSO code
    for code, ward in data["newWards"].items():
        key = (new_province[ward["parent_code"]], name_key(ward["name_with_type"]))
        if key in by_name:
            new_unit[code] = by_name[key]
    successors: dict[str, set[str]] = defaultdict(set)  # old ward code -> GSO codes
    district_successors: dict[str, set[str]] = defaultdict(set)
    old_province_slug: dict[str, str] = {}
    for row in data["mapping"]["rows"]:
        old, new = row["old"], row["new"]
        target = new_unit.get(new["ward_code"])
        if target is None:
            continue
        successors[old["ward_code"]].add(target)
        district_successors[old["district_code"]].add(target)
        old_province_slug[old["province_code"]] = new_province[new["province_code"]]
    old_names = {
        name_key(p["name"]): old_province_slug[code]
        for code, p in data["oldProvinces"].items()
        if code in old_province_slug
    }
    old_province_name = {code: p["name"] for code, p in data["oldProvinces"].items()}
    districts = data["oldDistricts"]
    formers: list[Former] = []
    for code, district in districts.items():
        if not district_successors.get(code):
            continue
        kind_name = _strip_kind(district["name_with_type"], DISTRICT_KINDS)
        if kind_name is None:
            continue
        kind, short = kind_name
        parent = district["parent_code"]
        formers.append(
            Former(
                name=f"{kind.capitalize()} {short}",
                kind=kind,
                district="",
                old_province=old_province_name[parent],
                province=old_province_slug[parent],
                successors=tuple(sorted(district_successors[code])),
            )
        )
    for code, ward in data["oldWards"].items():
        if not successors.get(code):
            continue  # a unit of an earlier era that no mapping row leads from
        kind_name = _strip_kind(ward["name_with_type"], FORMER_COMMUNE_KINDS)
        district = districts[ward["parent_code"]]
        district_name = _strip_kind(district["name_with_type"], DISTRICT_KINDS)
        if kind_name is None or district_name is None:
            continue  # one military training centre counted as a commune: not a place name
        kind, short = kind_name
        district_kind, district_short = district_name
        parent = district["parent_code"]
        formers.append(
            Former(
                name=f"{kind.capitalize()} {short}",
                kind=kind,
                district=f"{district_kind.capitalize()} {district_short}",
                old_province=old_province_name[parent],
                province=old_province_slug[parent],
                successors=tuple(sorted(successors[code])),
            )
        )
    return formers, old_names


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, built on first use and kept for the life of the process."""
    units, provinces, cities = _current_units()
    formers, old_provinces = _former_units(units, provinces)
    names = {**old_provinces, **provinces}
    for slug, aliases in _PROVINCE_ALIASES.items():
        names.update(dict.fromkeys(map(name_key, aliases), slug))
    return Gazetteer(units, formers, names, cities)
