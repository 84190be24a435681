// Generated pages for `npm run bench`: shop-like articles of a given amount of visible text, with no
// vitamin D/K2 mention, with ten claim sentences, or with one claim sentence per 2 KB of text.
// Deterministic (seeded), so two runs measure the same pages.

import { createServer, type Server } from 'node:http';

/** How many claim sentences a page holds. */
export type Variant = 'none' | 'ten' | 'dense';

/** One generated page: its HTML and what it holds. */
export interface BenchPage {
  readonly name: string;
  readonly html: string;
  /** Characters of visible text (ASCII, so also bytes). */
  readonly textBytes: number;
  readonly claims: number;
}

/** The page sizes the benchmark measures, as visible text. */
export const SIZES: readonly { label: string; bytes: number }[] = [
  { label: '10KB', bytes: 10_000 },
  { label: '100KB', bytes: 100_000 },
  { label: '1MB', bytes: 1_000_000 },
  { label: '5MB', bytes: 5_000_000 },
];

/** The variants, in table order. */
export const VARIANTS: readonly Variant[] = ['none', 'ten', 'dense'];

// Plain shop and lifestyle words: no letter-digit pairs, no "vitamin", so filler never passes the gate.
const WORDS = (
  'the a our your this every daily fresh natural quality pure gentle simple modern classic organic ' +
  'blend formula product bottle jar pack order customer delivery shipping return guarantee price ' +
  'value offer season garden kitchen morning evening routine family friends travel comfort design ' +
  'cotton linen wooden ceramic glass steel handmade crafted sourced tested packed stored shipped ' +
  'made chosen loved trusted reviewed rated popular favourite limited new improved bright calm soft ' +
  'warm light smooth rich mild bold clean clear easy quick careful small large generous perfect ' +
  'with for from into over under between during after before while because although since ' +
  'makes keeps gives brings offers adds helps brightens fits suits arrives lasts feels looks tastes ' +
  'coffee tea honey oats berries citrus herbs spices olive almond coconut cocoa vanilla ginger mint ' +
  'farm valley coast harbor mountain river forest meadow village market workshop studio store'
).split(' ');

/**
 * Claim sentences as shop pages word them, across the grades. Fixed here rather than taken from the
 * catalogue, so that a catalogue change never changes what the benchmark measures.
 */
export const CLAIM_SENTENCES: readonly string[] = [
  'Vitamin D3 helps your body absorb calcium from food.',
  'Vitamin K2 directs calcium to your bones and teeth.',
  'Together, D3 and K2 help prevent heart disease.',
  'The science behind vitamin D3 and K2 is strong.',
  'Vitamin K can interfere with blood thinners like warfarin.',
  'MK-7 keeps calcium out of your arteries.',
  'Vitamin D supports a healthy immune system.',
  'Our D3 + K2 formula strengthens bones and prevents fractures.',
  'Vitamin D3 reduces wrinkles and gives you glowing skin.',
  'Taking K2 with D3 may support healthy blood vessels.',
];

/** A small seeded PRNG (mulberry32): the same pages on every run (tests reuse it). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fillerSentence(next: () => number): string {
  const n = 8 + Math.floor(next() * 14);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(next() * WORDS.length)] ?? 'the');
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A page of about `bytes` characters of visible text. Claim sentences come from `claimSentences`
 * in turn: ten spread evenly ('ten'), one per 2 KB ('dense'), or none.
 */
export function generatePage(
  label: string,
  bytes: number,
  variant: Variant,
  claimSentences: readonly string[],
): BenchPage {
  const next = random(bytes + variant.length);
  const claimEvery = variant === 'dense' ? 2_000 : variant === 'ten' ? bytes / 10 : Infinity;
  const parts: string[] = [];
  let textBytes = 0;
  let claims = 0;
  let nextClaimAt = claimEvery / 2;
  let section = 0;
  while (textBytes < bytes) {
    const heading = `Section ${++section}: ${fillerSentence(next).slice(0, -1)}`;
    parts.push(`<h2>${escapeHtml(heading)}</h2>`);
    textBytes += heading.length;
    const paragraphs = 2 + Math.floor(next() * 3);
    for (let p = 0; p < paragraphs && textBytes < bytes; p++) {
      const sentences: string[] = [];
      const count = 3 + Math.floor(next() * 5);
      for (let s = 0; s < count && textBytes < bytes; s++) {
        let sentence = fillerSentence(next);
        if (textBytes >= nextClaimAt && (variant !== 'ten' || claims < 10)) {
          sentence = claimSentences[claims % claimSentences.length] ?? sentence;
          claims++;
          nextClaimAt += claimEvery;
        }
        sentences.push(sentence);
        textBytes += sentence.length + 1;
      }
      // Every third paragraph is a bullet list, as product pages have.
      parts.push(
        section % 3 === 0
          ? `<ul>${sentences.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>`
          : `<p>${escapeHtml(sentences.join(' '))}</p>`,
      );
    }
  }
  const name = `${label}-${variant}`;
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench ${name}</title>` +
    `<link rel="icon" href="data:,"></head><body><main><h1>Bench page ${name}</h1>` +
    `${parts.join('\n')}</main></body></html>`;
  return { name, html, textBytes, claims };
}

/** Serves the generated pages from memory on 127.0.0.1. */
export async function serve(pages: readonly BenchPage[]): Promise<{ url: string; server: Server }> {
  const byPath = new Map(pages.map((p) => [`/${p.name}.html`, p.html]));
  const server = createServer((req, res) => {
    const html = byPath.get(req.url ?? '');
    // Cross-origin isolation gives the page (and the content script) a 5 µs clock instead of a
    // 100 µs one: the 10 KB pages take well under a millisecond.
    res.writeHead(html ? 200 : 404, {
      'content-type': 'text/html; charset=utf-8',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, server };
}
