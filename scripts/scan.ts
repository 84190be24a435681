// `npm run scan -- [--format json|text] FILE...`: the extension's finder, from Node, with the doses
// each file states.
// HTML files go through the same text extraction as the content script (on linkedom's DOM).
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { catalogueFinder, type Finding, type TextBlock } from '../claims';
import { pageDoses, productSummary, type PageDose, type ProductSummary } from '../claims/doses/product';
import { lineBlocks } from '../claims/line-blocks';
import { extractText } from '../utils/page/extract-text';

interface FileResult {
  file: string;
  findings: Finding[];
  /** Every dose the text states (not findings: a dose is read, not graded). */
  doses: PageDose[];
  /** What the page's product gives and the cautions that apply (the popup's product panel). */
  product: ProductSummary | null;
  error?: string;
}

function blocksOf(file: string, content: string): TextBlock[] {
  if (/\.x?html?$/i.test(file) || /^\s*<(?:!doctype|html|body|div|p)\b/i.test(content)) {
    const { document } = parseHTML(content);
    return [...extractText(document.documentElement).blocks];
  }
  return lineBlocks(content);
}

function main(argv: string[]): number {
  let format = 'text';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--format') format = argv[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else files.push(arg);
  }
  if (format !== 'json' && format !== 'text') {
    process.stderr.write(`scan: unknown --format ${format} (use json or text)\n`);
    return 2;
  }
  if (files.length === 0) {
    process.stderr.write('usage: npm run scan -- [--format json|text] FILE...\n');
    return 2;
  }
  const finder = catalogueFinder();
  const results: FileResult[] = [];
  let failed = false;
  for (const file of files) {
    try {
      const content = readFileSync(file, 'utf8');
      const blocks = blocksOf(file, content);
      results.push({
        file,
        findings: finder.find(blocks),
        doses: pageDoses(blocks),
        product: productSummary(blocks),
      });
    } catch (e) {
      failed = true;
      const why = e instanceof Error ? e.message : String(e);
      process.stderr.write(`scan: cannot read ${file}: ${why}\n`);
      results.push({ file, findings: [], doses: [], product: null, error: why });
    }
  }
  if (format === 'json') process.stdout.write(JSON.stringify(results) + '\n');
  else
    for (const r of results) {
      process.stdout.write(`${r.file}: ${r.findings.length} finding(s)\n`);
      for (const f of r.findings)
        process.stdout.write(
          `  [${f.grade ?? 'not yet reviewed'}] ${f.claimId ?? '-'} @${f.start}: ${f.text}\n`,
        );
      for (const d of r.doses)
        process.stdout.write(
          `  dose: vitamin ${d.vitamin} ${d.text}${d.period ? ` per ${d.period}` : ''}${d.iuPerDay === undefined ? '' : ` (${Math.round(d.iuPerDay)} IU a day)`} @${d.start}\n`,
        );
    }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
