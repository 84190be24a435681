// `npm run reports -- [--top N] [--format text|json] FILE.json...`: reads files exported from the
// Reports view, groups reports of the same claim, and lists for each group the catalogue entries
// it most resembles and what the finder says about it today.
import { readFileSync } from 'node:fs';
import { CATALOGUE, CATALOGUE_VERSION, catalogueFinder, entryById } from '../claims';
import { exportFileSchema, type WireReport } from '../utils/reports/schema';
import { createMatcher, groupReports, type Neighbour } from '../utils/reports/triage';

const USAGE = 'usage: npm run reports -- [--top N] [--format text|json] FILE.json...\n';

/** Reads and validates one exported file; throws an Error that says what is wrong. */
function readExport(file: string): WireReport[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file} is not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = exportFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `  at ${i.path.join('.') || '(top)'}: ${i.message}`)
      .join('\n');
    throw new Error(
      `${file} is not a report export (Reports view → "Export all"):\n${issues}${parsed.error.issues.length > 5 ? `\n  … and ${parsed.error.issues.length - 5} more` : ''}`,
    );
  }
  return parsed.data.reports;
}

/** What the finder of this checkout makes of a quote. */
function finderToday(quote: string): { claimId: string | null; grade: string | null } | null {
  const [finding] = catalogueFinder().find([{ text: quote, start: 0 }]);
  return finding ? { claimId: finding.claimId, grade: finding.grade } : null;
}

interface GroupResult {
  quote: string;
  count: number;
  pages: string[];
  notes: string[];
  disputed: { claimId: string; grade: string | null }[];
  catalogueVersions: string[];
  today: { claimId: string | null; grade: string | null } | null;
  nearest: { id: string; grade: string; score: number; claim: string }[];
}

function summarise(reports: readonly WireReport[], top: number): GroupResult[] {
  const nearest = createMatcher(CATALOGUE);
  return groupReports(reports).map(({ quote, reports: group }) => {
    const disputed = new Map<string, string | null>();
    for (const r of group) if (r.match.claimId) disputed.set(r.match.claimId, r.match.grade);
    return {
      quote,
      count: group.length,
      pages: [...new Set(group.map((r) => r.page.url ?? '(page not included)'))],
      notes: group.map((r) => r.note).filter(Boolean),
      disputed: [...disputed].map(([claimId, grade]) => ({ claimId, grade })),
      catalogueVersions: [...new Set(group.map((r) => r.versions.catalogue))],
      today: finderToday(quote),
      nearest: nearest(quote, top).map((n: Neighbour) => ({
        id: n.entry.id,
        grade: n.entry.grade,
        score: Math.round(n.score * 100) / 100,
        claim: n.entry.claim,
      })),
    };
  });
}

function printText(files: string[], total: number, groups: GroupResult[]): void {
  const out = (s = '') => process.stdout.write(`${s}\n`);
  out(
    `${total} report(s) in ${files.length} file(s): ${groups.length} distinct claim(s). Catalogue ${CATALOGUE_VERSION}.`,
  );
  groups.forEach((g, i) => {
    out();
    out(`#${i + 1}  reported ${g.count}×  "${g.quote}"`);
    out(`    pages: ${g.pages.join(', ')}`);
    for (const d of g.disputed) out(`    disputes: ${d.claimId} (${d.grade ?? 'no grade'})`);
    for (const n of g.notes) out(`    note: ${n}`);
    const today = g.today
      ? g.today.claimId
        ? `matched by ${g.today.claimId} (${g.today.grade ?? ''})`
        : 'found as a claim, not yet reviewed'
      : 'not found as a claim';
    out(`    finder today: ${today}`);
    if (!g.nearest.length) out('    nearest entries: none share a word: likely a new entry');
    else {
      out('    nearest entries:');
      for (const n of g.nearest) out(`      ${n.score.toFixed(2)}  ${n.id} (${n.grade}): ${n.claim}`);
    }
  });
}

function main(argv: string[]): number {
  let top = 3;
  let format = 'text';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--top') top = Number(argv[++i]);
    else if (arg.startsWith('--top=')) top = Number(arg.slice(6));
    else if (arg === '--format') format = argv[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice(9);
    else if (arg === '-h' || arg === '--help') {
      process.stdout.write(USAGE);
      return 0;
    } else files.push(arg);
  }
  if (!files.length || !Number.isInteger(top) || top < 1 || (format !== 'text' && format !== 'json')) {
    process.stderr.write(USAGE);
    return 2;
  }
  const reports: WireReport[] = [];
  for (const file of files) {
    try {
      reports.push(...readExport(file));
    } catch (e) {
      process.stderr.write(`reports: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
  }
  // The same report in two exports (a reader exporting twice) counts once.
  const unique = [...new Map(reports.map((r) => [r.id, r])).values()];
  const groups = summarise(unique, top);
  if (format === 'json')
    process.stdout.write(`${JSON.stringify({ total: unique.length, groups }, null, 2)}\n`);
  else printText(files, unique.length, groups);
  // Reports disputing an entry that no longer exists point at a renamed or removed entry.
  for (const g of groups)
    for (const d of g.disputed)
      if (!entryById(d.claimId))
        process.stderr.write(`reports: note: ${d.claimId} is no longer in the catalogue\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
