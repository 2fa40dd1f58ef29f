import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NoAccess } from "@/components/ui/no-access";
import { StaffPage } from "@/components/ui/staff-page";
import { ProfileStatusBadge } from "@/components/people/profile-status-badge";
import { RoleChangeForm } from "@/components/people/role-change-form";
import { Forbidden, NotFound } from "@/lib/errors";
import { getPersonAdminView, type PersonAdminView } from "@/lib/people/get-person-admin-view";
import { profileStatusExplanation } from "@/lib/people/status";
import { requirePageContext } from "@/app/(app)/page-context";
import { DetailField } from "@/components/ui/detail-field";
import { LocalTime } from "@/components/ui/local-time";

export const metadata: Metadata = { title: "Person" };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const documentLabels = {
  face_id: "Face photo",
  id_card: "ID card",
  verification_document: "Verification document",
} as const;

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { ctx } = await requirePageContext();
  const { id } = await params;
  if (!uuidPattern.test(id)) notFound();

  let view: PersonAdminView;
  try {
    view = await getPersonAdminView({ ctx, input: { userId: id } });
  } catch (error) {
    if (error instanceof NotFound) notFound();
    if (error instanceof Forbidden) {
      return (
        <NoAccess
          title="You don't have access to this person's details"
          explanation="Candidates' details are for verified moderators and above; staff members' details for verified managers and superadmins."
        />
      );
    }
    throw error;
  }

  const { profile, roleChange, showsDocuments } = view;
  const { user } = profile;
  const name = `${user.first_name} ${user.last_name}`.trim() || user.email;
  const isCandidate = profile.profile_type === "candidate";
  const back = isCandidate
    ? { href: "/admin/candidates", label: "All candidates" }
    : { href: "/admin/staff", label: "All staff" };

  return (
    <StaffPage
      width="medium"
      back={back}
      title={name}
      picture={
        <>
          {user.profile_picture ? (
            // A short-lived signed link: next/image would cache it past its expiry.
            <img
              src={user.profile_picture}
              alt={`Profile picture of ${name}`}
              className="h-20 w-20 rounded-full border border-slate-200 object-cover"
            />
          ) : (
            <div
              aria-hidden="true"
              className="flex h-20 w-20 items-center justify-center rounded-full bg-slate-200 text-2xl font-semibold text-slate-600"
            >
              {(user.first_name[0] ?? user.email[0] ?? "?").toUpperCase()}
            </div>
          )}
        </>
      }
      subtitle={
        <>
          <span>{isCandidate ? "Candidate" : "Staff"}</span>
          <span aria-hidden="true">·</span>
          <span data-testid="current-role">{profile.role}</span>
          <ProfileStatusBadge status={profile.status} />
        </>
      }
    >
      <section aria-labelledby="details-heading" className="mt-8">
        <h2 id="details-heading" className="text-lg font-semibold">
          Details
        </h2>
        <dl className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white px-4">
          <DetailField label="Email">
            {user.email}{" "}
            <span className="text-sm text-slate-600">
              ({user.is_email_verified ? "email verified" : "email not verified"})
            </span>
          </DetailField>
          <DetailField label="Phone">{user.phone ?? "—"}</DetailField>
          {isCandidate ? (
            <DetailField label="School">{profile.school ?? "—"}</DetailField>
          ) : (
            <DetailField label="Occupation">{profile.occupation ?? "—"}</DetailField>
          )}
          <DetailField label="Status">
            <ProfileStatusBadge status={profile.status} />{" "}
            <span className="text-sm text-slate-600">
              {profileStatusExplanation(profile.status, "staff")}
            </span>
          </DetailField>
          <DetailField label="Joined">
            <LocalTime iso={user.date_joined} style="date" />
          </DetailField>
          <DetailField label="Last updated">
            <LocalTime iso={profile.updated_at} />
          </DetailField>
        </dl>
      </section>

      <section aria-labelledby="documents-heading" className="mt-8">
        <h2 id="documents-heading" className="text-lg font-semibold">
          Verification documents
        </h2>
        {showsDocuments ? (
          <ul className="mt-2 space-y-1">
            {(Object.keys(documentLabels) as (keyof typeof documentLabels)[]).map((type) => (
              <li key={type}>
                {profile[type] ? (
                  <a
                    href={profile[type]}
                    target="_blank"
                    rel="noreferrer"
                    className="text-brand-700 underline"
                  >
                    {documentLabels[type]} (opens a short-lived link)
                  </a>
                ) : (
                  <span className="text-slate-600">{documentLabels[type]}: not uploaded</span>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-sm text-slate-600">
            Identity documents are private; only verified managers and superadmins can open them.
          </p>
        )}
      </section>

      <section aria-labelledby="role-heading" className="mt-8">
        <h2 id="role-heading" className="text-lg font-semibold">
          Change role
        </h2>
        <div className="mt-2 rounded-lg border border-slate-200 bg-white p-4">
          {roleChange.options.length > 0 ? (
            <RoleChangeForm
              userId={user.id}
              personName={name}
              currentRole={profile.role}
              options={roleChange.options}
            />
          ) : (
            <p className="text-sm text-slate-700" data-testid="role-change-unavailable">
              {roleChange.reason}
            </p>
          )}
        </div>
      </section>
    </StaffPage>
  );
}
