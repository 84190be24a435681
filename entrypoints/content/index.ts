import './style.css';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { passesGate } from '../../claims/finder/gate';
import type { TextBlock } from '../../claims/finder/types';
import { extractText, type ExtractedText } from '../../utils/extract-text';
import { clearMarks, flash, paint, rangeFor } from '../../utils/highlights';
import { contentMessageSchema, findingSchema, type WireFinding } from '../../utils/messages';

/** Blocks that pass the gate, each with the heading and block before it for context. */
function gatedBlocks(blocks: readonly TextBlock[]): TextBlock[] {
  const keep = new Set<number>();
  blocks.forEach((b, i) => {
    if (!passesGate(b.text)) return;
    keep.add(i);
    if (i > 0) keep.add(i - 1);
    // The nearest heading above gives the subject of lists such as "Key benefits of K2:".
    for (let j = i - 1; j >= 0 && j >= i - 12; j--)
      if (blocks[j]?.heading) {
        keep.add(j);
        break;
      }
  });
  return [...keep].sort((a, b) => a - b).flatMap((i) => blocks[i] ?? []);
}

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    let extracted: ExtractedText | null = null;
    let marks: { finding: WireFinding; range: Range }[] = [];

    const scan = async () => {
      // Typed as always present, but null in documents without a body (XML, framesets).
      const body = document.body as HTMLElement | null;
      if (!body) return;
      extracted = extractText(body);
      const blocks = gatedBlocks(extracted.blocks);
      if (!blocks.length) return;
      const raw: unknown = await browser.runtime.sendMessage({ type: 'analyze', blocks });
      const findings = z.array(findingSchema).parse(raw);
      const segments = extracted.segments;
      marks = findings.flatMap((finding) => {
        const range = rangeFor(segments, finding);
        return range ? [{ finding, range }] : [];
      });
      paint(marks);
      await browser.runtime.sendMessage({
        type: 'page-findings',
        url: location.href,
        findings: marks.map((m) => m.finding),
      });
    };

    browser.runtime.onMessage.addListener((raw: unknown) => {
      const parsed = contentMessageSchema.safeParse(raw);
      if (!parsed.success || parsed.data.type !== 'reveal') return undefined;
      const mark = marks[parsed.data.index];
      if (!mark) return undefined;
      const target = mark.range.startContainer.parentElement;
      target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      flash(mark.range, (fn, ms) => ctx.setTimeout(fn, ms));
      return Promise.resolve(true);
    });
    ctx.onInvalidated(clearMarks);

    try {
      await scan();
    } catch (e) {
      // Never break the page: a failed scan leaves it unmarked and says why in the console.
      console.warn('[D3/K2 Claim Check] scan failed:', e);
    }
  },
});
