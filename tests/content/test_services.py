"""This site's help services (mkdocs.yml, extra.crisis and extra.relationship_safety): each one says
where its facts were checked and when, the services readers in the UK and Australia need are there,
and every number a button dials is the number its words show."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
LISTS = ("crisis", "relationship_safety")

# Services whose own page could not be opened in the review of 2026-12-07: their facts were
# compared with a funder's, a partner's or a public page instead. A service added later must be
# checked against its own page (own_page: true); to list one here, say why in the review.
NOT_ON_ITS_OWN_PAGE = {
    "988 Suicide & Crisis Lifeline (US)", "Crisis Text Line (US)", "9-8-8 Suicide Crisis Helpline (Canada)",
    "National Domestic Violence Hotline (US)", "1800RESPECT (Australia)",
}


def _settings() -> dict[str, Any]:
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_constructor("!ENV", lambda loader, node: "")
    return yaml.load((ROOT / "mkdocs.yml").read_text(), Loader=Loader)


def _services() -> list[tuple[str, dict[str, Any]]]:
    extra = _settings()["extra"]
    return [(where, service) for where in LISTS for service in extra[where]["resources"]]


def _ids(value: Any) -> str:
    return value if isinstance(value, str) else value["name"]


def _named(where: str, name: str) -> dict[str, Any]:
    return next(s for w, s in _services() if w == where and s["name"] == name)


@pytest.mark.parametrize(("where", "service"), _services(), ids=_ids)
def test_each_service_says_where_and_when_its_facts_were_checked(where: str, service: dict[str, Any]) -> None:
    sources = service.get("source")
    sources = [sources] if isinstance(sources, str) else sources
    assert sources and all(re.match(r"https?://[^\s/]+\.[a-z]+", s) for s in sources), service["name"]
    checked = service.get("checked")
    assert isinstance(checked, datetime.date) and checked <= datetime.date.today(), service["name"]
    assert isinstance(service.get("own_page"), bool), service["name"]
    assert service["own_page"] or service["name"] in NOT_ON_ITS_OWN_PAGE, (
        f"{service['name']} was not checked against its own page")


@pytest.mark.parametrize(("where", "service"), _services(), ids=_ids)
def test_every_button_dials_the_number_its_words_show(where: str, service: dict[str, Any]) -> None:
    for button in [service, *service.get("also", [])]:
        href, action = button["href"], button["action"]
        if href.startswith(("tel:", "sms:")):
            number = re.match(r"(tel|sms):(\d+)", href)
            assert number, href
            assert re.sub(r"\D", "", action) == number.group(2), (href, action)
            shown = re.sub(r"\D", "", " ".join(service["how"].split()))
            assert number.group(2) in shown, (href, service["how"])


# What the UK and Australia needed (issue 24), each as its own published page states it.
REQUIRED = [
    ("relationship_safety", "Galop (UK, for LGBT+ people)", "tel:08009995428", r"\bLGBT\+"),
    ("relationship_safety", "Scotland's Domestic Abuse and Forced Marriage Helpline", "tel:08000271234",
     r"any time\. Anyone can call"),
    ("relationship_safety", "National Domestic Abuse Helpline, run by Refuge (UK, for women)",
     "tel:08082000247", r"^For women\."),
    ("relationship_safety", "Live Fear Free (Wales)", "tel:08088010800", r"\bin Wales\b"),
    ("crisis", "Shout (UK)", "sms:85258?&body=SHOUT", r"Text SHOUT to 85258, any time, free"),
    ("crisis", "Lifeline (Australia)", "tel:131114", r"any time"),
]


@pytest.mark.parametrize(("where", "name", "href", "whom"), REQUIRED, ids=[r[1] for r in REQUIRED])
def test_the_services_every_reader_needs_are_listed_from_their_own_pages(where: str, name: str, href: str,
                                                                         whom: str) -> None:
    service = _named(where, name)
    assert service["href"] == href
    assert re.search(whom, " ".join(service["how"].split())), service["how"]
    assert service["own_page"] is True


def test_no_uk_line_for_women_only_is_labelled_as_if_it_served_everyone() -> None:
    # The Refuge line was once listed as the UK's domestic abuse line, though it serves women.
    for _where, service in _services():
        if "for women" in service["how"].lower() or "women" in service["name"].lower():
            assert "women" in service["name"].lower(), service["name"]
    assert not any(s["name"] == "National Domestic Abuse Helpline (UK)" for _, s in _services())

