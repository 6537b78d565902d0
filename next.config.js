/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and Node-only packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg"],
  poweredByHeader: false,
  reactStrictMode: true,
  typescript: {
    tsconfigPath: "tsconfig.json",
    // `npm test` type-checks the same tsconfig as its own step, right after the build; checking it
    // inside the build too would do the work twice.
    ignoreBuildErrors: process.env.BATON_BUILD_TYPECHECKED_ELSEWHERE === "1",
  },
  experimental: {
    // CI builds once, from a clean clone, and throws the build away: writing Turbopack's cache
    // there only costs time. Elsewhere it makes the next build faster.
    turbopackFileSystemCacheForBuild: !process.env.CI,
  },
};

export default nextConfig;
