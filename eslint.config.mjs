// Lint: the Office add-in rules (eslint-plugin-office-addins' React preset, with
// Prettier), typescript-eslint's recommended rules and the React hooks rules.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

// The Office preset bundles an older @typescript-eslint that breaks on ESLint 9.39;
// its blocks are used with the project's typescript-eslint plugin and parser
// instead, and extended to .tsx files, which the preset does not list.
const officePreset = officeAddins.configs.react.map((config) =>
  config.plugins?.["@typescript-eslint"]
    ? {
        ...config,
        files: ["**/*.{js,mjs,cjs,ts,cts,mts,tsx}"],
        plugins: { ...config.plugins, "@typescript-eslint": tseslint.plugin },
        languageOptions: { ...config.languageOptions, parser: tseslint.parser },
      }
    : config
);
const tsRecommendedRules = Object.assign(
  {},
  ...tseslint.configs.recommended.map((config) => config.rules ?? {})
);

export default [
  {
    ignores: ["node_modules/", "dist/", "build/", "coverage/", "artifacts/", "demo-output/"],
  },
  ...officePreset,
  {
    files: ["**/*.{js,mjs,cjs,ts,tsx}"],
    languageOptions: {
      ecmaVersion: "latest",
      sourceType: "module",
      globals: { ...globals.browser, ...globals.node, ...globals.jest },
    },
    settings: { react: { version: "18.3" } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...tsRecommendedRules,
      ...reactHooks.configs.recommended.rules,
      "react/react-in-jsx-scope": "off",
      "no-eval": "error",
      "no-implied-eval": "error",
      "react/no-danger": "error",
    },
  },
  {
    // The load/sync rules model Office.js proxy objects. Code that never sees
    // Office.js (the pure core, exceljs file adapters, docx export, CLI, their
    // tests) reads plain objects such as exceljs cells, which the rules would
    // mistake for proxies.
    files: [
      "src/core/**",
      "src/adapters/**",
      "src/export/**",
      "src/cli/**",
      "tests/core/**",
      "tests/template/**",
      "tests/cli/**",
      "tests/export/**",
      "tests/adapters/**",
      "scripts/**",
    ],
    rules: {
      "office-addins/call-sync-after-load": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/no-context-sync-in-loop": "off",
      "office-addins/no-empty-load": "off",
      "office-addins/no-navigational-load": "off",
    },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];
