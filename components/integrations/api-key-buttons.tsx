"use client";
// New API key (name and scopes, then the key shown once with Copy) and Revoke (confirmed, naming
// the key: integrations using it stop working on their next request).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogFooter,
  DialogTrigger,
} from "@/components/ui/dialog";
import { FormStatus } from "@/components/ui/form-status";
import { FieldErrorList, describedBy } from "@/components/ui/labelled-field";
import { createApiKeyAction, revokeApiKeyAction } from "@/app/(app)/admin/integrations/actions";
import type { FieldErrors } from "@/lib/errors";
import { formErrorWords, scopeWords } from "./integration-words";
import { SecretReveal } from "./secret-reveal";

const inputClass = "mt-1 w-full rounded border border-slate-300 px-3 py-2";

export function NewApiKeyButton() {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<{ error?: string; errors?: FieldErrors }>({});
  const [created, setCreated] = useState<{ key: string; name: string } | null>(null);

  const reset = (next: boolean) => {
    setOpen(next);
    if (!next) {
      setName("");
      setScopes([]);
      setFailure({});
      setCreated(null);
    }
  };
  const submit = async () => {
    setPending(true);
    const result = await createApiKeyAction({ name, scopes });
    setPending(false);
    if ("error" in result) return setFailure(result);
    setCreated(result);
    router.refresh();
  };

  return (
    <Dialog open={open} onOpenChange={reset}>
      <DialogTrigger asChild>
        <Button tone="primary">New API key</Button>
      </DialogTrigger>
      <DialogContent
        title={created ? `API key "${created.name}" created` : "New API key"}
        description={
          created
            ? "Give it to the system that will call the API, as the X-Api-Key header."
            : "A key lets another system read from or write to the platform, within the access you give it."
        }
      >
        {created ? (
          <>
            <SecretReveal label="The key" value={created.key} />
            <DialogFooter>
              <DialogClose asChild>
                <Button tone="primary">Done</Button>
              </DialogClose>
            </DialogFooter>
          </>
        ) : (
          <form
            className="mt-4 space-y-4"
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            <div>
              <label htmlFor="key-name" className="text-sm font-medium">
                Name
              </label>
              <input
                id="key-name"
                className={inputClass}
                value={name}
                maxLength={100}
                onChange={(event) => setName(event.target.value)}
                placeholder="School portal"
                {...describedBy("key-name", failure.errors?.name)}
              />
              <FieldErrorList id="key-name" errors={failure.errors?.name} />
            </div>
            <fieldset>
              <legend className="text-sm font-medium">What it may do</legend>
              <div className="mt-2 space-y-2">
                {Object.entries(scopeWords).map(([scope, words]) => (
                  <label key={scope} className="flex items-start gap-2 text-sm">
                    <input
                      type="checkbox"
                      className="mt-1 h-4 w-4 shrink-0"
                      checked={scopes.includes(scope)}
                      onChange={(event) =>
                        setScopes((list) =>
                          event.target.checked ? [...list, scope] : list.filter((s) => s !== scope),
                        )
                      }
                    />
                    <span>
                      <span className="font-medium">{words.label}</span>
                      <span className="block text-slate-600">{words.hint}</span>
                    </span>
                  </label>
                ))}
              </div>
              <FieldErrorList id="key-scopes" errors={failure.errors?.scopes} />
            </fieldset>
            <FormStatus id="new-key-status" error={formErrorWords(failure)} />
            <DialogFooter>
              <DialogClose asChild>
                <Button>Cancel</Button>
              </DialogClose>
              <Button tone="primary" type="submit" disabled={pending}>
                {pending ? "Creating…" : "Create key"}
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}

export function RevokeApiKeyButton({ id, name }: { id: string; name: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <ConfirmDialog
        trigger={
          <Button size="small" tone="danger">
            Revoke
          </Button>
        }
        title={`Revoke "${name}"?`}
        description="Systems using this key stop working on their next request. This cannot be undone: you would create a new key."
        confirmLabel="Revoke key"
        tone="danger"
        onConfirm={async () => {
          const result = await revokeApiKeyAction(id);
          if ("error" in result) {
            setError(result.error);
            return false;
          }
          router.refresh();
        }}
      />
      {error ? <p className="mt-1 text-sm text-red-700">{error}</p> : null}
    </>
  );
}
