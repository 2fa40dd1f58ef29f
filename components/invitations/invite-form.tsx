"use client";
// Invite people to an exam: one person (email, first and last name), or a pasted list, one per
// line as "email, first name, last name". Each row gets its own result; nothing is lost if one
// row is refused.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { describedBy, LabelledField } from "@/components/ui/labelled-field";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { parseInviteList } from "@/lib/invitations/parse-invite-list";
import { plural } from "@/lib/plural";
import {
  inviteAction,
  type InviteRowResult,
} from "@/app/(app)/admin/exams/[id]/(tabs)/invitations/actions";

const inputClass =
  "mt-1 w-full rounded border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-500";

const outcomeClass: Record<InviteRowResult["outcome"], string> = {
  invited: "text-green-800",
  "sent-again": "text-blue-900",
  accepted: "text-slate-700",
  error: "text-red-800",
};

export function InviteForm({ examId }: { examId: number }) {
  const router = useRouter();
  const [one, setOne] = useState({ email: "", first_name: "", last_name: "" });
  const [list, setList] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [results, setResults] = useState<InviteRowResult[]>([]);
  const [oneErrors, setOneErrors] = useState<Record<string, string[]>>({});
  const listCount = parseInviteList(list).length;

  const send = async (rows: unknown[], from: "one" | "list") => {
    setPending(true);
    setError(null);
    let outcome: Awaited<ReturnType<typeof inviteAction>>;
    try {
      outcome = await inviteAction(examId, rows);
    } catch {
      outcome = {
        error:
          "Something went wrong: check the list below and try again (nobody is invited twice).",
      };
    } finally {
      setPending(false);
    }
    if ("error" in outcome) {
      setError(outcome.error);
      setResults([]);
      return;
    }
    setResults(outcome.results);
    if (from === "one") setOneErrors(outcome.results[0]?.errors ?? {});
    const sent = outcome.results.filter((row) => row.outcome !== "error").length;
    if (sent > 0) router.refresh();
    if (from === "one" && sent > 0) setOne({ email: "", first_name: "", last_name: "" });
    if (from === "list" && sent === outcome.results.length) setList("");
  };

  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <Tabs defaultValue="one">
        <TabsList label="How to invite">
          <TabsTrigger value="one">One person</TabsTrigger>
          <TabsTrigger value="list">Paste a list</TabsTrigger>
        </TabsList>
        <TabsContent value="one">
          <form
            className="grid gap-3 sm:grid-cols-3"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void send([one], "one");
            }}
          >
            {(
              [
                ["email", "Email", "email"],
                ["first_name", "First name", "text"],
                ["last_name", "Last name", "text"],
              ] as const
            ).map(([field, label, type]) => (
              <LabelledField
                key={field}
                id={`invite-${field}`}
                label={label}
                errors={oneErrors[field]}
              >
                <input
                  id={`invite-${field}`}
                  type={type}
                  required
                  autoComplete="off"
                  className={inputClass}
                  value={one[field]}
                  {...describedBy(`invite-${field}`, oneErrors[field])}
                  onChange={(event) => setOne({ ...one, [field]: event.target.value })}
                />
              </LabelledField>
            ))}
            <div className="sm:col-span-3">
              <Button tone="primary" type="submit" disabled={pending}>
                {pending ? "Inviting…" : "Invite"}
              </Button>
            </div>
          </form>
        </TabsContent>
        <TabsContent value="list">
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void send(parseInviteList(list), "list");
            }}
          >
            <label htmlFor="invite-list" className="text-sm font-medium">
              One person per line: email, first name, last name
            </label>
            <textarea
              id="invite-list"
              rows={6}
              className={`${inputClass} font-mono text-sm`}
              placeholder={"ada@example.com, Ada, Obi\nbayo@example.com, Bayo, Lawal"}
              value={list}
              onChange={(event) => setList(event.target.value)}
            />
            <p className="mt-1 text-sm text-slate-600">
              Up to 200 at once. People already invited get a fresh link; nobody is invited twice.
            </p>
            <Button tone="primary" type="submit" disabled={pending} className="mt-2">
              {pending
                ? "Inviting…"
                : listCount > 0
                  ? `Invite ${plural(listCount, "person", "people")}`
                  : "Invite"}
            </Button>
          </form>
        </TabsContent>
      </Tabs>
      <div role="status" aria-live="polite" className="mt-3">
        {error ? <p className="text-sm text-red-700">{error}</p> : null}
        {results.length > 0 ? (
          <ul className="space-y-1 text-sm" data-testid="invite-results">
            {results.map((row, index) => (
              <li key={`${row.email}-${index}`} className={outcomeClass[row.outcome]}>
                <span className="font-medium">{row.email || "(no email)"}</span>: {row.message}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
