import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// The layering rules of docs/ARCHITECTURE.md ("Rules that keep it readable"). Each folder lists what it may not
// import; relative paths are matched by regex so `../../shared/live/…` is never mistaken for `server/live/`.
const up = (...folders) => `^(\\.\\./)+(${folders.join('|')})/`;
const restrict = (patterns) => ({ '@typescript-eslint/no-restricted-imports': ['error', { patterns }] });
// Unit tests beside the code (*.test.ts) exercise several layers at once; the server's boundaries apply to the code.
const TESTS = ['**/*.test.ts'];
const SERVER_CLIENT = { group: ['**/server/**', '**/client/**'], message: 'shared/ imports neither server/ nor client/.' };

export default tseslint.config(
  { ignores: ['node_modules/', 'client/dist/', 'data/', 'dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },

  // Import cycles are refused by `npm run lint:cycles` (dpdm), which `npm run lint` runs after ESLint.

  // Type-aware rules on the server and the client: every promise is awaited, caught or explicitly voided.
  {
    files: ['server/**/*.ts', 'client/src/**/*.ts', 'client/src/**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  // The live documents' layout is read and written through shared/live/ (one file per document kind, with typed
  // accessors), never by a top-level key elsewhere. migrate.ts reads the keys of layout 1, which no accessor serves.
  {
    files: ['server/**/*.ts', 'client/src/**/*.ts', 'client/src/**/*.tsx'],
    ignores: [...TESTS, 'server/documents/migrate.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(getMap|getArray|getText|getXmlFragment)$/]',
          message: "Read and write the live documents through shared/live/'s accessors (meetingDoc.ts, caseDoc.ts, restrictedDoc.ts, scoped.ts).",
        },
      ],
    },
  },
  // Import boundaries, both ways.
  { files: ['shared/**'], rules: restrict([SERVER_CLIENT]) },
  { files: ['client/**'], rules: restrict([{ group: ['**/server/**'], message: 'client/ never imports server/.' }]) },
  {
    files: ['server/store/**'],
    ignores: TESTS,
    rules: restrict([
      { regex: up('http', 'live', 'services', 'documents', 'auth', 'exports', 'mail'), message: 'server/store/ is the bottom layer: it imports nothing above it.' },
      { group: ['express', 'socket.io', 'socket.io/*', 'yjs', 'y-protocols/*', 'y-websocket', 'y-websocket/*'], message: 'server/store/ knows nothing of HTTP, Socket.IO or Yjs.' },
    ]),
  },
  {
    files: ['server/policy/**'],
    ignores: TESTS,
    rules: restrict([{ regex: '^\\.\\./(?!errors\\.js$|\\.\\./shared/)', message: 'server/policy/ imports only shared/ and server/errors.ts.' }]),
  },
  {
    files: ['server/errors.ts'],
    ignores: TESTS,
    rules: restrict([{ regex: '^\\.\\.?/(?!shared/)', message: 'server/errors.ts is the bottom layer: it imports nothing from the server.' }]),
  },
  {
    files: ['server/documents/**'],
    ignores: TESTS,
    rules: restrict([{ regex: up('http', 'live', 'services'), message: 'server/documents/ sits below the services and the transports.' }]),
  },
  {
    files: ['server/auth/**'],
    ignores: TESTS,
    rules: restrict([
      { regex: up('http', 'live'), message: 'server/auth/ sits below the transports.' },
      { regex: up('services'), allowTypeImports: true, message: 'server/auth/ may take service types, never service code.' },
    ]),
  },
  {
    files: ['server/http/**'],
    ignores: TESTS,
    rules: restrict([{ regex: up('live'), message: 'REST routes and the live layer never import each other: pass what is needed through createApp.' }]),
  },
  {
    files: ['server/live/**'],
    ignores: TESTS,
    rules: restrict([{ regex: up('http'), message: 'The live layer and REST routes never import each other.' }]),
  },
  {
    files: ['server/services/**'],
    ignores: TESTS,
    rules: restrict([
      { regex: up('http', 'live'), message: 'The services never call a transport: they emit events instead.' },
      { regex: up('exports'), message: 'The services do not import renderers; plain formatting is in shared/format.ts.' },
    ]),
  },
);
