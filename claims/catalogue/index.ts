import { catalogueSchema, type Entry } from '../schema';
import { bone } from './bone';
import { calcium } from './calcium';
import { dosing } from './dosing';
import { evidence } from './evidence';
import { forms } from './forms';
import { heart } from './heart';
import { other } from './other';
import { safety } from './safety';

/** Bumped whenever an entry's grade or text changes; reports carry it. */
export const CATALOGUE_VERSION = '2026-11-21.3';

/** Every entry, one topic file at a time, validated against the schema when first imported. */
export const CATALOGUE: readonly Entry[] = catalogueSchema.parse([
  ...bone,
  ...calcium,
  ...heart,
  ...safety,
  ...dosing,
  ...forms,
  ...other,
  ...evidence,
]);

/** Looks up an entry by its id. */
export function entryById(id: string): Entry | undefined {
  return CATALOGUE.find((e) => e.id === id);
}
