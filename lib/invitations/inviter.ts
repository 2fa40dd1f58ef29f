// Who may invite (CONTRACT §6): a verified manager or above, or an API key with candidates:write
// (candidates:read to list). The route helper checks the same; this keeps the rule with the domain.
import type { ApiKeyScope } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { Forbidden, NotAuthenticated } from "@/lib/errors";

export function requireInviter(ctx: Context, scope: ApiKeyScope) {
  if (ctx.actor.user) return requirePermission(ctx, "exams:invite");
  if (!ctx.actor.apiKey) throw new NotAuthenticated("Sign in or send an API key.");
  if (!ctx.actor.apiKey.scopes.includes(scope)) {
    throw new Forbidden(`This API key lacks the scope(s): ${scope}.`);
  }
}
