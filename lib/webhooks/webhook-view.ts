import { z } from "zod";
import type { Prisma } from "@/generated/postgresql/client";

export const webhookViewSelect = {
  id: true,
  name: true,
  runbookId: true,
  enabled: true,
  expiresAt: true,
  parameters: true,
  runOn: true,
  lastInvokedAt: true,
  createdAt: true,
  updatedAt: true,
  createdBy: true,
} satisfies Prisma.WebhookSelect;

type Row = Prisma.WebhookGetPayload<{ select: typeof webhookViewSelect }>;

/** A webhook as its managers see it: never the token, which exists only in the URL shown at creation. */
export const webhookView = z.object({
  id: z.string(),
  name: z.string(),
  runbookId: z.string(),
  enabled: z.boolean(),
  status: z.enum(["active", "disabled", "expired"]).describe("What a call gets now: active starts a job; disabled and expired get 404."),
  expiresAt: z.string(),
  parameters: z.record(z.string(), z.unknown()).describe("Default parameter values every call starts the runbook with."),
  runOn: z.string().nullable(),
  lastInvokedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string().nullable(),
});
export type WebhookView = z.infer<typeof webhookView>;

/** Stored default parameters as an object (the column is JSON and may be null). */
export function storedWebhookParameters(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function toWebhookView(r: Row, now = new Date()): WebhookView {
  return {
    id: r.id,
    name: r.name,
    runbookId: r.runbookId,
    enabled: r.enabled,
    status: r.expiresAt <= now ? "expired" : r.enabled ? "active" : "disabled",
    expiresAt: r.expiresAt.toISOString(),
    parameters: storedWebhookParameters(r.parameters),
    runOn: r.runOn,
    lastInvokedAt: r.lastInvokedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    createdBy: r.createdBy,
  };
}
