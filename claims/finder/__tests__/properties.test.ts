import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TextBlock } from '..';
import { createFinder } from '..';
import { TEST_ENTRIES } from './helpers';

// The finder must survive any text a page can hold and always point at the text it quotes.

const finder = createFinder(TEST_ENTRIES);

/** Words that make the random text hit the vocabulary, the rules and the sentence handling. */
const WORDS = [
  'vitamin',
  'D3',
  'K2',
  'MK-7',
  'MK 7',
  'K₂',
  'D₃',
  'menaquinone',
  'calcium',
  'bones',
  'heart',
  'disease',
  'prevent',
  'guides',
  'absorb',
  'may',
  'not',
  'It',
  'These',
  'vitamins',
  'together,',
  'they',
  'Key',
  'benefits:',
  '•',
  '.',
  '?',
  '!',
  ':',
  '[3]',
  '(41)',
  '2,3',
  'Dr.',
  'vit.',
  'e.g.',
  '\u00AD',
  '\u200B',
  '\u00A0',
  '\u2014',
  '“',
  '”',
  '\n',
  '|',
  '$9',
  'magnesium',
  'K1',
  'omega-3',
  'https://x.y/z',
  '1.',
  'the',
  'and',
  'helps',
  // Text of other scripts and the characters that change a string's length or case: right-to-left
  // words and marks, combining accents, an emoji with a joiner, the dotted capital I (two
  // characters in lower case), the Kelvin sign (an ASCII "k" in lower case), fullwidth letters.
  'فيتامين',
  'ויטמין',
  '\u200F',
  '\u202E',
  'e\u0301',
  '\u{1F9B4}\u200D',
  'İ',
  '\u212A2',
  'ＤＫ２',
  'ビタミン',
];

/**
 * A random string: printable ASCII, any Unicode (astral characters too), or any UTF-16 code units,
 * lone surrogates included (a page's text nodes may hold them).
 */
const anyString = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary', maxLength }),
  );

const text = fc.oneof(
  anyString(400),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 120 }).map((w) => w.join(' ')),
  fc.array(fc.oneof(fc.constantFrom(...WORDS), anyString(6)), { maxLength: 80 }).map((w) => w.join('')),
);

/** Cuts a document into blocks at line breaks, some flagged as headings, as the extractor would. */
function blocksOf(doc: string, headings: boolean[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  let start = 0;
  doc.split('\n').forEach((line, i) => {
    if (line.trim())
      blocks.push(
        headings[i % headings.length] ? { text: line, start, heading: true } : { text: line, start },
      );
    start += line.length + 1;
  });
  return blocks;
}

describe('finder properties', () => {
  it('never throws and every finding quotes the document exactly at its offsets', () => {
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 6 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
        (parts, headings) => {
          const doc = parts.join('\n');
          for (const f of finder.find(blocksOf(doc, headings))) {
            expect(f.start).toBeGreaterThanOrEqual(0);
            expect(f.end).toBeGreaterThan(f.start);
            expect(f.end).toBeLessThanOrEqual(doc.length);
            expect(doc.slice(f.start, f.end)).toBe(f.text);
            expect(f.grade === null).toBe(f.claimId === null);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('gives the same findings for the same input, run after run', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (parts) => {
        const blocks = blocksOf(parts.join('\n'), [false]);
        expect(finder.find(blocks)).toEqual(finder.find(blocks));
        expect(createFinder(TEST_ENTRIES).find(blocks)).toEqual(finder.find(blocks));
      }),
      { numRuns: 200 },
    );
  });

  it('finds nothing in text without the vocabulary or a phrase that refers to it', () => {
    const plain = fc.array(
      fc.constantFrom('magnesium', 'bones', 'heart', 'supports', 'the', 'and', '.', 'calcium'),
      {
        maxLength: 60,
      },
    );
    fc.assert(
      fc.property(plain, (words) => {
        expect(finder.find([{ text: words.join(' '), start: 0 }])).toEqual([]);
      }),
    );
  });
});
