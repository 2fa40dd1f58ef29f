import type { ReactNode } from "react";

/** One label/value row of a details list (`<dl>`): stacked on small screens, side by side on wide. */
export function DetailField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="mt-1 sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  );
}
