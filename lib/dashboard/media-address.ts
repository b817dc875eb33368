import type { z } from "zod";
import type { libraryFilterField } from "@/lib/validation/media";

type Place = { show: z.infer<typeof libraryFilterField>; page: number; confirm?: string; deleted?: boolean };

/** The media library's address for a filter and page, with a deletion to confirm or one just done. */
export function libraryAddress({ show, page, confirm, deleted }: Place): string {
  const query = new URLSearchParams({
    ...(show === "unused" ? { show } : {}),
    ...(page > 1 ? { page: String(page) } : {}),
    ...(confirm ? { confirm } : {}),
    ...(deleted ? { deleted: "1" } : {}),
  }).toString();
  return query ? `/dashboard/media?${query}` : "/dashboard/media";
}
