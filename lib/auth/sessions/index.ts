export { signIn, openSession, type SignInInput } from "./sign-in";
export { refreshSession, revokeSession } from "./refresh-session";
export { signOut } from "./sign-out";
export { issueTokens } from "./issue-tokens";
