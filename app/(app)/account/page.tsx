import type { Metadata } from "next";
import Link from "next/link";
import { AccountDetailsForm } from "@/components/account/account-details-form";
import { ProfilePicture } from "@/components/account/profile-picture";
import { ProfilePictureUpload } from "@/components/account/profile-picture-upload";
import { ProfileStatusBadge } from "@/components/people/profile-status-badge";
import { statusText } from "@/components/verification/status-badge";
import { getAccount } from "@/lib/accounts/management/get-account";
import { profileStatusExplanation } from "@/lib/people/status";
import { getVerificationStatus } from "@/lib/verification/get-verification-status";
import { requirePageContext } from "@/app/(app)/page-context";

export const metadata: Metadata = { title: "Your account" };

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export default async function AccountPage() {
  const { ctx } = await requirePageContext();
  const userId = ctx.actor.user.id;
  const [{ profile }, verification] = await Promise.all([
    getAccount({ ctx, input: {} }),
    getVerificationStatus({ ctx, input: { userId } }),
  ]);
  const { user } = profile;
  const isCandidate = profile.profile_type === "candidate";

  return (
    <main id="main" className="mx-auto max-w-5xl px-6 py-10">
      <h1 className="text-3xl font-bold">Your account</h1>

      <section
        aria-labelledby="summary-heading"
        className="mt-8 flex flex-col gap-6 rounded-lg border border-slate-200 bg-white p-6 sm:flex-row"
      >
        <ProfilePicture
          url={user.profile_picture}
          firstName={user.first_name}
          lastName={user.last_name}
        />
        <div className="min-w-0 flex-1">
          <h2 id="summary-heading" className="text-xl font-semibold" data-testid="account-name">
            {`${user.first_name} ${user.last_name}`.trim() || "No name yet"}
          </h2>
          <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="font-medium text-slate-600">Email</dt>
            <dd>
              {user.email}
              <span className="block text-xs text-slate-500">
                Email addresses cannot be changed here.
              </span>
            </dd>
            <dt className="font-medium text-slate-600">Phone</dt>
            <dd>{user.phone ?? "Not given"}</dd>
            <dt className="font-medium text-slate-600">{isCandidate ? "School" : "Occupation"}</dt>
            <dd data-testid="account-organisation">
              {(isCandidate ? profile.school : profile.occupation) ?? "Not given"}
            </dd>
            <dt className="font-medium text-slate-600">Role</dt>
            <dd>
              {capitalised(profile.role)} {isCandidate ? "candidate" : "staff member"}
            </dd>
            <dt className="font-medium text-slate-600">Status</dt>
            <dd data-testid="account-status">
              <ProfileStatusBadge status={profile.status} />{" "}
              <span className="text-slate-600">
                {profileStatusExplanation(profile.status, "self")}
              </span>
            </dd>
            <dt className="font-medium text-slate-600">Identity check</dt>
            <dd>
              {statusText(verification.status)}
              {verification.status === "rejected" && verification.rejection_reason
                ? `: ${verification.rejection_reason}`
                : ""}
              {verification.status !== "verified" ? (
                <>
                  {" · "}
                  <Link href="/verification" className="text-brand-700 underline">
                    {verification.status === "pending"
                      ? "See your submission"
                      : "Verify your identity"}
                  </Link>
                </>
              ) : null}
            </dd>
          </dl>
          <p className="mt-4 text-sm">
            <Link href="/account/security" className="text-brand-700 underline">
              Sessions, sign-in history and password
            </Link>
          </p>
        </div>
      </section>

      <div className="mt-8 grid gap-8 lg:grid-cols-[2fr_1fr]">
        <section
          aria-labelledby="details-heading"
          className="rounded-lg border border-slate-200 bg-white p-6"
        >
          <h2 id="details-heading" className="text-lg font-semibold">
            Your details
          </h2>
          <div className="mt-4">
            <AccountDetailsForm
              details={{
                firstName: user.first_name,
                lastName: user.last_name,
                phone: user.phone,
                profileType: profile.profile_type,
                school: profile.school ?? null,
                occupation: profile.occupation ?? null,
              }}
            />
          </div>
        </section>
        <section
          aria-labelledby="picture-heading"
          className="rounded-lg border border-slate-200 bg-white p-6"
        >
          <h2 id="picture-heading" className="text-lg font-semibold">
            Profile picture
          </h2>
          <div className="mt-4">
            <ProfilePictureUpload />
          </div>
        </section>
      </div>
    </main>
  );
}
