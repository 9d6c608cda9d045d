"""Errors with one-line messages meant for operators, not tracebacks."""


class AggregatorError(Exception):
    """Base class: the message is one line that names what was wrong."""


class SiteConfigError(AggregatorError):
    """A site file is invalid: the message names the file and the field."""
