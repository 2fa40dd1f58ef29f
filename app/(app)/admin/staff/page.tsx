import type { Metadata } from "next";
import { staffPageContext } from "@/app/(app)/admin/staff-page";
import { StaffPage } from "@/components/ui/staff-page";
import Link from "next/link";
import { pick, type SearchParams } from "@/lib/people/list-params";
import { ListFilters } from "@/components/people/list-filters";
import { PeopleResults, PersonName } from "@/components/people/people-results";
import { ProfileStatusBadge } from "@/components/people/profile-status-badge";
import type { Column } from "@/components/ui/data-table";
import { can } from "@/lib/auth/require-permission";
import { pageView } from "@/lib/http/pagination";
import { listStaff } from "@/lib/people/list-staff";
import { staffRoleOptions } from "@/lib/people/role-rules";
import { listStaffQuery } from "@/lib/people/schemas";
import { unlessPastTheEnd } from "../unless-past-the-end";

export const metadata: Metadata = { title: "Staff" };

const path = "/admin/staff";
const filterKeys = ["search", "role", "occupation"] as const;

type Item = NonNullable<Awaited<ReturnType<typeof listStaff>>>["items"][number];

/** The table's columns; below manager the names are listed without links to details pages. */
function staffColumns(opensDetails: boolean): Column<Item>[] {
  return [
    {
      header: "Name",
      cell: (item) => (
        <PersonName
          id={item.user.id}
          name={`${item.user.first_name} ${item.user.last_name}`.trim() || "(no name)"}
          linked={opensDetails}
        />
      ),
    },
    { header: "Email", cell: (item) => item.user.email },
    { header: "Occupation", cell: (item) => item.occupation ?? "—" },
    { header: "Role", cell: (item) => item.role },
    { header: "Status", cell: (item) => <ProfileStatusBadge status={item.status} /> },
  ];
}

export default async function StaffListPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const page = await staffPageContext("staff:list", {
    title: "You don't have access to the staff list",
    explanation: "The staff list is for verified moderators, admins, managers and superadmins.",
  });
  if ("noAccess" in page) return page.noAccess;
  const { ctx } = page;
  // Details pages are manager+: below that the names are listed without links.
  const opensDetails = can(ctx, "staff:view");

  const raw = await searchParams;
  const filters = pick(raw, filterKeys);
  const parsed = listStaffQuery.safeParse({ ...filters, ...pick(raw, ["page"]) });
  const query = parsed.success ? parsed.data : listStaffQuery.parse({});
  const list = await unlessPastTheEnd(listStaff({ ctx, query }).then(pageView));

  return (
    <StaffPage
      title="Staff"
      actions={
        can(ctx, "staff:invite") ? (
          <Link
            href="/admin/staff/invite"
            className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
          >
            Invite a staff member
          </Link>
        ) : null
      }
    >
      <ListFilters
        path={path}
        label="Filter staff"
        columns={4}
        values={filters}
        understood={parsed.success}
        fields={[
          { kind: "search", name: "search", label: "Search name or email" },
          {
            kind: "select",
            name: "role",
            label: "Role",
            options: [
              ["", "Any role"],
              ...staffRoleOptions.map((role): [string, string] => [role, role]),
            ],
          },
          { kind: "text", name: "occupation", label: "Occupation" },
        ]}
      />

      <PeopleResults
        path={path}
        filters={filters}
        pagination={list?.pagination ?? null}
        rows={list?.results ?? []}
        caption="Staff members"
        columns={staffColumns(opensDetails)}
        rowKey={(item) => item.user.id}
        noun={["staff member", "staff members"]}
        empty={{
          noMatch: "No staff members match these filters.",
          noneYet: "No staff members yet.",
          showAll: "Show all staff",
        }}
      />
    </StaffPage>
  );
}
