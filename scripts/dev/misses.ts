// For catalogue work on a labelled set we may read (dev, train; never valid or blind): every claim
// the shipped finder marks with a wrong grade, with the entries whose combinations hold and the
// one chosen on the sentence's own words.
//   npx tsx scripts/dev/misses.ts tests/eval/train.jsonl [--serious]
import { CATALOGUE, catalogueFinder } from '../../claims';
import { bestMatch, matchAll, subjectsOf } from '../../claims/finder/match';
import { GRADES } from '../../claims/grades';
import { readParts } from '../../claims/parts/read';
import { BLIND, VALID, readRows } from '../eval/rows';

const file = process.argv[2] ?? '';
const unread = [BLIND, VALID].map((f) => f.split('/').pop() ?? '');
if (!file || unread.some((name) => file.endsWith(name)))
  throw new Error('give a set we may read (not valid or blind)');
const seriousOnly = process.argv.includes('--serious');
const finder = catalogueFinder();
for (const row of readRows(file)) {
  if (row.label === 'none') continue;
  const found = finder.find([{ text: row.text, start: 0 }]);
  if (!found.length) continue;
  const grade = found.find((f) => f.grade)?.grade ?? null;
  const ok = grade === null ? row.accept.includes('novel') : row.accept.includes(grade);
  if (ok) continue;
  const far =
    grade !== null &&
    Math.min(
      ...row.accept
        .filter((a) => (GRADES as readonly string[]).includes(a))
        .map((a) => Math.abs(GRADES.indexOf(a as never) - GRADES.indexOf(grade))),
    ) >= 2;
  if (seriousOnly && !far) continue;
  const parts = readParts(row.text);
  const matches = matchAll(CATALOGUE, parts, subjectsOf(parts));
  const best = bestMatch(matches);
  console.log(
    `${far ? 'SERIOUS ' : ''}got=${grade ?? 'unmatched'} want=${row.accept.join('|')} [${row.topic.slice(0, 40)}]\n  ${row.text}`,
  );
  console.log('  parts:', parts.map((p) => `${p.negated ? '!' : ''}${p.tag}[${p.text}]`).join(' '));
  for (const m of matches)
    console.log(`  ${m === best ? '*' : ' '} ${m.entry.grade.padEnd(12)} ${m.entry.id} (${m.combo.id})`);
}
