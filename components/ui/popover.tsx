"use client";
// The UI kit's popover, on Radix Popover: a panel attached to a button that holds its own
// controls (the notification list's "Mark read" buttons, say). Focus moves into it when it opens,
// Escape or a click outside closes it and focus returns to the button; screen readers hear a
// dialog named by `label`.
import * as RadixPopover from "@radix-ui/react-popover";
import type { ReactNode } from "react";

export const Popover = RadixPopover.Root;
export const PopoverTrigger = RadixPopover.Trigger;
export const PopoverClose = RadixPopover.Close;

export function PopoverContent({
  label,
  children,
  align = "end",
  className = "w-96",
}: {
  /** What the panel is, for screen readers ("Notifications"). */
  label: string;
  children: ReactNode;
  align?: "start" | "center" | "end";
  /** Width classes; the panel never grows wider than the screen. */
  className?: string;
}) {
  return (
    <RadixPopover.Portal>
      <RadixPopover.Content
        aria-label={label}
        align={align}
        sideOffset={6}
        collisionPadding={8}
        className={`z-50 max-w-[calc(100vw-1rem)] rounded-md border border-slate-200 bg-white text-sm shadow-lg outline-none ${className}`}
      >
        {children}
      </RadixPopover.Content>
    </RadixPopover.Portal>
  );
}
