import type { Metadata } from "next";
import {
  CandidateSteps,
  HomeHeading,
  StaffTools,
  Steps,
  TourCard,
} from "@/components/home/onboarding";
import { getStartedOverview } from "@/lib/accounts/get-started";
import { navigationFor } from "@/lib/navigation";
import { getVerificationStatus } from "@/lib/verification/get-verification-status";
import { requirePageContext } from "@/app/(app)/page-context";

export const metadata: Metadata = { title: "Get started" };

export default async function GetStartedPage() {
  const { ctx } = await requirePageContext();
  const [overview, verification] = await Promise.all([
    getStartedOverview({ ctx }),
    getVerificationStatus({ ctx, input: { userId: ctx.actor.user.id } }),
  ]);
  const ready = overview.emailVerified && overview.identityVerified;

  if (overview.userType === "candidate") {
    return (
      <main id="main" className="mx-auto max-w-5xl px-6 py-10">
        <HomeHeading overview={overview} />
        <CandidateSteps overview={overview} verification={verification} />
        <TourCard overview={overview} />
      </main>
    );
  }

  const staffPages = navigationFor(ctx).staff;
  return (
    <main id="main" className="mx-auto max-w-5xl px-6 py-10">
      <HomeHeading overview={overview} />
      {ready ? null : <Steps overview={overview} verification={verification} />}
      <StaffTools
        pages={staffPages}
        emptyText={
          ready
            ? `The ${overview.roleLabel.toLowerCase()} role has no staff pages. A manager can give you a role with more to do.`
            : "Staff pages open once your email address and identity are verified."
        }
      />
      <TourCard overview={overview} />
    </main>
  );
}
