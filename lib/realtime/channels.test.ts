import { describe, expect, it } from "vitest";
import {
  InvalidChannelError,
  assertChannelName,
  assertSocketId,
  channelKind,
  isValidChannelName,
  isValidSocketId,
  userChannel,
  userIdOfChannel,
} from "./channels";

describe("channel names", () => {
  it("accepts Pusher's character set up to 200 characters", () => {
    expect(isValidChannelName("private-user-0b6f1c1e-5b7a-4d0e-9c1f-2a3b4c5d6e7f")).toBe(true);
    expect(isValidChannelName("presence-a_b=c@d,e.f;g")).toBe(true);
    expect(isValidChannelName("x".repeat(200))).toBe(true);
  });

  it.each(["", "x".repeat(201), "private-a b", "private-a/b", "a#b", "ü", "a\nb", 42, null])(
    "rejects %j",
    (name) => {
      expect(isValidChannelName(name)).toBe(false);
      expect(() => assertChannelName(name)).toThrow(InvalidChannelError);
    },
  );

  it("classifies channels by prefix", () => {
    expect(channelKind("private-user-1")).toBe("private");
    expect(channelKind("private-encrypted-x")).toBe("private");
    expect(channelKind("presence-room")).toBe("presence");
    expect(channelKind("news")).toBe("public");
    expect(channelKind("privateish")).toBe("public");
  });

  it("names a user's private channel and refuses ids that would make it invalid", () => {
    expect(userChannel("0b6f1c1e-5b7a-4d0e-9c1f-2a3b4c5d6e7f")).toBe(
      "private-user-0b6f1c1e-5b7a-4d0e-9c1f-2a3b4c5d6e7f",
    );
    expect(() => userChannel("a b")).toThrow(InvalidChannelError);
    expect(() => userChannel("x".repeat(200))).toThrow(InvalidChannelError);
  });

  it("reads the user back from a user channel, and from nothing else", () => {
    const id = "0b6f1c1e-5b7a-4d0e-9c1f-2a3b4c5d6e7f";
    expect(userIdOfChannel(userChannel(id))).toBe(id);
    for (const other of [
      `private-user-${id}x`,
      `private-user-x${id}`,
      "private-user-42",
      `presence-user-${id}`,
      `private-encrypted-user-${id}`,
      `user-${id}`,
    ]) {
      expect(userIdOfChannel(other)).toBeUndefined();
    }
  });
});

describe("socket ids", () => {
  it("accepts digits.digits only", () => {
    expect(isValidSocketId("123.456")).toBe(true);
    for (const bad of ["", "123", "123.", ".456", "1.2.3", "a.1", "1.2 ", 1.2]) {
      expect(isValidSocketId(bad)).toBe(false);
      expect(() => assertSocketId(bad)).toThrow(InvalidChannelError);
    }
  });

  it("is a plain Error subclass with its own name", () => {
    const error = new InvalidChannelError("nope");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("InvalidChannelError");
  });
});
