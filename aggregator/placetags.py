"""Place tagging: which communes, wards and special zones a story is about. Pure functions.

A place mention is a unit word followed by a name in Vietnamese capitalisation (every syllable
capitalised): "xã Minh Quang", "phường Hà Giang 1", "đặc khu Phú Quốc", "huyện Chiêm Hóa",
"TP. Tuyên Quang", "các xã Trung Hà, Hòa Phú và Kim Bình". A bare name ("Minh Quang", "ông
Quang Minh", "Công ty Hòa Bình") is never a place: without the unit word a name is as often a
person, a company or a school as a commune.

Resolution (docs/places.md):

1. Scope: the province named right after the mention ("xã Ea Kao, tỉnh Đắk Lắk") alone; else the
   story's own province, then other provinces the story names, then the province's neighbours —
   the first scope with any reading decides.
2. Readings: today's units of that kind and name ("name"), and pre-merger units ("former") with
   the unit(s) that took them over — one, or several when a commune was split. A district-level
   name ("huyện", "quận", "thị xã", "thành phố") is always pre-merger ("district"); it is tagged
   only when at most DISTRICT_MAX units took it over (an island district that became a special
   zone), since a story about a whole former district is not a story about each of its ten
   communes.
3. Which readings first: pre-merger names when the mention says so ("xã Vinh Quang cũ"), when it
   carries a pre-merger district ("xã Trung Hà (Chiêm Hóa)", "xã Tân Quang, huyện Bắc Quang"), or
   when the story predates the merger (1 July 2025); today's names otherwise.
4. More than one unit left: narrowed by the former districts and provinces the story names; still
   more than one: unresolved. Never a guess.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from aggregator.items import PlaceTag
from aggregator.places import (
    CURRENT_KINDS,
    DISTRICT_KINDS,
    NEIGHBOURS,
    Former,
    Gazetteer,
    Unit,
    gazetteer,
    name_key,
)

__all__ = [
    "DISTRICT_MAX",
    "MERGER_DATE",
    "Mention",
    "Outcome",
    "find_mentions",
    "resolve",
    "tag_places",
]

DISTRICT_MAX = 2
# The day the district level was abolished and the merged communes took effect (Vietnam time).
MERGER_DATE = datetime.fromisoformat("2025-07-01T00:00:00+07:00")

# How the unit words are written, and the kinds of unit each can name. "TP." and "TX." are the
# papers' abbreviations; "huyện đảo" is how island districts were called.
_WORDS: dict[str, str] = {
    "xã": "xã",
    "phường": "phường",
    "thị trấn": "thị trấn",
    "đặc khu": "đặc khu",
    "huyện đảo": "huyện",
    "huyện": "huyện",
    "quận": "quận",
    "thị xã": "thị xã",
    "tx.": "thị xã",
    "thành phố": "thành phố",
    "tp.": "thành phố",
    "tp": "thành phố",
    "tỉnh": "tỉnh",
}
_COMMUNE_WORDS = ("xã", "phường", "thị trấn", "đặc khu")

_UPPER = "A-ZÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ"
# One syllable of a name: capitalised ("Minh", "H'Leo", "Mây-Lăng") or a number ("Phường 1").
_SYLLABLE = rf"(?:[{_UPPER}][\w'’]*(?:-[{_UPPER}][\w'’]*)*|\d+)"
_NAME = rf"{_SYLLABLE}(?:(?:[ \t]+|[ \t]*[-–][ \t]*){_SYLLABLE})*"
_NAME_RE = re.compile(_NAME)
_SYLLABLE_END_RE = re.compile(r"[^\s\-–]+")
_WORD_RE = re.compile(
    r"(?<![\w.])(?:"
    r"([XxPpĐđ]|[Tt]hị |[Hh]uyện |[Qq]uận|[Tt]hành |[Tt]ỉnh)"  # a cheap first-letter filter
    r")",
)
_WORD_RE = re.compile(
    r"(?<![\w.])("
    r"[Xx]ã|[Pp]hường|[Tt]hị trấn|[Đđ]ặc khu|[Hh]uyện đảo|[Hh]uyện|[Qq]uận|[Tt]hị xã|TX\.|"
    r"[Tt]hành phố|T[Pp]\.|TP|[Tt]ỉnh"
    r")(?:[ \t]*:[ \t]*|[ \t]+|(?<=\.)(?=[" + _UPPER + r"]))"  # "các xã: A, B", "TP.Huế"
)
# Before the unit word: a cooperative ("Hợp tác xã Chè Minh Quang") is a company, not a commune.
_NOT_A_PLACE_BEFORE = re.compile(r"(?:hợp tác|HTX)\s*$", re.IGNORECASE)
# After the name: marked as the pre-merger unit.
_FORMER_MARK = re.compile(r"[ \t]*(?:\(\s*cũ\s*\)|cũ\b)")
# Before the unit word: several units follow ("các xã A, B và C", "3 phường: A, B, C").
_PLURAL_BEFORE = re.compile(
    r"(?:các|những|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d+)\s*$", re.IGNORECASE
)
_DESCRIPTOR = re.compile(r"(?:[a-zà-ỹđ]+[ \t]+){1,2}(?=[" + _UPPER + r"])")
_LIST_SEP = re.compile(r"[ \t]*(?:,[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+|[ \t]*;[ \t]*)")
_QUALIFIER = re.compile(
    r"[ \t]*(?:,|\(|[-–])[ \t]*"
    r"(?:(huyện|quận|thị xã|thành phố|TP\.?|tỉnh)[ \t]+)?"
    rf"({_NAME})[ \t]*\)?"
)
_WORD_SPACES = re.compile(r"\s+")

Reason = Literal["ambiguous", "unknown", "too-broad", "not-a-unit"]


@dataclass(frozen=True, slots=True)
class Mention:
    """One place mention as written, before resolution."""

    word: str  # the kind the unit word names: "xã", "huyện", "thành phố", "tỉnh", ...
    name: str  # the name as written: "Minh Quang"
    text: str  # the whole mention as written: "xã Vinh Quang cũ"
    start: int
    former: bool = False  # "cũ" / "(cũ)" after the name
    district: str = ""  # a pre-merger district given with it: "Chiêm Hóa"
    district_word: str = ""  # its kind when written ("huyện"), else ""
    province: str = ""  # a province given with it (slug)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one mention resolved to: units, or the reason it stayed unresolved."""

    mention: Mention
    units: tuple[Unit, ...] = ()
    how: str = ""  # "name" (today's name), "former" (a pre-merger commune), "district"
    reason: Reason | None = None


@dataclass(slots=True)
class _Context:
    province: str
    published: datetime | None
    provinces: set[str] = field(default_factory=set)  # slugs the story names
    districts: set[str] = field(default_factory=set)  # name keys of former districts named
    old_provinces: set[str] = field(default_factory=set)  # name keys of provinces named


# --- finding mentions --------------------------------------------------------------------------


def _known(g: Gazetteer, word: str, key: str) -> bool:
    """Whether *key* names a unit that *word* can introduce (any province)."""
    if word == "tỉnh":
        return key in g.provinces
    if word == "thành phố" and key in g.provinces:
        return True
    if word in CURRENT_KINDS and (word, key) in g.current:
        return True
    if word in DISTRICT_KINDS:  # papers mix them up: "huyện đảo Phú Quốc" was a city
        return _district_known(g, "", key)
    return (word, key) in g.former


def _longest_name(g: Gazetteer, word: str, run: str) -> str:
    """The longest leading part of a capitalised *run* that names a known unit, or ""."""
    ends = [m.end() for m in _SYLLABLE_END_RE.finditer(run)][: g.max_words + 1]
    for end in reversed(ends):
        if _known(g, word, name_key(run[:end])):
            return run[:end]
    return ""


def _district_known(g: Gazetteer, word: str, key: str) -> bool:
    kinds = (word,) if word else DISTRICT_KINDS
    return any((kind, key) in g.former for kind in kinds)


def find_mentions(text: str, g: Gazetteer | None = None) -> list[Mention]:
    """Every place mention in *text* (NFC), in order, with the qualifiers written after it."""
    g = g or gazetteer()
    mentions: list[Mention] = []
    pos = 0
    while True:
        m = _WORD_RE.search(text, pos)
        if m is None:
            return mentions
        pos = m.end()
        word = _WORDS[m.group(1).lower()]
        if word == "xã" and _NOT_A_PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        plural = word in _COMMUNE_WORDS and bool(
            _PLURAL_BEFORE.search(text, max(0, m.start() - 12), m.start())
        )
        first = m.end()
        if plural:  # "các xã biên giới Tân Lập, Phước Vinh": a descriptor before the names
            descriptor = _DESCRIPTOR.match(text, first)
            first = descriptor.end() if descriptor else first
        run = _NAME_RE.match(text, first)
        if run is None:
            continue
        name = _longest_name(g, word, run.group())
        if not name:
            continue
        end = first + len(name)
        group = [(first, name, end)]
        former = False
        # Further names under the same unit word: "các xã A, B và C", "xã A và B".
        while word in _COMMUNE_WORDS:
            sep = _LIST_SEP.match(text, end)
            if sep is None or (not plural and "và" not in sep.group()):
                break
            nxt = _NAME_RE.match(text, sep.end())
            if nxt is None:
                break
            item = _longest_name(g, word, nxt.group())
            if not item or name_key(item) in g.provinces:
                break
            end = sep.end() + len(item)
            group.append((sep.end(), item, end))
        mark = _FORMER_MARK.match(text, end)
        if mark is not None:
            former, end = True, mark.end()
        district = district_word = province = ""
        if word in _COMMUNE_WORDS:
            for _ in range(2):  # ", huyện Chiêm Hóa, tỉnh Tuyên Quang" / "(Chiêm Hóa)"
                q = _QUALIFIER.match(text, end)
                if q is None:
                    break
                qword = _WORDS.get((q.group(1) or "").lower(), "")
                qname = _longest_name_any(g, q.group(2))
                key = name_key(qname)
                if not qname:
                    break
                if qword in ("", "tỉnh", "thành phố") and key in g.provinces and not province:
                    province = g.provinces[key]
                elif qword != "tỉnh" and not district and _district_known(g, qword, key):
                    district, district_word = qname, qword
                else:
                    break
                end = q.start(2) + len(qname)
                close = text.find(")", end, q.end())
                end = close + 1 if close != -1 else end
        pos = max(pos, end)
        for start, item, item_end in group:
            mentions.append(
                Mention(
                    word=word,
                    name=_WORD_SPACES.sub(" ", item),
                    text=text[m.start() : item_end] if start == first else text[start:item_end],
                    start=start,
                    former=former,
                    district=district,
                    district_word=district_word,
                    province=province,
                )
            )


def _longest_name_any(g: Gazetteer, run: str) -> str:
    """The longest leading part of *run* that is a province or a former district."""
    ends = [m.end() for m in _SYLLABLE_END_RE.finditer(run)][: g.max_words + 1]
    for end in reversed(ends):
        key = name_key(run[:end])
        if key in g.provinces or _district_known(g, "", key):
            return run[:end]
    return ""


# --- resolving -------------------------------------------------------------------------------


def _is_province(g: Gazetteer, mention: Mention) -> bool:
    """ "tỉnh X", or "thành phố X" of a city that is a province ("thành phố Huế" is; "thành phố
    Tuyên Quang" was a district-level city of Tuyên Quang province)."""
    key = name_key(mention.name)
    if mention.word == "tỉnh":
        return True
    if mention.word != "thành phố" or key not in g.provinces:
        return False
    return g.provinces[key] in g.city_provinces or not _district_known(g, "", key)


def _context(mentions: Iterable[Mention], province: str, published: datetime | None) -> _Context:
    ctx = _Context(province=province, published=published)
    g = gazetteer()
    for m in mentions:
        key = name_key(m.name)
        if _is_province(g, m):
            if key in g.provinces:
                ctx.provinces.add(g.provinces[key])
                ctx.old_provinces.add(key)
        elif m.word in DISTRICT_KINDS:
            ctx.districts.add(key)
        if m.district:
            ctx.districts.add(name_key(m.district))
        if m.province:
            ctx.provinces.add(m.province)
    return ctx


def _scopes(mention: Mention, ctx: _Context) -> list[frozenset[str]]:
    if mention.province:
        return [frozenset((mention.province,))]
    scopes: list[frozenset[str]] = []
    seen: set[str] = set()
    for group in (
        (ctx.province,) if ctx.province else (),
        sorted(ctx.provinces),
        NEIGHBOURS.get(ctx.province, ()),
    ):
        scope = frozenset(group) - seen
        if scope:
            scopes.append(scope)
            seen |= scope
    return scopes


def _narrow(formers: list[Former], ctx: _Context) -> list[Former]:
    """Formers in the districts, then the old provinces, the story names (if that leaves any)."""
    for named, attr in ((ctx.districts, "district"), (ctx.old_provinces, "old_province")):
        if len({f.successors for f in formers}) <= 1 or not named:
            break
        kept = [f for f in formers if _short_key(getattr(f, attr)) in named]
        if kept:
            formers = kept
    return formers


def _short_key(name: str) -> str:
    """The key of a district or province name without its kind ("Huyện Chiêm Hóa" -> key)."""
    key = name_key(name)
    for kind in sorted(DISTRICT_KINDS, key=len, reverse=True):
        if key.startswith(kind + " "):
            return key[len(kind) + 1 :]
    return key


def resolve(mention: Mention, ctx: _Context, g: Gazetteer | None = None) -> Outcome:
    """The unit(s) *mention* names in the story's *ctx*; see the module doc for the rules."""
    g = g or gazetteer()
    word = mention.word
    if _is_province(g, mention):
        return Outcome(mention, reason="not-a-unit")  # a province: context, not a place
    former_first = (
        mention.former
        or bool(mention.district)
        or (ctx.published is not None and ctx.published < MERGER_DATE)
    )
    district_key = name_key(mention.district) if mention.district else ""
    for scope in _scopes(mention, ctx):
        current = [u for u in g.current_units(word, mention.name) if u.province in scope]
        formers = [f for f in g.former_units(word, mention.name) if f.province in scope]
        if not formers and word in DISTRICT_KINDS:
            formers = [
                f
                for kind in DISTRICT_KINDS
                for f in g.former_units(kind, mention.name)
                if f.province in scope
            ]
        if district_key:
            in_district = [f for f in formers if _short_key(f.district) == district_key]
            formers = in_district or formers
        readings: list[tuple[str, list[tuple[str, ...]]]] = []
        if current:
            readings.append(("name", [(u.code,) for u in current]))
        if formers:
            how = "district" if word in DISTRICT_KINDS else "former"
            readings.append((how, [f.successors for f in _narrow(formers, ctx)]))
        if former_first:
            readings.reverse()
        for how, targets in readings:
            distinct = sorted(set(targets))
            if len(distinct) > 1:
                return Outcome(mention, reason="ambiguous")
            codes = distinct[0]
            if how == "district" and len(codes) > DISTRICT_MAX:
                return Outcome(mention, reason="too-broad")
            return Outcome(mention, units=tuple(g.units[c] for c in codes), how=how)
    return Outcome(mention, reason="unknown")


def tag_places(
    title: str,
    summary: str,
    body: str,
    province: str,
    published: datetime | None = None,
    *,
    outcomes: list[Outcome] | None = None,
) -> list[PlaceTag]:
    """The places a story is about, each unit once, in order of first mention.

    *province* is the story's province slug (the site's); *published* decides whether names
    are read as pre- or post-merger by default. Pass a list as *outcomes* to receive every
    mention's outcome, resolved or not (for stats and for checking a tag).
    """
    text = "\n\n".join(part for part in (title, summary, body) if part)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    g = gazetteer()
    mentions = find_mentions(text, g)
    if not mentions:
        return []
    ctx = _context(mentions, province, published)
    tags: dict[str, PlaceTag] = {}
    for mention in mentions:
        outcome = resolve(mention, ctx, g)
        if outcomes is not None:
            outcomes.append(outcome)
        for unit in outcome.units:
            if unit.code not in tags:
                tags[unit.code] = PlaceTag(
                    code=unit.code,
                    name=unit.name,
                    province=unit.province,
                    slug=unit.slug,
                    how=outcome.how,
                    mention=mention.text,
                )
    return list(tags.values())
