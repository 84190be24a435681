import { describe, expect, it } from 'vitest';
import { reportRequest } from '../request';
import { reportClaimMessageSchema } from '../schema';

describe('reportRequest', () => {
  it('builds a report-claim message the background accepts, from what the popup knows', () => {
    const request = reportRequest(
      { text: 'Vitamin D3 and K2 help you sleep better.', start: 120, end: 160, claimId: null, grade: null },
      { url: 'https://shop.example/p/1', title: null },
      'popup',
    );
    const parsed = reportClaimMessageSchema.parse(request);
    expect(parsed).toMatchObject({
      type: 'report-claim',
      quote: 'Vitamin D3 and K2 help you sleep better.',
      start: 120,
      end: 160,
      url: 'https://shop.example/p/1',
      title: '',
      claimId: null,
      grade: null,
      source: 'popup',
    });
  });

  it('carries the text around the claim that the content script reported', () => {
    const request = reportRequest(
      {
        text: 'Vitamin D3 and K2 help you sleep better.',
        start: 120,
        end: 160,
        claimId: null,
        grade: null,
        prefix: 'The science is settled. ',
        suffix: ' Store in a cool place.',
      },
      { url: 'https://shop.example/p/1', title: 'Shop' },
      'popup',
    );
    expect(reportClaimMessageSchema.parse(request)).toMatchObject({
      prefix: 'The science is settled. ',
      suffix: ' Store in a cool place.',
    });
  });
});
