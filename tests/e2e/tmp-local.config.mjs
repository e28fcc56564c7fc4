import base from '../../playwright.config.ts';
export default {
  ...base,
  testDir: '.',
  use: { ...base.use, baseURL: 'http://127.0.0.1:4179' },
  webServer: { ...base.webServer, command: 'npx vite preview --outDir /tmp/dist-ws --host 127.0.0.1 --port 4179 --strictPort', url: 'http://127.0.0.1:4179' },
};
