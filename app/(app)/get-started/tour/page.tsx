import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getStartedOverview } from "@/lib/accounts/get-started";
import { homeFor } from "@/lib/navigation";
import { requirePageContext } from "@/app/(app)/page-context";

export const metadata: Metadata = { title: "Tour" };

type Stop = { title: string; body: ReactNode };

const candidateStops: Stop[] = [
  {
    title: "Exams open in windows",
    body: (
      <>
        Each exam of your stage opens at a set time and stays open for a window (often a day or
        two). <Link href="/exams">Exams</Link> lists what is open and coming up, with times in your
        own time zone and a countdown to the next opening.
      </>
    ),
  },
  {
    title: "Once you start, the clock is the server's",
    body: "Starting gives you the exam's time limit (for example 30 minutes), never past the window's close. The countdown comes from the server, so changing your device's clock changes nothing, and closing the page does not stop it.",
  },
  {
    title: "Every answer is saved as you choose it",
    body: "Each choice is saved at once and you see when it was. If your connection drops, your answers wait on the page and are sent when it comes back; reloading brings back your answers and the time you have left.",
  },
  {
    title: "Submit, or let the time run out",
    body: "Submit when you are done: you are told first which questions you left unanswered. If the time runs out, the answers you saved are submitted for you. Each exam can be taken once.",
  },
  {
    title: "Your result",
    body: "Your score is the share of questions you answered correctly. It appears on the exam's result page shortly after you submit, with the time you took.",
  },
  {
    title: "Stages",
    body: "The competition runs from screening through the league to the final. Staff move candidates to the next stage between rounds; the exams you see follow your stage.",
  },
];

const staffStops: Stop[] = [
  {
    title: "People and verification",
    body: "Candidates and staff register, verify their email address and send identity documents. Managers review the documents in the verification queue; nobody reviews their own. Until someone is verified they can take no exams (candidates) or use no staff pages (staff).",
  },
  {
    title: "Roles",
    body: "Candidates move from screening to league to final (and winner); admins and above change a candidate's stage on the person's page. Staff roles run volunteer, moderator, admin, manager, superadmin; managers assign them, never to someone ranked at or above themselves.",
  },
  {
    title: "The question bank",
    body: "Moderators and above write questions (with a live preview of what candidates see), import them from a CSV file, and archive old ones. Exams are built from the bank.",
  },
  {
    title: "Exams",
    body: "Admins and above build an exam from the bank, set its stage, time limit and window, and schedule it. Once it opens, its questions and timing are locked; its window can still be extended or ended early. Results and a score chart appear on the exam's page as candidates finish.",
  },
  {
    title: "Times and the clock",
    body: "Every time is shown in your own time zone, and schedules name the zone. The server keeps the exam clock: candidates' answers are saved as they choose them and submitted for them when time runs out.",
  },
];

export default async function TourPage() {
  const { ctx } = await requirePageContext();
  const overview = await getStartedOverview({ ctx });
  const back = (
    <Link href={homeFor(ctx)} className="text-sm text-brand-700 underline">
      ← Back to your home page
    </Link>
  );
  if (!overview.tourUnlocked) {
    return (
      <main id="main" className="mx-auto max-w-3xl px-6 py-10">
        {back}
        <h1 className="mt-4 text-3xl font-bold">Tour locked</h1>
        <p className="mt-2 text-slate-700" data-testid="tour-locked">
          {overview.lockedReason}
        </p>
      </main>
    );
  }
  const stops = overview.userType === "candidate" ? candidateStops : staffStops;
  return (
    <main id="main" className="mx-auto max-w-3xl px-6 py-10">
      {back}
      <h1 className="mt-4 text-3xl font-bold">
        {overview.userType === "candidate" ? "How exams work here" : "How the competition is run"}
      </h1>
      <ol className="mt-6 space-y-4 [&_a]:text-brand-700 [&_a]:underline">
        {stops.map((stop, index) => (
          <li key={stop.title} className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 className="font-semibold">
              <span className="mr-2 text-slate-500">{index + 1}.</span>
              {stop.title}
            </h2>
            <p className="mt-1 text-slate-700">{stop.body}</p>
          </li>
        ))}
      </ol>
    </main>
  );
}
