// The exam page's keyboard shortcuts, decided from a plain description of the key press (pure, so
// it is tested without a DOM). One key, one meaning:
//   A–D    choose that answer for the question on screen
//   ← →    previous / next question — never a change of answer, even with focus on an option
//          (a native radio group would select the neighbouring option and autosave it)
//   ↑ ↓    on an option: move focus to the neighbouring option without choosing it (Space chooses)
//   F      flag / unflag the question for review
// Nothing happens with Alt, Ctrl, Meta or Shift held (browser and system shortcuts), while typing
// in a text field, or while a dialog is open.
import { OPTIONS, type Option } from "./exam-logic";

export type KeyTarget = {
  tagName: string;
  /** The input's type attribute, for <input> elements. */
  type?: string;
  isContentEditable?: boolean;
  insideDialog?: boolean;
};

export type KeyPress = {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  target: KeyTarget | null;
  dialogOpen?: boolean;
};

export type Shortcut =
  | { kind: "choose"; option: Exclude<Option, ""> }
  | { kind: "go"; delta: -1 | 1 }
  | { kind: "focus-option"; delta: -1 | 1 }
  | { kind: "flag" };

/** Inputs that take text (every input type except these takes typed characters). */
const nonTextInputs = new Set(["radio", "checkbox", "button", "submit", "reset", "range", "color"]);

export function isTypingTarget(target: KeyTarget | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName.toUpperCase();
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag === "INPUT") return !nonTextInputs.has((target.type ?? "text").toLowerCase());
  return false;
}

const isOption = (target: KeyTarget | null) =>
  target?.tagName.toUpperCase() === "INPUT" && target.type?.toLowerCase() === "radio";

/** What a key press does on the exam page, or null to leave it to the browser. */
export function shortcutFor(press: KeyPress): Shortcut | null {
  if (press.altKey || press.ctrlKey || press.metaKey || press.shiftKey) return null;
  if (press.dialogOpen || press.target?.insideDialog) return null;
  if (isTypingTarget(press.target)) return null;
  switch (press.key) {
    case "ArrowLeft":
      return { kind: "go", delta: -1 };
    case "ArrowRight":
      return { kind: "go", delta: 1 };
    case "ArrowUp":
      return isOption(press.target) ? { kind: "focus-option", delta: -1 } : null;
    case "ArrowDown":
      return isOption(press.target) ? { kind: "focus-option", delta: 1 } : null;
  }
  if (press.key.length !== 1) return null;
  const letter = press.key.toUpperCase();
  if (letter === "F") return { kind: "flag" };
  if ((OPTIONS as readonly string[]).includes(letter)) {
    return { kind: "choose", option: letter as Exclude<Option, ""> };
  }
  return null;
}

/** The on-page hint: exactly what the keys above do. */
export const shortcutHint =
  "Keyboard: A–D choose an answer · ← → previous or next question · F flag for review. " +
  "Arrow keys never change an answer.";
