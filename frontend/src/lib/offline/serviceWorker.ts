/// <reference types="vite-plugin-pwa/client" />
/**
 * Registers the service worker built by vite-plugin-pwa (production builds only): it precaches the app
 * so that a door page opened once works again with the network down. A new build takes over at once
 * (the app shell holds no state the user could lose; the door's queue lives in IndexedDB).
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return
  void import('virtual:pwa-register')
    .then(({ registerSW }) => registerSW({ immediate: true }))
    .catch(() => undefined)
}
