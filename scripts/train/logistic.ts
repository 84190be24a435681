// L2-regularised logistic regression over sets of named binary features, fitted by full-batch
// gradient descent with Adam. Small and dependency-free: the data are a few thousand sentences.

/** One training example: the names of its features, its label and its group (page). */
export interface Example {
  readonly features: readonly string[];
  readonly label: 0 | 1;
  readonly group: string;
}

/** Fitting settings; the defaults were chosen by cross-validation on the training pages. */
export interface FitOptions {
  readonly l2?: number;
  readonly epochs?: number;
  readonly rate?: number;
}

/** The weight of every feature, the bias as the feature "bias". */
export function fitLogistic(examples: readonly Example[], options: FitOptions = {}): Record<string, number> {
  const { l2 = 0.01, epochs = 400, rate = 0.05 } = options;
  const index = new Map<string, number>();
  for (const e of examples) for (const f of e.features) if (!index.has(f)) index.set(f, index.size);
  const rows = examples.map((e) => e.features.map((f) => index.get(f) ?? 0));
  const n = index.size;
  const w = new Float64Array(n);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const g = new Float64Array(n);
  const bias = index.get('bias');
  for (let t = 1; t <= epochs; t++) {
    g.fill(0);
    rows.forEach((row, i) => {
      let z = 0;
      for (const j of row) z += w[j] ?? 0;
      const err = 1 / (1 + Math.exp(-z)) - (examples[i]?.label ?? 0);
      for (const j of row) g[j] = (g[j] ?? 0) + err;
    });
    for (let j = 0; j < n; j++) {
      const grad = (g[j] ?? 0) / rows.length + (j === bias ? 0 : l2 * (w[j] ?? 0));
      m[j] = 0.9 * (m[j] ?? 0) + 0.1 * grad;
      v[j] = 0.999 * (v[j] ?? 0) + 0.001 * grad * grad;
      const mh = (m[j] ?? 0) / (1 - 0.9 ** t);
      const vh = (v[j] ?? 0) / (1 - 0.999 ** t);
      w[j] = (w[j] ?? 0) - (rate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return Object.fromEntries([...index].map(([f, j]) => [f, w[j] ?? 0]));
}
