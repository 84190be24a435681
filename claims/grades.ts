// The one home of the grades: the scale and its order, what each grade means, how it looks and the
// word a summary uses for it. Everything that lists grades (settings, marks, badge, popup, options,
// catalogue page) reads them from here.

/** The fixed grade scale, ordered from best supported to contradicted. */
export const GRADES = ['established', 'plausible', 'mixed', 'unproven', 'contradicted'] as const;

/** One of the five grades of the fixed scale. */
export type Grade = (typeof GRADES)[number];

/** Every key a finding is styled, counted and switched by: the grades in order, then "unreviewed". */
export const GRADE_KEYS = [...GRADES, 'unreviewed'] as const;

/** The key a finding is styled and grouped by: its grade, or "unreviewed" when no entry covers it. */
export type GradeKey = (typeof GRADE_KEYS)[number];

/** Plain-words meaning of each grade, shown in tooltips, the popup legend and CATALOGUE.md. */
export const GRADE_MEANING: Record<Grade, string> = {
  established: 'Guidelines, consistent trials or basic physiology agree.',
  plausible: 'Sound mechanism, but no trial shows the health outcome.',
  mixed: 'Some trials positive, others null, or only surrogate markers move.',
  unproven: 'No good human evidence for the benefit as claimed.',
  contradicted: 'Trials or guidelines say otherwise, or the claim misstates the evidence.',
};

/**
 * Each grade's meaning in a few everyday words, beside the grade word on the claim's card and in the
 * popup ("Plausible: a sound theory, not shown in trials").
 */
export const GRADE_PLAIN: Record<GradeKey, string> = {
  established: 'the evidence agrees',
  plausible: 'a sound theory, not shown in trials',
  mixed: 'trials disagree, or only lab markers change',
  unproven: 'no good evidence in people',
  contradicted: 'the evidence says otherwise',
  unreviewed: 'not in our catalogue yet',
};

/**
 * The grades of claims that go beyond the evidence: what the popup's verdict and the toolbar badge
 * count. Mixed counts too: a claim stated as fact when trials disagree says more than they show.
 */
export const BEYOND_EVIDENCE: readonly Grade[] = ['contradicted', 'unproven', 'mixed'];

/** Whether a finding's grade goes beyond the evidence (a claim no entry covers is not judged). */
export function isBeyondEvidence(grade: Grade | null): boolean {
  return grade !== null && BEYOND_EVIDENCE.includes(grade);
}

/** The order in which the popup lists a page's claims: the ones a shopper should read first, first. */
export const WORST_FIRST: readonly GradeKey[] = [
  'contradicted',
  'unproven',
  'mixed',
  'unreviewed',
  'plausible',
  'established',
];

/** Label for a finding that no catalogue entry covers; never a grade of its own. */
export const NOT_REVIEWED = 'not yet reviewed';

/** How a grade looks wherever it is shown. */
export interface GradeStyle {
  /** Colour on light pages and in the extension's pages. */
  readonly color: string;
  /** Colour on dark pages. */
  readonly dark: string;
  /** Icon beside the word, so grades differ without colour too. */
  readonly icon: string;
  /** The word for the grade; summaries use it in lower case ("2 plausible"). */
  readonly label: string;
  /** Underline style of its marks (CSS text-decoration-style). */
  readonly line: string;
  /** Underline thickness: with "dotted" used twice, thickness tells mixed from not-yet-reviewed. */
  readonly thickness: string;
}

/** How each grade key looks: colours, icon, word and underline. */
export const GRADE_STYLE: Record<GradeKey, GradeStyle> = {
  established: {
    color: '#1a7f37',
    dark: '#3fb950',
    icon: '✓',
    label: 'Established',
    line: 'solid',
    thickness: '2px',
  },
  plausible: {
    color: '#0969da',
    dark: '#58a6ff',
    icon: '◐',
    label: 'Plausible',
    line: 'dashed',
    thickness: '2px',
  },
  mixed: { color: '#9a6700', dark: '#d29922', icon: '±', label: 'Mixed', line: 'dotted', thickness: '3px' },
  unproven: {
    color: '#bc4c00',
    dark: '#f0883e',
    icon: '?',
    label: 'Unproven',
    line: 'wavy',
    thickness: '1.5px',
  },
  contradicted: {
    color: '#cf222e',
    dark: '#ff7b72',
    icon: '✕',
    label: 'Contradicted',
    line: 'double',
    thickness: '3px',
  },
  // Thinner than mixed's dotted line, in a grey dark enough to see on white (the old #6e7781 at
  // 1px all but vanished).
  unreviewed: {
    color: '#59636e',
    dark: '#9198a1',
    icon: '…',
    label: 'Not yet reviewed',
    line: 'dotted',
    thickness: '1.5px',
  },
};

/** What a mark is drawn as: its grade key, or "customer" for a claim in a customer's review. */
export type MarkKey = GradeKey | 'customer';

/** Every mark key, in the order highlights are registered. */
export const MARK_KEYS = [...GRADE_KEYS, 'customer'] as const;

/**
 * How each mark looks: the grades, and a customer's words in a review, which are no claim of the
 * shop's and get a quieter mark (a thin grey line, a faint tint) whatever their grade.
 */
export const MARK_STYLE: Record<MarkKey, GradeStyle> = {
  ...GRADE_STYLE,
  customer: {
    color: '#8c959f',
    dark: '#6e7681',
    icon: '“',
    label: 'A customer’s words',
    line: 'solid',
    thickness: '1px',
  },
};

/** The mark key of a finding: "customer" in a review, else its grade key. */
export function markKey(finding: { grade: Grade | null; voice?: 'customer' }): MarkKey {
  return finding.voice === 'customer' ? 'customer' : gradeKey(finding.grade);
}

/** Position of a grade on the scale (0 = established); used to find a page's weakest claim. */
export function gradeRank(grade: Grade): number {
  return GRADES.indexOf(grade);
}

/** A finding's key: its grade, or "unreviewed" when no entry covers it. */
export function gradeKey(grade: Grade | null): GradeKey {
  return grade ?? 'unreviewed';
}

/** The weakest grade among findings (contradicted is weakest); unreviewed only if nothing is graded. */
export function weakestGrade(grades: readonly (Grade | null)[]): GradeKey | null {
  let weakest: Grade | null = null;
  for (const g of grades) if (g && (weakest === null || gradeRank(g) > gradeRank(weakest))) weakest = g;
  if (weakest) return weakest;
  return grades.length ? 'unreviewed' : null;
}
