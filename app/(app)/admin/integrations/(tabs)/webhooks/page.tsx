// Integrations → Webhooks: every endpoint, whether it is on, what it receives, and how its latest
// delivery went.
import type { Metadata } from "next";
import Link from "next/link";
import {
  DeliveryStatusBadge,
  eventLabel,
  OnOffBadge,
} from "@/components/integrations/integration-words";
import { NewWebhookButton } from "@/components/integrations/new-webhook-button";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import { listWebhooks } from "@/lib/webhooks/list-webhooks";
import { staffPageContext } from "@/app/(app)/admin/staff-page";
import { integrationsRefusal } from "../../access";

export const metadata: Metadata = { title: "Webhooks" };

type Row = Awaited<ReturnType<typeof listWebhooks>>["items"][number];

const columns: Column<Row>[] = [
  {
    header: "URL",
    cell: (hook) => (
      <>
        <Link
          href={`/admin/integrations/webhooks/${hook.id}`}
          className="font-medium break-all text-brand-700 underline"
        >
          {hook.url}
        </Link>
        {hook.description ? (
          <span className="block text-sm text-slate-600">{hook.description}</span>
        ) : null}
      </>
    ),
  },
  { header: "Sends", cell: (hook) => hook.events.map(eventLabel).join(", ") },
  {
    header: "State",
    cell: (hook) => (
      <>
        <OnOffBadge on={hook.is_active} />
        {hook.disabled_reason ? (
          <span className="block text-sm text-red-800">Turned off by the platform</span>
        ) : hook.failing_since ? (
          <span className="block text-sm text-amber-900">
            Failing since <LocalTime iso={hook.failing_since} />
          </span>
        ) : null}
      </>
    ),
  },
  {
    header: "Latest delivery",
    cell: (hook) =>
      hook.last_delivery ? (
        <span className="flex flex-wrap items-center gap-2">
          <DeliveryStatusBadge status={hook.last_delivery.status} />
          <LocalTime iso={hook.last_delivery.created_at} />
        </span>
      ) : (
        "None yet"
      ),
  },
];

export default async function WebhooksPage() {
  const page = await staffPageContext("webhooks:manage", integrationsRefusal);
  if ("noAccess" in page) return null;
  const { items } = await listWebhooks({
    ctx: page.ctx,
    page: { page: 1, pageSize: 100, offset: 0 },
  });
  return (
    <section aria-labelledby="webhooks-heading">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="webhooks-heading" className="text-lg font-semibold">
          Webhooks
        </h2>
        <NewWebhookButton />
      </div>
      {items.length === 0 ? (
        <EmptyState>
          No webhooks yet. Add one to have another system told, within seconds, when an attempt is
          submitted, a score is recorded, a leaderboard is published or a candidate registers.
        </EmptyState>
      ) : (
        <DataTable
          caption="Webhooks, newest first"
          columns={columns}
          rows={items}
          rowKey={(hook) => hook.id}
          rowTestId="webhook-row"
        />
      )}
    </section>
  );
}
