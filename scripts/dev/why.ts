// Explains what the finder makes of sentences: their parts, every entry whose combinations hold,
// and the one chosen. For catalogue maintainers: `npx tsx scripts/dev/why.ts "sentence" ...`.
import { CATALOGUE } from '../../claims';
import { bestMatch, matchAll, subjectsOf } from '../../claims/finder/match';
import { readParts } from '../../claims/parts/read';

for (const sentence of process.argv.slice(2)) {
  const parts = readParts(sentence);
  const matches = matchAll(CATALOGUE, parts, subjectsOf(parts));
  const best = bestMatch(matches);
  console.log(sentence);
  console.log('  parts:', parts.map((p) => `${p.negated ? '!' : ''}${p.tag}[${p.text}]`).join(' '));
  for (const m of matches)
    console.log(
      `  ${m === best ? '*' : ' '} ${m.entry.grade.padEnd(12)} ${m.entry.id} (${m.combo.id}, priority ${m.combo.priority ?? 0})`,
    );
}
