import { test, expect } from '../fixtures';
import { markedTexts, pageRead, watchErrors } from '../content-script/helpers';
import { traced } from '../../../scripts/bench/trace';
import { CHECKS_PER_SLICE } from '../../../utils/page/slice';
import { NODES_PER_CHECK } from '../../../utils/page/sweep';
import { interleaving, serveHtml } from './helpers';

// Huge and deep pages: the scan finishes, marks the right text, logs nothing and never holds the tab.

const CLAIM = 'Vitamin K2 directs calcium to your bones and teeth.';
const FILLER = 'Fresh coffee, garden tools and kitchen linen, packed by hand in our studio.';

test('a page of 50,000 elements is scanned and marked', async ({ context, server }) => {
  const items = Array.from({ length: 50_010 }, (_, i) =>
    i % 10 === 0 ? `<p>${FILLER} ${i}</p>` : `<span>item ${i} </span>`,
  );
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>50k</title></head><body>${items.join('')}<p id="claim">${CLAIM}</p></body></html>`;
  const url = await serveHtml(context, server, '/robust-50k.html', html);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(url);
  expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(50_000);
  await expect.poll(() => markedTexts(page), { timeout: 20_000 }).toEqual([CLAIM]);
  expect(errors).toEqual([]);
});

test('text nested 5,000 elements deep is marked, with no stack overflow', async ({ context, server }) => {
  // The HTML parser flattens nesting past 512 levels, so the page builds its tree with the DOM.
  // Inline elements: Chromium's own block layout crashes the tab on 5,000 nested divs.
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>deep</title></head><body>
    <p>${FILLER}</p>
    <script>
      let parent = document.body;
      for (let i = 0; i < 5000; i++) {
        const el = document.createElement(i % 2 ? 'b' : 'span');
        parent.appendChild(el);
        parent = el;
      }
      const p = document.createElement('p');
      p.id = 'claim';
      p.textContent = ${JSON.stringify(CLAIM)};
      parent.appendChild(p);
      const q = document.createElement('p');
      q.textContent = 'Taking K2 with D3 helps prevent heart disease.';
      parent.appendChild(q);
    </script></body></html>`;
  const url = await serveHtml(context, server, '/robust-deep.html', html);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(url);
  const depth = await page.evaluate(() => {
    let d = 0;
    for (let el = document.getElementById('claim'); el; el = el.parentElement) d++;
    return d;
  });
  expect(depth).toBeGreaterThan(5_000);
  await expect
    .poll(async () => (await markedTexts(page)).sort(), { timeout: 20_000 })
    .toEqual([CLAIM, 'Taking K2 with D3 helps prevent heart disease.'].sort());
  expect(errors).toEqual([]);
});

/** A page of about `bytes` of paragraphs (`claimAt`: the index of the one that holds the claim), and `script`. */
function bigPage(bytes: number, claimAt: number, script = ''): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = i === claimAt ? `<p id="claim">${CLAIM}</p>` : `<p>${FILLER} Line ${i}.</p>`;
    paragraphs.push(p);
    size += p.length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>big</title></head><body>${paragraphs.join('\n')}${script}</body></html>`;
}

test('a 10 MB page does not hang the tab and its claims are marked', async ({ context, server }) => {
  test.setTimeout(120_000);
  const url = await serveHtml(context, server, '/robust-10mb.html', bigPage(10_000_000, 50_000));
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(url, { timeout: 60_000 });
  await expect.poll(() => markedTexts(page), { timeout: 60_000 }).toEqual([CLAIM]);
  // The page still answers: no hang (a hung tab would time this out).
  expect(await page.evaluate(() => document.getElementById('claim')?.id)).toBe('claim');
  expect(errors).toEqual([]);
});

test("a 10 MB page is swept in bounded slices, and the page's own timers run between them", async ({
  context,
  server,
  extensionId,
}) => {
  test.setTimeout(120_000);
  // No D/K2 text: the sweep and the look for frames are all we do, with nothing to wait for, so
  // any page task that runs between two of ours ran because we yielded to it. The page keeps a
  // timer pending all the time, as pages with clocks, carousels and analytics do.
  const ticking = `<script>(function tick() { setTimeout(tick, 0); })();</script>`;
  const html = bigPage(10_000_000, -1, ticking);
  const url = await serveHtml(context, server, '/robust-10mb-quiet.html', html);
  const page = await context.newPage();
  const errors = watchErrors(page);
  const cdp = await context.newCDPSession(page);
  let textNodes = 0;
  const events = await traced(cdp, async () => {
    await page.goto(url, { timeout: 60_000 });
    textNodes = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let n = 0;
      while (walker.nextNode()) n++;
      return n;
    });
    // The content script answers the popup's question once its sweep is done. (Asked seldom: each
    // question is a task of ours.)
    await expect.poll(() => pageRead(context, page), { timeout: 60_000, intervals: [2_000] }).toBe(true);
  });
  const turns = interleaving(events, `chrome-extension://${extensionId}`, url);
  // A slice walks at most CHECKS_PER_SLICE x NODES_PER_CHECK text nodes, whatever the clock says,
  // so a page of this many text nodes is swept in at least this many tasks of ours.
  expect(turns.ours).toBeGreaterThanOrEqual(Math.ceil(textNodes / (CHECKS_PER_SLICE * NODES_PER_CHECK)));
  // The page's timer ran between our slices, not only once the sweep was done: between slices the
  // page's own tasks go first.
  expect(turns.pageBetweenOurs).toBeGreaterThanOrEqual(5);
  expect(errors).toEqual([]);
});
