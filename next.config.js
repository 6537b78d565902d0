/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and Node-only packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg"],
  poweredByHeader: false,
  reactStrictMode: true,
  // The worker and test files live beside the app; the build type-checks via `npm run typecheck`.
  typescript: { tsconfigPath: "tsconfig.json" },
};

export default nextConfig;
