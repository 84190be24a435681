import { z } from '../../claims/zod';
import { sessionArea } from './tab-state';

// Sites where this browsing session found claims (never from a private window). A shop's next
// page usually has claims too, and Chromium stops an idle service worker after 30 s, so the
// reader's next page would wait for the worker to compile the catalogue (most of a quarter of a
// second) before its first mark. The worker is started again anyway when a tab starts loading; on
// these sites it compiles the finder then, while the page loads. Kept in session storage:
// forgotten when the browser closes, never sent.

const KEY = 'claim-sites';
/** The most recent sites kept: enough for a session of shopping, and cheap to check on every navigation. */
export const MAX_CLAIM_SITES = 50;

const sitesSchema = z.array(z.string()).max(MAX_CLAIM_SITES);

/** A web page's origin, or null for anything else (extension pages, files, bad addresses). */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

let memory: string[] | null = null;

async function load(): Promise<string[]> {
  if (memory) return memory;
  try {
    const raw: unknown = (await sessionArea()?.get(KEY))?.[KEY];
    const parsed = sitesSchema.safeParse(raw ?? []);
    // Corrupt data costs nothing but a warm-up: start again from none.
    memory = parsed.success ? parsed.data : [];
  } catch {
    memory = [];
  }
  return memory;
}

/** Keeps this list, in memory and in session storage (a failed write costs only a warm-up). */
async function save(sites: string[]): Promise<void> {
  memory = sites;
  await sessionArea()
    ?.set({ [KEY]: sites })
    .catch(() => undefined);
}

/** Remembers that a page of this site had claims (most recent first). */
export async function rememberClaimSite(url: string): Promise<void> {
  const site = originOf(url);
  if (!site) return;
  const sites = await load();
  if (sites[0] !== site) await save([site, ...sites.filter((s) => s !== site)].slice(0, MAX_CLAIM_SITES));
}

/** Whether a page of this site had claims in this session. */
export async function isClaimSite(url: string): Promise<boolean> {
  const site = originOf(url);
  return site !== null && (await load()).includes(site);
}

/** Forgets the sites that `drop` picks (the reader switched them off). */
export async function forgetClaimSites(drop: (origin: string) => boolean): Promise<void> {
  const sites = await load();
  const kept = sites.filter((site) => !drop(site));
  if (kept.length < sites.length) await save(kept);
}

/** Drops the memory copy, as a restart of the service worker does (the session copy stays). */
export function dropMemoryCopy(): void {
  memory = null;
}
