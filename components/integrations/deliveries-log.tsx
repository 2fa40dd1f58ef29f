"use client";
// A webhook's deliveries, newest first: status, event, when, attempts, the last answer or error,
// the next retry; each opens to its attempts (status, time taken, the answer's first bytes, the
// error). Finished deliveries can be replayed. While any is still being tried, the page re-reads
// every 3 seconds so the log moves without a reload.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";
import { replayDeliveryAction } from "@/app/(app)/admin/integrations/actions";
import type { webhookDelivery } from "@/lib/webhooks/schemas";
import { DeliveryStatusBadge, eventLabel } from "./integration-words";

export type DeliveryView = z.output<typeof webhookDelivery>;

const refreshEveryMs = 3_000;

export function DeliveriesLog({
  webhookId,
  deliveries,
}: {
  webhookId: string;
  deliveries: DeliveryView[];
}) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const trying = deliveries.some((delivery) => delivery.status === "pending");
  useEffect(() => {
    if (!trying) return;
    const timer = setInterval(() => router.refresh(), refreshEveryMs);
    return () => clearInterval(timer);
  }, [trying, router]);

  const replay = async (deliveryId: string) => {
    const result = await replayDeliveryAction(webhookId, deliveryId);
    setMessage("error" in result ? result.error : "Sent again: the new delivery is at the top.");
    router.refresh();
  };

  return (
    <div>
      <p role="status" aria-live="polite" className="min-h-5 text-sm text-slate-700">
        {message}
      </p>
      <ul className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {deliveries.map((delivery) => (
          <li
            key={delivery.id}
            className="p-3"
            data-testid="delivery-row"
            data-status={delivery.status}
            data-message-id={delivery.message_id}
          >
            <details className="group">
              {/* Its own marker, so the line wraps beside it on a phone instead of below it. */}
              <summary className="flex cursor-pointer list-none gap-2 [&::-webkit-details-marker]:hidden">
                <span
                  aria-hidden="true"
                  className="mt-0.5 inline-block h-5 w-4 shrink-0 text-slate-600 transition-transform group-open:rotate-90"
                >
                  ▸
                </span>
                <span className="min-w-0 flex-1">
                  <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
                    <DeliveryStatusBadge status={delivery.status} />
                    <span className="font-medium">{eventLabel(delivery.event_type)}</span>
                    <span className="text-sm text-slate-600">
                      <LocalTime iso={delivery.created_at} />
                    </span>
                    <span className="text-sm text-slate-600">
                      {attemptsWords(delivery.attempt_count)}
                      {delivery.last_status_code !== null
                        ? ` · last answer ${delivery.last_status_code}`
                        : ""}
                    </span>
                    {delivery.replay_of_id ? (
                      <span className="text-sm text-slate-600">(a replay)</span>
                    ) : null}
                  </span>
                  <DeliveryOutlook delivery={delivery} />
                </span>
              </summary>
              <div className="mt-3 space-y-2 pl-6 text-sm">
                <p className="text-slate-600">
                  Message id <code className="break-all">{delivery.message_id}</code> (the
                  webhook-id header, the same on every retry)
                </p>
                {delivery.attempts.length > 0 ? (
                  <ol className="space-y-2" aria-label="Attempts">
                    {delivery.attempts.map((attempt) => (
                      <li
                        key={attempt.attempt_number}
                        className="rounded border border-slate-200 p-2"
                        data-testid="delivery-attempt"
                      >
                        <p>
                          Attempt {attempt.attempt_number}, <LocalTime iso={attempt.started_at} />:{" "}
                          {attempt.status_code !== null
                            ? `answered ${attempt.status_code}`
                            : "no answer"}{" "}
                          in {attempt.duration_ms} ms
                        </p>
                        {attempt.error ? <p className="text-red-800">{attempt.error}</p> : null}
                        {attempt.response_snippet ? (
                          <pre className="mt-1 max-h-40 overflow-auto rounded bg-slate-50 p-2 text-xs whitespace-pre-wrap">
                            {attempt.response_snippet}
                          </pre>
                        ) : null}
                      </li>
                    ))}
                  </ol>
                ) : (
                  <p className="text-slate-600">No attempt yet.</p>
                )}
                {delivery.status !== "pending" ? (
                  <Button size="small" onClick={() => void replay(delivery.id)}>
                    Replay
                  </Button>
                ) : null}
              </div>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}

const attemptsWords = (count: number) =>
  count === 0 ? "Not tried yet" : count === 1 ? "1 attempt" : `${count} attempts`;

/** Under the summary line, at a glance: what went wrong last, and when the next try is. */
function DeliveryOutlook({ delivery }: { delivery: DeliveryView }) {
  if (!delivery.last_error && !delivery.next_attempt_at) return null;
  return (
    <span className="mt-1 block text-sm">
      {delivery.last_error ? (
        <span className="block text-red-800">{delivery.last_error}</span>
      ) : null}
      {delivery.next_attempt_at ? (
        <span className="block text-slate-700">
          Will retry at <LocalTime iso={delivery.next_attempt_at} />.
        </span>
      ) : null}
    </span>
  );
}
