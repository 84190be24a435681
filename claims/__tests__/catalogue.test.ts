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
const gradeOf = (text: string) => matchSentence(CATALOGUE, text)?.entry.grade ?? null;
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

describe('safety: a dangerous sentence never gets a reassuring mark', () => {
  // The sentences issue #19 found marked green, or not marked at all.
  it.each([
    '50,000 IU of vitamin D once a week is safe for everyone.',
    'A daily dose of 2,000 to 10,000 IU of vitamin D3 is a safe range for everyone.',
    'Our 5,000 IU vitamin D3 is well below the upper limit of 10,000 IU.',
    'Our D3 + K2 drops have no side effects and are safe for everyone, including children and pregnant women.',
    'Vitamin K2 is safe to take with any medication.',
    'Vitamin K use in warfarin therapy is safe',
    'Vitamin K2 makes vitamin D safe at any dose.',
    'Children can safely take 10,000 IU of vitamin D3 daily.',
    'You cannot overdose on vitamin D3 if you take it with K2.',
    "Warfarin users can take as much K2 as they like; it doesn't affect blood thinners.",
  ])('%s', (sentence) => {
    const findings = marked(sentence);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]?.grade).toBe('contradicted');
  });

  it('keeps the accurate statements of the same facts established', () => {
    const facts = [
      'Too much vitamin D can cause hypercalcaemia.',
      'Vitamin D with calcium can raise the risk of kidney stones.',
      'There is no established upper limit for vitamin K2.',
      'The tolerable upper limit for vitamin D is 4,000 IU per day for adults.',
      'Vitamin K2 is not safe for people on warfarin without medical advice.',
      'MK-7 does not interact with newer blood thinners such as apixaban, unlike warfarin.',
      'Vitamin D3 and K2 are generally well tolerated at recommended doses.',
    ];
    for (const text of facts) expect(gradeOf(text), text).toBe('established');
  });

  it('contradicts other denials of a harm', () => {
    const denials = [
      'Hypercalcaemia from vitamin D is a myth invented to scare people.',
      'The 4,000 IU upper limit for vitamin D is outdated nonsense.',
      'Vitamin D supplements never cause kidney stones.',
      'As long as you take K2, you do not need to worry about vitamin D toxicity.',
    ];
    for (const text of denials) expect(gradeOf(text), text).toBe('contradicted');
  });
});

describe('what the catalogue does not cover', () => {
  it('leaves claims on topics without evidence we can name unreviewed', () => {
    const uncovered = [
      'Vitamin K2 helps prevent wrinkles by promoting collagen production.',
      'MK-4 boosts testosterone production in Leydig cells.',
      'Vitamin K2 may help prevent liver cancer and leukemia.',
      'Higher vitamin K2 levels were linked to a lower risk of dementia.',
      'Correcting a vitamin D deficiency gives faster recovery between workouts.',
      'Vitamin D deficiency is common in women with PCOS.',
      'K2 could help stop calcium settling in your kidneys, lowering kidney stone risk.',
      'Vitamin K2 directs calcium away from the skin, helping prevent wrinkles.',
      'Vitamin K2 supports healthy eyesight.',
    ];
    for (const text of uncovered) expect(entryOf(text), text).toBeNull();
  });
});

describe('reports and caveats', () => {
  it('grades accurate caveats and null results as accurate, whichever trial they name', () => {
    const caveats = [
      'There is no good evidence that vitamin D3 and K2 prevent heart attacks.',
      'Trials have not shown that adding K2 to vitamin D3 prevents fractures.',
      'Major guidelines do not recommend vitamin K2 for osteoporosis.',
      'Taking 400 IU of vitamin D with calcium did not prevent fractures, according to the USPSTF.',
      'In the VITAL trial, vitamin D did not reduce heart attacks.',
      'In the AVADEC trial, K2 with D3 showed no effect on inflammation.',
      'K2 remains an add-on rather than something the osteoporosis guidelines require.',
    ];
    for (const text of caveats)
      expect(entryOf(text), text).toBe(
        /guideline/.test(text) ? 'k2-not-in-guidelines' : 'dk-benefit-not-shown',
      );
  });

  it('grades an animal result as a lead, and the same benefit claimed for people as that claim', () => {
    expect(entryOf('In rats, combined K2 and D3 helped bone defects regenerate.')).toBe(
      'dk-animal-bone-repair',
    );
    expect(gradeOf('K2 and D3 help broken bones heal faster.')).toBe('mixed');
  });

  it('contradicts hype that overstates the evidence, and not a true mechanism said to be proven', () => {
    const hype = [
      'Clinical trials confirm that MK-7 reverses hardening of the arteries.',
      'Scientists agree that vitamin D3 and K2 must always be taken together for strong bones.',
      'Vitamin K2 is now part of official osteoporosis guidelines.',
      'Vitamin K2 cuts your risk of a broken hip by up to 80%.',
      'Vitamin K2 is clinically proven to prevent heart disease.',
    ];
    for (const text of hype) expect(gradeOf(text), text).toBe('contradicted');
    expect(gradeOf('Research shows that vitamin D helps the body absorb calcium.')).toBe('established');
  });
});

describe('a sentence with more than one claim', () => {
  it('gets the grade of its strongest claim', () => {
    expect(entryOf('Vitamin D3 helps absorb calcium and K2 directs it into your bones.')).toBe(
      'k2-directs-calcium-to-bone',
    );
    expect(gradeOf('K2 directs calcium into your bones and prevents heart attacks.')).toBe('unproven');
  });

  it('keeps the mechanism when no outcome is promised', () => {
    expect(entryOf('K2 helps direct calcium into bones rather than arteries.')).toBe(
      'k2-directs-calcium-to-bone',
    );
    expect(entryOf('K2 activates MGP, a protein that inhibits calcium deposits in the arteries.')).not.toBe(
      'k2-prevents-arterial-calcification',
    );
  });

  it('grades a promised artery outcome, not the mechanism it leans on', () => {
    expect(entryOf('K2 may keep your coronary calcium score from climbing.')).toBe(
      'k2-prevents-arterial-calcification',
    );
    expect(entryOf('Because K2 keeps calcium in check, our formula outperforms plain vitamin D.')).toBe(
      'dk-better-than-d-alone',
    );
  });

  it('lets a caution that opens the sentence win, and an aside after a claim step back', () => {
    expect(
      entryOf('If you take warfarin, avoid K2 supplements, however good they may be for your heart.'),
    ).toBe('vitamin-k-interferes-with-warfarin');
    expect(entryOf('People on warfarin should avoid K2 unless their doctor agrees.')).toBe(
      'vitamin-k-interferes-with-warfarin',
    );
    expect(
      gradeOf('MK-7 keeps your arteries clear, though anyone on warfarin should check with a doctor first.'),
    ).toBe('unproven');
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
