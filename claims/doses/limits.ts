// The tolerable upper intakes of vitamin D (Institute of Medicine, 2011): the most a day that is
// unlikely to harm almost anyone in the group. No upper limit is set for vitamin K.

/** An age group with its own upper limit. */
export interface AgeGroup {
  readonly id: 'infant-0-6m' | 'infant-6-12m' | 'child-1-3' | 'child-4-8' | 'age-9-plus';
  /** How a panel names the group. */
  readonly label: string;
  /** Upper limit of vitamin D, IU a day. */
  readonly upperIU: number;
}

/** The groups, youngest first. */
export const AGE_GROUPS: readonly AgeGroup[] = [
  { id: 'infant-0-6m', label: 'babies up to 6 months', upperIU: 1000 },
  { id: 'infant-6-12m', label: 'babies of 6 to 12 months', upperIU: 1500 },
  { id: 'child-1-3', label: 'children of 1 to 3', upperIU: 2500 },
  { id: 'child-4-8', label: 'children of 4 to 8', upperIU: 3000 },
  { id: 'age-9-plus', label: 'adults and children from 9', upperIU: 4000 },
];

/** The adult upper limit of vitamin D, IU a day (100 µg). */
export const ADULT_UPPER_IU = 4000;

/** International units of vitamin D in one microgram. */
export const IU_PER_MICROGRAM = 40;

/** Who a sentence or page speaks of, as far as its words tell. */
export type Audience = 'adults' | 'children' | 'infants';

/**
 * The upper limit that applies to an audience, IU a day. "Children" without an age takes the
 * limit of 1-3 year olds: a page that calls a dose safe for children in general must be safe for
 * the youngest it speaks to.
 */
export function upperLimitIU(audience: Audience): number {
  const id = audience === 'infants' ? 'infant-0-6m' : audience === 'children' ? 'child-1-3' : 'age-9-plus';
  return AGE_GROUPS.find((g) => g.id === id)?.upperIU ?? ADULT_UPPER_IU;
}
