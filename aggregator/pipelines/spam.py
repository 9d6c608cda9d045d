"""Spam guard: quarantine gambling spam, recover real headlines under injected titles.

Two cases (notes §3): a real article served under an injected spam <title> is published with its
own heading and its site is flagged as compromised; an item that is itself spam is quarantined:
stored with its score and reasons, never published.
"""

from __future__ import annotations

from aggregator.items import Article
from aggregator.pipelines.base import Stage
from aggregator.spam import spam_verdict


class SpamPipeline(Stage):
    stage = "spam"

    def process_item(self, item: Article) -> Article:
        verdict = spam_verdict(item.title, item.body_text, item.url)
        if verdict.is_spam:
            item.spam_score, item.spam_reasons = verdict.score, list(verdict.reasons)
            self.count("quarantined")
            for reason in verdict.reasons:
                self.count(f"reason/{reason.split(':')[0]}")
            return item
        if item.page_title and item.page_title != item.title:
            served = spam_verdict(item.page_title, item.body_text, item.url)
            if served.is_spam or served.title_injected:
                # The heading on the page is real; the <title> was planted by an attacker.
                item.title_injected = True
                item.spam_reasons = [f"injected-title:{r}" for r in served.reasons]
                self.count("injected_title")
        return item
