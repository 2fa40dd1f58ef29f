"use server";
// Server action of a person's admin page: change their role (same rules as the PUT endpoints).
import { revalidatePath } from "next/cache";
import { assignPersonRole } from "@/lib/people/assign-person-role";
import { asRefusal, staffActionContext } from "@/app/(app)/admin/action-context";
import { withTextRule } from "@/lib/http/with-text-rule";

export type RoleChangeState = { done?: string; error?: string; role?: string };

export const assignRoleAction = withTextRule(async function assignRoleAction(
  _previous: RoleChangeState,
  form: FormData,
): Promise<RoleChangeState> {
  const context = await staffActionContext();
  if ("error" in context) return context;
  const { ctx } = context;
  const userId = String(form.get("userId") ?? "");
  try {
    const { role } = await assignPersonRole({
      ctx,
      input: { userId, role: String(form.get("role") ?? "") },
    });
    revalidatePath(`/admin/people/${userId}`);
    return { done: `Role saved: ${role}.`, role };
  } catch (error) {
    const refused = asRefusal(error);
    const fieldErrors = refused.errors ? Object.values(refused.errors).flat().join(" ") : "";
    return { error: fieldErrors ? `${refused.message} ${fieldErrors}` : refused.message };
  }
});
