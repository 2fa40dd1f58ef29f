"use client";
// A panel that slides over the page from the side (a phone's menu), on Radix Dialog: focus moves
// in and is trapped, Escape and the overlay close it, and focus returns to the button that
// opened it.
import * as RadixDialog from "@radix-ui/react-dialog";
import type { ReactNode } from "react";
import { overlayClass } from "./dialog";

export const Sheet = RadixDialog.Root;
export const SheetTrigger = RadixDialog.Trigger;
export const SheetClose = RadixDialog.Close;

export function SheetContent({
  title,
  children,
}: {
  /** The panel's heading, also its accessible name ("Menu"). */
  title: string;
  children: ReactNode;
}) {
  return (
    <RadixDialog.Portal>
      <RadixDialog.Overlay className={overlayClass} />
      <RadixDialog.Content
        aria-describedby={undefined}
        className="fixed inset-y-0 right-0 z-50 flex w-[min(20rem,calc(100vw-3rem))] flex-col overflow-y-auto bg-white p-5 shadow-xl"
      >
        <div className="flex items-center justify-between gap-4">
          <RadixDialog.Title className="text-lg font-semibold">{title}</RadixDialog.Title>
          <RadixDialog.Close className="rounded px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100">
            Close
          </RadixDialog.Close>
        </div>
        {children}
      </RadixDialog.Content>
    </RadixDialog.Portal>
  );
}
