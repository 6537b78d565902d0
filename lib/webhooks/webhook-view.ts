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
export interface WebhookView {
  id: string;
  name: string;
  runbookId: string;
  enabled: boolean;
  /** What a call gets right now: "active" starts a job; "disabled" and "expired" get 404. */
  status: "active" | "disabled" | "expired";
  expiresAt: string;
  parameters: Record<string, unknown>;
  runOn: string | null;
  lastInvokedAt: string | null;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
}

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
