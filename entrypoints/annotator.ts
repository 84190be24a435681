import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createAnnotator } from '../utils/page-annotator';
import { provideAnnotator } from '../utils/page-lazy';

// Loaded by the content script (utils/page-lazy.ts) once a page's text passes the gate, into the
// content script's own isolated world: everything that reads a page closely, marks it and explains
// it. Never listed in the manifest's content scripts.
export default defineUnlistedScript(() => {
  provideAnnotator(createAnnotator);
});
