import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import sharp from "sharp";
import { signedIn } from "@/lib/testing/admin-actions";
import { mediaFiles, snapshot } from "@/lib/testing/db-snapshot";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

vi.mock("next/headers", async () => (await import("@/lib/testing/request-context")).nextHeadersMock);
setUpTempDatabase();
process.env.NEXTAUTH_SECRET = "bad-input-uploads-test-secret";

/**
 * Bad uploads, sent to the real route handler as real requests by a signed-in editor: each gets a clear 4xx answer,
 * and neither the database nor the image folder changes.
 */
const MB = 1024 * 1024;
const url = "http://localhost/api/uploads";

async function post(init: RequestInit): Promise<{ status: number; error?: string; body: Record<string, unknown> }> {
  const { POST } = await import("@/app/api/uploads/route");
  const response = await POST(new Request(url, { method: "POST", ...init }), {});
  const body = (await response.json()) as Record<string, unknown>;
  return { status: response.status, error: typeof body.error === "string" ? body.error : undefined, body };
}

function fileForm(bytes: Uint8Array, name: string, type: string): FormData {
  const data = new FormData();
  data.append("file", new File([new Uint8Array(bytes)], name, { type }));
  return data;
}

/** Sends the request and expects the status and message, with the database and image folder exactly as before. */
async function expectRefused(init: RequestInit, status: number, message: RegExp) {
  const before = snapshot();
  const answer = await post(init);
  expect({ status: answer.status, error: answer.error }).toEqual({ status, error: expect.stringMatching(message) });
  expect(snapshot()).toEqual(before);
  return answer;
}

let png: Buffer;
let bomb: Buffer;

beforeAll(async () => {
  // A noisy picture, so that half the file is half the pixel data rather than the end of a tiny run of zeros.
  const noise = Buffer.from(Array.from({ length: 400 * 300 * 3 }, (_, i) => (i * 7919) % 251));
  png = await sharp(noise, { raw: { width: 400, height: 300, channels: 3 } }).png().toBuffer();
  // 400 million pixels of black: under 400 KB as a PNG, 400 MB once decoded.
  bomb = await sharp({ create: { width: 20_000, height: 20_000, channels: 3, background: "#000" }, limitInputPixels: false })
    .toColourspace("b-w")
    .png({ compressionLevel: 9 })
    .toBuffer();
}, 60_000);

beforeEach(async () => {
  await signedIn("editor");
  // The folder exists from the start, so "no file was added" compares two real listings.
  await post({ body: fileForm(png, "seed.png", "image/png") });
});

describe("upload sizes", () => {
  it("refuses a declared Content-Length over 10 MB with 413 before reading the body", async () => {
    await expectRefused({ body: fileForm(png, "picture.png", "image/png"), headers: { "content-length": String(11 * MB) } }, 413, /10 MB limit/);
  });

  it("refuses 11 MB of real bytes in the file field with 413", async () => {
    const big = new Uint8Array(11 * MB);
    big.set(png);
    const body = fileForm(big, "huge.png", "image/png");
    // The very bytes a browser sends, with their true length.
    const encoded = new Response(body);
    const bytes = new Uint8Array(await encoded.arrayBuffer());
    expect(bytes.byteLength).toBeGreaterThan(11 * MB);
    await expectRefused({ body: bytes, headers: { "content-type": encoded.headers.get("content-type")!, "content-length": String(bytes.byteLength) } }, 413, /10 MB/);
    // Without a Content-Length (the FormData is encoded as the request is read) the file's own size is checked.
    await expectRefused({ body }, 413, /10 MB/);
  });

  it("stops reading a chunked body, or one whose Content-Length understates it, once it passes the limit", async () => {
    for (const headers of [{}, { "content-length": "1000" }]) {
      let pulled = 0;
      const endless = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('--b\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n'));
        },
        pull(controller) {
          // Up to 200 MB if anyone kept reading.
          if (++pulled > 200) controller.close();
          else controller.enqueue(new Uint8Array(MB));
        },
      });
      await expectRefused(
        { body: endless, headers: { "content-type": "multipart/form-data; boundary=b", ...headers }, duplex: "half" } as RequestInit,
        413,
        /10 MB limit/,
      );
      expect(pulled).toBeLessThan(15);
    }
  });
});

describe("what is sent", () => {
  it("refuses a JSON body, text/plain and a missing content type with 415", async () => {
    await expectRefused({ body: JSON.stringify({ file: png.toString("base64") }), headers: { "content-type": "application/json" } }, 415, /multipart\/form-data/);
    await expectRefused({ body: "just text" }, 415, /multipart\/form-data/);
    await expectRefused({ body: new Uint8Array(png) }, 415, /multipart\/form-data/);
    await expectRefused({}, 415, /multipart\/form-data/);
  });

  it("refuses multipart without a file field, with a text field named file, or cut off, with 400", async () => {
    const other = new FormData();
    other.append("picture", new File([new Uint8Array(png)], "picture.png", { type: "image/png" }));
    await expectRefused({ body: other }, 400, /Choose an image file/);
    const text = new FormData();
    text.append("file", "picture.png");
    await expectRefused({ body: text }, 400, /Choose an image file/);
    await expectRefused({ body: '--b\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nabc', headers: { "content-type": "multipart/form-data; boundary=b" } }, 400, /Choose an image file/);
  });

  it("refuses an empty file with 400", async () => {
    await expectRefused({ body: fileForm(new Uint8Array(), "empty.png", "image/png") }, 400, /empty/);
  });
});

describe("what the file holds", () => {
  it("refuses a PNG cut in half with 422: it announces a picture and cannot deliver it", async () => {
    const half = png.subarray(0, Math.floor(png.length / 2));
    // The header is intact: sharp can read the size, only decoding fails.
    expect(await sharp(half).metadata()).toMatchObject({ format: "png", width: 400, height: 300 });
    await expectRefused({ body: fileForm(half, "picture.png", "image/png") }, 422, /damaged or cut short/);
  });

  it("refuses a decompression bomb with 413 by its declared size, without decoding it", async () => {
    expect(bomb.length).toBeLessThan(MB);
    expect(await sharp(bomb, { limitInputPixels: false }).metadata()).toMatchObject({ width: 20_000, height: 20_000 });
    const rss = process.memoryUsage().rss;
    await expectRefused({ body: fileForm(bomb, "bomb.png", "image/png") }, 413, /at most 40 million pixels/);
    // Decoding it would take 400 MB.
    expect(process.memoryUsage().rss - rss).toBeLessThan(100 * MB);
  });

  it("refuses a small PNG whose header claims 100,000 × 100,000 pixels with 413", async () => {
    const tiny = await sharp({ create: { width: 1, height: 1, channels: 3, background: "#fff" } }).png().toBuffer();
    const forged = Buffer.from(tiny);
    // IHDR: length (4), type (4), then width and height at bytes 16 and 20, and the chunk's CRC at 29.
    forged.writeUInt32BE(100_000, 16);
    forged.writeUInt32BE(100_000, 20);
    forged.writeUInt32BE(crc32(forged.subarray(12, 29)), 29);
    await expectRefused({ body: fileForm(forged, "tiny.png", "image/png") }, 413, /at most 40 million pixels/);
  });

  it("refuses a text file named picture.png and sent as image/png with 415", async () => {
    await expectRefused({ body: fileForm(new TextEncoder().encode("This is not a picture.\n"), "picture.png", "image/png") }, 415, /not a JPEG, PNG, WebP, GIF or AVIF/);
  });

  it("refuses an SVG, even a valid one, with 415", async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" fill="#369"/></svg>';
    // sharp can read it: it is refused for what it is, not for being unreadable.
    expect((await sharp(Buffer.from(svg)).metadata()).format).toBe("svg");
    await expectRefused({ body: fileForm(new TextEncoder().encode(svg), "picture.svg", "image/svg+xml") }, 415, /not a JPEG, PNG, WebP, GIF or AVIF/);
    await expectRefused({ body: fileForm(new TextEncoder().encode(svg), "picture.png", "image/png") }, 415, /not a JPEG, PNG, WebP, GIF or AVIF/);
  });

  it("accepts a valid PNG named .txt and sent as text/plain: the content decides, not the name", async () => {
    const files = mediaFiles();
    const answer = await post({ body: fileForm(png, "notes.txt", "text/plain") });
    expect(answer).toMatchObject({ status: 201, body: { width: 400, height: 300 } });
    const id = answer.body.id as string;
    expect(mediaFiles().filter((f) => !files.includes(f))).toEqual([`${id}-400.webp`]);
  });
});

/** CRC-32 as PNG chunks use it. */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
