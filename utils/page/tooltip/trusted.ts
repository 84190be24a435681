/**
 * A tooltip action that runs only for what the reader did. The page's own scripts can dispatch
 * clicks and pointer moves on our tooltip (`button.click()`, `new PointerEvent(...)`), and the
 * browser marks those events untrusted: a page must not open the tooltip, report a claim (each
 * report opens a tab) or hide marks by itself. Called without an event, from our own code, it runs.
 */
export const trusted =
  (act: () => void) =>
  (event?: Event): void => {
    if (event?.isTrusted === false) return;
    act();
  };
