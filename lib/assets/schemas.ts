import { z } from "zod";
import { nameSchema } from "@/lib/names/name-schema";
import { jsonValueSchema } from "@/lib/input/storable-input";

/**
 * Asset names (variables, credentials, connections, connection types, certificates) follow the one
 * name rule (lib/names) at Azure Automation's 128 characters. Names compare ignoring case, like
 * runbook names.
 */
const assetNameSchema = nameSchema(128);

const assetDescriptionSchema = z.string().trim().max(512, "must be at most 512 characters");

/** Route segment `{name}`: decoded here too, since names may contain spaces and '%' is not allowed in one. */
export const assetNameParamsSchema = z.object({
  name: z
    .string()
    .transform((raw, ctx) => {
      try {
        return decodeURIComponent(raw);
      } catch {
        ctx.addIssue({ code: "custom", message: "is not a valid URL-encoded name" });
        return z.NEVER;
      }
    })
    .pipe(assetNameSchema),
});

/** `?force=true` deletes an asset even though published runbooks still reference it. */
export const deleteAssetQuerySchema = z.object({
  force: z
    .enum(["true", "false"], { message: "must be true or false" })
    .optional()
    .transform((v) => v === "true"),
});

// ───────────── variables ─────────────

export const variableTypes = ["string", "integer", "boolean", "datetime", "json"] as const;
export type VariableType = (typeof variableTypes)[number];
const variableTypeSchema = z.enum(variableTypes, { message: `must be one of ${variableTypes.join(", ")}` });

/** The value's shape is checked against the variable's type in lib/assets/variable-values.ts; its nesting here. */
export const createVariableSchema = z
  .object({
    name: assetNameSchema,
    description: assetDescriptionSchema.default(""),
    type: variableTypeSchema,
    isEncrypted: z.boolean().default(false),
    value: jsonValueSchema,
  })
  .strict();
export type CreateVariableInput = z.infer<typeof createVariableSchema>;

/** An omitted `value` keeps the stored one (for encrypted variables that is the only way to keep it). */
export const updateVariableSchema = z
  .object({
    description: assetDescriptionSchema.optional(),
    value: jsonValueSchema.optional(),
  })
  .strict();
export type UpdateVariableInput = z.infer<typeof updateVariableSchema>;

/** Body of Set-AutomationVariable: the new value, type-checked against the variable. */
export const setVariableValueSchema = z.object({ value: jsonValueSchema }).strict();
export type SetVariableValueInput = z.infer<typeof setVariableValueSchema>;

// ───────────── credentials ─────────────

const userNameSchema = z.string().trim().min(1, "is required").max(256, "must be at most 256 characters");
const passwordSchema = z.string().max(4096, "must be at most 4096 characters");

export const createCredentialSchema = z
  .object({
    name: assetNameSchema,
    description: assetDescriptionSchema.default(""),
    userName: userNameSchema,
    password: passwordSchema,
  })
  .strict();
export type CreateCredentialInput = z.infer<typeof createCredentialSchema>;

/** An omitted password keeps the stored one. */
export const updateCredentialSchema = z
  .object({
    description: assetDescriptionSchema.optional(),
    userName: userNameSchema.optional(),
    password: passwordSchema.optional(),
  })
  .strict();
export type UpdateCredentialInput = z.infer<typeof updateCredentialSchema>;

// ───────────── connection types ─────────────

export const connectionFieldTypes = ["string", "integer", "boolean"] as const;
export type ConnectionFieldType = (typeof connectionFieldTypes)[number];

const fieldNameSchema = z
  .string()
  .trim()
  .min(1, "is required")
  .max(64, "must be at most 64 characters")
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must start with a letter or '_' and contain only letters, digits and '_'");

const connectionFieldSchema = z
  .object({
    name: fieldNameSchema,
    type: z.enum(connectionFieldTypes, { message: `must be one of ${connectionFieldTypes.join(", ")}` }).default("string"),
    isSecret: z.boolean().default(false),
    isOptional: z.boolean().default(false),
  })
  .strict();
export type ConnectionField = z.infer<typeof connectionFieldSchema>;

/** Field names become hashtable keys in the runbook, which ignore case: so must uniqueness. */
const connectionFieldsSchema = z
  .array(connectionFieldSchema)
  .min(1, "needs at least one field")
  .max(64, "at most 64 fields")
  .superRefine((fields, ctx) => {
    const seen = new Set<string>();
    fields.forEach((f, i) => {
      const key = f.name.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: [i, "name"], message: `duplicates field ${f.name}` });
      seen.add(key);
    });
  });

export const createConnectionTypeSchema = z
  .object({
    name: assetNameSchema,
    description: assetDescriptionSchema.default(""),
    fields: connectionFieldsSchema,
  })
  .strict();
export type CreateConnectionTypeInput = z.infer<typeof createConnectionTypeSchema>;

/** Fields can change only while no connection uses the type (checked in update-connection-type.ts). */
export const updateConnectionTypeSchema = z
  .object({
    description: assetDescriptionSchema.optional(),
    fields: connectionFieldsSchema.optional(),
  })
  .strict();
export type UpdateConnectionTypeInput = z.infer<typeof updateConnectionTypeSchema>;

// ───────────── connections ─────────────

const connectionValuesSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]), {
  message: "must be an object of field values",
});
export type ConnectionValuesInput = z.infer<typeof connectionValuesSchema>;

export const createConnectionSchema = z
  .object({
    name: assetNameSchema,
    description: assetDescriptionSchema.default(""),
    connectionType: assetNameSchema,
    values: connectionValuesSchema.default({}),
  })
  .strict();
export type CreateConnectionInput = z.infer<typeof createConnectionSchema>;

/**
 * `values` is merged field by field: a field left out keeps its stored value (so secrets survive an
 * edit of other fields), a value replaces it, and null clears an optional field.
 */
export const updateConnectionSchema = z
  .object({
    description: assetDescriptionSchema.optional(),
    values: connectionValuesSchema.optional(),
  })
  .strict();
export type UpdateConnectionInput = z.infer<typeof updateConnectionSchema>;

// ───────────── certificates ─────────────

/** A .pfx is far below this; the cap keeps the sealed row and the JSON body reasonable. */
const maxCertificateBytes = 256 * 1024;

const base64Schema = z
  .string()
  .trim()
  .min(1, "is required")
  .max(Math.ceil((maxCertificateBytes * 4) / 3) + 4, `must be at most ${maxCertificateBytes / 1024} KiB of data`)
  .regex(/^[A-Za-z0-9+/\r\n]+={0,2}$/, "must be base64");

export const createCertificateSchema = z
  .object({
    name: assetNameSchema,
    description: assetDescriptionSchema.default(""),
    /** The .pfx (PKCS#12) or .cer (DER or PEM X.509) file, base64-encoded. */
    data: base64Schema,
    /** Required to open a .pfx; must be absent for a .cer. */
    password: z.string().max(1024, "must be at most 1024 characters").optional(),
    exportable: z.boolean().default(false),
  })
  .strict();
export type CreateCertificateInput = z.infer<typeof createCertificateSchema>;

/** Uploading `data` replaces the certificate (password with it); omitted, the stored one is kept. */
export const updateCertificateSchema = z
  .object({
    description: assetDescriptionSchema.optional(),
    data: base64Schema.optional(),
    password: z.string().max(1024, "must be at most 1024 characters").optional(),
    exportable: z.boolean().optional(),
  })
  .strict()
  .refine((v) => v.password === undefined || v.data !== undefined, { path: ["password"], message: "can only be sent with new certificate data" });
export type UpdateCertificateInput = z.infer<typeof updateCertificateSchema>;
