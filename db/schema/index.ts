export * from "./images";
export * from "./people";
export * from "./taxonomy";
export * from "./articles";
export * from "./comments";
export * from "./views";
export * from "./auth";
export * from "./revisions";
