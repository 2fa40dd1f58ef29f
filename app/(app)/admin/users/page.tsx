import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { hrefWith, pick, type SearchParams } from "@/lib/people/list-params";
import { NoAccess } from "@/components/people/no-access";
import { PaginationNav } from "@/components/people/pagination-nav";
import { StatCards, StatsBarChart, type Stat } from "@/components/people/stats-chart";
import { contextForWebSession } from "@/lib/auth/context-for-session";
import { can } from "@/lib/auth/require-permission";
import { appUrl } from "@/lib/env";
import { NotFound } from "@/lib/errors";
import { listUsers, seesAllUsers } from "@/lib/people/list-users";
import { listUsersQuery, type ListUsersResponse } from "@/lib/people/schemas";

export const metadata: Metadata = { title: "Users" };

const path = "/admin/users";
const inputClass = "mt-1 w-full rounded border border-slate-300 bg-white px-3 py-2";

const statLabels: Record<string, string> = {
  total_users: "All users",
  active_users: "Active users",
  staff_count: "Staff",
  candidate_count: "Candidates",
  active_candidates: "Active candidates",
  verified_candidates: "Verified candidates",
};

type Row = {
  id: string;
  name: string;
  email: string;
  type: "Candidate" | "Staff";
  role: string;
  detail: string | null;
  active: boolean;
};

/** The three item shapes of GET /user/list/ as one table row. */
function toRow(item: ListUsersResponse["results"][number]): Row {
  if ("user" in item) {
    const isCandidate = "school" in item;
    return {
      id: item.user.id,
      name: `${item.user.first_name} ${item.user.last_name}`.trim(),
      email: item.user.email,
      type: isCandidate ? "Candidate" : "Staff",
      role: item.role,
      detail: isCandidate ? (item.school ?? null) : "occupation" in item ? item.occupation : null,
      active: item.status !== "deactivated",
    };
  }
  const profile = item.candidate_profile ?? item.staff_profile;
  return {
    id: item.id,
    name: `${item.first_name} ${item.last_name}`.trim(),
    email: item.email,
    type: item.candidate_profile ? "Candidate" : "Staff",
    role: profile?.role ?? "—",
    detail: item.candidate_profile?.school ?? item.staff_profile?.occupation ?? null,
    active: item.is_active,
  };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const session = await auth();
  const ctx = await contextForWebSession({
    userId: session?.user?.id,
    sessionId: session?.sessionId,
  });
  if (!ctx?.actor.user) redirect("/sign-in");
  if (!can(ctx, "users:list")) {
    return (
      <NoAccess
        title="You don't have access to the user overview"
        explanation="The user overview is for verified moderators and above."
      />
    );
  }
  const full = seesAllUsers(ctx.actor.user.role);
  const opensStaff = can(ctx, "staff:view");

  const raw = await searchParams;
  const filters = pick(raw, ["search", "is_active", ...(full ? ["profile"] : [])]);
  // Moderators and admins see the candidate list only (the spec's rule for this endpoint).
  const effective = full ? filters : { ...filters, profile: "candidate" };
  const parsed = listUsersQuery.safeParse({ ...effective, ...pick(raw, ["page"]) });
  const query = parsed.success
    ? parsed.data
    : listUsersQuery.parse(full ? {} : { profile: "candidate" });
  let list: ListUsersResponse | null = null;
  try {
    list = await listUsers({ ctx, query, url: new URL(hrefWith(path, filters), appUrl) });
  } catch (error) {
    if (!(error instanceof NotFound)) throw error; // a page past the end
  }
  const stats: Stat[] = list
    ? Object.entries(list.stats_overview).map(([key, value]) => ({
        key,
        label: statLabels[key] ?? key,
        value,
      }))
    : [];
  const rows = list ? list.results.map(toRow) : [];
  const filtered = Object.keys(filters).length > 0;

  return (
    <main id="main" className="mx-auto max-w-6xl px-6 py-10">
      <h1 className="text-3xl font-bold">Users</h1>
      <p className="mt-1 text-slate-600">
        {full
          ? "Everyone on the platform. The numbers are live and cover all accounts, whatever the filters."
          : "Candidates on the platform (staff accounts are visible to managers). The numbers are live and cover all candidates, whatever the filters."}
      </p>

      {stats.length > 0 ? (
        <section aria-labelledby="overview-heading" className="mt-6 space-y-4">
          <h2 id="overview-heading" className="sr-only">
            Overview
          </h2>
          <StatCards stats={stats} />
          <StatsBarChart stats={stats} title={full ? "Users by group" : "Candidates by group"} />
        </section>
      ) : null}

      <section aria-labelledby="list-heading" className="mt-8">
        <h2 id="list-heading" className="text-lg font-semibold">
          {full ? "All users" : "Candidates"}
        </h2>
        <form
          method="get"
          action={path}
          role="search"
          aria-label="Filter users"
          className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4 lg:items-end"
        >
          <div className="lg:col-span-2">
            <label htmlFor="search" className="block text-sm font-medium">
              Search name or email
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
          {full ? (
            <div>
              <label htmlFor="profile" className="block text-sm font-medium">
                Profile
              </label>
              <select
                id="profile"
                name="profile"
                defaultValue={filters.profile ?? ""}
                className={inputClass}
              >
                <option value="">Everyone</option>
                <option value="candidate">Candidates</option>
                <option value="staff">Staff</option>
              </select>
            </div>
          ) : null}
          <div>
            <label htmlFor="is_active" className="block text-sm font-medium">
              Active
            </label>
            <select
              id="is_active"
              name="is_active"
              defaultValue={filters.is_active ?? ""}
              className={inputClass}
            >
              <option value="">Either</option>
              <option value="true">Active</option>
              <option value="false">Deactivated</option>
            </select>
          </div>
          <div className="flex gap-2 lg:col-span-4">
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

        {list && rows.length > 0 ? (
          <>
            <div className="mt-6 overflow-x-auto rounded-lg border border-slate-200 bg-white">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">{full ? "Users" : "Candidates"}</caption>
                <thead className="bg-slate-50 text-slate-700">
                  <tr>
                    <th scope="col" className="px-4 py-2">
                      Name
                    </th>
                    <th scope="col" className="px-4 py-2">
                      Email
                    </th>
                    <th scope="col" className="px-4 py-2">
                      Type
                    </th>
                    <th scope="col" className="px-4 py-2">
                      Role
                    </th>
                    <th scope="col" className="px-4 py-2">
                      School / occupation
                    </th>
                    <th scope="col" className="px-4 py-2">
                      Active
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200">
                  {rows.map((row) => (
                    <tr key={row.id} data-testid="person-row">
                      <td className="px-4 py-2">
                        {row.type === "Candidate" || opensStaff ? (
                          <Link
                            href={`/admin/people/${row.id}`}
                            className="font-medium text-brand-700 underline"
                          >
                            {row.name || "(no name)"}
                          </Link>
                        ) : (
                          <span className="font-medium">{row.name || "(no name)"}</span>
                        )}
                      </td>
                      <td className="px-4 py-2">{row.email}</td>
                      <td className="px-4 py-2">{row.type}</td>
                      <td className="px-4 py-2">{row.role}</td>
                      <td className="px-4 py-2">{row.detail ?? "—"}</td>
                      <td className="px-4 py-2">{row.active ? "Yes" : "No"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <PaginationNav
              path={path}
              filters={filters}
              pagination={list.pagination}
              noun={full ? ["user", "users"] : ["candidate", "candidates"]}
            />
          </>
        ) : (
          <p className="mt-6 rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600">
            {list ? "No one matches these filters." : "There is no such page."}{" "}
            <Link href={path} className="text-brand-700 underline">
              Show everyone
            </Link>
          </p>
        )}
      </section>
    </main>
  );
}
