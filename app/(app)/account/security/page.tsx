import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { ConfirmSubmitButton } from "@/components/ui/confirm-submit-button";
import { DataTable } from "@/components/ui/data-table";
import { LocalTime } from "@/components/ui/local-time";
import { listLoginHistory } from "@/lib/accounts/security/list-login-history";
import { listOwnSessions } from "@/lib/accounts/security/list-own-sessions";
import { revokeOtherSessionsAction, revokeSessionAction } from "./actions";
import { requirePageContext } from "@/app/(app)/page-context";

export const metadata: Metadata = { title: "Account security" };

export default async function AccountSecurityPage() {
  const { ctx } = await requirePageContext();
  const [sessions, history] = await Promise.all([
    listOwnSessions({ ctx }),
    listLoginHistory({ ctx, input: { limit: 10 } }),
  ]);
  const others = sessions.filter((entry) => !entry.is_current);
  return (
    <main id="main" className="mx-auto max-w-5xl px-6 py-10">
      <h1 className="text-3xl font-bold">Account security</h1>

      <section aria-labelledby="password-heading" className="mt-8">
        <h2 id="password-heading" className="text-lg font-semibold">
          Password
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Changing it signs you out everywhere else; this browser stays signed in.
        </p>
        <ChangePasswordForm />
      </section>

      <section aria-labelledby="sessions-heading" className="mt-10">
        <div className="flex items-center justify-between">
          <h2 id="sessions-heading" className="text-lg font-semibold">
            Where you are signed in
          </h2>
          {others.length > 0 ? (
            <form action={revokeOtherSessionsAction}>
              <ConfirmSubmitButton
                question={`Sign out of ${others.length} other session${others.length === 1 ? "" : "s"}?`}
                className="rounded border border-red-300 px-3 py-1 text-sm text-red-700 hover:bg-red-50"
              >
                Sign out all other sessions
              </ConfirmSubmitButton>
            </form>
          ) : null}
        </div>
        <ul
          className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
          aria-label="Sessions"
        >
          {sessions.map((entry) => (
            <li
              key={entry.id}
              className="flex items-center gap-4 px-4 py-3"
              data-testid="session-row"
            >
              <div className="min-w-0 flex-1">
                <p className="truncate font-medium">{entry.user_agent ?? "Unknown device"}</p>
                <p className="text-sm text-slate-600">
                  {entry.kind === "web" ? "Browser" : "API"} ·{" "}
                  {entry.ip_address ?? "unknown address"} · signed in{" "}
                  <LocalTime iso={entry.created_at} />
                </p>
              </div>
              {entry.is_current ? (
                <span className="rounded bg-green-100 px-2 py-1 text-xs font-medium text-green-800">
                  This session
                </span>
              ) : (
                <form action={revokeSessionAction}>
                  <input type="hidden" name="sessionId" value={entry.id} />
                  <ConfirmSubmitButton
                    question="Sign this session out?"
                    className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100"
                  >
                    Sign out
                  </ConfirmSubmitButton>
                </form>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="history-heading" className="mt-10">
        <h2 id="history-heading" className="text-lg font-semibold">
          Recent sign-ins
        </h2>
        {history.length === 0 ? (
          <p className="mt-4 text-slate-600">No sign-ins recorded yet.</p>
        ) : (
          <DataTable
            caption="Recent sign-ins to your account"
            rowKey={(entry) => String(entry.id)}
            rows={history}
            columns={[
              { header: "When", cell: (entry) => <LocalTime iso={entry.created_at} /> },
              {
                header: "Result",
                cell: (entry) =>
                  entry.success ? (
                    <span className="text-green-700">Signed in</span>
                  ) : (
                    <span className="text-red-700">Failed</span>
                  ),
              },
              { header: "Address", cell: (entry) => entry.ip_address ?? "—" },
              {
                header: "Device",
                cell: (entry) => (
                  <span className="block max-w-xs truncate" title={entry.user_agent ?? undefined}>
                    {entry.user_agent ?? "—"}
                  </span>
                ),
              },
            ]}
          />
        )}
      </section>
    </main>
  );
}
