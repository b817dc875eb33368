import { z } from "zod";
import { imageIdPattern } from "@/lib/images";

/** Which pictures the media library lists: all of them, or those no article or profile shows. */
export const libraryFilterField = z.enum(["all", "unused"]).catch("all");

/** Deleting a picture from the media library; `show` and `page` bring the editor back to where they were. */
export const deleteImageSchema = z.object({
  imageId: z.string().regex(imageIdPattern, { message: "This picture is not in the library." }),
  show: libraryFilterField,
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
});
