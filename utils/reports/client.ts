import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { z } from '../../claims/zod';
import { draftSchema } from './draft';
import { endpointSchema } from './endpoint';
import type { ReportsMessage } from './messages';
import { storedReportSchema } from './schema';
import { quarantineItem, quarantinedSchema, queueItem } from './storage';

// The report pages' side: they ask the background (the queue's only writer) and validate every
// answer, then keep what they show in signals.

/** Sends a reports message and validates the answer. */
export async function ask<T>(message: ReportsMessage, answer: z.ZodType<T>): Promise<T> {
  return answer.parse(await browser.runtime.sendMessage(message));
}

/** The Reports view's data. */
export const listSchema = z.object({
  reports: z.array(storedReportSchema),
  quarantine: z.array(quarantinedSchema),
  endpoint: endpointSchema.nullable(),
  permission: z.boolean(),
});

/** The report page's draft, with an earlier report of the same quote and page. */
export const draftAnswerSchema = z.object({
  draft: draftSchema.nullable(),
  existing: storedReportSchema.nullable(),
  endpoint: endpointSchema.nullable(),
});

/** Why nothing was sent, as `sendDue` says it. */
export const sendAnswerSchema = z.enum(['no-endpoint', 'no-permission']).nullable();

/** What the Reports view shows; null until the first load. */
export const reportsState = signal<z.infer<typeof listSchema> | null>(null);
/** A load or action that went wrong, shown at the top of the view. */
export const reportsError = signal<string | null>(null);

/** Reloads the Reports view's data. */
export async function refreshReports(): Promise<void> {
  try {
    reportsState.value = await ask({ type: 'reports-list' }, listSchema);
    reportsError.value = null;
  } catch (e) {
    reportsError.value = `Could not read the reports: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/** Keeps the view current while the background sends or another page queues; returns a stop function. */
export function watchReports(): () => void {
  const stops = [
    queueItem.watch(() => void refreshReports()),
    quarantineItem.watch(() => void refreshReports()),
  ];
  void refreshReports();
  return () => {
    stops.forEach((stop) => {
      stop();
    });
  };
}
