import type { AuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { sourceAddress } from "@/lib/http/source-address";
import type { SessionClaims } from "./resolve-principal";
import { revokeSession } from "./revoke-session";
import type { SignInErrorCode } from "./sign-in-errors";
import { sessionMaxAgeSeconds, sessionSecret } from "./session-config";
import { signInWithPassword } from "./sign-in-with-password";

interface AuthorizedUser extends User {
  sid: string;
}

function firstHeader(headers: Record<string, unknown> | undefined, name: string): string | null {
  const value = headers?.[name];
  if (typeof value !== "string") return null;
  return value.split(",")[0]!.trim() || null;
}

function toHeaders(headers: Record<string, unknown> | undefined): Headers {
  const out = new Headers();
  for (const [name, value] of Object.entries(headers ?? {})) if (typeof value === "string") out.set(name, value);
  return out;
}

let options: AuthOptions | undefined;

/**
 * next-auth v4 configuration: username/password, sessions as a JWT that carries only {uid, sid};
 * the sid names a UserSession row, so sign-out and disabling a user take effect at once.
 * Built on first use so `next build` does not read secrets.
 */
export function nextAuthOptions(): AuthOptions {
  if (options) return options;
  // next-auth derives its own URLs (and Secure cookies for https) from NEXTAUTH_URL; Baton's setting
  // for the public address is BATON_URL, so users configure one variable.
  process.env.NEXTAUTH_URL ??= getEnv().publicUrl;
  options = {
    secret: sessionSecret(),
    session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Baton",
        credentials: { username: { label: "Username", type: "text" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          if (!credentials?.username || !credentials.password) return null;
          const result = await signInWithPassword(await getDb(), {
            username: credentials.username.trim(),
            password: credentials.password,
            sourceAddress: sourceAddress(toHeaders(req.headers)),
            userAgent: firstHeader(req.headers, "user-agent"),
          });
          if (!result.ok) {
            // next-auth hands a thrown message to the sign-in page as its error code.
            if (result.reason === "disabled") throw new Error("AccountDisabled" satisfies SignInErrorCode);
            if (result.reason === "locked") throw new Error("AccountLocked" satisfies SignInErrorCode);
            if (result.reason === "throttled") throw new Error("TooManyAttempts" satisfies SignInErrorCode);
            return null;
          }
          const user: AuthorizedUser = { id: result.userId, name: result.username, sid: result.sessionId };
          return user;
        },
      }),
    ],
    callbacks: {
      // The token holds only what resolvePrincipal needs; names and grants are read fresh per request.
      async jwt({ token, user }) {
        if (!user) return token;
        return { uid: user.id, sid: (user as AuthorizedUser).sid } satisfies SessionClaims;
      },
    },
    events: {
      async signOut({ token }) {
        const sid = (token as Partial<SessionClaims> | null)?.sid;
        if (sid) await revokeSession(await getDb(), sid);
      },
    },
  };
  return options;
}
