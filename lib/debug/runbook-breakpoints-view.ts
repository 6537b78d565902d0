import { z } from "zod";
import { debugBreakpointSchema, type DebugBreakpoint } from "./debug-protocol";

/** GET and PUT /api/v1/runbooks/{runbookId}/breakpoints: the caller's own breakpoints in the runbook. */
export const runbookBreakpointsView = z.object({ breakpoints: z.array(debugBreakpointSchema) });
export type RunbookBreakpointsView = z.infer<typeof runbookBreakpointsView>;

/** Stored breakpoints as the schema reads them; a row written under older rules yields none rather than an error. */
export function storedBreakpoints(value: unknown): DebugBreakpoint[] {
  const parsed = z.array(debugBreakpointSchema).safeParse(value);
  return parsed.success ? parsed.data : [];
}
