// Explains what the finder makes of sentences: their parts, every entry whose combinations hold,
// the one chosen on the sentence's own words, then what the shipped finder marks (the claim model,
// with its score and the features that weighed most, and the safety vetoes). For catalogue
// maintainers: `npx tsx scripts/dev/why.ts "sentence" ...`.
import { CATALOGUE, claimModel } from '../../claims';
import { createFinder } from '../../claims/finder';
import { bestMatch, matchAll, subjectsOf } from '../../claims/finder/match';
import { claimProbability, strongestFeatures } from '../../claims/finder/model';
import { readParts } from '../../claims/parts/read';

const model = claimModel();
const scored: string[] = [];
const finder = createFinder(CATALOGUE, {
  model,
  onCandidate: (_candidate, features) => {
    const top = strongestFeatures(model, features).map((f) => `${f} ${(model.weights[f] ?? 0).toFixed(2)}`);
    scored.push(`score ${claimProbability(model, features).toFixed(2)} (${top.join(', ')})`);
  },
});

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
  scored.length = 0;
  const marked = finder.find([{ text: sentence, start: 0 }]);
  for (const line of scored) console.log(`  model: ${line}`);
  console.log(
    '  marked:',
    marked.map((f) => `${f.grade ?? 'not yet reviewed'} ${f.claimId ?? ''} (${f.ruleId})`).join('; ') || 'no',
  );
}
