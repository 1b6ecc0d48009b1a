// One lint config for the whole repository. The import direction
// (events ← projections ← backend; console imports types only) is enforced here
// so the house stays easy to walk through: see docs/architecture.md. Inside the
// backend the same holds for its layers: domain ← application ← http.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const outside = (...parts) => parts.map((part) => `**/${part}/**`);

const wrongDirection = 'This import breaks the import direction (see docs/architecture.md).';

/**
 * @param {{ forbidden: string[]; typeOnly?: string[]; folders: string[]; climbing?: string[]; message?: string }} rule
 * `climbing` lists further relative-path patterns that leave the zone.
 */
const importBoundary = ({
  forbidden,
  typeOnly = [],
  folders,
  climbing = [],
  message = wrongDirection,
}) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      paths: [
        ...forbidden.map((name) => ({ name, message })),
        ...typeOnly.map((name) => ({
          name,
          allowTypeImports: true,
          message: 'The console may import only types from this package.',
        })),
      ],
      patterns: [
        {
          group: [...forbidden.map((name) => `${name}/*`), ...outside(...folders), ...climbing],
          message,
        },
      ],
    },
  ],
});

// A later block's options replace an earlier block's for the same rule, so each backend
// layer repeats what the whole backend may not import.
const backend = {
  forbidden: ['@gridline/console', '@gridline/tests'],
  folders: ['console', 'tests'],
};

/**
 * domain/ holds the rules, and must stay testable without a server or a store:
 * it imports @gridline/events, libraries and its own files, nothing else of ours.
 * A relative import leaves domain/ when it climbs more folders than the file is deep,
 * so there is one block per depth.
 */
const domainZone = [0, 1, 2, 3].map((depth) => ({
  files: [`backend/src/domain/${'*/'.repeat(depth)}${depth === 3 ? '**/' : ''}*.ts`],
  rules: importBoundary({
    forbidden: ['@gridline/projections', '@gridline/backend', ...backend.forbidden],
    folders: backend.folders,
    climbing: [`${'../'.repeat(depth + 1)}**`],
    message: 'domain/ imports only @gridline/events and its own files (see docs/architecture.md).',
  }),
}));

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'off',
    },
  },
  {
    files: ['events/**/*.ts'],
    rules: importBoundary({
      forbidden: [
        '@gridline/projections',
        '@gridline/backend',
        '@gridline/console',
        '@gridline/tests',
      ],
      folders: ['projections', 'backend', 'console', 'tests'],
    }),
  },
  {
    files: ['projections/**/*.ts'],
    rules: importBoundary({
      forbidden: ['@gridline/backend', '@gridline/console', '@gridline/tests'],
      folders: ['backend', 'console', 'tests'],
    }),
  },
  {
    files: ['backend/**/*.ts'],
    rules: importBoundary(backend),
  },
  {
    // The command path and accounts serve HTTP without knowing it: they throw DomainError,
    // and http/ alone turns errors into statuses and holds the session middleware.
    files: ['backend/src/application/**/*.ts', 'backend/src/accounts/**/*.ts'],
    rules: importBoundary({
      ...backend,
      folders: [...backend.folders, 'http'],
      message: 'application/ and accounts/ import nothing from http/ (see docs/architecture.md).',
    }),
  },
  ...domainZone,
  {
    // The rules of hooks, and the React compiler's checks of what components may do.
    files: ['console/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['console/**/*.{ts,tsx}'],
    rules: importBoundary({
      forbidden: ['@gridline/backend', '@gridline/tests'],
      typeOnly: ['@gridline/events', '@gridline/projections'],
      folders: ['backend', 'tests', 'events', 'projections'],
    }),
  },
);
