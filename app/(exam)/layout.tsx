import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { TimeZoneProvider } from "@/components/ui/local-time";
import { browserSessionContext, reportedTimeZone } from "@/app/(app)/page-context";

export const dynamic = "force-dynamic";

/**
 * Taking an exam: a signed-in page with minimal chrome (no site menu, no sign-out), so that nothing
 * on screen competes with the questions and the clock, and leaving is a deliberate step. Each page
 * draws the slim sticky header itself (components/exam/exam-header.tsx), because what it holds
 * depends on the page: the timer and a confirmed "Leave exam" while taking, a plain way back before.
 */
export default async function ExamLayout({ children }: { children: ReactNode }) {
  const { ctx } = await browserSessionContext();
  if (!ctx) redirect("/sign-in");
  return (
    <div className="min-h-screen">
      <Providers>
        <TimeZoneProvider zone={await reportedTimeZone()}>{children}</TimeZoneProvider>
      </Providers>
    </div>
  );
}
