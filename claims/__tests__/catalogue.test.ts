import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, CATALOGUE_VERSION, catalogueFinder, entryById, warmUpBatches } from '..';
import { catalogueMarkdown } from '../catalogue/markdown';
import { SEED_DOCUMENTS } from '../catalogue/seeds';
import { compileRules } from '../finder/rules';
import { TOPICS, catalogueSchema, entrySchema, type Entry } from '../schema';

const find = (text: string) => catalogueFinder().find([{ text, start: 0 }]);
const root = new URL('../../', import.meta.url);

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
    const oneSentence = {
      ...sample(),
      explanation: 'Warfarin blocks vitamin K and so extra vitamin K weakens it in every patient.',
    };
    const unknownSeed = {
      ...sample(),
      sources: [{ seed: '009_0000000000000000.txt', cites: 'A made-up source' }],
    };
    const twoExamples = {
      ...sample(),
      examples: ['Vitamin K can interfere with warfarin.', 'K2 and Coumadin clash.'],
    };
    for (const bad of [oneSentence, unknownSeed, twoExamples])
      expect(entrySchema.safeParse(bad).success).toBe(false);
  });

  it('rejects a catalogue with a duplicate id', () => {
    expect(catalogueSchema.safeParse([sample(), sample()]).success).toBe(false);
    expect(catalogueSchema.safeParse([sample()]).success).toBe(true);
  });

  it('has unique entry ids and unique rule ids', () => {
    const ids = CATALOGUE.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const ruleIds = CATALOGUE.flatMap((e) => e.rules.map((r) => r.id));
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
  });

  it('gives every entry sources from the seed documents, naming what the seed cites', () => {
    const seedFiles = Object.keys(SEED_DOCUMENTS);
    for (const entry of CATALOGUE) {
      expect(entry.sources.length, entry.id).toBeGreaterThan(0);
      for (const source of entry.sources) {
        expect(seedFiles, entry.id).toContain(source.seed);
        expect(source.cites.length, entry.id).toBeGreaterThan(10);
      }
    }
  });

  it('names seed documents that exist beside the repository', () => {
    for (const file of Object.keys(SEED_DOCUMENTS)) {
      expect(readFileSync(new URL(`../shared/seeds/${file}`, root), 'utf8').length).toBeGreaterThan(1000);
    }
  });

  it('covers every topic', () => {
    for (const topic of TOPICS)
      expect(
        CATALOGUE.some((e) => e.topic === topic),
        topic,
      ).toBe(true);
  });

  it('compiles every rule (no unknown vocabulary macro, no bad pattern)', () => {
    expect(compileRules(CATALOGUE).length).toBe(CATALOGUE.reduce((n, e) => n + e.rules.length, 0));
  });

  it('keeps the grades the issue anchors', () => {
    expect(entryById('k2-directs-calcium-to-bone')?.grade).toBe('plausible');
    expect(entryById('dk-prevent-cardiovascular-events')?.grade).toBe('unproven');
    expect(entryById('science-is-strong')?.grade).toBe('contradicted');
    expect(entryById('vitamin-k-interferes-with-warfarin')?.grade).toBe('established');
  });
});

describe('example phrasings', () => {
  for (const entry of CATALOGUE) {
    it(`are each graded with ${entry.id} and nothing else`, () => {
      for (const example of entry.examples) {
        const findings = find(example);
        expect(
          findings.map((f) => f.claimId),
          example,
        ).toEqual([entry.id]);
      }
    });
  }
});

describe('the warm-up text (run by the background while a claim site loads)', () => {
  it('holds one example of every entry, in small batches, each graded as its entry', () => {
    const batches = warmUpBatches(8);
    expect(batches.every((b) => b.length > 0 && b.length <= 8)).toBe(true);
    // Every rule is reached: each batch is graded through the catalogue, entry by entry.
    const graded = batches.flatMap((batch) =>
      catalogueFinder()
        .find(batch)
        .map((f) => f.claimId),
    );
    expect(graded).toEqual(CATALOGUE.map((e) => e.id));
  });
});

describe('what the catalogue does not cover', () => {
  it('leaves claims on topics the seeds do not discuss unmatched', () => {
    const uncovered = [
      'Vitamin K2 helps prevent wrinkles by promoting collagen production.',
      'MK-4 boosts testosterone production in Leydig cells.',
      'Vitamin K2 may help prevent liver cancer and leukemia.',
      'Vitamin K2 supplementation increased insulin sensitivity in young men.',
      'Higher vitamin K2 levels were linked to a lower risk of dementia.',
    ];
    for (const text of uncovered) for (const f of find(text)) expect(f.claimId, text).toBeNull();
  });

  it('keeps generic entries (deficiency, calcium-directing) off uncovered health outcomes', () => {
    const uncovered = [
      'Correcting a vitamin D deficiency gives faster recovery between workouts.',
      'Vitamin D deficiency is a common cause of hair shedding.',
      'Vitamin D deficiency is common in women with PCOS.',
      'K2 could help stop calcium settling in your kidneys, lowering kidney stone risk.',
      'Vitamin K2 directs calcium away from the skin, helping prevent wrinkles.',
      'Low vitamin D has been linked to fertility problems.',
      'Vitamin D deficiency may worsen menopause symptoms such as hot flushes.',
      'Vitamin K2 supports healthy eyesight.',
    ];
    for (const text of uncovered) for (const f of find(text)) expect(f.claimId, text).toBeNull();
  });

  it('does not read an unreviewed topic described as excessive as too much vitamin D', () => {
    const uncovered = [
      'Doctors often check vitamin D in patients with excessive hair shedding.',
      'Excessive tiredness is common in people with low vitamin D.',
    ];
    for (const text of uncovered) for (const f of find(text)) expect(f.claimId, text).toBeNull();
    expect(find('Too much vitamin D can raise blood calcium to harmful levels.')[0]?.claimId).toBe(
      'too-much-vitamin-d-is-harmful',
    );
  });

  it('grades animal, laboratory and null-trial reports as what they are', () => {
    const reports: [string, string][] = [
      // An accurate report of an animal finding is established; the same benefit claimed for people is not.
      ['In rats, combined K2 and D3 helped bone defects regenerate.', 'established'],
      ['K2 and D3 help broken bones heal faster.', 'mixed'],
      ['In animals, excess vitamin D leads to calcium deposits in the arteries.', 'established'],
      [
        'In gum disease patients, vitamin K2 and D3 on top of standard treatment gave no extra benefit.',
        'established',
      ],
      ['In the USPSTF review, low-dose vitamin D and calcium failed to reduce fractures.', 'established'],
    ];
    for (const [text, grade] of reports) expect(find(text)[0]?.grade, text).toBe(grade);
  });

  it('contradicts hype that overstates the evidence', () => {
    const hype = [
      'Clinical trials confirm that MK-7 reverses hardening of the arteries.',
      'Scientists agree that vitamin D3 and K2 must always be taken together for strong bones.',
      'Vitamin K2 is now part of official osteoporosis guidelines.',
      'Vitamin K2 cuts your risk of a broken hip by up to 80%.',
    ];
    for (const text of hype) expect(find(text)[0]?.grade, text).toBe('contradicted');
  });

  it('does not grade an accurate caveat like the claim it denies', () => {
    const caveats = [
      'There is no good evidence that vitamin D3 and K2 prevent heart attacks.',
      'Trials have not shown that adding K2 to vitamin D3 prevents fractures.',
      'Major guidelines do not recommend vitamin K2 for osteoporosis.',
      'Taking 400 IU of vitamin D with calcium did not prevent fractures, according to the USPSTF.',
      'Adding K2 and D3 to periodontitis therapy did not improve bone levels.',
      'K2 remains an add-on rather than something the osteoporosis guidelines require.',
      'In animal models, too much vitamin D causes calcium to build up in vessel walls.',
    ];
    for (const text of caveats) {
      const [f] = find(text);
      expect(f?.grade, text).toBe('established');
    }
  });
});

describe('tie-breaks when a sentence makes more than one claim', () => {
  const entryOf = (text: string) => find(text)[0]?.claimId;

  it('grades a hypothesis stated as one as the mechanism, and the same outcome asserted as unproven', () => {
    const hypotheses = [
      'Because MGP needs vitamin K, scientists have wondered whether K2 could slow artery calcification.',
      'It has been hypothesised that MK-7 might prevent hardening of the arteries.',
    ];
    for (const text of hypotheses) expect(find(text)[0]?.grade, text).toBe('plausible');
    expect(entryOf('K2 slows the hardening of the arteries.')).toBe('k2-prevents-arterial-calcification');
    // A hypothesis about something else does not soften an asserted outcome.
    expect(
      entryOf(
        'Vitamin K2 clears calcium from arteries, and researchers are now asking whether it also helps bones.',
      ),
    ).toBe('k2-prevents-arterial-calcification');
  });

  it('grades immune cells named as what vitamin D acts on as its immune role, not infection prevention', () => {
    expect(entryOf('Vitamin D helps activate T cells, which defend the body against viruses.')).toBe(
      'd-supports-immune-function',
    );
    expect(entryOf('Vitamin D activates T cells and so lowers your risk of flu.')).toBe(
      'dk-prevent-infections',
    );
  });

  it("grades a report of the trials' milligram MK-4 dose as the caveat, not as dose advice", () => {
    expect(entryOf('The Japanese trials used 45 mg of MK-4 a day, far above what supplements contain.')).toBe(
      'k2-not-in-guidelines',
    );
    expect(entryOf('Take 45 mg of MK-4 daily for your bones.')).not.toBe('k2-not-in-guidelines');
  });

  it('grades a promised artery outcome, not the calcium-directing mechanism it leans on', () => {
    const outcomes: [string, string][] = [
      ['K2 may keep your coronary calcium score from climbing.', 'k2-prevents-arterial-calcification'],
      [
        'Thanks to K2, calcium stays out of your arteries, so your heart stays healthy for longer.',
        'dk-support-heart-health',
      ],
      [
        'Because MK-7 activates MGP, it reverses calcification in the aorta.',
        'k2-prevents-arterial-calcification',
      ],
      [
        'Because K2 keeps calcium in check, our formula outperforms plain vitamin D.',
        'dk-better-than-d-alone',
      ],
    ];
    for (const [text, id] of outcomes) expect(entryOf(text), text).toBe(id);
    // Without a promised outcome the same wording stays the mechanism.
    expect(entryOf('K2 helps direct calcium into bones rather than arteries.')).toBe(
      'k2-directs-calcium-to-bone',
    );
    expect(entryOf('K2 activates MGP, a protein that inhibits calcium deposits in the arteries.')).not.toBe(
      'k2-prevents-arterial-calcification',
    );
  });

  it('lets the main clause win over a caution mentioned in passing', () => {
    const asides = [
      'K2 protects your valves from calcifying, which is ironic given the warfarin thing.',
      'MK-7 keeps your arteries clear, though anyone on warfarin should check with a doctor first.',
      'Although K2 can interfere with warfarin, it is the best thing you can do for your arteries.',
      'Vitamin D3 and K2 boost your immunity, though K2 may clash with blood thinners.',
    ];
    for (const text of asides) expect(find(text)[0]?.grade, text).toBe('unproven');
    expect(
      entryOf('MK-7 strengthens your bones; people on anticoagulants should ask their doctor first.'),
    ).toBe('dk-increase-bone-density');
    const cautions = [
      'If you take warfarin, avoid K2 supplements, however good they may be for your heart.',
      'People on warfarin should avoid K2 unless their doctor agrees.',
    ];
    for (const text of cautions) expect(entryOf(text), text).toBe('vitamin-k-interferes-with-warfarin');
  });
});

describe('denials of established facts', () => {
  it('contradicts a sentence that denies a harm of vitamin D or the warfarin interaction', () => {
    for (const text of [
      'As long as you take K2, you do not need to worry about vitamin D toxicity.',
      'With K2 on board, high doses of vitamin D3 are perfectly safe.',
    ])
      expect(find(text)[0]?.grade, text).toBe('contradicted');
    const denials = [
      'Hypercalcaemia from vitamin D is a myth invented to scare people.',
      "D3 actually prevents kidney stones, so there's no reason to worry.",
      'You cannot overdose on vitamin D3 if you take it with K2.',
      'The 4,000 IU upper limit for vitamin D is outdated nonsense.',
      'Vitamin D supplements never cause kidney stones.',
      "Warfarin users can take as much K2 as they like; it doesn't affect blood thinners.",
    ];
    for (const text of denials) expect(find(text)[0]?.grade, text).toBe('contradicted');
  });

  it('keeps the accurate statements of the same facts established', () => {
    const facts = [
      'Too much vitamin D can cause hypercalcaemia.',
      'Vitamin D with calcium can raise the risk of kidney stones.',
      'Vitamin D toxicity is rare but real.',
      'There is no established upper limit for vitamin K2.',
      'Vitamin K2 is not safe for people on warfarin without medical advice.',
      'MK-7 does not interact with newer blood thinners such as apixaban, unlike warfarin.',
    ];
    for (const text of facts) expect(find(text)[0]?.grade, text).toBe('established');
  });
});

describe('CATALOGUE.md', () => {
  it('is up to date with the data (run `npm run catalogue`)', () => {
    const written = readFileSync(new URL('CATALOGUE.md', root), 'utf8');
    expect(written).toBe(catalogueMarkdown(CATALOGUE, CATALOGUE_VERSION));
  });

  it('lists every entry with its grade and verdict', () => {
    const md = catalogueMarkdown(CATALOGUE, CATALOGUE_VERSION);
    for (const entry of CATALOGUE) {
      const row = md.split('\n').find((line) => line.includes(`\`${entry.id}\``));
      expect(row, entry.id).toContain(`**${entry.grade}**`);
      expect(row, entry.id).toContain(entry.verdict.replace(/\|/g, '\\|'));
    }
  });
});
