"use client";
// The exam page's keyboard shortcuts (keyboard-shortcuts.ts says which): one listener on the
// document, so they work as soon as the page loads, wherever the focus is. It listens in the
// capture phase so that it runs before a focused radio button's own arrow-key handling, which it
// cancels: an arrow key never changes an answer.
import { useEffect } from "react";
import { shortcutFor, type KeyTarget } from "./keyboard-shortcuts";
import { useLatest } from "./use-latest";

const dialogSelector = '[role="dialog"], [role="alertdialog"], dialog[open]';

function describe(target: EventTarget | null): KeyTarget | null {
  if (!(target instanceof HTMLElement)) return null;
  return {
    tagName: target.tagName,
    type: target instanceof HTMLInputElement ? target.type : undefined,
    isContentEditable: target.isContentEditable,
    insideDialog: Boolean(target.closest(dialogSelector)),
  };
}

/** Focus the option above or below, without choosing it. */
function moveOptionFocus(target: EventTarget | null, delta: -1 | 1) {
  if (!(target instanceof HTMLInputElement) || target.type !== "radio") return;
  const group = [
    ...document.querySelectorAll<HTMLInputElement>(
      `input[type="radio"][name="${CSS.escape(target.name)}"]`,
    ),
  ];
  const next = group[group.indexOf(target) + delta];
  next?.focus();
}

export function useExamShortcuts(
  enabled: boolean,
  actions: {
    choose: (option: "A" | "B" | "C" | "D") => void;
    go: (delta: -1 | 1) => void;
    flag: () => void;
  },
) {
  const latest = useLatest({ enabled, actions });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!latest.current.enabled || event.isComposing) return;
      const shortcut = shortcutFor({
        key: event.key,
        altKey: event.altKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        shiftKey: event.shiftKey,
        target: describe(event.target),
        dialogOpen: Boolean(document.querySelector(dialogSelector)),
      });
      if (!shortcut) return;
      event.preventDefault();
      const { actions: current } = latest.current;
      if (shortcut.kind === "choose") current.choose(shortcut.option);
      else if (shortcut.kind === "go") current.go(shortcut.delta);
      else if (shortcut.kind === "flag") current.flag();
      else moveOptionFocus(event.target, shortcut.delta);
    };
    document.addEventListener("keydown", onKeyDown, true);
    return () => document.removeEventListener("keydown", onKeyDown, true);
  }, [latest]);
}
