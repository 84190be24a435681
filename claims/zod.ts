import { z } from 'zod';

// Every module takes zod from here (eslint forbids importing it directly), so this runs before any
// schema is built. Extension pages and the background forbid eval in their Content-Security-Policy,
// and zod 4 probes for eval with `new Function('')` when it builds its first object schema: the
// probe fails quietly, but Firefox logs a CSP error for it in the console of the background and of
// every extension page. `jitless` skips the probe and the compiled parsers it would enable, which
// the CSP rules out anyway.
z.config({ jitless: true });

export { z };
