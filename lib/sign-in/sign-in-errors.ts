/** The codes the sign-in page receives as ?error=… (Baton's refusals and next-auth's own) and what it shows for each. */
const signInErrors = {
  CredentialsSignin: "Incorrect username or password.",
  AccountDisabled: "This account is disabled. Ask an administrator to enable it.",
  AccountLocked: "This account is temporarily locked. Try again later.",
  // next-auth's own codes when the OpenID Connect provider cannot be reached or its answer does not check out.
  OAuthSignin: "The single sign-on provider could not be reached. Try again, or sign in with your password.",
  OAuthCallback: "The single sign-on provider's answer could not be verified. Try again, or sign in with your password.",
  OidcNoAccount: "There is no Baton account for this sign-in. Ask an administrator to create one with your email address.",
  OidcUsernameTaken: "A Baton account with your username already exists. Ask an administrator to set your email address on it.",
  SignInUnavailable: "Sign-in is unavailable right now. Try again shortly; if it persists, tell your administrator.",
  TooManyAttempts: "Too many failed sign-ins from your network address. Wait 15 minutes, then try again.",
} as const;

export type SignInErrorCode = keyof typeof signInErrors;

export function signInErrorMessage(code: string | null | undefined): string {
  return (code && code in signInErrors ? signInErrors[code as SignInErrorCode] : null) ?? "Sign-in failed. Try again.";
}
