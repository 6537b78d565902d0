import { assetNameParamsSchema, setVariableValueSchema } from "@/lib/assets/schemas";
import { childJobParamsSchema, saveCheckpointSchema, startChildJobSchema } from "@/lib/automation/schemas";
import type { z } from "zod";
import {
  certificateForJobSchema,
  childJobSchema,
  childJobStartSchema,
  connectionForJobSchema,
  credentialForJobSchema,
  jobCheckpointSchema,
  savedCheckpointSchema,
  variableForJobSchema,
} from "./automation-view-schemas";
import type { ApiOperation } from "./operation";

const tag = "Automation (job token)";

const getAsset = (segment: string, cmdlet: string, what: string, schema: z.ZodType): ApiOperation => ({
  method: "GET",
  path: `/automation/${segment}/{name}`,
  tag,
  summary: cmdlet,
  description: `The ${what} with its secret revealed, for the calling job; the job masks the secret in its streams.`,
  access: "job",
  params: assetNameParamsSchema,
  response: { status: 200, description: `The ${what}.`, schema },
});

/** What Baton's automation cmdlets call from inside a running job; a personal API token is refused. */
export const automationOperations: ApiOperation[] = [
  getAsset("variables", "Get-AutomationVariable", "variable", variableForJobSchema),
  {
    method: "PUT",
    path: "/automation/variables/{name}",
    tag,
    summary: "Set-AutomationVariable",
    description: "The value is checked against the variable's type.",
    access: "job",
    params: assetNameParamsSchema,
    body: setVariableValueSchema,
    response: { status: 204, description: "Stored." },
  },
  getAsset("credentials", "Get-AutomationPSCredential", "credential", credentialForJobSchema),
  getAsset("connections", "Get-AutomationConnection", "connection", connectionForJobSchema),
  getAsset("certificates", "Get-AutomationCertificate", "certificate", certificateForJobSchema),
  {
    method: "POST",
    path: "/automation/jobs",
    tag,
    summary: "Start-AutomationRunbook",
    description: "Starts a child job of the calling job.",
    access: "job",
    body: startChildJobSchema,
    response: { status: 201, description: "The child job.", schema: childJobStartSchema },
    errors: [409],
  },
  {
    method: "GET",
    path: "/automation/jobs/{jobId}",
    tag,
    summary: "Wait-AutomationJob (poll a child job)",
    description: "Only the calling job's own children.",
    access: "job",
    params: childJobParamsSchema,
    response: { status: 200, description: "The child's status and output.", schema: childJobSchema },
  },
  {
    method: "GET",
    path: "/automation/checkpoint",
    tag,
    summary: "Get-AutomationCheckpoint",
    description: "The calling job's own checkpoint (the token decides which job).",
    access: "job",
    response: { status: 200, description: "The checkpoint.", schema: jobCheckpointSchema },
  },
  {
    method: "PUT",
    path: "/automation/checkpoint",
    tag,
    summary: "Set-AutomationCheckpoint",
    access: "job",
    body: saveCheckpointSchema,
    bodyLimitBytes: 2 * 1024 * 1024,
    response: { status: 200, description: "When it was saved.", schema: savedCheckpointSchema },
  },
];
