// How much page text one 'analyze' message may carry. A page decides how much text it holds, and
// the background grades every tab's text on one thread: without a bound, one page's message could
// keep the others' marks waiting. The content script cuts what it sends to fit
// (utils/page/cap-run.ts) and says so in the page's console; the background refuses a message
// over these (utils/messages.ts). Zod-free, so the content script may import it.

/** Characters of one block that are read; the rest of a longer block is not. */
export const MAX_BLOCK_CHARS = 100_000;
/** Characters of page text in one message. */
export const MAX_MESSAGE_CHARS = 250_000;
/** Blocks in one message. */
export const MAX_MESSAGE_BLOCKS = 5_000;
/** Findings one page reports for the popup and badge (a page may mark more). */
export const MAX_PAGE_FINDINGS = 2_000;
/** Characters of a page address the background keeps. */
export const MAX_URL_CHARS = 8_192;
