"use server";
// Server action of a person's admin page: change their role (same rules as the PUT endpoints).
import { revalidatePath } from "next/cache";
import { auth } from "@/auth";
import { contextForWebSession } from "@/lib/auth/context-for-session";
import { ApiError } from "@/lib/errors";
import { assignPersonRole } from "@/lib/people/admin-pages";

export type RoleChangeState = { done?: string; error?: string; role?: string };

export async function assignRoleAction(
  _previous: RoleChangeState,
  form: FormData,
): Promise<RoleChangeState> {
  const session = await auth();
  const ctx = await contextForWebSession({
    userId: session?.user?.id,
    sessionId: session?.sessionId,
  });
  if (!ctx) return { error: "Your session has ended. Sign in again." };
  const userId = String(form.get("userId") ?? "");
  try {
    const { role } = await assignPersonRole({
      ctx,
      input: { userId, role: String(form.get("role") ?? "") },
    });
    revalidatePath(`/admin/people/${userId}`);
    return { done: `Role saved: ${role}.`, role };
  } catch (error) {
    if (error instanceof ApiError && error.status < 500) {
      const fieldErrors = error.errors ? Object.values(error.errors).flat().join(" ") : "";
      return { error: fieldErrors ? `${error.message} ${fieldErrors}` : error.message };
    }
    throw error;
  }
}
