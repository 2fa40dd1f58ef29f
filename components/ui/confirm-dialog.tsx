"use client";
// Confirmation before an action that cannot be taken back, on Radix AlertDialog: it does not close
// on an outside click, and focus starts on the safe choice. `onConfirm` may be async: the dialog
// stays open and says "Working…" until it settles, and closes when it succeeds.
import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useState, type ReactNode } from "react";
import { Button, type ButtonTone } from "./button";
import { overlayClass, panelClass } from "./dialog";

export type ConfirmDialogProps = {
  /** The element that opens the dialog (a Button); omitted when `open` is controlled. */
  trigger?: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  tone?: Extract<ButtonTone, "primary" | "danger">;
  /** Return false (or throw) to keep the dialog open, e.g. when the action was refused. */
  onConfirm: () => void | boolean | Promise<void | boolean>;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  children?: ReactNode;
};

export function ConfirmDialog({
  trigger,
  title,
  description,
  confirmLabel,
  cancelLabel = "Cancel",
  tone = "primary",
  onConfirm,
  open: controlledOpen,
  onOpenChange,
  children,
}: ConfirmDialogProps) {
  const [ownOpen, setOwnOpen] = useState(false);
  const [working, setWorking] = useState(false);
  const open = controlledOpen ?? ownOpen;
  const setOpen = (next: boolean) => {
    if (working) return;
    setOwnOpen(next);
    onOpenChange?.(next);
  };
  const confirm = async () => {
    setWorking(true);
    let outcome: void | boolean = false;
    try {
      outcome = await onConfirm();
    } finally {
      setWorking(false);
    }
    if (outcome !== false) {
      setOwnOpen(false);
      onOpenChange?.(false);
    }
  };
  return (
    <AlertDialog.Root open={open} onOpenChange={setOpen}>
      {trigger ? <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger> : null}
      <AlertDialog.Portal>
        <AlertDialog.Overlay className={overlayClass} />
        <AlertDialog.Content
          className={panelClass}
          // With no description, tell Radix there is none (it warns otherwise).
          {...(description ? {} : { "aria-describedby": undefined })}
        >
          <AlertDialog.Title className="text-lg font-semibold">{title}</AlertDialog.Title>
          {description ? (
            <AlertDialog.Description asChild>
              <div className="mt-2 text-slate-700">{description}</div>
            </AlertDialog.Description>
          ) : null}
          {children}
          <div className="mt-5 flex flex-wrap justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <Button disabled={working}>{cancelLabel}</Button>
            </AlertDialog.Cancel>
            {/* Not AlertDialog.Action: that closes at once, before an async action settles. */}
            <Button tone={tone} disabled={working} onClick={() => void confirm()}>
              {working ? "Working…" : confirmLabel}
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
