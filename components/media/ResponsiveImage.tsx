import { imageSrcSet, imageUrl, singleImageWidth } from "@/lib/images";

type Props = {
  id: string;
  width: number;
  height: number;
  alt: string;
  sizes: string;
  priority?: boolean;
  className?: string;
};

/** A stored image at the width the browser needs, with its size reserved so the page does not jump. */
export function ResponsiveImage({ id, width, height, alt, sizes, priority = false, className }: Props) {
  const fallback = singleImageWidth(width);
  return (
    // eslint-disable-next-line @next/next/no-img-element -- images are resized by our own media route, not next/image
    <img
      src={imageUrl(id, fallback)}
      srcSet={imageSrcSet(id, width)}
      sizes={sizes}
      width={width}
      height={height}
      alt={alt}
      className={className}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : undefined}
      decoding="async"
    />
  );
}
