import { imagePlaceholderAlt } from "@/lib/images";

// A picture on the page from another site over plain http: the pages' content security policy lets browsers load
// other sites' images over https only, so readers would get a broken picture.
const plainHttpImage = /<img\b[^>]*\bsrc="http:\/\//i;

// A picture on the page still described by the placeholder Insert image selects for the editor to type over.
const placeholderPicture = new RegExp(`<img\\b[^>]*\\balt="${imagePlaceholderAlt}"`);

/**
 * What is wrong with the pictures of a body, read from its rendering (lib/markdown.ts), which has every way of writing
 * a picture (inline, reference, HTML) as an <img> and none for a code block that only shows one; null when nothing is.
 */
export function bodyPictureIssue(html: string): string | null {
  if (plainHttpImage.test(html)) return "An image from another site needs an https:// address: browsers block http images on this site. Or upload it with Insert image.";
  if (placeholderPicture.test(html)) return `Describe each picture: replace “${imagePlaceholderAlt}” with what it shows, which readers who cannot see it will hear.`;
  return null;
}
