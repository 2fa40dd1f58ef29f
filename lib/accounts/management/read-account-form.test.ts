import { describe, expect, it } from "vitest";
import { Invalid } from "@/lib/errors";
import { formFieldErrors, readAccountForm } from "./read-account-form";
import { accountChanges, phoneNumber } from "./schemas";

const form = (fields: Record<string, string | File>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof Invalid) return error.errors;
    throw error;
  }
  throw new Error("expected a refusal");
};

describe("phone numbers", () => {
  it.each(["+234 901 234 5678", "(0801) 234-5678", "1234567"])("accepts %s", (value) => {
    expect(phoneNumber.parse(value)).toBe(value);
  });
  it("trims, and turns blank into null", () => {
    expect(phoneNumber.parse("  0801234567 ")).toBe("0801234567");
    expect(phoneNumber.parse("   ")).toBeNull();
    expect(phoneNumber.parse(null)).toBeNull();
  });
  it.each(["123456", "+1 (2) 3-4", "0801.234.5678", "phone 0801234567", "1".repeat(21)])(
    "refuses %s",
    (value) => {
      expect(phoneNumber.safeParse(value).success).toBe(false);
    },
  );
});

describe("accountChanges", () => {
  it("refuses unknown keys at every level with a message naming them", () => {
    const result = accountChanges.safeParse({ user: { email: "a@b.c", role: "x" } });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toContain("cannot be changed here: email, role");
  });
});

describe("readAccountForm", () => {
  it("maps the spec's fields onto the JSON shape", () => {
    const { changes, picture } = readAccountForm(
      form({ first_name: " Ada ", phone_number: "0801 234 5678", school: "" }),
    );
    expect(changes).toEqual({
      user: { first_name: "Ada", phone: "0801 234 5678" },
      profile: { school: null },
    });
    expect(picture).toBeUndefined();
  });

  it("accepts phone as an alias and passes the picture entry through", () => {
    const file = new File([new Uint8Array([1])], "me.png");
    const { changes, picture } = readAccountForm(
      form({ phone: "0801234567", profile_picture: file }),
    );
    expect(changes.user).toEqual({ phone: "0801234567" });
    expect(picture).toBeInstanceOf(File);
  });

  it("refuses unknown, repeated and file-typed text fields by name", () => {
    expect(refusal(() => readAccountForm(form({ email: "x@y.z" })))).toEqual({
      email: ["This field cannot be changed here."],
    });
    const twice = new FormData();
    twice.append("first_name", "A");
    twice.append("first_name", "B");
    expect(Object.keys(refusal(() => readAccountForm(twice))!)).toEqual(["first_name"]);
    expect(
      Object.keys(refusal(() => readAccountForm(form({ last_name: new File(["x"], "x.txt") })))!),
    ).toEqual(["last_name"]);
    expect(
      Object.keys(
        refusal(() => readAccountForm(form({ phone: "1234567", phone_number: "7654321" })))!,
      ),
    ).toEqual(["phone_number"]);
  });

  it("reports validation errors under the form's names", () => {
    expect(
      Object.keys(refusal(() => readAccountForm(form({ first_name: "", phone: "x" })))!).sort(),
    ).toEqual(["first_name", "phone"]);
    expect(formFieldErrors({ "profile.school": ["no"], "user.phone": ["bad"] })).toEqual({
      school: ["no"],
      phone_number: ["bad"],
    });
  });
});
