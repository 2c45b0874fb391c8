// Reading and writing the page address: the `?lng=` parameter a teacher can put in a link.

export function urlLanguage(): string | null {
  return new URLSearchParams(globalThis.location?.search ?? '').get('lng');
}

/** Keeps `?lng=` in step with the chosen language without adding a history entry. */
export function setUrlLanguage(lng: string): void {
  const url = new URL(globalThis.location.href);
  url.searchParams.set('lng', lng);
  globalThis.history.replaceState(globalThis.history.state, '', url);
}
