// Two reports of the same quote from the same page are one report. "Same" forgives what a page
// changes between visits (spacing, curly quotes, case, tracking parameters, the #fragment).

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const TRACKING = /^(?:utm_\w+|fbclid|gclid|msclkid|mc_cid|mc_eid|ref|ref_src|_ga)$/i;

/** A quote folded for comparison: Unicode compatibility form, no invisibles, one space, lower case. */
export function normaliseQuote(quote: string): string {
  return quote
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.!?;:,]+$/, '')
    .toLowerCase();
}

/** A page address without its fragment and tracking parameters; unparsable input is kept as is. */
export function normaliseUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.trim();
  }
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()])
    if (TRACKING.test(name)) parsed.searchParams.delete(name);
  parsed.searchParams.sort();
  return parsed.href.replace(/\/$/, '');
}

/** The address cut to the reader's choice: all of it, the origin, or nothing. */
export function scopeUrl(url: string, scope: 'full' | 'site' | 'none'): string | null {
  if (scope === 'none') return null;
  if (scope === 'full') return url;
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/** The dedupe key: SHA-256 (hex) of the normalised quote and page address. */
export async function reportKey(quote: string, url: string): Promise<string> {
  const data = new TextEncoder().encode(`${normaliseQuote(quote)}\n${normaliseUrl(url)}`);
  const digest = await crypto.subtle.digest('SHA-256', data);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
