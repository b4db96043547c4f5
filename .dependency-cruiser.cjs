// Import rules that keep the layers apart; scripts/check-architecture.mjs runs them with the
// feature-cycle check, as part of `npm run lint`.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'contracts-stand-alone',
      comment: 'libs/contracts is shared by the API and the admin, so it imports neither.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'admin-never-imports-api',
      severity: 'error',
      from: { path: '^apps/admin/' },
      to: { path: '^apps/api/' },
    },
    {
      name: 'api-never-imports-admin',
      severity: 'error',
      from: { path: '^apps/api/' },
      to: { path: '^apps/admin/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['source', 'import', 'default'],
      extensions: ['.ts', '.tsx', '.js'],
    },
  },
};
