"use client";
// New webhook: the URL, a description, the events it receives; then its signing secret, shown
// once with Copy, and the way to its page (where a test event can be sent).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogFooter,
  DialogTrigger,
} from "@/components/ui/dialog";
import { FormStatus } from "@/components/ui/form-status";
import { FieldErrorList, describedBy } from "@/components/ui/labelled-field";
import { createWebhookAction } from "@/app/(app)/admin/integrations/actions";
import type { FieldErrors } from "@/lib/errors";
import { webhookEventTypes } from "@/lib/webhooks/event-types";
import { eventWords, formErrorWords } from "./integration-words";
import { SecretReveal } from "./secret-reveal";

const inputClass = "mt-1 w-full rounded border border-slate-300 px-3 py-2";

export function NewWebhookButton() {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [url, setUrl] = useState("");
  const [description, setDescription] = useState("");
  const [events, setEvents] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<{ error?: string; errors?: FieldErrors }>({});
  const [created, setCreated] = useState<{ id: string; secret: string } | null>(null);

  const reset = (next: boolean) => {
    setOpen(next);
    if (!next) {
      setUrl("");
      setDescription("");
      setEvents([]);
      setFailure({});
      setCreated(null);
    }
  };
  const submit = async () => {
    setPending(true);
    const result = await createWebhookAction({ url, description, events });
    setPending(false);
    if ("error" in result) return setFailure(result);
    setCreated(result);
    router.refresh();
  };
  const eventErrors = failure.errors
    ? Object.entries(failure.errors)
        .filter(([field]) => field === "events" || field.startsWith("events."))
        .flatMap(([, messages]) => messages)
    : undefined;

  return (
    <Dialog open={open} onOpenChange={reset}>
      <DialogTrigger asChild>
        <Button tone="primary">New webhook</Button>
      </DialogTrigger>
      <DialogContent
        title={created ? "Webhook created" : "New webhook"}
        description={
          created
            ? "The receiver uses this secret to check that each delivery comes from us."
            : "We send a signed POST to this URL when the chosen events happen."
        }
      >
        {created ? (
          <>
            <SecretReveal label="Signing secret" value={created.secret} />
            <DialogFooter>
              <Link
                href={`/admin/integrations/webhooks/${created.id}`}
                className={buttonClass("primary")}
              >
                Open the webhook
              </Link>
            </DialogFooter>
          </>
        ) : (
          <form
            className="mt-4 space-y-4"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            <div>
              <label htmlFor="webhook-url" className="text-sm font-medium">
                URL
              </label>
              <input
                id="webhook-url"
                type="url"
                className={inputClass}
                value={url}
                placeholder="https://portal.example.com/hooks"
                onChange={(event) => setUrl(event.target.value)}
                {...describedBy("webhook-url", failure.errors?.url)}
              />
              <FieldErrorList id="webhook-url" errors={failure.errors?.url} />
            </div>
            <div>
              <label htmlFor="webhook-description" className="text-sm font-medium">
                Description <span className="font-normal text-slate-600">(optional)</span>
              </label>
              <input
                id="webhook-description"
                className={inputClass}
                value={description}
                maxLength={500}
                placeholder="School portal results"
                onChange={(event) => setDescription(event.target.value)}
                {...describedBy("webhook-description", failure.errors?.description)}
              />
              <FieldErrorList id="webhook-description" errors={failure.errors?.description} />
            </div>
            <fieldset>
              <legend className="text-sm font-medium">Events to send</legend>
              <div className="mt-2 space-y-2">
                {webhookEventTypes.map((type) => (
                  <label key={type} className="flex items-start gap-2 text-sm">
                    <input
                      type="checkbox"
                      className="mt-1 h-4 w-4 shrink-0"
                      checked={events.includes(type)}
                      onChange={(event) =>
                        setEvents((list) =>
                          event.target.checked ? [...list, type] : list.filter((e) => e !== type),
                        )
                      }
                    />
                    <span>
                      <span className="font-medium">{eventWords[type]!.label}</span>
                      <span className="block text-slate-600">{eventWords[type]!.hint}</span>
                    </span>
                  </label>
                ))}
              </div>
              <FieldErrorList id="webhook-events" errors={eventErrors} />
            </fieldset>
            <FormStatus id="new-webhook-status" error={formErrorWords(failure)} />
            <DialogFooter>
              <DialogClose asChild>
                <Button>Cancel</Button>
              </DialogClose>
              <Button tone="primary" type="submit" disabled={pending}>
                {pending ? "Creating…" : "Create webhook"}
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
