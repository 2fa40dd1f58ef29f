import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { hrefWith, pick, type SearchParams } from "@/lib/people/list-params";
import { NoAccess } from "@/components/people/no-access";
import { PaginationNav } from "@/components/people/pagination-nav";
import { ProfileStatusBadge } from "@/components/people/profile-status-badge";
import { candidateRoles } from "@/lib/auth/roles";
import { contextForWebSession } from "@/lib/auth/context-for-session";
import { can } from "@/lib/auth/require-permission";
import { appUrl } from "@/lib/env";
import { NotFound } from "@/lib/errors";
import { listCandidates } from "@/lib/people/list-people";
import { listCandidatesQuery } from "@/lib/people/schemas";

export const metadata: Metadata = { title: "Candidates" };

const path = "/admin/candidates";
const filterKeys = ["search", "role", "school", "verified"] as const;
const inputClass = "mt-1 w-full rounded border border-slate-300 bg-white px-3 py-2";

export default async function CandidatesPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const session = await auth();
  const ctx = await contextForWebSession({
    userId: session?.user?.id,
    sessionId: session?.sessionId,
  });
  if (!ctx?.actor.user) redirect("/sign-in");
  if (!can(ctx, "candidates:list")) {
    return (
      <NoAccess
        title="You don't have access to the candidate list"
        explanation="The candidate list is for verified moderators, admins, managers and superadmins."
      />
    );
  }

  const raw = await searchParams;
  const filters = pick(raw, filterKeys);
  const parsed = listCandidatesQuery.safeParse({ ...filters, ...pick(raw, ["page"]) });
  const query = parsed.success ? parsed.data : listCandidatesQuery.parse({});
  let list: Awaited<ReturnType<typeof listCandidates>> | null = null;
  try {
    list = await listCandidates({ ctx, query, url: new URL(hrefWith(path, filters), appUrl) });
  } catch (error) {
    if (!(error instanceof NotFound)) throw error; // a page past the end
  }
  const filtered = Object.keys(filters).length > 0;

  return (
    <main id="main" className="mx-auto max-w-6xl px-6 py-10">
      <h1 className="text-3xl font-bold">Candidates</h1>

      <form
        method="get"
        action={path}
        role="search"
        aria-label="Filter candidates"
        className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-5 lg:items-end"
      >
        <div className="lg:col-span-2">
          <label htmlFor="search" className="block text-sm font-medium">
            Search name, email or school
          </label>
          <input
            id="search"
            name="search"
            type="search"
            defaultValue={filters.search}
            maxLength={200}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="role" className="block text-sm font-medium">
            Role
          </label>
          <select id="role" name="role" defaultValue={filters.role ?? ""} className={inputClass}>
            <option value="">Any role</option>
            {candidateRoles.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="school" className="block text-sm font-medium">
            School
          </label>
          <input
            id="school"
            name="school"
            defaultValue={filters.school}
            maxLength={200}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="verified" className="block text-sm font-medium">
            Verified
          </label>
          <select
            id="verified"
            name="verified"
            defaultValue={filters.verified ?? ""}
            className={inputClass}
          >
            <option value="">Either</option>
            <option value="true">Verified</option>
            <option value="false">Not verified</option>
          </select>
        </div>
        <div className="flex gap-2 lg:col-span-5">
          <button
            type="submit"
            className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
          >
            Apply filters
          </button>
          {filtered ? (
            <Link
              href={path}
              className="rounded border border-slate-300 px-4 py-2 hover:bg-slate-100"
            >
              Clear
            </Link>
          ) : null}
        </div>
      </form>
      {parsed.success ? null : (
        <p role="alert" className="mt-4 text-sm text-red-700">
          Some filters were not understood and were ignored.
        </p>
      )}

      {list && list.results.length > 0 ? (
        <>
          <div className="mt-6 overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Candidates</caption>
              <thead className="bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className="px-4 py-2">
                    Name
                  </th>
                  <th scope="col" className="px-4 py-2">
                    Email
                  </th>
                  <th scope="col" className="px-4 py-2">
                    School
                  </th>
                  <th scope="col" className="px-4 py-2">
                    Role
                  </th>
                  <th scope="col" className="px-4 py-2">
                    Status
                  </th>
                  <th scope="col" className="px-4 py-2">
                    Verified
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {list.results.map((item) => (
                  <tr key={item.user.id} data-testid="person-row">
                    <td className="px-4 py-2">
                      <Link
                        href={`/admin/people/${item.user.id}`}
                        className="font-medium text-brand-700 underline"
                      >
                        {`${item.user.first_name} ${item.user.last_name}`.trim() || "(no name)"}
                      </Link>
                    </td>
                    <td className="px-4 py-2">{item.user.email}</td>
                    <td className="px-4 py-2">{item.school ?? "—"}</td>
                    <td className="px-4 py-2">{item.role}</td>
                    <td className="px-4 py-2">
                      <ProfileStatusBadge status={item.status} />
                    </td>
                    <td className="px-4 py-2">{item.is_user_verified ? "Yes" : "No"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <PaginationNav
            path={path}
            filters={filters}
            pagination={list.pagination}
            noun={["candidate", "candidates"]}
          />
        </>
      ) : (
        <p className="mt-6 rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600">
          {list
            ? filtered
              ? "No candidates match these filters."
              : "No candidates yet."
            : "There is no such page."}{" "}
          {filtered || !list ? (
            <Link href={path} className="text-brand-700 underline">
              Show all candidates
            </Link>
          ) : null}
        </p>
      )}
    </main>
  );
}
