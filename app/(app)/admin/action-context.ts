// What every staff server action starts and ends with: the signed-in person's domain context
// (checked for the action's permission, as the API routes check theirs; a server action is
// reachable without its page) and the domain's refusals (status < 500) as form state.
import type { Permission } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { ApiError, type FieldErrors } from "@/lib/errors";
import { parsePathId } from "@/lib/http/path-id";
import { browserSessionContext } from "../page-context";

/**
 * The context of the browser session, or what to tell the person instead: that the session has
 * ended, or why `permission` is refused (the permission table's words, or `refused` if given).
 */
export async function staffActionContext(
  permission?: Permission,
  refused?: string,
): Promise<{ ctx: Context } | { error: string }> {
  const { ctx } = await browserSessionContext();
  if (!ctx) return { error: "Your session has ended. Sign in again." };
  if (permission) {
    try {
      requirePermission(ctx, permission);
    } catch (error) {
      return { error: refused ?? asRefusal(error).message };
    }
  }
  return { ctx };
}

/**
 * As staffActionContext, with the id of what the action is about, read from the form's hidden
 * `idField`; a malformed one gets `unknownId` (the page's words for a record that is gone).
 */
export async function staffActionOnId(
  form: FormData,
  options: { idField: string; unknownId: string; permission: Permission; refused?: string },
): Promise<{ ctx: Context; id: number } | { error: string }> {
  const context = await staffActionContext(options.permission, options.refused);
  if ("error" in context) return context;
  const id = parsePathId(String(form.get(options.idField) ?? ""));
  return id === null ? { error: options.unknownId } : { ctx: context.ctx, id };
}

/** The error as a refusal to show (an ApiError with status < 500); anything else is rethrown. */
export function asRefusal(error: unknown): ApiError {
  if (error instanceof ApiError && error.status < 500) return error;
  throw error;
}

/** A refusal as `{error, errors}`; anything else is rethrown. */
export function refusal(error: unknown): { error: string; errors?: FieldErrors } {
  const refused = asRefusal(error);
  return { error: refused.message, errors: refused.errors };
}
