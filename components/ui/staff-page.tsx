// The shell of every staff page: the main landmark (the skip link's target) at one of four
// widths, an optional back link, the heading with what goes beside it (a picture before, actions
// after, a line under it), an optional introduction, then the page. Who may see the page is
// decided before it renders (`staffPageContext` in app/(app)/admin/staff-page.tsx, which returns
// the NoAccess page instead).
import Link from "next/link";
import type { ReactNode } from "react";

// Whole class names, so Tailwind sees them.
const widthClass = {
  narrow: "max-w-2xl",
  medium: "max-w-4xl",
  wide: "max-w-5xl",
  full: "max-w-6xl",
} as const;

export type StaffPageWidth = keyof typeof widthClass;

export function StaffPage({
  title,
  width = "full",
  back,
  picture,
  subtitle,
  actions,
  description,
  children,
}: {
  /** The page's one h1. */
  title: ReactNode;
  width?: StaffPageWidth;
  /** "← All exams": where this page was reached from. */
  back?: { href: string; label: string };
  /** Shown before the heading (a person's picture). */
  picture?: ReactNode;
  /** A line under the heading ("Screening, round 2 · Scheduled"). */
  subtitle?: ReactNode;
  /** Buttons or links beside the heading ("New exam"). */
  actions?: ReactNode;
  /** A sentence under the heading saying what the page is for. */
  description?: ReactNode;
  children: ReactNode;
}) {
  const heading = (
    <div>
      <h1 className="text-3xl font-bold">{title}</h1>
      {subtitle ? (
        <p className="mt-1 flex flex-wrap items-center gap-2 text-slate-600">{subtitle}</p>
      ) : null}
    </div>
  );
  const withPicture = picture ? (
    <div className="flex items-center gap-4">
      {picture}
      {heading}
    </div>
  ) : (
    heading
  );
  return (
    <main id="main" className={`mx-auto ${widthClass[width]} px-6 py-10`}>
      {back ? (
        <Link href={back.href} className="text-sm text-brand-700 underline">
          ← {back.label}
        </Link>
      ) : null}
      <div
        className={`flex flex-wrap justify-between gap-4 ${subtitle || picture ? "items-start" : "items-center"}${back ? " mt-4" : ""}`}
      >
        {withPicture}
        {actions}
      </div>
      {description ? <p className="mt-1 text-slate-600">{description}</p> : null}
      {children}
    </main>
  );
}
