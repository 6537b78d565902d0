import { z } from "zod";
import { variableTypes } from "@/lib/assets/schemas";
import type { CertificateForJob } from "@/lib/automation/get-certificate-for-job";
import { maxChildOutputRecords, type ChildJobView } from "@/lib/automation/get-child-job";
import type { ConnectionForJob } from "@/lib/automation/get-connection-for-job";
import type { CredentialForJob } from "@/lib/automation/get-credential-for-job";
import type { VariableForJob } from "@/lib/automation/get-variable-for-job";
import type { JobCheckpointView, SavedCheckpoint } from "@/lib/automation/job-checkpoint";
import type { ChildJobStart } from "@/lib/automation/start-child-job";
import { viewSchema } from "./response-schemas";

const maskValues = z.array(z.string()).describe("The secret strings the job masks in its streams.");

export const variableForJobSchema = viewSchema<VariableForJob>()(
  z.object({ id: z.string(), name: z.string(), type: z.enum(variableTypes), isEncrypted: z.boolean(), value: z.json().nullable().describe("The typed value, decrypted."), maskValues }),
);

export const credentialForJobSchema = viewSchema<CredentialForJob>()(
  z.object({ id: z.string(), name: z.string(), userName: z.string(), password: z.string().describe("Decrypted."), maskValues }),
);

export const connectionForJobSchema = viewSchema<ConnectionForJob>()(
  z.object({
    id: z.string(),
    name: z.string(),
    connectionType: z.string(),
    values: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).describe("Every set field, secrets decrypted."),
    secretFields: z.array(z.string()),
    maskValues,
  }),
);

export const certificateForJobSchema = viewSchema<CertificateForJob>()(
  z.object({
    id: z.string(),
    name: z.string(),
    format: z.enum(["pfx", "cer"]),
    thumbprint: z.string(),
    hasPrivateKey: z.boolean(),
    exportable: z.boolean(),
    data: z.string().describe("The .pfx or DER .cer, base64."),
    password: z.string().nullable().describe("The .pfx password; null for a .cer."),
    maskValues,
  }),
);

export const childJobStartSchema = viewSchema<ChildJobStart>()(z.object({ jobId: z.string(), runOn: z.string().describe("The worker group the child runs on.") }));

export const childJobSchema = viewSchema<ChildJobView>()(
  z.object({
    id: z.string(),
    runbookName: z.string(),
    status: z.string(),
    statusReason: z.string().nullable(),
    isTerminal: z.boolean().describe("True once the child has finished; stop polling."),
    exception: z.string().nullable(),
    startedAt: z.string().nullable(),
    endedAt: z.string().nullable(),
    output: z.array(z.object({ text: z.string(), data: z.unknown().describe("The record's structured value, when it has one.") })).describe(`The output stream so far (at most ${maxChildOutputRecords.toLocaleString("en-US")} records).`),
    outputTruncated: z.boolean(),
  }),
);

export const jobCheckpointSchema = viewSchema<JobCheckpointView>()(
  z.object({ state: z.unknown().describe("The saved state, any JSON; null before the first checkpoint."), updatedAt: z.string().nullable() }),
);

export const savedCheckpointSchema = viewSchema<SavedCheckpoint>()(z.object({ updatedAt: z.string().nullable().describe("Null when the checkpoint was cleared.") }));
