// An ESLint rule for the browser's modules: words for a person written straight into the code, outside
// t() and tn() (exercises/assets/i18n.js), are reported, so every word a reader meets comes from the
// message catalog. The same idea of "reads as words" as tests/unit/i18n/raw_words.py (Python and the
// theme's templates); what is not a reader's, and why, is listed in tests/unit/i18n/not_messages.json.

const path = require("node:path");
const NOT_MESSAGES = require("./not_messages.json");

const ROOT = path.resolve(__dirname, "..", "..", "..");
const CATALOG_CALLS = new Set(["t", "tn"]);
const NOT_READER_CALLS = new Set(Object.keys(NOT_MESSAGES.javascript.calls));
const NOT_READER_ERRORS = new Set(Object.keys(NOT_MESSAGES.javascript.errors));

const PATTERN = /\\[bBdDsSwW]|\(\?[:!=<]/;
const WORD = /^["\u201c\u2018([\u00ab\u00bf\u00a1]*\p{L}[\p{L}'\u2019]*[,.:;!?\u201d\u2019)\]\u00bb\u2026]*$/u;

/** Whether TEXT reads as words for a person (see reads_as_words in raw_words.py). */
function readsAsWords(text) {
  if (PATTERN.test(text)) return false;
  const tokens = text.replace(/\{[^{}]*\}/g, "{}").split(/\s+/).filter(Boolean);
  const words = tokens.filter((token) => WORD.test(token));
  if (words.length === 1 && tokens.every((token) => token === words[0] || token.includes("{}"))) {
    return /^["\u201c]?[A-Z][a-z]{2,}[.!?:]?["\u201d]?$/.test(words[0]);
  }
  return words.length >= 2 && words.length >= 0.6 * tokens.length;
}

function calleeName(node) {
  const callee = node.callee;
  if (callee.type === "Identifier") return callee.name;
  if (callee.type === "MemberExpression" && !callee.computed) {
    const owner = callee.object.type === "Identifier" ? `${callee.object.name}.` : "";
    return NOT_READER_CALLS.has(`${owner}${callee.property.name}`) ? `${owner}${callee.property.name}` : callee.property.name;
  }
  return "";
}

/** Whether NODE sits where a string is a name, a selector or a key, or is already a message. */
function exempt(node) {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    switch (parent.type) {
      case "CallExpression": {
        const name = parent.callee.type === "Super" ? "super" : calleeName(parent);
        if (CATALOG_CALLS.has(name) || NOT_READER_CALLS.has(name)) return true;
        break;
      }
      case "NewExpression":
        if (parent.callee.type === "Identifier" && (NOT_READER_ERRORS.has(parent.callee.name)
          || NOT_READER_CALLS.has(parent.callee.name))) return true;
        break;
      case "ThrowStatement":
        return true; // an error's words are a developer's: a reader is told what happened by a message
      case "PropertyDefinition":
        if (parent.key.type === "Identifier" && parent.key.name === "name") return true; // an error's name
        break;
      case "Property":
        if (parent.key === child && !parent.computed) return true;
        break;
      case "MemberExpression":
        if (parent.property === child) return true;
        break;
      case "BinaryExpression":
        if (["===", "!==", "==", "!=", "in"].includes(parent.operator)) return true;
        break;
      case "SwitchCase":
        if (parent.test === child) return true;
        break;
      case "ImportDeclaration":
      case "ExportNamedDeclaration":
      case "ExportAllDeclaration":
      case "ImportExpression":
        if (parent.source === child) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

function allowed(filename, text) {
  const file = path.relative(ROOT, filename).split(path.sep).join("/");
  return NOT_MESSAGES.strings.some((item) => item.file === file && item.text === text);
}

module.exports = {
  rules: {
    "no-raw-words": {
      meta: {
        type: "problem",
        docs: { description: "words for a reader come from the message catalog: t() or tn()" },
        schema: [],
        messages: {
          raw: "Words for a reader written in the code: {{text}}. Ask for them with t(\"area.key\", \"English\") "
            + "and a // i18n: note (exercises/guide/docs/maintainers/messages.md); if a reader never sees them, "
            + "list them with a reason in tests/unit/i18n/not_messages.json.",
        },
      },
      create(context) {
        const check = (node, text) => {
          if (readsAsWords(text) && !exempt(node) && !allowed(context.filename, text)) {
            context.report({ node, messageId: "raw", data: { text: JSON.stringify(text.slice(0, 60)) } });
          }
        };
        return {
          Literal(node) {
            if (typeof node.value === "string") check(node, node.value);
          },
          TemplateLiteral(node) {
            if (node.parent.type === "TaggedTemplateExpression") return;
            check(node, node.quasis.map((q) => q.value.cooked ?? "").join("{}"));
          },
        };
      },
    },
  },
  readsAsWords,
};
