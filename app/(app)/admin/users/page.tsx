import type { Metadata } from "next";
import { staffPageContext } from "@/app/(app)/admin/staff-page";
import { StaffPage } from "@/components/ui/staff-page";
import { pick, type SearchParams } from "@/lib/people/list-params";
import { ListFilters, type FilterField } from "@/components/people/list-filters";
import { PeopleResults, PersonName } from "@/components/people/people-results";
import { ProfileStatusBadge } from "@/components/people/profile-status-badge";
import { StatsBarChart } from "@/components/ui/stats-bar-chart";
import { StatCards, type Stat } from "@/components/ui/stat-cards";
import type { Column } from "@/components/ui/data-table";
import { can } from "@/lib/auth/require-permission";
import { pageView } from "@/lib/http/pagination";
import { listUsers, seesAllUsers } from "@/lib/people/list-users";
import { listUsersQuery, type ListUsersResponse } from "@/lib/people/schemas";
import type { ProfileStatus } from "@/lib/people/status";
import { unlessPastTheEnd } from "../unless-past-the-end";

export const metadata: Metadata = { title: "Users" };

const path = "/admin/users";
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
  status: ProfileStatus;
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
      status: item.status,
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
    status: item.status,
  };
}

/** The table's columns; staff members' names link to their details only for managers and up. */
function userColumns(opensStaff: boolean): Column<Row>[] {
  return [
    {
      header: "Name",
      cell: (row) => (
        <PersonName
          id={row.id}
          name={row.name || "(no name)"}
          linked={row.type === "Candidate" || opensStaff}
        />
      ),
    },
    { header: "Email", cell: (row) => row.email },
    { header: "Type", cell: (row) => row.type },
    { header: "Role", cell: (row) => row.role },
    { header: "School / occupation", cell: (row) => row.detail ?? "—" },
    { header: "Status", cell: (row) => <ProfileStatusBadge status={row.status} /> },
  ];
}

const searchField: FilterField = { kind: "search", name: "search", label: "Search name or email" };
const profileField: FilterField = {
  kind: "select",
  name: "profile",
  label: "Profile",
  options: [
    ["", "Everyone"],
    ["candidate", "Candidates"],
    ["staff", "Staff"],
  ],
};
const activeField: FilterField = {
  kind: "select",
  name: "is_active",
  label: "Account",
  options: [
    ["", "Either"],
    ["true", "Active"],
    ["false", "Deactivated"],
  ],
};

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const page = await staffPageContext("users:list", {
    title: "You don't have access to the user overview",
    explanation: "The user overview is for verified moderators and above.",
  });
  if ("noAccess" in page) return page.noAccess;
  const { ctx } = page;
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
  const list = await unlessPastTheEnd(listUsers({ ctx, query }).then(pageView));
  const stats: (Stat & { value: number })[] = list
    ? Object.entries(list.stats_overview).map(([key, value]) => ({
        key,
        label: statLabels[key] ?? key,
        value,
      }))
    : [];
  const rows = list ? list.results.map(toRow) : [];

  return (
    <StaffPage
      title="Users"
      description={
        full
          ? "Everyone on the platform. The numbers are live and cover all accounts, whatever the filters."
          : "Candidates on the platform (staff accounts are visible to managers). The numbers are live and cover all candidates, whatever the filters."
      }
    >
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
        <ListFilters
          path={path}
          label="Filter users"
          columns={4}
          values={filters}
          understood={parsed.success}
          className="mt-3"
          fields={full ? [searchField, profileField, activeField] : [searchField, activeField]}
        />

        <PeopleResults
          path={path}
          filters={filters}
          pagination={list?.pagination ?? null}
          rows={rows}
          caption={full ? "Users" : "Candidates"}
          columns={userColumns(opensStaff)}
          rowKey={(row) => row.id}
          noun={full ? ["user", "users"] : ["candidate", "candidates"]}
          empty={{ noMatch: "No one matches these filters.", showAll: "Show everyone" }}
        />
      </section>
    </StaffPage>
  );
}
