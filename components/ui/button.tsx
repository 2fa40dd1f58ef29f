// The one button of the UI kit: a tone (what the action does) and a size. Links that look like
// buttons use `buttonClass` on a <Link>, so both read the same.
import { forwardRef, type ButtonHTMLAttributes } from "react";

export type ButtonTone = "primary" | "secondary" | "danger" | "quiet";
export type ButtonSize = "small" | "medium";

// Whole class names, so Tailwind sees them.
const toneClass: Record<ButtonTone, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-600",
  secondary: "border border-slate-300 bg-white text-slate-900 hover:bg-slate-100",
  danger: "bg-red-700 text-white hover:bg-red-800",
  quiet: "text-slate-700 hover:bg-slate-100",
};
const sizeClass: Record<ButtonSize, string> = {
  small: "px-3 py-1.5 text-sm",
  medium: "px-4 py-2",
};

export function buttonClass(tone: ButtonTone = "secondary", size: ButtonSize = "medium"): string {
  return `inline-flex items-center justify-center gap-2 rounded font-medium disabled:cursor-not-allowed disabled:opacity-60 ${toneClass[tone]} ${sizeClass[size]}`;
}

export const Button = forwardRef<
  HTMLButtonElement,
  ButtonHTMLAttributes<HTMLButtonElement> & { tone?: ButtonTone; size?: ButtonSize }
>(function Button({ tone = "secondary", size = "medium", className, type, ...attributes }, ref) {
  return (
    <button
      ref={ref}
      type={type ?? "button"}
      {...attributes}
      className={`${buttonClass(tone, size)}${className ? ` ${className}` : ""}`}
    />
  );
});
