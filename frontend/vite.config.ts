/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib'
import { defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'

const backend = process.env.VITE_BACKEND_URL ?? 'http://127.0.0.1:8080'

/** The door page (router.tsx: events/:eventId/check-in); the server allows the camera only on it. */
const DOOR_PAGE = /^\/events\/[^/]+\/check-in\/?$/

/**
 * Each build asset worth it (text, the QR reader's .wasm) gets a brotli and a gzip sibling (x.js.br, x.js.gz), made once
 * at build time at the best ratio: the backend (common/SpaRoutes) and nginx (deploy/nginx.conf, gzip_static) send them
 * as they are to a client that accepts them. The service worker's precache list names only the originals.
 */
function precompress(): Plugin {
  let outDir = 'dist'
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
    },
    closeBundle() {
      const dir = join(outDir, 'assets')
      for (const name of readdirSync(dir)) {
        if (!/\.(?:js|css|svg|wasm|json)$/.test(name)) continue
        const file = join(dir, name)
        if (statSync(file).size < 1024) continue
        const data = readFileSync(file)
        writeFileSync(`${file}.br`, brotliCompressSync(data, {
          params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: data.length },
        }))
        writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }))
      }
    },
  }
}

// https://vite.dev/config/
export default defineConfig({
  plugins: [
    react(),
    precompress(),
    // The installable door: a service worker precaches the app shell (and the QR reader's .wasm) so that a
    // door page visited once opens again with the network down. It never caches an API answer.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Điểm danh đại biểu – An toàn trực tuyến Cần Thơ',
        short_name: 'Điểm danh',
        description: 'Điểm danh đại biểu tại cửa: quét mã QR, nhập mã ngắn, tìm theo tên – cả khi mất mạng.',
        lang: 'vi',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#a8071a',
        background_color: '#ffffff',
        icons: [
          { src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          { src: '/pwa-maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,wasm,woff2}'],
        // The ZXing writer (the wall kiosk's QR code) is fetched when a kiosk opens, not precached on every phone.
        globIgnores: ['**/zxing_writer*.wasm'],
        // The ZXing reader's .wasm is about 1.1 MB.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        navigateFallback: '/index.html',
        // Not for the API (nor /q): those answer with data, never with the app. Not for the door either:
        // its page comes from the network first (below), so that it keeps the headers the server gives
        // the door (the camera is allowed there only).
        navigateFallbackDenylist: [/^\/api(?:\/|$)/, /^\/q(?:\/|$)/, DOOR_PAGE],
        runtimeCaching: [
          {
            urlPattern: ({ request, url }) => request.mode === 'navigate' && /^\/events\/[^/]+\/check-in\/?$/.test(url.pathname),
            handler: 'NetworkFirst',
            options: {
              cacheName: 'door-pages',
              networkTimeoutSeconds: 4,
              expiration: { maxEntries: 20 },
              cacheableResponse: { statuses: [200] },
              // A door page never opened through the service worker, offline: the app shell all the same.
              precacheFallback: { fallbackURL: '/index.html' },
            },
          },
        ],
      },
    }),
  ],
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
