import fc from 'fast-check';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { catalogueFinder } from '../..';
import type { TextBlock } from '..';
import { splitSentences } from '../sentences';

// A page decides what text the background reads, and the background grades every tab's text on one
// thread: a pattern that backtracks on a long run of spaces, or a loop that reads a block again at
// every stop, lets one page stall the marks of all the others. These tests hold the finder to work
// that grows with the text, counted, never timed: every pattern that reads a whole block is checked
// for super-linear backtracking (recheck), and the characters every pattern and string search is
// handed must grow in proportion to the block.

const finder = catalogueFinder();

/** Runs of what hostile pages are made of: spaces, no-break spaces, one long word, digits, combining marks. */
const UNITS = [
  ' ',
  '\u00A0',
  '\t',
  'a',
  '1',
  '1,',
  'e\u0301',
  '.',
  '. ',
  '&',
  'K ',
  'D.',
  'the ',
  '2019;',
  '(1)',
];
/** What a block may start with: the vocabulary (the gated path), a lead-in, a caps bullet, a citation. */
const HEADS = [
  '',
  'Vitamin D3 and K2 ',
  'K2 helps ',
  'Key benefits: ',
  'BONE HEALTH — ',
  'J Bone Res. 2019;',
  'These two ',
];
const TAILS = ['', ' support bones.', ' 1000 IU', ' MK-7 K D', ':', '\n'];

type Hostile = { unit: string; head: string; tail: string; heading: boolean };
/** The hostile block, and one without the vocabulary after a gap (read by other tests). */
const blocksOf = (h: Hostile, size: number): TextBlock[] => {
  const run = h.unit.repeat(Math.ceil(size / h.unit.length));
  const text = h.head + run + h.tail;
  return [
    { text, start: 0, heading: h.heading },
    { text: `${run} They help.`, start: text.length + 100, heading: h.heading },
  ];
};

/** What each pattern and search was handed: the patterns by source, and the characters read in all. */
interface Work {
  readonly patterns: Map<string, RegExp>;
  chars: number;
}

/**
 * Runs `f` counting, for every regular-expression match (test, exec, search, replace and split all
 * go through exec), every `indexOf`/`lastIndexOf` and every `slice`, the characters it was handed:
 * from where a match starts to where it ends (or to the end), how far a search went, how long a
 * slice is. Patterns handed more than `longer` characters are collected.
 */
function counting(f: () => void, longer = Infinity): Work {
  const work: Work = { patterns: new Map(), chars: 0 };
  // The originals, put back afterwards; each is called with its own receiver.
  /* eslint-disable @typescript-eslint/unbound-method */
  const exec = RegExp.prototype.exec;
  const slice = String.prototype.slice;
  const indexOf = String.prototype.indexOf;
  const lastIndexOf = String.prototype.lastIndexOf;
  /* eslint-enable @typescript-eslint/unbound-method */
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = exec.call(this, input);
    work.chars += (m ? m.index + m[0].length : input.length) - from + 1;
    if (input.length - from > longer) work.patterns.set(`/${this.source}/${this.flags}`, this);
    return m;
  };
  String.prototype.slice = function (this: string, start?: number, end?: number) {
    const out = slice.call(this, start, end);
    work.chars += out.length + 1;
    return out;
  };
  String.prototype.indexOf = function (this: string, search: string, position?: number) {
    const at = indexOf.call(this, search, position);
    work.chars += (at === -1 ? this.length : at) - (position ?? 0) + 1;
    return at;
  };
  String.prototype.lastIndexOf = function (this: string, search: string, position?: number) {
    const at = lastIndexOf.call(this, search, position);
    work.chars += Math.min(position ?? this.length, this.length) - at + 1;
    return at;
  };
  try {
    f();
  } finally {
    RegExp.prototype.exec = exec;
    String.prototype.slice = slice;
    String.prototype.indexOf = indexOf;
    String.prototype.lastIndexOf = lastIndexOf;
  }
  return work;
}

/**
 * Patterns recheck's fuzzer calls polynomial whose repetition is bounded, so each start reads a
 * fixed number of characters at most (linear, with that number as its factor): `{1,60}` between
 * the letters D and K, `{1,6}` list items after "vitamins", `{0,2}` words before "pair".
 */
const BOUNDED = [/^\(\?<!\[\\w-\]\)\(\?:D/, /^\(\?:\\bvit\(\?:amin/, /these\|those\|both\|the\)\\s\+/];

describe('hostile text: work grows with the block', () => {
  it('every pattern that reads a whole block is free of super-linear backtracking', () => {
    const patterns = new Map<string, RegExp>();
    for (const unit of UNITS)
      for (const head of HEADS)
        for (const heading of [false, true]) {
          const blocks = blocksOf({ unit, head, tail: ' 1000 IU. These two help bones.', heading }, 3_000);
          // Longer than any sentence the finder cuts (1,200 characters): these saw the whole block.
          for (const [k, re] of counting(() => finder.find(blocks), 2_500).patterns) patterns.set(k, re);
        }
    // The gate, the citation test, the reference hints, the implied units, the sentence splitter.
    expect(patterns.size).toBeGreaterThan(10);
    const unsafe: string[] = [];
    for (const [key, re] of patterns) {
      if (BOUNDED.some((b) => b.test(re.source))) continue;
      // A fixed seed and no time limit: the same answer on any machine, however busy.
      const result = checkSync(re.source, re.flags.replace(/[gy]/g, ''), { randomSeed: 1, timeout: null });
      if (result.status !== 'safe') unsafe.push(`${result.status} ${key.slice(0, 120)}`);
    }
    expect(unsafe).toEqual([]);
  }, 600_000);

  it('reads every hostile block in work proportional to its length', () => {
    const uneven: string[] = [];
    for (const unit of UNITS)
      for (const head of HEADS)
        for (const tail of TAILS) {
          const h = { unit, head, tail, heading: false };
          const small = counting(() => finder.find(blocksOf(h, 2_000))).chars;
          const large = counting(() => finder.find(blocksOf(h, 16_000))).chars;
          // Eight times the text: about eight times the work; quadratic work would be sixty-four times.
          if (large > small * 12) uneven.push(`${JSON.stringify(h)}: ${small} -> ${large}`);
        }
    expect(uneven).toEqual([]);
  }, 600_000);

  it('splits a block into sentences reading each character a bounded number of times', () => {
    const uneven: string[] = [];
    for (const unit of UNITS)
      for (const tail of TAILS) {
        const text = (size: number) => `Vitamin D3 ${unit.repeat(size / unit.length)}${tail}`;
        const small = counting(() => splitSentences(text(4_000))).chars;
        const large = counting(() => splitSentences(text(64_000))).chars;
        // Sixteen times the text: the cuts of a run without spaces searched back to its start.
        if (large > small * 24) uneven.push(`${JSON.stringify({ unit, tail })}: ${small} -> ${large}`);
      }
    expect(uneven).toEqual([]);
  });

  it('reads any mix of hostile runs in work proportional to its length', () => {
    const mix = fc.array(
      fc.record({
        unit: fc.constantFrom(...UNITS, ...HEADS.filter(Boolean)),
        times: fc.integer({ min: 1, max: 400 }),
      }),
      {
        minLength: 1,
        maxLength: 8,
      },
    );
    fc.assert(
      fc.property(mix, fc.constantFrom(...HEADS), fc.boolean(), (runs, head, heading) => {
        const text = (scale: number) => head + runs.map((r) => r.unit.repeat(r.times * scale)).join('');
        const work = (scale: number) =>
          counting(() => finder.find([{ text: text(scale), start: 0, heading }])).chars;
        // Both several sentences long (1,200 characters at most each): within a sentence, work may
        // grow faster, and the first sentences must not be most of it. Four times the text: about
        // four times the work; quadratic work would be sixteen times.
        const base = Math.ceil(5_000 / text(1).length);
        expect(work(4 * base)).toBeLessThan(work(base) * 8);
      }),
      { numRuns: 25 },
    );
  }, 600_000);
});
