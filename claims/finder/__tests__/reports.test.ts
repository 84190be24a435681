import { describe, expect, it } from 'vitest';
import { find, findInLines, only } from './helpers';

// Kinds that product reviews, forum posts and science news write: reviews crediting "these" with
// a change in the body, a clinician's advice retold, trial news, the forms compared, and the
// product copy, lab readings and teasers that name the vitamin without a claim. Our own sentences.

describe('a review that credits the product with a change in the body', () => {
  it.each([
    ['symptom better', 'Four stars, been on these since March and my back pain is a lot better.'],
    ['more energy', 'I was dragging all autumn and after two weeks on this I have so much more energy.'],
    ['a side effect', 'They gave me nausea every morning so I stopped taking them.'],
    ['less of a symptom', 'Since starting these my nails aren’t breaking nearly as much.'],
    ['mood', 'Took these all through February and my mood was much more stable.'],
    ['"I" dropped', 'Haven’t caught a single cold since autumn, the immune support is real.'],
    ['switched brand', 'I sleep much better since I switched to this brand.'],
    ['"these" as the subject', 'These honestly helped my knees more than anything else.'],
  ])('%s', (_kind, sentence) => {
    expect(only(sentence)).toMatchObject({ subject: 'vitamin D3 and vitamin K2' });
  });

  it.each([
    'I have been taking these for a year now, good value and easy to swallow.',
    'I take this every morning with my coffee.',
    'Using this for my knee pain, will update in a month.',
    'I started taking these after my doctor said my bones were thinning.',
    'Bought these for my dad who has osteoporosis.',
    'I take these for my lower back pain.',
    'Haven’t tried them yet, will report back.',
  ])('leaves an anecdote without an effect alone: %s', (sentence) => {
    expect(find(sentence)).toEqual([]);
  });

  it('gives a review under a product heading that product', () => {
    const { findings } = findInLines([
      '# Vitamin D3 5000 IU Softgels',
      'My joint pain has eased since I started these.',
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ subject: 'vitamin D3' });
  });
});

describe("a clinician's advice in reported speech", () => {
  it.each([
    ['told not to', 'My GP told me to stop the K2 while I am on warfarin.'],
    ['said fine', 'I take apixaban and my pharmacist said vitamin K2 is no problem with it.'],
  ])('%s', (_kind, sentence) => {
    expect(find(sentence)).toHaveLength(1);
  });

  it('leaves a story about a prescribed dose alone', () => {
    expect(find('My doctor put me on 50,000 IU a week, then told me to drop to 2,000 IU a day.')).toEqual([]);
  });
});

describe('trial news', () => {
  it.each([
    ['a headline', 'Vitamin D Pills Fail to Cut Fall Risk in Older Women'],
    ['no faster than placebo', 'Women given vitamin D3 lost bone about as fast as those on placebo.'],
    ['a hint of benefit', 'Among participants taking MK-7, a subgroup analysis hinted at slower stiffening.'],
    ['a shown-to headline', 'Clinically shown to slow arterial calcification in 3 years'],
    ['a link headline', 'Low Vitamin D Tied to Slower Recovery After Surgery'],
  ])('%s', (_kind, sentence) => {
    expect(find(sentence)).toHaveLength(1);
  });

  it('still leaves a study design without a result alone', () => {
    expect(find('Participants were randomised to 180 mcg of MK-7 or placebo for three years.')).toEqual([]);
  });

  it('gives a verdict on the evidence the vitamin of the sentence before', () => {
    const findings = find(
      'Japanese trials gave menatetrenone to women with osteoporosis. Evidence for fewer fractures elsewhere is weak.',
    );
    expect(findings.map((f) => f.subject)).toEqual([undefined, 'vitamin K2']);
  });
});

describe('physiology that compares the forms', () => {
  it.each([
    [
      'a larger rise than D2',
      'Given side by side, D3 gives a bigger and longer rise in 25(OH)D than the same dose of D2.',
    ],
    ['K1 versus K2', 'Vitamin K1 mostly stays in the liver, whereas K2 travels to bone and the artery wall.'],
    [
      'the K-dependent proteins',
      'Vitamin D raises the amount of K-dependent proteins, and K2 then activates them.',
    ],
  ])('%s', (_kind, sentence) => {
    expect(find(sentence)).toHaveLength(1);
  });
});

describe('product copy, lab readings and teasers that name the vitamin', () => {
  it.each([
    ['how the format is taken', 'This vitamin D3 spray is absorbed through the lining of the mouth.'],
    ['a quality seal', 'Our K2 + D3 drops are third-party tested, so runners can trust every batch.'],
    ['a lab reading', 'Labs came back with my vitamin D at 48 ng/mL after six months on 2,000 IU.'],
    [
      'a teaser',
      'Vitamin K2 is the little-known nutrient that may matter more for your health than you think.',
    ],
    ['a reading of one value', 'My 25(OH)D was 36 ng/mL at my last check-up.'],
    ['framing', "Here's why vitamin K2 deserves more attention than you might think."],
  ])('%s', (_kind, sentence) => {
    expect(find(sentence)).toEqual([]);
  });

  it.each([
    ['a change in the body', 'My levels came back at 45 ng/mL and my aches are gone.'],
    ['a rise told in numbers', 'My vitamin D was 21 ng/mL and after four months on these it’s 52.'],
  ])('keeps a lab reading that credits %s', (_kind, sentence) => {
    expect(find(sentence)).toHaveLength(1);
  });
});
