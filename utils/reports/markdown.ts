import type { WireReport } from './schema';

// A report as Markdown, to paste into an issue tracker. Quotes are block-quoted and escaped so
// page text cannot inject Markdown (links, headings, HTML) into the issue.

function escape(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>~|]/g, (c) => `\\${c}`)
    .replace(/^([#+\-=>])/, '\\$1');
}

/** One report as a Markdown issue body. */
export function reportMarkdown(report: WireReport): string {
  const verdict = report.match.claimId
    ? `Matched \`${report.match.claimId}\` (${report.match.grade ?? 'no grade'}); the reader disputes the verdict.`
    : 'Not in the catalogue ("not yet reviewed").';
  const lines = [
    `### Claim report ${report.id}`,
    '',
    `> ${report.quote.prefix ? `…${escape(report.quote.prefix)}` : ''}**${escape(report.quote.exact)}**${report.quote.suffix ? `${escape(report.quote.suffix)}…` : ''}`,
    '',
    `- Verdict: ${verdict}`,
    `- Page: ${report.page.url ? `<${report.page.url.replace(/[<>\s]/g, encodeURIComponent)}>` : '(not included)'}${report.page.title ? ` — ${escape(report.page.title)}` : ''}`,
    `- Reported from: ${report.source}, ${report.createdAt}`,
    `- Versions: extension ${report.versions.extension}, catalogue ${report.versions.catalogue}`,
  ];
  if (report.quote.start !== null) lines.push(`- Offsets: ${report.quote.start}–${report.quote.end ?? '?'}`);
  if (report.note) lines.push('', "**Reader's note:**", '', `> ${escape(report.note)}`);
  return `${lines.join('\n')}\n`;
}
