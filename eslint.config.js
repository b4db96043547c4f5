import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.data/**', 'apps/admin/vite.config.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['vitest.config.ts'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Every promise is awaited or deliberately handled (an un-awaited expect passes by accident).
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false, fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/apps/api/**', '@summitdesk/api'], message: 'Only the API and its tests import API code.' }] },
      ],
    },
  },
  {
    files: ['apps/api/**/*.ts', 'apps/admin/e2e/**/*.ts', 'migrations/**/*.ts'],
    rules: {
      'no-restricted-imports': 'off',
      // Nest injects constructor parameters by their runtime class: a type-only import would break it.
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    // Error codes come from each feature's enum in libs/contracts (BoothProposalErrorCodes.OVER_BUDGET),
    // never a string typed at the throw.
    files: [
      'apps/api/src/{audit-log,banners,booth-proposals,booth-shifts,budgets,contest-entries,contests,events}/**/*.ts',
      'apps/api/src/{inventory-items,shipment-warnings,shipments,stock-movements,votes}/**/*.ts',
      'apps/api/src/{agenda,cfps,committees,conflicts,review-assignments,reviews,submissions}/**/*.ts',
      'apps/api/src/common/{app-error,record-lock,transition-runner}.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.name=/^(unprocessable|conflict|badRequest)$/] > :matches(Literal, TemplateLiteral):first-child',
          message: "Use an error code from the feature's enum in libs/contracts, not a string literal.",
        },
        {
          selector: 'NewExpression[callee.name="AppError"] > :matches(Literal, TemplateLiteral):nth-child(2)',
          message: "Use an error code from the feature's enum in libs/contracts, not a string literal.",
        },
      ],
    },
  },
  {
    // Node scripts (dev, benchmarks) and this config run on Node's globals.
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        fetch: 'readonly',
        performance: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        URLSearchParams: 'readonly',
        AbortSignal: 'readonly',
        FormData: 'readonly',
        Blob: 'readonly',
      },
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    // Tests dig into response bodies; typing every one of them would add noise, not safety.
    files: ['apps/api/test/**/*.ts', 'apps/admin/e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Every API call goes through the data provider (or the auth provider), never a hand-built URL.
    files: ['apps/admin/src/**/*.ts', 'apps/admin/src/**/*.tsx'],
    ignores: ['apps/admin/src/dataProvider.ts', 'apps/admin/src/authProvider.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/apps/api/**', '@summitdesk/api'], message: 'Only the API and its tests import API code.' },
            {
              group: ['**/httpClient', '**/httpClient.ts'],
              importNames: ['httpClient'],
              message: 'Call the API through useDataProvider() (add a method to dataProvider.ts), not httpClient.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/apps/**', '@nestjs/*', 'react', 'react-admin'],
              message: 'libs/contracts stays free of the apps and their frameworks.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/admin/src/**/*.tsx', 'apps/admin/src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // CSV leaves the admin only through common/csvExport.ts, which neutralises spreadsheet formulas.
      // (This list replaces the one above for these files, so it repeats the httpClient rule.)
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/apps/api/**', '@summitdesk/api'], message: 'Only the API and its tests import API code.' },
            {
              group: ['**/httpClient', '**/httpClient.ts'],
              importNames: ['httpClient'],
              message: 'Call the API through useDataProvider() (add a method to dataProvider.ts), not httpClient.',
            },
          ],
          paths: [
            {
              name: 'react-admin',
              importNames: ['defaultExporter', 'downloadCSV'],
              message: 'Export CSV through common/csvExport.ts (formula-safe).',
            },
            { name: 'jsonexport', message: 'Export CSV through common/csvExport.ts (formula-safe).' },
            {
              name: 'react-admin',
              importNames: ['Button'],
              message: "Use common/Button: react-admin's turns into a bare, sometimes nameless icon on phones.",
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "Program:has(ImportDeclaration[source.value='react-admin'] ImportSpecifier[imported.name='List']) " +
            "JSXOpeningElement[name.name='List']:not(:has(JSXAttribute[name.name='exporter']))",
          message:
            'Give every react-admin <List> an exporter from common/csvExport.ts (or exporter={false}); the default one writes ' +
            'spreadsheet formulas as they are.',
        },
        {
          // Screen readers announce a progress bar (axe's aria-progressbar-name): it needs a name, or
          // aria-hidden where text beside it says the same.
          selector:
            'JSXOpeningElement[name.name=/^(Linear|Circular)Progress$/]' +
            ':not(:has(JSXAttribute[name.name=/^aria-(label|labelledby|hidden)$/]))',
          message: "Give the progress indicator an aria-label (translate('summitdesk.common.loading')), or aria-hidden.",
        },
      ],
    },
  },
  {
    files: [
      'apps/admin/src/common/csvExport.ts',
      'apps/admin/src/common/Button.tsx',
      'apps/admin/src/dataProvider.ts',
      'apps/admin/src/authProvider.ts',
      'apps/admin/src/publicDataProvider.ts',
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
);
