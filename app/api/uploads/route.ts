import { NextResponse } from "next/server";
import { editorRoute } from "@/lib/auth/guards";
import { acceptUpload, maxUploadBytes, UploadError } from "@/lib/media/upload";

const noStore = { "Cache-Control": "no-store" };
// The file plus room for the multipart boundaries and part headers.
const maxBodyBytes = maxUploadBytes + 64 * 1024;
const tooLarge = () => NextResponse.json({ error: "The file is larger than the 10 MB limit." }, { status: 413, headers: noStore });

/**
 * Reads the body, giving up as soon as it passes `limit` bytes: a chunked body, or one whose Content-Length
 * understates it, is never held in memory beyond the limit. Null when it was too large.
 */
async function readBody(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      size += chunk.value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        return null;
      }
      chunks.push(chunk.value);
    }
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** Image uploads from the editor and the profile page: multipart form data with one field, "file". */
export const POST = editorRoute(async (request, staff) => {
  if (Number(request.headers.get("content-length") ?? 0) > maxBodyBytes) return tooLarge();
  const contentType = request.headers.get("content-type");
  if (!contentType?.startsWith("multipart/form-data")) {
    return NextResponse.json({ error: "Send the image as multipart/form-data in a field named file." }, { status: 415, headers: noStore });
  }
  const body = await readBody(request, maxBodyBytes).catch(() => undefined);
  if (body === null) return tooLarge();
  const form = body && (await new Response(body, { headers: { "content-type": contentType } }).formData().catch(() => null));
  const file = form?.get("file");
  if (!(file instanceof File)) return NextResponse.json({ error: "Choose an image file to upload." }, { status: 400, headers: noStore });
  try {
    const image = await acceptUpload(file, staff);
    return NextResponse.json(image, { status: 201, headers: noStore });
  } catch (error) {
    if (error instanceof UploadError) return NextResponse.json({ error: error.message }, { status: error.status, headers: noStore });
    throw error;
  }
});
