import type { Metadata } from "next";
import { staffPageContext } from "@/app/(app)/admin/staff-page";
import { StaffPage } from "@/components/ui/staff-page";
import { pick, type SearchParams } from "@/lib/people/list-params";
import { ListFilters } from "@/components/people/list-filters";
import { PeopleResults, PersonName } from "@/components/people/people-results";
import { ProfileStatusBadge } from "@/components/people/profile-status-badge";
import type { Column } from "@/components/ui/data-table";
import { candidateRoles } from "@/lib/auth/roles";
import { pageView } from "@/lib/http/pagination";
import { listCandidates } from "@/lib/people/list-candidates";
import { listCandidatesQuery } from "@/lib/people/schemas";
import { unlessPastTheEnd } from "../unless-past-the-end";

export const metadata: Metadata = { title: "Candidates" };

const path = "/admin/candidates";
const filterKeys = ["search", "role", "school", "verified"] as const;

type Item = NonNullable<Awaited<ReturnType<typeof listCandidates>>>["items"][number];

const columns: Column<Item>[] = [
  {
    header: "Name",
    cell: (item) => (
      <PersonName
        id={item.user.id}
        name={`${item.user.first_name} ${item.user.last_name}`.trim() || "(no name)"}
        linked
      />
    ),
  },
  { header: "Email", cell: (item) => item.user.email },
  { header: "School", cell: (item) => item.school ?? "—" },
  { header: "Role", cell: (item) => item.role },
  { header: "Status", cell: (item) => <ProfileStatusBadge status={item.status} /> },
];

export default async function CandidatesPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const page = await staffPageContext("candidates:list", {
    title: "You don't have access to the candidate list",
    explanation: "The candidate list is for verified moderators, admins, managers and superadmins.",
  });
  if ("noAccess" in page) return page.noAccess;
  const { ctx } = page;

  const raw = await searchParams;
  const filters = pick(raw, filterKeys);
  const parsed = listCandidatesQuery.safeParse({ ...filters, ...pick(raw, ["page"]) });
  const query = parsed.success ? parsed.data : listCandidatesQuery.parse({});
  const list = await unlessPastTheEnd(listCandidates({ ctx, query }).then(pageView));

  return (
    <StaffPage title="Candidates">
      <ListFilters
        path={path}
        label="Filter candidates"
        columns={5}
        values={filters}
        understood={parsed.success}
        fields={[
          { kind: "search", name: "search", label: "Search name, email or school" },
          {
            kind: "select",
            name: "role",
            label: "Role",
            options: [
              ["", "Any role"],
              ...candidateRoles.map((role): [string, string] => [role, role]),
            ],
          },
          { kind: "text", name: "school", label: "School" },
          {
            kind: "select",
            name: "verified",
            label: "Identity",
            options: [
              ["", "Either"],
              ["true", "Identity verified"],
              ["false", "Identity not verified"],
            ],
          },
        ]}
      />

      <PeopleResults
        path={path}
        filters={filters}
        pagination={list?.pagination ?? null}
        rows={list?.results ?? []}
        caption="Candidates"
        columns={columns}
        rowKey={(item) => item.user.id}
        noun={["candidate", "candidates"]}
        empty={{
          noMatch: "No candidates match these filters.",
          noneYet: "No candidates yet.",
          showAll: "Show all candidates",
        }}
      />
    </StaffPage>
  );
}
