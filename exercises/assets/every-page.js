// On every page the plugin builds (a module, like the rest of the runtime): small fixes to the
// theme that need the page, for WCAG. Material's search overlay is a dialog with no name.
import { t } from "./i18n.js";

// i18n: What a screen reader calls the theme's search box.
document.querySelector(".md-search[role=dialog]")?.setAttribute("aria-label", t("page.search_label", "Search the site"));

// A table wider than the screen scrolls sideways inside its wrapper. Keyboard readers can only
// scroll what they can focus, so a wrapper that overflows becomes a named, focusable region.
function letWideTablesScroll() {
  const wraps = document.querySelectorAll(".md-typeset__scrollwrap");
  wraps.forEach((wrap, n) => {
    if (wrap.scrollWidth > wrap.clientWidth) {
      wrap.tabIndex = 0;
      wrap.setAttribute("role", "region");
      // i18n: What a screen reader calls a table wider than the screen. {number} is its place on the page,
      // {total} how many tables the page has.
      wrap.setAttribute("aria-label", t("page.wide_table", "Table {number} of {total} (scrolls sideways)",
        { number: n + 1, total: wraps.length }));
    } else {
      for (const name of ["tabindex", "role", "aria-label"]) wrap.removeAttribute(name);
    }
  });
}
if (window.document$) window.document$.subscribe(letWideTablesScroll);
window.addEventListener("resize", letWideTablesScroll);
