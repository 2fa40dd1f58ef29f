// A rounded badge: a word, with colour as a second cue. Status badges map their values onto it.
import type { HTMLAttributes } from "react";

export type BadgeTone = "slate" | "blue" | "green" | "violet" | "amber" | "red";

// Whole class names, so Tailwind sees them.
const toneClass: Record<BadgeTone, string> = {
  slate: "border-slate-300 bg-slate-100 text-slate-800",
  blue: "border-blue-300 bg-blue-50 text-blue-900",
  green: "border-green-300 bg-green-50 text-green-900",
  violet: "border-violet-300 bg-violet-50 text-violet-900",
  amber: "border-amber-300 bg-amber-50 text-amber-900",
  red: "border-red-300 bg-red-50 text-red-900",
};

const sizeClass = { small: "px-2 py-0.5 text-xs", large: "px-3 py-0.5 text-sm" };

/** Other attributes (data-status, data-testid …) go on the badge's element. */
export function Badge({
  tone,
  size = "small",
  className,
  children,
  ...attributes
}: HTMLAttributes<HTMLSpanElement> & { tone: BadgeTone; size?: keyof typeof sizeClass }) {
  return (
    <span
      {...attributes}
      className={`inline-flex items-center rounded-full border font-semibold ${sizeClass[size]} ${toneClass[tone]}${className ? ` ${className}` : ""}`}
    >
      {children}
    </span>
  );
}
