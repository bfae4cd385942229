// Small theme fixes that need the page: Material's search overlay is a dialog with no name.
document.querySelector(".md-search[role=dialog]")?.setAttribute("aria-label", "Search the site");
