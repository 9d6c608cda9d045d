"""Place tagging: precision and recall on the labelled paragraphs, and the cost per story.

Usage (from the repository root):

    .venv/bin/python -m benchmarks.bench_places [--show]

The paragraphs are tests/data/places_stories.py (written for this: today's and pre-merger
names, split communes, lists, special zones, shared names, people, companies). A tag is a
(story, unit code) pair; precision = right tags / tags given, recall = right tags / labelled
tags. ``--show`` prints every story where the tagger and the labels disagree. The numbers are
in docs/places.md.
"""

from __future__ import annotations

import argparse
import time
from datetime import datetime

from aggregator.places import gazetteer, name_key
from aggregator.placetags import tag_places
from tests.data.places_stories import STORIES, Labelled


def expected_codes(story: Labelled) -> set[str]:
    """The labelled units' codes (a label that names no unit is an error in the data)."""
    g = gazetteer()
    by_name = {(u.province, name_key(u.name)): u.code for u in g.units.values()}
    codes = set()
    for label in story.places:
        province, name = label.split(":", 1) if ":" in label else (story.province, label)
        codes.add(by_name[(province, name_key(name))])
    return codes


def tagged_codes(story: Labelled) -> set[str]:
    published = datetime.fromisoformat(story.published + "T08:00:00+07:00")
    return {t.code for t in tag_places("", "", story.text, story.province, published)}


def score() -> tuple[float, float, int, int, int, list[tuple[Labelled, set[str], set[str]]]]:
    right = given = labelled = 0
    misses = []
    for story in STORIES:
        want, got = expected_codes(story), tagged_codes(story)
        right += len(want & got)
        given += len(got)
        labelled += len(want)
        if want != got:
            misses.append((story, want, got))
    precision = right / given if given else 1.0
    recall = right / labelled if labelled else 1.0
    return precision, recall, right, given, labelled, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="print the disagreements")
    args = parser.parse_args()
    started = time.perf_counter()
    g = gazetteer()
    load = time.perf_counter() - started
    precision, recall, right, given, labelled, misses = score()
    print(f"{len(STORIES)} paragraphs, {labelled} labelled places, {given} tags given")
    print(f"precision {precision:.3f} ({right}/{given})   recall {recall:.3f} ({right}/{labelled})")
    print(f"gazetteer: {len(g.units)} units, built in {load:.2f} s (once per process)")
    rounds = 20
    started = time.process_time()
    for _ in range(rounds):
        for story in STORIES:
            tagged_codes(story)
    per = (time.process_time() - started) / (rounds * len(STORIES)) * 1e6
    print(f"tagging: {per:.0f} µs CPU per paragraph")
    if args.show:
        for story, want, got in misses:
            names = lambda codes: sorted(g.units[c].name for c in codes)
            print(f"\n[{story.province} {story.published}] {story.text}")
            print(f"  labelled {names(want)}  tagged {names(got)}")


if __name__ == "__main__":
    main()
