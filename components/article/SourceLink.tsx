import { isWebAddress } from "@/lib/validation/article";

/**
 * "Source link" to a syndicated article's original. The editor form accepts only http and https addresses; the
 * link checks again, so a row written some other way can never become a javascript: or data: link.
 */
export function SourceLink({ url }: { url: string | null }) {
  if (!url || !isWebAddress(url)) return null;
  return (
    <p className="source-link">
      <a href={url} rel="noopener">
        Source link
      </a>
    </p>
  );
}
