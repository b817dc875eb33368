// What sign-in may say when it refuses. No "server-only": the sign-in page checks the text it is given against these.

export const wrongCredentials = "Wrong email or password.";
export const accountDisabled = "This account is disabled. Ask an admin to enable it.";

export function waitMessage(seconds: number): string {
  return `Too many wrong passwords. Try again in ${seconds} ${seconds === 1 ? "second" : "seconds"}.`;
}

const waitPattern = /^Too many wrong passwords\. Try again in \d{1,4} seconds?\.$/;

/**
 * The text for the sign-in page's `?error=`, where next-auth sends a form posted without scripts that was refused:
 * one of the messages above, or a fixed one for next-auth's own codes. Any other text is not shown as it came, since
 * anyone can put any text in that address ("Your session expired, sign in at https://…" on our own page).
 */
export function signInErrorText(error: string): string {
  if (error === wrongCredentials || error === accountDisabled || waitPattern.test(error)) return error;
  if (error === "CredentialsSignin") return wrongCredentials;
  if (error === "SessionRequired") return "Sign in to see that page.";
  return "Signing in did not work. Try again.";
}
