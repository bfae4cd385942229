// A form shown one step at a time, when the page drew Back and Next buttons (`.ex-step-nav`): only the
// step being done is shown, the actions only with the last one, and Enter in a one-line box moves on
// to the next step instead of sending a half-done form. Without the buttons every step stays in view.

/** Returns `show(n)` (step n, its heading focused), `reveal(element)` (the step holding it) and
 * `paged` (whether the form goes one step at a time). */
export function bindSteps(form) {
  const steps = [...form.querySelectorAll(".ex-step")];
  const nav = form.querySelector(".ex-step-nav");
  const actions = form.querySelector(":scope > .ex-actions");
  let current = 0;

  function show(n, { focus = true } = {}) {
    if (!nav) return;
    current = Math.max(0, Math.min(n, steps.length - 1));
    steps.forEach((step, i) => (step.hidden = i !== current));
    const last = current === steps.length - 1;
    nav.querySelector(".ex-back").hidden = current === 0;
    nav.querySelector(".ex-next").hidden = last;
    actions.hidden = !last;
    // The step's heading takes focus, so a screen reader reads where the reader now is.
    if (focus) steps[current].querySelector("legend").focus();
  }

  if (nav) {
    form.addEventListener("keydown", (event) => {
      if (event.key !== "Enter" || !event.target.matches("input[type=text], input[type=number]")) return;
      // From the part the box is in (an Enter held from before the form was paged may come from
      // any part); in the last part, Enter submits.
      const from = steps.indexOf(event.target.closest(".ex-step"));
      if (from === steps.length - 1) return;
      event.preventDefault();
      show((from < 0 ? current : from) + 1);
    });
    nav.querySelector(".ex-back").addEventListener("click", () => show(current - 1));
    nav.querySelector(".ex-next").addEventListener("click", () => show(current + 1));
    show(0, { focus: false });
  }

  return {
    show,
    paged: Boolean(nav),
    /** Make sure the step holding `element` is the one shown. */
    reveal(element) {
      const step = element?.closest?.(".ex-step");
      if (nav && step) show(steps.indexOf(step), { focus: false });
    },
  };
}
