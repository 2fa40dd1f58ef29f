"use client";
// The staff composer: subject, message, the roles of both kinds of people, and the mediums. As the
// roles change it asks how many active people that reaches, and sending asks for confirmation with
// that number ("Send to 128 people?"), because a broadcast cannot be taken back. The server's field
// errors show under their fields.
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormStatus } from "@/components/ui/form-status";
import { describedBy, FieldErrorList, LabelledField } from "@/components/ui/labelled-field";
import { candidateRoles, roleLabel, staffRoles } from "@/lib/auth/roles";
import { messageMaxLength, subjectMaxLength } from "@/lib/broadcasts/schemas";
import type { FieldErrors } from "@/lib/errors";
import { plural } from "@/lib/plural";
import { previewRecipientsAction, sendBroadcastAction } from "@/app/(app)/admin/broadcasts/actions";
import { mediumLabel } from "./broadcast-words";

type Targets = { candidate: string[]; staff: string[] };
const mediumHints = {
  platform: "In the bell on their pages, at once.",
  email: "To their email address.",
} as const;

const inputClass =
  "mt-1 w-full rounded border border-slate-300 px-3 py-2 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-200";

function toggle(list: string[], value: string, on: boolean) {
  return on ? [...new Set([...list, value])] : list.filter((item) => item !== value);
}

function RoleGroup({
  legend,
  roles,
  chosen,
  onChange,
}: {
  legend: string;
  roles: readonly string[];
  chosen: string[];
  onChange: (next: string[]) => void;
}) {
  return (
    <fieldset className="rounded border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-2">
        {roles.map((role) => (
          <label key={role} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="h-4 w-4"
              checked={chosen.includes(role)}
              onChange={(event) => onChange(toggle(chosen, role, event.target.checked))}
            />
            {roleLabel(role)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function BroadcastComposer() {
  const router = useRouter();
  const [subject, setSubject] = useState("");
  const [message, setMessage] = useState("");
  const [targets, setTargets] = useState<Targets>({ candidate: [], staff: [] });
  const [mediums, setMediums] = useState<string[]>(["platform"]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [reach, setReach] = useState<{ count: number } | { error: string } | null>(null);
  const [counting, startCounting] = useTransition();
  const noRoles = targets.candidate.length + targets.staff.length === 0;

  useEffect(() => {
    if (noRoles) {
      setReach(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      startCounting(async () => {
        const result = await previewRecipientsAction(targets);
        if (current) setReach(result);
      });
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [targets, noRoles]);

  const count = reach && "count" in reach ? reach.count : null;
  const roleErrors = Object.entries(errors)
    .filter(([key]) => key.startsWith("target_roles"))
    .flatMap(([, list]) => list);

  const validateHere = (): boolean => {
    const found: FieldErrors = {};
    if (!subject.trim()) found.subject = ["Write a subject."];
    if (!message.trim()) found.message = ["Write a message."];
    if (noRoles) found.target_roles = ["Choose at least one role."];
    if (mediums.length === 0) found.mediums = ["Choose at least one way to send it."];
    setErrors(found);
    setFormError(Object.keys(found).length ? "Some fields need your attention." : undefined);
    return Object.keys(found).length === 0;
  };

  const send = async () => {
    const result = await sendBroadcastAction({
      subject,
      message,
      mediums,
      target_roles: {
        ...(targets.candidate.length ? { candidate: targets.candidate } : {}),
        ...(targets.staff.length ? { staff: targets.staff } : {}),
      },
    });
    if ("error" in result) {
      setErrors(result.errors ?? {});
      setFormError(result.error);
      return true; // Close the dialog; the form shows what to fix.
    }
    router.push(`/admin/broadcasts/${result.id}`);
    return true;
  };

  return (
    <form
      className="mt-6 space-y-5"
      aria-describedby="composer-status"
      onSubmit={(event) => event.preventDefault()}
      noValidate
    >
      <LabelledField
        id="subject"
        label="Subject"
        errors={errors.subject}
        hint={`${subject.length} of ${subjectMaxLength} characters`}
      >
        <input
          id="subject"
          className={inputClass}
          value={subject}
          maxLength={subjectMaxLength}
          onChange={(event) => setSubject(event.target.value)}
          {...describedBy("subject", errors.subject, true)}
        />
      </LabelledField>
      <LabelledField
        id="message"
        label="Message"
        errors={errors.message}
        hint={`${message.length} of ${messageMaxLength} characters. Line breaks are kept.`}
      >
        <textarea
          id="message"
          rows={7}
          className={inputClass}
          value={message}
          maxLength={messageMaxLength}
          onChange={(event) => setMessage(event.target.value)}
          {...describedBy("message", errors.message, true)}
        />
      </LabelledField>

      <fieldset aria-describedby="reach">
        <legend className="text-sm font-medium">Who receives it</legend>
        <p className="text-xs text-slate-600">
          Active accounts with the roles you choose. People whose account is deactivated are left
          out.
        </p>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          <RoleGroup
            legend="Candidates"
            roles={candidateRoles}
            chosen={targets.candidate}
            onChange={(candidate) => setTargets((now) => ({ ...now, candidate }))}
          />
          <RoleGroup
            legend="Staff"
            roles={staffRoles}
            chosen={targets.staff}
            onChange={(staff) => setTargets((now) => ({ ...now, staff }))}
          />
        </div>
        <FieldErrorList id="target_roles" errors={roleErrors} />
        <p id="reach" className="mt-2 text-sm" aria-live="polite" data-testid="recipient-count">
          {noRoles ? (
            <span className="text-slate-600">Choose roles to see how many people it reaches.</span>
          ) : reach && "error" in reach ? (
            <span className="text-red-700">{reach.error}</span>
          ) : count === null || counting ? (
            <span className="text-slate-600">Counting…</span>
          ) : (
            <strong>{plural(count, "person", "people")} will receive it.</strong>
          )}
        </p>
      </fieldset>

      <fieldset>
        <legend className="text-sm font-medium">How to send it</legend>
        <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {(["platform", "email"] as const).map((medium) => (
            <label key={medium} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                className="mt-0.5 h-4 w-4"
                checked={mediums.includes(medium)}
                onChange={(event) => setMediums((now) => toggle(now, medium, event.target.checked))}
              />
              <span>
                {mediumLabel(medium)}
                <span className="block text-xs text-slate-600">{mediumHints[medium]}</span>
              </span>
            </label>
          ))}
        </div>
        <FieldErrorList id="mediums" errors={errors.mediums} />
      </fieldset>

      <FormStatus id="composer-status" error={formError} />
      <ConfirmDialog
        trigger={
          <Button
            tone="primary"
            onClick={(event) => {
              if (!validateHere()) event.preventDefault();
            }}
          >
            Send broadcast…
          </Button>
        }
        title={
          count === null ? "Send this broadcast?" : `Send to ${plural(count, "person", "people")}?`
        }
        description={
          <>
            “{subject.trim()}” goes out now{" "}
            {mediums
              .map((medium) => (medium === "email" ? "by email" : "as a notification"))
              .join(" and ")}
            . A broadcast cannot be taken back.
          </>
        }
        confirmLabel="Send now"
        onConfirm={send}
      />
    </form>
  );
}
