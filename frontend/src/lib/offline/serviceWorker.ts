/// <reference types="vite-plugin-pwa/client" />
/**
 * Registers the service worker built by vite-plugin-pwa (production builds only): it precaches the app
 * so that a door page opened once works again with the network down. A new build takes over at once
 * (the app shell holds no state the user could lose; the door's queue lives in IndexedDB).
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return
  const register = () =>
    void import('virtual:pwa-register')
      .then(({ registerSW }) => registerSW({ immediate: true }))
      .catch(() => undefined)
  // Not before the first screen is up: installing precaches the whole app (every page's code and the QR reader), which
  // must not share a slow line with the code of the page being opened. After the load event, when the browser is idle.
  const whenIdle = () => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(register, { timeout: 5000 })
    else setTimeout(register, 2000)
  }
  if (document.readyState === 'complete') whenIdle()
  else window.addEventListener('load', whenIdle, { once: true })
}
