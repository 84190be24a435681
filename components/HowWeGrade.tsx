import { CATALOGUE, CATALOGUE_VERSION } from '../claims';
import { SEED_DOCUMENTS } from '../claims/catalogue/seeds';
import { GradeLegend } from './GradeLegend';

/** The day the catalogue was last reviewed: the latest of its entries' review dates. */
const lastReviewed = () => CATALOGUE.reduce((latest, e) => (e.reviewed > latest ? e.reviewed : latest), '');

/**
 * "How we grade": who graded the catalogue, from what, when, and what the grades mean. The card,
 * the popup and the catalogue's own header link here (catalogue.html#how-we-grade).
 */
export function HowWeGrade() {
  return (
    <section
      aria-labelledby="how-we-grade-h"
      class="legend-section how-we-grade"
      id="how-we-grade"
      tabIndex={-1}
    >
      <h2 id="how-we-grade-h">How we grade</h2>
      <p>
        <strong>Who.</strong> The people who make D3/K2 Claim Check wrote and graded every entry by hand, and
        an evidence reviewer read the whole catalogue against its sources. No entry is written by a shop or a
        supplement maker, and nobody pays for a grade.
      </p>
      <p>
        <strong>From what.</strong> We started from {Object.keys(SEED_DOCUMENTS).length} documents, our
        sources: clinical and guideline summaries, and marketing texts for the claims as shops make them. Each
        grade rests on the trials and guidelines they name, which every entry cites with a link: randomised
        trials such as VITAL, D-Health and AVADEC, the US Preventive Services Task Force’s recommendations,
        the Endocrine Society’s 2024 guideline, and the intake limits of the Institute of Medicine and the NIH
        Office of Dietary Supplements. Where the evidence is only in animals, in lab markers or in population
        studies, the grade says so.
      </p>
      <p>
        <strong>When.</strong> Each entry shows the day it was last reviewed; the catalogue as a whole was
        last reviewed on <time dateTime={lastReviewed()}>{lastReviewed()}</time> (version {CATALOGUE_VERSION}
        ). A claim no entry covers is never guessed at: it is marked <em>not yet reviewed</em>, and you can
        report it.
      </p>
      <p>
        <strong>What the grades mean.</strong> A grade is about the claim as the page states it, not about the
        product: a true sentence on a shop page is graded established even when the product is a poor buy.
      </p>
      <GradeLegend />
    </section>
  );
}
