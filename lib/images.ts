/** Responsive widths every stored image is resized to (never wider than its original). */
export const imageWidths = [640, 1280, 1920] as const;

export const imageIdPattern = /^[a-z0-9]{12,32}$/;

/** What "Insert image" puts where a picture's description goes, selected for the editor to type over. */
export const imagePlaceholderAlt = "alt text";

export function imageWidthsFor(originalWidth: number): number[] {
  const fitting = imageWidths.filter((w) => w <= originalWidth);
  return fitting.length > 0 ? fitting : [originalWidth];
}

/** The one width to use where a single file must do (an img's src, a share image): 1280 px, or the widest stored below. */
export function singleImageWidth(originalWidth: number): number {
  return Math.max(...imageWidthsFor(originalWidth).filter((w) => w <= 1280));
}

/** That one file of a stored picture, with the size it has: for share images and feeds. */
export function singleImage(picture: { id: string; width: number; height: number }) {
  const width = singleImageWidth(picture.width);
  return { path: imageUrl(picture.id, width), width, height: Math.round((picture.height / picture.width) * width) };
}

export function imageUrl(id: string, width: number): string {
  return `/media/${id}/${width}`;
}

export function imageSrcSet(id: string, originalWidth: number): string {
  return imageWidthsFor(originalWidth)
    .map((w) => `${imageUrl(id, w)} ${w}w`)
    .join(", ");
}
