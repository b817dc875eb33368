import { describe, expect, it } from "vitest";
import { passwordField } from "./user";

describe("passwords", () => {
  it("takes 8 to 1,024 characters, and not only spaces", () => {
    expect(passwordField.safeParse("harbour lights").success).toBe(true);
    expect(passwordField.safeParse("  tide  ").success).toBe(true);
    expect(passwordField.safeParse("short").error?.issues[0].message).toBe("Use at least 8 characters.");
    expect(passwordField.safeParse(" ".repeat(8)).error?.issues[0].message).toBe("Use a password that is not only spaces.");
    expect(passwordField.safeParse("\t \n".repeat(4)).success).toBe(false);
  });
});
