"""Pure helpers for titles: the parts of a metadata title, and which part is the page's heading.

Metadata titles (``<title>``, og:title, a JSON-LD headline) often wrap the headline the reader sees
in other parts: the site's name ("Headline | Site", "SITE - Headline"), a tagline after it
("Headline | site.ch | Your magazine"), a kicker before it ("Kicker: Headline"). A heading on the
page that is exactly one of those parts, or a run of them, is the headline (table-tested in
``tests/test_titles.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from aggregator.extract.clean import (
    one_line,
    strip_bracketed_prefix,
    strip_site_suffix,
    title_words,
)

# Where a metadata title is cut into parts: " - ", " | ", " » ", " // ", " · ", "Kicker: ", "|".
_SEPARATOR = re.compile(r"\s+(?:[-–—|»·:]|//|::|>>)\s+|\s*\|\s*|(?<=[\w?!])[:：]\s+|\s+--\s*")
_EDGE = " \t\"'“”„‘’«»‹›.:;,!?-–—|/>"


def title_key(text: str) -> str:
    """A title compared as a reader would: casefolded, one space, no edge punctuation/quotes."""
    return " ".join(one_line(text).casefold().split()).strip(_EDGE)


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


def host_names(url: str) -> list[str]:
    """Names a site goes by in its own titles, from its address: "petri-heil.ch" and "smava"
    for https://www.smava.de/…: the host without "www." and its main label (3+ letters)."""
    host = (urlsplit(url).hostname or "").lower()
    host = host.removeprefix("www.")
    if not host:
        return []
    labels = host.split(".")
    names = [host]
    if len(labels) >= 2 and len(labels[-2]) >= 3:
        names.append(labels[-2])
    return names


def site_parts(title: str, site_names: Iterable[str]) -> list[str]:
    """The parts of *title* (as ``title_parts`` cuts it, single parts only) that are a site's
    name."""
    names = {title_key(n) for n in site_names if n}
    names |= {n.replace(" ", "") for n in names}
    out = []
    for part in _SEPARATOR.split(one_line(title)):
        key = title_key(part)
        if key and (key in names or key.replace(" ", "") in names):
            out.append(part.strip())
    return out


def strip_site_parts(title: str, site_names: Iterable[str]) -> str:
    """*title* without the parts that name the site, and what follows a trailing site name
    (a tagline): "Bielersee-Winterhechte | petri-heil.ch | Dein Schweizer Fischereimagazin" ->
    "Bielersee-Winterhechte"; "BMAS - Änderung …" -> "Änderung …"; a title that is only the
    site's name stays."""
    title = one_line(title)
    names = {title_key(n) for n in site_names if n}
    names |= {n.replace(" ", "") for n in names}

    def is_site(part: str) -> bool:
        key = title_key(part)
        return bool(key) and (key in names or key.replace(" ", "") in names)

    cuts = [(m.start(), m.end()) for m in _SEPARATOR.finditer(title)]
    starts = [0, *(end for _, end in cuts)]
    ends = [*(start for start, _ in cuts), len(title)]
    parts = [title[s:e] for s, e in zip(starts, ends, strict=True)]
    first, last = 0, len(parts) - 1
    while first < last and is_site(parts[first]):
        first += 1
    for i in range(first + 1, last + 1):
        if is_site(parts[i]):
            last = i - 1
            break
    if (first, last) == (0, len(parts) - 1):
        return title
    return title[starts[first] : ends[last]].strip(" »«|·/:-–—>")


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


def first_part(title: str) -> str:
    """The part before the first separator ("Post" of "Post | Blog name"); the whole title
    without one."""
    return _SEPARATOR.split(one_line(title), maxsplit=1)[0].strip()


def last_part(title: str) -> str:
    """The part after the last separator that is not a kicker's colon: where a site puts its
    name ("Post | Blog name", "Post - Site"); "" without one."""
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


def shared_part(title: str, other: str) -> str:
    """The longest run of *title*'s parts that is also a run of *other*'s, as *title* writes
    it; "" when they share none or are the same title. Two metadata titles that wrap the
    headline in different kickers or sections agree on the headline: "Industriell
    Revolutioniert?: Anno 1800 Beta" and "next2games | Vorschauen: Anno 1800 Beta" share
    "Anno 1800 Beta"."""
    if not title or not other or title_key(title) == title_key(other):
        return ""
    theirs = {title_key(part) for part in title_parts(other)}
    return max(
        (part for part in title_parts(title) if title_key(part) in theirs),
        key=len,
        default="",
    )


def rewords_part(heading: str, title: str) -> bool:
    """Whether *heading* is one long part of *title* reworded: the part has five words or
    more, and each of the two has 80 % of its words in the other ("Wellaflex – Schnell
    aufgefrischtes Haar … mit dem 10-in-1 Trockenshampoo" for the part "Schnell
    aufgefrischtes Haar … mit dem neuen Wellaflex 10-in-1 Trockenshampoo" of "The Insiders -
    … - Info (de-de)"). A site's name is rarely five words, and a publication's name ("Báo
    …") is not a part here; a part that starts the title is left to ``clean.names_title``."""
    words = title_words(heading)
    if not words:
        return False
    # Without a publication's name ("Báo Tuyên Quang điện tử"): a logo h1 rewords that.
    for part in _SEPARATOR.split(strip_site_suffix(title))[1:]:
        theirs = title_words(part)
        if len(theirs) >= 5:
            common = len(words & theirs)
            if common >= 0.8 * len(words) and common >= 0.8 * len(theirs):
                return True
    return False
