import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// SWC keeps decorator metadata, which Nest and TypeORM need (esbuild drops it).
const swcPlugin = () =>
  swc.vite({
    module: { type: 'es6' },
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
    },
  });

// Workspace packages resolve to their TypeScript source in tests: no build step between edit and run.
// Node-side tests go through Vite's SSR resolver, which takes its own conditions.
const resolve = { conditions: ['source', 'module', 'node', 'import', 'default'] };
const ssr = { resolve: { conditions: ['source'] } };

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        ssr,
        test: { name: 'contracts', include: ['libs/*/src/**/*.spec.ts'], environment: 'node' },
      },
      {
        plugins: [swcPlugin()],
        resolve,
        ssr,
        test: {
          name: 'api',
          include: ['apps/api/src/**/*.spec.ts', 'apps/api/test/**/*.e2e-spec.ts'],
          environment: 'node',
          // As in production (npm start, Dockerfile): no `__proto__` accessor to pollute through.
          execArgv: ['--disable-proto=delete'],
          globalSetup: ['apps/api/test/global-setup.ts'],
          pool: 'forks',
          // Files share a worker's module cache: Nest, TypeORM and Stripe load once per worker, not once
          // per file. Each file still gets its own database and app, and no test mocks modules.
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [swcPlugin()],
        resolve,
        ssr,
        test: {
          name: 'browser',
          include: ['apps/admin/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['apps/api/test/global-setup.ts'],
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
