import { describe, expect, it } from 'vitest';
import { CONTEXT_CHARS } from '../../utils/reports/schema';
import { wholeWordsAfter, wholeWordsBefore } from '../ReportQuote';

describe('the context around a reported quote', () => {
  it('is cut at word boundaries where the stored context was cut by characters', () => {
    const before = 'ements for adults: our softgel '.padStart(CONTEXT_CHARS, 'x');
    expect(before).toHaveLength(CONTEXT_CHARS);
    expect(wholeWordsBefore(before)).toBe('for adults: our softgel ');
    const after = ' Take one daily with a meal conta'.slice(0, CONTEXT_CHARS);
    expect(wholeWordsAfter(after)).toBe(' Take one daily with a meal');
  });

  it('keeps shorter context whole: it was not cut', () => {
    expect(wholeWordsBefore('Our formula. ')).toBe('Our formula. ');
    expect(wholeWordsAfter(' Buy now.')).toBe(' Buy now.');
  });
});
