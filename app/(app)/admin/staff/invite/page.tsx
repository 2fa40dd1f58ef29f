import type { Metadata } from "next";
import Link from "next/link";
import { InviteForm } from "@/components/people/invite-form";
import { NoAccess } from "@/components/ui/no-access";
import { can } from "@/lib/auth/require-permission";
import { invitableStaffRoles } from "@/lib/people/role-rules";
import { requirePageContext } from "@/app/(app)/page-context";

export const metadata: Metadata = { title: "Invite a staff member" };

export default async function InviteStaffPage() {
  const { ctx } = await requirePageContext();
  if (!can(ctx, "staff:invite")) {
    return (
      <NoAccess
        title="You can't invite staff members"
        explanation="Inviting staff is for verified managers and superadmins."
      />
    );
  }
  return (
    <main id="main" className="mx-auto max-w-2xl px-6 py-10">
      <Link href="/admin/staff" className="text-sm text-brand-700 underline">
        ← All staff
      </Link>
      <h1 className="mt-4 text-3xl font-bold">Invite a staff member</h1>
      <p className="mt-1 text-slate-600">
        They get an email with the sign-in link. Their email address counts as verified; they still
        verify their identity with documents before using staff tools.
      </p>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
        <InviteForm roles={invitableStaffRoles(ctx.actor.user.role)} />
      </div>
    </main>
  );
}
