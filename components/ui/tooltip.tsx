"use client";
// The UI kit's tooltip, on Radix Tooltip: a short hint that appears when its trigger is hovered or
// gets keyboard focus, describes the trigger to screen readers (aria-describedby while shown), and
// goes on Escape or when focus leaves. Only for extra hints: what a control does must not depend
// on it. One <TooltipProvider> (components/providers.tsx) shares the delay between tooltips.
import * as RadixTooltip from "@radix-ui/react-tooltip";
import type { ReactNode } from "react";

export const TooltipProvider = RadixTooltip.Provider;

/** `children` is the trigger: one focusable element (a Button, a link). */
export function Tooltip({
  content,
  children,
  side = "top",
}: {
  content: ReactNode;
  children: ReactNode;
  side?: "top" | "right" | "bottom" | "left";
}) {
  return (
    <RadixTooltip.Root>
      <RadixTooltip.Trigger asChild>{children}</RadixTooltip.Trigger>
      <RadixTooltip.Portal>
        <RadixTooltip.Content
          side={side}
          sideOffset={6}
          collisionPadding={8}
          className="z-50 max-w-xs rounded bg-slate-900 px-3 py-2 text-sm text-white shadow-lg"
        >
          {content}
          <RadixTooltip.Arrow className="fill-slate-900" />
        </RadixTooltip.Content>
      </RadixTooltip.Portal>
    </RadixTooltip.Root>
  );
}
