/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiTarget = process.env.RESUMAX_API_URL ?? 'http://localhost:8080';

// The policy production serves; `npm run preview` sends it too so violations show up locally.
const contentSecurityPolicy = [
  "default-src 'self'",
  // The two-factor setup's QR code is a data: SVG image.
  "img-src 'self' data:",
  "base-uri 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/healthz': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    headers: {
      'Content-Security-Policy': contentSecurityPolicy,
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
    },
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/healthz': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    // Every modern browser preloads modules natively; skipping the polyfill keeps the entry lean.
    modulePreload: { polyfill: false },
    // Never inline assets as data: URIs, so the strict Content-Security-Policy needs no exceptions.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    restoreMocks: true,
    css: false,
    // `make test` runs this beside the server's suites on two cores: a component test that types
    // into forms can take several seconds there, so 5 s (the default) fails on load, not on bugs.
    testTimeout: 30000,
  },
});
