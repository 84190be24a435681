import { createDraft, reportFromDraft } from '../draft';
import { reportClaimMessageSchema, type StoredReport, type UrlScope } from '../schema';

/** A report as the background would queue it from a tooltip request. */
export async function makeReport(
  quote = 'Vitamin K2 keeps your arteries young.',
  url = 'https://shop.example/d3k2?utm_source=x#reviews',
  options: { note?: string; scope?: UrlScope; now?: Date } = {},
): Promise<StoredReport> {
  const request = reportClaimMessageSchema.parse({
    type: 'report-claim',
    quote,
    prefix: 'Our best seller. ',
    suffix: ' Buy two today.',
    start: 120,
    end: 120 + quote.length,
    url,
    title: 'D3 + K2 drops',
    source: 'tooltip',
  });
  const draft = await createDraft(request, { extension: '0.1.0', catalogue: 'test' }, options.now);
  return reportFromDraft(draft, options.scope ?? 'full', options.note ?? '');
}
