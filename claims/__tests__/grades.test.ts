import { describe, expect, it } from 'vitest';
import { CATALOGUE, catalogueFinder } from '..';
import { matchSentence } from '../finder';

// How the shipped catalogue grades sentences of our own, worded as shops and blogs word them.

/** The entry a sentence's parts make on its own, before the claim model decides whether to mark it. */
const entryOf = (text: string) => matchSentence(CATALOGUE, text)?.entry.id ?? null;
const gradeOf = (text: string) => matchSentence(CATALOGUE, text)?.entry.grade ?? null;
/** What the shipped finder marks: the claim model and the safety vetoes included. */
const marked = (text: string) => catalogueFinder().find([{ text, start: 0 }]);

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

  // Reassurance in everyday words, and doses written as pages write them (a review's probes).
  it.each([
    'K2 is compatible with blood thinners',
    "If you're on warfarin, K2 is no problem",
    'Vitamin K2 is fine for people taking anticoagulants',
    'It is not true that K2 is unsafe with warfarin',
    'K2 is okay with warfarin as long as your dose stays steady',
    "You can take K2 even if you're on Coumadin",
    "It's okay to take K2 while on warfarin",
    "Warfarin users don't need to avoid vitamin K2",
    'K2 and warfarin can be taken together without any issue',
    'You should not worry about K2 if you take warfarin.',
    'There is no evidence that 10,000 IU of vitamin D daily causes harm',
    'Studies have not shown any harm from 10,000 IU of vitamin D a day',
    'No study has found toxicity in adults taking 10,000 IU of vitamin D daily',
    "It's fine to take 10,000 IU of vitamin D every day",
    'Vitamin D3 cannot be overdosed at 10,000 IU',
    'Vitamin D3 at 10.000 IU per day is safe',
    'Ten thousand IU of vitamin D a day is safe for adults',
    '10,000 units of vitamin D daily is safe for adults',
    'Vitamin D3 at 10,000 IUs a day is safe',
    'Vitamin D 5 000 IU daily is safe',
    'Vitamin D3 5,000 IU and 100 mcg of MK-7 daily is safe',
    'Taking 5,000 IU of vitamin D a day for a month is safe',
  ])('%s', (sentence) => {
    expect(marked(sentence)[0]?.grade ?? 'not marked').toBe('contradicted');
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
      'If you take warfarin, keep your vitamin K intake consistent.',
      'Even small doses of K2 can change how warfarin works.',
      'Patients on anticoagulant therapy should not take MK-7 without supervision by their physician.',
      'Vitamin D3 at 400 IU a day is safe for infants.',
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
