/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const backend = process.env.VITE_BACKEND_URL ?? 'http://127.0.0.1:8080'

// https://vite.dev/config/
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/q': { target: backend, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    // The shared chunk (React, antd's core) is ~720 kB before gzip; pages load their own parts.
    chunkSizeWarningLimit: 1000,
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    css: false,
    restoreMocks: true,
    // Page tests click through whole flows in jsdom; on a busy 2-core machine one can take more than the default 5 s.
    // A time limit is a guard against a hang, never a measure of speed (that is bench/'s job).
    testTimeout: 30_000,
    // Tests run in a zone far from Vietnam's, so that nothing can lean on the browser's zone:
    // the SPA's "now" and "today" are Vietnam's (src/lib/clock.ts).
    env: { TZ: 'America/Los_Angeles' },
  },
})
