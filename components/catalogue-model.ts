import { computed, signal } from '@preact/signals';
import { CATALOGUE } from '../claims';
import type { Grade } from '../claims/grades';
import { TOPICS, TOPIC_TITLES, type Entry, type Topic } from '../claims/schema';

// The catalogue page's state: the filters as signals, the visible entries computed from them.

/** Reader-facing names of the catalogue topics (the same titles CATALOGUE.md uses). */
export const TOPIC_LABEL: Readonly<Record<Topic, string>> = TOPIC_TITLES;

/** The filters a reader can set. */
export interface CatalogueFilter {
  readonly query: string;
  readonly grade: Grade | 'all';
  readonly topic: Topic | 'all';
}

// Lower case without accents, so "menaquinone" finds "Menaquinone" and "µg" stays searchable.
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

const haystacks = new WeakMap<Entry, string>();
function haystack(entry: Entry): string {
  let text = haystacks.get(entry);
  if (text === undefined) {
    text = fold(
      [entry.claim, entry.verdict, entry.explanation, entry.caution ?? '', ...entry.examples, entry.id].join(
        '\n',
      ),
    );
    haystacks.set(entry, text);
  }
  return text;
}

/** The entries that pass the filters: every word of the query must occur in the claim, verdict, explanation, caution or examples. */
export function filterEntries(entries: readonly Entry[], filter: CatalogueFilter): Entry[] {
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  return entries.filter(
    (e) =>
      (filter.grade === 'all' || e.grade === filter.grade) &&
      (filter.topic === 'all' || e.topic === filter.topic) &&
      words.every((w) => haystack(e).includes(w)),
  );
}

/** Entries grouped by topic, in the catalogue's topic order; empty topics are left out. */
export function entriesByTopic(entries: readonly Entry[]): { topic: Topic; entries: Entry[] }[] {
  return TOPICS.flatMap((topic) => {
    const inTopic = entries.filter((e) => e.topic === topic);
    return inTopic.length ? [{ topic, entries: inTopic }] : [];
  });
}

/** The search box. */
export const catalogueQuery = signal('');
/** The grade filter. */
export const catalogueGrade = signal<Grade | 'all'>('all');
/** The topic filter. */
export const catalogueTopic = signal<Topic | 'all'>('all');
/** The entries to show. */
export const visibleEntries = computed(() =>
  filterEntries(CATALOGUE, {
    query: catalogueQuery.value,
    grade: catalogueGrade.value,
    topic: catalogueTopic.value,
  }),
);
/** The shown entries grouped by topic. */
export const visibleByTopic = computed(() => entriesByTopic(visibleEntries.value));

/** Clears every filter (a link to one entry must always find it). */
export function clearCatalogueFilters(): void {
  catalogueQuery.value = '';
  catalogueGrade.value = 'all';
  catalogueTopic.value = 'all';
}
