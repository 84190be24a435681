/// <reference types="chrome" />
// Playwright evaluates functions inside the extension service worker, where `chrome` is global.
