import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LocalTime } from "@/components/ui/local-time";
import { systemContext } from "@/lib/context";
import { listMailbox } from "@/lib/email";
import { devMailboxEnabled } from "@/lib/env";
import { param } from "@/lib/people/list-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Dev mailbox" };

export default async function MailboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (!devMailboxEnabled) notFound();
  // param(): a value the text rule refuses (a NUL) is no filter, never a database error.
  const to = param(await searchParams, "to")?.slice(0, 320);
  const emails = await listMailbox(systemContext().db, { to, limit: 100 });
  return (
    <main id="main" className="mx-auto max-w-4xl px-6 py-10">
      <h1 className="text-2xl font-bold">Dev mailbox</h1>
      <p className="mt-1 text-sm text-slate-600">
        Emails the platform would have sent. Only in development (or with ENABLE_DEV_MAILBOX=true).
      </p>
      <form className="mt-6 flex gap-2" role="search">
        <label htmlFor="to" className="sr-only">
          Recipient
        </label>
        <input
          id="to"
          name="to"
          type="email"
          defaultValue={to ?? ""}
          placeholder="Filter by recipient"
          className="w-72 rounded border border-slate-300 px-3 py-2"
        />
        <button
          className="rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700"
          type="submit"
        >
          Filter
        </button>
      </form>
      {emails.length === 0 ? (
        <p className="mt-10 rounded border border-dashed border-slate-300 p-8 text-center text-slate-500">
          No emails{to ? ` for ${to}` : ""} yet.
        </p>
      ) : (
        <ul className="mt-6 space-y-3" aria-label="Emails">
          {emails.map((email) => (
            <li key={email.id} className="rounded-lg border border-slate-200 bg-white">
              <details>
                <summary className="cursor-pointer px-4 py-3">
                  <span className="font-medium">{email.subject}</span>
                  <span className="ml-2 text-sm text-slate-500">
                    to {email.to} · <LocalTime iso={email.created_at} />
                  </span>
                </summary>
                <div className="grid gap-4 border-t border-slate-200 p-4 md:grid-cols-2">
                  <pre className="whitespace-pre-wrap text-sm">{email.text}</pre>
                  <iframe
                    title={`HTML body of ${email.subject}`}
                    sandbox=""
                    srcDoc={email.html}
                    className="h-64 w-full rounded border border-slate-200"
                  />
                </div>
              </details>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
