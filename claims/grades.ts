/** The fixed grade scale, ordered from best supported to contradicted. */
export const GRADES = ['established', 'plausible', 'mixed', 'unproven', 'contradicted'] as const;

/** One of the five grades of the fixed scale. */
export type Grade = (typeof GRADES)[number];

/** Plain-words meaning of each grade, shown in tooltips, the popup legend and CATALOGUE.md. */
export const GRADE_MEANING: Record<Grade, string> = {
  established: 'Guidelines, consistent trials or basic physiology agree.',
  plausible: 'Sound mechanism, but no trial shows the health outcome.',
  mixed: 'Some trials positive, others null, or only surrogate markers move.',
  unproven: 'No good human evidence for the benefit as claimed.',
  contradicted: 'Trials or guidelines say otherwise, or the claim misstates the evidence.',
};

/** Label for a finding that no catalogue entry covers; never a grade of its own. */
export const NOT_REVIEWED = 'not yet reviewed';

/** Position of a grade on the scale (0 = established); used to find a page's weakest claim. */
export function gradeRank(grade: Grade): number {
  return GRADES.indexOf(grade);
}
