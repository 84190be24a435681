import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { offerSession } from '../utils/page/lazy';
import { createPageSession } from '../utils/page/session';

// The page's side beyond the sweep: settings, annotator, marks and tooltip. The background injects
// it into a frame whose sweep found D/K2 terms (utils/page/lazy.ts); it offers its session to the
// content script there, which drives it.

export default defineUnlistedScript(() => {
  offerSession(createPageSession);
});
