-- CreateTable
CREATE TABLE "ShardLease" (
    "shardId" INTEGER NOT NULL,
    "shardCount" INTEGER NOT NULL,
    "owner" TEXT,
    "leaseUntil" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ShardLease_pkey" PRIMARY KEY ("shardId")
);
