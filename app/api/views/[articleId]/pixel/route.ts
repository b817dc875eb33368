import { NextResponse, type NextRequest } from "next/server";
import { countViewFromRequest, setVisitorCookie } from "@/lib/views/count-request";
import { isStaffRequest } from "@/lib/views/staff";

// A transparent 1×1 GIF.
const pixel = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

/** Counts readers without JavaScript: the article page's <noscript> image points here. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ articleId: string }> }) {
  const articleId = Number((await params).articleId);
  const response = new NextResponse(pixel, { headers: { "Content-Type": "image/gif", "Cache-Control": "no-store" } });
  if (!Number.isSafeInteger(articleId) || articleId <= 0) return response;
  return setVisitorCookie(response, (await countViewFromRequest(request, articleId, await isStaffRequest(request))).setVisitorId);
}
