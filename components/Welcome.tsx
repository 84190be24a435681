import { GRADE_PLAIN, MARK_STYLE, type GradeKey, type MarkKey } from '../claims/grades';
import { GradeBadge } from './GradeBadge';
import { welcomeShortcuts } from './welcome-model';

/** A sample claim for each mark, as shop pages word them. */
const SAMPLES: readonly [GradeKey, string][] = [
  ['contradicted', 'The science behind D3 and K2 together is settled.'],
  ['unproven', 'D3 and K2 together prevent heart disease.'],
  ['mixed', 'K2 keeps your arteries flexible.'],
  ['unreviewed', 'Vitamin D3 gives you youthful, glowing skin.'],
  ['plausible', 'Vitamin K2 directs calcium to your bones.'],
  ['established', 'Vitamin D3 helps your body absorb calcium.'],
];

/** A sentence marked as the extension marks it on a page: the grade's line style and colour. */
function Marked({ mark, children }: { mark: MarkKey; children: string }) {
  const s = MARK_STYLE[mark];
  return (
    <span
      class={`sample-mark grade-${mark}`}
      style={{ textDecorationStyle: s.line, textDecorationThickness: s.thickness }}
    >
      {children}
    </span>
  );
}

/** The first-run page: the marks with a sample claim each, the shortcuts, the privacy promise. */
export function Welcome() {
  const keys = welcomeShortcuts.value;
  return (
    <main class="page welcome">
      <header class="page-header">
        <h1>D3/K2 Claim Check is on</h1>
        <p>
          Open a shop page that sells vitamin D3 or K2. Each health claim on it is underlined in the colour
          and line of its grade; rest the pointer on one to see what the evidence says.
        </p>
      </header>

      <section aria-labelledby="marks-h">
        <h2 id="marks-h">The marks</h2>
        <ul class="samples">
          {SAMPLES.map(([mark, text]) => (
            <li key={mark} data-testid="sample">
              <Marked mark={mark}>{text}</Marked>
              <span class="sample-grade">
                <GradeBadge grade={mark} /> {GRADE_PLAIN[mark]}
              </span>
            </li>
          ))}
          <li data-testid="sample">
            <Marked mark="customer">“I take it every morning and feel great.”</Marked>
            <span class="sample-grade muted">
              a customer’s words in a review: marked quietly, not counted
            </span>
          </li>
        </ul>
        <p>
          The toolbar button counts the claims that go beyond the evidence; click it for the page’s verdict,
          what the product gives a day against the upper limit, and the claims worst first.
        </p>
      </section>

      <section aria-labelledby="keys-h">
        <h2 id="keys-h">Shortcuts</h2>
        <p data-testid="shortcuts">
          {keys === null
            ? 'Reading your shortcuts…'
            : keys.next || keys.previous
              ? `${keys.next || 'not set'} and ${keys.previous || 'not set'} step to the next and previous claim and open its card; Esc closes it.`
              : 'No keys are set for stepping through claims. Set them in your browser’s extension shortcut settings; Esc closes a card.'}
        </p>
      </section>

      <section aria-labelledby="privacy-h">
        <h2 id="privacy-h">Your privacy</h2>
        <p>
          Everything runs in your browser. No page text, address or finding leaves it unless you send a report
          yourself, and you see exactly what a report holds first.
        </p>
      </section>

      <section aria-labelledby="try-h">
        <h2 id="try-h">Try it</h2>
        <p>
          Visit any vitamin D3 + K2 product page, or run <code>npm run demo</code> in the source to open the
          demo shop. Read <a href="/catalogue.html#how-we-grade">how we grade</a>, or browse the{' '}
          <a href="/catalogue.html">catalogue of graded claims</a>.
        </p>
      </section>
    </main>
  );
}
