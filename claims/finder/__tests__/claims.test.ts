import { describe, expect, it } from 'vitest';
import { find, only } from './helpers';

// Our own sentences, written the way supplement shops and health blogs word them.

describe('health claims about vitamin D or K2 are found', () => {
  it.each([
    'Vitamin D3 supports the normal function of the immune system.',
    'MK 7 may support cardiovascular health as you age.',
    'Studies show that D3+K2 improves bone density in postmenopausal women.',
    'Low vitamin D status is common in northern countries during the winter months.',
    'Menatetrenone (MK-4) is prescribed in Japan to treat osteoporosis.',
    'Too much vitamin D can cause hypercalcemia and kidney stones.',
    'People on warfarin should talk to their doctor before taking vitamin K2.',
    'Natto, hard cheeses and egg yolks are rich in vitamin K2.',
    'Our skin makes vitamin D3 when UVB light from the sun reaches it.',
    'MK-7 stays in the blood for several days, far longer than MK-4.',
    'Adults need 600 to 800 IU of vitamin D per day, according to the IOM.',
    'Vitamin D3 and K2 work together to keep your whole body in balance.',
    'Vitamin K2 may ease nighttime leg cramps.',
    'Did you know that vitamin K2 keeps calcium out of your arteries?',
    'Vitamin D3 is essential for good health.',
    'Fish oil is a good source of omega-3 and vitamin D.',
    'Vitamin K2 is generally considered safe, even at high doses.',
    'In a three-year trial, MK-7 slowed bone loss in older women (Knapen et al., 2013).',
  ])('%s', (sentence) => {
    expect(find(sentence)).toHaveLength(1);
  });

  it('grades a claim with the entry whose rule matches, and says which rule', () => {
    expect(only('Vitamin K2 guides calcium into your bones.')).toMatchObject({
      claimId: 'test-k2-directs-calcium',
      grade: 'plausible',
      ruleId: 'test-k2-directs-calcium-rule',
    });
  });

  it('reports a claim that no entry covers as not yet reviewed, with a reason', () => {
    const f = only('Vitamin K2 keeps your skin young and free of wrinkles.');
    expect(f).toMatchObject({ claimId: null, grade: null, ruleId: 'health-claim' });
    expect(f.reason).toMatch(/no catalogue entry/);
  });
});

describe('text that is not a D/K2 health claim gives no finding', () => {
  it.each([
    ['a product title', 'Vitamin D3 5000 IU with K2 MK-7 – 120 Capsules'],
    ['a product title with a benefit word', 'Vitamin D3 & K2 Drops: The Complete Guide to Optimal Health'],
    ['a section heading', 'The Science Behind Vitamin K2 and Your Bones'],
    ['a question', 'Should you take vitamin D3 with K2 for your heart?'],
    ['framing', 'In this post we will look at what vitamin D3 and K2 do and how to take them.'],
    ['framing with a topic', 'Learn more about vitamin D and bone health in our blog.'],
    ['a byline', 'By Dr. Jane Doe, RD | Updated 4 March 2025 | Vitamin K2'],
    ['serving directions', 'Take one capsule of vitamin D3 daily with a meal, or as directed.'],
    ['an ingredient line', 'Vitamin K2 (as menaquinone-7 from chickpea) 100 mcg'],
    ['a table row', 'Vitamin D3 (cholecalciferol) | 125 mcg | 625%'],
    ['a supplement facts line', 'Vitamin K2 (as MK-7) 100 mcg 83% Daily Value'],
    [
      'a labelled direction',
      'Recommended dose: one tablet of vitamin D3 daily, or as advised by your doctor.',
    ],
    ['a suitability note', 'This vitamin K2 is suitable for vegans and people with soy allergies.'],
    ['a price', 'Vitamin D3 + K2 softgels now only $19.99 per bottle.'],
    [
      'the FDA disclaimer',
      'These statements about vitamin D3 have not been evaluated by the Food and Drug Administration.',
    ],
    ['a disclaimer', 'Our K2 product is not intended to diagnose, treat, cure, or prevent any disease.'],
    ['K1 only', 'Vitamin K1 (phylloquinone) is abundant in spinach and kale and helps blood clot.'],
    ['K3 only', 'Synthetic vitamin K3 (menadione) has caused liver damage in infants.'],
    [
      'another nutrient as subject',
      'Magnesium helps your muscles relax and is also needed to activate vitamin D.',
    ],
    ['omega-3', 'Omega-3 fatty acids support heart and brain health.'],
    ['calcium alone', 'Calcium is the main mineral in bones and teeth.'],
    ['a manufacturing note', 'Our vitamin D3 is derived from lichen and encapsulated in vegan softgels.'],
    ['a study design', 'Participants received 180 mcg of MK-7 or a placebo for three years.'],
    ['a remark about awareness', 'Everyone knows about vitamin D, but few pay attention to vitamin K2.'],
    ['forms of the vitamin', 'Vitamin K2 comes in several forms, of which MK-4 and MK-7 are sold most.'],
    ['an evidence caveat', 'More research on vitamin K2 is still needed.'],
    ['a web address', 'https://example.com/blog/vitamin-d3-k2-heart-health'],
    [
      'a citation',
      'Vitamin K2 and bone health: a review, accessed June 2, 2025, https://example.org/articles/k2-bone',
    ],
    ['a personal story', 'My doctor found I was low in vitamin D last winter.'],
    ['no vocabulary at all', 'Our new fish oil capsules support a healthy heart.'],
    ['a topic heading', 'The Link Between Vitamin D and Mood'],
    [
      'a study design naming its outcome',
      'The study measured bone density in 244 women taking MK-7 or a placebo.',
    ],
    ['a nickname', 'Vitamin D3 is sometimes called the sunshine vitamin.'],
    ['history', 'In 1922, Elmer McCollum named the new nutrient vitamin D.'],
    ['a market remark', 'Many brands now combine vitamin D3 with K2.'],
    [
      'a reference list entry',
      'Calcium and vitamin D supplementation for fracture prevention. J Bone Miner Res. 2019;34(2):11-20.',
    ],
  ])('%s', (_kind, sentence) => {
    expect(find(sentence)).toEqual([]);
  });

  it('keeps a compound sentence whose second clause is about vitamin D', () => {
    expect(find('Calcium builds strong bones, and vitamin D helps your gut absorb it.')).toHaveLength(1);
  });

  it('keeps a contrast whose claim is about K2', () => {
    expect(find('Unlike K1, which mostly helps blood clot, K2 moves calcium into bone.')).toHaveLength(1);
  });
});
