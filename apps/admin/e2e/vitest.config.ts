import { defineConfig } from 'vitest/config';

// Runs only the browser tests, against an admin already served at E2E_BASE_URL:
//   E2E_BASE_URL=http://localhost:3000 E2E_EMAIL=… E2E_PASSWORD=… npm run test:e2e -w @summitdesk/admin
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
