import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The client lives in client/; the build goes to dist/client, which the server serves in production.
// In development (`npm run dev`) Vite proxies the API and the sync socket to the server.
const serverPort = Number(process.env.PORT ?? 8080);

export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: { outDir: '../dist/client', emptyOutDir: true, sourcemap: true },
  server: {
    port: 5173,
    proxy: {
      '/api': `http://127.0.0.1:${serverPort}`,
      '/sync': { target: `ws://127.0.0.1:${serverPort}`, ws: true },
      '/healthz': `http://127.0.0.1:${serverPort}`,
    },
  },
});
