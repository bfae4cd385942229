// ESLint for the site's JavaScript: the browser modules (exercises/assets), the service worker and the
// Node script the plugin runs (exercises/mkdocs_plugin). `make lint` runs it after ruff.

const js = require("@eslint/js");
const globals = require("globals");
// Words for a reader come from the message catalog (tests/unit/i18n/ holds the rule and its exemptions).
const readerWords = require("./tests/unit/i18n/eslint-no-raw-words.js");

module.exports = [
  js.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // A function longer than a screen does more than one thing: split it.
      "max-lines-per-function": ["error", { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ["exercises/assets/**/*.js"],
    languageOptions: { sourceType: "module", globals: { ...globals.browser } },
    plugins: { "reader-words": readerWords },
    rules: { "reader-words/no-raw-words": "error" },
  },
  {
    // The engine's module worker: no page, no DOM; the plugin writes these constants above its code.
    files: ["exercises/assets/engine-worker.js"],
    languageOptions: { globals: { ...globals.worker, PROTOCOL_VERSION: "readonly", MESSAGE: "readonly" } },
  },
  {
    // A classic service worker; the plugin writes these constants above the file's own code.
    files: ["exercises/mkdocs_plugin/sw.js"],
    languageOptions: {
      sourceType: "script",
      globals: {
        ...globals.serviceworker,
        PREFIX: "readonly", CACHE: "readonly", IMMUTABLE: "readonly", MUTABLE: "readonly", ON_DEMAND: "readonly", OFFLINE_CACHE: "readonly", PAGES_CACHE: "readonly", SHELL: "readonly",
      },
    },
  },
  {
    files: ["exercises/mkdocs_plugin/**/*.mjs"],
    languageOptions: { sourceType: "module", globals: { ...globals.node } },
  },
  {
    files: ["eslint.config.js", "tests/unit/i18n/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
  },
];
