// What the exercises that keep a reader's writing share: the offer of help when the core notices
// crisis language, errors shown next to their field, the note about storage, and the Save /
// Download a copy / Print buttons. The form controller (form/controller.js) binds them for a kind.
// Text from the reader or the core is only ever set with textContent.

import { OP } from "./protocol.js";
import { MESSAGES, download, journal, siteId, siteName } from "./storage.js";
import { printOnly } from "./ui.js";
import { t } from "./i18n.js";
import { bindCopyCaution } from "./form/copy-caution.js";

const CRISIS_DELAY_MS = 800;

/** The help banner: checked by the core a moment after typing stops, shown beside the step being
 * written in (or before `before`, when given), never blocking, and hidden for good once the reader
 * says so. It holds one offer per concern the core can notice (`crisis`: thoughts of suicide, self-harm
 * or harming someone; `safety`: a partner who hurts, threatens or controls the reader), each with
 * one-tap buttons to call or text and a link to the page with the rest. */
export function bindCrisis(section, form, engine, focusAfterHide, before = null) {
  const crisis = section.querySelector(".ex-crisis");
  const title = crisis.querySelector(".ex-crisis-title");
  let dismissed = false;
  let timer = 0;

  /** Show the offers for `concerns` ({crisis, safety}); a plain true means crisis. */
  function show(concerns) {
    const flags = typeof concerns === "object" && concerns ? concerns : { crisis: Boolean(concerns) };
    const wanted = [...crisis.querySelectorAll(".ex-offer")].filter((o) => flags[o.dataset.concern]);
    if (!wanted.length || dismissed) return;
    const newOffer = wanted.some((o) => o.hidden);
    if (!newOffer && !crisis.hidden) return;
    for (const offer of wanted) offer.hidden = false;
    const first = [...crisis.querySelectorAll(".ex-offer")].find((o) => !o.hidden);
    if (crisis.hidden) {
      const step = document.activeElement?.closest?.(".ex-step");
      if (before) before.before(crisis);
      else if (step && form.contains(step)) step.append(crisis);
      crisis.hidden = false;
    }
    title.textContent = first.dataset.title; // announced as it appears or changes
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      if (dismissed || engine.state !== "ready") return;
      const text = [...form.querySelectorAll("input[type=text], textarea")].map((el) => el.value).join("\n");
      try {
        const reply = await engine.call(OP.check_crisis, { text });
        if (reply.ok) show(reply.result);
      } catch {
        // The check is a kindness, not a gate: typing and saving carry on without it.
      }
    }, CRISIS_DELAY_MS);
  }

  crisis.querySelector(".ex-crisis-dismiss").addEventListener("click", () => {
    dismissed = true;
    crisis.hidden = true;
    focusAfterHide()?.focus();
  });
  return { show, schedule };
}

/** Errors next to their fields (found by `data-error-for`), the first one focused. */
export function fieldErrors(form, findField) {
  const formError = form.querySelector(".ex-form-error");

  function clear() {
    formError.hidden = true;
    for (const error of form.querySelectorAll(".ex-field-error")) {
      error.hidden = true;
      error.textContent = "";
    }
    for (const input of form.querySelectorAll("[aria-invalid]")) {
      input.removeAttribute("aria-invalid");
      const hint = input.dataset.hint;
      if (hint) input.setAttribute("aria-describedby", hint);
      else input.removeAttribute("aria-describedby");
    }
  }

  /** Returns the element that should get focus (the caller may first reveal its step). */
  function show(errors, fallback) {
    clear();
    let first = null;
    for (const [name, message] of Object.entries(errors)) {
      if (name === "entry") {
        formError.textContent = message;
        formError.hidden = false;
        first ??= fallback;
        continue;
      }
      const error = form.querySelector(`[data-error-for="${CSS.escape(name)}"]`);
      const input = findField(name);
      if (error) {
        error.textContent = message;
        error.hidden = false;
      }
      if (input) {
        input.setAttribute("aria-invalid", "true");
        const hint = input.getAttribute("aria-describedby");
        if (hint && !input.dataset.hint && !hint.endsWith("-error")) input.dataset.hint = hint;
        if (error) input.setAttribute("aria-describedby", [input.dataset.hint, error.id].filter(Boolean).join(" "));
        first ??= input;
      }
    }
    return first;
  }

  return { show, clear };
}

/** Say so, on its own line, when this browser keeps nothing (the status line is the engine's). */
export function noteStorage(section) {
  if (journal.available()) return;
  const note = section.querySelector(".ex-storage-note");
  note.textContent = MESSAGES.unavailable;
  note.hidden = false;
}

/** See my summary (the form's submit): the core's summary below the form, or what needs a look. */
function bindSummary(form, engine, status, checked, showSummary) {
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (engine.state !== "ready") {
      // i18n: The status line of a worksheet when the reader asked for the summary before its tool was ready.
      status.say(t("practice.summary_waiting", "Your summary will appear as soon as the tool is ready."), "loading");
    }
    try {
      // i18n: The status line when something in the form needs fixing before the summary is shown.
      const r = await checked(t("practice.look_before_summary", "Something needs a look before the summary."));
      if (!r) return;
      showSummary(r);
      // i18n: The status line once a worksheet's summary is shown.
      status.say(t("practice.summary_below", "Your summary is below the form."), "ready");
    } catch (err) {
      // i18n: The status line when the summary failed. {problem} is why, in a sentence.
      status.say(t("practice.summary_failed", "{problem} What you typed is still here.", { problem: err.message }),
        "failed");
    }
  });
}

/**
 * The buttons every exercise that keeps writing shares: See my summary (the form's submit), Save on
 * this device (the reader's choice), Download a copy (works without browser storage: the copy goes
 * straight to a file) and Print. `check()` asks the core; what needs a look is shown by
 * `showErrors` (and the help banner by `crisis`) before anything else happens. `toEntry(reply)`
 * makes the journal entry; `saved(entry)` hears what was kept.
 */
export function bindKeepButtons(form, {
  engine, status, crisis, errors, check, showErrors, showSummary, toEntry, saved, fileStem,
}) {
  async function checked(what) {
    const r = await check();
    crisis.show({ crisis: r.crisis, safety: r.safety });
    if (Object.keys(r.errors).length) {
      showErrors(r.errors);
      status.say(what, "ready");
      return null;
    }
    errors.clear();
    return r;
  }

  bindSummary(form, engine, status, checked, showSummary);

  form.querySelector(".ex-save").addEventListener("click", async () => {
    try {
      // i18n: The status line when something in the form needs fixing before it is saved.
      const r = await checked(t("practice.look_before_saving", "Something needs a look before saving."));
      if (!r) return;
      const entry = toEntry(r);
      const done = await journal.save(entry);
      if (!done.ok) {
        status.say(done.error, "error");
        return;
      }
      saved(entry);
      // i18n: The status line once an exercise's entry is saved in the journal.
      status.say(t("practice.saved", "Saved on this device. You can find it in your journal."), "ready");
    } catch (err) {
      // i18n: The status line when saving failed because the exercise tool is not working. {problem}
      // is why, in a sentence.
      status.say(t("practice.save_failed", "Saving needs the exercise tool, which is not working right now. What "
        + "you typed is kept in this tab; you can also print it. ({problem})", { problem: err.message }), "failed");
    }
  });

  // A worksheet that lists help services lets the reader leave them, and the people it names, out.
  const copies = bindCopyCaution(form.closest("[data-exercise]"));
  form.querySelector(".ex-print").addEventListener("click", () => {
    if (copies.leaveOut()) status.say(copies.words.printingWithout);
    printOnly(form.closest("[data-exercise]"));
  });

  form.querySelector(".ex-download").addEventListener("click", async () => {
    try {
      // i18n: The status line when something in the form needs fixing before a copy is downloaded.
      const r = await checked(t("practice.look_before_copy", "Something needs a look before making a copy."));
      if (!r) return;
      const without = copies.leaveOut();
      await downloadCopy(engine, toEntry(r), fileStem, without);
      // i18n: The status line once a copy of an exercise's entry was downloaded.
      status.say(without ? copies.words.downloadedWithout : t("practice.downloaded", "A copy was downloaded to this "
        + "device."), "ready");
    } catch (err) {
      // i18n: The status line when a copy could not be made. {problem} is why, in a sentence.
      status.say(t("practice.copy_failed", "The copy could not be made: {problem} You can print instead.",
        { problem: err.message }), "failed");
    }
  });
}

/** The entry as Markdown, written by the core, offered as a file; nothing leaves the device.
 * `withoutContacts`: without the answers that name people the reader can reach. */
async function downloadCopy(engine, entry, fileStem, withoutContacts) {
  const reply = await engine.call(OP.export_journal, {
    format: "markdown", entries: [entry], site: siteId, site_name: siteName, exported: entry.updated,
    without_contacts: withoutContacts,
  });
  if (!reply.ok) throw new Error(reply.error.message);
  download(reply.result.text, reply.result.mime, `${fileStem}-${entry.updated.slice(0, 10)}.md`);
}
