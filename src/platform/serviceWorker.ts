// Registers the offline service worker (built by vite-plugins/pwa.ts) from bundled code, so the page
// needs no inline script under a strict Content-Security-Policy, and picks up new versions by itself.

/**
 * Call once the first screen is up. When an update takes over (the worker skips waiting and claims the
 * page), the page reloads at once if `isIdle()` says nothing would be lost (e.g. on the menu);
 * otherwise the new version simply serves the next visit.
 */
export function registerServiceWorker(isIdle: () => boolean = () => true): void {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  const sw = navigator.serviceWorker;
  const updating = sw.controller !== null; // a first install is not an update: nothing to reload
  let reloaded = false;
  sw.addEventListener('controllerchange', () => {
    if (!updating || reloaded || !isIdle()) return;
    reloaded = true;
    location.reload();
  });
  const register = () =>
    sw
      .register('./sw.js', { scope: './' })
      .catch((e: unknown) => console.warn('service worker not registered', e));
  // After `load`, so the precache download starts behind the first screen's own requests.
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
