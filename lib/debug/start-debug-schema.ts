import type { z } from "zod";
import { testDraftSchema } from "@/lib/jobs/start-job-schema";
import { debugBreakpointListSchema } from "./debug-protocol";

/** Body of POST /api/v1/runbooks/{runbookId}/draft/debug, shared with the portal's debug form: a test run plus its breakpoints. */
export const startDebugSchema = testDraftSchema.extend({ breakpoints: debugBreakpointListSchema.default([]) });
export type StartDebugInput = z.input<typeof startDebugSchema>;
