import { exportFileSchema, toWire, type ExportFile, type StoredReport } from './schema';

/** Every report in the export format read by `npm run reports` (wire fields only: no delivery state). */
export function exportReports(reports: readonly StoredReport[], now = new Date()): ExportFile {
  return exportFileSchema.parse({
    format: 'dk-claim-reports',
    version: 1,
    exportedAt: now.toISOString(),
    reports: reports.map(toWire),
  });
}

/** A file name for an export made now, e.g. dk-claim-reports-2026-11-21.json. */
export function exportFileName(now = new Date()): string {
  return `dk-claim-reports-${now.toISOString().slice(0, 10)}.json`;
}
