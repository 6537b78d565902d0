import { z } from "zod";

// The portal's Content-Security-Policy allows no eval. Zod 4 probes `Function("")` the first time it
// parses an object, to compile a faster parser; in the browser that probe is reported as a policy
// violation. Forms and the debugger parse small inputs, so the interpreted parser costs nothing visible.
z.config({ jitless: true });
