import { connection } from "next/server";
import { siteFeed } from "@/lib/feeds/respond";

export async function GET() {
  await connection();
  return siteFeed("atom.xml");
}
