// Journal entries come from the Python core as Markdown (the same text as the Markdown export).
// This turns that small subset (## and ### headings, "- " lists, paragraphs) into real elements
// for the page and the print view. Every piece of text goes in with textContent, never as HTML.

function element(tag, text) {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * Blocks of the entry, in order. `skipHeader` drops the title and date (the card already shows
 * them) and moves section headings up a level, so headings on the page stay in order.
 */
export function entryNodes(markdown, { skipHeader = false } = {}) {
  const nodes = [];
  let list = null;
  let paragraph = [];
  const flush = () => {
    if (paragraph.length) nodes.push(element("p", paragraph.join("\n")));
    paragraph = [];
  };
  for (const line of markdown.split("\n")) {
    const heading = /^(#{2,3}) (.*)$/.exec(line);
    const item = /^- (.*)$/.exec(line);
    if (heading || item || !line.trim()) flush();
    if (!item) list = null;
    if (heading) nodes.push(element(`h${heading[1].length + (skipHeader ? 0 : 1)}`, heading[2]));
    else if (item) {
      if (!list) nodes.push((list = element("ul")));
      list.append(element("li", item[1]));
    } else if (line.trim()) paragraph.push(line);
  }
  flush();
  // The first two blocks are "## Kind: title" and "Written ...".
  return skipHeader ? nodes.slice(2) : nodes;
}
