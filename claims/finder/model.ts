// A logistic regression over named features: "is this sentence a health claim at all?". Trained
// by scripts/train/claimness.ts on labelled rows from real pages (never on the blind set) and
// shipped as claims/model/claimness.json.

/** A trained model: a weight per feature name, and the score above which a sentence is a claim. */
export interface ClaimModel {
  readonly weights: Readonly<Record<string, number>>;
  /** The score above which a sentence an entry matched is a claim. */
  readonly threshold: number;
  /** The score above which a sentence no entry matched is a claim (it can only be "not yet reviewed"). */
  readonly thresholdUnmatched?: number;
}

/** The probability that a sentence with these features is a claim. */
export function claimProbability(model: ClaimModel, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The features that pushed a decision most, for "why was this marked": largest weights first. */
export function strongestFeatures(model: ClaimModel, features: readonly string[], n = 5): string[] {
  return features
    .filter((f) => f !== 'bias' && model.weights[f] !== undefined)
    .sort((a, b) => Math.abs(model.weights[b] ?? 0) - Math.abs(model.weights[a] ?? 0))
    .slice(0, n);
}

/** Whether a value read from a file is a model (the training script writes it; a test checks it). */
export function isClaimModel(value: unknown): value is ClaimModel {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { weights?: unknown; threshold?: unknown; thresholdUnmatched?: unknown };
  const inRange = (t: unknown) => typeof t === 'number' && t > 0 && t < 1;
  return (
    inRange(v.threshold) &&
    (v.thresholdUnmatched === undefined || inRange(v.thresholdUnmatched)) &&
    typeof v.weights === 'object' &&
    v.weights !== null &&
    Object.values(v.weights).every((w) => typeof w === 'number' && Number.isFinite(w))
  );
}
