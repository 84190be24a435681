import { clearCatalogueFilters, visibleEntries } from './catalogue-model';

/** The entry id a catalogue address points at (catalogue.html#k2-directs-calcium-to-bone), if any. */
export function entryIdFromHash(hash: string): string | null {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return null;
  }
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) ? id : null;
}

/**
 * Keeps `--filters-height` on the page at the sticky filter bar's height: an entry a link points at
 * lands below the bar (scroll-margin-top), however many rows the bar wraps into on a phone.
 */
export function trackFilterBar(): void {
  const bar = document.querySelector<HTMLElement>('.filters');
  if (!bar) return;
  const set = () => {
    document.documentElement.style.setProperty('--filters-height', `${bar.offsetHeight}px`);
  };
  new ResizeObserver(set).observe(bar);
  set();
}

/** Scrolls to the entry in the address, now and whenever the address changes, clearing filters that hide it. */
export function followHash(): void {
  const go = () => {
    const id = entryIdFromHash(location.hash);
    if (!id) return;
    if (!visibleEntries.value.some((e) => e.id === id)) clearCatalogueFilters();
    // Wait one frame so the cleared filters have rendered the entry.
    requestAnimationFrame(() => {
      const el = document.getElementById(id);
      if (!el) return;
      el.scrollIntoView({ block: 'start' });
      el.focus({ preventScroll: true });
    });
  };
  window.addEventListener('hashchange', go);
  go();
}
