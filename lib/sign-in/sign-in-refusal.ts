import type { SignInErrorCode } from "./sign-in-errors";

/** A refusal the sign-in page explains; its message is one of lib/sign-in/sign-in-errors.ts's codes. */
export class SignInRefusal extends Error {
  constructor(code: SignInErrorCode) {
    super(code);
    this.name = "SignInRefusal";
  }
}

/**
 * next-auth puts whatever an authorize() or signIn() callback throws into the sign-in page's URL as
 * ?error=…, so an unexpected failure (a database error naming tables or hosts) is logged here and
 * replaced by a code the page explains. Refusals pass through unchanged.
 */
export async function withoutLeaks<T>(step: () => Promise<T>, log: (message: string, err: unknown) => void = console.error): Promise<T> {
  try {
    return await step();
  } catch (err) {
    if (err instanceof SignInRefusal) throw err;
    log("[baton] sign-in failed:", err);
    throw new Error("SignInUnavailable" satisfies SignInErrorCode);
  }
}
