import type { Entry } from '../claims/schema';
import { GradeBadge } from './GradeBadge';
import { TOPIC_LABEL } from './catalogue-model';

const KIND_LABEL: Record<Entry['kind'], string> = {
  mechanism: 'How it works',
  outcome: 'Health outcome',
  safety: 'Safety',
  dose: 'Dose',
  evidence: 'About the evidence',
};

/** One catalogue entry as a card; its id is the entry id, so tooltips can link to catalogue.html#id. */
export function CatalogueEntry({ entry }: { entry: Entry }) {
  const headingId = `${entry.id}-h`;
  return (
    <article
      id={entry.id}
      tabIndex={-1}
      class={`entry grade-${entry.grade}`}
      aria-labelledby={headingId}
      data-testid="entry"
    >
      <h3 id={headingId}>
        <a class="entry-anchor" href={`#${entry.id}`}>
          {entry.claim}
        </a>
      </h3>
      <p class="entry-meta">
        <GradeBadge grade={entry.grade} />
        <span class="muted">
          {TOPIC_LABEL[entry.topic]} · {KIND_LABEL[entry.kind]}
        </span>
      </p>
      <p class="entry-verdict">{entry.verdict}</p>
      <p>{entry.explanation}</p>
      {entry.caution && (
        <p class="entry-caution">
          <strong>
            <span aria-hidden="true">⚠ </span>Caution:
          </strong>{' '}
          {entry.caution}
        </p>
      )}
      <div class="entry-sources">
        <h4>Sources</h4>
        <ul>
          {entry.sources.map((s, i) => (
            <li key={i}>
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.name}
              </a>
              : {s.finding}
            </li>
          ))}
        </ul>
      </div>
      <details class="entry-more">
        <summary>How shop pages word this claim</summary>
        <ul>
          {entry.examples.map((ex, i) => (
            <li key={i}>“{ex}”</li>
          ))}
        </ul>
      </details>
      <p class="entry-reviewed muted">
        Evidence reviewed <time dateTime={entry.reviewed}>{entry.reviewed}</time>
      </p>
    </article>
  );
}
