// For matcher work on a labelled set we may read (dev, train; never valid or blind): every claim the
// shipped finder leaves unmarked, with why: no candidate (the gate or the page structure dropped
// it) or the claim model's score under its threshold.
//   npx tsx scripts/dev/unmarked.ts tests/eval/train.jsonl
import { CATALOGUE, claimModel } from '../../claims';
import { createFinder } from '../../claims/finder';
import { claimProbability, strongestFeatures } from '../../claims/finder/model';
import { BLIND, VALID, readRows } from '../eval/rows';

const file = process.argv[2] ?? '';
const unread = [BLIND, VALID].map((f) => f.split('/').pop() ?? '');
if (!file || unread.some((name) => file.endsWith(name)))
  throw new Error('give a set we may read (not valid or blind)');
const model = claimModel();
const last: { score: number | null; top: string[] } = { score: null, top: [] };
const finder = createFinder(CATALOGUE, {
  model,
  onCandidate: (_candidate, features) => {
    last.score = claimProbability(model, features);
    last.top = strongestFeatures(model, features).map((f) => `${f} ${(model.weights[f] ?? 0).toFixed(2)}`);
  },
});
for (const row of readRows(file)) {
  if (row.label === 'none') continue;
  Object.assign(last, { score: null });
  if (finder.find([{ text: row.text, start: 0 }]).length) continue;
  const why =
    last.score === null ? 'no candidate' : `score ${last.score.toFixed(2)} (${last.top.join(', ')})`;
  console.log(`${why} [${row.accept.join('|')}]\n  ${row.text}`);
}
