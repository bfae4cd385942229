// The journal's lock, on the journal page: Unlock while it is locked; Lock with a passphrase; and,
// while it is open, Lock now, Change the passphrase and Remove the lock. Each passphrase is asked
// for in the page, used at once and not kept (journal-lock.js does the work, and reports what it
// did: every message here is worded from that report). A lock no passphrase can open here, a lock
// changed by hand, and a removal left half-done are said in words, with the reader's choices.

import { WrongPassphrase } from "./crypto.js";
import {
  LockExists, changePassphrase, finishRemoval, keepLock, removeLock, setLock, storedAsItIs, unlockJournal,
} from "./journal-lock.js";
import { DamagedLock } from "./lock-record.js";
import { forget, lockStatus } from "./lock.js";
import { newPassphraseProblem, passphraseBox } from "./passphrase-box.js";
import { download, siteId } from "./storage.js";
import { focusIsFree } from "./ui.js";
import { t, tn } from "./i18n.js";

// Every message is a whole sentence (or several): a report's parts are joined only sentence by sentence.
const MESSAGES = {
  // i18n: The journal's lock, after a wrong passphrase was typed to unlock it (the first time).
  wrong: t("lock.said.wrong", "That passphrase does not open your journal. Nothing changed. Check it and try again."),
  // i18n: The journal's lock, after a wrong passphrase was typed to unlock it again: the lock may have been
  // tampered with.
  wrongAgain: t("lock.said.wrong_again", "That passphrase does not open your journal. Nothing changed. If you "
    + "are sure it is right, the lock on this device may have been changed or damaged."),
  // i18n: The journal's lock, when the passphrase typed as the current one (to change or remove the lock) is wrong.
  notNow: t("lock.said.not_now", "That is not the passphrase you use now. Nothing changed. Check it and try again."),
  // i18n: The journal's lock, when the browser refused to store a change (its storage may be full).
  refused: t("lock.said.refused", "This browser would not store the change, so nothing changed. There may be "
    + "no room left: export your journal, then delete entries you no longer need."),
  // i18n: The journal's lock, when the reader tried to set a lock but one already exists.
  exists: t("lock.said.exists", "Your journal already has a lock, or entries locked with one, so nothing changed."),
  // i18n: Said after the journal was unlocked or locked: when it locks itself again.
  openForNow: t("lock.said.open_for_now", "It locks again when you reload, leave quickly, or do nothing for "
    + "15 minutes."),
  // i18n: Said once the journal was unlocked with its passphrase.
  open: t("lock.said.open", "Your journal is open."),
  // i18n: Said once a new lock was set on the journal.
  set: t("lock.said.set", "Your journal is locked with your passphrase, and open on this page."),
  // i18n: Said once a new lock was set, when some entries could not be locked (what follows says which).
  setPartly: t("lock.said.set_partly", "The lock is set, and your journal is open on this page."),
  // i18n: Said once the journal's passphrase was changed.
  passphraseChanged: t("lock.said.changed_passphrase", "Your passphrase was changed: only the new one opens your "
    + "journal now."),
  // i18n: Said once the journal's lock was removed.
  removed: t("lock.said.removed", "The lock was removed. Your entries are stored unlocked on this device again."),
  // i18n: Said while the removal of the journal's lock is not finished yet.
  removing: t("lock.said.removing", "The lock is being removed."),
  // i18n: Said when the reader chose to keep a lock whose removal was left half-done.
  kept: t("lock.said.kept", "The lock stays, and your entries are locked again."),
  // i18n: Said when the reader pressed "Lock now".
  lockedNow: t("lock.said.locked_now", "Your journal is locked."),
  // i18n: Said after the reader exported what is stored on the device, as it is (a damaged lock).
  exportedAsStored: t("lock.said.exported_as_stored", "What this site stores on this device was exported as "
    + "it is. Locked entries stay locked in the file."),
  // What a report says was not done. {count} in each: how many entries.
  // i18n: After a lock or unlock: entries that could not be locked because the device's storage is full.
  notLocked: (n) => tn("lock.said.not_locked_full",
    "{count} entry could not be locked: there is no room left on this device, so it is still stored unlocked. "
    + "Export your journal and delete what you no longer need; the next unlock tries again.",
    "{count} entries could not be locked: there is no room left on this device, so they are still stored "
    + "unlocked. Export your journal and delete what you no longer need; the next unlock tries again.", n),
  // i18n: After a lock or unlock: entries that could not be locked for another reason.
  notLockedOther: (n) => tn("lock.said.not_locked",
    "{count} entry could not be locked, so it is still stored unlocked; the next unlock tries again.",
    "{count} entries could not be locked, so they are still stored unlocked; the next unlock tries again.", n),
  // i18n: After a change of passphrase or the removal of the lock: entries left as they were.
  left: (n) => tn("lock.said.left", "{count} saved entry could not be changed and stays as it was.",
    "{count} saved entries could not be changed and stay as they were.", n),
  // i18n: After the lock was removed: entries the passphrase could not open were deleted with it.
  deleted: (n) => tn("lock.said.deleted", "{count} entry that your passphrase could not open was deleted with "
    + "the lock.", "{count} entries that your passphrase could not open were deleted with the lock.", n),
  // i18n: After an unlock or a change: saved entries or drafts the passphrase could not open.
  unopened: (n) => tn("lock.said.unopened", "{count} saved entry or draft could not be opened: changed, moved, "
    + "or locked to a key that is not yours. They are left as they are.", "{count} saved entries or drafts could "
    + "not be opened: changed, moved, or locked to a key that is not yours. They are left as they are.", n),
  // i18n: After an unlock: entries marked as not confirmed as the reader's. The quoted words are the
  // mark shown on them (the message "journal.unconfirmed_mark" and its button's words).
  marked: (n) => tn("lock.said.marked", "{count} entry is marked \u201cNot confirmed as yours\u201d: saved while "
    + "your journal was locked, or put here by someone else.", "{count} entries are marked \u201cNot confirmed "
    + "as yours\u201d: saved while your journal was locked, or put here by someone else.", n),
  // Said as an alert, until the journal locks again.
  // i18n: An alert after an unlock: the lock on the device was tampered with, and was put right.
  changedRepaired: t("lock.said.tampered_repaired", "The lock on this device was changed by someone or "
    + "something since your journal was last open. Your journal was opened with the copy of the lock that "
    + "your passphrase seals, and the lock on this device was put right. Entries and drafts written since the "
    + "change may be readable by whoever made it."),
  // i18n: An alert after an unlock: the lock on the device was tampered with, and could not be put right yet.
  changedNotRepaired: t("lock.said.tampered", "The lock on this device was changed by someone or something "
    + "since your journal was last open. Your journal was opened with the copy of the lock that your "
    + "passphrase seals; the lock on this device could not be put right yet. Entries and drafts written since "
    + "the change may be readable by whoever made it."),
  // i18n: An alert after an unlock: the journal's list of its own entries was tampered with.
  ledgerChanged: t("lock.said.ledger_changed", "The list of entries your open journal wrote was changed or is "
    + "missing, so entries are marked until you confirm them."),
  // i18n: Said after an unlock when the lock's stored form was upgraded.
  migrated: t("lock.said.migrated", "Your journal's lock was moved to its current, safer version."),
  // i18n: An alert while the journal is locked: the lock on the device was tampered with.
  changedLocked: t("lock.said.tampered_locked", "The lock on this device was changed by someone or something. "
    + "Nothing new is saved until you type your passphrase: it checks the lock and puts it right."),
  damaged: {
    // i18n: The journal's lock is damaged: its record is gone but locked entries remain.
    missing: t("lock.damaged.missing", "Your journal's lock is damaged: its record is missing from this device, "
      + "but entries locked with it are still here, and no passphrase can open them without it."),
    // i18n: The journal's lock is damaged: its record cannot be read.
    unreadable: t("lock.damaged.unreadable", "Your journal's lock is damaged: its record on this device cannot "
      + "be read, so no passphrase can open your entries here."),
    // i18n: The journal's lock is damaged: the passphrase is right but the part it seals was changed.
    sealed: t("lock.damaged.sealed", "Your journal's lock is damaged: your passphrase is right, but the part of "
      + "the lock it seals was changed on this device, so your entries cannot be opened here."),
  },
  // What the reader pressed while the journal is locked, and what to do.
  ask: {
    // i18n: The reader pressed an export button while the journal is locked.
    export: t("lock.ask.export", "Your journal is locked. Type your passphrase above to export it."),
    // i18n: The reader pressed Print all while the journal is locked.
    print: t("lock.ask.print", "Your journal is locked. Type your passphrase above to print it."),
  },
  // i18n: The reader pressed a button that needs the journal open, but its lock is damaged.
  damagedHere: t("lock.damaged.here", "Your journal's lock is damaged, so its entries cannot be opened here. "
    + "Your choices are above."),
  // i18n: Under the words saying how the journal's lock is damaged: what the reader can do.
  damagedChoices: t("lock.damaged.choices", "Nothing new is saved, so nothing is stored readable by mistake. You "
    + "can export what is stored, as it is (locked entries stay locked in the file), or delete everything saved "
    + "on this device, below, and start again."),
};

/** What a lock, change or unlock REPORT left undone, in words ("" when nothing). */
function undone(report) {
  return [
    report.full ? MESSAGES.notLocked(report.full) : "",
    report.failed ? MESSAGES.notLockedOther(report.failed) : "",
    report.unopened ? MESSAGES.unopened(report.unopened) : "",
  ].filter(Boolean).join(" ");
}

/** What the lock found changed, to be said until it locks again ("" when nothing). */
function changes(report) {
  return [
    report.changed.length ? (report.repaired ? MESSAGES.changedRepaired : MESSAGES.changedNotRepaired) : "",
    report.ledger !== "ok" ? MESSAGES.ledgerChanged : "",
    report.migrated ? MESSAGES.migrated : "",
  ].filter(Boolean).join(" ");
}

const openSaid = (report) => [MESSAGES.open, MESSAGES.openForNow, undone(report)].filter(Boolean).join(" ");

/** What each box does with what is typed in it: `check` the new passphrase, `run` the change (its
 * report goes to `said`), `wrong` when the passphrase is not the one, and `focus` afterwards. UI
 * holds what the page knows between them (found changes, a removal waiting, wrong tries). */
function lockActions(view, ui) {
  return {
    open: {
      run: ([passphrase]) => unlockJournal(passphrase),
      wrong: () => (++ui.wrongTries > 1 ? MESSAGES.wrongAgain : MESSAGES.wrong),
      said: (report) => {
        ui.wrongTries = 0;
        ui.found = changes(report);
        ui.pendingRemoval = report.removing;
        // Worded once the list is drawn: how many entries it marks.
        return () => [openSaid(report), view.unconfirmed ? MESSAGES.marked(view.unconfirmed) : ""]
          .filter(Boolean).join(" ");
      },
      focus: () => (ui.pendingRemoval ? ui.removing.querySelector(".ex-lock-keep") : null),
    },
    set: {
      check: ([first, again]) => newPassphraseProblem(first, again), run: ([first]) => setLock(first),
      said: (report) => (report.full || report.failed
        ? `${MESSAGES.setPartly} ${undone(report)}` : `${MESSAGES.set} ${MESSAGES.openForNow}`),
      focus: () => ui.buttons.now,
    },
    change: {
      check: ([, first, again]) => newPassphraseProblem(first, again), wrong: () => MESSAGES.notNow,
      run: ([current, first]) => changePassphrase(current, first), focus: () => ui.buttons.change,
      said: (report) => {
        ui.found = changes(report);
        const left = report.full + report.failed;
        return [MESSAGES.passphraseChanged, left ? MESSAGES.left(left) : "",
          report.unopened ? MESSAGES.unopened(report.unopened) : ""].filter(Boolean).join(" ");
      },
    },
    remove: {
      run: ([passphrase]) => removeLock(passphrase), wrong: () => MESSAGES.notNow, focus: () => ui.buttons.set,
      said: (report) => removalSaid(report, ui),
    },
  };
}

function removalSaid(report, ui) {
  ui.pendingRemoval = !report.removed;
  const left = report.full + report.failed;
  return [report.removed ? MESSAGES.removed : MESSAGES.removing, left ? MESSAGES.left(left) : "",
    report.deleted ? MESSAGES.deleted(report.deleted) : ""].filter(Boolean).join(" ");
}

/** The buttons that are not passphrase boxes: finish or keep a removal left half-done, the locked
 * export before a lock, the export of a damaged lock's storage, and Lock now. */
function bindButtons(view, ui, done, part) {
  ui.removing.querySelector(".ex-lock-finish-removal").addEventListener("click", async () => {
    const report = await finishRemoval();
    await done(removalSaid(report, ui), report.removed ? ui.buttons.set : null);
  });
  ui.removing.querySelector(".ex-lock-keep").addEventListener("click", async () => {
    const report = await keepLock();
    ui.pendingRemoval = false;
    await done([MESSAGES.kept, undone(report)].filter(Boolean).join(" "), ui.buttons.now);
  });
  // The locked export, offered before a lock whose passphrase nobody can recover.
  part("export-first").addEventListener("click", () => view.section.querySelector(".ex-export-locked").click());
  part("export-raw").addEventListener("click", () => {
    const now = new Date().toISOString();
    download(storedAsItIs(siteId, now), "application/json", `journal-as-stored-${now.slice(0, 10)}.json`);
    view.say(MESSAGES.exportedAsStored);
  });
  ui.buttons.now.addEventListener("click", () => {
    forget({ everywhere: true }); // the journal draws itself again as it hears of it
    view.say(MESSAGES.lockedNow);
    view.status.tabIndex = -1;
    view.status.focus();
  });
}

/** Bind the lock's buttons and boxes in VIEW (the journal); returns show(state) for its render. */
export function bindLockTools(view) {
  const part = (name) => view.section.querySelector(`.ex-lock-${name}`);
  const ui = {
    buttons: Object.fromEntries(["set", "now", "change", "remove"].map((n) => [n, part(`${n}-button`)])),
    removing: part("removing"), wrongTries: 0, found: "", pendingRemoval: false,
  };
  const boxes = {};
  /** After a change: the boxes closed, the journal drawn again, and what happened said. */
  const done = async (message, focus) => {
    const free = focusIsFree(...Object.keys(boxes).map(part)); // before the boxes close
    Object.values(boxes).forEach((box) => box.close());
    await view.render();
    view.say(typeof message === "function" ? message() : message);
    if (!free) return;
    view.status.tabIndex = -1;
    (focus && !focus.hidden ? focus : view.status).focus();
  };
  for (const [name, action] of Object.entries(lockActions(view, ui))) {
    boxes[name] = passphraseBox(part(name), async (values) => {
      const problem = action.check?.(values);
      if (problem) return problem;
      let report;
      try {
        report = await action.run(values);
      } catch (err) {
        if (err instanceof WrongPassphrase) return action.wrong();
        if (!(err instanceof DamagedLock)) return err instanceof LockExists ? MESSAGES.exists : MESSAGES.refused;
        await done("", part("export-raw")); // the journal draws itself as damaged, and says why
        return null;
      }
      await done(action.said(report), action.focus());
      return null;
    }, () => ui.buttons[name]);
    ui.buttons[name]?.addEventListener("click", () => boxes[name].show());
  }
  bindButtons(view, ui, done, part);
  return (state) => show(state, ui, boxes, part);
}

/** The lock's parts as STATE wants them: what is offered, what is said as an alert. */
function show(state, ui, boxes, part) {
  const { problem } = lockStatus();
  if (state !== "open") Object.assign(ui, { found: "", pendingRemoval: false });
  ui.buttons.set.hidden = state !== "none";
  for (const name of ["now", "change", "remove"]) ui.buttons[name].hidden = state !== "open" || ui.pendingRemoval;
  part("tools").hidden = state === "locked" || state === "damaged";
  ui.removing.hidden = !(state === "open" && ui.pendingRemoval);
  part("damaged").hidden = state !== "damaged";
  if (state === "damaged") {
    part("damaged-text").textContent = `${MESSAGES.damaged[problem] ?? MESSAGES.damaged.unreadable} `
      + MESSAGES.damagedChoices;
  }
  const notice = part("notice");
  const alert = state === "open" ? ui.found : state === "locked" && problem === "changed" ? MESSAGES.changedLocked : "";
  if (notice.textContent !== alert) notice.textContent = alert;
  notice.hidden = !alert;
  if (state === "locked") {
    for (const name of ["set", "change", "remove"]) boxes[name].close();
    if (!boxes.open.shown) boxes.open.show(false);
  } else {
    boxes.open.close();
  }
}

/** Ask for the passphrase where it is typed, for PURPOSE ("export" or "print"); or, with a lock no
 * passphrase can open here, say so where the choices are. */
export function askToUnlock(view, purpose) {
  if (lockStatus().state === "damaged") {
    view.say(MESSAGES.damagedHere);
    view.section.querySelector(".ex-lock-export-raw").focus();
    return;
  }
  view.say(MESSAGES.ask[purpose]);
  view.section.querySelector(".ex-lock-open .ex-passphrase-input").focus();
}
