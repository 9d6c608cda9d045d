"""Data shipped inside the package (site rules, schema migrations) as real directories.

From a checkout or an installed package these directories are read where they lie. Scrapyd runs
the code from the deployed egg instead: ``scrapyd.runner`` puts the egg, a zip file, on
``sys.path``, so ``Path(__file__).parent / "site_rules"`` names no directory (the first deploy
stopped with "sites directory does not exist"), and Alembic, which lists its revision files and
imports them by path, cannot read a zip at all. There, the directory is copied out of the zip
once per process into a temporary directory that is removed when the process ends.
"""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

PACKAGE = "aggregator"


def package_dir(name: str) -> Path:
    """The package's directory *name* (``"site_rules"``, ``"migrations"``) as a real path."""
    resource = files(PACKAGE).joinpath(*name.split("/"))
    if isinstance(resource, Path):  # a checkout or an ordinary install: the files themselves
        return resource
    return _copied_out(name)


@functools.cache
def _copied_out(name: str) -> Path:
    target = _scratch() / name
    _copy(files(PACKAGE).joinpath(*name.split("/")), target)
    return target


@functools.cache
def _scratch() -> Path:
    path = Path(tempfile.mkdtemp(prefix="aggregator-data-"))
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


def _copy(source: Traversable, target: Path) -> None:
    if not source.is_dir():  # an egg built without its data: the reader names the missing path
        return
    target.mkdir(parents=True, exist_ok=True)
    for child in source.iterdir():
        if child.is_dir():
            if child.name != "__pycache__":
                _copy(child, target / child.name)
        elif not child.name.endswith(".pyc"):  # Alembic reads the sources; the egg has both
            (target / child.name).write_bytes(child.read_bytes())
