import { defineConfig, defaultClientConditions, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// Brotli and gzip copies of every text asset, written next to it at build time: the API serves them
// as they are (app.factory.ts), so no request pays for compressing.
function precompress(): Plugin {
  return {
    name: 'summitdesk-precompress',
    apply: 'build',
    closeBundle() {
      const assets = join(root, 'dist', 'assets');
      for (const name of readdirSync(assets)) {
        if (!/\.(js|css|svg|json|txt|map)$/.test(name)) continue;
        const file = join(assets, name);
        const body = readFileSync(file);
        if (body.length < 1024) continue;
        writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
        writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  // API_PORT may come from the shell or from the repo's .env files.
  const env = { ...loadEnv(mode, fileURLToPath(new URL('../..', import.meta.url)), ''), ...process.env };
  const apiPort = env.API_PORT ?? env.PORT ?? '3000';
  return {
    root,
    base: '/',
    // Not `public/`: Vite would then read the app's /public/events route as a static file path.
    publicDir: 'static',
    plugins: [react(), precompress()],
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
      // No hand-made vendor groups: a group pulls every module of its libraries into one chunk, so the
      // public pages (which use a few of react-admin's hooks and MUI's basic components) would download
      // all of it. Rolldown's own split shares chunks between the admin and the public shell instead.
    },
  };
});
