import { NextResponse } from "next/server";
import { editorRoute } from "@/lib/auth/guards";
import { acceptUpload, maxUploadBytes, UploadError } from "@/lib/media/upload";

const noStore = { "Cache-Control": "no-store" };

/** Image uploads from the editor and the profile page: multipart form data with one field, "file". */
export const POST = editorRoute(async (request, staff) => {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > maxUploadBytes + 64 * 1024) return NextResponse.json({ error: "The file is larger than the 10 MB limit." }, { status: 413, headers: noStore });
  if (!request.headers.get("content-type")?.startsWith("multipart/form-data")) {
    return NextResponse.json({ error: "Send the image as multipart/form-data in a field named file." }, { status: 415, headers: noStore });
  }
  const file = (await request.formData().catch(() => null))?.get("file");
  if (!(file instanceof File)) return NextResponse.json({ error: "Choose an image file to upload." }, { status: 400, headers: noStore });
  try {
    const image = await acceptUpload(file, staff);
    return NextResponse.json(image, { status: 201, headers: noStore });
  } catch (error) {
    if (error instanceof UploadError) return NextResponse.json({ error: error.message }, { status: error.status, headers: noStore });
    throw error;
  }
});
