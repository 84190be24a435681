import { browser } from 'wxt/browser';
import { popupState } from './popup-state';
import { KEY_ORDER, countByGrade, verdictLine } from './summary';
import { GRADE_STYLE, gradeKey } from '../utils/grade-style';
import type { WireFinding } from '../utils/messages';

function reveal(tabId: number, index: number): void {
  void browser.tabs.sendMessage(tabId, { type: 'reveal', index }).catch(() => undefined);
}

/** The toolbar popup: the page verdict, a bar of grades, and the claims grouped by grade. */
export function Popup() {
  const state = popupState.value;
  if (state.status === 'loading')
    return (
      <main class="popup">
        <p>Checking this page…</p>
      </main>
    );
  const { findings, tabId } = state;
  const counts = countByGrade(findings);
  const indexed = findings.map((finding, index) => ({ finding, index }));
  return (
    <main class="popup">
      <h1>D3/K2 Claim Check</h1>
      <p class="verdict" data-testid="verdict">
        {verdictLine(findings)}
      </p>
      {findings.length > 0 && (
        <div class="bar" role="img" aria-label={verdictLine(findings)}>
          {KEY_ORDER.map((k) => {
            const n = counts.get(k) ?? 0;
            return n ? (
              <span
                key={k}
                class={`bar-part grade-${k}`}
                style={{ flexGrow: n }}
                title={`${n} ${GRADE_STYLE[k].label}`}
              />
            ) : null;
          })}
        </div>
      )}
      {KEY_ORDER.map((k) => {
        const group = indexed.filter(({ finding }) => gradeKey(finding.grade) === k);
        if (!group.length) return null;
        return (
          <section key={k} class="group" aria-label={GRADE_STYLE[k].label}>
            <h2 class={`grade-${k}`}>
              <span aria-hidden="true">{GRADE_STYLE[k].icon}</span> {GRADE_STYLE[k].label} ({group.length})
            </h2>
            <ul>
              {group.map(({ finding, index }) => (
                <li key={index}>
                  <ClaimButton
                    finding={finding}
                    onClick={() => {
                      if (tabId !== null) reveal(tabId, index);
                    }}
                  />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </main>
  );
}

function ClaimButton({ finding, onClick }: { finding: WireFinding; onClick: () => void }) {
  return (
    <button type="button" class="claim" onClick={onClick} title="Show on the page">
      {finding.text.length > 160 ? `${finding.text.slice(0, 157)}…` : finding.text}
    </button>
  );
}
