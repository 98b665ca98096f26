"""Packages of the wheel: ``viewer*`` plus ``viewer.resources`` mapped onto the top-level ``resources/``.

The owners keep topics, actors, fonts and translations in ``resources/`` at the
repository root; mapping that folder as a subpackage ships it inside the wheel
with one copy of each file (viewer/paths.py finds it, installed or not).
Everything else is configured in pyproject.toml.
"""

from setuptools import find_namespace_packages, setup

setup(
    packages=[*find_namespace_packages(include=["viewer", "viewer.*"]), "viewer.resources", "viewer.resources.fonts", "viewer.resources.i18n"],
    package_dir={"viewer.resources": "resources"},
)
