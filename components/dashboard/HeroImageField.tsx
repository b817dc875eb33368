"use client";

import { describedBy, FieldMessages } from "./FieldMessages";
import { ImageUpload } from "./ImageUpload";
import { LibraryPicker } from "./LibraryPicker";

type Props = {
  imageId: string;
  caption: string;
  alt: string;
  onChange: (field: "heroImageId" | "heroCaption" | "heroAlt", value: string) => void;
  errors: { heroImageId?: string; heroCaption?: string; heroAlt?: string };
  onUploadBusy?: (busy: boolean) => void;
};

const altHint = "What the picture shows, for readers who cannot see it.";

/** The picture above the article: uploaded or chosen from the library, previewed, removable, with its caption and a text alternative. */
export function HeroImageField({ imageId, caption, alt, onChange, errors, onUploadBusy }: Props) {
  return (
    <fieldset className="hero-field">
      <legend>Hero image</legend>
      <input type="hidden" name="heroImageId" value={imageId} />
      {imageId ? (
        <div className="hero-field__preview">
          {/* eslint-disable-next-line @next/next/no-img-element -- a stored size of our own media route, not a remote image */}
          <img src={`/media/${imageId}/640`} alt={alt ? `Hero image: ${alt}` : "The chosen hero image"} width={240} />
          <button type="button" className="button button--quiet" onClick={() => onChange("heroImageId", "")}>
            Remove image
          </button>
        </div>
      ) : null}
      <ImageUpload label={imageId ? "Replace image" : "Upload image"} onUploaded={(image) => onChange("heroImageId", image.id)} onBusyChange={onUploadBusy} />
      <LibraryPicker label="Choose from the library" onChosen={(picture) => onChange("heroImageId", picture.id)} />
      <FieldMessages id="article-heroImageId" error={errors.heroImageId} />
      <label htmlFor="article-heroAlt">Alt text</label>
      <input
        id="article-heroAlt"
        name="heroAlt"
        type="text"
        value={alt}
        onChange={(e) => onChange("heroAlt", e.target.value)}
        aria-invalid={errors.heroAlt ? true : undefined}
        aria-describedby={describedBy("article-heroAlt", altHint, errors.heroAlt)}
      />
      <FieldMessages id="article-heroAlt" hint={altHint} error={errors.heroAlt} />
      <label htmlFor="article-heroCaption">Caption</label>
      <input
        id="article-heroCaption"
        name="heroCaption"
        type="text"
        value={caption}
        onChange={(e) => onChange("heroCaption", e.target.value)}
        aria-invalid={errors.heroCaption ? true : undefined}
        aria-describedby={describedBy("article-heroCaption", undefined, errors.heroCaption)}
      />
      <FieldMessages id="article-heroCaption" error={errors.heroCaption} />
    </fieldset>
  );
}
