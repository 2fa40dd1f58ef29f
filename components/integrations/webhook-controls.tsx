"use client";
// A webhook's actions: send a test event, turn it off or on, rotate its secret (both sign for 24
// hours; the new one is shown once), delete it. Each says how it went.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog, DialogClose, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { FormStatus } from "@/components/ui/form-status";
import { webhookAction } from "@/app/(app)/admin/integrations/actions";
import { SecretReveal } from "./secret-reveal";

export function WebhookControls({
  id,
  url,
  isActive,
}: {
  id: string;
  url: string;
  isActive: boolean;
}) {
  const router = useRouter();
  const [status, setStatus] = useState<{ error?: string; done?: string }>({});
  const [secret, setSecret] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const act = async (action: "test" | "on" | "off" | "rotate" | "delete", done: string) => {
    setPending(true);
    const result = await webhookAction(id, action);
    setPending(false);
    if ("error" in result) {
      setStatus({ error: result.error });
      return false;
    }
    setStatus({ done });
    if (result.secret) setSecret(result.secret);
    if (action === "delete") router.push("/admin/integrations/webhooks");
    else router.refresh();
    return true;
  };

  return (
    <div>
      <div className="flex flex-wrap gap-2">
        <Button
          tone="primary"
          disabled={pending || !isActive}
          onClick={() => void act("test", "Test event sent: it appears in the log below.")}
        >
          Send test event
        </Button>
        {isActive ? (
          <ConfirmDialog
            trigger={<Button disabled={pending}>Turn off</Button>}
            title="Turn this webhook off?"
            description="Nothing is sent to it while it is off, and deliveries waiting for a retry stop. You can turn it back on and replay what it missed."
            confirmLabel="Turn off"
            onConfirm={() => act("off", "Turned off.")}
          />
        ) : (
          <Button disabled={pending} onClick={() => void act("on", "Turned on.")}>
            Turn on
          </Button>
        )}
        <ConfirmDialog
          trigger={<Button disabled={pending}>Rotate secret</Button>}
          title="Rotate the signing secret?"
          description="You get a new secret now. For 24 hours every delivery is signed with both the old and the new one, so the receiver can switch without missing any."
          confirmLabel="Rotate secret"
          onConfirm={() => act("rotate", "Secret rotated.")}
        />
        <ConfirmDialog
          trigger={
            <Button tone="danger" disabled={pending}>
              Delete
            </Button>
          }
          title="Delete this webhook?"
          description={`Nothing more is sent to ${url}, and deliveries waiting for a retry stop. This cannot be undone.`}
          confirmLabel="Delete webhook"
          tone="danger"
          onConfirm={() => act("delete", "Deleted.")}
        />
      </div>
      {isActive ? null : (
        <p className="mt-2 text-sm text-slate-600">
          Nothing is sent while it is off: turn it on to send a test event.
        </p>
      )}
      <FormStatus id="webhook-action-status" error={status.error} done={status.done} />
      <Dialog open={secret !== null} onOpenChange={(open) => (open ? null : setSecret(null))}>
        <DialogContent
          title="New signing secret"
          description="The previous secret keeps signing for 24 hours."
        >
          {secret ? <SecretReveal label="Signing secret" value={secret} /> : null}
          <DialogFooter>
            <DialogClose asChild>
              <Button tone="primary">Done</Button>
            </DialogClose>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </div>
  );
}
