import { browser } from 'wxt/browser';
import { ClaimList } from './ClaimList';
import { GradeBar } from './GradeBar';
import { ProductPanel } from './ProductPanel';
import { Switch } from './Switch';
import {
  pageFindings,
  pageTally,
  reviewClaims,
  claimGroups,
  marksHidden,
  popupState,
  revealClaim,
  setMarksHidden,
  setSiteOff,
  pageSite,
  pageSiteOff,
  pageVerdict,
  reloadPage,
} from './popup-state';

/**
 * The toolbar popup: the page's verdict in a sentence, a bar of its grades, the claims worst first,
 * and, always in view below them, the page's switches and links.
 */
export function Popup() {
  const state = popupState.value;
  return (
    <main class="popup">
      <div class="popup-body">
        <h1>D3/K2 Claim Check</h1>
        {state.status === 'loading' && <p class="muted">Checking this page…</p>}
        {state.status === 'no-tab' && (
          <p class="verdict">
            <strong>There is no page open in this window.</strong>
          </p>
        )}
        {state.status === 'restricted' && (
          <>
            <p class="verdict" data-testid="verdict">
              <strong>This page can’t be checked.</strong>
            </p>
            {state.reason === 'browser' ? (
              <p class="muted">
                Browsers keep extensions out of their own pages (such as settings and new tabs) and out of the
                add-on stores, so D3/K2 Claim Check cannot read this one.
              </p>
            ) : (
              <p class="muted">
                This is a file on your computer. To check local files, turn on “Allow access to file URLs” in
                the extension’s details in your browser’s extensions page.
              </p>
            )}
          </>
        )}
        {state.status === 'ready' && pageSiteOff.value && (
          <>
            <p class="verdict" data-testid="verdict">
              <strong>Checking is off on {pageSite.value}.</strong>
            </p>
            <p class="muted">Pages on this site are not read or marked. Switch it back on below.</p>
          </>
        )}
        {state.status === 'ready' && !pageSiteOff.value && !state.checked && (
          <>
            <p class="verdict" data-testid="verdict">
              <strong>This page has not been checked.</strong>
            </p>
            <p class="muted">
              It was open before D3/K2 Claim Check started, or it is still loading, so its claims have not
              been read yet. Reload it to check it.
            </p>
            <p>
              <button
                type="button"
                class="primary"
                data-testid="reload-page"
                onClick={() => void reloadPage()}
              >
                Reload this page
              </button>
            </p>
          </>
        )}
        {state.status === 'ready' && !pageSiteOff.value && state.checked && (
          <>
            <p class="verdict" data-testid="verdict">
              <strong>{pageVerdict.value}</strong>
            </p>
            {pageFindings.value.length === 0 && (
              <p class="muted">
                Nothing here says what vitamin D3 or K2 does for your health, so there is nothing to grade.
              </p>
            )}
            <GradeBar groups={claimGroups.value} tally={pageTally.value} />
            <ProductPanel product={state.product} />
            <ClaimList
              groups={claimGroups.value}
              reviews={reviewClaims.value}
              page={state.tab}
              onReveal={revealClaim}
            />
          </>
        )}
      </div>
      <footer class="popup-footer">
        {state.status === 'ready' && (
          <div class="switches">
            {pageSite.value && (
              <Switch checked={pageSiteOff.value} onChange={(off) => void setSiteOff(off)} testId="site-off">
                Off on this site <span class="muted">({pageSite.value})</span>
              </Switch>
            )}
            <Switch
              checked={marksHidden.value}
              disabled={pageSiteOff.value || pageFindings.value.length === 0}
              onChange={(hidden) => void setMarksHidden(hidden)}
              testId="hide-marks"
            >
              Hide marks on this tab
            </Switch>
          </div>
        )}
        <nav class="popup-links" aria-label="More">
          <a href="/catalogue.html" target="_blank" rel="noopener" data-testid="catalogue-link">
            Catalogue of graded claims
          </a>
          <a href="/catalogue.html#how-we-grade" target="_blank" rel="noopener" data-testid="grading-link">
            How we grade
          </a>
          <button
            type="button"
            class="link-button"
            onClick={() => {
              void browser.runtime.openOptionsPage();
            }}
          >
            Settings
          </button>
        </nav>
      </footer>
    </main>
  );
}
