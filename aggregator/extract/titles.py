"""Pure helpers for titles: the parts of a metadata title, and which part is the page's heading.

Metadata titles (``<title>``, og:title, a JSON-LD headline) often wrap the headline the reader sees
in other parts: the site's name ("Headline | Site", "SITE - Headline"), a tagline after it
("Headline | site.ch | Your magazine"), a kicker before it ("Kicker: Headline"). A heading on the
page that is exactly one of those parts, or a run of them, is the headline (table-tested in
``tests/test_titles.py``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import urlsplit

from aggregator.extract.clean import (
    one_line,
    strip_bracketed_prefix,
    strip_site_suffix,
    title_words,
)

# Where a metadata title is cut into parts: " - ", " | ", " » ", " « " and " ‹ " (WordPress's
# "Post « Blog"), " // ", " / ", " · ", " ⋅ ", " • ", " › ", " ~ ", " ― ", " ǀ ", " > " (a
# breadcrumb: "THỜI SỰ > Headline"), " ▷ ", " ▶ ", " ► ", " ➤ ", " → ", " ⇒ ", " * ", " ::: "
# (SEO templates': only parts that name the site are cut, so "Paris → Berlin" or "5 * 5" in a
# headline stays), "Kicker: ", "|".
_SEPARATOR = re.compile(
    r"\s+(?:[-–—―|»«‹·⋅:•›~>/ǀ▷▶►➤→⇒*]|//|:::?|>>)\s+|\s*\|\s*|(?<=[\w?!])[:：]\s+|\s+--\s*"
)
_EDGE = " \t\"'“”„‘’«»‹›.:;,!?-–—|/>"


def title_key(text: str, *, casefold: bool = True) -> str:
    """A title compared as a reader would: casefolded, one space, no edge punctuation/quotes.

    A page asks for the key of the same text again and again (each h1, menu link and title
    part against each list of names: ~60 calls a page, 2 in 5 of them new), so plain strings
    are remembered; lxml's string results, which hold their element and the page's tree, not.
    """
    if text.__class__ is str:
        return _title_key(text, casefold)
    return _title_key.__wrapped__(text, casefold)


@lru_cache(maxsize=4096)
def _title_key(text: str, casefold: bool) -> str:
    text = one_line(text)
    return " ".join((text.casefold() if casefold else text).split()).strip(_EDGE)


# Quotation marks as one kind: templates straighten them in one metadata title and not another.
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"'})
# The end of a title cut to a length: "…", "...".
_CUT = re.compile(r"\s*(?:…|\.\.\.)$")


# Schema.org's guidance caps a JSON-LD headline at 110 characters, and CMS plugins cut it there
# without a mark: a headline this long may be the start of og:title's or <title>'s.
HEADLINE_CAP = 100


# Arrows among the mathematical symbols ("▷ Headline"); marks of a name ("RENT A SALESMAN®")
# are no decoration.
_DECORATION_EXTRA = frozenset("▷→⇒⟶\ufe0f ")
_NAME_MARKS = frozenset("©®™℗")


def _decoration(char: str) -> bool:
    return char in _DECORATION_EXTRA or (
        unicodedata.category(char) == "So" and char not in _NAME_MARKS
    )


def undecorated(title: str) -> str:
    """*title* without the symbols SEO templates set around a metadata title to catch the eye
    in search results ("▷ Headline", "✅ Headline ★"): pictographs and arrows, not letters,
    digits, punctuation or a name's marks ("#1", "€", "„…“", "®" stay)."""
    start, end = 0, len(title)
    while start < end and _decoration(title[start]):
        start += 1
    while end > start and _decoration(title[end - 1]):
        end -= 1
    return title[start:end] if title_words(title[start:end]) else title


def is_cut(text: str) -> bool:
    """Whether *text* ends as a title cut to a length does ("…", "...")."""
    return bool(_CUT.search(text))


def same_or_cut(text: str, heading: str) -> bool:
    """Whether *text* is *heading*, quotation marks aside, or its start cut with "…" ("Linda
    reveals … battle and says ‘I’m trying…'" of the h1 that goes on), or cut unmarked at
    ``HEADLINE_CAP`` characters or more (a JSON-LD headline cut to 110)."""
    if not text or not heading:
        return False
    text, heading = text.translate(_QUOTES), heading.translate(_QUOTES)
    if title_key(text) == title_key(heading):
        return True
    stem = _CUT.sub("", text)
    if stem == text and len(text) < HEADLINE_CAP:
        return False  # neither marked as cut nor as long as a cut JSON-LD headline
    return len(stem) >= 20 and heading.startswith(stem) and len(heading) > len(stem)


def title_parts(title: str) -> list[str]:
    """Every run of consecutive parts of *title*, as written, whole title first.

    "A: B | C" -> ["A: B | C", "A: B", "A", "B | C", "B", "C"]: a heading is compared with each.
    """
    title = one_line(title)
    cuts = [(m.start(), m.end()) for m in _SEPARATOR.finditer(title)]
    if not cuts:
        return [title] if title else []
    starts = [0, *(end for _, end in cuts)]
    ends = [*(start for start, _ in cuts), len(title)]
    runs = []
    for i, start in enumerate(starts):
        for j in range(len(ends) - 1, i - 1, -1):
            if (part := title[start : ends[j]].strip()) and part not in runs:
                runs.append(part)
    return runs


def is_title_part(heading: str, title: str) -> bool:
    """Whether *heading* is *title* or one run of its parts ("Bielersee-Winterhechte" of
    "Bielersee-Winterhechte | petri-heil.ch | Dein Schweizer Fischereimagazin"; "Kaeser
    verarscht Neubauer" of "Siemens und die Kohlemine Adani: Kaeser verarscht Neubauer").

    A run that does not start the title must have three words or more: a short last part is
    usually the site's name ("Post | DimidoBlog"), and the site's h1 is not the headline
    (government sites put the headline last: "Zoll online - Fachmeldungen - Headline").
    """
    key = title_key(heading)
    if not key or not title:
        return False
    if not title_key(title).startswith(key) and len(key.split()) < 3:
        return False
    if key not in title_key(strip_site_suffix(title)):
        return False  # a publication's name ("Lũ về | Báo Tuyên Quang")
    return any(title_key(part) == key for part in title_parts(title))


# Second-level labels under a country code that are no site's name: "bbc.co.uk",
# "baotuyenquang.com.vn", "abc.net.au".
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "gov", "edu", "ac", "or", "ne", "go", "gv"})
# Subdomain labels that name no site: "www", mobile and language hosts.
_PLAIN_LABELS = frozenset({"www", "www2", "amp", "mobile", "news", "blog", "blogs", "web"})


def host_names(url: str) -> list[str]:
    """Names a site goes by in its own titles, from its address: "petri-heil.ch" and "smava"
    for https://www.smava.de/…: the host without "www." and its main label (3+ letters; the
    one before "co.uk", "com.vn")."""
    host = (urlsplit(url).hostname or "").lower()
    host = host.removeprefix("www.")
    if not host:
        return []
    labels = host.split(".")
    names = [host]
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        labels = labels[:-1]
    if len(labels) >= 2 and len(labels[-2]) >= 3:
        names.append(labels[-2])
    return names


def subdomain_names(url: str) -> list[str]:
    """The labels before a host's main one that may be the site's own name ("scilogs" of
    scilogs.spektrum.de: "Headline » SciLogs - Wissenschaftsblogs"): 4+ letters, not "www",
    "blog", "news" or a mobile host."""
    labels = (urlsplit(url).hostname or "").lower().split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        labels = labels[:-1]
    return [
        label
        for label in labels[:-2]
        if len(label) >= 4 and label.isalpha() and label not in _PLAIN_LABELS
    ]


# Words for "newspaper" that lead a paper's host and that its titles leave out
# (baotuyenquang.com.vn titles "… - Tuyên Quang Online").
_PAPER_PREFIXES = ("bao",)


def paper_names(url: str) -> list[str]:
    """A newspaper's host label without the word for "newspaper" before it: "tuyenquang" of
    baotuyenquang.com.vn (titles only: a byline naming the province is a person's or an
    office's, not the paper's)."""
    names = host_names(url)
    label = names[1] if len(names) > 1 else ""
    return [
        label[len(prefix) :]
        for prefix in _PAPER_PREFIXES
        if label.startswith(prefix) and len(label) >= len(prefix) + 4
    ]


# German letters as hosts spell them ("sueddeutsche.de" for "Süddeutsche Zeitung").
_TRANSLITERATE = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# Words a site adds to its host's name in its titles: "Tuổi Trẻ Online" on tuoitre.vn, "BBC
# News" on bbc.co.uk, "The Guardian", "Süddeutsche Zeitung" on sueddeutsche.de.
# Other languages' articles lead a name as "The" does ("Der Spiegel", "Le Monde", "El País",
# "Il Giorno", "De Telegraaf"), longest first.
_ARTICLES = ("der", "die", "das", "les", "los", "las", "het", "le", "la", "el", "il", "lo", "de")
_SITE_AFFIX = re.compile(
    rf"^(?:the|{'|'.join(_ARTICLES)})?(?P<core>.{{3,}}?)"
    r"(?:online|news|tv|zeitung|magazin|magazine)?$"
)
_SITE_SUFFIXES = ("online", "news", "tv", "zeitung", "magazin", "magazine")


def _affix_core(key: str) -> str | None:
    """``_SITE_AFFIX.match(key).group("core")`` (None without a match) for a squashed key
    (letters and digits only: ``.`` takes every character and ``$`` is the end).

    The lazy core tried the six words and the end at every length from 3 up (~9 µs on an
    80-letter headline, asked of every title part): the match keeps "the" when three letters
    are left after it, then the shortest core of three or more letters that leaves one of the
    words, else the whole rest. At most one of the words ends a key ("magazin" and
    "magazine" differ in the last letter, the others in theirs), so the shortest core is the
    rest without that word, when three letters are left."""
    rest = key[3:] if key.startswith("the") and len(key) >= 6 else key
    if len(rest) < 3 or "\n" in rest:
        return _slow_affix_core(key)
    if rest is key and not key.startswith("the"):
        # Other languages' articles lead a paper's name as "The" does, and its host leaves
        # them out as often: "Der Spiegel" on spiegel.de, "Le Courrier du Sud" on
        # courrierdusud.fr, "El Diario del Sur" on diariodelsur.es.
        for article in _ARTICLES:
            if key.startswith(article) and len(key) - len(article) >= 3:
                rest = key[len(article) :]
                break
    for word in _SITE_SUFFIXES:
        if rest.endswith(word) and len(rest) - len(word) >= 3:
            return rest[: -len(word)]
    return rest


def _slow_affix_core(key: str) -> str | None:
    m = _SITE_AFFIX.match(key)
    return m.group("core") if m else None


_NOT_ALNUM = re.compile(r"[\W_]+")


@lru_cache(maxsize=4096)
def _squashed(text: str) -> frozenset[str]:
    """*text* casefolded with only its letters and digits, accents dropped ("Tuổi Trẻ" ->
    "tuoitre"), German letters both ways ("Süddeutsche" -> "suddeutsche", "sueddeutsche")."""
    folded = text.casefold().replace("đ", "d")
    forms = {folded, folded.translate(_TRANSLITERATE)}
    out = {_NOT_ALNUM.sub("", unicodedata.normalize("NFKD", form)) for form in forms}
    out.discard("")
    return frozenset(out)


class _SiteNames:
    """The site's names, compared as a title part writes them: without case, spaces,
    punctuation or accents; a host's label also with the words sites add to it ("Tuổi Trẻ
    Online" for tuoitre.vn)."""

    def __init__(self, site_names: Iterable[str]) -> None:
        self.keys: set[str] = set()
        self.exact: set[str] = set()
        for name in site_names:
            if name:
                self.keys |= _squashed(name)
                key = title_key(name)
                self.exact |= {key, key.replace(" ", "")}

    def exactly(self, part: str) -> bool:
        """Whether *part* is one of the names as written (case and spaces aside): a part
        that leads the title must be, since a place or topic that leads a headline may fold
        to the host's name ("Nghệ An: 5 nhóm giải pháp …" on a host "nghean")."""
        key = title_key(part)
        return bool(key) and (key in self.exact or key.replace(" ", "") in self.exact)

    def with_affix(self, part: str) -> bool:
        """Whether *part* is a host's name with a word sites add to it ("Example News" on
        example.com, "Tuổi Trẻ Online"): a headline's leading place or topic has no such
        word, so a leading part may be the site's this way too."""
        for key in _squashed(part):
            core = _affix_core(key)
            if core is not None and core != key and core in self.keys:
                return True
        return False

    def __contains__(self, part: str) -> bool:
        for key in _squashed(part):
            if key in self.keys:
                return True
            if (core := _affix_core(key)) is not None and core in self.keys:
                return True
        return False


@lru_cache(maxsize=256)
def _site_names(names: tuple[str, ...]) -> _SiteNames:
    """``_SiteNames`` of *names*, built once per page's names (titles ask several times)."""
    return _SiteNames(names)


def is_site_name(text: str, site_names: Iterable[str]) -> bool:
    """Whether *text* as a whole is one of *site_names* as titles write them: without case,
    spaces, punctuation or accents, or a host's label with a word sites add ("Báo Tỉnh" and
    "Tỉnh Online" on baotinh.vn: "Báo Tỉnh" squashes to the label "baotinh"). A heading that
    is only this is the site's logo, not a headline."""
    return bool(text.strip()) and text in _site_names(tuple(site_names))


def site_parts(title: str, site_names: Iterable[str]) -> list[str]:
    """The parts of *title* (as ``title_parts`` cuts it, single parts only) that are a site's
    name."""
    names = _site_names(tuple(site_names))
    return [part.strip() for part in _SEPARATOR.split(one_line(title)) if part in names]


# A bracketed group closing a title: "Headline (Example News)", "Headline [Example News]".
_BRACKETED_END = re.compile(r"\s[(\[]([^()\[\]]{3,60})[)\]]$")
# A site's tagline is a phrase, not a sentence ("Your daily source of news").
_TAGLINE_WORDS = 6


def strip_site_parts(title: str, site_names: Iterable[str]) -> str:
    """*title* without the parts that name the site, and what follows a trailing site name
    (a tagline): "Bielersee-Winterhechte | petri-heil.ch | Dein Schweizer Fischereimagazin" ->
    "Bielersee-Winterhechte"; "BMAS - Änderung …" -> "Änderung …"; a title that is only the
    site's name stays.

    Remembered for plain strings (the title pass and the heading tests ask each metadata
    title about the same names: ~5 calls a page, half of them repeats)."""
    site_names = tuple(site_names)
    if title.__class__ is str and all(n.__class__ is str for n in site_names):
        return _strip_site_parts(title, site_names)
    return _strip_site_parts.__wrapped__(title, site_names)


# A first part without a letter or digit before a colon: a blog's name the template left
# empty or wrote as dots ("...: Tach auch!", ": Headline"; ``_SEPARATOR`` cuts at a colon only
# after a word). (An empty slot before a bar, "| Site", is the headline's: ``_EMPTY_SLOT``.)
_EMPTY_FIRST_PART = re.compile(r"^[^\w\s]*\s*[:：]\s+(?=\w)")
_EMPTY_LEADS = frozenset(".…·•*~_-:：")


@lru_cache(maxsize=1024)
def _strip_site_parts(title: str, site_names: tuple[str, ...]) -> str:
    title = one_line(title)
    if title[:1] in _EMPTY_LEADS and (empty := _EMPTY_FIRST_PART.match(title)):
        title = title[empty.end() :]
    names = _site_names(tuple(site_names))
    if (end := _BRACKETED_END.search(title)) and (
        names.exactly(end.group(1)) or names.with_affix(end.group(1))
    ):
        # The site's name in brackets after a headline ("Headline (Example News)"; a name
        # after a word or two may be the page's subject: "Nghệ An (Example)").
        head = title[: end.start()].strip()
        if len(head.split()) >= 3:
            title = head

    def is_site(part: str) -> bool:
        return part in names

    cuts = [(m.start(), m.end()) for m in _SEPARATOR.finditer(title)]
    starts = [0, *(end for _, end in cuts)]
    ends = [*(start for start, _ in cuts), len(title)]
    parts = [title[s:e] for s, e in zip(starts, ends, strict=True)]
    first, last = 0, len(parts) - 1
    while first < last and (names.exactly(parts[first]) or names.with_affix(parts[first])):
        first += 1
    if 0 < first < last and "|" not in title[cuts[first - 1][0] : cuts[first - 1][1]]:
        # A tagline set after a leading site name with the name's own separator, before the
        # template's " | " ("Example News – Your daily source | Headline"): the pipe sets the
        # headline off from the whole name.
        for i in range(first, last):
            if "|" in title[cuts[i][0] : cuts[i][1]]:
                tagline = " ".join(parts[first : i + 1]).split()
                rest = " ".join(parts[i + 1 : last + 1]).split()
                # The headline after it is the longer ("Example News - Headline | Page 2"
                # keeps its headline).
                if len(tagline) <= _TAGLINE_WORDS and len(rest) >= max(3, len(tagline)):
                    first = i + 1
                break
    for i in range(first + 1, last + 1):
        if is_site(parts[i]) and not _names_a_place(title, cuts, i, last):
            last = i - 1
            break
    if (first, last) == (0, len(parts) - 1):
        return title
    return title[starts[first] : ends[last]].strip(" »«‹|·⋅/:-–—―>•›~ǀ▷▶►➤→⇒*")


def _names_a_place(title: str, cuts: list[tuple[int, int]], i: int, last: int) -> bool:
    """The part *i* of *title* (after the first) that names the site is a place the headline
    is about, set off by a colon before the rest of the headline: "Video: Tuyên Quang: Đẩy
    mạnh chuyển đổi số" on Báo Tuyên Quang's page (a provincial paper's headlines open with
    its province's name as often as with a district's): a colon on both sides, three words or
    more after it. A site's own name closes a title with " - " or " | " before it, and what a
    colon adds after that is its tagline ("Headline - Site: Tin tức mới nhất")."""
    if i >= last or i == 0:
        return False
    colons = (":", "：")
    before, (start, end) = cuts[i - 1], cuts[i]
    if title[start:end].strip() not in colons or title[before[0] : before[1]].strip() not in colons:
        return False
    return len(title[end:].split()) >= 3


# A breadcrumb's separators: " > ", " » "; " / " from three crumbs on ("Home / News /
# Headline"; "Wind / Solar" is one phrase).
_CRUMBS = (
    (re.compile(r"\s+(?:>|&gt;)\s+"), 2),
    (re.compile(r"\s+»\s+"), 2),
    (re.compile(r"\s+/\s+"), 3),
)


def after_crumbs(title: str) -> str:
    """*title* without a breadcrumb trail before it: "THỜI SỰ > Xã hội > Lũ về trên sông Lô"
    -> "Lũ về trên sông Lô". Each crumb has three words or fewer and the last part three or
    more ("Storm hits the coast > Example News" stays: a site's name is short), starting with
    a capital as a headline does ("Sales > 50 % in March" is a comparison)."""
    title = one_line(title)
    for crumb, least in _CRUMBS:
        parts = crumb.split(title)
        if len(parts) >= least:
            return _last_crumb(parts) or title
    return title


def _last_crumb(parts: list[str]) -> str:
    """The last of *parts* when the ones before it are crumbs (``after_crumbs``); "" if not."""
    if (
        len(parts) >= 2
        and all(len(p.split()) <= 3 for p in parts[:-1])
        and len(parts[-1].split()) >= 3
        and parts[-1][:1].isupper()
    ):
        return parts[-1]
    return ""


# Separators around a section's name in a title template; not a colon, which sets a kicker
# that belongs to the headline ("Histo-Monte: Pistenstopp in Rheinfelden").
_SECTION_SEPARATOR = re.compile(r"\s+(?:[-–—|»·/]|//|>>)\s+|\s*\|\s*")


def strip_section_parts(title: str, sections: Iterable[str]) -> str:
    """*title* without a first or last part that is one of *sections* ("Xã hội - Headline",
    "Headline | Thời sự"); a title that is only a section stays."""
    names = {title_key(name) for name in sections if name}
    if not names or not title:
        return title
    if title[:1] in "[(":
        title = strip_bracketed_prefix(title, lambda part: title_key(part) in names)
    parts = _SECTION_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    if title_key(parts[0]) in names:
        parts = parts[1:]
    if len(parts) > 1 and title_key(parts[-1]) in names:
        parts = parts[:-1]
    if len(parts) == len(_SECTION_SEPARATOR.split(title)):
        return title
    # The parts kept, with the separators between them as the title wrote them.
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end].strip()


# Separators a title template sets before the site's name: " | ", " · ", " • ", " :: ",
# " « ", " ‹ ", " ~ ", which headlines rarely hold; and " - ", " – ", " — ", " » ", " › ",
# " / ", " // ", which they do ("Giá vàng hôm nay - Giá tăng mạnh", "… - Teil 49"): there the
# last part must be written as a name.
_SITE_SEPARATOR = re.compile(r"\s+(?:[|·•«‹~ǀ⋅]|::)\s+|\s*\|\s*")
_NAME_SEPARATOR = re.compile(r"\s+(?:[-–—»›/]|//)\s+")
# A name's word: a capital first ("Planet", "BBC", "Tuyên"), or a host ("example.org").
_NAME_WORD = re.compile(r"^(?:[^\W\d_][^\s]*|[\w-]+(?:\.[\w-]+)+)$")


def without_unnamed_site(title: str) -> str:
    """*title* without a short last part set off as a site's name ("Storm hits the coast |
    Planet Weekly", "… - Planet Weekly"), on a page whose tags name no site: the last part has
    three words or fewer, the rest four or more (the headline's length)."""
    line = one_line(title)
    cut = None
    for match in _SITE_SEPARATOR.finditer(line):
        cut = match
    for match in _NAME_SEPARATOR.finditer(line):
        if cut is None or match.start() > cut.start():
            words = line[match.end() :].split()
            if all(_NAME_WORD.match(w) and (w[0].isupper() or "." in w) for w in words):
                cut = match
            elif cut is not None and match.start() > cut.start():
                return title  # the headline's own dash after the site's separator
    if cut is None or len(line[cut.end() :].split()) > 3:
        return title
    head = line[: cut.start()].strip()
    return head if len(title_words(head)) >= 4 else title


def first_part(title: str) -> str:
    """The part before the first separator ("Post" of "Post | Blog name"); the whole title
    without one."""
    return _SEPARATOR.split(one_line(title), maxsplit=1)[0].strip()


def last_part(title: str) -> str:
    """The part after the last separator that is not a kicker's colon: where a site puts its
    name ("Post | Blog name", "Post - Site"); "" without one.

    Remembered for plain strings (a page's metadata titles are asked ~4 times each)."""
    if title.__class__ is str:
        return _last_part(title)
    return _last_part.__wrapped__(title)


@lru_cache(maxsize=1024)
def _last_part(title: str) -> str:
    title = one_line(title)
    last = None
    for match in _SEPARATOR.finditer(title):
        if ":" not in match.group() and "：" not in match.group():
            last = match
    return title[last.end() :].strip() if last else ""


def unglued(title: str) -> str:
    """*title* without a copy of its last part glued to the end of its first: a title
    template that forgot the separator ("Truckwash A31Das Branchenbuch | Das Branchenbuch"
    -> "Truckwash A31 | Das Branchenbuch")."""
    last = last_part(title)
    if len(last) < 4:
        return title
    title = one_line(title)
    head = title[: len(title) - len(last)]
    cut = head.find(last)
    if cut > 0 and title[cut - 1].isalnum() and _SEPARATOR.match(head[cut + len(last) :]):
        return title[:cut] + head[cut + len(last) :] + last
    return title


# Quotation marks that open and close a quoted phrase, in the ways languages set them.
_OPENING_QUOTES = "\"'“„‘‚«»‹›"
_CLOSING_QUOTES = "\"'”“’‘»«›‹"


def colon_kicker(heading: str, text: str) -> bool:
    """Whether *heading* is *text* after a quotation the heading sets before it with a colon
    ("„Pure Leere“: Marita Kramer verpasst …" for the SEO title "Marita Kramer verpasst …"):
    someone's words are the reader's headline, not a kicker to cut. Other kickers stay cut
    ("Wetter: Sturm …" for "Sturm …": a section label the share title leaves out), and so
    does a label set in its own block ("Medienmitteilung der Direktion :Impfen …")."""
    if not text or not heading.endswith(text) or heading == text:
        return False
    kicker = heading[: -len(text)]
    if not kicker.endswith((": ", "： ")):
        return False  # "Label :Headline" is a label set in its own block
    quote = kicker[:-2].strip()
    return len(quote) > 2 and quote[0] in _OPENING_QUOTES and quote[-1] in _CLOSING_QUOTES


def shared_part(title: str, other: str) -> str:
    """The longest run of *title*'s parts that is also a run of *other*'s, as *title* writes
    it; "" when they share none or are the same title. Two metadata titles that wrap the
    headline in different kickers or sections agree on the headline: "Industriell
    Revolutioniert?: Anno 1800 Beta" and "next2games | Vorschauen: Anno 1800 Beta" share
    "Anno 1800 Beta"."""
    if not title or not other or title_key(title) == title_key(other):
        return ""
    parts = title_parts(other)
    theirs = {title_key(part) for part in parts}
    # A run of *other* cut to a length ("Headline: its second ha...", a <title> cut at 60
    # characters) shares the run it starts: the cut second half is no other kicker's.
    cut = [part for part in parts if is_cut(part)]
    return max(
        (
            part
            for part in title_parts(title)
            if title_key(part) in theirs or any(same_or_cut(c, part) for c in cut)
        ),
        key=len,
        default="",
    )


def rewords_part(heading: str, title: str) -> bool:
    """Whether *heading* is one long part of *title* reworded: the part has five words or
    more, and each of the two has 80 % of its words in the other ("Wellaflex – Schnell
    aufgefrischtes Haar … mit dem 10-in-1 Trockenshampoo" for the part "Schnell
    aufgefrischtes Haar … mit dem neuen Wellaflex 10-in-1 Trockenshampoo" of "The Insiders -
    … - Info (de-de)"). A site's name is rarely five words, and a publication's name ("Báo
    …") is not a part here. The first part counts too: the site's name stripped from the front
    of the title leaves the headline's part first (``clean.names_title`` misses a part with
    a tail: "… - Info (de-de)")."""
    words = title_words(heading)
    if not words:
        return False
    # Without a publication's name ("Báo Tuyên Quang điện tử"): a logo h1 rewords that.
    for part in _SEPARATOR.split(strip_site_suffix(title)):
        theirs = title_words(part)
        if len(theirs) >= 5:
            common = len(words & theirs)
            if common >= 0.8 * len(words) and common >= 0.8 * len(theirs):
                return True
    return False
