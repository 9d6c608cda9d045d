"""Tests for aggregator.extract.date_labels: one table of date labels, three regexes built from it."""

from __future__ import annotations

import re

import pytest

from aggregator.extract.date_labels import (
    LABELS,
    LEAD_LABEL_RE,
    LINE_LABEL_FIRST_WORDS,
    LINE_LABEL_RE,
    UPDATE_STAMP_RE,
    Labels,
    alternation,
    lead_label_pattern,
    line_label_pattern,
    update_stamp_pattern,
    words,
)
from aggregator.extract.published import publication_part, without_update_stamp

TINY = {
    "xx": Labels(
        published=("put up", "up", "made"),
        updated=("fixed",),
        dated=("day",),
        joins=("at",),
        lead_only=frozenset({"made"}),
    ),
    "yy": Labels(published=("up",), updated=("redone",)),
}
KINDS = ("published", "updated", "dated", "joins")


def test_the_table_is_clean() -> None:
    for lang, labels in LABELS.items():
        assert labels.lead_only <= set(labels.published + labels.updated), lang
        for kind in KINDS:
            for word in getattr(labels, kind):
                assert word == word.lower().strip(), (lang, word)
                assert "  " not in word, (lang, word)
            assert len(set(getattr(labels, kind))) == len(getattr(labels, kind)), (lang, kind)


def test_no_word_is_both_a_publication_and_an_update() -> None:
    # LINE_LABEL_RE's group says which; one word in both would be read as the first only.
    assert not set(words("published")) & set(words("updated"))


def test_words_are_each_once_longest_first() -> None:
    assert words("published", table=TINY) == ["put up", "made", "up"]
    assert words("published", table=TINY, mid_line=True) == ["put up", "up"]
    assert words("published", "dated", table=TINY) == ["put up", "made", "day", "up"]


def test_alternation_reads_any_whitespace_inside_a_label() -> None:
    pattern = re.compile(alternation(["mis à jour", "a.b"]))
    assert pattern.fullmatch("mis \n à  jour")
    assert pattern.fullmatch("a.b")
    assert not pattern.fullmatch("axb")


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Put up 7 May | fixed 9 May", [("published", "Put up"), ("updated", "fixed")]),
        ("uptake fixedly", []),  # whole words only
        ("redone: 9 May", [("updated", "redone")]),
        ("fixed 9 May, made 7 May", [("updated", "fixed")]),  # lead_only: not inside a line
    ],
)
def test_line_label_pattern(line: str, found: list[tuple[str, str]]) -> None:
    regex = re.compile(line_label_pattern(TINY), re.IGNORECASE)
    got = [(m.lastgroup, m[0]) for m in regex.finditer(line)]
    assert got == found


@pytest.mark.parametrize(
    ("line", "label", "sep", "updated"),
    [
        ("Day: 7 May", "Day:", ":", False),
        ("fixed at 9 May", "fixed at ", " at ", True),
        ("put up 7 May", "put up", None, False),
        ("made: 7 May", "made:", ":", False),
        ("daylight 7 May", None, None, False),
        ("7 May, put up", None, None, False),  # only where it opens the line
    ],
)
def test_lead_label_pattern(line: str, label: str | None, sep: str | None, updated: bool) -> None:
    m = re.compile(lead_label_pattern(TINY), re.IGNORECASE).match(line)
    assert (m[0] if m else None) == label
    if m:
        assert m["sep"] == sep
        assert (m["updated"] is not None) is updated


def test_update_stamp_pattern() -> None:
    regex = re.compile(update_stamp_pattern(TINY), re.IGNORECASE)
    assert regex.search("put up 07.05.2024 | fixed at 10:05 09.05.2024 ·")[0] == (
        "fixed at 10:05 09.05.2024"
    )
    assert regex.search("prefixed 09.05.2024") is None


@pytest.mark.parametrize(("lang", "labels"), list(LABELS.items()))
def test_every_language_is_read_by_every_step(lang: str, labels: Labels) -> None:
    # The point of one table: a language's label is a line label, a lead label and (an
    # update's) a stamp alike, unless the table flags it ``lead_only``.
    for word in labels.published + labels.updated:
        kind = "published" if word in labels.published else "updated"
        line = f"{word}: 09.03.2024 16:40"
        lead = LEAD_LABEL_RE.match(line)
        assert lead is not None, (lang, word)
        assert lead["sep"], (lang, word)
        assert (lead["updated"] is not None) is (kind == "updated"), (lang, word)
        if word in labels.lead_only:
            assert LINE_LABEL_RE.match(line) is None
            continue
        m = LINE_LABEL_RE.match(line)
        assert m is not None, (lang, word)
        assert m[kind] is not None, (lang, word)
        assert word.split()[0] in LINE_LABEL_FIRST_WORDS
        if kind == "updated":
            assert UPDATE_STAMP_RE.match(line)[0] == line, (lang, word)
    for word in labels.dated:
        assert LEAD_LABEL_RE.match(f"{word}: 09.03.2024"), (lang, word)
        assert LINE_LABEL_RE.match(f"{word}: 09.03.2024") is None, (lang, word)
    for join in labels.joins:
        word = (labels.published + labels.updated)[0]
        assert LEAD_LABEL_RE.match(f"{word} {join} 9")["sep"].strip() == join, (lang, join)


# The update stamp of a line showing two numeric days, in languages round 3's stamp (five
# languages) did not know: the publication's day is what is left.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Zaktualizowano: 09.03.2024, 16:40 | Opublikowano: 07.03.2024, 10:15",
         "| Opublikowano: 07.03.2024, 10:15"),
        ("Aggiornato il 09/03/2024 16:40 - Pubblicato il 07/03/2024 10:15",
         "- Pubblicato il 07/03/2024 10:15"),
        ("Frissítve: 2024.03.09 16:40 · Közzétéve: 2024.03.07 10:15",
         "· Közzétéve: 2024.03.07 10:15"),
        ("수정 2024.03.09 16:40 | 입력 2024.03.07 10:15", "| 입력 2024.03.07 10:15"),
        # the Vietnamese of round 3, unchanged
        ("Cập nhật: 09/01/2026 08:00 | Đăng: 08/01/2026 18:21", "| Đăng: 08/01/2026 18:21"),
        ("Cập nhật ngày: 16/01/2019 - 21:19", "Cập nhật ngày: 16/01/2019 - 21:19"),
    ],
)  # fmt: skip
def test_update_stamps_of_every_language(line: str, expected: str) -> None:
    assert without_update_stamp(line).strip() == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Aktualizováno: 9. 3. 2024 | Publikováno: 7. 3. 2024", "Publikováno: 7. 3. 2024"),
        ("Oppdatert 9. mars 2024 | Publisert 7. mars 2024", "Publisert 7. mars 2024"),
        ("Ажурирано: 09.03.2024. Објављено: 07.03.2024.", "Објављено: 07.03.2024."),
        ("更新时间：2024-03-09 发布时间：2024-03-07", "发布时间：2024-03-07"),
    ],
)
def test_publication_part_in_the_added_languages(line: str, expected: str) -> None:
    assert publication_part(line) == expected
