import { describe, expect, it } from 'vitest';
import { find, findInLines, only } from './helpers';

// Kinds of claim that real pages make without naming the vitamin in the usual way, or without
// the verbs the rest of the finder looks for. Our own sentences for each kind.

describe('a subject given only by a description', () => {
  it.each([
    ['a dose in IU', 'WINTER SHIELD — 3,000 IU a day to keep colds at bay'],
    ['the nickname', 'The sunshine vitamin keeps your immune system on its toes.'],
    ['a blood level', 'Most people feel their best between 40 and 60 ng/mL.'],
    ['the K-dependent protein', 'Once switched on, osteocalcin locks calcium into the bone.'],
    ['a product dose', 'JOINT & BONE CARE — 2 softgels a day to help prevent fractures'],
    ['our drops', 'Our drops help keep the heart and the vessels healthy.'],
  ])('%s', (_kind, sentence) => {
    expect(find(sentence)).toHaveLength(1);
  });

  it('names the implied subject in the finding', () => {
    expect(only('A daily 1,000 IU lowers the risk of rickets in toddlers.')).toMatchObject({
      subject: 'vitamin D',
    });
  });

  it.each(['VITAMIN D3 5000 IU — 240 SOFTGELS', 'Each drop holds 500 IU.'])(
    'leaves a label or amount alone: %s',
    (sentence) => {
      expect(find(sentence)).toEqual([]);
    },
  );

  it('leaves a CAPS bullet without any D/K2 content to the page', () => {
    expect(find('✔ JOINT COMFORT – flexible joints all year')).toEqual([]);
    const { findings } = findInLines([
      '# MK-7 + D3 Capsules',
      '✔ JOINT COMFORT – flexible joints all year',
      '✔ GLUTEN FREE – no fillers',
    ]);
    expect(findings.map((f) => f.text)).toEqual(['JOINT COMFORT – flexible joints all year']);
  });
});

describe('forms compared and dose facts', () => {
  it.each([
    ['one form over the other', 'Pick D3 over D2 because it keeps blood levels up for longer.'],
    ['more efficient than', 'The liver converts D3 more readily than D2.'],
    ['an upper limit', 'Going past 4,000 IU a day takes you beyond the upper limit.'],
    ['no ceiling', 'With enough K2 there is no real ceiling for vitamin D.'],
    ['a dose ratio', 'K2 dosing: about 100 mcg of MK-7 for each 5,000 IU of D3.'],
    ['a target level', 'I target 50 ng/mL in every patient.'],
    ['a dose range', 'K2 products usually hold 90 to 180 mcg of MK-7.'],
  ])('%s', (_kind, sentence) => {
    expect(find(sentence)).toHaveLength(1);
  });
});

describe('translated and unusual English', () => {
  it.each([
    ['the own production', 'In winter the own production of vitamin D comes to a standstill.'],
    ['an EU wording', 'The vitamin K contributes to the maintenance of a normal ossature.'],
    ['one finds it', 'One finds the vitamin K2 above all in ripened cheeses and the natto.'],
    ['the sun too low', 'From October the sun stands too low, so that the own production stops.'],
  ])('%s', (_kind, sentence) => {
    expect(find(sentence)).toHaveLength(1);
  });
});

describe('analogies, advice and the pairing of the two', () => {
  it.each([
    ['an analogy', 'Vitamin D is the delivery van and K2 the driver who decides where calcium is dropped.'],
    ['a clinician', 'I recommend K2 to anyone on vitamin D, since D alone can leave calcium stranded.'],
    ['never alone', 'Never take D3 by itself; K2 is what makes the stack work.'],
    ['should add', 'Anyone on a high dose of vitamin D should add K2.'],
    ['works better', 'K2 makes vitamin D3 work better.'],
  ])('%s', (_kind, sentence) => {
    expect(find(sentence)).toHaveLength(1);
  });

  it('leaves a remark about the market alone', () => {
    expect(find('Most brands now pair vitamin D3 with K2.')).toEqual([]);
  });
});

describe('evidence without a strong verb', () => {
  it.each([
    ['a comparative verdict', 'The evidence for MK-7 is far thinner than for vitamin D.'],
    ['a dose and an outcome', 'Doses of 800 IU or more looked better for preventing falls in pooled trials.'],
    ['a disappointing record', 'Trials of K2 have been disappointing so far.'],
    ['guidelines', 'Osteoporosis guidelines do not mention vitamin K2.'],
  ])('%s', (_kind, sentence) => {
    expect(find(sentence)).toHaveLength(1);
  });

  it('reports a hedged claim on a new topic as not yet reviewed, caveat and all', () => {
    expect(
      only('Early work ties vitamin D status to better sperm quality, though more research is needed.'),
    ).toMatchObject({ claimId: null, grade: null, hedged: false });
    expect(find('More research is needed on vitamin K2.')).toEqual([]);
  });
});

describe('titles that name a topic are not claims', () => {
  it.each([
    'What Nutritionists Say About Vitamin D for Your Heart',
    'How to Get Enough Vitamin K2 From Your Diet',
    'How Much Vitamin D3 Should You Take?',
  ])('%s', (title) => {
    expect(find(title)).toEqual([]);
  });

  it('keeps a title that claims an effect', () => {
    expect(find('How Vitamin D3 Beats the Winter Blues')).toHaveLength(1);
  });
});

describe('page context for shop copy and numbered sections', () => {
  it('gives shop copy without a subject the product of the page', () => {
    const { findings } = findInLines([
      '# Daily D3 + K2 Softgels',
      'Supports healthy bones through the winter.',
      'Perfect for anyone who wants to mind their heart as well as their bones',
      'Side effects may include an upset stomach.',
    ]);
    expect(findings).toHaveLength(3);
    expect(findings.every((f) => f.subject === 'vitamin D3 and vitamin K2')).toBe(true);
  });

  it('leaves shop copy of another product alone', () => {
    expect(find('Supports healthy bones through the winter.')).toEqual([]);
    const { findings } = findInLines(['# Magnesium Citrate', 'Supports healthy muscles.']);
    expect(findings).toEqual([]);
  });

  it('gives a study result the vitamin of the sentence just before', () => {
    const findings = find(
      'Older women took vitamin D3 for seven years in one large trial. The same trial found a small rise in kidney stones.',
    );
    expect(findings.map((f) => f.subject)).toEqual(['vitamin D3']);
    expect(find('The same trial found a small rise in kidney stones.')).toEqual([]);
  });

  it('reads numbered headings under a "Benefits of" heading as its items', () => {
    const { findings } = findInLines([
      '# 10 Benefits of Vitamin D3',
      '# 1. Fewer winter colds',
      'A long paragraph about a trial in schoolchildren, with many details about how it was run. '.repeat(5),
      '# 2. A steadier mood in the dark months',
      'Another long paragraph on the studies behind this, how many people took part and for how long. '.repeat(
        5,
      ),
      '# Our shipping policy',
      '# 3. Orders ship the same day',
    ]);
    expect(findings.map((f) => f.text)).toEqual(['Fewer winter colds', 'A steadier mood in the dark months']);
    expect(findings[0]).toMatchObject({ subject: 'vitamin D3' });
  });
});
