// The staff invite page's form (a server action's entry point), read like POST /staff/invite/'s
// body and passed to invite-staff, whose permission check applies.
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { parseInput } from "@/lib/http/parse-input";
import { inviteStaff } from "./invite-staff";
import { inviteStaffInput } from "./schemas";

const inviteFields = [
  "email",
  "first_name",
  "last_name",
  "phone",
  "role",
  "occupation",
  "password",
  "password2",
] as const;

/**
 * The invite page's form: the same validation and rules as POST /staff/invite/. With
 * `password_mode` "generate" (the default) the password fields are ignored and one is generated.
 */
export async function inviteStaffFromForm({
  ctx,
  input,
}: {
  ctx: Context;
  input: { form: FormData };
}) {
  requirePermission(ctx, "staff:invite");
  const fields: Record<string, string> = {};
  const setsPassword = input.form.get("password_mode") === "set";
  for (const name of inviteFields) {
    if (!setsPassword && (name === "password" || name === "password2")) continue;
    const value = input.form.get(name);
    if (typeof value === "string") fields[name] = value;
  }
  const body = parseInput(inviteStaffInput, fields, "request body");
  if (setsPassword) {
    // Choosing to set one makes an empty field a missing one (400), never "generate".
    body.password = fields.password ?? "";
    body.password2 = fields.password2 ?? "";
  }
  return inviteStaff({ ctx, input: body });
}
