import type { Product } from '../utils/messages';
import { cautionLines, hasProduct, vitaminDLine, vitaminKLine } from './product-words';

/**
 * What the page's product gives per day against the limits, and the cautions that apply to it;
 * nothing where the page states no dose.
 */
export function ProductPanel({ product }: { product: Product | undefined }) {
  if (!hasProduct(product)) return null;
  const doses = [vitaminDLine(product), vitaminKLine(product)].flatMap((l) => (l ? [l] : []));
  const cautions = cautionLines(product);
  return (
    <section class="product-panel" aria-labelledby="product-title" data-testid="product-panel">
      <h2 id="product-title">This product</h2>
      <ul class="product-doses">
        {doses.map((line) => (
          <li key={line.text} class={line.warn ? 'warn' : undefined}>
            {line.warn && (
              <span class="warn-icon" aria-label="Caution: ">
                ⚠
              </span>
            )}
            {line.text}
          </li>
        ))}
      </ul>
      {cautions.length > 0 && (
        <ul class="product-cautions" aria-label="Cautions">
          {cautions.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
