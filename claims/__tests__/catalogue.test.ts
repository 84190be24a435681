import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, CATALOGUE_VERSION, catalogueFinder, entryById, warmUpBatches } from '..';
import { matchSentence } from '../finder';
import { matchAll, subjectsOf } from '../finder/match';
import { catalogueMarkdown } from '../catalogue/markdown';
import { SEED_DOCUMENTS } from '../catalogue/seeds';
import { readParts } from '../parts/read';
import { TOPICS, catalogueSchema, entrySchema, type Entry } from '../schema';

const root = new URL('../../', import.meta.url);
/** The entry a sentence's parts make on its own, before the claim model decides whether to mark it. */
const entryOf = (text: string) => matchSentence(CATALOGUE, text)?.entry.id ?? null;
/** What the shipped finder marks: the claim model and the safety vetoes included. */
const marked = (text: string) => catalogueFinder().find([{ text, start: 0 }]);

/** A valid entry to break one field at a time. */
function sample(): Entry {
  const entry = entryById('vitamin-k-interferes-with-warfarin');
  if (!entry) throw new Error('the warfarin entry is missing');
  return structuredClone(entry);
}

describe('catalogue data', () => {
  it('holds the schema for every entry', () => {
    for (const entry of CATALOGUE) expect(entrySchema.safeParse(entry).success, entry.id).toBe(true);
  });

  it('rejects entries that break the schema', () => {
    const source = sample().sources[0];
    if (!source) throw new Error('the warfarin entry has no source');
    const bad: unknown[] = [
      {
        ...sample(),
        explanation: 'Warfarin blocks vitamin K and so extra vitamin K weakens it in every patient.',
      },
      { ...sample(), sources: [{ ...source, url: 'http://example.org/study' }] },
      { ...sample(), sources: [{ ...source, url: 'javascript:alert(1)' }] },
      { ...sample(), examples: ['Vitamin K can interfere with warfarin.', 'K2 and Coumadin clash.'] },
      { ...sample(), match: [{ id: 'no-groups', all: [], reason: 'A combination without groups.' }] },
      {
        ...sample(),
        match: [{ id: 'bad-tag', all: [['NotAConcept']], reason: 'A concept that does not exist.' }],
      },
      { ...sample(), gradeReason: 'Too short.' },
    ];
    for (const entry of bad) expect(entrySchema.safeParse(entry).success).toBe(false);
  });

  it('rejects a catalogue with a duplicate id', () => {
    expect(catalogueSchema.safeParse([sample(), sample()]).success).toBe(false);
    expect(catalogueSchema.safeParse([sample()]).success).toBe(true);
  });

  it('gives every entry sources a reader can follow, named, with what they found', () => {
    for (const entry of CATALOGUE)
      for (const source of entry.sources) {
        expect(new URL(source.url).protocol, `${entry.id}: ${source.name}`).toBe('https:');
        expect(source.finding.length, entry.id).toBeGreaterThan(20);
        // Our sources are machine-written summaries: entries cite the trials and guidelines themselves.
        expect(source.name, entry.id).not.toMatch(/seed|guideline summar/i);
      }
  });

  it('names seed documents that exist beside the repository', () => {
    for (const file of Object.keys(SEED_DOCUMENTS))
      expect(readFileSync(new URL(`../shared/seeds/${file}`, root), 'utf8').length).toBeGreaterThan(1000);
  });

  it('covers every topic', () => {
    for (const topic of TOPICS)
      expect(
        CATALOGUE.some((e) => e.topic === topic),
        topic,
      ).toBe(true);
  });

  it('keeps the grades the issues anchor', () => {
    const anchors: [string, string][] = [
      ['k2-directs-calcium-to-bone', 'plausible'],
      ['k2-prevents-heart-disease', 'unproven'],
      ['d-prevents-heart-disease', 'contradicted'],
      ['d-prevents-falls', 'contradicted'],
      ['science-is-strong', 'contradicted'],
      ['vitamin-k-interferes-with-warfarin', 'established'],
      ['dk-animal-bone-repair', 'plausible'],
      ['d-target-level-30-ng-ml', 'mixed'],
      ['k2-reduces-fractures', 'mixed'],
      ['mk7-prevents-fractures', 'unproven'],
      ['d-without-k2-calcifies-arteries', 'contradicted'],
      ['k2-keeps-arteries-flexible', 'mixed'],
      ['d-supports-immune-function', 'mixed'],
      ['d-prevents-infections', 'mixed'],
      ['dk-prevent-covid-or-k2-immunity', 'unproven'],
      ['dk-improve-mood', 'unproven'],
    ];
    for (const [id, grade] of anchors) expect(entryById(id)?.grade, id).toBe(grade);
  });
});

describe('example phrasings', () => {
  it('are each graded with their own entry, and no other entry wins them (crossing entries are listed)', () => {
    const crossings: string[] = [];
    for (const entry of CATALOGUE)
      for (const example of entry.examples) {
        const won = entryOf(example);
        if (won !== entry.id) crossings.push(`${entry.id} <- ${won ?? 'nothing'}: ${example}`);
      }
    expect(crossings).toEqual([]);
  });

  it('are each marked by the shipped finder', () => {
    const missed = CATALOGUE.flatMap((e) => e.examples).filter((example) => marked(example).length === 0);
    // The claim model decides what is marked; a few short examples it doubts are tolerated, not many.
    expect(missed.length, missed.join('\n')).toBeLessThanOrEqual(CATALOGUE.length / 5);
  });

  it('show which parts made each match', () => {
    for (const entry of CATALOGUE) {
      const example = entry.examples[0] ?? '';
      const parts = readParts(example);
      const matched = matchAll(CATALOGUE, parts, subjectsOf(parts)).find((m) => m.entry.id === entry.id);
      expect(
        matched?.parts.some((p) => p.role !== 'who'),
        example,
      ).toBe(true);
    }
  });
});

describe('near-identical claims', () => {
  it('get the same entry, whatever their wording', () => {
    const groups: string[][] = [
      [
        'Vitamin K2 directs calcium to your bones.',
        'MK-7 guides calcium into the skeleton, where it belongs.',
        'K2 acts like a traffic cop for calcium.',
        'Vitamin K2 keeps calcium out of your arteries and in your bones.',
      ],
      [
        'Vitamin K2 prevents heart disease.',
        'MK-7 lowers your risk of a heart attack.',
        'K2 protects against cardiovascular disease.',
        'Menaquinone-7 may help reduce the risk of strokes.',
      ],
      [
        'Vitamin D3 helps your body absorb calcium.',
        'Cholecalciferol increases intestinal calcium absorption.',
        'Vitamin D boosts the uptake of calcium from food.',
      ],
      [
        'The science behind vitamin K2 is strong.',
        'There is overwhelming evidence for vitamin D3 and K2.',
        'The research on MK-7 is conclusive.',
      ],
      [
        'Vitamin K2 is found in natto and hard cheeses.',
        'Natto is the richest source of MK-7.',
        'Egg yolks and butter contain vitamin K2.',
      ],
      [
        'Vitamin D3 lifts your mood in winter.',
        'Vitamin D helps fight depression.',
        'Low vitamin D is linked to low mood.',
      ],
    ];
    for (const group of groups) {
      const ids = group.map(entryOf);
      expect(new Set(ids).size, `${group.join(' / ')} -> ${ids.join(', ')}`).toBe(1);
      expect(ids[0], group[0]).not.toBeNull();
    }
  });
});

describe('the warm-up text (run by the background while a claim site loads)', () => {
  it('holds one example of every entry, in small batches', () => {
    const batches = warmUpBatches(8);
    expect(batches.every((b) => b.length > 0 && b.length <= 8)).toBe(true);
    expect(batches.flat().map((b) => entryOf(b.text))).toEqual(CATALOGUE.map((e) => e.id));
  });
});

describe('CATALOGUE.md', () => {
  it('is up to date with the data (run `npm run catalogue`)', () => {
    const written = readFileSync(new URL('CATALOGUE.md', root), 'utf8');
    expect(written).toBe(catalogueMarkdown(CATALOGUE, CATALOGUE_VERSION));
  });

  it('lists every entry with its grade, verdict and linked sources', () => {
    const md = catalogueMarkdown(CATALOGUE, CATALOGUE_VERSION);
    for (const entry of CATALOGUE) {
      const row = md.split('\n').find((line) => line.includes(`\`${entry.id}\``));
      expect(row, entry.id).toContain(`**${entry.grade}**`);
      expect(row, entry.id).toContain(entry.verdict.replace(/\|/g, '\\|'));
      for (const source of entry.sources) expect(row, entry.id).toContain(source.url);
    }
  });
});
