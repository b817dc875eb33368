import { ResponsiveImage } from "@/components/media/ResponsiveImage";

type Props = { image: { id: string; width: number; height: number }; alt: string; caption: string };

export function HeroImage({ image, alt, caption }: Props) {
  return (
    <figure className="hero">
      <ResponsiveImage id={image.id} width={image.width} height={image.height} alt={alt} sizes="(max-width: 760px) 100vw, 760px" priority />
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  );
}
