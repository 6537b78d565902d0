import { describe, expect, it } from "vitest";
import { signInErrorMessage } from "./sign-in-errors";
import { SignInRefusal, withoutLeaks } from "./sign-in-refusal";

describe("withoutLeaks", () => {
  it("passes results and refusals through", async () => {
    await expect(withoutLeaks(async () => 42)).resolves.toBe(42);
    await expect(withoutLeaks(async () => Promise.reject(new SignInRefusal("AccountLocked")))).rejects.toThrow(/^AccountLocked$/);
  });

  it("logs an unexpected error and shows the page a code instead of its text", async () => {
    const logged: unknown[] = [];
    const secret = new Error("connect ECONNREFUSED postgresql://baton:hunter2@db:5432/baton");
    const failure = withoutLeaks(async () => Promise.reject(secret), (_m, err) => logged.push(err));
    await expect(failure).rejects.toThrow(/^SignInUnavailable$/);
    expect(logged).toEqual([secret]);
    expect(signInErrorMessage("SignInUnavailable")).toMatch(/^Sign-in is unavailable right now/);
  });
});
