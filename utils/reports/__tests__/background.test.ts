import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleReportClaim, handleReportsMessage, handleSelectionReport } from '../background';
import { loadQueue, withQueue } from '../queue';
import { reportClaimMessageSchema } from '../schema';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'x',
    version: '9.9.9',
  });
});

const request = reportClaimMessageSchema.parse({
  type: 'report-claim',
  quote: 'Vitamin D3 with K2 reverses arterial calcification.',
  prefix: 'Clinically proven: ',
  suffix: ' Shop now',
  start: 10,
  end: 61,
  url: 'https://shop.example/p/d3k2?ref=home#claims',
  title: 'D3K2 Ultra',
  claimId: 'k2-reverses-calcification',
  grade: 'contradicted',
  source: 'tooltip',
});

async function openDraft() {
  const { draftId } = await handleReportClaim(request, undefined);
  const tabs = await fakeBrowser.tabs.query({});
  return { draftId, opened: tabs.map((t) => t.url) };
}

describe('reporting a claim', () => {
  it('opens the report page on a draft and queues nothing until the reader confirms', async () => {
    const { draftId, opened } = await openDraft();
    expect(opened.some((u) => u?.endsWith(`/report.html?draft=${draftId}`))).toBe(true);
    expect(await withQueue(loadQueue)).toEqual([]);
    const shown = (await handleReportsMessage({ type: 'reports-get-draft', draftId })) as {
      draft: { request: { quote: string } } | null;
    };
    expect(shown.draft?.request.quote).toBe(request.quote);
  });

  it('queues exactly the draft with the reader’s URL scope and note', async () => {
    const { draftId } = await openDraft();
    await handleReportsMessage({
      type: 'reports-confirm-draft',
      draftId,
      urlScope: 'site',
      note: ' Not true ',
    });
    const [report] = await withQueue(loadQueue);
    expect(report).toMatchObject({
      id: draftId,
      quote: { exact: request.quote, prefix: 'Clinically proven: ', suffix: ' Shop now', start: 10, end: 61 },
      page: { url: 'https://shop.example', urlScope: 'site', title: 'D3K2 Ultra' },
      match: { claimId: 'k2-reverses-calcification', grade: 'contradicted' },
      note: 'Not true',
      versions: { extension: '9.9.9' },
      delivery: { status: 'queued', attempts: 0 },
    });
    // The draft is used up: confirming twice does not add a second report.
    const again = await handleReportsMessage({
      type: 'reports-confirm-draft',
      draftId,
      urlScope: 'full',
      note: '',
    });
    expect(again).toMatchObject({ ok: false });
    expect(await withQueue(loadQueue)).toHaveLength(1);
  });

  it('drops the address and title when the reader leaves the page out', async () => {
    const { draftId } = await openDraft();
    await handleReportsMessage({ type: 'reports-confirm-draft', draftId, urlScope: 'none', note: '' });
    expect((await withQueue(loadQueue))[0]?.page).toEqual({ url: null, urlScope: 'none', title: '' });
  });

  it('reporting the same quote from the same page twice keeps one report and says so', async () => {
    const first = await openDraft();
    await handleReportsMessage({
      type: 'reports-confirm-draft',
      draftId: first.draftId,
      urlScope: 'none',
      note: '',
    });
    const second = await openDraft();
    const shown = (await handleReportsMessage({ type: 'reports-get-draft', draftId: second.draftId })) as {
      existing: { id: string } | null;
    };
    expect(shown.existing?.id).toBe(first.draftId);
    const answer = await handleReportsMessage({
      type: 'reports-confirm-draft',
      draftId: second.draftId,
      urlScope: 'full',
      note: 'second thoughts',
    });
    expect(answer).toMatchObject({ ok: true, added: false });
    const queue = await withQueue(loadQueue);
    expect(queue).toHaveLength(1);
    expect(queue[0]?.note).toBe('second thoughts');
  });

  it('edits a note and deletes a report through messages', async () => {
    const { draftId } = await openDraft();
    await handleReportsMessage({ type: 'reports-confirm-draft', draftId, urlScope: 'full', note: '' });
    await handleReportsMessage({ type: 'reports-set-note', id: draftId, note: 'source: AVADEC' });
    expect((await withQueue(loadQueue))[0]?.note).toBe('source: AVADEC');
    await handleReportsMessage({ type: 'reports-delete', id: draftId });
    expect(await withQueue(loadQueue)).toEqual([]);
  });
});

describe('reporting a selection from the context menu', () => {
  it('reports the selected text alone when the page cannot be read', async () => {
    // The fake browser has no scripting API, as a page without access (a store page, a PDF) has none.
    const answer = await handleSelectionReport(
      { selectionText: '  Our capsules melt away winter tiredness.  ', frameId: 0 },
      { id: 42, url: 'https://shop.example/caps', title: 'Capsules' },
    );
    const shown = (await handleReportsMessage({
      type: 'reports-get-draft',
      draftId: answer?.draftId ?? '',
    })) as {
      draft: {
        source: string;
        request: { quote: string; prefix: string; url: string; start: number | null };
      };
    };
    expect(shown.draft).toMatchObject({
      source: 'context-menu',
      request: {
        quote: 'Our capsules melt away winter tiredness.',
        prefix: '',
        url: 'https://shop.example/caps',
        start: null,
      },
    });
  });

  it('does nothing without selected text', async () => {
    const before = (await fakeBrowser.tabs.query({})).length;
    expect(await handleSelectionReport({ selectionText: '   ' }, { id: 1 })).toBeNull();
    expect(await fakeBrowser.tabs.query({})).toHaveLength(before);
  });
});
