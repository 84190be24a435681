import { describe, expect, it } from 'vitest';
import { passesGate } from '../gate';
import { splitSentences } from '../sentences';
import { find, findInLines, only } from './helpers';

// Real pages make claims in more ways than "X supports Y": on topics no entry covers, as food
// facts, dose advice, trial results, reviews and titles. Our own sentences for each kind.

describe('claims on topics the catalogue does not cover come out as not yet reviewed', () => {
  it.each([
    ['skin', 'A K2 serum may calm the redness of rosacea-prone skin.'],
    ['menopause', 'Vitamin D3 could take the edge off menopausal hot flashes.'],
    ['cycles', 'Vitamin K2 is believed to help women with PCOS ovulate more regularly.'],
    ['eyes', 'Good vitamin D status is thought to protect the retina in later life.'],
    ['reproduction', 'Vitamin D before an IVF cycle may improve the chance of implantation.'],
    ['hormones', 'MK-4 gathers in the testes, where it may support hormone production.'],
    ['allergies', 'Vitamin D3 might soften the sneezing of seasonal allergies.'],
    ['nerves', 'Some people say vitamin K2 calms restless legs at bedtime.'],
    ['performance', 'Vitamin D3 may help athletes recover faster after hard workouts.'],
  ])('%s', (_topic, sentence) => {
    expect(only(sentence)).toMatchObject({ claimId: null, grade: null, ruleId: 'health-claim' });
  });
});

describe('conditions and idioms beyond a fixed list', () => {
  it.each([
    ['a condition named by its medical suffix', 'Vitamin D3 might ease the aches of polymyalgia.'],
    ['an everyday word for infection', 'Vitamin D3 may mean you get sick less often in winter.'],
    ['a life stage', "Vitamin D in pregnancy supports a baby's development."],
    ['mood as people say it', 'A daily D3 softgel may keep your spirits up in January.'],
    ['falling ill', 'Topping up your D levels may mean you get ill less often.'],
    ['the sun as people say it', 'Twenty minutes of summer sun lets the skin make plenty of vitamin D.'],
  ])('%s', (_kind, sentence) => {
    expect(find(sentence)).toHaveLength(1);
  });

  it.each([
    'Vitamin D3 is popular in academia and homeopathy circles.',
    'We stress that vitamin D3 is sold as a food.',
  ])('leaves alone words that only look medical: %s', (sentence) => {
    expect(find(sentence)).toEqual([]);
  });
});

describe('titles', () => {
  it.each([
    'The Beauty Vitamin Few People Know: K2 for Your Skin',
    'Why Vitamin D3 Is the Key to Deeper Sleep',
    'D3 + K2 for Women: Bones, Heart and Hormones',
    'Vitamin D3: Your Shield Against Winter Colds',
    'MK-7 for Stronger Bones After Fifty',
    'The D3 Handbook for Beating Winter Colds',
    'Vitamin K2: The Anti-Ageing Nutrient in Your Fridge',
  ])('a title that pairs D/K2 with a benefit is a claim: %s', (title) => {
    expect(find(title)).toHaveLength(1);
  });

  it.each([
    'Vitamin D3K2 for Teenagers and What Parents Should Ask',
    'Vitamin K2 and Pregnancy: A Guide for New Mothers',
    'Vitamin D3 and K2: The Complete Buying Guide',
    'Vitamin K2 vs K1: How They Differ',
  ])('a title that only names a topic is not: %s', (title) => {
    expect(find(title)).toEqual([]);
  });
});

describe('established facts without a claim verb', () => {
  it.each([
    ['a food richest in it', 'Fermented soybeans are by far the richest source of MK-7 anyone eats.'],
    ['a food that supplies it', 'Aged Dutch cheeses supply useful amounts of menaquinones.'],
    ['a diet that lacks it', 'Foods rich in K2 barely appear in a modern Western diet.'],
    ['a medicine that changes it', 'Long-term statin drugs may lower how much K2 the body makes.'],
    ['a clinician advising a dose', 'I usually suggest 90 mcg of K2 to patients on 2,000 IU of vitamin D.'],
    ['a target level', 'Aim for a 25(OH)D level of at least 30 ng/mL.'],
    ['a verdict on the evidence', 'The science is unequivocal on vitamin D3 and K2.'],
    ['that they belong together', 'Vitamin D3 should always be taken with K2.'],
    [
      'a trial against placebo',
      'Women given MK-4 for two years had fewer spine fractures than those on placebo.',
    ],
    ['a brand of K2', 'K2VITAL supports the deposit of calcium in bone.'],
    ['the letters alone', 'A pooled analysis found higher BMD when K was added to D.'],
    ['"D" standing for vitamin D', 'Low D levels are common in office workers.'],
    ['how fast a form is cleared', 'MK-4 is cleared from the blood within a few hours.'],
    ['how long a form lasts', 'MK-7 stays active far longer than MK-4.'],
    ['that one works with the other', 'K2 works alongside vitamin D to put calcium to proper use.'],
    ['whom it benefits', 'Vitamin D3 and K2 are a must for anyone over sixty.'],
  ])('%s', (_kind, sentence) => {
    expect(find(sentence)).toHaveLength(1);
  });

  it('keeps history that states an effect', () => {
    expect(find('In the 1930s, vitamin D was shown to cure rickets.')).toHaveLength(1);
  });

  it('reads a subject the shop copy leaves out from what the sentence is about', () => {
    expect(
      only('Months of very high doses can drive calcium in the blood too high (hypercalcaemia).'),
    ).toMatchObject({ subject: 'vitamin D' });
    expect(only('Clinically proven to keep your arteries supple and clear!')).toMatchObject({
      subject: 'vitamin K2',
    });
    expect(only('Doses above 4,000 IU a day need medical supervision.')).toMatchObject({
      subject: 'vitamin D',
    });
    // "Our formula" is the product: its D/K2 comes from the page, or here from the topic.
    expect(only('Our formula sends calcium to your bones, not your arteries.')).toMatchObject({
      subject: 'vitamin K2',
    });
  });

  it.each([
    [
      'directions to take it with food',
      'Each softgel holds 100 mcg of vitamin K2 and should be taken with food.',
    ],
    ['a food allergy note', 'This vitamin D3 is suitable for people with nut allergies.'],
    ['a strength of the product', 'Choose the strength and flavour of your D3 drops.'],
    ['a habit', 'Most people take their vitamin D3 with breakfast.'],
    ['a word that only looks like a symptom', 'There is some confusion about how much vitamin D to take.'],
    ['a growing market', 'Demand for vitamin K2 keeps growing across Europe.'],
    ['a myth quoted to be refuted', 'Myth: every doctor prescribes vitamin K2 for bone loss.'],
    ['research still to come', 'More studies on K2 and the brain are under way.'],
    ['"D" and "K" in other words', 'Press D to download the K-pop playlist.'],
    ['a product that works with any diet', 'Our K2 works with any diet, including keto.'],
    ['what customers do', 'Many customers take fish oil and vitamin D3 together at breakfast.'],
    ['a piece of history', 'Vitamin D was identified in the 1920s by doctors studying rickets.'],
    ['a dropper used properly', 'Make sure the dropper of your D3 is used properly.'],
    ['a nickname', 'Vitamin D3 is known as the sunshine vitamin.'],
    ['who the product suits', 'These vitamin D3 drops are suitable for people with coeliac disease.'],
    ['shop navigation', 'Find vitamin K2 in our Heart & Bone range.'],
    ['a market remark', 'Vitamin D3 searches peaked during the flu season.'],
    ['a podcast announcement', "This week's podcast: a GP on vitamin D and winter colds."],
    ['an offer to answer questions', 'Our nutritionists answer your vitamin K2 questions about pregnancy.'],
    [
      'a study design naming its population',
      'Vitamin K2 was tested in a trial of 300 women with osteopenia.',
    ],
  ])('leaves alone %s', (_kind, sentence) => {
    expect(find(sentence)).toEqual([]);
  });
});

describe('reviews and first-person text', () => {
  it.each([
    'Since I started these D3 drops I have not had a single cold.',
    'My physiotherapist says the K2 is slowing the wear in my hip.',
    "My knees don't ache anymore since I added MK-7.",
    'Three months on these drops and my vitamin D is back in the normal range.',
  ])('a reviewer crediting D/K2 with an effect makes a claim: %s', (sentence) => {
    expect(find(sentence)).toHaveLength(1);
  });

  it.each([
    'I have bought this D3 for years and the bottle lasts ages.',
    'My doctor checked my vitamin D last spring.',
    'I take my K2 with lunch.',
  ])('an anecdote without a health effect is not: %s', (sentence) => {
    expect(find(sentence)).toEqual([]);
  });
});

describe('the pair named by a phrase, standing alone', () => {
  it.each([
    'This duo is thought to support bone density after menopause.',
    'These two nutrients help keep your arteries clear.',
    'This combination may strengthen the immune system in winter.',
    'Combined, they look after both the skeleton and the heart.',
    'The duo may also help people with insulin resistance.',
  ])('%s', (sentence) => {
    expect(only(sentence)).toMatchObject({ subject: 'vitamin D3 and vitamin K2' });
  });

  it('leaves "these two nutrients" alone right after another pair of nutrients', () => {
    const { findings } = findInLines([
      'Zinc and vitamin C are the classic winter pair.',
      'These two nutrients support immune health.',
    ]);
    expect(findings).toEqual([]);
  });

  it('leaves a bare "it" alone without a sentence before it', () => {
    expect(find('It also helps banish tiredness.')).toEqual([]);
  });
});

describe('bulleted features under a D/K2 product', () => {
  it('marks a bullet as an item, not a heading', () => {
    const [span] = splitSentences('✔ IMMUNE SUPPORT – all year round');
    expect(span).toMatchObject({ bullet: true, bare: true });
    expect(splitSentences('## Vitamin K2')[0]?.bullet).toBeUndefined();
  });

  it('gives the bullets under a product heading its subject', () => {
    const { findings } = findInLines([
      '# Vitamin D3 + K2 Drops',
      '✔ IMMUNE BOOSTER – strong immune defences all year round',
      '✔ BONE SUPPORT – keeps calcium moving into your bones',
      '✔ VEGAN – no fillers, no sugar',
    ]);
    expect(findings.map((f) => [f.text, f.subject])).toEqual([
      ['IMMUNE BOOSTER – strong immune defences all year round', 'vitamin D3 and vitamin K2'],
      ['BONE SUPPORT – keeps calcium moving into your bones', 'vitamin D3 and vitamin K2'],
    ]);
    expect(findings[1]).toMatchObject({ claimId: 'test-k2-directs-calcium' });
  });

  it('leaves a bullet without a D/K2 context alone', () => {
    expect(find('✔ IMMUNE BOOSTER – strong immune defences all year round')).toEqual([]);
  });
});

describe('the gate', () => {
  it('lets through the blood marker, K2 brands and the bare letters', () => {
    expect(passesGate('Aim for a 25(OH)D of 40 ng/mL.')).toBe(true);
    expect(passesGate('VitaMK7 and K2VITAL are sold by name.')).toBe(true);
    expect(passesGate('higher BMD when K was given on top of D')).toBe(true);
    expect(passesGate('A 5K run on day 3 of the trip.')).toBe(false);
  });
});
