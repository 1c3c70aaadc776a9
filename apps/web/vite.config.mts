import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './precompress';

/** The console is served by the gateway at `/`; in development Vite serves it and passes `/v1` to the gateway. */
export default defineConfig({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/web',
  plugins: [react(), precompress()],
  // The workspace's libraries (@careers/api-client) by their tsconfig.base.json paths.
  resolve: { tsconfigPaths: true },
  server: {
    port: 5173,
    host: 'localhost',
    proxy: { '/v1': process.env['GATEWAY_URL'] ?? 'http://localhost:3000' },
  },
  build: { outDir: '../../dist/apps/web', emptyOutDir: true, reportCompressedSize: false },
});
