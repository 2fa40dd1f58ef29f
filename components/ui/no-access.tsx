import Link from "next/link";

/** The page a signed-in person sees where their role does not reach (a 403 in page form). */
export function NoAccess({ title, explanation }: { title: string; explanation: string }) {
  return (
    <main id="main" className="mx-auto max-w-5xl px-6 py-10">
      <section
        aria-labelledby="no-access-heading"
        data-testid="no-access"
        className="rounded-lg border border-amber-300 bg-amber-50 p-6"
      >
        <p className="text-sm font-semibold tracking-wide text-amber-800 uppercase">
          403 · Forbidden
        </p>
        <h1 id="no-access-heading" className="mt-1 text-2xl font-bold">
          {title}
        </h1>
        <p className="mt-2 text-slate-700">{explanation}</p>
        <Link href="/dashboard" className="mt-4 inline-block text-brand-700 underline">
          Back to your home page
        </Link>
      </section>
    </main>
  );
}
