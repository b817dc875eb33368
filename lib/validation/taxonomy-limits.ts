// Apart from the schemas, so that the dashboard's forms can set their fields' lengths without bringing zod to the browser.

export const sectionLimits = { name: 60, slug: 60, description: 300 } as const;

export const tagNameLimit = 40;
