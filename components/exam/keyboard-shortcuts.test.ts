import { describe, expect, it } from "vitest";
import { isTypingTarget, shortcutFor, type KeyTarget } from "./keyboard-shortcuts";

const body: KeyTarget = { tagName: "BODY" };
const radio: KeyTarget = { tagName: "INPUT", type: "radio" };
const button: KeyTarget = { tagName: "BUTTON" };

describe("shortcutFor", () => {
  it("moves between questions with ← and →, wherever the focus is, even on an option", () => {
    for (const target of [body, radio, button, null]) {
      expect(shortcutFor({ key: "ArrowRight", target })).toEqual({ kind: "go", delta: 1 });
      expect(shortcutFor({ key: "ArrowLeft", target })).toEqual({ kind: "go", delta: -1 });
    }
  });

  it("never turns an arrow key into a choice", () => {
    for (const key of ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown"]) {
      expect(shortcutFor({ key, target: radio })?.kind).not.toBe("choose");
    }
    // ↑ ↓ on an option move focus only; elsewhere they scroll the page as usual.
    expect(shortcutFor({ key: "ArrowDown", target: radio })).toEqual({
      kind: "focus-option",
      delta: 1,
    });
    expect(shortcutFor({ key: "ArrowUp", target: radio })).toEqual({
      kind: "focus-option",
      delta: -1,
    });
    expect(shortcutFor({ key: "ArrowDown", target: body })).toBeNull();
  });

  it("chooses with A–D in either case and flags with F", () => {
    expect(shortcutFor({ key: "b", target: body })).toEqual({ kind: "choose", option: "B" });
    expect(shortcutFor({ key: "D", target: radio })).toEqual({ kind: "choose", option: "D" });
    expect(shortcutFor({ key: "f", target: button })).toEqual({ kind: "flag" });
    expect(shortcutFor({ key: "e", target: body })).toBeNull();
    expect(shortcutFor({ key: "Enter", target: body })).toBeNull();
  });

  it("leaves modifier combinations, text fields and dialogs alone", () => {
    for (const modifier of ["altKey", "ctrlKey", "metaKey", "shiftKey"] as const) {
      expect(shortcutFor({ key: "a", target: body, [modifier]: true })).toBeNull();
      expect(shortcutFor({ key: "ArrowRight", target: body, [modifier]: true })).toBeNull();
    }
    expect(shortcutFor({ key: "a", target: { tagName: "INPUT", type: "text" } })).toBeNull();
    expect(shortcutFor({ key: "a", target: { tagName: "TEXTAREA" } })).toBeNull();
    expect(
      shortcutFor({ key: "a", target: { tagName: "DIV", isContentEditable: true } }),
    ).toBeNull();
    expect(shortcutFor({ key: "a", target: body, dialogOpen: true })).toBeNull();
    expect(
      shortcutFor({ key: "ArrowRight", target: { tagName: "BUTTON", insideDialog: true } }),
    ).toBeNull();
  });
});

describe("isTypingTarget", () => {
  it("knows which inputs take text", () => {
    expect(isTypingTarget({ tagName: "input" })).toBe(true); // no type: text
    expect(isTypingTarget({ tagName: "INPUT", type: "search" })).toBe(true);
    expect(isTypingTarget({ tagName: "INPUT", type: "checkbox" })).toBe(false);
    expect(isTypingTarget({ tagName: "SELECT" })).toBe(true);
    expect(isTypingTarget(radio)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
