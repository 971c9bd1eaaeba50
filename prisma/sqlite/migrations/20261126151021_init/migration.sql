-- CreateTable
CREATE TABLE "Source" (
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Event" (
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
    "contentHash" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "lastChange" TEXT,
    "changedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "EventLink" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "eventId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "sourceUid" TEXT NOT NULL,
    "url" TEXT,
    "contentHash" TEXT,
    "firstSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EventLink_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventLink_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Channel" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "platform" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "regionName" TEXT,
    "regionLat" REAL,
    "regionLon" REAL,
    "radiusKm" REAL NOT NULL DEFAULT 25,
    "timezone" TEXT NOT NULL DEFAULT 'UTC',
    "postMode" TEXT NOT NULL DEFAULT 'new',
    "digestDay" INTEGER DEFAULT 1,
    "digestTime" TEXT NOT NULL DEFAULT '09:00',
    "digestEmptyNote" BOOLEAN NOT NULL DEFAULT true,
    "adminRoleId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Subscription" (
    "channelId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("channelId", "sourceId"),
    CONSTRAINT "Subscription_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Subscription_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "channelId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "eventId" INTEGER,
    "digestKey" TEXT,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "messageId" TEXT,
    "eventVersion" INTEGER NOT NULL DEFAULT 0,
    "countsDirty" BOOLEAN NOT NULL DEFAULT false,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "sentAt" DATETIME,
    "editedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Post_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Post_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DigestItem" (
    "postId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "eventId" INTEGER NOT NULL,

    PRIMARY KEY ("postId", "number"),
    CONSTRAINT "DigestItem_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DigestItem_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Rsvp" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "eventId" INTEGER NOT NULL,
    "platform" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Rsvp_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "UserPref" (
    "platform" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "homeName" TEXT,
    "homeLat" REAL,
    "homeLon" REAL,
    "timezone" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("platform", "userId")
);

-- CreateTable
CREATE TABLE "ProcessedInbound" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_url_key" ON "Source"("url");

-- CreateIndex
CREATE INDEX "Source_nextCheckAt_idx" ON "Source"("nextCheckAt");

-- CreateIndex
CREATE INDEX "Event_start_idx" ON "Event"("start");

-- CreateIndex
CREATE INDEX "Event_lat_lon_idx" ON "Event"("lat", "lon");

-- CreateIndex
CREATE INDEX "Event_canonicalUrl_idx" ON "Event"("canonicalUrl");

-- CreateIndex
CREATE INDEX "Event_fuzzyKey_idx" ON "Event"("fuzzyKey");

-- CreateIndex
CREATE INDEX "EventLink_eventId_idx" ON "EventLink"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "EventLink_sourceId_sourceUid_key" ON "EventLink"("sourceId", "sourceUid");

-- CreateIndex
CREATE UNIQUE INDEX "Channel_platform_workspaceId_channelId_key" ON "Channel"("platform", "workspaceId", "channelId");

-- CreateIndex
CREATE INDEX "Subscription_sourceId_idx" ON "Subscription"("sourceId");

-- CreateIndex
CREATE INDEX "Post_messageId_idx" ON "Post"("messageId");

-- CreateIndex
CREATE INDEX "Post_state_idx" ON "Post"("state");

-- CreateIndex
CREATE UNIQUE INDEX "Post_channelId_eventId_key" ON "Post"("channelId", "eventId");

-- CreateIndex
CREATE UNIQUE INDEX "Post_channelId_digestKey_key" ON "Post"("channelId", "digestKey");

-- CreateIndex
CREATE INDEX "Rsvp_platform_userId_idx" ON "Rsvp"("platform", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Rsvp_eventId_platform_userId_key" ON "Rsvp"("eventId", "platform", "userId");

-- CreateIndex
CREATE INDEX "ProcessedInbound_createdAt_idx" ON "ProcessedInbound"("createdAt");
