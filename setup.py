"""For `scrapyd-deploy`, which builds the Scrapyd egg with `python setup.py bdist_egg`.

Everything is declared in pyproject.toml; without this file scrapyd-deploy would write its own,
which packs neither the site rules nor the migrations.
"""

from setuptools import setup

setup()
