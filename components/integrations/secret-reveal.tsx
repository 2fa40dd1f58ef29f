"use client";
// A secret shown once (an API key, a webhook's signing secret): in a read-only field with a Copy
// button that says when it worked, and a warning that it will not be shown again.
import { useState } from "react";
import { Button } from "@/components/ui/button";

export function SecretReveal({ label, value }: { label: string; value: string }) {
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("yes");
    } catch {
      setCopied("no");
    }
  };
  return (
    <div className="mt-4">
      <label htmlFor="revealed-secret" className="text-sm font-medium">
        {label}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id="revealed-secret"
          readOnly
          value={value}
          data-testid="revealed-secret"
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm"
        />
        <Button onClick={() => void copy()}>Copy</Button>
      </div>
      <p role="status" aria-live="polite" className="mt-1 min-h-5 text-sm text-green-800">
        {copied === "yes"
          ? "Copied."
          : copied === "no"
            ? "Copying was not allowed here: select the text and copy it by hand."
            : ""}
      </p>
      <p className="mt-1 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
        Store it now: it will not be shown again.
      </p>
    </div>
  );
}
