import { gradeRank, type Grade } from '../grades';
import type { Part } from '../parts/read';
import type { Tag } from '../parts/lexicon';
import { EFFECTS } from '../catalogue/tags';
import type { Combo, Entry, Subject } from '../schema';

// Which catalogue entry a sentence's parts make: every entry declares the combinations of parts
// it grades (claims/catalogue/*.ts); this finds the ones the sentence holds and picks one.

/** Which of our vitamins a sentence is about, from its own words and the subject its context gave. */
export interface Subjects {
  readonly d: boolean;
  readonly k: boolean;
  readonly k2: boolean;
  readonly mk7: boolean;
  readonly mk4: boolean;
}

const EFFECT_TAGS: ReadonlySet<Tag> = new Set(EFFECTS);
const D_TAGS: ReadonlySet<Tag> = new Set(['VitD', 'VitD3', 'VitD2', 'Pair', 'PairRef']);
const K_TAGS: ReadonlySet<Tag> = new Set(['VitK', 'VitK2', 'MK7', 'MK4', 'Pair', 'PairRef']);
const K2_TAGS: ReadonlySet<Tag> = new Set(['VitK2', 'MK7', 'MK4', 'Pair']);

/** The subjects named by a sentence's parts, joined with the names its context carried (e.g. ["vitamin K2"]). */
export function subjectsOf(parts: readonly Part[], carried: readonly string[] = []): Subjects {
  const has = (set: ReadonlySet<Tag>) => parts.some((p) => set.has(p.tag));
  const named = (re: RegExp) => carried.some((n) => re.test(n));
  return {
    d: has(D_TAGS) || named(/vitamin D/),
    k: has(K_TAGS) || named(/vitamin K/),
    k2: has(K2_TAGS) || named(/vitamin K2/),
    mk7: parts.some((p) => p.tag === 'MK7'),
    mk4: parts.some((p) => p.tag === 'MK4'),
  };
}

function isSubject(subject: Subject, s: Subjects): boolean {
  switch (subject) {
    case 'D':
      return s.d;
    case 'Donly':
      return s.d && !s.k;
    case 'K':
      return s.k;
    case 'Konly':
      return s.k && !s.d;
    case 'K2':
      return s.k2;
    case 'MK7':
      return s.mk7;
    case 'MK4':
      return s.mk4;
    case 'pair':
      return s.d && s.k;
  }
}

/** Whether a combination's groups are all present among some parts. */
function groupsHold(combo: Combo, parts: readonly Part[]): boolean {
  const present = (group: readonly Tag[], negated: boolean) =>
    parts.some((p) => p.negated === negated && group.includes(p.tag));
  return (
    combo.all.every((group) => present(group, false)) &&
    (!combo.denied || combo.denied.every((group) => present(group, true)))
  );
}

/**
 * Whether a combination holds for a sentence's parts and subjects. Its groups must stand in one
 * clause: "D does not prevent colds, but it supports bones" claims nothing about colds, and "K2 is
 * safe, although people on warfarin should ask first" does not call it safe with warfarin. Its
 * `none` guards look at the whole sentence, so a reassurance in one clause still keeps an
 * established caution in another from being marked green.
 */
export function comboHolds(combo: Combo, parts: readonly Part[], subjects: Subjects): boolean {
  if (combo.who && !combo.who.some((w) => isSubject(w, subjects))) return false;
  const clauses = new Set(parts.map((p) => p.clause ?? 0));
  if (
    ![...clauses].some((c) =>
      groupsHold(
        combo,
        parts.filter((p) => (p.clause ?? 0) === c),
      ),
    )
  )
    return false;
  if (combo.none?.some((tag) => parts.some((p) => p.tag === tag))) return false;
  if (combo.leads) {
    const first = parts.find((p) => p.role !== 'who' && p.role !== 'not');
    if (!first || !combo.leads.includes(first.tag)) return false;
  }
  return true;
}

/** An entry a sentence matched, through which of its combinations. */
export interface Match {
  readonly entry: Entry;
  readonly combo: Combo;
  /** The sentence's parts that the combination used, for "why this entry". */
  readonly parts: readonly Part[];
}

function usedParts(combo: Combo, parts: readonly Part[]): Part[] {
  const tags = new Set<Tag>([...combo.all.flat(), ...(combo.denied ?? []).flat()]);
  return parts.filter((p) => tags.has(p.tag) || p.role === 'who' || p.role === 'not');
}

/** Every entry whose combinations the sentence holds, each through its first combination that does. */
export function matchAll(entries: readonly Entry[], parts: readonly Part[], subjects: Subjects): Match[] {
  const matches: Match[] = [];
  for (const entry of entries) {
    const combo = entry.match.find((c) => comboHolds(c, parts, subjects));
    if (combo) matches.push({ entry, combo, parts: usedParts(combo, parts) });
  }
  return matches;
}

/**
 * Whether the sentence promises an outcome that no entry grades for its subject ("K2 and D3
 * support skin and bones", "MK-7 boosts testosterone"): its strongest claim is then one we have
 * not reviewed, and a mechanism entry beside it must not lend the sentence a good grade.
 */
export function claimsUnreviewedOutcome(
  entries: readonly Entry[],
  parts: readonly Part[],
  subjects: Subjects,
  outcomes: ReadonlySet<Tag>,
): boolean {
  // Only an outcome the sentence promises an effect on ("supports skin"), not one it lists.
  if (!parts.some((p) => !p.negated && EFFECT_TAGS.has(p.tag))) return false;
  const present = new Set(parts.filter((p) => outcomes.has(p.tag)).map((p) => p.tag));
  for (const tag of present) {
    const graded = entries.some((e) =>
      e.match.some(
        (c) => c.all.some((g) => g.includes(tag)) && (!c.who || c.who.some((w) => isSubject(w, subjects))),
      ),
    );
    if (!graded) return true;
  }
  return false;
}

/**
 * The one entry a sentence gets: the highest priority, then the weakest grade (a sentence true in
 * one clause and overclaiming in another gets the grade of its strongest claim), then the
 * combination with more groups. A claim about the evidence ("clinically proven") counts only
 * beside a claim at least as weak as its combination's `beyond`.
 */
export function bestMatch(matches: readonly Match[]): Match | null {
  const plain = matches.filter((m) => !m.combo.beyond);
  // Only a promised outcome overstates: "studies show K2 is rare in the diet" reports a fact.
  const holds = (grade: Grade) =>
    plain.some((m) => m.entry.kind === 'outcome' && gradeRank(m.entry.grade) >= gradeRank(grade));
  let best: Match | null = null;
  for (const m of matches) {
    const unestablished = !plain.some((p) => p.entry.grade === 'established');
    if (m.combo.beyond && !holds(m.combo.beyond) && !(m.combo.alone === true && unestablished)) continue;
    if (!best || compare(m, best) > 0) best = m;
  }
  return best;
}

function compare(a: Match, b: Match): number {
  return (
    (a.combo.priority ?? 0) - (b.combo.priority ?? 0) ||
    gradeRank(a.entry.grade) - gradeRank(b.entry.grade) ||
    groups(a.combo) - groups(b.combo)
  );
}

const groups = (c: Combo) => c.all.length + (c.denied?.length ?? 0) + (c.who ? 1 : 0);
