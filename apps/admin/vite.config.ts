import { defineConfig, defaultClientConditions, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(({ mode }) => {
  // API_PORT may come from the shell or from the repo's .env files.
  const env = { ...loadEnv(mode, fileURLToPath(new URL('../..', import.meta.url)), ''), ...process.env };
  const apiPort = env.API_PORT ?? env.PORT ?? '3000';
  return {
    root,
    base: '/',
    plugins: [react()],
    resolve: {
      // 'source' makes @summitdesk/contracts resolve to its TypeScript source: no build step needed.
      conditions: ['source', ...defaultClientConditions],
    },
    server: {
      port: Number(env.ADMIN_PORT ?? 5173),
      proxy: {
        '/api': { target: `http://localhost:${apiPort}`, changeOrigin: false },
      },
    },
    preview: {
      proxy: {
        '/api': { target: `http://localhost:${apiPort}`, changeOrigin: false },
      },
    },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      chunkSizeWarningLimit: 1500,
    },
  };
});
