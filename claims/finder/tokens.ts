import nlp from 'compromise/one';

// compromise's smallest build, run only on candidate sentences (those that passed the gate and
// name or refer to D/K2). It gives words with contractions expanded ("doesn't" -> "does not"),
// which is what negation and hedge detection need. Its loose types stay inside this file.

/** One word of a sentence, with its offsets in the sentence. */
export interface Token {
  readonly text: string;
  /** Lower-cased; a contraction's hidden word ("not" in "doesn't") has its expansion here. */
  readonly normal: string;
  readonly start: number;
  readonly end: number;
}

interface RawTerm {
  readonly text?: unknown;
  readonly normal?: unknown;
  readonly implicit?: unknown;
  readonly offset?: { readonly start?: unknown; readonly length?: unknown };
}

function isRawSentence(value: unknown): value is { terms: RawTerm[] } {
  return typeof value === 'object' && value !== null && Array.isArray((value as { terms?: unknown }).terms);
}

/** Splits a sentence into words with compromise/one. */
export function tokenize(sentence: string): Token[] {
  const json: unknown = nlp.tokenize(sentence).json({ offset: true, terms: { offset: true } });
  if (!Array.isArray(json)) return [];
  const tokens: Token[] = [];
  for (const s of json as unknown[]) {
    if (!isRawSentence(s)) continue;
    for (const t of s.terms) {
      const start = typeof t.offset?.start === 'number' ? t.offset.start : 0;
      const length = typeof t.offset?.length === 'number' ? t.offset.length : 0;
      const implicit = typeof t.implicit === 'string' ? t.implicit : '';
      const normal = typeof t.normal === 'string' ? t.normal : '';
      tokens.push({
        text: typeof t.text === 'string' ? t.text : '',
        normal: (implicit || normal).toLowerCase(),
        start,
        end: start + length,
      });
    }
  }
  return tokens;
}

const NEGATORS = new Set(['not', 'never', 'no', 'cannot', 'neither', 'nor', 'none', 'nothing', 'hardly']);
/** Words after which a negator turns the claim itself around ("not prevent", "no evidence"). */
const NEGATABLE =
  /^(?:prevent|protect|reduc|lower|improv|help|support|boost|increas|decreas|work|affect|chang|show|find|found|prov|cause|caus|lead|led|benefit|effect|evidence|proof|link|associat|interact|interfer|slow|stop|cure|treat|rais|build|strengthen|direct|keep|confirm|sav|cut|replac|recommend|toxic|risk|harm|danger|need|requir|necessar|safe|clear)/;
/** "not enough", "not only": the negator qualifies an amount, the claim itself stands. */
const NOT_A_DENIAL = new Set(['enough', 'only', 'just', 'all', 'to', 'sufficient', 'adequate', 'much']);
const HEDGES = new Set([
  'may',
  'might',
  'could',
  'possibly',
  'potentially',
  'perhaps',
  'likely',
  'probably',
  'appears',
  'appear',
  'seems',
  'seem',
  'suggest',
  'suggests',
  'suggested',
  'suggesting',
  'promising',
  'emerging',
  'preliminary',
  'indications',
  'associated',
  'linked',
  'potential',
]);

// Tokenising costs about 1 ms/KB, so it only runs on sentences that hold a candidate word.
const CANDIDATE =
  /\b(?:not|no|never|cannot|neither|nor|none|nothing|hardly|fail\w*|may|might|could|can|possibly|potentially|perhaps|likely|probably|appears?|seems?|suggest\w*|promising|emerging|preliminary|indications|associated|linked|potential)\b|n't/i;

/** Words of a sentence, or none when it holds no negation or hedge word (so none is needed). */
export function tokensForQualifiers(sentence: string): Token[] {
  return CANDIDATE.test(sentence) ? tokenize(sentence) : [];
}

/** "does not prevent", "no evidence that", "never shown": the sentence denies the claim. */
export function isNegated(tokens: readonly Token[]): boolean {
  // "Without K2, calcium won't reach bone" argues that K2 is needed; it denies nothing.
  if (tokens[0]?.normal === 'without') return false;
  for (let i = 0; i < tokens.length; i++) {
    if (!NEGATORS.has(tokens[i]?.normal ?? '') || NOT_A_DENIAL.has(tokens[i + 1]?.normal ?? '')) continue;
    // The negator must govern a claim word close after it ("does not really prevent").
    for (let j = i + 1; j <= i + 4 && j < tokens.length; j++)
      if (NEGATABLE.test(tokens[j]?.normal ?? '')) return true;
  }
  return tokens.some(
    (t, i) => t.normal === 'fail' || (t.normal.startsWith('fail') && tokens[i + 1]?.normal === 'to'),
  );
}

/** "may support", "could help", "is linked to": the sentence hedges its claim. */
export function isHedged(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t, i) =>
      HEDGES.has(t.normal) ||
      (t.normal === 'can' && /^(?:help|support|contribut)/.test(tokens[i + 1]?.normal ?? '')),
  );
}
