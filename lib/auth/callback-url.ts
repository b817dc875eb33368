/** Where to go after signing in: a dashboard path on this site, never another origin. */
export function safeCallbackUrl(value: string | string[] | undefined | null): string {
  const url = Array.isArray(value) ? value[0] : value;
  return url && /^\/dashboard(?:[/?#]|$)/.test(url) && !url.startsWith("//") ? url : "/dashboard";
}
