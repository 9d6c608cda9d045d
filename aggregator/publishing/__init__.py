"""Publishing: the feeds readers subscribe to, the OPML file, the index page and the HTTP server.

Pure builders (``model``, ``sanitize``, ``render``, ``opml``, ``index_page``) turn a feed model into
bytes; ``publish`` reads the store, selects each feed's items in one pass and writes the files
atomically, skipping identical ones; ``server`` serves the directory with HTTP caching.
"""

from aggregator.publishing.publish import PublishReport, publish, publish_from_settings

__all__ = ["PublishReport", "publish", "publish_from_settings"]
