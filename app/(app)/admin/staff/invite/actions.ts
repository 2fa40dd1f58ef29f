"use server";
// Server action of the invite page: the same validation and rules as POST /staff/invite/.
import { revalidatePath } from "next/cache";
import { auth } from "@/auth";
import { contextForWebSession } from "@/lib/auth/context-for-session";
import { ApiError } from "@/lib/errors";
import { inviteStaffFromForm } from "@/lib/people/admin-pages";

export type InviteFormState = {
  done?: string;
  error?: string;
  errors?: Record<string, string[]>;
  /** Changes on every success so the form can reset itself. */
  sent?: number;
};

export async function inviteStaffAction(
  _previous: InviteFormState,
  form: FormData,
): Promise<InviteFormState> {
  const session = await auth();
  const ctx = await contextForWebSession({
    userId: session?.user?.id,
    sessionId: session?.sessionId,
  });
  if (!ctx) return { error: "Your session has ended. Sign in again." };
  try {
    const { message } = await inviteStaffFromForm({ ctx, input: { form } });
    revalidatePath("/admin/staff");
    const email = String(form.get("email") ?? "").trim();
    return { done: `${message} An invitation went to ${email}.`, sent: Date.now() };
  } catch (error) {
    if (error instanceof ApiError && error.status < 500) {
      return { error: error.message, errors: error.errors };
    }
    throw error;
  }
}
