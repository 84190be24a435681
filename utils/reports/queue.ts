import { storedReportSchema, type StoredReport } from './schema';
import { quarantineItem, quarantinedSchema, queueItem, type Quarantined } from './storage';

// The background is the queue's only writer, and every write goes through `withQueue`, so two
// events (an alarm and a click, say) never interleave a read-modify-write.

let tail: Promise<unknown> = Promise.resolve();

/** Runs `fn` after every earlier queue operation of this context has finished. */
export function withQueue<T>(fn: () => Promise<T>): Promise<T> {
  const run = tail.then(fn, fn);
  tail = run.catch(() => undefined);
  return run;
}

/** Splits a raw stored value into readable reports and what must be set aside. */
export function parseQueue(raw: unknown, now = Date.now()): { reports: StoredReport[]; bad: Quarantined[] } {
  if (raw === null || raw === undefined) return { reports: [], bad: [] };
  if (!Array.isArray(raw))
    return { reports: [], bad: [{ at: now, reason: 'the stored queue was not a list', value: raw }] };
  const reports: StoredReport[] = [];
  const bad: Quarantined[] = [];
  const seen = new Set<string>();
  for (const item of raw as unknown[]) {
    const parsed = storedReportSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      bad.push({
        at: now,
        reason: `unreadable report: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
        value: item,
      });
    } else if (seen.has(parsed.data.id)) {
      bad.push({ at: now, reason: 'a second report with the same id', value: item });
    } else {
      seen.add(parsed.data.id);
      reports.push(parsed.data);
    }
  }
  return { reports, bad };
}

/** What has been set aside so far; an unreadable quarantine is itself kept, wrapped. */
export async function readQuarantine(): Promise<Quarantined[]> {
  const raw = await quarantineItem.getValue();
  if (raw === null || raw === undefined) return [];
  const list = Array.isArray(raw) ? (raw as unknown[]) : [raw];
  return list.map((entry) => {
    const parsed = quarantinedSchema.safeParse(entry);
    return parsed.success ? parsed.data : { at: 0, reason: 'unreadable quarantine entry', value: entry };
  });
}

/**
 * Reads the queue, moving unreadable items to quarantine first (so a crash between the two
 * writes duplicates a value, never loses it). Call inside `withQueue`.
 */
export async function loadQueue(): Promise<StoredReport[]> {
  const raw = await queueItem.getValue();
  const { reports, bad } = parseQueue(raw);
  if (bad.length) {
    try {
      await quarantineItem.setValue([...(await readQuarantine()), ...bad]);
    } catch (e) {
      // Refused (the storage is full, say): the unreadable items stay where they are, and the
      // readable reports are still answered, now and at every later read.
      console.warn(`[D3/K2 Claim Check] ${bad.length} stored report(s) could not be read or set aside:`, e);
      return reports;
    }
    console.warn(`[D3/K2 Claim Check] ${bad.length} stored report(s) could not be read; set aside.`);
    await queueItem.setValue(reports);
  }
  return reports;
}

/** Validates and writes the whole queue. Call inside `withQueue`. */
export async function saveQueue(reports: readonly StoredReport[]): Promise<void> {
  await queueItem.setValue(reports.map((r) => storedReportSchema.parse(r)));
}

/** Reads, changes and writes the queue as one step; `change` returns the new list. */
export function updateQueue<T>(
  change: (reports: StoredReport[]) => { reports: StoredReport[]; result: T },
): Promise<T> {
  return withQueue(async () => {
    const { reports, result } = change(await loadQueue());
    await saveQueue(reports);
    return result;
  });
}

/** Changes one report by id; returns false when it is gone. */
export function updateReport(id: string, change: (report: StoredReport) => StoredReport): Promise<boolean> {
  return updateQueue((reports) => {
    const index = reports.findIndex((r) => r.id === id);
    const current = reports[index];
    if (!current) return { reports, result: false };
    const next = [...reports];
    next[index] = change(current);
    return { reports: next, result: true };
  });
}

/** Removes a report by id. */
export function deleteReport(id: string): Promise<boolean> {
  return updateQueue((reports) => {
    const next = reports.filter((r) => r.id !== id);
    return { reports: next, result: next.length !== reports.length };
  });
}

/** Outcome of adding a report: added, or the existing report with the same quote and page. */
export type AddResult = { added: true; report: StoredReport } | { added: false; report: StoredReport };

/**
 * Adds a report unless one with the same key exists. A duplicate that is not yet sent takes the
 * new note (when there is one); a sent one is left alone, so nothing goes out twice.
 */
export function addReport(report: StoredReport): Promise<AddResult> {
  return updateQueue<AddResult>((reports) => {
    const index = reports.findIndex((r) => r.key === report.key || r.id === report.id);
    const existing = reports[index];
    if (!existing) return { reports: [...reports, report], result: { added: true, report } };
    if (existing.delivery.status === 'sent' || !report.note || report.note === existing.note)
      return { reports, result: { added: false, report: existing } };
    const merged = { ...existing, note: report.note };
    const next = [...reports];
    next[index] = merged;
    return { reports: next, result: { added: false, report: merged } };
  });
}
