"""``scrapy serve [--port 8080] [--host 127.0.0.1]``: serve the feeds directory over HTTP."""

from __future__ import annotations

import argparse
import errno
import sys
from pathlib import Path
from typing import Any

from scrapy.commands import ScrapyCommand

from aggregator.errors import SiteConfigError
from aggregator.publishing.publish import PublishOptions
from aggregator.publishing.query_feeds import QueryFeeds
from aggregator.publishing.server import base_url, cache_max_age, make_server
from aggregator.sites import registry


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False

    def syntax(self) -> str:
        return "[--port 8080] [--host 127.0.0.1]"

    def short_desc(self) -> str:
        return (
            "Serve the feeds directory over HTTP (ETag, Last-Modified, 304, gzip), and query "
            "feeds: /search.rss|.atom|.json?q=…"
        )

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--port", type=int, default=8080, help="port (default: 8080)")
        parser.add_argument(
            "--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)"
        )

    def run(self, args: list[str], opts: Any) -> None:
        try:
            options = PublishOptions.from_settings(self.settings)
        except ValueError as exc:
            self._fail(str(exc))
            return
        directory = Path(options.feeds_dir)
        if not directory.is_dir():
            self._fail(f"{directory} does not exist: run `scrapy publish` first")
            return
        try:
            sites = registry(options.sites_dir, options.samples_base)
        except SiteConfigError as exc:
            self._fail(str(exc))
            return
        # Query feeds (/search.rss?q=…): the store is opened at the first one.
        search = QueryFeeds(
            options.db_url, sites, options.base_url, ttl_minutes=options.ttl_minutes
        )
        try:
            server = make_server(
                directory,
                opts.host,
                opts.port,
                max_age=cache_max_age(options.ttl_minutes),
                dynamic=search.paths(),
            )
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                self._fail(f"port {opts.port} on {opts.host} is already in use (try --port)")
            else:
                self._fail(f"cannot listen on {opts.host}:{opts.port}: {exc.strerror or exc}")
            return
        sys.stdout.write(
            f"Serving {directory.resolve()} at {base_url(server)}/ (Ctrl-C to stop)" + "\n"
        )
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            sys.stdout.write("stopped\n")
        finally:
            server.server_close()
            search.close()

    def _fail(self, message: str) -> None:
        sys.stderr.write(f"serve: error: {message}\n")
        self.exitcode = 1
