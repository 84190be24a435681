import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reportKey } from '../key';
import { loadQueue, readQuarantine, withQueue } from '../queue';
import { QUEUE_VERSION, queueItem } from '../storage';
import { makeReport } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

const v1 = (over: Record<string, unknown> = {}) => ({
  id: '0b7a1c1e-3f7e-4b8e-9a51-6f1f3b1e2a10',
  quote: 'MK-7 cleans calcium out of your arteries.',
  prefix: 'Why choose us? ',
  suffix: ' Order now.',
  start: 40,
  end: 81,
  url: 'https://shop.example/k2',
  title: 'K2 MK-7',
  claimId: null,
  grade: null,
  note: 'new claim',
  source: 'popup',
  extensionVersion: '0.0.9',
  catalogueVersion: '2026-10-01.1',
  createdAt: '2026-10-02T09:00:00.000Z',
  sent: false,
  ...over,
});

/** Stores a raw queue as an older version wrote it, then runs WXT's migration as a new start would. */
async function storeAsVersion(version: number, value: unknown): Promise<void> {
  await fakeBrowser.storage.local.set({ reports: value, reports$: { v: version } });
  await queueItem.migrate();
}

describe('migrating the stored queue', () => {
  it('turns version-1 reports into the current format, keeping every field', async () => {
    const sent = v1({ id: '7d0a9f64-3a0a-4f3b-8a47-5d6d2c1b9e21', sent: true, url: null });
    await storeAsVersion(1, [v1(), sent]);
    const queue = await withQueue(loadQueue);
    expect(queue).toHaveLength(2);
    expect(queue[0]).toMatchObject({
      id: v1().id,
      quote: { exact: v1().quote, prefix: 'Why choose us? ', suffix: ' Order now.', start: 40, end: 81 },
      page: { url: 'https://shop.example/k2', urlScope: 'full', title: 'K2 MK-7' },
      note: 'new claim',
      source: 'popup',
      versions: { extension: '0.0.9', catalogue: '2026-10-01.1' },
      key: await reportKey(v1().quote, 'https://shop.example/k2'),
      delivery: { status: 'queued', attempts: 0 },
    });
    expect(queue[1]).toMatchObject({ page: { url: null, urlScope: 'none' }, delivery: { status: 'sent' } });
    expect((await fakeBrowser.storage.local.get('reports$'))['reports$']).toEqual({ v: QUEUE_VERSION });
  });

  it('passes unreadable version-1 items through to quarantine instead of failing the migration', async () => {
    await storeAsVersion(1, [v1(), v1({ quote: 42 })]);
    expect(await withQueue(loadQueue)).toHaveLength(1);
    expect((await readQuarantine())[0]?.value).toMatchObject({ quote: 42 });
  });

  it('leaves current-format items alone when the version mark is missing', async () => {
    const current = await makeReport();
    await fakeBrowser.storage.local.set({ reports: [current] });
    await queueItem.migrate();
    expect(await withQueue(loadQueue)).toEqual([current]);
  });

  it('reads what it can from a newer version (after a downgrade) and sets aside the rest', async () => {
    const current = await makeReport();
    await fakeBrowser.storage.local.set({ reports: [current, { future: true }], reports$: { v: 99 } });
    // WXT refuses to migrate down; the queue still opens, item by item.
    await expect(queueItem.migrate()).rejects.toThrow(/downgrade/);
    expect(await withQueue(loadQueue)).toEqual([current]);
    expect(await readQuarantine()).toHaveLength(1);
  });
});
