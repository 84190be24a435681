import type { Tag } from '../../parts/lexicon';
import type { Entry, Subject } from '../../schema';
import { createFinder, type Finding, type TextBlock } from '..';

// A small catalogue of our own, so these tests check the finder and not the shipped entries.

/** A catalogue entry of our own, for tests of the finder and the matcher. */
export function testEntry(id: string, grade: Entry['grade'], match: Entry['match']): Entry {
  return {
    id,
    claim: `Test claim ${id}.`,
    topic: 'calcium',
    kind: 'mechanism',
    grade,
    verdict: 'A verdict for the finder tests.',
    explanation:
      'An explanation long enough for the schema. It is only used by the finder tests and never shipped to anyone.',
    gradeReason: 'A grade reason for the finder tests only.',
    sources: [
      { name: 'A test source', url: 'https://example.org/study', finding: 'A finding for the finder tests.' },
    ],
    reviewed: '2026-11-21',
    match,
    examples: ['one example', 'two example', 'three example'],
  };
}

function entry(id: string, grade: Entry['grade'], all: Tag[][], who?: Subject[]): Entry {
  return testEntry(id, grade, [
    { id: `${id}-rule`, all, ...(who ? { who } : {}), reason: `Test rule for ${id}.` },
  ]);
}

/** Entries for the tests: K2 moves calcium, D absorbs calcium, D3 + K2 prevent heart disease. */
export const TEST_ENTRIES: readonly Entry[] = [
  entry('test-k2-directs-calcium', 'plausible', [['Direct', 'Away'], ['Calcium']], ['K']),
  entry('test-d-absorbs-calcium', 'established', [['Absorb'], ['Calcium']], ['D']),
  entry('test-heart-disease', 'unproven', [['Prevent'], ['HeartEvent']]),
];

const finder = createFinder(TEST_ENTRIES);

/** Finds claims in a document given as lines; each line is a block (headings flagged by "# "). */
export function findInLines(lines: readonly string[]): { text: string; findings: Finding[] } {
  const blocks: TextBlock[] = [];
  let text = '';
  for (const line of lines) {
    const heading = line.startsWith('# ');
    const body = heading ? line.slice(2) : line;
    if (text) text += '\n';
    blocks.push(heading ? { text: body, start: text.length, heading } : { text: body, start: text.length });
    text += body;
  }
  return { text, findings: finder.find(blocks) };
}

/** Finds claims in one sentence or paragraph. */
export function find(text: string): Finding[] {
  return finder.find([{ text, start: 0 }]);
}

/** Whether the text holds exactly one finding, and it is that finding. */
export function only(text: string): Finding {
  const findings = find(text);
  if (findings.length !== 1) throw new Error(`expected one finding in "${text}", got ${findings.length}`);
  return findings[0] as Finding;
}
