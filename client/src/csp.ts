// Browser settings the strict Content-Security-Policy needs (script-src 'self', no 'unsafe-eval').
import { z } from 'zod';

// zod 4 probes `new Function` once to decide whether to compile its parsers; without eval that probe is a
// reported CSP violation. Jitless parsing needs no eval and is fast enough for the client's few forms.
z.config({ jitless: true });
