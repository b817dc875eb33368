import { NextResponse, type NextRequest } from "next/server";
import { countViewFromRequest, setVisitorCookie } from "@/lib/views/count-request";
import { beaconAnswer, type CountOutcome } from "@/lib/views/count-view";
import { isStaffRequest } from "@/lib/views/staff";

const notFound: CountOutcome = { result: { found: false } };

/**
 * The view beacon: counts the view by the rules and answers with the article's current total. In production most
 * beacons are answered before they reach Next, by lib/server/view-beacon.ts; requests carrying a session reach here.
 */
export async function POST(request: NextRequest, { params }: { params: Promise<{ articleId: string }> }) {
  const articleId = Number((await params).articleId);
  const outcome = Number.isSafeInteger(articleId) && articleId > 0 ? await countViewFromRequest(request, articleId, await isStaffRequest(request)) : notFound;
  const { status, body } = beaconAnswer(outcome);
  const response = new NextResponse(body, { status, headers: { "Content-Type": "application/json", "Cache-Control": "no-store" } });
  return setVisitorCookie(response, outcome.setVisitorId);
}
