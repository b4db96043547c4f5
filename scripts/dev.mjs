// `npm run dev`: the API rebuilt on change (tsc --watch, restarted by node --watch) and the admin
// served by Vite with hot reload on http://localhost:5173, proxying /api to the API.
import { spawn } from 'node:child_process';

const run = (command, args, env = {}) => spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: false });

const children = [
  run('npx', ['tsc', '-b', '--watch', '--preserveWatchOutput', 'apps/api']),
  run('node', ['--disable-proto=delete', '--watch-path=apps/api/dist', '--watch-path=libs/contracts/dist', 'apps/api/dist/main.js'], {
    CORS_ORIGIN: 'http://localhost:5173',
  }),
  run('npm', ['run', 'dev', '-w', '@summitdesk/admin']),
];

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
