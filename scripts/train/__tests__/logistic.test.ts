import { describe, expect, it } from 'vitest';
import { fitLogistic, type Example } from '../logistic';

describe('fitting the claim model', () => {
  it('learns weights that separate two kinds of examples, and a bias for the rest', () => {
    const examples: Example[] = [];
    for (let i = 0; i < 40; i++) {
      examples.push({ features: ['bias', 'claim-word', `noise${i % 5}`], label: 1, group: `p${i}` });
      examples.push({ features: ['bias', 'heading-word', `noise${i % 5}`], label: 0, group: `q${i}` });
    }
    const w = fitLogistic(examples);
    expect(w['claim-word']).toBeGreaterThan(1);
    expect(w['heading-word']).toBeLessThan(-1);
    expect(Math.abs(w.noise0 ?? 0)).toBeLessThan(0.5);
  });
});
