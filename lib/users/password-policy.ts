/** Kept apart from server code so browser forms can import the policy without node modules. */
export const minPasswordLength = 12;
