import { beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { toHttpResponse } from "@/lib/http/to-http-response";
import { unavailableIfTransient } from "./worker-protocol-route";

// The remote worker retries 503 and fails the job on a 500: a database blink must be the former.
describe("unavailableIfTransient", () => {
  beforeEach(() => void vi.spyOn(console, "error").mockImplementation(() => undefined));

  it("answers a database that cannot be reached with 503 and says so", async () => {
    const refused = Object.assign(new Error(""), { cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }) });
    for (const err of [{ code: "P1001", message: "Can't reach database server" }, { kind: "DatabaseNotReachable" }, refused, { code: "SQLITE_BUSY" }]) {
      const res = toHttpResponse(unavailableIfTransient(err));
      expect(res.status, JSON.stringify(err)).toBe(503);
      expect(((await res.json()) as { error: unknown }).error).toEqual({ code: "unavailable", message: "The database is unreachable; try again shortly" });
    }
  });

  it("leaves refusals and bugs as they are", () => {
    const conflict = new AppError("conflict", "no longer held");
    expect(unavailableIfTransient(conflict)).toBe(conflict);
    const unique = { code: "P2002" };
    expect(unavailableIfTransient(unique)).toBe(unique);
    expect(toHttpResponse(unavailableIfTransient(new TypeError("x is undefined"))).status).toBe(500);
  });
});
