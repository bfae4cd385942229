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

const entries = (n) => `${n} ${n === 1 ? "entry" : "entries"}`;
const MESSAGES = {
  wrong: "That passphrase does not open your journal. Nothing changed. Check it and try again.",
  wrongAgain: "That passphrase does not open your journal. Nothing changed. If you are sure it is right, the "
    + "lock on this device may have been changed or damaged.",
  notNow: "That is not the passphrase you use now. Nothing changed. Check it and try again.",
  refused: "This browser would not store the change, so nothing changed. There may be no room left: "
    + "export your journal, then delete entries you no longer need.",
  exists: "Your journal already has a lock, or entries locked with one, so nothing changed.",
  openForNow: "It locks again when you reload, leave quickly, or do nothing for 15 minutes.",
  open: "Your journal is open.",
  set: "Your journal is locked with your passphrase, and open on this page.",
  setPartly: "The lock is set, and your journal is open on this page.",
  passphraseChanged: "Your passphrase was changed: only the new one opens your journal now.",
  removed: "The lock was removed. Your entries are stored unlocked on this device again.",
  removing: "The lock is being removed.",
  kept: "The lock stays, and your entries are locked again.",
  lockedNow: "Your journal is locked.",
  exportedAsStored: "What this site stores on this device was exported as it is. Locked entries stay "
    + "locked in the file.",
  // What a report says was not done.
  notLocked: (n) => `${entries(n)} could not be locked: there is no room left on this device, so `
    + `${n === 1 ? "it is" : "they are"} still stored unlocked. Export your journal and delete what you no `
    + "longer need; the next unlock tries again.",
  notLockedOther: (n) => `${entries(n)} could not be locked, so ${n === 1 ? "it is" : "they are"} still `
    + "stored unlocked; the next unlock tries again.",
  left: (n) => `${n} saved ${n === 1 ? "entry" : "entries"} could not be changed and `
    + `${n === 1 ? "stays" : "stay"} as ${n === 1 ? "it was" : "they were"}.`,
  deleted: (n) => `${entries(n)} that your passphrase could not open ${n === 1 ? "was" : "were"} deleted with the lock.`,
  unopened: (n) => `${n} saved ${n === 1 ? "entry or draft" : "entries or drafts"} could not be opened: changed, `
    + "moved, or locked to a key that is not yours. They are left as they are.",
  marked: (n) => `${entries(n)} ${n === 1 ? "is" : "are"} marked \u201cNot confirmed as yours\u201d: saved while `
    + "your journal was locked, or put here by someone else.",
  // Said as an alert, until the journal locks again.
  changed: (repaired) => "The lock on this device was changed by someone or something since your journal was "
    + "last open. Your journal was opened with the copy of the lock that your passphrase seals"
    + (repaired ? ", and the lock on this device was put right." : "; the lock on this device could not be put right yet.")
    + " Entries and drafts written since the change may be readable by whoever made it.",
  ledgerChanged: "The list of entries your open journal wrote was changed or is missing, so entries are marked "
    + "until you confirm them.",
  migrated: "Your journal's lock was moved to its current, safer version.",
  changedLocked: "The lock on this device was changed by someone or something. Nothing new is saved until you "
    + "type your passphrase: it checks the lock and puts it right.",
  damaged: {
    missing: "Your journal's lock is damaged: its record is missing from this device, but entries locked with it "
      + "are still here, and no passphrase can open them without it.",
    unreadable: "Your journal's lock is damaged: its record on this device cannot be read, so no passphrase can "
      + "open your entries here.",
    sealed: "Your journal's lock is damaged: your passphrase is right, but the part of the lock it seals was "
      + "changed on this device, so your entries cannot be opened here.",
  },
  askToUnlock: (why) => `Your journal is locked. Type your passphrase above ${why}.`,
  damagedHere: "Your journal's lock is damaged, so its entries cannot be opened here. Your choices are above.",
  damagedChoices: "Nothing new is saved, so nothing is stored readable by mistake. You can export what is "
    + "stored, as it is (locked entries stay locked in the file), or delete everything saved on this device, "
    + "below, and start again.",
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
    report.changed.length ? MESSAGES.changed(report.repaired) : "",
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
    Object.values(boxes).forEach((box) => box.close());
    await view.render();
    view.say(typeof message === "function" ? message() : message);
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

/** Ask for the passphrase where it is typed, with WHY (e.g. "to export"); or, with a lock no
 * passphrase can open here, say so where the choices are. */
export function askToUnlock(view, why) {
  if (lockStatus().state === "damaged") {
    view.say(MESSAGES.damagedHere);
    view.section.querySelector(".ex-lock-export-raw").focus();
    return;
  }
  view.say(MESSAGES.askToUnlock(why));
  view.section.querySelector(".ex-lock-open .ex-passphrase-input").focus();
}
