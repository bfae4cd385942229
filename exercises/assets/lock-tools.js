// The journal's lock, on the journal page: Unlock while it is locked; Lock with a passphrase; and,
// while it is open, Lock now, Change the passphrase and Remove the lock. Each passphrase is asked
// for in the page, used at once and not kept (journal-lock.js does the work).

import { WrongPassphrase } from "./crypto.js";
import { changePassphrase, removeLock, setLock, unlockJournal } from "./journal-lock.js";
import { forget } from "./lock.js";
import { newPassphraseProblem, passphraseBox } from "./passphrase-box.js";

const WRONG = "That passphrase does not open your journal. Nothing changed. Check it and try again.";
const NOT_NOW = "That is not the passphrase you use now. Nothing changed. Check it and try again.";
const REFUSED = "This browser would not store the change, so nothing changed. There may be no room left: "
  + "export your journal, then delete entries you no longer need.";
const LEFT = (n) => `${n} saved ${n === 1 ? "entry" : "entries"} could not be changed and `
  + `${n === 1 ? "stays" : "stay"} as ${n === 1 ? "it was" : "they were"}.`;

// What each box does with what is typed in it: `check` the new passphrase, `run` the change (what it
// resolves with goes to `said`), `wrong` when the passphrase is not the one, and `focus` afterwards.
const OPEN_FOR_NOW = "It locks again when you reload, leave quickly, or do nothing for 15 minutes.";
const ACTIONS = {
  open: { run: ([passphrase]) => unlockJournal(passphrase), wrong: WRONG,
    said: () => `Your journal is open. ${OPEN_FOR_NOW}` },
  set: { check: ([first, again]) => newPassphraseProblem(first, again), run: ([first]) => setLock(first),
    said: () => `Your journal is locked with your passphrase, and open on this page. ${OPEN_FOR_NOW}`, focus: "now" },
  change: { check: ([, first, again]) => newPassphraseProblem(first, again), wrong: NOT_NOW,
    run: ([current, first]) => changePassphrase(current, first), focus: "change",
    said: (left) => `Your passphrase was changed: only the new one opens your journal now.${left ? ` ${LEFT(left)}` : ""}` },
  remove: { run: ([passphrase]) => removeLock(passphrase), wrong: NOT_NOW, focus: "set",
    said: (left) => (left ? `The lock is being removed. ${LEFT(left)}`
      : "The lock was removed. Your entries are stored unlocked on this device again.") },
};

/** Bind the lock's buttons and boxes in VIEW (the journal); returns show(state) for its render. */
export function bindLockTools(view) {
  const part = (name) => view.section.querySelector(`.ex-lock-${name}`);
  const buttons = Object.fromEntries(["set", "now", "change", "remove"].map((n) => [n, part(`${n}-button`)]));
  const boxes = {};
  /** After a change: the boxes closed, the journal drawn again, and what happened said. */
  const done = async (message, focus) => {
    Object.values(boxes).forEach((box) => box.close());
    await view.render();
    view.say(message);
    view.status.tabIndex = -1;
    (focus && !focus.hidden ? focus : view.status).focus();
  };
  for (const [name, action] of Object.entries(ACTIONS)) {
    boxes[name] = passphraseBox(part(name), async (values) => {
      const problem = action.check?.(values);
      if (problem) return problem;
      let outcome;
      try {
        outcome = await action.run(values);
      } catch (err) {
        return err instanceof WrongPassphrase ? action.wrong : REFUSED;
      }
      await done(action.said(outcome), buttons[action.focus]);
      return null;
    }, () => buttons[name]);
    buttons[name]?.addEventListener("click", () => boxes[name].show());
  }
  // The JSON export, offered before a lock whose passphrase nobody can recover.
  part("export-first").addEventListener("click", () => view.section.querySelector(".ex-export[data-format=json]").click());
  buttons.now.addEventListener("click", () => {
    forget(); // the journal draws itself again as it hears of it
    view.say("Your journal is locked.");
    view.status.tabIndex = -1;
    view.status.focus();
  });

  return function show(state) {
    buttons.set.hidden = state !== "none";
    for (const name of ["now", "change", "remove"]) buttons[name].hidden = state !== "open";
    part("tools").hidden = state === "locked";
    if (state === "locked") {
      for (const name of ["set", "change", "remove"]) boxes[name].close();
      if (!boxes.open.shown) boxes.open.show(false);
    } else {
      boxes.open.close();
    }
  };
}

/** Ask for the passphrase where it is typed, with WHY (e.g. "to export"). */
export function askToUnlock(view, why) {
  view.say(`Your journal is locked. Type your passphrase above ${why}.`);
  view.section.querySelector(".ex-lock-open .ex-passphrase-input").focus();
}
