// Imported from its own module, not '#imports': that barrel re-exports every utils/ and components/ file.
import { storage } from 'wxt/utils/storage';
import { z } from '../../claims/zod';
import { migrateQueueToV2 } from './migrations';

// The queue is read as `unknown` and validated item by item: a report that fails its schema is
// moved to the quarantine key with the reason, never dropped and never allowed to crash a reader.

/** Current version of the stored queue's format (see migrations.ts for older ones). */
export const QUEUE_VERSION = 2;

/** The report queue in local storage; values are validated by queue.ts on every read. */
export const queueItem = storage.defineItem<unknown>('local:reports', {
  fallback: [],
  version: QUEUE_VERSION,
  migrations: { 2: migrateQueueToV2 },
});

/** Something set aside from the queue because it could not be read. */
export const quarantinedSchema = z.object({
  at: z.number(),
  reason: z.string(),
  value: z.unknown(),
});

/** A quarantined value with when and why it was set aside. */
export type Quarantined = z.infer<typeof quarantinedSchema>;

/** Stored values the queue could not read, kept for the reader to export or a maintainer to repair. */
export const quarantineItem = storage.defineItem<unknown>('local:reports-quarantine', { fallback: [] });

/** Where reports are sent, set by the reader on the Reports view (null: nowhere, keep them here). */
export const endpointItem = storage.defineItem<unknown>('local:reports-endpoint', { fallback: null });
