// Apart from the schemas, so that the dashboard's forms can set their fields' lengths without bringing zod to the browser.

/** A section's or tag's description: a sentence or two under its name on its page. */
export const archiveDescriptionLimit = 300;

export const sectionLimits = { name: 60, slug: 60, description: archiveDescriptionLimit } as const;

export const tagNameLimit = 40;
