"""Shortcuts taken for speed in the extractor, each held to the plainer definition it replaces."""

from __future__ import annotations

import re

import pytest

from aggregator.extract import content


def _flat(fragments: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(f) for f in sorted(fragments, key=len, reverse=True)))


@pytest.mark.parametrize(
    ("fragments", "pattern"),
    [
        (("ad", "ads", "adv", "article"), "a(?:d(?:s|v)?|rticle)"),
        (("a",), "a"),
        (("ab", "a"), "a(?:b)?"),
        (("tin-moi", "tinmoi", "tin-khac"), "tin(?:\\-(?:khac|moi)|moi)"),
    ],
)
def test_alternation_is_a_trie(fragments: tuple[str, ...], pattern: str) -> None:
    assert content._alternation(fragments) == pattern


# Real class+id strings (lower-cased, as the extractor reads them) and near misses.
HINTS = [
    "article-body", "post-content entry-content", "node-promoted", "node-promo", "promoted",
    "box-tinlienquan", "share-bar", "commentlist", "header", "shadow", "site-header", "ad",
    "ads-box", "qc-top", "field-label-hidden", "hidden", "d-none x", "x print", "kb-tip-print-step",
    "sr-only", "photo-credit", "credits", "tag-gaza tag-israel", "tags", "topic-list", " main",
    "", " ", "navbar-nav", "menu-item menu-item-type-post_type", "fck_detail", "detail__content",
    "caption", "chu-thich", "noidung", "cms-body", "tin-khac", "tinkhac-box", "readmore",
    "widget blog", "rich-text", "richtext block", "image-note", "story-body__inner",
]  # fmt: skip


@pytest.mark.parametrize(
    "fragments",
    [content.NEGATIVE_HINTS, content.POSITIVE_HINTS, content.STRONG_POSITIVE,
     content.CAPTION_HINTS, tuple(content.NEGATIVE_WORDS), tuple(content.NEGATIVE_CLASSES)],
)  # fmt: skip
def test_alternation_matches_like_the_flat_one(fragments: tuple[str, ...]) -> None:
    trie, flat = re.compile(content._alternation(fragments)), _flat(fragments)
    for hints in HINTS:
        assert (trie.search(hints) is None) == (flat.search(hints) is None), hints
        found = flat.search(hints)
        if found:  # the same leftmost match
            assert trie.search(hints).start() == found.start(), hints
