// Auth.js for the browser: email + password through the same users, password check, session rows
// and login history as the API; and, once, a new person's registration proof right after they
// verify their email code (lib/accounts/registration/sign-in-proof.ts), so they need not type
// their new password again. The JWT cookie carries only the session row's id; every request
// re-checks that row, so a session revoked anywhere signs this browser out on its next request.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db/client";
import { redeemRegistrationProof } from "@/lib/accounts/registration/sign-in-proof";
import { loadSessionUser } from "@/lib/auth/resolve-bearer";
import { openSession } from "@/lib/auth/sessions/sign-in";
import { revokeSession } from "@/lib/auth/sessions/revoke-sessions";
import { getClock, systemActor } from "@/lib/context";
import { env, getAuthSecret } from "@/lib/env";
import { ApiError } from "@/lib/errors";
import { applyRateLimit } from "@/lib/http/apply-rate-limit";
import { clientIp } from "@/lib/http/client-ip";

const credentialsSchema = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(128),
});

class InvalidCredentials extends CredentialsSignin {
  code = "invalid_credentials";
}
class TooManyAttempts extends CredentialsSignin {
  code = "throttled";
}

const requestContext = (request: Request) => ({
  db: getDb(),
  clock: getClock(),
  actor: { ...systemActor, ip: clientIp(request), userAgent: request.headers.get("user-agent") },
});

const sessionUser = (
  user: { id: string; email: string; firstName: string; lastName: string },
  sessionId: string,
) => ({
  id: user.id,
  email: user.email,
  name: `${user.firstName} ${user.lastName}`.trim(),
  sessionId,
});

// A function, so the secret is read per request, not when `next build` loads this module.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: getAuthSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: env.JWT_REFRESH_DAYS * 86_400 },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        const ctx = requestContext(request);
        try {
          await applyRateLimit("login", `ip:${ctx.actor.ip}`, {});
          await applyRateLimit("login", `email:${parsed.data.email.toLowerCase()}`, {});
          const { user, session } = await openSession({ ctx, input: parsed.data, kind: "web" });
          return sessionUser(user, session.id);
        } catch (error) {
          if (error instanceof ApiError && error.status === 429) throw new TooManyAttempts();
          if (error instanceof ApiError) throw new InvalidCredentials();
          throw error;
        }
      },
    }),
    Credentials({
      id: "registration-proof",
      name: "Email verification",
      credentials: { proof: { type: "text" } },
      async authorize(raw, request) {
        const token = typeof raw?.proof === "string" ? raw.proof : "";
        const opened = await redeemRegistrationProof({
          ctx: requestContext(request),
          input: { token },
        });
        if (!opened) throw new InvalidCredentials();
        return sessionUser(opened.user, opened.session.id);
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sid = (user as { sessionId: string }).sessionId;
        return token;
      }
      if (typeof token.sid !== "string" || typeof token.sub !== "string") return null;
      const live = await loadSessionUser(getDb(), token.sid, token.sub, getClock().now());
      return live ? token : null;
    },
    async session({ session, token }) {
      return { ...session, sessionId: token.sid, user: { ...session.user, id: token.sub } };
    },
  },
  events: {
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (typeof token?.sid === "string") {
        await revokeSession(
          { db: getDb(), clock: getClock(), actor: systemActor },
          token.sid,
          "sign_out",
        );
      }
    },
  },
}));
