// The slim header of the exam pages (start page, taker, refusals): the platform's name, the exam's
// title, and on the right what the page puts there (the timer and "Leave exam" while taking). It
// sticks to the top of the window, so the timer stays in view however far the page scrolls.
import type { ReactNode } from "react";

// Whole class names, so Tailwind sees them.
const widthClass = { narrow: "max-w-3xl", wide: "max-w-4xl" };

export function ExamHeader({
  title,
  width = "wide",
  children,
}: {
  title?: string;
  /** The page's own width, so the header lines up with it. */
  width?: keyof typeof widthClass;
  children?: ReactNode;
}) {
  return (
    <header
      className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 shadow-sm backdrop-blur"
      data-testid="exam-header"
    >
      <div className={`mx-auto flex ${widthClass[width]} items-center gap-3 px-4 py-2 sm:px-6`}>
        <div className="min-w-0 flex-1">
          <p className="truncate text-xs font-semibold tracking-wide text-brand-700 uppercase">
            Competition Platform
          </p>
          {title ? <p className="truncate text-sm font-medium text-slate-900">{title}</p> : null}
        </div>
        {children}
      </div>
    </header>
  );
}
