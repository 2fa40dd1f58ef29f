export { signIn, openSession, recordSignIn, type SignInInput } from "./sign-in";
export { refreshSession } from "./refresh-session";
export { revokeSession, revokeSessions, type RevokeReason } from "./revoke-sessions";
export { signOut } from "./sign-out";
export { issueTokens } from "./issue-tokens";
