"""What to fetch again (aggregator.state): change signals, dead / skipped / retried URLs, the
optional re-check; the signals discovery reads from feeds, sitemaps and listings. Pure functions,
tables; one round trip through a real SQLite store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from lxml import etree

from aggregator.discovery import Link, feed_signal, listing_entries, parse_feed, parse_sitemap
from aggregator.neardup import NearDupIndex, signature
from aggregator.state import (
    Action,
    CrawlState,
    RevisitRules,
    Signal,
    Status,
    UrlMemory,
    Validators,
    after_failure,
    after_fetch,
    discovered,
    due_retries,
    merge_signals,
    pick_rechecks,
    signals_changed,
)

NOW = datetime(2025, 12, 1, 1, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)
RULES = RevisitRules(
    dead_retry=timedelta(days=30), skip_for=timedelta(days=7), retry_runs=3, interval=HOUR
)
LATER = NOW + HOUR
STORED = {"sitemap": ("2025-11-18T00:00:00+00:00",), "feed": ("aaa",), "listing": ("Tin A",)}


@pytest.mark.parametrize(
    ("stored", "seen", "changed"),
    [
        (STORED, [Signal("sitemap", "2025-11-20T00:00:00+00:00")], True),
        (STORED, [Signal("sitemap", "2025-11-18T07:00:00+07:00")], False),  # the same instant
        (STORED, [Signal("sitemap", "2025-11-01T00:00:00+00:00")], False),  # older: regenerated
        (STORED, [Signal("feed", "bbb")], True),
        (STORED, [Signal("feed", "aaa")], False),
        (STORED, [Signal("listing", "Tin A (cập nhật)")], True),
        (STORED, [Signal("listing", "Tin A"), Signal("feed", "aaa")], False),
        ({}, [Signal("feed", "bbb"), Signal("sitemap", "2030-01-01T00:00:00+00:00")], False),
        ({"feed": ("aaa",)}, [Signal("listing", "Tin B")], False),  # a new kind: a baseline
        (STORED, [Signal("feed", "")], False),
        (STORED, [Signal("sitemap", "not a date")], False),
        ({"listing": ("Tin A", "Tin A ngắn")}, [Signal("listing", "Tin A ngắn")], False),
    ],
)  # fmt: skip
def test_signals_changed(
    stored: dict[str, tuple[str, ...]], seen: list[Signal], changed: bool
) -> None:
    assert signals_changed(stored, seen) is changed


@pytest.mark.parametrize(
    ("stored", "seen", "expected"),
    [
        ({}, [Signal("feed", "a"), Signal("feed", "a")], {"feed": ("a",)}),
        ({"feed": ("a",)}, [Signal("feed", "b")], {"feed": ("b", "a")}),
        ({"feed": ("a", "b", "c", "d")}, [Signal("feed", "e")], {"feed": ("e", "a", "b", "c")}),
        ({"feed": ("a", "b")}, [Signal("feed", "b")], {"feed": ("b", "a")}),
        ({"sitemap": ("2025-11-20T00:00:00+00:00",)}, [Signal("sitemap", "2025-11-01T00:00:00+00:00")],
         {"sitemap": ("2025-11-20T00:00:00+00:00",)}),
        ({"sitemap": ("2025-11-01T00:00:00+00:00",)}, [Signal("sitemap", "2025-11-20T00:00:00+00:00")],
         {"sitemap": ("2025-11-20T00:00:00+00:00",)}),
        ({"listing": ("x",)}, [Signal("feed", "f")], {"listing": ("x",), "feed": ("f",)}),
    ],
)  # fmt: skip
def test_merge_signals(
    stored: dict[str, tuple[str, ...]], seen: list[Signal], expected: dict[str, tuple[str, ...]]
) -> None:
    assert merge_signals(stored, seen) == expected


DEAD = UrlMemory(Status.DEAD, "http_404", 1, LATER)
SKIPPED = UrlMemory(Status.SKIPPED, "short-body", 0, LATER)
WAITING = UrlMemory(Status.RETRY, "timeout", 1, LATER)
DUE = UrlMemory(Status.RETRY, "timeout", 1, NOW - HOUR)
OK = UrlMemory(signals={"feed": ("aaa",)})


@pytest.mark.parametrize(
    ("known", "memory", "seen", "action"),
    [
        (False, None, [], Action.FETCH),
        (True, None, [], Action.KNOWN),
        (True, None, [Signal("feed", "bbb")], Action.KNOWN),  # nothing stored to compare with
        (True, OK, [Signal("feed", "aaa")], Action.KNOWN),
        (True, OK, [Signal("feed", "bbb")], Action.UPDATE),
        (False, DEAD, [], Action.DEAD),
        (True, DEAD, [Signal("feed", "bbb")], Action.DEAD),
        (False, UrlMemory(Status.DEAD, "http_404", 1, NOW - HOUR), [], Action.FETCH),  # one more try
        (False, SKIPPED, [], Action.SKIPPED),
        (False, UrlMemory(Status.SKIPPED, "no-body", 0, NOW), [], Action.FETCH),
        (False, WAITING, [], Action.WAITING),
        (False, DUE, [], Action.FETCH),
        (True, WAITING, [], Action.WAITING),
        (True, DUE, [], Action.UPDATE),  # a stored story whose re-fetch failed
    ],
)  # fmt: skip
def test_discovered(
    known: bool, memory: UrlMemory | None, seen: list[Signal], action: Action
) -> None:
    assert discovered(known, memory, seen, NOW) == action


@pytest.mark.parametrize(
    ("memory", "reason", "status", "attempts", "next_try"),
    [
        (None, "http_404", Status.DEAD, 1, NOW + timedelta(days=30)),
        (None, "http_410", Status.DEAD, 1, NOW + timedelta(days=30)),
        (None, "timeout", Status.RETRY, 1, NOW + HOUR / 2),
        (UrlMemory(Status.RETRY, "timeout", 1), "http_503", Status.RETRY, 2, NOW + HOUR * 1.5),
        (UrlMemory(Status.RETRY, "timeout", 2), "connection_lost", Status.RETRY, 3, NOW + HOUR * 3.5),
        (UrlMemory(Status.RETRY, "timeout", 3), "timeout", Status.DEAD, 4, NOW + timedelta(days=30)),
        (UrlMemory(Status.DEAD, "timeout", 4), "timeout", Status.DEAD, 5, NOW + timedelta(days=30)),
        (UrlMemory(Status.OK, "", 0), "http_500", Status.RETRY, 1, NOW + HOUR / 2),
    ],
)  # fmt: skip
def test_after_failure(
    memory: UrlMemory | None, reason: str, status: Status, attempts: int, next_try: datetime
) -> None:
    after = after_failure(memory, reason, NOW, RULES)
    assert (after.status, after.reason, after.attempts, after.next_try) == (
        status, reason, attempts, next_try,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("reason", "status", "next_try"),
    [
        ("short-body", Status.SKIPPED, NOW + timedelta(days=7)),
        ("no-body", Status.SKIPPED, NOW + timedelta(days=7)),
        ("not-html", Status.SKIPPED, NOW + timedelta(days=7)),
        ("future-date", Status.RETRY, NOW + HOUR / 2),  # may pass another day
        ("extractor-error:KeyError", Status.RETRY, NOW + HOUR / 2),
        ("oversize", Status.SKIPPED, NOW + timedelta(days=7)),  # a failure that says the same
        ("decompression_bomb", Status.SKIPPED, NOW + timedelta(days=7)),
        ("offsite_redirect", Status.SKIPPED, NOW + timedelta(days=7)),  # moved to another site
        ("blocked", Status.RETRY, NOW + HOUR / 2),  # an anti-bot wall comes and goes
        ("maintenance", Status.RETRY, NOW + HOUR / 2),
    ],
)
def test_after_a_drop(reason: str, status: Status, next_try: datetime) -> None:
    before = UrlMemory(etag='"v1"')
    after = after_failure(before, reason, NOW, RULES)
    assert (after.status, after.reason, after.next_try, after.etag) == (
        status, reason, next_try, '"v1"',
    )  # fmt: skip


def test_after_fetch_keeps_or_replaces_the_page_validators() -> None:
    failing = UrlMemory(
        Status.RETRY, "timeout", 2, LATER, '"v1"', "Mon, 01 Dec 2025", {"f": ("x",)}
    )
    ok = after_fetch(failing, NOW, Validators('"v2"', ""))
    assert (ok.status, ok.reason, ok.attempts, ok.next_try) == (Status.OK, "", 0, None)
    assert (ok.etag, ok.last_modified, ok.checked_at, ok.signals) == (
        '"v2"',
        "",
        NOW,
        {"f": ("x",)},
    )
    unchanged = after_fetch(ok, LATER)  # a 304: what we had is still valid
    assert (unchanged.etag, unchanged.checked_at) == ('"v2"', LATER)
    assert after_fetch(None, NOW, Validators()).etag == ""


def test_due_retries_oldest_first() -> None:
    memories = {
        "a": UrlMemory(Status.RETRY, "timeout", 1, NOW - HOUR),
        "b": UrlMemory(Status.RETRY, "timeout", 1, NOW - 2 * HOUR),
        "c": UrlMemory(Status.RETRY, "timeout", 1, LATER),
        "d": UrlMemory(Status.DEAD, "http_404", 1, NOW - HOUR),
        "e": UrlMemory(Status.OK),
    }
    assert due_retries(memories, NOW) == ["b", "a"]


@pytest.mark.parametrize(
    ("rules", "expected"),
    [
        (RULES, []),  # off by default
        # Least recently checked first: never checked, checked 20 h ago, checked 2 h ago.
        (RevisitRules(recheck_hours=24, recheck_max=10), ["never", "old-check", "new"]),
        (RevisitRules(recheck_hours=24, recheck_max=2), ["never", "old-check"]),
        (RevisitRules(recheck_hours=1, recheck_max=10), ["new"]),
        (RevisitRules(recheck_hours=24, recheck_max=0), []),
    ],
)
def test_pick_rechecks(rules: RevisitRules, expected: list[str]) -> None:
    recent = [
        ("new", NOW - HOUR / 2),
        ("never", NOW - 3 * HOUR),
        ("old-check", NOW - 2 * HOUR),
        ("dead", NOW - HOUR / 4),
        ("too-old", NOW - 48 * HOUR),
    ]
    memories = {
        "new": UrlMemory(checked_at=NOW - 2 * HOUR),
        "old-check": UrlMemory(checked_at=NOW - 20 * HOUR),
        "dead": UrlMemory(Status.DEAD, "http_404", 1, LATER),
    }
    assert pick_rechecks(recent, memories, NOW, rules) == expected


def test_url_memory_round_trip(tmp_path: Path) -> None:
    state = CrawlState(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    try:
        rows = {
            "https://bao.vn/a-1.html": UrlMemory(
                Status.RETRY, "timeout", 2, LATER, '"e"', "Mon", {"feed": ("x", "y")}, NOW
            ),
            "https://bao.vn/b-2.html": UrlMemory(Status.DEAD, "http_404", 1, LATER),
            "https://bao.vn/c-3.html": UrlMemory(Status.SKIPPED, "short-body", 0, LATER),
            "https://bao.vn/d-4.html": UrlMemory(
                signals={"sitemap": ("2025-11-01T00:00:00+00:00",)}
            ),
        }
        state.save_url_memory("bao", rows, NOW)
        assert state.url_memory("bao") == rows
        assert state.url_memory("other") == {}
        assert state.remembered() == {"bao": {"dead": 1, "skipped": 1, "retry": 1}}
        state.save_url_memory("bao", {"https://bao.vn/a-1.html": UrlMemory()}, LATER)
        assert state.remembered(["bao"]) == {"bao": {"dead": 1, "skipped": 1, "retry": 0}}
    finally:
        state.close()


# --- signals as discovery reads them --------------------------------------------------------------


def test_feed_signal_changes_with_title_description_and_dates() -> None:
    def item(title: str, description: str = "Tóm tắt", date: str = "Fri, 14 Nov 2025") -> bytes:
        return (
            f"<rss><channel><item><title>{title}</title><link>https://bao.vn/a-1.html</link>"
            f"<description>{description}</description><pubDate>{date}</pubDate></item>"
            "</channel></rss>"
        ).encode()

    signal = parse_feed(item("Tin A"))[0].signal
    assert len(signal) == 16
    assert parse_feed(item("Tin  A\n"))[0].signal == signal  # whitespace is not an edit
    assert parse_feed(item("Tin A (sửa)"))[0].signal != signal
    assert parse_feed(item("Tin A", "Tóm tắt mới"))[0].signal != signal
    assert parse_feed(item("Tin A", date="Sat, 15 Nov 2025"))[0].signal != signal
    assert feed_signal(etree.fromstring(b"<item><link>https://bao.vn/x</link></item>")) == ""


def test_sitemap_signal_is_the_later_of_lastmod_and_publication_date() -> None:
    body = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
      xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>https://bao.vn/a-1.html</loc><lastmod>2025-11-20T09:00:00+07:00</lastmod>
        <news:news><news:publication_date>2025-11-18T08:00:00+07:00</news:publication_date></news:news></url>
      <url><loc>https://bao.vn/b-2.html</loc><lastmod>2025-11-19</lastmod></url>
      <url><loc>https://bao.vn/c-3.html</loc></url></urlset>"""
    a, b, c = parse_sitemap(body).entries
    assert a.published == datetime.fromisoformat("2025-11-18T08:00:00+07:00")  # for `since`
    assert a.signal == "2025-11-20T02:00:00+00:00"
    assert b.signal == "2025-11-18T17:00:00+00:00"  # a date alone is Vietnam time
    assert c.signal == ""


def test_listing_entries_take_the_longest_anchor_text_of_a_url() -> None:
    links = [
        Link("https://bao.vn/a-1.html", ""),  # the picture
        Link("https://bao.vn/a-1.html", "Tin A: tiêu đề đầy đủ"),
        Link("https://bao.vn/b-2.html?utm_source=x", "Tin B"),
        Link("https://bao.vn/a-1.html#comments", "3"),
        Link("https://bao.vn/b-2.html", "Xem"),
    ]
    entries = listing_entries(links)
    assert [(e.url, e.signal) for e in entries] == [
        ("https://bao.vn/a-1.html", "Tin A: tiêu đề đầy đủ"),
        ("https://bao.vn/b-2.html?utm_source=x", "Tin B"),
    ]


def test_neardup_index_replace_compares_an_edited_story_under_its_new_text() -> None:
    words = ["ngư", "dân", "vươn", "khơi", "bám", "biển", "sau", "bão", "tàu", "cá", "cập", "cảng"]
    old = " ".join(words * 4)
    new = " ".join(reversed(words * 4)) + " bản sửa có số liệu mới về sản lượng mực ống"
    index = NearDupIndex()
    index.add("a", signature(old))
    index.add("b", signature(old))
    assert index.query(signature(old)) == ["a", "b"]
    index.replace("a", signature(new))
    assert index.query(signature(old)) == ["b"]
    assert "a" in index.query(signature(new))
    assert len(index) == 2
    index.replace("c", signature(old))  # unknown key: added
    assert index.query(signature(old)) == ["b", "c"]
