import { describe, expect, it } from "vitest";
import { accountDisabled, signInErrorText, waitMessage, wrongCredentials } from "./sign-in-messages";

describe("what the sign-in page says for ?error=", () => {
  it("says sign-in's own refusals as they are", () => {
    for (const message of [wrongCredentials, accountDisabled, waitMessage(1), waitMessage(900)]) expect(signInErrorText(message)).toBe(message);
    expect(signInErrorText("CredentialsSignin")).toBe(wrongCredentials);
  });

  it("never shows other text from the address", () => {
    const lure = "Your session expired. Sign in at https://dateline-login.example instead";
    expect(signInErrorText(lure)).toBe("Signing in did not work. Try again.");
    expect(signInErrorText(`${wrongCredentials} ${lure}`)).toBe("Signing in did not work. Try again.");
    expect(signInErrorText("Too many wrong passwords. Try again in 5 seconds. Or call +1 555 0100.")).toBe("Signing in did not work. Try again.");
  });
});
