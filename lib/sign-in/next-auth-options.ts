import type { AuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { oidcProvider, oidcProviderId } from "./oidc-provider";
import type { SessionClaims } from "@/lib/auth/resolve-principal";
import { revokeSession } from "@/lib/auth/revoke-session";
import type { SignInErrorCode } from "./sign-in-errors";
import { SignInRefusal, withoutLeaks } from "./sign-in-refusal";
import { sessionMaxAgeSeconds, sessionSecret } from "@/lib/auth/session-config";
import { oidcIdentityFromClaims, signInWithOidc } from "./sign-in-with-oidc";
import { signInWithPassword } from "./sign-in-with-password";
import type { SignInOrigin } from "./user-session-data";

interface AuthorizedUser extends User {
  sid: string;
}

const oidcRefusals = { no_account: "OidcNoAccount", username_taken: "OidcUsernameTaken", disabled: "AccountDisabled" } as const satisfies Record<string, SignInErrorCode>;

/**
 * next-auth v4 configuration: username/password and, when configured, one OpenID Connect provider.
 * Sessions are a JWT that carries only {uid, sid}; the sid names a UserSession row, so sign-out and
 * disabling a user take effect at once. Built per request (next-auth's callbacks never see the
 * request, and the session row records where the sign-in came from) and never at `next build`.
 */
export function nextAuthOptions(origin: SignInOrigin): AuthOptions {
  const env = getEnv();
  // next-auth derives its own URLs (and Secure cookies for https) from NEXTAUTH_URL; Baton's setting
  // for the public address is BATON_URL, so users configure one variable.
  process.env.NEXTAUTH_URL ??= env.publicUrl;
  return {
    secret: sessionSecret(),
    session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Baton",
        credentials: { username: { label: "Username", type: "text" }, password: { label: "Password", type: "password" } },
        authorize: (credentials) =>
          withoutLeaks(async () => {
            if (!credentials?.username || !credentials.password) return null;
            const result = await signInWithPassword(await getDb(), { username: credentials.username.trim(), password: credentials.password, ...origin });
            if (!result.ok) {
              if (result.reason === "disabled") throw new SignInRefusal("AccountDisabled");
              if (result.reason === "locked") throw new SignInRefusal("AccountLocked");
              if (result.reason === "throttled") throw new SignInRefusal("TooManyAttempts");
              return null;
            }
            const user: AuthorizedUser = { id: result.userId, name: result.username, sid: result.sessionId };
            return user;
          }),
      }),
      ...(env.oidc ? [oidcProvider(env.oidc)] : []),
    ],
    callbacks: {
      // After the provider's ID token checked out: which Baton user this is, and their session row.
      signIn: ({ user, account, profile }) =>
        withoutLeaks(async () => {
          if (account?.provider !== oidcProviderId) return true;
          const identity = oidcIdentityFromClaims((profile ?? {}) as Record<string, unknown>);
          if (!identity) throw new SignInRefusal("OidcNoAccount");
          const result = await signInWithOidc(await getDb(), identity, { ...origin, createUsers: env.oidc?.createUsers ?? false });
          if (!result.ok) throw new SignInRefusal(oidcRefusals[result.reason]);
          // next-auth passes this same object to jwt() below.
          Object.assign(user, { id: result.userId, name: result.username, sid: result.sessionId } satisfies AuthorizedUser);
          return true;
        }),
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
}
