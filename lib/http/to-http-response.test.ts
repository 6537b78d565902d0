import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { toHttpResponse } from "./to-http-response";

describe("toHttpResponse", () => {
  it("maps AppError to its status with the one error format", async () => {
    const r = toHttpResponse(new AppError("conflict", "Cannot stop a job that is Completed"));
    expect(r.status).toBe(409);
    expect(await r.json()).toEqual({ error: { code: "conflict", message: "Cannot stop a job that is Completed" } });
  });

  it("maps a zod error to 422 naming the field", async () => {
    const parsed = z.object({ name: z.string().min(1) }).safeParse({ name: "" });
    const r = toHttpResponse(parsed.error);
    expect(r.status).toBe(422);
    const body = await r.json();
    expect(body.error.field).toBe("name");
    expect(body.error.message).toMatch(/^name: /);
  });

  it("hides unknown errors behind a generic 500 and logs them", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const r = toHttpResponse(new Error("secret connection string postgresql://u:p@h/db"));
    expect(r.status).toBe(500);
    expect(JSON.stringify(await r.json())).not.toContain("postgresql");
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
