import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { antdStylesheet } from './antdStylesheet.ts';

// The backend serves the build from console/dist on the API's port (docs/console.md);
// `npm run dev` proxies /api to a server started with `npm start`.
export default defineConfig({
  plugins: [react(), antdStylesheet()],
  build: {
    outDir: 'dist',
    // antd and the routes' code split into their own chunks; only the shell loads first.
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: { '/api': process.env['GRIDLINE_API'] ?? 'http://localhost:3000' },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setupTests.ts'],
    css: false,
  },
});
