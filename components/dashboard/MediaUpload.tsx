"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ImageUpload } from "./ImageUpload";

/** The library's upload control: the new picture comes first in the list once the page has refreshed. */
export function MediaUpload() {
  const router = useRouter();
  const [uploaded, setUploaded] = useState<string | null>(null);
  return (
    <div className="media-upload">
      <ImageUpload
        label="Upload a picture"
        hint="JPEG, PNG, WebP, GIF or AVIF, up to 10 MB. It is stored at the widths pages use."
        onUploaded={(image) => {
          setUploaded(`Uploaded (${image.width} × ${image.height} px): it is first in the list.`);
          router.refresh();
        }}
      />
      {uploaded ? (
        <p className="form__success" role="status">
          {uploaded}
        </p>
      ) : null}
    </div>
  );
}
