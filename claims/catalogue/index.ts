import { z } from 'zod';
import { entrySchema, type Entry } from '../schema';
import { calcium } from './calcium';
import { evidence } from './evidence';
import { heart } from './heart';
import { safety } from './safety';

/** Bumped whenever an entry's grade or text changes; reports carry it. */
export const CATALOGUE_VERSION = '2026-11-21.1';

/** Every entry, one topic file at a time, validated against the schema when first imported. */
export const CATALOGUE: readonly Entry[] = z
  .array(entrySchema)
  .parse([...calcium, ...heart, ...safety, ...evidence]);

/** Looks up an entry by its id. */
export function entryById(id: string): Entry | undefined {
  return CATALOGUE.find((e) => e.id === id);
}
