import { CATALOGUE, CATALOGUE_VERSION, GRADES } from '../claims';
import { TOPICS, type Topic } from '../claims/schema';
import type { Grade } from '../claims/grades';
import { GRADE_STYLE } from '../claims/grades';
import { CatalogueEntry } from './CatalogueEntry';
import { HowWeGrade } from './HowWeGrade';
import {
  TOPIC_LABEL,
  clearCatalogueFilters,
  catalogueGrade,
  catalogueQuery,
  catalogueTopic,
  visibleByTopic,
  visibleEntries,
} from './catalogue-model';

/** The catalogue page: every graded claim, searchable and filterable, with the grade legend. */
export function Catalogue() {
  const shown = visibleEntries.value.length;
  const filtered =
    catalogueQuery.value !== '' || catalogueGrade.value !== 'all' || catalogueTopic.value !== 'all';
  return (
    <main class="page catalogue">
      <header class="page-header">
        <h1>The D3/K2 claim catalogue</h1>
        <p>
          Every claim about vitamin D3 and K2 that D3/K2 Claim Check grades, with what the evidence shows and
          where it comes from. Marks on pages and the popup link here.{' '}
          <a href="#how-we-grade">How we grade</a>
        </p>
      </header>

      <HowWeGrade />

      <div role="search" class="filters" aria-label="Filter the catalogue">
        <div class="filter">
          <label for="q">Search</label>
          <input
            id="q"
            type="search"
            placeholder="e.g. warfarin, arteries, MK-7"
            value={catalogueQuery.value}
            onInput={(e) => (catalogueQuery.value = e.currentTarget.value)}
          />
        </div>
        <div class="filter">
          <label for="grade">Grade</label>
          <select
            id="grade"
            value={catalogueGrade.value}
            onChange={(e) => (catalogueGrade.value = e.currentTarget.value as Grade | 'all')}
          >
            <option value="all">All grades</option>
            {GRADES.map((g) => (
              <option key={g} value={g}>
                {GRADE_STYLE[g].label} ({CATALOGUE.filter((e) => e.grade === g).length})
              </option>
            ))}
          </select>
        </div>
        <div class="filter">
          <label for="topic">Topic</label>
          <select
            id="topic"
            value={catalogueTopic.value}
            onChange={(e) => (catalogueTopic.value = e.currentTarget.value as Topic | 'all')}
          >
            <option value="all">All topics</option>
            {TOPICS.map((t) => (
              <option key={t} value={t}>
                {TOPIC_LABEL[t]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p class="result-count" role="status" data-testid="result-count">
        {filtered ? `${shown} of ${CATALOGUE.length} claims match.` : `${CATALOGUE.length} claims.`}
        {filtered && (
          <>
            {' '}
            <button type="button" class="link-button" onClick={clearCatalogueFilters}>
              Show all
            </button>
          </>
        )}
      </p>

      {visibleByTopic.value.map(({ topic, entries }) => (
        <section key={topic} aria-labelledby={`topic-${topic}`} class="topic">
          <h2 id={`topic-${topic}`}>{TOPIC_LABEL[topic]}</h2>
          {entries.map((e) => (
            <CatalogueEntry key={e.id} entry={e} />
          ))}
        </section>
      ))}
      {shown === 0 && (
        <p class="empty">
          No claim in the catalogue matches. If a page makes this claim, the extension shows it as “not yet
          reviewed” and you can report it from the popup.
        </p>
      )}

      <section aria-labelledby="unreviewed-h" class="unreviewed-note">
        <h2 id="unreviewed-h">Claims that are not yet reviewed</h2>
        <p>
          When a page makes a health claim about vitamin D or K2 that this catalogue does not cover, the
          extension marks it in grey as <strong>not yet reviewed</strong>. That is not a grade: it means
          nobody has checked that claim against the evidence yet, so the extension does not guess. You can
          report such a claim from the popup; reports help us add new entries.
        </p>
      </section>

      <footer class="page-footer muted">
        Catalogue version {CATALOGUE_VERSION}. Grades are drawn from the guideline summaries and trials named
        in each entry’s sources; they are not medical advice. Talk to your doctor before changing what you
        take, especially if you take blood thinners.
      </footer>
    </main>
  );
}
