"""The search query language, parsed once and written out for each engine (pure, no database).

What a reader types, in a query feed's ``q`` or after ``scrapy search``:

- words: ``sạt lở`` finds stories with both words, in any case and with or without tone marks
  ("sat lo", "SẠT LỞ"); "Đ"/"đ" are "d";
- a phrase in double quotes: ``"bão số 3"`` (the words next to each other, in that order);
- ``OR`` (in capitals) between two terms: ``lũ OR "ngập lụt"``;
- ``-`` before a word or a phrase excludes it: ``xổ số -"xổ số trực tuyến"``.

Words are :func:`aggregator.text.search_words` of the term, the same function that feeds the
index, so both sides fold alike. Only letters and digits reach an engine's query syntax, which
is what keeps a query from being anything but a search.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from aggregator.errors import AggregatorError
from aggregator.text import search_words

MAX_QUERY_CHARS = 200
MAX_TERMS = 12

# A term: an optional "-", then a quoted phrase (the closing quote may be missing) or a run of
# non-space characters. Curly quotes count as quotes: phones type them.
_TERM_RE = re.compile(r'(-?)(?:["“”]([^"“”]*)["“”]?|(\S+))')


class QueryError(ValueError):
    """A query that cannot be searched; the message is one line for the person who typed it,
    ``field`` the parameter it is about."""

    def __init__(self, message: str, field: str = "q") -> None:
        super().__init__(message)
        self.field = field


class SearchTooSlow(AggregatorError):
    """A search stopped at its time limit; the message is one line."""


@dataclass(frozen=True, slots=True)
class Term:
    words: tuple[str, ...]  # folded; more than one: a phrase


@dataclass(frozen=True, slots=True)
class Query:
    """All ``groups`` must match (each group: any of its terms), and no term of ``excluded``."""

    groups: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...] = ()

    def fts5(self) -> str:
        """The SQLite FTS5 MATCH expression."""
        found = " AND ".join(
            "(" + " OR ".join(_fts5_term(t) for t in group) + ")" for group in self.groups
        )
        if self.excluded:
            found = f"({found}) NOT (" + " OR ".join(_fts5_term(t) for t in self.excluded) + ")"
        return found

    def tsquery(self) -> str:
        """The PostgreSQL ``to_tsquery('simple', …)`` text."""
        parts = ["(" + " | ".join(_ts_term(t) for t in group) + ")" for group in self.groups]
        parts += [f"!{_ts_term(t)}" for t in self.excluded]
        return " & ".join(parts)

    def words(self) -> set[str]:
        return {w for group in self.groups for t in group for w in t.words}


def _fts5_term(term: Term) -> str:
    return '"' + " ".join(term.words) + '"'  # words are letters and digits only


def _ts_term(term: Term) -> str:
    return "(" + " <-> ".join(f"'{w}'" for w in term.words) + ")"


def parse_query(text: str) -> Query:
    """*text* as a :class:`Query`; :class:`QueryError` saying what is wrong with it."""
    text = text.strip()
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(
            f"the query is too long ({len(text)} characters, at most {MAX_QUERY_CHARS})"
        )
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    join_next = False  # the previous token was OR
    count = 0
    for match in _TERM_RE.finditer(text):
        minus, phrase, word = match.groups()
        if phrase is None and word == "OR" and not minus:
            join_next = bool(groups)
            continue
        words = tuple(search_words(phrase if phrase is not None else word))
        if not words:
            continue  # punctuation, a lone "-": nothing to look for
        count += 1
        if count > MAX_TERMS:
            raise QueryError(f"the query has too many terms (at most {MAX_TERMS})")
        term = Term(words)
        if minus:
            excluded.append(term)
        elif join_next:
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = False
    if not groups:
        what = "only excluded terms" if excluded else "no word to look for"
        raise QueryError(f"the query has {what}")
    return Query(tuple(tuple(g) for g in groups), tuple(excluded))


# --- a whole search: the query and its filters, as a query feed or `scrapy search` gives them ---

MAX_LIMIT = 200
DEFAULT_LIMIT = 50
MAX_SINCE_DAYS = 3650
MAX_VALUES = 20  # values of one repeatable parameter
_SLUG_RE = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_PLACE_RE = re.compile(r"[a-z0-9-]{1,64}/[a-z0-9-]{1,128}|\d{5}")
PARAMETERS = ("q", "province", "category", "site", "place", "since", "limit")


@dataclass(frozen=True, slots=True)
class SearchRequest:
    """What to look for and where: the store's ``search_ids`` arguments, checked."""

    text: str = ""  # the query as typed ("" with filters only)
    query: Query | None = None
    provinces: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    sites: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    since_days: float | None = None
    limit: int = DEFAULT_LIMIT

    def filters(self) -> dict[str, object]:
        return {
            "provinces": self.provinces,
            "categories": self.categories,
            "sites": self.sites,
            "places": self.places,
            "limit": self.limit,
        }


def parse_request(
    params: dict[str, list[str]],
    *,
    provinces: Iterable[str],
    categories: Iterable[str],
    sites: Iterable[str] | None = None,
) -> SearchRequest:
    """Check a search's parameters (name → values, as ``urllib.parse.parse_qs`` gives them)
    against the known *provinces*, *categories* and *sites* (None: any well-formed site id);
    :class:`QueryError` with one line naming the parameter and what is wrong.

    Parameters other than :data:`PARAMETERS` are ignored (a reader may add its own)."""
    for name in ("q", "since", "limit"):
        if len(params.get(name, [])) > 1:
            raise QueryError(f"{name} may be given once", name)
    text = (params.get("q") or [""])[0].strip()
    query = parse_query(text) if text else None

    def values(name: str, known: Iterable[str] | None, pattern: re.Pattern[str]) -> tuple[str, ...]:
        given = [v.strip() for v in params.get(name, []) if v.strip()]
        if len(given) > MAX_VALUES:
            raise QueryError(f"{name} is given too many times (at most {MAX_VALUES})", name)
        allowed = set(known) if known is not None else None
        for value in given:
            if not pattern.fullmatch(value) or (allowed is not None and value not in allowed):
                raise QueryError(f"unknown {name} {value[:80]!r}", name)
        return tuple(dict.fromkeys(given))

    request = SearchRequest(
        text=text,
        query=query,
        provinces=values("province", provinces, _SLUG_RE),
        categories=values("category", categories, _SLUG_RE),
        sites=values("site", sites, _SLUG_RE),
        places=values("place", None, _PLACE_RE),
        since_days=_number(params, "since", float, 0, MAX_SINCE_DAYS),
        limit=int(_number(params, "limit", int, 1, MAX_LIMIT) or DEFAULT_LIMIT),
    )
    if query is None and not (
        request.provinces or request.categories or request.sites or request.places
    ):
        raise QueryError("nothing to search: give q, province, category, site or place")
    return request


def _number(
    params: dict[str, list[str]], name: str, kind: type[float | int], low: float, high: float
) -> float | None:
    """The parameter *name* as a number: an int from *low* to *high*, or a float above *low*
    and at most *high* (None when not given)."""
    raw = (params.get(name) or [""])[0].strip()
    if not raw:
        return None
    try:
        value = kind(raw)
    except ValueError:
        raise QueryError(f"{name} must be a number, got {raw[:40]!r}", name) from None
    if kind is int and not low <= value <= high:
        raise QueryError(f"{name} must be from {low:g} to {high:g}, got {raw[:40]!r}", name)
    if kind is float and not low < value <= high:  # also NaN and infinities
        raise QueryError(
            f"{name} must be above {low:g} and at most {high:g}, got {raw[:40]!r}", name
        )
    return value
