"""Parts that every exercise which keeps what a reader writes shares: the help banner, the notes
about drafts and storage, the buttons that save, and the status line."""

from __future__ import annotations

import xml.etree.ElementTree as etree

from .html import PageLink, el

# The class of the help banner; the plugin looks for it to know which pages link to get-help.md.
CRISIS_CLASS = "ex-crisis"
HELP_PAGE = "get-help.md"
SAFETY_PAGE = "relationship-safety.md"

# One offer per concern the core can notice (text_checks.concerns): its title, its words, the page
# with the rest, and the words of the link to it. The buttons come from the site settings.
OFFERS = {
    "crisis": ("It sounds like things are really hard right now.",
               "You do not have to carry this alone. Talking to someone now can help.",
               HELP_PAGE, "See who you can call or text now"),
    "safety": ("Your safety matters.",
               "What you wrote sounds like someone may be hurting, threatening or controlling you. "
               "That is not your fault, and your fear may be right. You deserve to be safe, and "
               "there are people who can help you think about what to do.",
               SAFETY_PAGE, "Is it worry, or is something wrong?"),
}
Button = dict[str, str]  # {"action": words, "href": tel:, sms: or https: link}


def crisis_banner(root: etree.Element, uid: str, link: PageLink) -> etree.Element:
    """A calm offer of help, hidden until the core notices crisis language or words about a partner
    who hurts or frightens the reader; never blocks. The offers are filled in by ``help_offers``."""
    crisis = el(root, "div", class_=CRISIS_CLASS, hidden="hidden", role="region", aria_live="polite",
                aria_labelledby=f"{uid}-crisis-title")
    el(crisis, "p", OFFERS["crisis"][0], class_="ex-crisis-title", id=f"{uid}-crisis-title")
    return crisis


def help_offers(crisis: etree.Element, link: PageLink, buttons: dict[str, list[Button]],
                pages: set[str] | None = None) -> None:
    """Each offer of help inside CRISIS: its words, its one-tap buttons (call, text) from the site
    settings, and a link to the page with the rest. PAGES: the pages the site has (None: all)."""
    for concern, (title, words, page, link_words) in OFFERS.items():
        offer = el(crisis, "div", class_="ex-offer", data_concern=concern, data_title=title,
                   hidden="hidden")
        el(offer, "p", words)
        actions = el(offer, "p", class_="ex-crisis-actions")
        for n, button in enumerate(buttons.get(concern, ())):
            el(actions, "a", button["action"], href=button["href"],
               class_="md-button md-button--primary" if n == 0 else "md-button")
        if pages is None or page in pages:
            el(actions, "a", link_words, href=link(page)[0], class_="md-button")
    el(crisis, "p", "What you wrote stays here and is not sent anywhere.")
    el(crisis, "button", "Hide this message", type="button", class_="md-button ex-crisis-dismiss")


# The help services a site lists, by concern (from its settings): each a name and its buttons.
Service = dict[str, object]  # {"name": str, "buttons": list[Button]}
HELP_NOW_LISTS = {
    "crisis": "If you might act on thoughts of suicide, or you are in danger now:",
    "safety": "If a partner or someone close frightens, controls or hurts you:",
}


def help_now_list(services_list: etree.Element, link: PageLink, services: dict[str, list[Service]],
                  pages: set[str] | None = None) -> None:
    """Fill a worksheet's help_now list: the site's services for each concern, with the words that
    say when to use them and one-tap links (whose words, like "Call 988", also read on paper)."""
    for concern, when in HELP_NOW_LISTS.items():
        if not services.get(concern):
            continue
        item = el(services_list, "li", class_="ex-help-concern")
        el(item, "p", when, class_="ex-help-when")
        inner = el(item, "ul")
        for service in services[concern]:
            line = el(inner, "li")
            el(line, "span", str(service["name"]), class_="ex-help-name").tail = " "
            for button in service["buttons"]:  # type: ignore[attr-defined]
                el(line, "a", button["action"], href=button["href"], class_="ex-help-action").tail = " "
    if not len(services_list):
        el(el(services_list, "li"), "p", "In an emergency, call your local emergency number.")
    if pages is None or HELP_PAGE in pages:
        more = el(el(services_list, "li", class_="ex-help-more"), "p", "More ways to get help: ")
        el(more, "a", "Get help now", href=link(HELP_PAGE)[0])


def notes(root: etree.Element, uid: str) -> None:
    """Where "we brought back your draft" and "this browser keeps nothing" are said, and where a
    draft kept locked (the journal has a lock) is asked back with the passphrase."""
    el(root, "p", "", class_="ex-draft-note", role="status", hidden="hidden")
    passphrase_box(root, uid, "lock-draft", "What you were writing here is kept locked, because your journal "
                   "has a lock. Type your passphrase to bring it back.", ["Passphrase"],
                   "Bring it back", cancel="Start again without it")
    el(root, "p", "", class_="ex-storage-note", role="status", hidden="hidden")


def save_actions(form: etree.Element, submit: str) -> etree.Element:
    buttons = el(form, "div", class_="ex-actions")
    el(buttons, "button", submit, type="submit", class_="md-button md-button--primary")
    el(buttons, "button", "Save on this device", type="button", class_="md-button ex-save")
    el(buttons, "button", "Download a copy", type="button", class_="md-button ex-download")
    el(buttons, "button", "Print", type="button", class_="md-button ex-print")
    el(buttons, "button", "Clear the form", type="button", class_="md-button ex-discard")
    return buttons


def status_line(form: etree.Element) -> etree.Element:
    status = el(form, "p", "", class_="ex-status", role="status", aria_live="polite", data_state="idle")
    el(status, "span", "Nothing you type is saved unless you choose to save it.", class_="ex-status-text")
    el(status, "button", "Try again", type="button", class_="ex-retry md-button", hidden="hidden")
    return status


# A passphrase box is never offered to a password manager: on a shared device's browser profile a
# saved passphrase would open the journal for anyone. Browsers ignore "off" on a password field and
# still offer to save it; "one-time-code" marks a code used once, which password managers do not
# keep (Chromium's own parser counts such a field as no password at all: form_data_parser.cc,
# IsNotPasswordField), and the data- attributes ask the common password-manager extensions the same.
# The field stays a password field, so it is hidden on screen and phone keyboards do not learn it.
NOT_A_SAVED_PASSWORD = {"autocomplete": "one-time-code", "spellcheck": "false", "autocapitalize": "none",
                        "data_1p_ignore": "true", "data_lpignore": "true", "data_bwignore": "true",
                        "data_form_type": "other"}


def passphrase_box(parent: etree.Element, uid: str, name: str, text: str, labels: list[str],
                   action: str, cancel: str | None = "Cancel") -> etree.Element:
    """A small in-page form (not a dialog) asking for a passphrase, hidden until it is needed."""
    box = el(parent, "div", class_=f"ex-passphrase ex-{name}", role="group", hidden="hidden",
             aria_labelledby=f"{uid}-{name}-text")
    el(box, "p", text, id=f"{uid}-{name}-text")
    for n, label in enumerate(labels):
        el(box, "label", label, for_=f"{uid}-{name}-{n}")
        el(box, "input", type="password", id=f"{uid}-{name}-{n}", class_="ex-passphrase-input",
           aria_describedby=f"{uid}-{name}-error", **NOT_A_SAVED_PASSWORD)
    el(box, "p", "", class_="ex-field-error", id=f"{uid}-{name}-error", hidden="hidden")
    actions = el(box, "div", class_="ex-actions")
    el(actions, "button", action, type="button", class_="md-button md-button--primary ex-passphrase-go")
    if cancel:
        el(actions, "button", cancel, type="button", class_="md-button ex-passphrase-cancel")
    return box
