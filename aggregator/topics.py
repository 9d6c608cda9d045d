"""Saved searches as data: the topics file (``AGGREGATOR_TOPICS_FILE``, TOML).

One table per topic; its key is the slug of the published feeds ``topic/<slug>.rss|.atom|.json``:

.. code-block:: toml

    [sat-lo-mien-nui]
    name = "Sạt lở, lũ quét miền núi phía Bắc"   # the feed's title (required)
    q = '"sạt lở" OR "lũ quét"'                 # the query language of aggregator.search
    province = ["lao-cai", "tuyen-quang"]         # filters: a string or a list of strings
    category = []
    site = []
    place = []
    since = 30    # days before the store's newest story (optional)
    limit = 50    # items in the feed, at most 200 (optional: AGGREGATOR_FEED_MAX_ITEMS)

Every problem stops with one line naming the file and the field, like site files.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aggregator.errors import AggregatorError
from aggregator.search import QueryError, SearchRequest, parse_request
from aggregator.taxonomy import CATEGORIES, PROVINCES

_SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_FIELDS = ("name", "q", "province", "category", "site", "place", "since", "limit")
MAX_TOPICS = 500


class TopicsError(AggregatorError, ValueError):
    """The topics file is unusable: the message names the file and the field."""


@dataclass(frozen=True, slots=True)
class Topic:
    slug: str
    name: str
    request: SearchRequest


def load_topics(
    path: Path | str, *, sites: Iterable[str] | None = None, default_limit: int = 50
) -> list[Topic]:
    """The topics of the file at *path*, in file order; *sites*: the known site ids (None: any
    well-formed id). Raises :class:`TopicsError`."""
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise TopicsError(f"{path}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise TopicsError(f"{path}: not valid TOML: {exc}") from None
    if len(raw) > MAX_TOPICS:
        raise TopicsError(f"{path}: {len(raw)} topics, at most {MAX_TOPICS}")
    known_sites = None if sites is None else set(sites)
    return [_topic(path, slug, table, known_sites, default_limit) for slug, table in raw.items()]


def _topic(path: Path, slug: str, table: Any, sites: set[str] | None, default_limit: int) -> Topic:
    def fail(field: str, problem: str) -> TopicsError:
        return TopicsError(f"{path}: field '{slug}{'.' + field if field else ''}': {problem}")

    if not _SLUG_RE.fullmatch(slug) or len(slug) > 80:
        raise fail("", "a topic's key is its feed's slug: lowercase letters, digits and '-'")
    if not isinstance(table, dict):
        raise fail("", "expected a table ([slug] with name, q, ...)")
    for key in table:
        if key not in _FIELDS:
            raise fail(key, f"unknown field; one of: {', '.join(_FIELDS)}")
    name = table.get("name")
    if not isinstance(name, str) or not name.strip():
        raise fail("name", "missing" if name is None else "expected a non-empty string")
    params: dict[str, list[str]] = {}
    for key in ("q", "province", "category", "site", "place"):
        value = table.get(key, [])
        values = [value] if isinstance(value, str) else value
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise fail(key, "expected a string or a list of strings")
        if key == "q" and len(values) > 1:
            raise fail(key, "expected one string")
        params[key] = values
    for key in ("since", "limit"):
        if key in table:
            value = table[key]
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise fail(key, f"expected a number, got {value!r}")
            params[key] = [str(value)]
    params.setdefault("limit", [str(min(default_limit, 200))])
    try:
        request = parse_request(params, provinces=PROVINCES, categories=CATEGORIES, sites=sites)
    except QueryError as exc:
        field = exc.field if exc.field in table or exc.field != "q" else "q"
        raise fail(field, str(exc)) from None
    return Topic(slug=slug, name=" ".join(name.split()), request=request)
