import type { ComponentChildren } from 'preact';
import { GRADE_KEYS, GRADE_MEANING } from '../claims/grades';
import { HIGHLIGHTS_UNDERLINE } from '../utils/page/marks/mark-css';
import type { Settings } from '../utils/settings';
import { GradeBadge } from './GradeBadge';
import { SiteList } from './SiteList';
import { changeSettings, optionsLoaded, optionsSettings, saveStatus } from './options-model';

const MARK_STYLES: { value: Settings['markStyle']; label: string; hint: string }[] = [
  { value: 'both', label: 'Underline and tint', hint: 'Easiest to spot.' },
  { value: 'underline', label: 'Underline only', hint: 'Leaves the page’s colours alone.' },
  { value: 'tint', label: 'Tint only', hint: 'No lines under the text.' },
];

/**
 * The options page. `reports` is the slot for the reporting view (issue 6): the options entrypoint
 * passes it in once reporting lands; until then the section says what it will hold.
 */
export function Options({ reports }: { reports?: ComponentChildren }) {
  const settings = optionsSettings.value;
  const disabled = !optionsLoaded.value;
  return (
    <main class="page options">
      <header class="page-header">
        <h1>D3/K2 Claim Check settings</h1>
        <p class="muted">
          Changes are saved as you make them.{' '}
          <span role="status" data-testid="save-status">
            {saveStatus.value}
          </span>
        </p>
      </header>

      <section aria-labelledby="grades-h">
        <h2 id="grades-h">Which claims to mark</h2>
        <p class="muted">Unmarked grades still count in the popup.</p>
        <fieldset class="grade-choices" disabled={disabled}>
          <legend class="visually-hidden">Grades to mark on pages</legend>
          {GRADE_KEYS.map((g) => (
            <label key={g} class="grade-choice">
              <input
                type="checkbox"
                name={`grade-${g}`}
                checked={settings.grades[g]}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  void changeSettings((s) => ({ ...s, grades: { ...s.grades, [g]: on } }));
                }}
              />
              <GradeBadge grade={g} />
              <span class="muted">
                {g === 'unreviewed' ? 'Claims the catalogue does not cover yet.' : GRADE_MEANING[g]}
              </span>
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="style-h">
        <h2 id="style-h">How marks look</h2>
        <fieldset class="style-choices" disabled={disabled}>
          <legend class="visually-hidden">Mark style</legend>
          {MARK_STYLES.map((m) => (
            <label key={m.value} class="style-choice">
              <input
                type="radio"
                name="mark-style"
                value={m.value}
                checked={settings.markStyle === m.value}
                onChange={() => void changeSettings((s) => ({ ...s, markStyle: m.value }))}
              />
              <span>
                {m.label} <span class="muted">{m.hint}</span>
                <span class={`mark-sample mark-${m.value}`} aria-hidden="true">
                  K2 directs calcium to your bones.
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        {!HIGHLIGHTS_UNDERLINE && (
          <p class="muted" data-testid="tint-only">
            Firefox can colour the text we mark but cannot underline it yet, so on Firefox every style shows
            as a tint.
          </p>
        )}
      </section>

      <section aria-labelledby="sites-h">
        <h2 id="sites-h">Sites where it is off</h2>
        <p class="muted">On these sites (and their subdomains) pages are not read and nothing is marked.</p>
        <SiteList />
      </section>

      {/* Reports view (issue 6): mounted here by the reporting work through the `reports` prop. */}
      <section aria-labelledby="reports-h" id="reports" data-slot="reports">
        <h2 id="reports-h">Reports</h2>
        {reports ?? (
          <p class="muted">
            Claims you report from the popup or from a mark on a page will be listed here, so you can review
            them before anything is sent.
          </p>
        )}
      </section>

      <section aria-labelledby="privacy-h" data-testid="privacy">
        <h2 id="privacy-h">Privacy</h2>
        <p>
          D3/K2 Claim Check reads the pages you visit <strong>inside your browser</strong> and grades what
          they say about vitamin D3 and K2 against a catalogue that comes with the extension.{' '}
          <strong>No page text, page address or browsing history leaves your browser</strong>, and the
          extension makes no network requests of its own.
        </p>
        <p>
          The one exception is a report that you choose to send: you see exactly what it holds before it goes,
          and you can leave out the page address. Your settings are kept in your browser’s storage (and synced
          with your browser account if you have turned sync on).
        </p>
        <p>
          While your browser is open, the extension also keeps each tab’s claims (for the toolbar popup) and
          the sites whose pages had claims outside private windows (so that their next page is checked
          sooner). Both stay in your browser and are forgotten when you close it.
        </p>
      </section>

      <footer class="page-footer">
        <a href="/catalogue.html">Browse the catalogue of graded claims</a>
      </footer>
    </main>
  );
}
