// A passphrase asked for in the page (not in a dialog), in a small form the build drew
// (render/parts.py, passphrase_box) with a real label for each box; used by the journal's lock, its
// locked files and a draft kept locked. Loaded only where one is needed. The boxes ask browsers and
// password managers not to keep what is typed (a shared device's profile would keep it for anyone).

import { t } from "./i18n.js";

// A copy of the journal's lock can be guessed at without limit on another computer: length is what
// holds. Four or more words with nothing to do with each other are long and easy to remember.
const MIN_LENGTH = 12;

const MESSAGES = {
  // i18n: Beside a new passphrase that is too short. {count}: the fewest characters it takes.
  short: t("passphrase.too_short", "Use at least {count} characters. Four or more words that have nothing to do "
    + "with each other are easy to remember and hard to guess.", { count: MIN_LENGTH }),
  // i18n: Beside a new passphrase typed twice, when the two differ.
  different: t("passphrase.different", "The two passphrases are not the same. Type them again."),
};

/** The passphrase form BOX: go(values) runs on its button or Enter and returns what to fix, if
 * anything; Cancel (if the box has one) closes it, focuses opener() and calls cancelled(). */
export function passphraseBox(box, go, opener, cancelled = () => {}) {
  const inputs = [...box.querySelectorAll(".ex-passphrase-input")];
  const error = box.querySelector(".ex-field-error");
  const say = (message) => {
    error.textContent = message;
    error.hidden = !message;
    inputs.forEach((input) => input.setAttribute("aria-invalid", String(Boolean(message))));
  };
  const close = () => {
    box.hidden = true;
    inputs.forEach((input) => (input.value = ""));
    say("");
  };
  const submit = async () => {
    const problem = await go(inputs.map((input) => input.value));
    say(problem ?? "");
    if (problem) inputs[0].focus();
  };
  box.querySelector(".ex-passphrase-go").addEventListener("click", submit);
  inputs.forEach((input) => input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      submit();
    }
  }));
  box.querySelector(".ex-passphrase-cancel")?.addEventListener("click", () => {
    close();
    opener()?.focus();
    cancelled();
  });
  return {
    show(focus = true) {
      say("");
      box.hidden = false;
      if (focus) inputs[0].focus();
    },
    close,
    say,
    get shown() {
      return !box.hidden;
    },
  };
}

/** What is wrong with a new passphrase typed twice (FIRST, AGAIN), in words; or null. */
export function newPassphraseProblem(first, again) {
  if ([...first].length < MIN_LENGTH) return MESSAGES.short;
  if (first !== again) return MESSAGES.different;
  return null;
}
