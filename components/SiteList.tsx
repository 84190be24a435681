import { useSignal } from '@preact/signals';
import { siteOf, withSiteDisabled } from '../utils/settings';
import { changeSettings, optionsSettings } from './options-model';

/** The sites where the extension is off: add one by name or address, remove any. */
export function SiteList() {
  const draft = useSignal('');
  const error = useSignal('');
  const sites = optionsSettings.value.disabledSites;
  const add = (e: Event) => {
    e.preventDefault();
    const site = siteOf(draft.value);
    if (!site) {
      error.value = 'Type a site such as shop.example.com or paste a page address.';
      return;
    }
    error.value = '';
    draft.value = '';
    void changeSettings((s) => withSiteDisabled(s, site, true));
  };
  return (
    <div class="site-list">
      {sites.length === 0 ? (
        <p class="muted">It is on everywhere. Switch it off for a site here or from the popup.</p>
      ) : (
        <ul aria-label="Sites where it is off" data-testid="disabled-sites">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                class="small"
                onClick={() => void changeSettings((s) => withSiteDisabled(s, site, false))}
              >
                Remove<span class="visually-hidden"> {site}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="site-add" onSubmit={add}>
        <label for="site-input">Switch it off for</label>
        <input
          id="site-input"
          type="text"
          placeholder="shop.example.com"
          autocomplete="off"
          spellcheck={false}
          value={draft.value}
          aria-invalid={error.value ? 'true' : undefined}
          aria-describedby={error.value ? 'site-error' : undefined}
          onInput={(e) => (draft.value = e.currentTarget.value)}
        />
        <button type="submit">Add</button>
      </form>
      {error.value && (
        <p id="site-error" class="field-error" role="alert">
          {error.value}
        </p>
      )}
    </div>
  );
}
