/**
 * Response headers for every page. Public pages are cached and shared between readers, so they cannot carry a
 * per-request nonce: their CSP allows the site's own and inline scripts, and the sanitizer is what keeps reader and
 * editor input inert on them. The dashboard and the sign-in page are rendered per request and get a strict,
 * nonce-based CSP from proxy.ts. SECURITY.md explains the choice.
 */

const common = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  // An article may show a picture from another site, as WordPress and Ghost allow, over HTTPS: the editor refuses
  // plain-http image addresses (lib/validation/article.ts), which would be mixed content on an HTTPS site.
  "img-src 'self' data: blob: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

export const publicContentSecurityPolicy = ["script-src 'self' 'unsafe-inline'", ...common].join("; ");

export function staffContentSecurityPolicy(nonce: string): string {
  return [`script-src 'nonce-${nonce}' 'strict-dynamic'`, ...common].join("; ");
}

/** Headers for every page, those under /api included; see `apiSecurityHeaders` for our JSON endpoints. */
export const baseSecurityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
  { key: "X-Frame-Options", value: "DENY" },
  // Browsers ignore HSTS on plain-HTTP responses, so sending it from every production build is safe on localhost.
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
];

/**
 * Headers for our API's answers (JSON from /api/views, /api/health and /api/uploads, and the view pixel; next.config.ts
 * names them), as OWASP's REST cheat sheet lists them. Such an answer runs no script and loads nothing, so its policy
 * allows nothing at all; a page's policy, Referrer-Policy and Permissions-Policy would say nothing about it. Kept short
 * on purpose: the view beacon's answer is sent at a tenth of the article page's rate under a spike
 * (lib/server/view-beacon.ts), and each header costs the request thread time.
 */
export const apiSecurityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
];
