"""Item pipelines: thin Scrapy adapters over pure helpers, in the order of ITEM_PIPELINES.

normalize (100) → validate (200) → spam guard (300) → categorize (400) → places (450) →
dedupe (500) → store (900).
Each stage counts what it dropped, flagged or changed under ``aggregator/<stage>/...`` stats.
"""

from aggregator.pipelines.categorize import CategorizePipeline
from aggregator.pipelines.dedupe import DedupePipeline
from aggregator.pipelines.normalize import NormalizePipeline
from aggregator.pipelines.places import PlacesPipeline
from aggregator.pipelines.spam import SpamPipeline
from aggregator.pipelines.store import StorePipeline
from aggregator.pipelines.validate import ValidatePipeline

__all__ = [
    "CategorizePipeline",
    "DedupePipeline",
    "NormalizePipeline",
    "PlacesPipeline",
    "SpamPipeline",
    "StorePipeline",
    "ValidatePipeline",
]
