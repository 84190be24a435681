import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addReport, deleteReport, loadQueue, readQuarantine, updateReport, withQueue } from '../queue';
import { queueItem } from '../storage';
import { makeReport } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

const stored = async () => fakeBrowser.storage.local.get(['reports', 'reports-quarantine']);

describe('the report queue', () => {
  it('keeps one report for the same quote from the same page, however it is spelled', async () => {
    const first = await makeReport('Vitamin K2 keeps your arteries young.', 'https://shop.example/d3k2#top');
    const again = await makeReport(
      '  vitamin K2 keeps\u00a0your   arteries\u200b young ',
      'https://shop.example/d3k2?utm_campaign=spring',
      { note: 'Seen again' },
    );
    expect((await addReport(first)).added).toBe(true);
    const second = await addReport(again);
    expect(second.added).toBe(false);
    const queue = await withQueue(loadQueue);
    expect(queue).toHaveLength(1);
    expect(queue[0]?.id).toBe(first.id);
    // The duplicate's note is not lost: the kept report carries it.
    expect(queue[0]?.note).toBe('Seen again');
  });

  it('keeps reports of the same quote on different pages apart, even with the URL cut', async () => {
    await addReport(await makeReport(undefined, 'https://a.example/p1', { scope: 'site' }));
    await addReport(await makeReport(undefined, 'https://a.example/p2', { scope: 'site' }));
    expect(await withQueue(loadQueue)).toHaveLength(2);
  });

  it('does not change a sent duplicate', async () => {
    const first = await makeReport();
    await addReport(first);
    await updateReport(first.id, (r) => ({ ...r, delivery: { ...r.delivery, status: 'sent', sentAt: 1 } }));
    await addReport(await makeReport(undefined, undefined, { note: 'late note' }));
    const [only] = await withQueue(loadQueue);
    expect(only?.note).toBe('');
    expect(only?.delivery.status).toBe('sent');
  });

  it('deletes by id', async () => {
    const r = await makeReport();
    await addReport(r);
    expect(await deleteReport(r.id)).toBe(true);
    expect(await deleteReport(r.id)).toBe(false);
    expect(await withQueue(loadQueue)).toEqual([]);
  });

  it('refuses to store an invalid report instead of writing it', async () => {
    const r = await makeReport();
    await expect(addReport({ ...r, quote: { ...r.quote, exact: '' } })).rejects.toThrow();
    expect(await withQueue(loadQueue)).toEqual([]);
  });

  it('serialises concurrent changes: none is lost', async () => {
    const reports = await Promise.all(
      Array.from({ length: 20 }, (_, i) => makeReport(`K2 claim number ${i} about bones.`)),
    );
    await Promise.all(reports.map(addReport));
    expect(await withQueue(loadQueue)).toHaveLength(20);
  });
});

describe('corrupt stored data', () => {
  it('quarantines bad items, keeps the good ones, and loses nothing', async () => {
    const good = await makeReport();
    const broken = { ...good, id: 'not-a-uuid' };
    await fakeBrowser.storage.local.set({ reports: [good, broken, 'garbage', null] });
    const queue = await withQueue(loadQueue);
    expect(queue.map((r) => r.id)).toEqual([good.id]);
    const quarantine = await readQuarantine();
    expect(quarantine.map((q) => q.value)).toEqual([broken, 'garbage', null]);
    expect(quarantine[0]?.reason).toMatch(/id/);
    // Written back: the next reader sees the clean queue, and quarantine is not duplicated.
    await withQueue(loadQueue);
    expect(await readQuarantine()).toHaveLength(3);
    expect((await stored()).reports).toEqual([good]);
  });

  it('answers the readable reports when the browser refuses to store the quarantine, then and later', async () => {
    const good = await makeReport();
    await fakeBrowser.storage.local.set({ reports: [good, 'garbage'] });
    // The browser's storage refuses the write (a full quota, say), as Chromium rejects set().
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    fakeBrowser.storage.local.set = (items: Record<string, unknown>) =>
      'reports-quarantine' in items ? Promise.reject(new Error('QUOTA_BYTES quota exceeded')) : set(items);
    try {
      for (let i = 0; i < 2; i++) expect((await withQueue(loadQueue)).map((r) => r.id)).toEqual([good.id]);
      // Nothing lost: the unreadable item stays in the queue until it can be set aside.
      expect((await stored()).reports).toEqual([good, 'garbage']);
    } finally {
      fakeBrowser.storage.local.set = set;
    }
  });

  it('sets aside a queue that is not a list at all', async () => {
    await fakeBrowser.storage.local.set({ reports: { oops: true } });
    expect(await withQueue(loadQueue)).toEqual([]);
    expect((await readQuarantine())[0]).toMatchObject({ value: { oops: true } });
    const r = await makeReport();
    await addReport(r);
    expect(await withQueue(loadQueue)).toHaveLength(1);
  });

  it('appends to a damaged quarantine without dropping what was in it', async () => {
    await fakeBrowser.storage.local.set({ reports: ['bad'], 'reports-quarantine': 'older damage' });
    await withQueue(loadQueue);
    expect((await readQuarantine()).map((q) => q.value)).toEqual(['older damage', 'bad']);
  });

  it('quarantines a second report with an id already in the queue', async () => {
    const r = await makeReport();
    await fakeBrowser.storage.local.set({ reports: [r, { ...r, note: 'copy' }] });
    expect(await withQueue(loadQueue)).toHaveLength(1);
    expect(await readQuarantine()).toHaveLength(1);
  });

  it('reads back exactly what it wrote', async () => {
    const r = await makeReport();
    await addReport(r);
    expect(await queueItem.getValue()).toEqual([r]);
  });
});
