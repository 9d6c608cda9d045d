"""Places: tag each story with the communes, wards and special zones it is about.

A thin adapter over aggregator.placetags. Quarantined spam is not tagged (it is never
published). Counts tagged places by how they were found, and unresolved mentions by reason
("ambiguous", "unknown", "too-broad"), so an operator can see what the tagger left alone.
"""

from __future__ import annotations

from aggregator.items import Article
from aggregator.pipelines.base import Stage
from aggregator.placetags import Outcome, tag_places


class PlacesPipeline(Stage):
    stage = "places"

    def process_item(self, item: Article) -> Article:
        if item.quarantined:
            return item
        outcomes: list[Outcome] = []
        item.places = tag_places(
            item.title,
            item.summary,
            item.body_text,
            item.province,
            item.published,
            outcomes=outcomes,
        )
        for place in item.places:
            self.count(f"tagged/{place.how}")
        for outcome in outcomes:
            if outcome.reason and outcome.reason != "not-a-unit":
                self.count(f"unresolved/{outcome.reason}")
        return item
