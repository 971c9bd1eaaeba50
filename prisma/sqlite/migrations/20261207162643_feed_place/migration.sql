-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Event" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "canonicalUrl" TEXT,
    "fuzzyKey" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "start" DATETIME NOT NULL,
    "end" DATETIME,
    "timezone" TEXT NOT NULL,
    "allDay" BOOLEAN NOT NULL DEFAULT false,
    "venue" TEXT,
    "address" TEXT,
    "lat" REAL,
    "lon" REAL,
    "locality" TEXT,
    "country" TEXT,
    "attendance" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "organiser" TEXT,
    "placeSet" BOOLEAN NOT NULL DEFAULT false,
    "contentHash" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "lastChange" TEXT,
    "changedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Event" ("address", "allDay", "attendance", "canonicalUrl", "changedAt", "contentHash", "country", "createdAt", "description", "end", "fuzzyKey", "id", "lastChange", "lat", "locality", "lon", "organiser", "start", "status", "timezone", "title", "updatedAt", "venue", "version") SELECT "address", "allDay", "attendance", "canonicalUrl", "changedAt", "contentHash", "country", "createdAt", "description", "end", "fuzzyKey", "id", "lastChange", "lat", "locality", "lon", "organiser", "start", "status", "timezone", "title", "updatedAt", "venue", "version" FROM "Event";
DROP TABLE "Event";
ALTER TABLE "new_Event" RENAME TO "Event";
CREATE INDEX "Event_start_lat_lon_idx" ON "Event"("start", "lat", "lon");
CREATE INDEX "Event_canonicalUrl_idx" ON "Event"("canonicalUrl");
CREATE INDEX "Event_fuzzyKey_idx" ON "Event"("fuzzyKey");
CREATE TABLE "new_Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "url" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'auto',
    "title" TEXT,
    "etag" TEXT,
    "lastModified" TEXT,
    "nextCheckAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "failureCount" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "lastSuccessAt" DATETIME,
    "lastCheckedAt" DATETIME,
    "leaseOwner" TEXT,
    "leaseUntil" DATETIME,
    "homeLat" REAL,
    "homeLon" REAL,
    "homeLabel" TEXT,
    "homeCountry" TEXT,
    "homeTimezone" TEXT,
    "homeBasis" TEXT,
    "placeKey" TEXT NOT NULL DEFAULT '',
    "placeTown" TEXT,
    "placeVenue" TEXT,
    "placeLat" REAL,
    "placeLon" REAL,
    "placeCountry" TEXT,
    "placeTimezone" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Source" ("createdAt", "etag", "failureCount", "homeBasis", "homeCountry", "homeLabel", "homeLat", "homeLon", "homeTimezone", "id", "kind", "lastCheckedAt", "lastError", "lastModified", "lastSuccessAt", "leaseOwner", "leaseUntil", "nextCheckAt", "title", "updatedAt", "url") SELECT "createdAt", "etag", "failureCount", "homeBasis", "homeCountry", "homeLabel", "homeLat", "homeLon", "homeTimezone", "id", "kind", "lastCheckedAt", "lastError", "lastModified", "lastSuccessAt", "leaseOwner", "leaseUntil", "nextCheckAt", "title", "updatedAt", "url" FROM "Source";
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
CREATE INDEX "Source_nextCheckAt_idx" ON "Source"("nextCheckAt");
CREATE UNIQUE INDEX "Source_url_placeKey_key" ON "Source"("url", "placeKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
