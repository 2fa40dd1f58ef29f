// Integrations → API keys: every key (revoked ones marked), what it may do, when it was last used.
import type { Metadata } from "next";
import { NewApiKeyButton, RevokeApiKeyButton } from "@/components/integrations/api-key-buttons";
import { scopesLabel } from "@/components/integrations/integration-words";
import { Badge } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import { listApiKeys } from "@/lib/auth/api-keys/list-api-keys";
import type { ApiKeySummary } from "@/lib/auth/api-keys/schemas";
import { staffPageContext } from "@/app/(app)/admin/staff-page";
import { integrationsRefusal } from "../access";

export const metadata: Metadata = { title: "API keys" };

const columns: Column<ApiKeySummary>[] = [
  {
    header: "Name",
    cell: (key) => (
      <>
        <span className="font-medium">{key.name}</span>
        <span className="block font-mono text-xs text-slate-600">{key.prefix}…</span>
      </>
    ),
  },
  { header: "Access", cell: (key) => scopesLabel(key.scopes) },
  { header: "Created", cell: (key) => <LocalTime iso={key.created_at} /> },
  {
    header: "Last used",
    cell: (key) => (key.last_used_at ? <LocalTime iso={key.last_used_at} /> : "Never"),
  },
  {
    header: "Status",
    cell: (key) =>
      key.revoked_at ? (
        <Badge tone="slate">Revoked</Badge>
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone="green">Active</Badge>
          <RevokeApiKeyButton id={key.id} name={key.name} />
        </div>
      ),
  },
];

export default async function ApiKeysPage() {
  const page = await staffPageContext("api-keys:manage", integrationsRefusal);
  if ("noAccess" in page) return null;
  const { items } = await listApiKeys({
    ctx: page.ctx,
    page: { page: 1, pageSize: 100, offset: 0 },
  });
  return (
    <section aria-labelledby="keys-heading">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="keys-heading" className="text-lg font-semibold">
          API keys
        </h2>
        <NewApiKeyButton />
      </div>
      {items.length === 0 ? (
        <EmptyState>
          No API keys yet. Create one for each system that reads exams or results, or invites
          candidates; it is shown once, and you can revoke it at any time.
        </EmptyState>
      ) : (
        <DataTable
          caption="API keys, newest first"
          columns={columns}
          rows={items}
          rowKey={(key) => key.id}
          rowTestId="api-key-row"
        />
      )}
    </section>
  );
}
