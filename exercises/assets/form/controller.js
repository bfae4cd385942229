// The controller every practice kind (a worksheet, the thought record) binds its server-rendered form
// with. It owns what they share: the status line, steps one at a time (with Enter moving on), rows
// added and removed, errors next to their fields, the offer of help, a draft kept while typing and
// brought back after a reload, an entry opened from the journal (`?entry=<id>`), Clear the form, and
// the Save / Download a copy / Print buttons. A kind's module gives only what is its own: how its
// answers are read from the form and put back, what the core is asked, and how the summary is shown.
// Text from the reader or the core is only ever set with textContent or form values.

import { bindCrisis, bindKeepButtons, fieldErrors, noteStorage } from "../practice.js";
import { draftKeeper, drafts } from "../drafts.js";
import { journal, lockSet, newId } from "../storage.js";
import { bindStatus, startWhenNeeded } from "../ui.js";
import { t } from "../i18n.js";
import { bindRows } from "./rows.js";
import { bindSteps } from "./steps.js";

const FIRST_INPUT = ".ex-step:not([hidden]) input:not([type=hidden]), .ex-step:not([hidden]) textarea";

/**
 * Bind the parts of `section`'s form that need nothing of the kind's own; then the kind binds its
 * own and calls `start(hooks)`. Options: `kind` (the journal's kind, and the draft's name), `keeps`
 * (the draft's key for the answers: a draft is `{[keeps]: answers, editing}`), `fileStem` (of a
 * downloaded copy), `clearQuestion` (asked before a form with writing in it is cleared) and `rows`
 * (what `bindRows` needs to know of the kind's lists of rows).
 */
export function practiceForm(section, engine, options) {
  const form = section.querySelector("form.ex-form");
  const status = bindStatus(form.querySelector(".ex-status"), engine);
  const uid = section.dataset.exerciseId;
  startWhenNeeded(section, engine);
  const field = (name) => form.querySelector(`[data-field="${CSS.escape(name)}"]`);
  const firstInput = () => form.querySelector(FIRST_INPUT);
  const steps = bindSteps(form);
  // One step at a time: the offer of help goes above the step buttons, so it stays in view.
  const crisis = bindCrisis(section, form, engine, firstInput, form.querySelector(".ex-step-nav"));
  const errors = fieldErrors(form, (name) => {
    const target = field(name);
    return target?.matches("fieldset") ? target.querySelector("input") : target;
  });
  const page = {
    section, engine, form, status, uid, field, firstInput, steps, crisis, errors, options,
    result: section.querySelector(".ex-result"),
    draftNote: section.querySelector(".ex-draft-note"),
    rows: bindRows(form, status, uid, options.rows),
    /** Keep a draft a moment from now (the kind's own buttons call it too). */
    keepDraft: () => page.keeper?.keep(),
    /**
     * Start: `read()` the form's answers, `fill(answers)` (may throw on what is not its own),
     * `written()` (anything there to keep?), `opened(saved)` (a journal entry's answers, or null when
     * this form cannot show it), `check(answers)` (the engine's reply), `showSummary(result)`, and,
     * optionally, `reset()` after the form is cleared and `onInput(event)` before a draft is kept.
     */
    start: (hooks) => start(page, hooks),
  };
  return page;
}

async function start(page, hooks) {
  const { section, form, crisis, options } = page;
  page.hooks = hooks;
  page.draftName = `${options.kind}:${location.pathname}:${page.uid}`;
  page.editing = null; // the saved entry being changed, if any
  page.keeper = draftKeeper(page.draftName,
    () => (hooks.written() ? { [options.keeps]: hooks.read(), editing: page.editing } : null));
  form.addEventListener("input", (event) => {
    hooks.onInput?.(event);
    page.keepDraft();
    crisis.schedule();
  });
  form.addEventListener("change", page.keepDraft);
  bindClear(page);
  bindSave(page);
  noteStorage(section);
  lockAwayWithTheJournal(page);
  // Nothing is written over the draft until it is brought back (or, kept locked, let go).
  page.keeper.hold();
  const hadDraft = drafts.exists(page.draftName);
  if (await restore(page)) page.keeper.release();
  // Words typed before this script arrived are kept like any others.
  if (!hadDraft && hooks.written()) page.keepDraft();
}

/** Back to the form the page drew: no rows added, no answers, no draft, no result. */
function empty(page) {
  page.rows.removeAdded();
  page.form.reset();
  page.hooks.reset?.();
  page.editing = null;
  page.keeper.clear();
  page.errors.clear();
  page.result.hidden = true;
  page.draftNote.hidden = true;
}

function note(page, words) {
  page.draftNote.textContent = words;
  page.draftNote.hidden = false;
}

/**
 * A draft of this tab, else the saved entry the journal's Change link asked for (`?entry=<id>`).
 * False while a draft kept locked waits for the passphrase (or for the reader to let it go).
 */
async function restore(page) {
  const { hooks, options } = page;
  const draft = await drafts.load(page.draftName);
  const wanted = new URLSearchParams(location.search).get("entry");
  if (draft?.locked) {
    await offerLockedDraft(page);
    return false;
  }
  if (draft?.[options.keeps]) {
    try {
      hooks.fill(draft[options.keeps]);
      page.fromLock = lockSet(); // shown from what the lock keeps: locked away again with it
      page.editing = draft.editing?.id ? draft.editing : null;
      // i18n: Above an exercise after a reload, when the reader's draft was brought back.
      note(page, t("draft.brought_back", "We brought back what you were writing."));
    } catch {
      // Not what this page wrote (changed by hand, or by another version of the site).
      empty(page);
      // i18n: Above an exercise after a reload, when the draft could not be read.
      note(page, t("draft.not_brought_back", "What you were writing in this tab could not be brought back, so the "
        + "form starts empty."));
    }
  } else if (wanted) {
    const saved = await journal.get(wanted);
    const answers = saved?.kind === options.kind ? hooks.opened(saved) : null;
    if (answers) {
      hooks.fill(answers);
      page.fromLock = lockSet();
      page.editing = saved;
      // i18n: Above an exercise opened from the journal to change a saved entry.
      note(page, t("draft.changing_entry", "You are changing an entry saved on this device."));
    } else if (lockSet()) {
      // i18n: Above an exercise when the entry to change could not be opened (the journal may be locked).
      note(page, t("draft.entry_locked", "The entry to change could not be opened here. If your journal is locked, "
        + "open it in your journal first, then choose Change again."));
    }
  }
  return true;
}

/** When the journal locks (here or in another tab, leave quickly, the idle lock, Back), a form that
 * shows what the lock keeps (a draft or an entry it opened) keeps it as a draft, locked, and takes
 * it off the screen at once; the passphrase brings it back. */
function lockAwayWithTheJournal(page) {
  const onLock = (event) => {
    if (!page.section.isConnected) return window.removeEventListener("exercises:lock", onLock);
    if (event.detail.state === "open" || !page.fromLock) return;
    page.fromLock = false;
    page.keeper.stash(); // what the form holds now, taken before it is cleared
    page.rows.removeAdded();
    page.form.reset();
    page.hooks.reset?.();
    page.editing = null;
    page.errors.clear();
    page.result.hidden = true;
    page.draftNote.hidden = true;
    page.crisis.hide?.();
    offerLockedDraft(page);
  };
  window.addEventListener("exercises:lock", onLock);
}

/** The words about a draft the lock keeps, looked up when they are shown. */
const DRAFT_MESSAGES = {
  // i18n: Next to the passphrase box of a locked draft, when the passphrase is wrong.
  wrong: () => t("draft.wrong_passphrase", "That passphrase does not open your journal. Check it and try again."),
  // i18n: Next to the passphrase box of a locked draft, when unlocking failed for another reason.
  notNow: () => t("draft.unlock_failed", "Your writing could not be brought back right now. It is still kept, locked."),
  // i18n: Asked after a locked draft is unlocked, when the reader has typed since the reload.
  replace: () => t("draft.replace_question", "Bring back what you were writing before? It takes the place of what "
    + "is in the form now."),
  // i18n: An exercise's status line when the reader let a locked draft go.
  without: () => t("draft.let_go", "The form goes on without what you were writing before the reload."),
};

/** A draft kept locked: its passphrase brings it back; "Start again without it" lets it go. */
async function offerLockedDraft(page) {
  const { section } = page;
  const { passphraseBox } = await import("../passphrase-box.js");
  const startAgain = () => {
    page.keeper.discard();
    page.keeper.release();
    if (page.hooks.written()) page.keepDraft();
    page.status.say(DRAFT_MESSAGES.without(), page.engine.state);
  };
  page.draftBox ??= passphraseBox(section.querySelector(".ex-lock-draft"), async ([passphrase]) => {
    try {
      await (await import("../journal-lock.js")).unlockJournal(passphrase);
    } catch (err) {
      return err?.name === "WrongPassphrase" ? DRAFT_MESSAGES.wrong() : DRAFT_MESSAGES.notNow();
    }
    page.draftBox.close();
    // Writing typed since the reload is not put aside without asking.
    if (page.hooks.written() && !window.confirm(DRAFT_MESSAGES.replace())) {
      startAgain();
    } else if (await restore(page)) {
      page.keeper.release();
    }
    page.firstInput()?.focus();
    return null;
  }, () => page.firstInput(), () => startAgain());
  page.draftBox.show(false);
}

function bindClear(page) {
  const { form, hooks, steps } = page;
  form.querySelector(".ex-discard").addEventListener("click", () => {
    if (hooks.written() && !window.confirm(page.options.clearQuestion)) return;
    empty(page);
    // i18n: An exercise's status line once the form was cleared.
    page.status.say(t("actions.cleared", "The form is clear."), page.engine.state);
    if (steps.paged) steps.show(0);
    else page.firstInput()?.focus();
  });
}

function bindSave(page) {
  const { form, engine, hooks, errors } = page;
  bindKeepButtons(form, {
    engine, errors, status: page.status, crisis: page.crisis, showSummary: hooks.showSummary,
    fileStem: page.options.fileStem,
    async check() {
      const reply = await hooks.check(hooks.read());
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.result;
    },
    showErrors(found) {
      const first = errors.show(found, page.firstInput());
      page.steps.reveal(first);
      (first ?? form.querySelector(".ex-form-error")).focus?.();
    },
    /** The journal entry for what the core checked: a new one, or the one being changed. */
    toEntry(checked) {
      const now = new Date().toISOString();
      return {
        id: page.editing?.id ?? newId(), kind: page.options.kind, title: checked.title, page: location.pathname,
        created: page.editing?.created ?? now, updated: now, data: checked.entry,
      };
    },
    saved(entry) {
      page.editing = entry;
      page.keeper.clear();
      page.draftNote.hidden = true;
    },
  });
}
