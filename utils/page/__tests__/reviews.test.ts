import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { catalogueFinder } from '../../../claims';
import { markKey } from '../../../claims/grades';
import { extractText } from '../extract-text';

const page = (body: string) => extractText(parseHTML(`<html><body>${body}</body></html>`).document.body);

describe("a customer's words", () => {
  it.each([
    ['schema.org Review', '<div itemscope itemtype="https://schema.org/Review"><p>CLAIM</p></div>'],
    ['itemprop=review', '<div itemprop="review"><p>CLAIM</p></div>'],
    ['an Amazon-style review', '<div data-hook="review"><span>CLAIM</span></div>'],
    ['a .review container', '<article class="review"><p>CLAIM</p></article>'],
    ['the #reviews section', '<section id="reviews"><p>CLAIM</p></section>'],
  ])('are read as a review in %s, and marked as a customer’s', (_, html) => {
    const claim = 'Vitamin K2 directs calcium to your bones and teeth.';
    const { blocks } = page(`<p>Our drops.</p>${html.replace('CLAIM', claim)}`);
    expect(blocks.find((b) => b.text === claim)).toMatchObject({ review: true });
    const [finding] = catalogueFinder().find(blocks);
    expect(finding).toMatchObject({ grade: 'plausible', voice: 'customer' });
    expect(finding && markKey(finding)).toBe('customer');
  });

  it("leave the shop's own text as the shop's", () => {
    const { blocks } = page('<p class="reviewed-by">Vitamin K2 directs calcium to your bones and teeth.</p>');
    expect(blocks[0]?.review).toBeUndefined();
    const [finding] = catalogueFinder().find(blocks);
    expect(finding?.voice).toBeUndefined();
    expect(finding && markKey(finding)).toBe('plausible');
  });
});
