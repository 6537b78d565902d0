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

  // A remote worker retries 503 and fails the job on a 500; a portal user or script can retry too.
  it("answers a database that cannot be reached with 503, Retry-After and a plain message", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const refused = Object.assign(new Error(""), { cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }) });
    for (const err of [{ code: "P1001", message: "Can't reach database server" }, { kind: "DatabaseNotReachable" }, refused, { code: "SQLITE_BUSY" }]) {
      const r = toHttpResponse(err);
      expect(r.status, JSON.stringify(err)).toBe(503);
      expect(r.headers.get("retry-after")).toBe("2");
      expect(await r.json()).toEqual({ error: { code: "unavailable", message: "The database is busy or unreachable; try again shortly" } });
    }
    log.mockRestore();
  });

  it("leaves refusals and bugs as they are", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(toHttpResponse(new AppError("conflict", "no longer held")).status).toBe(409);
    expect(toHttpResponse({ code: "P2002" }).status).toBe(409);
    expect(toHttpResponse(new TypeError("x is undefined")).status).toBe(500);
    log.mockRestore();
  });
});
