// A button that stays pressed or not (aria-pressed), such as "Flag for review": the same name in
// both states, the state shown by its look and announced by screen readers as "pressed".
import { forwardRef, type ButtonHTMLAttributes } from "react";

// Whole class names, so Tailwind sees them.
const base =
  "inline-flex items-center justify-center gap-2 rounded border px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-60";
const pressedClass = "border-amber-400 bg-amber-50 text-amber-900 hover:bg-amber-100";
const unpressedClass = "border-slate-300 bg-white text-slate-800 hover:bg-slate-100";

export const ToggleButton = forwardRef<
  HTMLButtonElement,
  Omit<ButtonHTMLAttributes<HTMLButtonElement>, "aria-pressed"> & { pressed: boolean }
>(function ToggleButton({ pressed, className, type, ...attributes }, ref) {
  return (
    <button
      ref={ref}
      type={type ?? "button"}
      aria-pressed={pressed}
      {...attributes}
      className={`${base} ${pressed ? pressedClass : unpressedClass}${className ? ` ${className}` : ""}`}
    />
  );
});
