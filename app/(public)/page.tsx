import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { systemContext } from "@/lib/context";
import { getRegistrationSettings } from "@/lib/registration/registration-settings";

export const dynamic = "force-dynamic";

const stages = [
  {
    name: "Screening",
    text: "Open to every verified candidate. A short timed paper decides who moves on.",
  },
  {
    name: "League",
    text: "Several rounds across the season; every round counts towards the table.",
  },
  { name: "Final", text: "The strongest candidates meet for the deciding paper." },
];

export default async function HomePage() {
  const registration = await getRegistrationSettings(systemContext().db);
  return (
    <main id="main" className="mx-auto max-w-5xl px-6 py-16">
      <header className="flex flex-col gap-4">
        <div className="flex items-center justify-between">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
            Competition Platform
          </p>
          <Link
            href="/sign-in"
            className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            Sign in
          </Link>
        </div>
        <h1 className="text-4xl font-bold tracking-tight">
          Timed exams, fair ranks, from screening to the final.
        </h1>
        <p className="max-w-2xl text-lg text-slate-600">
          Register, get verified, and sit your exams in the browser. Every answer is saved the
          moment you choose it, and the clock is the server&apos;s, not your device&apos;s.
        </p>
        <div className="flex flex-wrap items-center gap-3" data-testid="registration">
          {registration.is_candidate_reg_open ? (
            <Link href="/register/candidate" className={buttonClass("primary")}>
              Register as a candidate
            </Link>
          ) : null}
          {registration.is_staff_reg_open ? (
            <Link href="/register/staff" className={buttonClass("secondary")}>
              Register as staff
            </Link>
          ) : null}
          <p className="text-sm text-slate-600">
            {registration.is_candidate_reg_open
              ? "Candidate registration is open."
              : "Candidate registration is closed at the moment."}{" "}
            Questions?{" "}
            <a className="underline" href={`mailto:${registration.support_email}`}>
              {registration.support_email}
            </a>
          </p>
        </div>
      </header>

      <section aria-labelledby="stages-heading" className="mt-12">
        <h2 id="stages-heading" className="text-xl font-semibold">
          How the competition runs
        </h2>
        <ol className="mt-4 grid gap-4 sm:grid-cols-3">
          {stages.map((stage, index) => (
            <li
              key={stage.name}
              className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
            >
              <p className="text-sm text-slate-500">Stage {index + 1}</p>
              <h3 className="mt-1 font-semibold">{stage.name}</h3>
              <p className="mt-2 text-sm text-slate-600">{stage.text}</p>
            </li>
          ))}
        </ol>
      </section>

      <section
        aria-labelledby="developers-heading"
        className="mt-12 rounded-lg border border-slate-200 bg-white p-6"
      >
        <h2 id="developers-heading" className="text-xl font-semibold">
          For integrators
        </h2>
        <p className="mt-2 text-slate-600">
          The REST API lives under <code>/api/v1</code>. Read its reference:
        </p>
        <ul className="mt-3 flex flex-wrap gap-3">
          <li>
            <Link
              className="rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700"
              href="/api/v1/docs/swagger/"
            >
              Swagger UI
            </Link>
          </li>
          <li>
            <Link
              className="rounded border border-slate-300 px-4 py-2 hover:bg-slate-100"
              href="/api/v1/docs/redoc/"
            >
              ReDoc
            </Link>
          </li>
          <li>
            <Link
              className="rounded border border-slate-300 px-4 py-2 hover:bg-slate-100"
              href="/api/v1/docs/spec"
            >
              OpenAPI JSON
            </Link>
          </li>
        </ul>
      </section>
    </main>
  );
}
