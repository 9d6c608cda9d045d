"""Which step of the date cascade gave each page's date, and how often each step is right.

Development aid for ``aggregator/extract/published.py`` (issue 13, round 7). For every dated
page of the chosen half of the three dated sets (htmldate, htmldate-more, trafilatura; a URL in
two sets is counted once, with the first set's truth), it records:

- the step that decided ``find_dates``' answer and every adjustment that moved its day
  (``_local_reading``, ``_shown_in_utc``, the URL's earlier day, ``_shown_update``, …), as
  ``find_dates`` notes them in its ``trace``;
- every source's own answer on the page, asked alone (what it would say if it came first);
- optionally htmldate's and trafilatura's days (``--refs``), as the benchmark gets them.

Usage (from the repository root; half A only while developing):

    .venv/bin/python -m benchmarks.date_steps --half A [--refs] [--list STEP] [--wrong]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from aggregator.extract import extract_article
from aggregator.extract import page as page_module
from aggregator.extract import published as P
from benchmarks.bench_extraction import NOW, Page, dated, default_data, load

DATED_SETS = ("htmldate", "htmldate-more", "trafilatura")


@dataclass(slots=True)
class Trace:
    decided: str = ""  # the step whose answer find_dates returned (before adjustments)
    moves: list[str] = field(default_factory=list)  # adjustments that changed the answer
    answer: datetime | None = None
    alone: dict[str, datetime | None] = field(default_factory=dict)


def traced_find_dates(
    doc: Any, *, url: str, now: datetime, jsonld: Any, titles: Any, canonical: str = ""
) -> tuple[tuple[datetime | None, datetime | None], Trace]:
    """``find_dates``' answer, with the step that decided it and the adjustments that moved
    its day (its ``trace``), and every source's answer asked alone."""
    names: list[str] = []
    result = P.find_dates(
        doc, url=url, now=now, jsonld=jsonld, titles=titles, trace=names, canonical=canonical
    )
    trace = Trace(decided=names[0] if names else "", moves=names[1:])
    url = P.dated_address(url, canonical, P.to_vn(now))
    trace.alone = sources_alone(doc, url=url, now=now, jsonld=jsonld, titles=titles)
    trace.alone["updated"] = result[1]
    return result, trace


def sources_alone(
    doc: Any, *, url: str, now: datetime, jsonld: Any, titles: Any
) -> dict[str, datetime | None]:
    """Every source's answer on a fresh ``_Page`` (no step's cache shared with another)."""
    blocks = P._jsonld_blocks(jsonld)
    steps: dict[str, Callable[[P._Page], datetime | None]] = {
        "jsonld": lambda _: P._from_jsonld(blocks, now, strong=True)[0],
        "meta": lambda p: P._from_meta(p.meta_values(), now)[0],
        "microdata": lambda p: P._from_microdata(p)[0],
        "jsonld-weak": lambda _: P._from_jsonld(blocks, now, strong=False)[0],
        "heading-line": lambda p: P._from_visible(p, near_heading_only=True),
        "byline-line": lambda p: P._line_by_byline(p, textual=True),
        "article-time": P._article_time,
        "meta-weak": lambda p: P._from_meta(p.meta_values(), now, strong=False)[0],
        "labelled": P._labelled_line,
        "labelled-publication": lambda p: P._labelled_line(p, published_only=True),
        "hinted": lambda p: P._first_hinted_line(p, textual=True),
        "weekday": lambda p: P._weekday_stamp(p, url),
        "url-day": lambda _: P._from_url(url, now, day_only=True),
        "text": lambda p: P._from_text(p, url),
        "htmldate": lambda p: P._from_htmldate(p, url),
        "url-month": lambda _: P._from_url(url, now),
        "jsonld-updated": lambda _: P._from_jsonld(blocks, now, strong=True)[1],
        "meta-updated": lambda p: P._from_meta(p.meta_values(), now)[1],
    }
    out: dict[str, datetime | None] = {}
    for name, step in steps.items():
        try:
            out[name] = step(P._Page(doc, now, titles, url))
        except Exception as exc:  # noqa: BLE001 - a development aid reports and goes on
            print(f"{name} failed on {url}: {exc}", file=sys.stderr)
            out[name] = None
    return out


def run_page(page: Page) -> Trace:
    """``extract_article`` on the page with ``find_dates`` traced."""
    traces: list[Trace] = []
    real = page_module.find_dates

    def wrapper(
        doc: Any, *, url: str, now: datetime, jsonld: Any, titles: Any, canonical: str = ""
    ) -> Any:
        result, trace = traced_find_dates(
            doc, url=url, now=now, jsonld=jsonld, titles=titles, canonical=canonical
        )
        traces.append(trace)
        return result

    page_module.find_dates = wrapper
    try:
        article = extract_article(page.raw, page.url, now=NOW)
    finally:
        page_module.find_dates = real
    trace = traces[0] if traces else Trace(decided="(rejected)")
    trace.answer = article.published
    return trace


def reference_days(page: Page) -> dict[str, str | None]:
    from htmldate import find_date
    from trafilatura import bare_extraction

    doc = bare_extraction(page.raw, url=page.url, with_metadata=True)
    return {
        "ref:htmldate": find_date(page.raw, url=page.url, original_date=True),
        "ref:trafilatura": (doc.date or None) and str(doc.date)[:10] if doc else None,
    }


def day(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else value.date().isoformat()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", default="A")
    parser.add_argument("--sets", default=",".join(DATED_SETS))
    parser.add_argument("--refs", action="store_true", help="also run htmldate and trafilatura")
    parser.add_argument("--list", default="", help="list the pages a step decided (or 'all')")
    parser.add_argument("--wrong", action="store_true", help="with --list: wrong pages only")
    parser.add_argument("--dump", type=Path, help="write every page's trace to this JSON file")
    args = parser.parse_args(argv)

    pages: list[Page] = []
    seen: set[str] = set()
    for name in args.sets.split(","):
        for page in load(default_data() / name):
            if dated(page) and page.half == args.half and page.url not in seen:
                seen.add(page.url)
                pages.append(page)
    rows = []
    for page in pages:
        trace = run_page(page)
        refs = reference_days(page) if args.refs else {}
        rows.append((page, trace, refs))

    decided: dict[str, Counter[str]] = defaultdict(Counter)
    alone: dict[str, Counter[str]] = defaultdict(Counter)
    for page, trace, refs in rows:
        truth = page.truth["published"]
        ok = day(trace.answer) == truth
        decided[trace.decided or "(none)"]["right" if ok else "wrong"] += 1
        for name, value in [*trace.alone.items(), *refs.items()]:
            if value is not None:
                alone[name]["right" if day(value) == truth else "wrong"] += 1
                if not ok:
                    alone[name]["right where ours wrong" if day(value) == truth else "-"] += 1
    total = len(rows)
    right = sum(day(t.answer) == p.truth["published"] for p, t, _ in rows)
    print(f"{total} dated pages (half {args.half}, URLs counted once); right {right}")
    print("\n| step that decided | pages | right | wrong | accuracy |\n|---|---|---|---|---|")
    for name, c in sorted(decided.items(), key=lambda kv: -sum(kv[1].values())):
        n = c["right"] + c["wrong"]
        print(f"| {name} | {n} | {c['right']} | {c['wrong']} | {c['right'] / n:.3f} |")
    print("\n| source alone | answers | right | accuracy | right where ours wrong |")
    print("|---|---|---|---|---|")
    for name, c in alone.items():
        n = c["right"] + c["wrong"]
        print(
            f"| {name} | {n} | {c['right']} | {c['right'] / n:.3f} | {c['right where ours wrong']} |"
        )
    moves = Counter()
    for page, trace, _ in rows:
        for m in trace.moves:
            ok = day(trace.answer) == page.truth["published"]
            moves[(m, ok)] += 1
    print("\nadjustments that moved the day (name, final right?):", dict(moves))
    if args.dump:
        args.dump.write_text(
            json.dumps(
                [
                    {
                        "set": page.set,
                        "key": page.key,
                        "url": page.url,
                        "truth": page.truth["published"],
                        "answer": trace.answer and trace.answer.isoformat(),
                        "decided": trace.decided,
                        "moves": trace.moves,
                        "alone": {k: v and v.isoformat() for k, v in trace.alone.items()},
                        **refs,
                    }
                    for page, trace, refs in rows
                ],
                ensure_ascii=False,
                indent=1,
            ),
            encoding="utf-8",
        )
    if args.list:
        for page, trace, refs in rows:
            ok = day(trace.answer) == page.truth["published"]
            if args.list not in ("all", trace.decided) or (args.wrong and ok):
                continue
            others = {k: day(v) for k, v in [*trace.alone.items(), *refs.items()] if v}
            print(
                f"\n[{page.set} {page.key}] {page.url[:100]}\n  truth {page.truth['published']}"
                f"  ours {trace.answer and trace.answer.isoformat()} ({trace.decided}"
                f"{' ' + ','.join(trace.moves) if trace.moves else ''})\n  {others}"
            )


if __name__ == "__main__":
    main()
