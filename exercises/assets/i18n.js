// The words the browser's modules show a reader, from the page's message catalog: the browser's half
// of the message layer (the core's is exercises/core/messages.py; both read the same data).
//
// The plugin writes, for each language of the site, messages/<language>.js with only the messages the
// browser's modules ask for (exercises/i18n/catalogs.py), and messages/<language>.json with the
// core's, for the engine's worker. This module loads the page's (by <html lang>) before any module
// that imports it runs, so a table of words made when a module loads is in the page's language too.
//
//   t("key", "English words with {name}", { name })        a message; English when the catalog has none
//   tn("key", "{count} entry", "{count} entries", n, {})   the form the language's plural rule picks
//   formatNumber(4.3)                                       "4.3" in English, "4,3" in Spanish
//
// Placeholders are named, in braces; a number given for one is written as the language writes numbers.

const language = document.documentElement.lang || "en";
const file = `./messages/${encodeURIComponent(language)}`;

let catalog = {};
try {
  catalog = (await import(`${file}.js`)).default ?? {};
} catch {
  // No catalog for this page's language (a page the plugin did not build): English, as written below.
}

const words = catalog.messages ?? {};
const numbers = catalog.numbers ?? { decimal: ".", group: "," };
const rule = catalog.plural?.rule ?? ["!=", "n", 1];

/** The page's language (as <html lang> says it) and direction. (The core's catalog, for the
 * engine's worker, is messages/<language>.json: engine-start.js asks for it.) */
export { language };
export const direction = catalog.direction ?? "ltr";
/** The site's name in the page's language (config.js serves every language of a site). */
export const siteName = catalog.site_name ?? "";

const C_OPS = {
  "==": (a, b) => Number(a === b), "!=": (a, b) => Number(a !== b), "<": (a, b) => Number(a < b),
  ">": (a, b) => Number(a > b), "<=": (a, b) => Number(a <= b), ">=": (a, b) => Number(a >= b),
  "+": (a, b) => a + b, "-": (a, b) => a - b, "*": (a, b) => a * b,
  "/": (a, b) => (b ? Math.trunc(a / b) : 0), "%": (a, b) => (b ? a % b : 0),
};

/** A parsed Plural-Forms rule (parsed by the build, never evaluated as code) for the count N. */
export function pluralIndex(tree, n) {
  if (tree === "n") return n;
  if (typeof tree === "number") return tree;
  const [op, a, b, c] = tree;
  if (op === "?") return pluralIndex(a, n) ? pluralIndex(b, n) : pluralIndex(c, n);
  if (op === "!") return pluralIndex(a, n) ? 0 : 1;
  if (op === "&&") return pluralIndex(a, n) && pluralIndex(b, n) ? 1 : 0;
  if (op === "||") return pluralIndex(a, n) || pluralIndex(b, n) ? 1 : 0;
  return C_OPS[op](pluralIndex(a, n), pluralIndex(b, n));
}

/** A number as the page's language writes it (a string is a number already written with a '.'). */
export function formatNumber(value, { grouped = true } = {}) {
  const text = typeof value === "string" ? value : String(value);
  const sign = text.startsWith("-") ? "-" : "";
  let [whole, fraction] = text.replace(/^-/, "").split(".");
  if (grouped && /^\d{4,}$/.test(whole)) whole = whole.replace(/\B(?=(\d{3})+$)/g, numbers.group);
  return sign + whole + (fraction === undefined ? "" : numbers.decimal + fraction);
}

/** TEXT with each {name} replaced by PARAMS[name]; {{ and }} are braces. */
export function fill(text, params = {}) {
  return text.replace(/\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, name) => {
    if (!name) return whole[0];
    if (!(name in params)) return whole;
    const value = params[name];
    return typeof value === "number" ? formatNumber(value) : String(value);
  });
}

/** An author's name for something ("Time") as it reads inside a sentence: its first letter small,
 * unless the language writes nouns with a capital (German) or it is an abbreviation. */
export function midSentence(words) {
  if (catalog.capital_nouns || words.length < 2 || words[0] === words[0].toLowerCase()
    || words[1] !== words[1].toLowerCase()) return words;
  return words[0].toLowerCase() + words.slice(1);
}

/** A sentence with its first letter a capital (a no-op in scripts without capitals). */
export const sentence = (words) => words.charAt(0).toUpperCase() + words.slice(1);

/** The words of KEY in the page's language (ENGLISH when its catalog has none), PARAMS filled in. */
export function t(key, english, params = {}) {
  const found = words[key];
  return fill(typeof found === "string" && found ? found : english, params);
}

/** The plural message KEY in the form N takes; {count} is N unless PARAMS gives it. */
export function tn(key, singular, plural, n, params = {}) {
  const forms = words[key];
  let chosen = n === 1 ? singular : plural;
  if (Array.isArray(forms) && forms.length) {
    const index = pluralIndex(rule, Math.abs(n));
    const form = index >= 0 && index < forms.length ? forms[index] : forms[forms.length - 1];
    if (form) chosen = form;
  }
  return fill(chosen, { count: n, ...params });
}
