"use client";
// The UI kit's toasts, on Radix Toast: a short message about an action that just happened, shown
// in a corner for a few seconds (longer while hovered or focused), announced by screen readers
// through a live status region, dismissed with its Close button, a swipe or Escape; F8 moves
// focus to the notifications region. `toast()` can be called from any client code; the one
// <Toaster /> (in components/providers.tsx) shows them.
import * as RadixToast from "@radix-ui/react-toast";
import { useSyncExternalStore } from "react";

export type ToastTone = "success" | "error" | "info";

export type ToastMessage = {
  id: number;
  title: string;
  description?: string;
  tone: ToastTone;
  /** For the journeys' assertions (data-testid on the toast). */
  testId?: string;
  /** A newer toast with the same key replaces the one on show (one outcome per control). */
  key?: string;
};

type Listener = () => void;

// One list for the page, outside React, so that `toast()` needs no hook and no provider.
let messages: ToastMessage[] = [];
let nextId = 1;
const listeners = new Set<Listener>();
const emit = () => listeners.forEach((listener) => listener());
const noMessages: ToastMessage[] = [];

/** Show a toast; returns its id (for `dismissToast`). */
export function toast(message: Omit<ToastMessage, "id" | "tone"> & { tone?: ToastTone }): number {
  const id = nextId++;
  // At most three at once: the oldest goes first.
  const shown: ToastMessage = { tone: "success", ...message, id };
  const others = message.key ? messages.filter((other) => other.key !== message.key) : messages;
  messages = [...others, shown].slice(-3);
  emit();
  return id;
}

export function dismissToast(id: number) {
  messages = messages.filter((message) => message.id !== id);
  emit();
}

/** The toasts on show, oldest first (what the Toaster renders). */
export function toastsOnShow(): readonly ToastMessage[] {
  return messages;
}

function subscribe(listener: Listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The toasts on show, and `toast` itself (for components that prefer a hook). */
export function useToast() {
  const current = useSyncExternalStore(
    subscribe,
    () => messages,
    () => noMessages,
  );
  return { toasts: current, toast, dismiss: dismissToast };
}

// Whole class names, so Tailwind sees them.
const toneClass: Record<ToastTone, string> = {
  success: "border-green-300 bg-green-50 text-green-900",
  error: "border-red-300 bg-red-50 text-red-900",
  info: "border-slate-300 bg-white text-slate-900",
};

/** Where the toasts appear: once per page, in the providers. */
export function Toaster() {
  const { toasts, dismiss } = useToast();
  return (
    <RadixToast.Provider duration={8000} label="Notifications">
      {toasts.map((message) => (
        <RadixToast.Root
          key={message.id}
          type={message.tone === "error" ? "foreground" : "background"}
          onOpenChange={(open) => {
            if (!open) dismiss(message.id);
          }}
          data-testid={message.testId}
          className={`pointer-events-auto flex items-start justify-between gap-3 rounded-lg border p-4 shadow-lg ${toneClass[message.tone]}`}
        >
          <div className="min-w-0">
            <RadixToast.Title className="font-semibold">{message.title}</RadixToast.Title>
            {message.description ? (
              <RadixToast.Description className="mt-1 text-sm">
                {message.description}
              </RadixToast.Description>
            ) : null}
          </div>
          <RadixToast.Close className="shrink-0 rounded px-2 py-1 text-sm underline hover:bg-black/5">
            Close
          </RadixToast.Close>
        </RadixToast.Root>
      ))}
      <RadixToast.Viewport className="fixed right-0 bottom-0 z-[60] m-0 flex w-full max-w-sm list-none flex-col gap-2 p-4 outline-none" />
    </RadixToast.Provider>
  );
}
