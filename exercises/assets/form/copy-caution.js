// The caution above a worksheet's Save, Download a copy and Print buttons, drawn at build time by the
// help_now field type (exercises/render/worksheet_fields.py, copy_caution): a plan with helpline
// numbers and helpers' names may put a reader at risk if someone checks their papers or phone, and the
// reader may leave those lines out of the copy. The choice works in print without this script (the
// print styles read the tick box); here it is said aloud when it changes, marked on the exercise for
// browsers whose print styles cannot read the box, and passed on to a downloaded copy.

import { t } from "../i18n.js";

// What the page says.
const WORDS = {
  // i18n: Said when the reader ticks the box that leaves help numbers and people's names out of copies.
  without: t("caution.without", "Copies you print or download will leave out the help numbers and the people you "
    + "listed."),
  // i18n: Said when the reader unticks that box.
  with: t("caution.with", "Copies you print or download will include the help numbers and the people you listed."),
  // i18n: The status line when the reader prints a plan without the help numbers and people's names.
  printingWithout: t("caution.printing_without", "Printing without the help numbers and the people you listed."),
  // i18n: The status line once a copy without the help numbers and people's names was downloaded.
  downloadedWithout: t("caution.downloaded_without", "A copy was downloaded to this device, without the help "
    + "numbers or the people you listed."),
};

/** Bind the caution of `section`, if it has one: `leaveOut()` says whether the reader chose copies
 * without the help numbers and people's names. */
export function bindCopyCaution(section) {
  const box = section.querySelector("[data-copy-caution]");
  const choice = box?.querySelector("[data-leave-out]");
  if (!choice) return { leaveOut: () => false, words: WORDS };
  const note = box.querySelector(".ex-copy-caution-note");
  const mark = () => section.classList.toggle("ex-leaving-out", choice.checked);
  choice.addEventListener("change", () => {
    mark();
    note.textContent = choice.checked ? WORDS.without : WORDS.with;
  });
  // Clear the form puts the box back as drawn, with no change event.
  choice.form?.addEventListener("reset", () => setTimeout(() => {
    mark();
    note.textContent = "";
  }, 0));
  mark(); // a box the browser ticked again on its own (Back, or a reload in some browsers)
  return { leaveOut: () => choice.checked, words: WORDS };
}
