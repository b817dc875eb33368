import { NotFoundMessage } from "@/components/site/NotFoundMessage";

export const metadata = { title: "Page not found" };

export default function SiteNotFound() {
  return <NotFoundMessage />;
}
