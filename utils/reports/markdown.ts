import type { WireReport } from './schema';

// A report as Markdown, to paste into an issue tracker. Quotes are block-quoted and escaped so
// page text cannot inject Markdown (links, headings, HTML) into the issue.

function escape(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>~|]/g, (c) => `\\${c}`)
    .replace(/^([#+\-=>])/, '\\$1');
}

/** A catalogue id in a code span; anything else a report may hold (it was sent by a page's content script) escaped as text. */
function claimIdMarkdown(id: string): string {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) ? `\`${id}\`` : escape(id);
}

/** The page's address as a link only if it is a web address: a javascript: or data: one stays text. */
function pageMarkdown(url: string): string {
  if (!url) return '(not included)';
  if (/^https?:\/\//i.test(url)) return `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;
  return `${escape(url).replace(/:/g, '\\:')} (not a web address, not linked)`;
}

/** One report as a Markdown issue body. */
export function reportMarkdown(report: WireReport): string {
  const verdict = report.match.claimId
    ? `Matched ${claimIdMarkdown(report.match.claimId)} (${report.match.grade ?? 'no grade'}); the reader disputes the verdict.`
    : 'Not in the catalogue ("not yet reviewed").';
  const lines = [
    `### Claim report ${report.id}`,
    '',
    `> ${report.quote.prefix ? `…${escape(report.quote.prefix)}` : ''}**${escape(report.quote.exact)}**${report.quote.suffix ? `${escape(report.quote.suffix)}…` : ''}`,
    '',
    `- Verdict: ${verdict}`,
    `- Page: ${pageMarkdown(report.page.url ?? '')}${report.page.title ? ` — ${escape(report.page.title)}` : ''}`,
    `- Reported from: ${report.source}, ${report.createdAt}`,
    `- Versions: extension ${report.versions.extension}, catalogue ${report.versions.catalogue}`,
  ];
  if (report.quote.start !== null) lines.push(`- Offsets: ${report.quote.start}–${report.quote.end ?? '?'}`);
  if (report.note) lines.push('', "**Reader's note:**", '', `> ${escape(report.note)}`);
  return `${lines.join('\n')}\n`;
}
