"""Golden files for the extractor: one directory per case under ``tests/golden/``.

A case is ``page.html`` (or ``page.html.gz``: raw bytes as served, never re-encoded), ``meta.json``
(``{"url", "site", "note", optional "now"}``; ``site`` is null for the generic path or an inline
site with selectors) and ``expected.json`` (the page-derived Article fields, sorted keys, ISO
datetimes, ``ensure_ascii=False``).

    python -m tests.golden update            # rewrite every expected.json from current output
    python -m tests.golden update CASE ...   # only these cases
    git diff tests/golden                    # then read the diff like code
"""

from __future__ import annotations

import gzip
import json
import sys
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from aggregator.extract import extract_article
from aggregator.items import Article
from aggregator.sites import Selectors, SiteConfig

GOLDEN_DIR = Path(__file__).parent / "golden"
# A fixed crawl time keeps relative dates and sanity checks deterministic.
DEFAULT_NOW = "2026-01-15T09:00:00+07:00"
# Fields the pipelines fill, not the extractor: not part of the golden output.
PIPELINE_FIELDS = frozenset(
    {
        "site",
        "province",
        "category",
        "article_id",
        "spam_score",
        "spam_reasons",
        "title_injected",
        "quarantined",
        "dup_of",
        "signature",
        "places",
    }
)


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    path: Path
    url: str
    site: SiteConfig | None
    html: bytes
    now: datetime
    note: str

    @property
    def expected_path(self) -> Path:
        return self.path / "expected.json"

    def expected(self) -> dict[str, Any]:
        return json.loads(self.expected_path.read_text(encoding="utf-8"))

    def extract(self) -> Article:
        return extract_article(self.html, self.url, self.site, now=self.now)


def all_cases() -> list[Path]:
    return sorted(p for p in GOLDEN_DIR.iterdir() if (p / "meta.json").is_file())


def _site(raw: dict[str, Any] | None) -> SiteConfig | None:
    if raw is None:
        return None
    sel = dict(raw.get("selectors", {}))
    sel["remove"] = tuple(sel.get("remove", ()))
    return SiteConfig(
        id=raw["id"], name=raw["name"], province=raw.get("province", ""),
        homepage=raw.get("homepage", ""), language=raw.get("language", "vi"),
        selectors=Selectors(**sel),
    )  # fmt: skip


def load_case(path: Path) -> Case:
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    page = path / "page.html"
    html = (
        page.read_bytes()
        if page.exists()
        else gzip.decompress((path / "page.html.gz").read_bytes())
    )
    return Case(
        name=path.name,
        path=path,
        url=meta["url"],
        site=_site(meta.get("site")),
        html=html,
        now=datetime.fromisoformat(meta.get("now", DEFAULT_NOW)),
        note=meta.get("note", ""),
    )


def to_jsonable(article: Article) -> dict[str, Any]:
    data = {k: v for k, v in asdict(article).items() if k not in PIPELINE_FIELDS}
    for key, value in data.items():
        if isinstance(value, datetime):
            data[key] = value.isoformat()
    return data


def dump_expected(data: dict[str, Any]) -> str:
    # ensure_ascii=False keeps Vietnamese readable in diffs; sort_keys keeps diffs small.
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def update(names: list[str]) -> None:
    paths = [GOLDEN_DIR / n for n in names] if names else all_cases()
    for path in paths:
        case = load_case(path)
        case.expected_path.write_text(dump_expected(to_jsonable(case.extract())), encoding="utf-8")
        print(f"updated {case.expected_path.relative_to(GOLDEN_DIR.parent.parent)}")


def main(argv: list[str]) -> int:
    if not argv or argv[0] != "update":
        print(__doc__)
        return 2
    update(argv[1:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
