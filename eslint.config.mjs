// ESLint for the whole tree: typescript-eslint's strict type-checked preset over every TypeScript file, plus the
// line width Prettier keeps code to (Prettier cannot break strings, comments or SQL, so this rule catches those).
// Formatting itself is Prettier's (.prettierrc.json); nothing here argues with it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/', '**/dist/', '.data/', 'bench/results/', 'tests/artifacts/', 'client/public/'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'max-len': ['error', { code: 120, ignoreUrls: true }],
      // Counts, ids and coordinates are numbers and read well in messages and SQL fragments as they are.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `onClick={() => setOpen(false)}`: the arrow's body is the point, not a value someone might use.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
);
