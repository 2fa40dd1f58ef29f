// Home after sign-in. Candidates: their dashboard (next exam, rank, scores, concluded exams), with
// their next steps until they are verified. Staff who may read the competition's figures
// (moderator and up, verified): the staff dashboard. Anyone else is sent to Get started.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CandidateDashboard } from "@/components/dashboards/candidate-dashboard";
import { StaffFigures } from "@/components/dashboards/staff-figures";
import { CandidateSteps, HomeHeading, StaffTools, TourCard } from "@/components/home/onboarding";
import { LocalTime } from "@/components/ui/local-time";
import { getStartedOverview } from "@/lib/accounts/get-started";
import { can } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { getCandidateDashboard } from "@/lib/dashboards/get-candidate-dashboard";
import { getStaffDashboard } from "@/lib/dashboards/get-staff-dashboard";
import { getStatsOverview } from "@/lib/dashboards/get-stats-overview";
import { listLeaderboards } from "@/lib/leaderboards/list-leaderboards";
import { homeFor, navigationFor } from "@/lib/navigation";
import { plural } from "@/lib/plural";
import { getVerificationStatus } from "@/lib/verification/get-verification-status";
import { requirePageContext } from "@/app/(app)/page-context";

export const metadata: Metadata = { title: "Home" };

export default async function DashboardPage() {
  const { ctx } = await requirePageContext();
  // One rule for where home is (lib/navigation.ts): the header's Home link follows it too.
  if (homeFor(ctx) !== "/dashboard") redirect("/get-started");
  return ctx.actor.user.userType === "candidate" ? (
    <CandidateHome ctx={ctx} />
  ) : (
    <StaffHome ctx={ctx} />
  );
}

async function CandidateHome({ ctx }: { ctx: Context }) {
  const [overview, verification, dashboard] = await Promise.all([
    getStartedOverview({ ctx }),
    getVerificationStatus({ ctx, input: { userId: ctx.actor.user!.id } }),
    getCandidateDashboard({ ctx }),
  ]);
  const ready = overview.emailVerified && overview.identityVerified;
  return (
    <main id="main" className="mx-auto max-w-5xl px-6 py-10">
      <HomeHeading overview={overview} />
      {ready ? null : <CandidateSteps overview={overview} verification={verification} />}
      <CandidateDashboard
        dashboard={dashboard}
        serverNow={ctx.clock.now().toISOString()}
        verified={overview.identityVerified}
      />
      <TourCard overview={overview} />
    </main>
  );
}

async function StaffHome({ ctx }: { ctx: Context }) {
  const [overview, dashboard, stats, boards] = await Promise.all([
    getStartedOverview({ ctx }),
    getStaffDashboard({ ctx }),
    getStatsOverview({ ctx }),
    listLeaderboards({ ctx }),
  ]);
  return (
    <main id="main" className="mx-auto max-w-5xl px-6 py-10">
      <HomeHeading overview={overview} />
      <StaffFigures initial={{ dashboard, stats }} opensExams={can(ctx, "exams:manage")} />

      <section
        aria-labelledby="boards-heading"
        className="mt-8 rounded-lg border border-slate-200 bg-white p-5"
      >
        <h2 id="boards-heading" className="text-lg font-semibold">
          Leaderboards
        </h2>
        <p className="mt-1 text-slate-700" data-testid="boards-status">
          {boards.published_at ? (
            <>
              Last published <LocalTime iso={boards.published_at} />, with{" "}
              {plural(boards.available_leaderboards.length, "board")}.
            </>
          ) : (
            "Nothing has been published yet."
          )}
        </p>
        <p className="mt-2 flex flex-wrap gap-4 text-sm">
          <Link href="/leaderboards" className="text-brand-700 underline">
            See the boards
          </Link>
          {can(ctx, "leaderboards:publish") ? (
            <Link href="/admin/leaderboards" className="text-brand-700 underline">
              Publish and history
            </Link>
          ) : null}
        </p>
      </section>

      {can(ctx, "analytics:view") ? (
        <section
          aria-labelledby="analytics-heading"
          className="mt-8 rounded-lg border border-slate-200 bg-white p-5"
        >
          <h2 id="analytics-heading" className="text-lg font-semibold">
            Analytics
          </h2>
          <p className="mt-1 text-slate-700">
            How the competition is going: attempts over the last 30 days, scores per stage, who went
            on, and which exams measured least reliably. Each exam&apos;s own analysis is on its
            Analysis tab.
          </p>
          <p className="mt-2 text-sm">
            <Link href="/admin/analytics" className="text-brand-700 underline">
              Open competition analytics
            </Link>
          </p>
        </section>
      ) : null}

      <StaffTools pages={navigationFor(ctx).staff} emptyText="" />
      <TourCard overview={overview} />
    </main>
  );
}
