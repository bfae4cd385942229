// On every page the plugin builds (a module, like the rest of the runtime): small fixes to the
// theme that need the page, for WCAG. Material's search overlay is a dialog with no name.
// Its words, in the page's language, ride on the help bar (exercises/theme/exercises/main.html), so a
// page without an exercise loads no message file; English where there is no bar (the guide).
const words = document.querySelector(".crisis-bar")?.dataset ?? {};
const SEARCH_LABEL = words.searchLabel || "Search the site";
const WIDE_TABLE = words.wideTable || "Table {number} of {total} (scrolls sideways)";

document.querySelector(".md-search[role=dialog]")?.setAttribute("aria-label", SEARCH_LABEL);

// A table wider than the screen scrolls sideways inside its wrapper. Keyboard readers can only
// scroll what they can focus, so a wrapper that overflows becomes a named, focusable region.
function letWideTablesScroll() {
  const wraps = document.querySelectorAll(".md-typeset__scrollwrap");
  wraps.forEach((wrap, n) => {
    if (wrap.scrollWidth > wrap.clientWidth) {
      wrap.tabIndex = 0;
      wrap.setAttribute("role", "region");
      wrap.setAttribute("aria-label", WIDE_TABLE.replace("{number}", String(n + 1))
        .replace("{total}", String(wraps.length)));
    } else {
      for (const name of ["tabindex", "role", "aria-label"]) wrap.removeAttribute(name);
    }
  });
}
if (window.document$) window.document$.subscribe(letWideTablesScroll);
window.addEventListener("resize", letWideTablesScroll);
