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
    // Not `public/`: Vite would then read the app's /public/events route as a static file path.
    publicDir: 'static',
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
      // The vendor chunks (react-dom, MUI, react-admin) are large by nature and cached between releases.
      chunkSizeWarningLimit: 800,
      // Libraries change less often than our code: separate chunks stay cached across releases.
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              { name: 'vendor-mui', test: /node_modules[\\/]@mui[\\/]/ },
              { name: 'vendor-react-admin', test: /node_modules[\\/](ra-[a-z-]+|react-admin|@tanstack|react-hook-form|@hookform)[\\/]/ },
              { name: 'vendor', test: /node_modules[\\/]/ },
            ],
          },
        },
      },
    },
  };
});
