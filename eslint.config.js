// One lint config for the whole repository. The import direction
// (events ← projections ← backend; console imports types only) is enforced here
// so the house stays easy to walk through: see docs/architecture.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const outside = (...parts) => parts.map((part) => `**/${part}/**`);

/** @param {{ forbidden: string[]; typeOnly?: string[]; folders: string[] }} rule */
const importBoundary = ({ forbidden, typeOnly = [], folders }) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      paths: [
        ...forbidden.map((name) => ({
          name,
          message: 'This import breaks the import direction (see docs/architecture.md).',
        })),
        ...typeOnly.map((name) => ({
          name,
          allowTypeImports: true,
          message: 'The console may import only types from this package.',
        })),
      ],
      patterns: [
        {
          group: [...forbidden.map((name) => `${name}/*`), ...outside(...folders)],
          message: 'This import breaks the import direction (see docs/architecture.md).',
        },
      ],
    },
  ],
});

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
    rules: importBoundary({
      forbidden: ['@gridline/console', '@gridline/tests'],
      folders: ['console', 'tests'],
    }),
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
