import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { selectRuns } from '../../../claims/finder/select';
import { extractText, extractWindows } from '../extract-text';
import { gatedRunsSliced } from '../scan';
import { random } from '../../../scripts/bench/pages';
import { CHECKS_PER_SLICE, createSlicer } from '../slice';
import { hasReadableTerm, NODES_PER_CHECK, sweepText, textWindows } from '../sweep';

// The content script reads only the stretches of a page around gated text. Whatever it reads, the
// finder must be sent the same runs (same blocks, same context) as a full extraction gives.

const FILLER = ['Fresh coffee every morning.', 'Free shipping over 30 euros.', 'Made by hand in our studio.'];
const LEAD_INS = [
  '<p>Key benefits of vitamin K2:</p>',
  '<p><b>Why take D3</b>: </p>',
  '<h3>Vitamin D3</h3><h4>Benefits</h4>',
];
const PLAIN_LEAD_IN = '<p>Our story:</p>';
const CLAIMS = [
  'Vitamin K2 directs calcium to your bones.',
  'Taking K2 with D3 helps prevent heart disease.',
  'Vitamin D<sub>3</sub> supports your immune system.',
];

function page(seed: number, blocks: number, claimRate: number): string {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] as T;
  const parts: string[] = [];
  for (let i = 0; i < blocks; i++) {
    const r = next();
    const text = next() < claimRate ? pick(CLAIMS) : pick(FILLER);
    if (r < 0.1) parts.push(`<h2>${next() < claimRate ? 'Vitamin K2 benefits' : 'Our story'}</h2>`);
    else if (r < 0.13)
      // A lead-in and its list (its ':' alone in a text node at times), or a D/K2 heading followed
      // by a "Benefits" heading: select.ts reads the short blocks under them.
      parts.push(
        `${next() < claimRate ? pick(LEAD_INS) : PLAIN_LEAD_IN}${Array.from({ length: 1 + Math.floor(next() * 20) }, () => `<p>${pick(FILLER)}</p>`).join('')}`,
      );
    else if (r < 0.2) parts.push(`<ul><li>${text}</li><li>${pick(FILLER)}</li></ul>`);
    else if (r < 0.25) parts.push(`<script>var k2 = "Vitamin K2";</script><p>${pick(FILLER)}</p>`);
    else if (r < 0.3) parts.push(`<div hidden><p>Vitamin D3 hidden text.</p></div>`);
    else if (r < 0.35) parts.push(`<p>${pick(FILLER)}<br>${text}</p>`);
    else parts.push(`<p>${text} <b>${pick(FILLER)}</b></p>`);
  }
  return `<!doctype html><html><body>${parts.join('\n')}</body></html>`;
}

const runTexts = (runs: { text: string }[][]) => runs.map((run) => run.map((b) => b.text));
/** A section of twelve numbered headings, as under a "12 Benefits of Vitamin D" heading. */
const NUMBERED_SECTION = Array.from(
  { length: 12 },
  (_, i) => `<h3>${i + 1}. Point ${i}</h3><p>One.</p><p>Two.</p>`,
).join('');
/** `n` plain paragraphs without any D/K2 term. */
const plain = (n: number) => Array.from({ length: n }, (_, i) => `<p>Plain block ${i}.</p>`).join('');
const neverDue = { due: () => false, yield: () => Promise.resolve(), reset: () => undefined };

/** The runs selected from the whole page, and from what the windows around its gated text read. */
async function fullAndWindowed(html: string) {
  const { document } = parseHTML(html);
  const full = runTexts(selectRuns(extractText(document.body).blocks));
  const sweep = await sweepText(document.body, neverDue);
  const windows = await textWindows(sweep, document.body, neverDue);
  const read = await extractWindows(document.body, windows, neverDue);
  return { full, windowed: runTexts(selectRuns(read.blocks)), windows, read: read.blocks };
}

describe('reading only the stretches around gated text', () => {
  for (const [seed, blocks, rate] of [
    [1, 400, 0],
    [2, 400, 0.01],
    [3, 400, 0.05],
    [4, 200, 0.3],
    [5, 60, 1],
    [6, 600, 0.02],
    [8, 600, 0.1],
  ] as const)
    it(`sends the finder the same runs as a full extraction (seed ${seed}, ${rate * 100}% claims)`, async () => {
      const { full, windowed, windows } = await fullAndWindowed(page(seed, blocks, rate));
      expect(windowed).toEqual(full);
      if (rate === 0) expect(windows).toEqual([]);
    });

  it('sends the same runs for the lists under a D/K2 heading and a lead-in', async () => {
    const { full, windowed } = await fullAndWindowed(
      `<html><body>${plain(40)}<h2>Vitamin K2 benefits</h2>${plain(40)}<p>What D3 does:</p>${plain(40)}</body></html>`,
    );
    expect(windowed).toEqual(full);
    expect(full.flat().length).toBeGreaterThan(20);
  });

  it('sends the same runs for a numbered section, and for a lead-in cut by an empty block', async () => {
    // select.ts keeps a section of numbered headings under a heading that announces a list, up to
    // 120 blocks; and the extraction cuts a <div> at an empty <p>, so its lead-in is not its last text.
    const list = Array.from({ length: 10 }, (_, i) => `<li>Item ${i}</li>`).join('');
    const { full, windowed } = await fullAndWindowed(
      `<html><body>${plain(40)}<div>Key benefits of vitamin K2:<p>&nbsp;</p>Read on.</div><ul>${list}</ul>` +
        `${plain(40)}<h2>12 Benefits of Vitamin D</h2>${NUMBERED_SECTION}${plain(40)}</body></html>`,
    );
    expect(windowed).toEqual(full);
    expect(full.flat().length).toBeGreaterThan(45);
  });

  it('reads as far around a term as the selection reaches, and one block more', async () => {
    const blocksRead = async (gated: string) =>
      (await fullAndWindowed(`<html><body>${plain(40)}${gated}${plain(40)}</body></html>`)).read.length;
    // 12 blocks up for a heading; 1 down from a paragraph, 8 + 16 from a lead-in or a heading.
    expect(await blocksRead('<p>Vitamin K2 directs calcium to your bones.</p>')).toBe(13 + 1 + 2);
    expect(await blocksRead('<p>Vitamin K2 does <b>three things</b>:</p>')).toBe(13 + 1 + 25);
    expect(await blocksRead('<h2>Vitamin K2</h2>')).toBe(13 + 1 + 25);
    // Up to the nearest heading: the finder takes the subject from it and looks no further.
    expect(
      await blocksRead('<h3>Our <b>drops</b></h3><p>a</p><p>Vitamin K2 directs calcium to your bones.</p>'),
    ).toBe(1 + 1 + 1 + 2);
  });

  it('keeps every block at its offset in the text it read', async () => {
    const { document } = parseHTML(page(7, 300, 0.02));
    const sweep = await sweepText(document.body, neverDue);
    const windows = await textWindows(sweep, document.body, neverDue);
    const read = await extractWindows(document.body, windows, neverDue);
    expect(read.blocks.length).toBeGreaterThan(0);
    for (const b of read.blocks) expect(read.text.slice(b.start, b.start + b.text.length)).toBe(b.text);
  });
});

describe('sweeping a page a segment at a time', () => {
  it('finds the same text nodes whatever the segment size, terms cut by a seam included', async () => {
    const { document } = parseHTML(page(10, 600, 0.05));
    const gatedWith = async (size?: number) => {
      const sweep = await sweepText(document.body, neverDue, undefined, size);
      return sweep.gated.map((i) => sweep.nodes[i]);
    };
    const whole = await gatedWith();
    expect(whole.length).toBeGreaterThan(10);
    for (const size of [40, 97, 1_000, 5_000]) expect(await gatedWith(size)).toEqual(whole);
  });

  it('finds a term split over two text nodes at a seam, in the node after it', async () => {
    const { document } = parseHTML(
      `<!doctype html><html><body><p>${'Fresh coffee every morning. '.repeat(3)}Vitamin K<sub>2</sub> guides calcium.</p></body></html>`,
    );
    for (const size of [10, 84, 90, 100_000]) {
      const sweep = await sweepText(document.body, neverDue, undefined, size);
      const texts = sweep.gated.map((i) => sweep.nodes[i]?.data);
      expect(texts, `segments of ${size}`).toContain('2');
    }
  });

  it('keeps the space between two text nodes when a seam falls between them', async () => {
    const { document } = parseHTML(
      `<!doctype html><html><body><p>Good for the heart</p><p>K2 guides calcium.</p></body></html>`,
    );
    const sweep = await sweepText(document.body, neverDue, undefined, 10);
    expect(sweep.gated.map((i) => sweep.nodes[i]?.data)).toEqual(['K2 guides calcium.']);
  });

  it('finds nothing on a page without terms, and ignores terms only in scripts and hidden text', async () => {
    const { document } = parseHTML(
      `<!doctype html><html><body><p>Fresh coffee.</p><script>var k2 = "Vitamin K2";</script><div hidden>Vitamin D3</div></body></html>`,
    );
    const sweep = await sweepText(document.body, neverDue);
    expect(sweep.gated.length).toBe(2);
    expect(hasReadableTerm(sweep, document.body)).toBe(false);
    expect(await textWindows(sweep, document.body, neverDue)).toEqual([]);
    const seen = parseHTML(`<!doctype html><html><body><p>Vitamin K2 for bones.</p></body></html>`);
    expect(hasReadableTerm(await sweepText(seen.document.body, neverDue), seen.document.body)).toBe(true);
  });
});

describe('slices', () => {
  it('are due when their time is up, and fresh after a yield', async () => {
    let now = 0;
    let yields = 0;
    const slicer = createSlicer(
      10,
      () => now,
      () => {
        yields++;
        return Promise.resolve();
      },
    );
    expect(slicer.due()).toBe(false);
    now = 10;
    expect(slicer.due()).toBe(true);
    await slicer.yield();
    expect(yields).toBe(1);
    expect(slicer.due()).toBe(false);
    now = 25;
    slicer.reset();
    expect(slicer.due()).toBe(false);
  });

  it('bound the text nodes a slice walks, however fast or slow the clock', async () => {
    const { document } = parseHTML(`<!doctype html><html><body>${plain(40_000)}</body></html>`);
    // Counts the text nodes the sweep's walker hands out, and where each slice ended.
    const create = document.createTreeWalker.bind(document);
    let walked = 0;
    document.createTreeWalker = (root: Node, what?: number) => {
      const walker = create(root, what);
      const next = walker.nextNode.bind(walker);
      walker.nextNode = () => {
        const node = next();
        if (node) walked++;
        return node;
      };
      return walker;
    };
    const ends: number[] = [];
    // A clock that never moves: only the bound on work ends a slice.
    const sweep = await sweepText(
      document.body,
      createSlicer(
        12,
        () => 0,
        () => {
          ends.push(walked);
          return Promise.resolve();
        },
      ),
    );
    ends.push(walked);
    expect(sweep.nodes.length).toBe(walked);
    expect(walked).toBeGreaterThanOrEqual(40_000);
    const perSlice = ends.map((n, i) => n - (ends[i - 1] ?? 0));
    expect(Math.max(...perSlice)).toBeLessThanOrEqual(NODES_PER_CHECK * CHECKS_PER_SLICE);
    expect(ends.length).toBeGreaterThanOrEqual(Math.ceil(walked / (NODES_PER_CHECK * CHECKS_PER_SLICE)));
  });

  it('make a long sweep yield, and it still reads every text node', async () => {
    const { document } = parseHTML(page(8, 2000, 0.01));
    let now = 0;
    let yields = 0;
    const sweep = await sweepText(
      document.body,
      createSlicer(
        1,
        () => (now += 1),
        () => {
          yields++;
          return Promise.resolve();
        },
      ),
    );
    expect(yields).toBeGreaterThan(0);
    const full = extractText(document.body);
    const swept = new Set(sweep.nodes);
    expect(full.segments.every((seg) => swept.has(seg.node))).toBe(true);
  });
});

describe('selecting runs a slice at a time', () => {
  it('gives the same runs as selecting from the whole list', async () => {
    const { document } = parseHTML(page(9, 9_000, 0.05));
    const blocks = extractText(document.body).blocks;
    expect(blocks.length).toBeGreaterThan(4_000);
    const sliced = await gatedRunsSliced(blocks, neverDue);
    expect(runTexts(sliced)).toEqual(runTexts(selectRuns(blocks)));
    expect(sliced.flat().map((b) => b.start)).toEqual(
      selectRuns(blocks)
        .flat()
        .map((b) => b.start),
    );
  });

  it('gives the same runs for a numbered section that crosses the edge of a slice', async () => {
    const filler = plain(1_990);
    const { document } = parseHTML(
      `<html><body>${filler}<h2>12 Benefits of Vitamin D</h2>${NUMBERED_SECTION}${filler}</body></html>`,
    );
    const blocks = extractText(document.body).blocks;
    expect(runTexts(await gatedRunsSliced(blocks, neverDue))).toEqual(runTexts(selectRuns(blocks)));
  });
});
