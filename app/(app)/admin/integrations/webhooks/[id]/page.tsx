// One webhook: where it sends and what, its state (and why the platform turned it off, if it
// did), its actions, and its deliveries log filtered by status and event.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeliveriesLog } from "@/components/integrations/deliveries-log";
import { eventLabel, OnOffBadge } from "@/components/integrations/integration-words";
import { WebhookControls } from "@/components/integrations/webhook-controls";
import { DetailField } from "@/components/ui/detail-field";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import { StaffPage } from "@/components/ui/staff-page";
import { NotFound } from "@/lib/errors";
import { param, type SearchParams } from "@/lib/people/list-params";
import { getWebhook } from "@/lib/webhooks/get-webhook";
import { listDeliveries } from "@/lib/webhooks/list-deliveries";
import { deliveriesQuery, webhookParams } from "@/lib/webhooks/schemas";
import { staffPageContext } from "@/app/(app)/admin/staff-page";
import { integrationsRefusal } from "../../access";

export const metadata: Metadata = { title: "Webhook" };

const statusFilters = [
  ["", "All"],
  ["pending", "Trying"],
  ["succeeded", "Succeeded"],
  ["failed", "Failed"],
  ["cancelled", "Stopped"],
] as const;

export default async function WebhookPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const page = await staffPageContext("webhooks:manage", integrationsRefusal);
  if ("noAccess" in page) return page.noAccess;
  const { ctx } = page;
  const { id } = await params;
  if (!webhookParams.safeParse({ id }).success) notFound();
  const raw = await searchParams;
  const query = deliveriesQuery.safeParse({
    status: param(raw, "status") || undefined,
    event_type: param(raw, "event") || undefined,
    page_size: "50",
  });
  const filters = query.success ? query.data : deliveriesQuery.parse({ page_size: "50" });
  let hook;
  try {
    hook = await getWebhook({ ctx, input: { id } });
  } catch (error) {
    if (error instanceof NotFound) notFound();
    throw error;
  }
  const { items } = await listDeliveries({
    ctx,
    input: { id, status: filters.status, event_type: filters.event_type },
    page: { page: 1, pageSize: 50, offset: 0 },
  });
  const path = `/admin/integrations/webhooks/${id}`;
  const hrefFor = (status: string, event: string) => {
    const search = new URLSearchParams();
    if (status) search.set("status", status);
    if (event) search.set("event", event);
    return search.size ? `${path}?${search}` : path;
  };
  const eventFilters = ["", ...hook.events, "webhook.test"];

  return (
    <StaffPage
      width="wide"
      back={{ href: "/admin/integrations/webhooks", label: "All webhooks" }}
      title={hook.description || "Webhook"}
      subtitle={
        <>
          <OnOffBadge on={hook.is_active} />
          <span className="break-all">{hook.url}</span>
        </>
      }
    >
      {hook.disabled_reason ? (
        <p
          role="alert"
          className="mt-4 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900"
        >
          Turned off by the platform: {hook.disabled_reason} Turn it on when the receiver works
          again, then replay what it missed.
        </p>
      ) : null}
      <dl className="mt-4 max-w-3xl">
        <DetailField label="Sends">{hook.events.map(eventLabel).join(", ")}</DetailField>
        <DetailField label="Signing secret">
          <code>{hook.secret_hint}</code>
          {hook.previous_secret_expires_at ? (
            <span className="block text-sm text-slate-600">
              The previous one also signs until <LocalTime iso={hook.previous_secret_expires_at} />
            </span>
          ) : null}
        </DetailField>
        <DetailField label="Created">
          <LocalTime iso={hook.created_at} />
          {hook.created_by ? ` by ${hook.created_by.name}` : ""}
        </DetailField>
      </dl>
      <div className="mt-6">
        <WebhookControls id={hook.id} url={hook.url} isActive={hook.is_active} />
      </div>

      <section aria-labelledby="deliveries-heading" className="mt-8">
        <h2 id="deliveries-heading" className="text-lg font-semibold">
          Deliveries
        </h2>
        <nav aria-label="Filter deliveries" className="mt-2 space-y-1 text-sm">
          <FilterLinks
            label="Status"
            links={statusFilters.map(([value, label]) => ({
              key: value || "all",
              label,
              href: hrefFor(value, filters.event_type ?? ""),
              current: (filters.status ?? "") === value,
            }))}
          />
          <FilterLinks
            label="Event"
            links={eventFilters.map((event) => ({
              key: event || "any",
              label: event ? eventLabel(event) : "Any",
              href: hrefFor(filters.status ?? "", event),
              current: (filters.event_type ?? "") === event,
            }))}
          />
        </nav>
        {items.length === 0 ? (
          <EmptyState>
            {filters.status || filters.event_type
              ? "No deliveries match these filters."
              : "Nothing sent yet. Send a test event to check that the receiver answers."}
          </EmptyState>
        ) : (
          <div className="mt-3">
            <DeliveriesLog webhookId={hook.id} deliveries={items} />
          </div>
        )}
      </section>
    </StaffPage>
  );
}

/** One row of filter links, the chosen one marked as current. */
function FilterLinks({
  label,
  links,
}: {
  label: string;
  links: { key: string; label: string; href: string; current: boolean }[];
}) {
  return (
    <p className="flex flex-wrap gap-x-4 gap-y-1">
      <span className="text-slate-600">{label}:</span>
      {links.map((link) => (
        <Link
          key={link.key}
          href={link.href}
          aria-current={link.current ? "page" : undefined}
          className="underline aria-[current=page]:font-semibold aria-[current=page]:no-underline"
        >
          {link.label}
        </Link>
      ))}
    </p>
  );
}
