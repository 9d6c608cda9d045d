"""Near-duplicate detection: the same story republished on several provincial sites.

Provincial papers republish each other and the national wire, with a different lead, a credit
line ("Theo TQĐT", "(Theo TTXVN)") and their own boilerplate (notes §2.3). We want one story in
the feeds, credited to its original.

Public API:

- :func:`signature` (body text → compact ``bytes``, storable in a DB column; ``b""`` for bodies
  too short to compare);
- :func:`similarity` (two signatures → estimated Jaccard similarity of their shingle sets);
- :class:`NearDupIndex` (``add(key, sig)``, ``query(sig) -> list[key]``), an in-memory LSH index
  rebuilt from the stored signatures at start-up;
- :func:`pick_original` (the original among a group of copies).

Method: MinHash over word 4-shingles of :func:`aggregator.text.match_key` of the body (so tone
placement, case, dashes and whitespace differences between copies vanish), 128 permutations of
a multiply-shift hash on stable CRC32 token hashes (stable across processes and machines: the
signatures are stored). The index is banding LSH (24 bands × 4 rows over the first 96 values)
followed by a check of the estimated Jaccard on all 128 values against :data:`THRESHOLD`.
Parameters and threshold come from measurements in benchmarks/bench_neardup.py and
tests/test_neardup.py (docs/trust.md): copies with a changed lead/credit/boilerplate measure
~0.6-0.9, different stories on the same topic (two "Hội nghị Tỉnh ủy" reports) < 0.1.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

import numpy as np

from aggregator.text import fold, match_key

__all__ = [
    "MIN_WORDS",
    "SHINGLE_SIZE",
    "THRESHOLD",
    "Copy",
    "NearDupIndex",
    "pick_original",
    "signature",
    "similarity",
]

# --- parameters (see docs/trust.md for the measurements behind them) --------------------------

SHINGLE_SIZE = 4  # words; 3 over-matches shared officialese, 5 drops copies with light edits
NUM_PERM = 128  # 512-byte signatures; estimate std ≈ 0.04 at J = 0.5
THRESHOLD = 0.5  # estimated Jaccard at or above which two bodies are the same story
MIN_WORDS = 40  # shorter bodies (briefs, captions-only pages) are too noisy to match
BANDS, ROWS = 24, 4  # LSH: candidate probability 0.96 at J=0.6, 0.9986 at J=0.7, 0.06 at J=0.2
_SIG_VERSION = 1
_SEED = 20250701  # fixed: signatures must be comparable forever; changing it needs a re-index

_rng = np.random.default_rng(_SEED)
# Multiply-shift hashing: h(x) = ((a·x + b) mod 2^64) >> 32 with odd a — a universal family for
# 32-bit keys, fully vectorised by numpy's wrapping uint64 arithmetic.
_A = (_rng.integers(1, 2**63, size=NUM_PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1))[
    :, None
]
_B = _rng.integers(0, 2**63, size=NUM_PERM, dtype=np.uint64)[:, None]
# Shingle hash = polynomial combination of its token hashes.
_SHINGLE_MULT = np.uint64(0x9E3779B97F4A7C15)
_BAND_MULT = _rng.integers(1, 2**63, size=ROWS, dtype=np.uint64) * np.uint64(2) + np.uint64(1)

_TOKEN_RE = re.compile(r"[^\W_]+")


# --- signatures -------------------------------------------------------------------------------


@lru_cache(maxsize=1 << 16)
def _token_hash(token: str) -> int:
    # Vietnamese text is built from a few thousand syllables, so caching the per-token hash
    # removes most of the Python-level work (measured: ~40% of signature time).
    return zlib.crc32(token.encode("utf-8"))


def _token_hashes(text: str) -> np.ndarray:
    tokens = _TOKEN_RE.findall(match_key(text))
    return np.fromiter(map(_token_hash, tokens), dtype=np.uint64, count=len(tokens))


def _shingle_hashes(tokens: np.ndarray, k: int = SHINGLE_SIZE) -> np.ndarray:
    n = len(tokens) - k + 1
    acc = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for i in range(k):
            acc = acc * _SHINGLE_MULT + tokens[i : i + n]
    return np.unique(acc)


def signature(text: str) -> bytes:
    """MinHash signature of a body (plain text), or ``b""`` if it has fewer than MIN_WORDS words.

    Layout: one version byte, then NUM_PERM little-endian uint32 (513 bytes).
    """
    tokens = _token_hashes(text)
    if len(tokens) < MIN_WORDS:
        return b""
    shingles = _shingle_hashes(tokens)
    with np.errstate(over="ignore"):
        hashed = (_A * shingles[None, :] + _B) >> np.uint64(32)
    mins = hashed.min(axis=1).astype("<u4")
    return bytes([_SIG_VERSION]) + mins.tobytes()


def _values(sig: bytes) -> np.ndarray:
    if len(sig) != 1 + 4 * NUM_PERM or sig[0] != _SIG_VERSION:
        raise ValueError(f"not a version-{_SIG_VERSION} signature of {NUM_PERM} values")
    return np.frombuffer(sig, dtype="<u4", offset=1)


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two bodies' shingle sets (0.0 if either is empty)."""
    if not a or not b:
        return 0.0
    return float(np.count_nonzero(_values(a) == _values(b))) / NUM_PERM


def _band_keys(values: np.ndarray) -> list[int]:
    bands = values[: BANDS * ROWS].astype(np.uint64).reshape(BANDS, ROWS)
    with np.errstate(over="ignore"):
        return (bands * _BAND_MULT).sum(axis=1, dtype=np.uint64).tolist()


# --- index ------------------------------------------------------------------------------------


class NearDupIndex:
    """In-memory LSH index of signatures. Not thread-safe; rebuild it from the store at start.

    ``add`` ignores empty signatures (short bodies) and keys already present (idempotent
    re-crawls). ``query`` returns the keys whose estimated similarity is >= ``threshold``,
    most similar first, ties by key; it never returns a quadratic scan — only LSH candidates
    are checked.
    """

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._keys: list[str] = []
        self._positions: dict[str, int] = {}
        self._sigs = np.empty((1024, NUM_PERM), dtype=np.uint32)
        # One dict per band: band hash -> doc position, or a list of positions on collision
        # (most buckets hold one document, and a bare int is far smaller than a list).
        self._buckets: list[dict[int, int | list[int]]] = [{} for _ in range(BANDS)]

    def __len__(self) -> int:
        return len(self._positions)

    def __contains__(self, key: object) -> bool:
        return key in self._positions

    def add(self, key: str, sig: bytes) -> None:
        if not sig or key in self._positions:
            return
        values = _values(sig)
        pos = len(self._keys)
        if pos == len(self._sigs):
            self._sigs = np.concatenate([self._sigs, np.empty_like(self._sigs)])
        self._sigs[pos] = values
        self._keys.append(key)
        self._positions[key] = pos
        for bucket, band in zip(self._buckets, _band_keys(values), strict=True):
            found = bucket.get(band)
            if found is None:
                bucket[band] = pos
            elif isinstance(found, list):
                found.append(pos)
            else:
                bucket[band] = [found, pos]

    def replace(self, key: str, sig: bytes) -> None:
        """Index *key* under *sig* instead of its earlier signature (an edited story)."""
        pos = self._positions.get(key)
        if pos is None:
            self.add(key, sig)
            return
        if sig and np.array_equal(self._sigs[pos], _values(sig)):
            return  # fetched again, text unchanged
        for bucket, band in zip(self._buckets, _band_keys(self._sigs[pos]), strict=True):
            found = bucket.get(band)
            if isinstance(found, list):
                found.remove(pos)
                if len(found) == 1:
                    bucket[band] = found[0]
            elif found == pos:
                del bucket[band]
        del self._positions[key]
        self._keys[pos] = ""  # a hole: positions are never reused
        self.add(key, sig)

    def candidates(self, sig: bytes) -> set[int]:
        if not sig:
            return set()
        found: set[int] = set()
        for bucket, band in zip(self._buckets, _band_keys(_values(sig)), strict=True):
            hit = bucket.get(band)
            if hit is None:
                continue
            if isinstance(hit, list):
                found.update(hit)
            else:
                found.add(hit)
        return found

    def query(self, sig: bytes) -> list[str]:
        return [key for key, _ in self.query_scored(sig)]

    def query_scored(self, sig: bytes) -> list[tuple[str, float]]:
        """Like :meth:`query`, with the estimated similarity of each key."""
        positions = sorted(self.candidates(sig))
        if not positions:
            return []
        values = _values(sig)
        scores = np.count_nonzero(self._sigs[positions] == values, axis=1) / NUM_PERM
        hits = [
            (self._keys[p], float(s))
            for p, s in zip(positions, scores, strict=True)
            if s >= self.threshold
        ]
        return sorted(hits, key=lambda h: (-h[1], h[0]))


# --- choosing the original --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Copy:
    """One member of a near-duplicate group, as the dedup pipeline knows it."""

    key: str  # the store's id of the item (URL or "site:article_id")
    site: str  # site id
    published: datetime | None = None  # timezone-aware
    credit: str = ""  # the credit line moved out of the body: "Theo TQĐT", "(Theo TTXVN)"


_CREDIT_RE = re.compile(r"^\(?\s*(?:theo|nguon)\s*:?\s*(.+?)\s*\)?\s*\.?$")


def credited_name(credit: str) -> str:
    """The folded outlet name of a credit line: "(Theo TTXVN)" → "ttxvn", "Theo TQĐT" → "tqdt"."""
    m = _CREDIT_RE.match(fold(match_key(credit)))
    return m.group(1).strip(" .-") if m else ""


def pick_original(copies: Sequence[Copy], credit_sites: Mapping[str, str]) -> Copy:
    """The original among copies of one story.

    1. If copies credit an outlet ("Theo TQĐT") that ``credit_sites`` maps to a site id
       (keys are folded outlet names or abbreviations: {"tqdt": "baotuyenquang",
       "bao tuyen quang": "baotuyenquang"}) and that site has a copy in the group, the
       earliest copy of the most-credited such site is the original.
    2. Otherwise the earliest published copy (unknown dates last).
    Ties break on the key, so the choice is deterministic.
    """
    if not copies:
        raise ValueError("pick_original needs at least one copy")
    sites = {fold(match_key(k)): v for k, v in credit_sites.items()}
    credited: dict[str, int] = {}
    for copy in copies:
        site = sites.get(credited_name(copy.credit)) if copy.credit else None
        if site and site != copy.site:
            credited[site] = credited.get(site, 0) + 1

    def order(c: Copy) -> tuple[bool, float, str]:
        ts = c.published.timestamp() if c.published else 0.0
        return (c.published is None, ts, c.key)

    present = {c.site for c in copies}
    for site, _ in sorted(credited.items(), key=lambda kv: (-kv[1], kv[0])):
        if site in present:
            return min((c for c in copies if c.site == site), key=order)
    return min(copies, key=order)


def group_keys(index: NearDupIndex, items: Iterable[tuple[str, bytes]]) -> list[list[str]]:
    """Connected groups of near-duplicates among ``items`` (added to ``index`` as they come).

    A convenience for backfills and the benchmark: each item is queried before it is added,
    so the cost is one LSH query per item, never a pairwise pass.
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for key, sig in items:
        if not sig:
            continue
        parent.setdefault(key, key)
        for other in index.query(sig):
            parent.setdefault(other, other)
            ra, rb = find(key), find(other)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
        index.add(key, sig)
    groups: dict[str, list[str]] = {}
    for key in parent:
        groups.setdefault(find(key), []).append(key)
    return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: g[0])
