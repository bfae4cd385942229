"""Parts that every exercise which keeps what a reader writes shares: the help banner, the notes
about drafts and storage, the buttons that save, and the status line."""

from __future__ import annotations

import xml.etree.ElementTree as etree

from ..core.messages import msg, t
from .html import PageLink, el, words_with

# The class of the help banner; the plugin looks for it to know which pages link to get-help.md.
CRISIS_CLASS = "ex-crisis"
HELP_PAGE = "get-help.md"
SAFETY_PAGE = "relationship-safety.md"

# One offer per concern the core can notice (text_checks.concerns): its title, its words, the page
# with the rest, and the words of the link to it. The buttons come from the site settings.
OFFERS = {
    "crisis": (
        # i18n: The title of the offer of help an exercise shows when what the reader wrote sounds
        # like thoughts of suicide, self-harm or harming someone. Calm and warm; never alarming.
        msg("offer.crisis.title", "It sounds like things are really hard right now."),
        # i18n: The words of that offer, above its call and text buttons.
        msg("offer.crisis.text", "You do not have to carry this alone. Talking to someone now can help."),
        HELP_PAGE,
        # i18n: A link in the offer of crisis help, to the site's page of crisis services.
        msg("offer.crisis.link", "See who you can call or text now")),
    "safety": (
        # i18n: The title of the offer of help an exercise shows when what the reader wrote sounds like
        # a partner who hurts, threatens or controls them.
        msg("offer.safety.title", "Your safety matters."),
        # i18n: The words of that offer. Never blaming; says the fear may be right.
        msg("offer.safety.text", "What you wrote sounds like someone may be hurting, threatening or "
            "controlling you. That is not your fault, and your fear may be right. You deserve to be safe, "
            "and there are people who can help you think about what to do."),
        SAFETY_PAGE,
        # i18n: A link in that offer, to the site's page for readers afraid of a partner (that page's
        # title in this site).
        msg("offer.safety.link", "Is it worry, or is something wrong?")),
}
Button = dict[str, str]  # {"action": words, "href": tel:, sms: or https: link}


def crisis_banner(root: etree.Element, uid: str, link: PageLink) -> etree.Element:
    """A calm offer of help, hidden until the core notices crisis language or words about a partner
    who hurts or frightens the reader; never blocks. The offers are filled in by ``help_offers``."""
    crisis = el(root, "div", class_=CRISIS_CLASS, hidden="hidden", role="region", aria_live="polite",
                aria_labelledby=f"{uid}-crisis-title")
    el(crisis, "p", str(OFFERS["crisis"][0]), class_="ex-crisis-title", id=f"{uid}-crisis-title")
    return crisis


def help_offers(crisis: etree.Element, link: PageLink, buttons: dict[str, list[Button]],
                pages: set[str] | None = None) -> None:
    """Each offer of help inside CRISIS: its words, its one-tap buttons (call, text) from the site
    settings, and a link to the page with the rest. PAGES: the pages the site has (None: all)."""
    for concern, (title, words, page, link_words) in OFFERS.items():
        offer = el(crisis, "div", class_="ex-offer", data_concern=concern, data_title=str(title),
                   hidden="hidden")
        el(offer, "p", str(words))
        actions = el(offer, "p", class_="ex-crisis-actions")
        for n, button in enumerate(buttons.get(concern, ())):
            el(actions, "a", button["action"], href=button["href"],
               class_="md-button md-button--primary" if n == 0 else "md-button")
        if pages is None or page in pages:
            el(actions, "a", str(link_words), href=link(page)[0], class_="md-button")
    # i18n: At the foot of the offer of help in an exercise.
    el(crisis, "p", t("offer.stays_here", "What you wrote stays here and is not sent anywhere."))
    # i18n: The button that hides the offer of help in an exercise (for the rest of the visit).
    el(crisis, "button", t("offer.hide", "Hide this message"), type="button",
       class_="md-button ex-crisis-dismiss")


# The help services a site lists, by concern (from its settings): each a name and its buttons.
Service = dict[str, object]  # {"name": str, "buttons": list[Button]}
HELP_NOW_LISTS = {
    # i18n: Above the crisis services in a worksheet's list of help (a plan for harder weeks).
    "crisis": msg("help_now.crisis", "If you might act on thoughts of suicide, or you are in danger now:"),
    # i18n: Above the relationship-safety services in a worksheet's list of help.
    "safety": msg("help_now.safety", "If a partner or someone close frightens, controls or hurts you:"),
}


def help_now_list(services_list: etree.Element, link: PageLink, services: dict[str, list[Service]],
                  pages: set[str] | None = None) -> None:
    """Fill a worksheet's help_now list: the site's services for each concern, with the words that
    say when to use them and one-tap links (whose words, like "Call 988", also read on paper)."""
    for concern, when in HELP_NOW_LISTS.items():
        if not services.get(concern):
            continue
        item = el(services_list, "li", class_="ex-help-concern")
        el(item, "p", str(when), class_="ex-help-when")
        inner = el(item, "ul")
        for service in services[concern]:
            line = el(inner, "li")
            el(line, "span", str(service["name"]), class_="ex-help-name").tail = " "
            for button in service["buttons"]:  # type: ignore[attr-defined]
                el(line, "a", button["action"], href=button["href"], class_="ex-help-action").tail = " "
    if not len(services_list):
        # i18n: A worksheet's list of help when the site lists no services.
        el(el(services_list, "li"), "p", t("help_now.emergency", "In an emergency, call your local emergency "
                                           "number."))
    if pages is None or HELP_PAGE in pages:
        more = el(el(services_list, "li", class_="ex-help-more"), "p")
        # i18n: The words of the link to the site's crisis page, in a worksheet's list of help.
        to_help = el(None, "a", t("help_now.more_link", "Get help now"), href=link(HELP_PAGE)[0])
        # i18n: The last line of a worksheet's list of help; {link} is a link whose words are "Get help
        # now" (the site's page of crisis services).
        words_with(more, t("help_now.more", "More ways to get help: {link}"), link=to_help)


def notes(root: etree.Element, uid: str) -> None:
    """Where "we brought back your draft" and "this browser keeps nothing" are said, and where a
    draft kept locked (the journal has a lock) is asked back with the passphrase."""
    el(root, "p", "", class_="ex-draft-note", role="status", hidden="hidden")
    # i18n: In an exercise after a reload, when the reader's draft is kept locked (the journal has a
    # passphrase lock).
    passphrase_box(root, uid, "lock-draft", t("draft.locked", "What you were writing here is kept locked, "
                                              "because your journal has a lock. Type your passphrase to "
                                              "bring it back."),
                   # i18n: The label of the box for the journal's passphrase, to bring a locked draft back.
                   [t("draft.passphrase", "Passphrase")],
                   # i18n: The button that unlocks a locked draft with the passphrase typed.
                   t("draft.bring_back", "Bring it back"),
                   # i18n: The button that lets a locked draft go and starts the exercise empty.
                   cancel=t("draft.start_again", "Start again without it"))
    el(root, "p", "", class_="ex-storage-note", role="status", hidden="hidden")


def save_actions(form: etree.Element, submit: str) -> etree.Element:
    buttons = el(form, "div", class_="ex-actions")
    el(buttons, "button", submit, type="submit", class_="md-button md-button--primary")
    # i18n: A button under an exercise: keeps the entry in the journal on this device.
    el(buttons, "button", t("actions.save", "Save on this device"), type="button", class_="md-button ex-save")
    # i18n: A button under an exercise: downloads the entry as a text file.
    el(buttons, "button", t("actions.download", "Download a copy"), type="button",
       class_="md-button ex-download")
    # i18n: A button under an exercise: prints the exercise alone.
    el(buttons, "button", t("actions.print", "Print"), type="button", class_="md-button ex-print")
    # i18n: A button under an exercise: empties the form (after asking, when something is written).
    el(buttons, "button", t("actions.clear", "Clear the form"), type="button", class_="md-button ex-discard")
    return buttons


def status_element(parent: etree.Element) -> etree.Element:
    """The line an exercise's script speaks through, holding what runtime.js says there when that
    script cannot start at all (the page's words, written now: its catalog may be what failed)."""
    # i18n: The status line under an exercise whose script could not start at all (runtime.js says it).
    failed = t("status.could_not_start", "This exercise could not start. Reload the page to try again.")
    # i18n: The status line under an exercise whose script could not start at all, when the reader had
    # already chosen a file in it (such as a journal file to import): nothing was read from the file.
    file_failed = t("status.file_not_opened", "The file you chose was not opened: this part of the page "
                    "could not start. Reload the page and choose the file again.")
    return el(parent, "p", "", class_="ex-status", role="status", aria_live="polite", data_state="idle",
              data_failed=failed, data_failed_file=file_failed)


def status_line(form: etree.Element) -> etree.Element:
    status = status_element(form)
    el(status, "span", t("status.practice.idle", "Nothing you type is saved unless you choose to save it."),
       class_="ex-status-text")
    el(status, "button", t("status.try_again", "Try again"), type="button", class_="ex-retry md-button",
       hidden="hidden")
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
                   action: str, cancel: str | None = "") -> etree.Element:
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
    if cancel is not None:
        # i18n: The button that closes a box asking for a passphrase, without doing anything.
        el(actions, "button", cancel or t("passphrase.cancel", "Cancel"), type="button",
           class_="md-button ex-passphrase-cancel")
    return box
