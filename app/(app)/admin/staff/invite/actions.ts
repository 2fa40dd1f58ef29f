"use server";
// Server action of the invite page: the same validation and rules as POST /staff/invite/.
import { revalidatePath } from "next/cache";
import { inviteStaffFromForm } from "@/lib/people/invite-staff-from-form";
import { refusal, staffActionContext } from "@/app/(app)/admin/action-context";
import { withTextRule } from "@/lib/http/with-text-rule";

export type InviteFormState = {
  done?: string;
  error?: string;
  errors?: Record<string, string[]>;
  /** Changes on every success so the form can reset itself. */
  sent?: number;
};

export const inviteStaffAction = withTextRule(async function inviteStaffAction(
  _previous: InviteFormState,
  form: FormData,
): Promise<InviteFormState> {
  const context = await staffActionContext();
  if ("error" in context) return context;
  try {
    const { message } = await inviteStaffFromForm({ ctx: context.ctx, input: { form } });
    revalidatePath("/admin/staff");
    const email = String(form.get("email") ?? "").trim();
    return { done: `${message} An invitation went to ${email}.`, sent: Date.now() };
  } catch (error) {
    return refusal(error);
  }
});
