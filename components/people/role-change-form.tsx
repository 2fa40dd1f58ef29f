"use client";
// Change a person's role: a select offering only the roles the viewer may give (decided on the
// server from lib/people/role-rules.ts), a confirmation before saving, and the result announced.
import { startTransition, useActionState, useRef, useState, type FormEvent } from "react";
import { assignRoleAction, type RoleChangeState } from "@/app/(app)/admin/people/[id]/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormStatus, PendingSubmitButton } from "@/components/ui/form-status";

export function RoleChangeForm({
  userId,
  personName,
  currentRole,
  options,
}: {
  userId: string;
  personName: string;
  currentRole: string;
  options: string[];
}) {
  const [state, submit, saving] = useActionState<RoleChangeState, FormData>(assignRoleAction, {});
  const savedRole = state.role ?? currentRole;
  const [selected, setSelected] = useState(options.includes(currentRole) ? currentRole : "");
  const [confirming, setConfirming] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  // Saving asks first, in the app's dialog; the dialog's button sends the form.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!selected || selected === savedRole) return;
    setConfirming(true);
  };
  const save = () => {
    const form = new FormData(formRef.current!);
    startTransition(() => submit(form));
  };

  return (
    <form
      ref={formRef}
      action={submit}
      onSubmit={onSubmit}
      className="space-y-3"
      aria-describedby="role-status"
    >
      <input type="hidden" name="userId" value={userId} />
      <div>
        <label htmlFor="role" className="block text-sm font-medium">
          Role
        </label>
        <select
          id="role"
          name="role"
          value={selected}
          onChange={(event) => setSelected(event.target.value)}
          className="mt-1 rounded border border-slate-300 bg-white px-3 py-2"
        >
          {options.includes(currentRole) ? null : (
            <option value="" disabled>
              Choose a role
            </option>
          )}
          {options.map((role) => (
            <option key={role} value={role}>
              {role}
              {role === savedRole ? " (current)" : ""}
            </option>
          ))}
        </select>
      </div>
      <PendingSubmitButton
        pending={saving}
        pendingText="Saving…"
        disabled={saving || !selected || selected === savedRole}
        disabledCursor="not-allowed"
      >
        Save role
      </PendingSubmitButton>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Change ${personName}'s role?`}
        description={
          <>
            From <strong>{savedRole}</strong> to <strong>{selected}</strong>. What they can see and
            do changes from their next page on.
          </>
        }
        confirmLabel="Change role"
        onConfirm={save}
      />
      <FormStatus
        id="role-status"
        error={state.error}
        done={state.done}
        errorTestId="role-error"
        doneTestId="role-done"
      />
    </form>
  );
}
