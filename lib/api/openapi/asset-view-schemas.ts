import { z } from "zod";
import type { CertificateView } from "@/lib/assets/certificate-view";
import type { ConnectionTypeView } from "@/lib/assets/connection-type-view";
import type { ConnectionView } from "@/lib/assets/connection-view";
import type { CredentialView } from "@/lib/assets/credential-view";
import { connectionFieldTypes, variableTypes } from "@/lib/assets/schemas";
import type { VariableView } from "@/lib/assets/variable-view";
import { viewSchema } from "./response-schemas";

const audited = {
  id: z.string(),
  name: z.string(),
  description: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string().nullable(),
  updatedBy: z.string().nullable(),
};

export const variableViewSchema = viewSchema<VariableView>()(
  z.object({
    ...audited,
    type: z.enum(variableTypes),
    isEncrypted: z.boolean(),
    value: z.json().nullable().describe("The typed value; null when the variable is encrypted."),
  }),
);

export const credentialViewSchema = viewSchema<CredentialView>()(z.object({ ...audited, userName: z.string().describe("Never the password.") }));

export const connectionViewSchema = viewSchema<ConnectionView>()(
  z.object({
    ...audited,
    connectionType: z.string(),
    values: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]).nullable()).describe("Field values; secret fields are null."),
    secretFields: z.array(z.string()),
  }),
);

export const connectionTypeViewSchema = viewSchema<ConnectionTypeView>()(
  z.object({
    ...audited,
    fields: z.array(z.object({ name: z.string(), type: z.enum(connectionFieldTypes), isSecret: z.boolean(), isOptional: z.boolean() })),
  }),
);

export const certificateViewSchema = viewSchema<CertificateView>()(
  z.object({
    ...audited,
    format: z.enum(["pfx", "cer"]),
    thumbprint: z.string(),
    subject: z.string(),
    issuer: z.string(),
    notBefore: z.string(),
    notAfter: z.string(),
    hasPrivateKey: z.boolean(),
    exportable: z.boolean(),
    expiry: z.enum(["valid", "expiresSoon", "expired"]),
    daysUntilExpiry: z.number().int(),
  }),
);
