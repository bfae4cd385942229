"""Fixtures for the browser tests."""

from __future__ import annotations

import pytest
import yaml
from kit.site import ROOT


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def attachment() -> dict:
    return yaml.safe_load((ROOT / "docs" / "_exercises" / "attachment.yml").read_text())
