"use client";
// New API key (name and scopes, then the key shown once with Copy) and Revoke (confirmed, naming
// the key: integrations using it stop working on their next request).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { createApiKeyAction, revokeApiKeyAction } from "@/app/(app)/admin/integrations/actions";
import {
  ChoiceCheckboxes,
  CreateAndRevealDialog,
  DoneFooter,
  TextField,
} from "./create-and-reveal-dialog";
import { scopeWords } from "./integration-words";
import { SecretReveal } from "./secret-reveal";

export function NewApiKeyButton() {
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<string[]>([]);
  return (
    <CreateAndRevealDialog<{ key: string; name: string }>
      triggerLabel="New API key"
      title={(created) => (created ? `API key "${created.name}" created` : "New API key")}
      description={(created) =>
        created
          ? "Give it to the system that will call the API, as the X-Api-Key header."
          : "A key lets another system read from or write to the platform, within the access you give it."
      }
      submitLabel="Create key"
      statusId="new-key-status"
      submit={() => createApiKeyAction({ name, scopes })}
      onClosed={() => {
        setName("");
        setScopes([]);
      }}
      fields={(errors) => (
        <>
          <TextField
            id="key-name"
            label="Name"
            value={name}
            maxLength={100}
            placeholder="School portal"
            onValue={setName}
            errors={errors?.name}
          />
          <ChoiceCheckboxes
            legend="What it may do"
            id="key-scopes"
            choices={Object.entries(scopeWords).map(([value, words]) => ({ value, ...words }))}
            chosen={scopes}
            onChange={setScopes}
            errors={errors?.scopes}
          />
        </>
      )}
      revealed={(created) => (
        <>
          <SecretReveal label="The key" value={created.key} />
          <DoneFooter />
        </>
      )}
    />
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
