// The page once the attempt is closed: why (submitted, time is up, submitted elsewhere) and the
// way to the result.
import Link from "next/link";
import type { ClosedNotice } from "./use-attempt-phase";

export function ExamClosed({ notice, resultHref }: { notice: ClosedNotice; resultHref: string }) {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <section
        role="status"
        aria-live="polite"
        data-testid="exam-closed"
        className="rounded-lg border border-slate-200 bg-white p-6"
      >
        <h1 className="text-2xl font-bold">{notice.title}</h1>
        <p className="mt-2">{notice.detail}</p>
        <p className="mt-4">
          <Link href={resultHref} className="text-brand-700 underline">
            See your result
          </Link>
        </p>
      </section>
    </main>
  );
}
