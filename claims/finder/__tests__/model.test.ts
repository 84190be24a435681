import { describe, expect, it } from 'vitest';
import { CATALOGUE, claimModel } from '../..';
import { createFinder } from '..';
import { claimFeatures, type Candidate } from '../features';
import { claimProbability, isClaimModel, strongestFeatures, type ClaimModel } from '../model';

const candidates = (text: string): Candidate[] => {
  const out: Candidate[] = [];
  createFinder(CATALOGUE, { onCandidate: (c) => out.push(c) }).find([{ text, start: 0 }]);
  return out;
};

describe('the claim model', () => {
  it('is a logistic regression over feature names', () => {
    const model: ClaimModel = { threshold: 0.5, weights: { bias: -1, 'tag:Prevent': 3 } };
    expect(claimProbability(model, ['bias'])).toBeCloseTo(1 / (1 + Math.E), 6);
    expect(claimProbability(model, ['bias', 'tag:Prevent', 'unknown'])).toBeCloseTo(
      1 / (1 + Math.exp(-2)),
      6,
    );
    expect(strongestFeatures(model, ['bias', 'tag:Prevent', 'unknown'])).toEqual(['tag:Prevent']);
  });

  it('refuses a file that is not a model', () => {
    expect(isClaimModel({ threshold: 0.5, weights: { a: 1 } })).toBe(true);
    for (const bad of [
      null,
      {},
      { threshold: 2, weights: {} },
      { threshold: 0.5, weights: { a: 'x' } },
      { threshold: 0.5 },
    ])
      expect(isClaimModel(bad)).toBe(false);
  });

  it('ships a model that loads, with a threshold strictly between 0 and 1', () => {
    const model = claimModel();
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
    expect(Object.keys(model.weights).length).toBeGreaterThan(100);
  });

  it('decides from the same features the training script computes', () => {
    const [c] = candidates('Vitamin K2 may help prevent heart disease.');
    if (!c) throw new Error('no candidate');
    const features = claimFeatures(c);
    expect(features).toEqual(
      expect.arrayContaining(['bias', 'tag:Prevent', 'tag:HeartEvent', 'match', 'end:.']),
    );
    expect(claimFeatures(c)).toEqual(features);
  });

  it('marks whatever a safety veto covers, even where a stub model says nothing is a claim', () => {
    const never: ClaimModel = { threshold: 0.5, weights: { bias: -20 } };
    const finder = createFinder(CATALOGUE, { model: never });
    expect(finder.find([{ text: 'Vitamin K2 prevents heart disease.', start: 0 }])).toEqual([]);
    expect(
      finder.find([{ text: '50,000 IU of vitamin D once a week is safe for everyone.', start: 0 }])[0]?.grade,
    ).toBe('contradicted');
  });
});
