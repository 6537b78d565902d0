/** Largest module archive (.zip) the API accepts, compressed. */
export const maxModuleArchiveBytes = 50 * 1024 * 1024;

/**
 * Largest total size of an archive's files once inflated. Inflation stops the moment this is passed,
 * so a zip bomb costs at most this much memory whatever its headers claim.
 */
export const maxModuleUnpackedBytes = 200 * 1024 * 1024;

/** Most entries (files and folders) an archive may hold. */
export const maxModuleArchiveEntries = 10_000;

/** How long importing a module to list its commands may take on the web server. */
export const moduleInspectionTimeoutMs = 60_000;
