import type { Metadata } from "next";
import { staffPageContext } from "@/app/(app)/admin/staff-page";
import { StaffPage } from "@/components/ui/staff-page";
import { InviteForm } from "@/components/people/invite-form";
import { invitableStaffRoles } from "@/lib/people/role-rules";

export const metadata: Metadata = { title: "Invite a staff member" };

export default async function InviteStaffPage() {
  const page = await staffPageContext("staff:invite", {
    title: "You can't invite staff members",
    explanation: "Inviting staff is for verified managers and superadmins.",
  });
  if ("noAccess" in page) return page.noAccess;
  const { ctx } = page;
  return (
    <StaffPage
      title="Invite a staff member"
      width="narrow"
      back={{ href: "/admin/staff", label: "All staff" }}
      description="They get an email with the sign-in link. Their email address counts as verified; they still verify their identity with documents before using staff tools."
    >
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
        <InviteForm roles={invitableStaffRoles(ctx.actor.user.role)} />
      </div>
    </StaffPage>
  );
}
