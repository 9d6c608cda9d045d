"""Who a page's byline may not name: the names its site goes by, from metadata and address.

``publisher_names`` gives every form of the site's name a byline could repeat ("Infoportal -
Diakonie Deutschland" is also "Diakonie Deutschland"; "LaRepública.pe" is also "LaRepública";
www.ndr.de is also "ndr"), for ``clean.person_names`` to compare with (table-tested in
``tests/test_bylines.py``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from urllib.parse import unquote

from aggregator.extract.clean import is_name, one_line
from aggregator.extract.titles import host_names

# Between the parts of a site's name: "Infoportal - Diakonie Deutschland", "N-LAND | News".
_PARTS = re.compile(r"\s+[-–—|:»·]\s+|\s*\|\s*")
# A top-level domain at the end of a name ("LaRepública.pe", "BettyCrocker.com").
_TLD = re.compile(r"\.[a-z]{2,6}$", re.IGNORECASE)


def publisher_names(site_names: Iterable[str], url: str) -> list[str]:
    """The site's names and their parts, with and without a domain ending, and the host's."""
    out: list[str] = []

    def add(name: str) -> None:
        name = one_line(name).strip()
        if len(name) >= 2 and name not in out:
            out.append(name)

    for name in [*site_names, *host_names(url)]:
        add(name)
        add(_TLD.sub("", name))
        for part in _PARTS.split(name):
            add(part)
            add(_TLD.sub("", part))
    return out


_FOLD = re.compile(r"[\W_]+")


def names_site(name: str, publishers: Iterable[str], host: str = "") -> bool:
    """*name* is, holds or is part of one of the site's names or host labels, compared
    without case, spaces or punctuation ("Vegolosi.it", "Betty Crocker Kitchens" on
    bettycrocker.com, "Eurosport" on eurosport.de)."""
    folded = _FOLD.sub("", name.casefold())
    if not folded:
        return False
    sites = {_FOLD.sub("", p.casefold()) for p in publishers}
    sites |= {label for label in host.lower().split(".") if len(label) >= 4 and label != "www"}
    return any(len(site) >= 3 and (site in folded or folded in site) for site in sites)


# An element holding only a byline label, the name set after it: "<b>Von:</b> Götz Warnke",
# "<h5>Autor:</h5>Peter Maahn/SP-X", "<span>By</span> <a>Jane Doe</a>".
# Round 13: the French, Spanish, Italian and Dutch words a table of facts writes in the cell
# before the writer's ("<td>Auteur</td><td>Camille Lefèvre</td>").
LABEL_ONLY_WORDS: tuple[str, ...] = (
    "autor", "autorin", "author", "verfasser", "verfasserin", "von", "by", "written by",
    "geschrieben von", "text", "par", "por", "tác giả",
    "auteur", "auteure", "autora", "autore", "autrice",
)  # fmt: skip
LABEL_ONLY = re.compile(
    r"^(?:" + "|".join(w.replace(" ", r"\s+") for w in LABEL_ONLY_WORDS) + r")\s*:?$",
    re.IGNORECASE,
)


# A writer's own page, named by its address: "/author/jane-doe/", "/autor/frank_g",
# "auteur/loic-le-clerc", "/autores/Felipe%20Morales/", "/writers/jane-doe/",
# "/tac-gia/nguyen-van-a-123.html".
_AUTHOR_PATH = re.compile(
    r"(?:^|/)(?:author|authors|autor|autoren|autorin|auteur|auteurs|autore|autori|autores"
    r"|writer|writers|journalist|journalists|journalisten|redakteur|tac-gia|tacgia)"
    r"/(?P<slug>[^/?#]{2,80})",
    re.IGNORECASE,
)
_SLUG_WORD = re.compile(r"[^\W\d_]{3,}")
_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "đ": "d"})


def _unaccented(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


def author_slug(href: str) -> str:
    """The part of *href* after a writer's-page segment ("jane-doe" of "/author/jane-doe/"),
    lower-cased and unquoted, or ""."""
    # Every segment of ``_AUTHOR_PATH`` holds "aut", "wr", "journ", "reda" or "tac" in some
    # case: five substring tests cost a fraction of the pattern's search, which starts at
    # every position (a page has ~150 links, a few to a writer's page). No letter of these
    # has a case-insensitive equivalent outside ASCII (as "k" has the Kelvin sign): exact.
    lowered = href.lower()
    if not (
        "aut" in lowered
        or "wr" in lowered
        or "journ" in lowered
        or "reda" in lowered
        or "tac" in lowered
    ):
        return ""
    match = _AUTHOR_PATH.search(href)
    return unquote(match.group("slug")).casefold() if match else ""


# A link's tooltip naming the writer whose posts it lists: "Beiträge von Isabella Beyer", "View
# all posts by Support Team", "Zum Autor Jona Göbelbecker", "Articles par Abdelkrim DERMECH".
# WordPress and most themes write it on the byline's link whatever its address says
# ("/author/mcag_ibr/", "?author=1", "/oeffentliches-profil/…"). Only labels that say "posts
# of a person": "Tous les articles de …" is as often a category's.
_POSTS_BY = re.compile(
    r"^(?:(?:view|see|show|read)\s+(?:all|more)\s+|more\s+|all\s+)?"
    r"(?:posts|articles|stories|entries|content)\s+(?:written\s+)?by"
    r"|^(?:(?:zeige\s+)?alle\s+|weitere\s+|mehr\s+)?(?:beiträge|artikel|einträge|texte)"
    r"\s+(?:von|vom)"
    r"|^(?:zum|zur)\s+(?:autor(?:in)?|autorenseite|autorenprofil|profil)(?:\s+von)?"
    r"|^(?:(?:tous\s+les\s+)?articles|(?:tous\s+les\s+)?billets|publications)\s+(?:par|écrits\s+par)"
    r"|^(?:(?:todos\s+los\s+|más\s+)?(?:artículos|articulos|entradas|publicaciones)|"
    r"(?:todas\s+las\s+)?(?:notas|entradas))\s+(?:por|escritos?\s+por)"
    r"|^(?:(?:tutti\s+gli\s+)?articoli|(?:tutti\s+i\s+)?post)\s+(?:di|scritti\s+da)"
    r"|^(?:alle\s+)?(?:artikelen|berichten)\s+(?:van|door)",
    re.IGNORECASE,
)


def titled_writer(title: str, text: str) -> bool:
    """A link's *title* names its *text* as the writer whose posts it lists ("Beiträge von
    Isabella Beyer" on "Isabella Beyer"), not "Alle Beiträge von stylegart" on "Ramona"
    nor "View all posts in Aktuell": the link is the byline's."""
    title, text = one_line(title).strip(), one_line(text).strip()
    if not text or not title.endswith(text) or (match := _POSTS_BY.match(title)) is None:
        return False
    return title[match.end() : len(title) - len(text)].strip(" :") == ""


# A link's own text that lists a writer's other work, in its short forms ("find more by Jane
# Smith", "More by Jane Smith", "Mehr von Jana Beck").
_MORE_BY = re.compile(
    r"^(?:(?:find|see|read|view)\s+)?more\s+(?:(?:posts|articles|stories|writing)\s+)?by"
    r"|^mehr\s+von",
    re.IGNORECASE,
)


def more_by_name(text: str) -> str:
    """The person a link's *text* lists more of ("find more by Matthew Davis", "Mehr von Jana
    Beck"): a full name of two to four capitalised words after the label; "" for anything else
    ("More from WIRED", "Mehr von den Kämpfen"). Not "View all posts by …" nor "Alle Beiträge
    von …": an author box's link under the story, as often the blog owner's (half B gained a
    page naming nobody with them)."""
    text = one_line(text).strip()
    if len(text) > 60:
        return ""
    if (match := _MORE_BY.match(text)) is None:
        return ""
    name = text[match.end() :].strip(" :→»›>")
    if not 2 <= len(name.split()) <= 4 or not is_name(name):
        return ""
    return name


def lists_posts(title: str) -> bool:
    """Whether a link's *title* opens with a "posts by" label ("Beiträge von …", "View all
    posts by …"): what ``titled_writer`` asks first, without the link's text, so that a caller
    reads the text (``text_content``) only of the few links whose tooltip can name a writer."""
    return _POSTS_BY.match(one_line(title).strip()) is not None


def slug_names(name: str, slug: str) -> bool:
    """*name* and the address of a writer's page share a word of three letters or more, as
    addresses write it ("Loïc Le Clerc" and "loic-le-clerc", "Gunter Frank" and "frank_g",
    "Amelie Siekmann" and "amelie-siekmann-591481"): the link names its page's writer, not
    "All articles" or "Read more"."""
    folded = name.casefold()
    words = {
        *_SLUG_WORD.findall(_unaccented(folded)),
        *_SLUG_WORD.findall(folded.translate(_SPELLED_OUT)),
    }
    slugs = set(_SLUG_WORD.findall(_unaccented(slug)))
    return bool(words & slugs) or bool(_joined_forms(folded) & slugs)


def _joined_forms(folded: str) -> set[str]:
    """The forms a login address writes a two- or three-word name in, as one word:
    "ustockhausen" and "stockhausenu" (initial and surname), "richardadams" (the name run
    together) for "Ulrike Stockhausen" and "Richard Adams"; six letters or more, so that no
    short word of an address matches by chance."""
    out: set[str] = set()
    for text in {_unaccented(folded), folded.translate(_SPELLED_OUT)}:
        parts = re.findall(r"[^\W\d_]+", text)
        if not 2 <= len(parts) <= 3:
            continue
        first, last = parts[0], parts[-1]
        out |= {"".join(parts), first[0] + last, last + first[0], first + last}
    return {form for form in out if len(form) >= 6}
