import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../catalogue';
import { createFinder, type TextBlock } from '..';
import { selectBlocks, selectRuns } from '../select';
import { TEST_ENTRIES, find, findInLines } from './helpers';

// Real pages put the subject in a heading, a lead-in or the sentence before; the finder carries it.

describe('the subject carries from its context', () => {
  it('gives a "Key benefits:" list the subject of its heading', () => {
    const { text, findings } = findInLines([
      '# Vitamin K2 (MK-7) 200 mcg',
      'Key benefits:',
      'Keeps calcium out of your arteries',
      'Supports strong bones and teeth',
      'Gluten free and vegan',
    ]);
    expect(findings.map((f) => f.text)).toEqual([
      'Keeps calcium out of your arteries',
      'Supports strong bones and teeth',
    ]);
    expect(findings.every((f) => f.subject === 'vitamin K2')).toBe(true);
    // The carried subject lets the catalogue's rule match a line that never names K2.
    expect(findings[0]).toMatchObject({ claimId: 'test-k2-directs-calcium', grade: 'plausible' });
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('takes the subject from a lead-in that names it, with bullets inside one block', () => {
    const { findings } = findInLines([
      'Why our D3 is different. Vitamin D3 helps you:',
      '• absorb calcium from food • stay well in winter',
    ]);
    expect(findings.map((f) => [f.text, f.subject, f.claimId])).toContainEqual([
      'absorb calcium from food',
      'vitamin D3',
      'test-d-absorbs-calcium',
    ]);
  });

  it('ends a list at the next paragraph', () => {
    const { findings } = findInLines([
      '# Vitamin D3',
      'Benefits:',
      'Supports strong bones',
      'Shipping is free on orders over fifty pounds, and every order is packed in recyclable paper. '.repeat(
        4,
      ),
      'Supports strong bones',
    ]);
    expect(findings).toHaveLength(1);
  });

  it('resolves "it" to the vitamin of the sentence just before', () => {
    const findings = find('Vitamin K2 activates osteocalcin. It also helps keep calcium in your bones.');
    expect(findings).toHaveLength(2);
    expect(findings[1]).toMatchObject({ subject: 'vitamin K2', claimId: 'test-k2-directs-calcium' });
  });

  it('resolves "this" and "these" that open the next sentence', () => {
    const findings = find(
      'Vitamin K2 activates matrix Gla protein. This protein keeps calcium out of your arteries.',
    );
    expect(findings[1]).toMatchObject({ subject: 'vitamin K2', claimId: 'test-k2-directs-calcium' });
  });

  it('does not resolve "it" across an unrelated sentence', () => {
    const findings = find(
      'Vitamin K2 activates osteocalcin. This trial followed 4,000 nurses for ten years. It tracked their heart disease rates.',
    );
    expect(findings.map((f) => f.text)).toEqual(['Vitamin K2 activates osteocalcin.']);
  });

  it('reads "these two nutrients" as both vitamins named before', () => {
    const findings = find(
      'Vitamin D3 absorbs calcium while vitamin K2 directs it. Trials suggest these two nutrients prevent heart disease together.',
    );
    expect(findings[1]).toMatchObject({
      subject: 'vitamin D3 and vitamin K2',
      claimId: 'test-heart-disease',
      hedged: true,
    });
  });

  it('reads "together, they" after a sentence about D3 and K2', () => {
    const findings = find('Take vitamin D3 with K2. Together, they keep your bones strong.');
    expect(findings.map((f) => f.text)).toEqual(['Together, they keep your bones strong.']);
  });

  it('judges a pair reference on its own by topics only D/K2 sentences have', () => {
    expect(find('This nutrient duo keeps calcium in your skeleton and out of your arteries.')).toHaveLength(
      1,
    );
    expect(find('These vitamins complement each other for stronger bones.')).toHaveLength(1);
    // A referring phrase on a generic topic could be about any nutrient.
    expect(find('These vitamins support your overall energy.')).toEqual([]);
    expect(find('It also helps keep calcium in your bones.')).toEqual([]);
  });

  it('does not carry the subject into a sentence about another nutrient', () => {
    const findings = find(
      'Vitamin D3 supports your immune system. Magnesium relaxes muscles. It also helps you sleep.',
    );
    expect(findings.map((f) => f.text)).toEqual(['Vitamin D3 supports your immune system.']);
  });

  it('stops a heading subject at a heading about another nutrient', () => {
    const { findings } = findInLines([
      '# Vitamin K2',
      'Benefits:',
      'Stronger bones',
      '# Magnesium',
      'Benefits:',
      'Better sleep',
    ]);
    expect(findings.map((f) => f.text)).toEqual(['Stronger bones']);
  });

  it('ends a list at a line in Title Case that reads as a heading', () => {
    const { findings } = findInLines([
      'Vitamin K2 helps in three ways:',
      'Keeps calcium out of your arteries',
      'Heart Health Outcomes',
      'Fewer heart attacks in trials',
    ]);
    expect(findings.map((f) => f.text)).toEqual(['Keeps calcium out of your arteries']);
  });

  it('reports nothing from a reference list', () => {
    const { findings } = findInLines([
      'Vitamin D3 supports your immune system.',
      'References',
      'Vitamin K2 prevents fractures in postmenopausal women: a randomised trial.',
      'Vitamin D and heart disease. Journal of Nutrition, 2019.',
    ]);
    expect(findings.map((f) => f.text)).toEqual(['Vitamin D3 supports your immune system.']);
  });

  it('does not jump a gap between blocks that were not sent together', () => {
    // The content script sends only the blocks near the vocabulary; these two sat 500 characters apart.
    const blocks = [
      { text: 'Vitamin D3 is the sunshine vitamin', start: 0 },
      { text: 'It also helps keep calcium in your bones.', start: 500 },
    ];
    expect(
      createFinder(TEST_ENTRIES)
        .find(blocks)
        .filter((f) => f.start >= 500),
    ).toEqual([]);
    // The same two blocks side by side do carry the subject.
    const adjacent = [
      { text: 'Vitamin D3 is the sunshine vitamin', start: 0 },
      { text: 'It also helps keep calcium in your bones.', start: 35 },
    ];
    expect(
      createFinder(TEST_ENTRIES)
        .find(adjacent)
        .filter((f) => f.start >= 35),
    ).toHaveLength(1);
  });
});

describe('choosing the blocks to send from a page', () => {
  const page: TextBlock[] = [
    { text: 'Free shipping on all orders', start: 0 },
    { text: 'Vitamin K2 (MK-7) 200 mcg', start: 30, heading: true },
    { text: 'Only $19.99 for 60 capsules', start: 60 },
    { text: 'Key benefits', start: 90, heading: true },
    { text: 'Keeps calcium out of your arteries', start: 105 },
    { text: 'Supports strong bones', start: 141 },
    { text: 'Shipping', start: 170, heading: true },
    { text: 'We ship worldwide from our warehouse in Leeds.', start: 180 },
  ];

  it('sends the gated blocks with the headings and list items that give them context', () => {
    const sent = selectBlocks(page).map((b) => b.text);
    expect(sent).toEqual([
      'Free shipping on all orders',
      'Vitamin K2 (MK-7) 200 mcg',
      'Only $19.99 for 60 capsules',
      'Key benefits',
      'Keeps calcium out of your arteries',
      'Supports strong bones',
    ]);
    // The finder reads the list items with the heading's subject, as it would the whole page.
    const fromSent = createFinder(TEST_ENTRIES).find(selectBlocks(page));
    expect(fromSent.map((f) => f.text)).toEqual([
      'Keeps calcium out of your arteries',
      'Supports strong bones',
    ]);
    expect(fromSent).toEqual(createFinder(TEST_ENTRIES).find(page));
  });

  it('groups the blocks into runs of neighbours that can be analysed apart', () => {
    const more: TextBlock[] = [
      { text: 'Returns are free within 30 days.', start: 230 },
      { text: 'Orders ship the same day.', start: 265 },
      { text: 'Customer service is open daily.', start: 292 },
      { text: 'Vitamin D3 supports your immune system.', start: 325 },
    ];
    const runs = selectRuns([...page, ...more]);
    expect(runs.map((run) => run.map((b) => b.start))).toEqual([
      [0, 30, 60, 90, 105, 141, 170],
      [292, 325],
    ]);
  });

  it('sends nothing from a page without the vocabulary', () => {
    expect(selectBlocks(page.filter((b) => !/K2/.test(b.text)))).toEqual([]);
  });
});

describe('benefit bullets under a lead-in', () => {
  // The shipped catalogue, without the claim model: these tests are about page structure.
  const catalogueFind = (lines: readonly string[]) => {
    const blocks: TextBlock[] = [];
    let at = 0;
    for (const line of lines) {
      blocks.push({ text: line, start: at });
      at += line.length + 1;
    }
    return createFinder(CATALOGUE).find(blocks);
  };

  it('take their subject and their action from the lead-in', () => {
    const findings = catalogueFind([
      'NanoCelle D3 is a formulation that may:',
      'Support immune function',
      'Help maintain healthy bones and teeth',
      'Lift your mood in winter',
    ]);
    const byText = new Map(findings.map((f) => [f.text, f]));
    expect(byText.get('Support immune function')).toMatchObject({ claimId: 'd-supports-immune-function' });
    expect(byText.get('Help maintain healthy bones and teeth')).toMatchObject({ grade: 'established' });
    expect(byText.get('Lift your mood in winter')).toMatchObject({ claimId: 'dk-improve-mood' });
  });

  it('make the lead-in claim about each item that names no action of its own', () => {
    const findings = catalogueFind([
      'Vitamin D3 and K2 are particularly beneficial for:',
      'Postmenopausal women concerned about osteoporosis',
      'Those focused on proactive cardiovascular wellness',
    ]);
    expect(findings.map((f) => f.grade)).toEqual(expect.arrayContaining(['mixed', 'unproven']));
  });
});
