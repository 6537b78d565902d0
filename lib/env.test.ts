import { describe, expect, it } from "vitest";
import { getEnv } from "./env";

describe("server env", () => {
  it("defaults to the embedded SQLite database on port 3000", () => {
    const env = getEnv({});
    expect(env.DATABASE_URL).toBe("file:./data/baton.db");
    expect(env.PORT).toBe(3000);
    expect(env.publicUrl).toBe("http://127.0.0.1:3000");
    expect(env.BATON_WEBHOOK_RATE_PER_MINUTE).toBe(60);
  });

  it.each([
    [{ DATABASE_URL: "mysql://x" }, "Invalid environment variable DATABASE_URL: must start with file: (SQLite) or postgresql:// (PostgreSQL)"],
    [{ PORT: "70000" }, /^Invalid environment variable PORT: /],
    [{ BATON_SECRET: "short" }, "Invalid environment variable BATON_SECRET: must be at least 32 characters"],
    [{ BATON_URL: "not a url" }, /^Invalid environment variable BATON_URL: must be a URL/],
    [{ BATON_ADMIN_PASSWORD: "short" }, "Invalid environment variable BATON_ADMIN_PASSWORD: must be at least 12 characters"],
    [{ BATON_WEBHOOK_RATE_PER_MINUTE: "0" }, /^Invalid environment variable BATON_WEBHOOK_RATE_PER_MINUTE: /],
  ])("names the variable in one line: %j", (source, message) => {
    expect(() => getEnv(source)).toThrow(message);
  });
});
