import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTermFinder, fullGate, passesGate } from '../gate';
import { SEED_CLAIMS } from '../../__tests__/seed-claims';

// The gate answers from a few fragments first and runs its full expressions only near them. It
// must answer exactly as the full expressions do, wherever in a long text the term sits.

/** Every kind of gate term, in the spellings pages use (dashes, subscripts, hidden characters). */
const TERMS = [
  'vitamin D',
  'Vit. K2',
  'VITAMIN K',
  'D3',
  'K-2',
  'MK\u20117',
  'mk 4',
  'K\u2082',
  'D\u2083',
  'D3K2',
  'cholecalciferol',
  'Ergocalciferol',
  'calcifediol',
  'calcidiol',
  '25(OH)D',
  '25-OH-D3',
  'low D levels',
  'get your D up',
  'menaquinone-7',
  'menatetrenone',
  'MenaQ7',
  'K2VITAL',
  'VitaMK7',
  'phylloquinone',
  'the sunshine vitamin',
  'osteocalcin',
  'MGP',
  '1000 IU',
  '30 ng/mL',
  '75 nmol/L',
  'vi\u00ADtamin D',
  'D\u200B3',
  'K given on top of D',
  'vitamins A, C and D',
];

/** Filler that holds none of the fragments: no digits after d/k, no lone capital D or K. */
const FILLER = [
  'Fresh coffee every morning',
  'shipped in a glass jar',
  'our kitchen tested it twice',
  'made with care',
  'a daily ritual',
  'Dark roast',
  'Kind words from customers',
  'order 2 jars',
  'calm evenings',
  '\u2014',
  '\u2019',
  '.',
  ',',
  // Other scripts, and characters with odd lower cases: İ (two characters), the Kelvin sign ("k").
  'فيتامين د',
  'ビタミン',
  'İstanbul',
  '\u212A',
  '\u{1F9B4}',
];

const textOf = fc
  .array(fc.oneof(fc.constantFrom(...FILLER), fc.constantFrom(...TERMS)), { maxLength: 60 })
  .map((parts) => parts.join(' '));

describe('the gate', () => {
  it('passes every kind of term, at the start of a text and far into it', () => {
    const padding = `${FILLER.join(' ')} `.repeat(20);
    for (const term of TERMS) {
      expect(passesGate(term), term).toBe(true);
      expect(passesGate(`${padding}${term}.`), term).toBe(true);
      expect(createTermFinder(`${padding}${term}.`)(0), term).not.toBeNull();
    }
    expect(passesGate(padding)).toBe(false);
    expect(createTermFinder(padding)(0)).toBeNull();
  });

  it('answers as the full expressions do, on any mix of terms and filler', () => {
    fc.assert(
      fc.property(textOf, (text) => {
        expect(passesGate(text)).toBe(fullGate(text));
        expect(createTermFinder(text)(0) !== null).toBe(fullGate(text));
      }),
    );
  });

  it('answers as the full expressions do on every seed claim and every labelled sentence', () => {
    const eval_ = readFileSync(new URL('../../../../shared/eval/dev.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => (JSON.parse(line) as { text: string }).text);
    const texts = [...SEED_CLAIMS.map((c) => c.text), ...eval_];
    expect(texts.length).toBeGreaterThan(300);
    for (const text of texts) expect(passesGate(text), text).toBe(fullGate(text));
  });

  it('finds the terms of a long text one after another, every sentence with a term touched by one', () => {
    fc.assert(
      fc.property(fc.array(textOf, { minLength: 1, maxLength: 30 }), (sentences) => {
        const text = sentences.join('\n');
        const find = createTermFinder(text);
        const found = new Set<number>();
        let start = 0;
        const starts = sentences.map((s) => {
          const at = start;
          start += s.length + 1;
          return at;
        });
        for (let span = find(0); span; span = find(span.end)) {
          expect(span.end).toBeGreaterThan(span.start);
          // Every sentence the term touches (LETTERS may reach over a line break).
          starts.forEach((at, i) => {
            if (at < span.end && at + (sentences[i]?.length ?? 0) >= span.start) found.add(i);
          });
        }
        sentences.forEach((s, i) => {
          if (fullGate(s)) expect(found.has(i), s).toBe(true);
        });
      }),
    );
  });

  it('does not read a lower-case bare "d" as vitamin D (pages write it with a capital)', () => {
    expect(fullGate('keep your d levels up')).toBe(true);
    expect(passesGate('keep your d levels up')).toBe(false);
    expect(passesGate('keep your D levels up')).toBe(true);
  });
});
