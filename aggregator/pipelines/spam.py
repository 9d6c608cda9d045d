"""Spam guard: quarantine gambling spam, recover real headlines under injected titles.

Three cases (notes §3):
- the article's own heading is spam (a doorway page): quarantined, stored with its score and
  reasons, never published;
- a real article served under an injected spam <title> while its heading (JSON-LD, og:title,
  h1) is real: published with its own heading, and marked ``title_injected`` so the site shows
  as compromised;
- the only title we have is the injected one: there is no real headline to publish, so the item is
  quarantined with the reason "injected-title-unrecovered".
"""

from __future__ import annotations

from aggregator.items import Article
from aggregator.pipelines.base import Stage
from aggregator.spam import spam_verdict


class SpamPipeline(Stage):
    stage = "spam"

    def process_item(self, item: Article) -> Article:
        verdict = spam_verdict(item.title, item.body_text, item.url)
        if verdict.is_spam or verdict.title_injected:
            reasons = list(verdict.reasons)
            if not verdict.is_spam:
                reasons.append("injected-title-unrecovered")
            self._quarantine(item, verdict.score, reasons)
            return item
        if item.page_title and item.page_title != item.title:
            served = spam_verdict(item.page_title, item.body_text, item.url)
            if served.is_spam or served.title_injected:
                # The heading on the page is real; the <title> was planted by an attacker.
                item.title_injected = True
                item.spam_reasons = [f"injected-title:{r}" for r in served.reasons]
                self.count("injected_title")
        return item

    def _quarantine(self, item: Article, score: float, reasons: list[str]) -> None:
        item.quarantined = True
        item.spam_score, item.spam_reasons = score, reasons
        self.count("quarantined")
        for reason in reasons:
            self.count(f"reason/{reason.split(':')[0]}")
