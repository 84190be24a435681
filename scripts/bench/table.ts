import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Result } from './result';

// What a run prints: the table of medians and the size of each built script.

/** Gzipped size of every script in the build, largest first. */
export function scriptSizes(dir: string): { file: string; bytes: number; gzip: number }[] {
  const out: { file: string; bytes: number; gzip: number }[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js')) {
        const body = readFileSync(path);
        out.push({
          file: relative(dir, path),
          bytes: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
        });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => b.gzip - a.gzip);
}

/** A figure with `digits` decimals, or '-'. */
export function fmt(n: number | null, digits = 1): string {
  return n === null ? '-' : n.toFixed(digits);
}

/** `ours` as a multiple of `ref`, for the table. */
export function times(ours: number | null, ref: number | null): string {
  return ours === null || ref === null || ref <= 0 ? '-' : (ours / ref).toFixed(2);
}

/** Prints the results as a Markdown table (docs/benchmark.md shows one); every figure in ms but heap. */
export function printTable(results: readonly Result[]): void {
  const header = [
    'page',
    'text KB',
    'claims',
    'floor',
    'scan',
    'ref scan',
    'x ref',
    'busy',
    'ref busy',
    'x ref',
    'inject',
    'longest task',
    'first mark',
    'cold first mark',
    'ref cold',
    'x ref',
    'cold same site',
    'heap MB',
    'ms/claim',
  ];
  const rows = results.map((r) => [
    r.page,
    String(r.text_kb),
    String(r.claims),
    fmt(r.floor_ms, 2),
    fmt(r.scan_ms, 2),
    fmt(r.ref_scan_ms, 2),
    times(r.scan_ms, r.ref_scan_ms),
    fmt(r.busy_ms),
    fmt(r.ref_busy_ms),
    times(r.busy_ms, r.ref_busy_ms),
    fmt(r.inject_ms),
    fmt(r.longest_task_ms),
    fmt(r.first_mark_ms),
    fmt(r.cold_first_mark_ms),
    fmt(r.ref_cold_ms),
    times(r.cold_first_mark_ms, r.ref_cold_ms),
    fmt(r.cold_same_site_ms),
    fmt(r.heap_mb, 2),
    r.ms_per_claim === undefined ? '-' : r.ms_per_claim.toFixed(3),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  console.log(line(header));
  console.log(
    `|${widths.map((w, i) => (i === 0 ? ':' : '-').padEnd(w + 1, '-') + (i === 0 ? '-' : ':')).join('|')}|`,
  );
  for (const r of rows) console.log(line(r));
}
