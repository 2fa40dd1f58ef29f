"use client";
// New webhook: the URL, a description, the events it receives; then its signing secret, shown
// once with Copy, and the way to its page (where a test event can be sent).
import Link from "next/link";
import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { createWebhookAction } from "@/app/(app)/admin/integrations/actions";
import { webhookEventTypes } from "@/lib/webhooks/event-types";
import {
  ChoiceCheckboxes,
  CreateAndRevealDialog,
  DoneFooter,
  TextField,
} from "./create-and-reveal-dialog";
import { eventWords } from "./integration-words";
import { SecretReveal } from "./secret-reveal";

export function NewWebhookButton() {
  const [url, setUrl] = useState("");
  const [description, setDescription] = useState("");
  const [events, setEvents] = useState<string[]>([]);
  return (
    <CreateAndRevealDialog<{ id: string; secret: string }>
      triggerLabel="New webhook"
      title={(created) => (created ? "Webhook created" : "New webhook")}
      description={(created) =>
        created
          ? "The receiver uses this secret to check that each delivery comes from us."
          : "We send a signed POST to this URL when the chosen events happen."
      }
      submitLabel="Create webhook"
      statusId="new-webhook-status"
      submit={() => createWebhookAction({ url, description, events })}
      onClosed={() => {
        setUrl("");
        setDescription("");
        setEvents([]);
      }}
      fields={(errors) => (
        <>
          <TextField
            id="webhook-url"
            label="URL"
            type="url"
            value={url}
            placeholder="https://portal.example.com/hooks"
            onValue={setUrl}
            errors={errors?.url}
          />
          <TextField
            id="webhook-description"
            label="Description"
            optional
            value={description}
            maxLength={500}
            placeholder="School portal results"
            onValue={setDescription}
            errors={errors?.description}
          />
          <ChoiceCheckboxes
            legend="Events to send"
            id="webhook-events"
            choices={webhookEventTypes.map((type) => ({ value: type, ...eventWords[type]! }))}
            chosen={events}
            onChange={setEvents}
            errors={
              errors
                ? Object.entries(errors)
                    .filter(([field]) => field === "events" || field.startsWith("events."))
                    .flatMap(([, messages]) => messages)
                : undefined
            }
          />
        </>
      )}
      revealed={(created) => (
        <>
          <SecretReveal label="Signing secret" value={created.secret} />
          <DoneFooter>
            <Link
              href={`/admin/integrations/webhooks/${created.id}`}
              className={buttonClass("primary")}
            >
              Open the webhook
            </Link>
          </DoneFooter>
        </>
      )}
    />
  );
}
