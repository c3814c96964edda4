"""docs/configuration.md's table of variables is the one `make docs` writes from Settings."""

from __future__ import annotations

from app.config import Settings
from tools import config_docs


def test_the_configuration_page_lists_every_setting_as_app_config_describes_it() -> None:
    page = config_docs.PAGE.read_text()
    assert page == config_docs.render(page), "docs/configuration.md is stale: run make docs"


def test_every_setting_has_a_description() -> None:
    undocumented = [name for name, field in Settings.model_fields.items() if not field.description]
    assert not undocumented, f"give these Field(description=...) in app/config.py: {undocumented}"
