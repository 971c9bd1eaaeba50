-- CreateTable
CREATE TABLE "ShardLease" (
    "shardId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "shardCount" INTEGER NOT NULL,
    "owner" TEXT,
    "leaseUntil" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);
