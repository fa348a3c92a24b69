import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// ── API layers ───────────────────────────────────────────────────────────────────────────────────────
// The folders of apps/api/src, lowest first. A folder may import only folders listed before it (within a
// layer too, so no two folders can ever import each other); the composition root (app.module.ts,
// create-app.ts, main.ts, entities.ts, seed/, health/, web/) may import everything and nothing imports it.
// The entity list is the composition root's (src/entities.ts); migrations import no feature. A field that
// a lower type shows but an upper layer owns is resolved by a resolver in the upper folder; a consequence
// an upper layer draws from a lower one's write travels as a domain event (events/domain-event.ts).
// Tests (*.spec.ts, *.int-spec.ts) are leaves and exempt from the layer zones, not from import-x/no-cycle.
const API_LAYERS = [
  ['config', 'types', 'common', 'redis', 'database', 'audit', 'events', 'metrics'], // ground
  ['organisations', 'users', 'auth'], // people
  ['boards', 'topics'], // places
  ['threads', 'posts'], // talk
  ['reactions', 'bookmarks', 'drafts', 'reading', 'watches', 'account'], // personal marks
  // consumers of events
  [
    'realtime',
    'notifications',
    'mail',
    'activity',
    'search',
    'reports',
    'land-queue',
    'moderation',
    'accessibility',
  ],
];
const API_ROOT = ['app.module.ts', 'create-app.ts', 'main.ts', 'entities.ts', 'seed', 'health', 'web'];
const apiFolders = API_LAYERS.flat();
const apiLayerOf = (folder) => API_LAYERS.findIndex((layer) => layer.includes(folder));
const apiZones = apiFolders.map((folder, i) => ({
  target: `apps/api/src/${folder}`,
  from: [...apiFolders.slice(i + 1), ...API_ROOT].map((later) => `apps/api/src/${later}`),
  message: `${folder}/ is in API layer ${apiLayerOf(folder) + 1} (eslint.config.mjs, docs/ARCHITECTURE.md) and may import only folders listed before it: resolve the field in the upper folder, publish an event, or move the code where it belongs.`,
}));

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'dist/**',
      '.nx/**',
      '.data/**',
      'apps/web/src/gql/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
      'test-results/**',
      '.test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
    },
  },
  {
    // Nest injects by emitted decorator metadata: a type-only import of an injected class breaks DI.
    files: ['apps/api/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  // API layers (see API_LAYERS above)
  {
    files: ['apps/api/src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/**/*.spec.ts', 'apps/api/src/**/*.int-spec.ts'],
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: apiZones }],
    },
  },
);
