import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { deleteSession, findSessionStaff } from "@/db/queries/sessions";
import { siteConfig } from "@/lib/config";
import { authSecret } from "@/lib/secrets";
import { clientIp } from "@/lib/views/visitor";
import { signInSchema } from "@/lib/validation/user";
import { authenticate, sessionMaxAgeSeconds } from "./sign-in";
import { wrongCredentials } from "./sign-in-messages";

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
    uid?: number;
    role?: string;
  }
}

/** Secure cookies whenever the site is served over HTTPS. */
export function usesSecureCookies(): boolean {
  return siteConfig().url.startsWith("https://");
}

/** next-auth's settings, built when a request needs them rather than at import. */
export function authOptions(): AuthOptions {
  // next-auth v4 reads its own address from the environment only.
  process.env.NEXTAUTH_URL ??= siteConfig().url;
  return {
    secret: authSecret().secret,
    session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
    jwt: { maxAge: sessionMaxAgeSeconds },
    useSecureCookies: usesSecureCookies(),
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const headers = new Headers();
          for (const [name, value] of Object.entries(req.headers ?? {})) headers.set(name, String(value));
          const input = signInSchema.safeParse(credentials ?? {});
          if (!input.success) throw new Error(wrongCredentials);
          const result = await authenticate(input.data.email, input.data.password, clientIp(headers));
          // next-auth passes a thrown error's message to the sign-in form.
          if (!result.ok) throw new Error(result.message);
          return { id: String(result.user.id), name: result.user.name, role: result.user.role, sid: result.sessionId };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          const signedIn = user as typeof user & { role: string; sid: string };
          token.uid = Number(signedIn.id);
          token.role = signedIn.role;
          token.sid = signedIn.sid;
          return token;
        }
        // next-auth's own session endpoint (/api/auth/session) reads the token alone. A session ended by signing out,
        // by disabling the user or by a password change is over there too, as everywhere else (lib/auth/staff.ts):
        // throwing makes next-auth answer with no session and clear the cookie.
        const staff = token.sid ? findSessionStaff(token.sid, new Date()) : undefined;
        if (!staff || staff.disabled) throw new Error("This session has ended.");
        token.role = staff.role;
        token.name = staff.name;
        return token;
      },
      session({ session, token }) {
        return { ...session, user: { name: session.user?.name, role: token.role } };
      },
    },
    events: {
      signOut({ token }) {
        if (token?.sid) deleteSession(token.sid);
      },
    },
  };
}
