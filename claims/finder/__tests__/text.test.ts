import { describe, expect, it } from 'vitest';
import { passesGate } from '../gate';
import { normalize } from '../normalize';
import { splitSentences } from '../sentences';
import { createFinder } from '..';
import { TEST_ENTRIES, find, only } from './helpers';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('sentences as real pages write them', () => {
  it('splits bullets, headings and list lines without full stops', () => {
    expect(sentences('Why K2?\n• Strong bones • Clear arteries\n- Made in the UK')).toEqual([
      'Why K2?',
      'Strong bones',
      'Clear arteries',
      'Made in the UK',
    ]);
  });

  it('keeps abbreviations, decimals and list numbers inside their sentence', () => {
    expect(
      sentences(
        'Dr. Lee gave vit. K2, e.g. MK-7, at 2.5 mg. 1. Vitamin D3 helps. Vitamin D. It is made in skin.',
      ),
    ).toEqual([
      'Dr. Lee gave vit. K2, e.g. MK-7, at 2.5 mg.',
      'Vitamin D3 helps.',
      'Vitamin D.',
      'It is made in skin.',
    ]);
    // A European thousands point is not a full stop, even before a capital.
    expect(sentences('Vitamin D3 at 10.000 IU per day. Next.')).toEqual([
      'Vitamin D3 at 10.000 IU per day.',
      'Next.',
    ]);
  });

  it('ends a sentence after its footnote marker', () => {
    expect(sentences('K2 builds bone.[3] D3 absorbs calcium.(12) MK-7 lasts longer.2,3 Next one')).toEqual([
      'K2 builds bone.[3]',
      'D3 absorbs calcium.(12)',
      'MK-7 lasts longer.2,3',
      'Next one',
    ]);
  });

  it('marks lead-ins and bare lines', () => {
    const [lead, item] = splitSentences('Key benefits:\nStrong bones');
    expect(lead).toMatchObject({ leadIn: true, bare: false });
    expect(item).toMatchObject({ leadIn: false, bare: true });
  });

  it('cuts a run-on text without full stops into bounded pieces', () => {
    const text = 'vitamin d3 helps bones '.repeat(400);
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(5);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(1200);
  });
});

describe('footnote markers', () => {
  it('grades a claim with footnote numbers inside it', () => {
    expect(only('Vitamin K2 guides calcium into bones 2, 3 and teeth.')).toMatchObject({
      claimId: 'test-k2-directs-calcium',
    });
  });

  it('finds and grades a claim with footnote markers, keeping them in the quoted text', () => {
    const f = only('Vitamin D helps you absorb calcium.[4][7]');
    expect(f).toMatchObject({
      text: 'Vitamin D helps you absorb calcium.[4][7]',
      claimId: 'test-d-absorbs-calcium',
    });
  });
});

describe('Unicode quirks', () => {
  it('sees the vocabulary through soft hyphens, zero-width characters and subscripts', () => {
    for (const text of [
      'Vita\u00ADmin K\u2082 guides calcium into bone.',
      'Vitamin\u00A0D\u200B3 helps absorb calcium.',
      'K₂ guides calcium into bone.',
      // Non-breaking hyphen and minus sign inside the form name.
      'Our MK\u20117 stays in the blood for days.',
      'Menaquinone\u22127 from natto keeps calcium moving.',
    ])
      expect(passesGate(text)).toBe(true);
  });

  it('grades through the quirks and maps offsets back to the original text', () => {
    const text =
      'Intro line.\nVita\u00ADmin K\u2082 \u2014 the \u201Ctraffic cop\u201D \u2014 guides calcium into your bones.';
    const [f] = find(text);
    expect(f).toMatchObject({ claimId: 'test-k2-directs-calcium' });
    expect(f && text.slice(f.start, f.end)).toBe(f?.text);
    expect(f?.text.startsWith('Vita\u00ADmin')).toBe(true);
  });

  it('normalises one for one and keeps a map to the original indices', () => {
    const n = normalize('a\u00ADb\u2013c\u00A0d');
    expect(n.text).toBe('ab-c d');
    expect(n.map).toEqual([0, 2, 3, 4, 5, 6, 7]);
    expect(normalize('plain text').map).toBeNull();
  });

  it('collapses the runs of spaces that pretty-printed HTML leaves inside a sentence', () => {
    const n = normalize('not \t   intended');
    expect(n.text).toBe('not intended');
    expect(n.map).toEqual([0, 1, 2, 3, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    // Phrase rules written with single spaces still apply.
    expect(
      find('This product is not        intended to diagnose, treat, cure, or prevent any disease.'),
    ).toEqual([]);
    const spaced = 'Vitamin K2   directs calcium    to your bones.';
    // Offsets still point into the original text, spaces and all.
    expect(only(spaced)).toMatchObject({ start: 0, end: spaced.length, text: spaced });
  });
});

describe('headings and languages', () => {
  it('finds a heading that makes a claim, and leaves a heading that names a topic', () => {
    expect(find('How Vitamin D₃ Boosts Your Immune System')).toHaveLength(1);
    expect(find('Vitamin K2 for Strong Bones and a Healthy Heart')).toHaveLength(1);
    expect(find('Vitamin D₃ and Your Immune System')).toEqual([]);
  });

  it('leaves a product name alone even when its brand names a benefit', () => {
    expect(find('Heart Guard D3 + K2 Softgels')).toEqual([]);
    expect(find('Strong Bones Vitamin K2 MK-7 Drops (30 ml)')).toEqual([]);
    // The same words as a title that promises something are still a claim.
    expect(find('Vitamin K2 for Strong Bones and a Healthy Heart')).toHaveLength(1);
  });

  it('leaves right-to-left text alone and reads through direction marks', () => {
    expect(find('فيتامين D3 يدعم صحة العظام والمناعة.')).toEqual([]);
    expect(find('ויטמין K2 שומר על בריאות העצמות.')).toEqual([]);
    expect(only('\u200FVitamin K2\u200F guides calcium into your bones.')).toMatchObject({
      claimId: 'test-k2-directs-calcium',
    });
  });

  it('leaves pages in other languages alone', () => {
    expect(find('Vitamin D3 unterstützt das Immunsystem und stärkt die Knochen.')).toEqual([]);
    expect(find('La vitamine K2 aide à fixer le calcium dans les os et protège les artères.')).toEqual([]);
    // Short sentences have few function words: the spelling "vitamine"/"vitamina" gives them away.
    expect(find("La vitamine D3 contribue au maintien d'une ossature normale.")).toEqual([]);
    expect(find('La vitamina K2 fortalece los huesos.')).toEqual([]);
  });
});

describe('negation and hedges', () => {
  it('marks a negated claim, including a contraction', () => {
    expect(only('Vitamin K2 does not prevent heart disease.')).toMatchObject({
      negated: true,
      hedged: false,
    });
    expect(only("Vitamin K2 doesn't prevent heart disease.")).toMatchObject({ negated: true });
    expect(only('There is no evidence that vitamin D prevents heart attacks.')).toMatchObject({
      negated: true,
    });
  });

  it('does not mark "not" that leaves the claim standing', () => {
    expect(only('Vitamin K2 is not well known, but it guides calcium into bone.')).toMatchObject({
      negated: false,
    });
    expect(only("Without K2, calcium won't reach your bones.")).toMatchObject({ negated: false });
    expect(only('Not enough vitamin D3 leads to weak bones.')).toMatchObject({ negated: false });
  });

  it('marks a hedged claim', () => {
    expect(only('Vitamin D3 may support your immune system.')).toMatchObject({
      hedged: true,
      negated: false,
    });
    expect(only('MK-7 could help keep calcium in your bones.')).toMatchObject({ hedged: true });
    expect(only('Vitamin D3 supports your immune system.')).toMatchObject({ hedged: false });
  });
});

describe("a customer's words", () => {
  it('are marked as a customer review when the page says the block is one', () => {
    const finder = createFinder(TEST_ENTRIES);
    const [own] = finder.find([{ text: 'Vitamin K2 guides calcium into your bones.', start: 0 }]);
    const [review] = finder.find([
      { text: 'Vitamin K2 guides calcium into your bones.', start: 0, review: true },
    ]);
    expect(own?.voice).toBeUndefined();
    expect(review).toMatchObject({ claimId: 'test-k2-directs-calcium', voice: 'customer' });
  });
});
