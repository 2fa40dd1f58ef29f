"use client";
// The UI kit's dialog, on Radix Dialog: focus moves in and is trapped, Escape and the overlay
// close it, focus returns to the trigger, and the title and description are announced.
import * as RadixDialog from "@radix-ui/react-dialog";
import type { ReactNode } from "react";

export const Dialog = RadixDialog.Root;
export const DialogTrigger = RadixDialog.Trigger;
export const DialogClose = RadixDialog.Close;

export const overlayClass = "fixed inset-0 z-40 bg-slate-900/50";
export const panelClass =
  "fixed top-1/2 left-1/2 z-50 max-h-[calc(100vh-2rem)] w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-6 shadow-xl";

/** The panel: a title, an optional description, then the body (its buttons included). */
export function DialogContent({
  title,
  description,
  children,
  className,
  ...attributes
}: {
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  className?: string;
} & Omit<RadixDialog.DialogContentProps, "title" | "children">) {
  return (
    <RadixDialog.Portal>
      <RadixDialog.Overlay className={overlayClass} />
      <RadixDialog.Content
        // With no description, tell Radix there is none (it warns otherwise).
        {...(description ? {} : { "aria-describedby": undefined })}
        {...attributes}
        className={`${panelClass}${className ? ` ${className}` : ""}`}
      >
        <RadixDialog.Title className="text-lg font-semibold">{title}</RadixDialog.Title>
        {description ? (
          <RadixDialog.Description asChild>
            <div className="mt-2 text-slate-700">{description}</div>
          </RadixDialog.Description>
        ) : null}
        {children}
      </RadixDialog.Content>
    </RadixDialog.Portal>
  );
}

/** The row of buttons at the foot of a dialog: the safe choice first, the action last. */
export function DialogFooter({ children }: { children: ReactNode }) {
  return <div className="mt-5 flex flex-wrap justify-end gap-2">{children}</div>;
}
