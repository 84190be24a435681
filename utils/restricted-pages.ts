// Pages the browser keeps every extension off: the popup says so instead of "not checked yet".

// Pages no extension may read: browser-internal schemes and the add-on stores, where browsers
// block content scripts.
const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/addons\.mozilla\.org\//,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
];

/** Whether the browser keeps extensions off this page (chrome://, about:, the web stores...). */
export function isRestrictedUrl(url: string): boolean {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return true;
  }
  if (protocol !== 'http:' && protocol !== 'https:' && protocol !== 'file:') return true;
  return STORE_PAGES.some((re) => re.test(url));
}
