import { describe, expect, it } from 'vitest';
import { endpointProblem, originPattern } from '../endpoint';
import { exportReports } from '../export';
import { normaliseQuote, normaliseUrl, scopeUrl } from '../key';
import { reportMarkdown } from '../markdown';
import { exportFileSchema, toWire } from '../schema';
import { makeReport } from './helpers';

describe('endpoint addresses', () => {
  it('accepts HTTPS anywhere and plain HTTP only on this machine', () => {
    expect(endpointProblem('https://reports.example.org/in')).toBeNull();
    expect(endpointProblem('http://127.0.0.1:8123/reports')).toBeNull();
    expect(endpointProblem('http://localhost:3000/')).toBeNull();
    expect(endpointProblem('http://reports.example.org/in')).toMatch(/HTTPS/);
    expect(endpointProblem('ftp://x.example')).toMatch(/HTTPS/);
    expect(endpointProblem('https://user:pw@x.example')).toMatch(/password/);
    expect(endpointProblem('not a url')).toMatch(/not a web address/);
  });

  it('asks for the endpoint’s host only', () => {
    expect(originPattern('https://r.example.org:8443/a/b?c')).toBe('https://r.example.org/*');
  });
});

describe('dedupe normalisation and URL scope', () => {
  it('folds spacing, case, invisible characters, curly quotes and final punctuation', () => {
    expect(normaliseQuote('  K2 “directs”\u00ad calcium\n to bones. ')).toBe('k2 "directs" calcium to bones');
  });

  it('drops fragments and tracking parameters but keeps what picks the page', () => {
    expect(normaliseUrl('https://s.example/p?id=7&utm_source=mail&fbclid=1#top')).toBe(
      'https://s.example/p?id=7',
    );
    expect(normaliseUrl('https://s.example/p?id=7')).not.toBe(normaliseUrl('https://s.example/p?id=8'));
  });

  it('cuts the address to the site or drops it', () => {
    expect(scopeUrl('https://s.example/p?id=7', 'site')).toBe('https://s.example');
    expect(scopeUrl('https://s.example/p?id=7', 'none')).toBeNull();
    expect(scopeUrl('about:blank', 'site')).toBeNull();
  });
});

describe('export and Markdown', () => {
  it('exports wire reports only, in the format the maintainers’ command reads', async () => {
    const report = await makeReport();
    const file = exportReports([report]);
    expect(exportFileSchema.parse(JSON.parse(JSON.stringify(file)))).toEqual(file);
    expect(file.reports[0]).toEqual(toWire(report));
    expect(JSON.stringify(file)).not.toMatch(/delivery|"key"/);
  });

  it('quotes the claim in Markdown without letting page text inject markup', async () => {
    const report = await makeReport('# K2 <b>cures</b> [everything](http://evil.example) *now*');
    const md = reportMarkdown(toWire(report));
    expect(md).toContain('Not in the catalogue');
    expect(md).toContain('\\<b\\>cures\\</b\\>');
    expect(md).toContain('\\[everything\\]');
    expect(md).not.toMatch(/^#\s*K2/m);
    expect(md).toContain('<https://shop.example/d3k2?utm_source=x#reviews>');
  });

  it('links only a web address, and keeps a claim id inside its code span', async () => {
    for (const url of ['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>']) {
      const md = reportMarkdown(toWire(await makeReport('K2 cures everything.', url)));
      expect(md).not.toMatch(/<(?:javascript|data):/);
      expect(md).not.toMatch(/\]\((?:javascript|data):/);
      expect(md).toContain('not a web address, not linked');
    }
    const wire = toWire(await makeReport('K2 cures everything.'));
    const md = reportMarkdown({
      ...wire,
      match: {
        ...wire.match,
        claimId: 'x` <img src=x onerror=alert(1)> [a](javascript:alert(1)) `y',
        grade: 'mixed',
      },
    });
    // Every '<', '`' and '[' escaped: no tag, no link, no end to a code span.
    expect(md).not.toMatch(/(?<!\\)[<`[]img|(?<!\\)`y|(?<!\\)\[a/);
    expect(md).toContain('\\<img');
  });
});
