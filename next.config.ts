import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // better-sqlite3 and sharp are native modules: load them from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "sharp"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
