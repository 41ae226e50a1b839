// Vite build of the single-page client: root is client/, output client/dist, API and tiles proxied in dev.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const clientRoot = fileURLToPath(new URL('.', import.meta.url));
const devBackend = process.env.DEV_BACKEND_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: clientRoot,
  publicDir: 'public',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // TanStack Query marks its modules "use client" for React Server Components, which a client bundle can ignore.
      onLog(level, log, handle) {
        if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handle(level, log);
      },
    },
  },
  server: {
    proxy: {
      '/api': devBackend,
      '/tiles': devBackend,
    },
  },
});
