import { NextResponse, type NextRequest } from "next/server";
import { countViewFromRequest, setVisitorCookie } from "@/lib/views/count-request";
import { isStaffRequest } from "@/lib/views/staff";

const noStore = { "Cache-Control": "no-store" };

/** The view beacon: counts the view by the rules and answers with the article's current total. */
export async function POST(request: NextRequest, { params }: { params: Promise<{ articleId: string }> }) {
  const articleId = Number((await params).articleId);
  const { result, setVisitorId } = Number.isSafeInteger(articleId) && articleId > 0 ? countViewFromRequest(request, articleId, await isStaffRequest(request)) : { result: { found: false as const } };
  if (!result.found) return NextResponse.json({ error: "No published article has this id." }, { status: 404, headers: noStore });
  return setVisitorCookie(NextResponse.json({ counted: result.counted, views: result.views }, { headers: noStore }), setVisitorId);
}
