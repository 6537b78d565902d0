import { assetNameParamsSchema, setVariableValueSchema } from "@/lib/assets/schemas";
import { childJobParamsSchema, saveCheckpointSchema, startChildJobSchema } from "@/lib/automation/schemas";
import type { ApiOperation } from "./operation";
import { objectResponse } from "./response-schemas";

const tag = "Automation (job token)";

const getAsset = (segment: string, cmdlet: string, what: string): ApiOperation => ({
  method: "GET",
  path: `/automation/${segment}/{name}`,
  tag,
  summary: cmdlet,
  description: `The ${what} with its secret revealed, for the calling job; the job masks the secret in its streams.`,
  access: "job",
  params: assetNameParamsSchema,
  response: { status: 200, description: `The ${what}.`, schema: objectResponse(`The ${what}, decrypted.`) },
});

/** What Baton's automation cmdlets call from inside a running job; a personal API token is refused. */
export const automationOperations: ApiOperation[] = [
  getAsset("variables", "Get-AutomationVariable", "variable"),
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
  getAsset("credentials", "Get-AutomationPSCredential", "credential"),
  getAsset("connections", "Get-AutomationConnection", "connection"),
  getAsset("certificates", "Get-AutomationCertificate", "certificate"),
  {
    method: "POST",
    path: "/automation/jobs",
    tag,
    summary: "Start-AutomationRunbook",
    description: "Starts a child job of the calling job.",
    access: "job",
    body: startChildJobSchema,
    response: { status: 201, description: "The child job.", schema: objectResponse("`{jobId, runOn}` of the queued child job.") },
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
    response: { status: 200, description: "The child's status and output.", schema: objectResponse("`{id, runbookName, status, statusReason, isTerminal, exception, startedAt, endedAt, output: [{text, data}], outputTruncated}`") },
  },
  {
    method: "GET",
    path: "/automation/checkpoint",
    tag,
    summary: "Get-AutomationCheckpoint",
    description: "The calling job's own checkpoint (the token decides which job).",
    access: "job",
    response: { status: 200, description: "The checkpoint.", schema: objectResponse("`{state, updatedAt}`; both null before the first checkpoint.") },
  },
  {
    method: "PUT",
    path: "/automation/checkpoint",
    tag,
    summary: "Set-AutomationCheckpoint",
    access: "job",
    body: saveCheckpointSchema,
    bodyLimitBytes: 2 * 1024 * 1024,
    response: { status: 200, description: "When it was saved.", schema: objectResponse("`{updatedAt}`") },
  },
];
