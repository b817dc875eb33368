import fs from "node:fs";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { mediaFile, storeImage } from "./store";

setUpTempDatabase();

/** A landscape picture as a phone stores a portrait photo: its pixels wide, its EXIF tag saying "turn a quarter". */
const photo = (orientation: number) =>
  sharp({ create: { width: 1600, height: 1200, channels: 3, background: "#336699" } })
    .jpeg()
    .withMetadata({ orientation })
    .toBuffer();

describe("storing an uploaded picture", () => {
  it("records the size of the picture as it is shown, turned upright by its EXIF orientation", async () => {
    const portrait = await storeImage(await photo(6));
    expect(portrait).toMatchObject({ width: 1200, height: 1600 });
    const file = await sharp(mediaFile(portrait.id, 640)).metadata();
    expect([file.width, file.height]).toEqual([640, 853]);

    const landscape = await storeImage(await photo(1));
    expect(landscape).toMatchObject({ width: 1600, height: 1200 });
    // Widths are chosen by the upright width: the portrait has no 1280 px file, the landscape has.
    expect(fs.existsSync(mediaFile(portrait.id, 1280))).toBe(false);
    expect(fs.existsSync(mediaFile(landscape.id, 1280))).toBe(true);
  });
});
