# events-bot — one image for SQLite (default: /data/events.db, a volume) or PostgreSQL (set
# DATABASE_URL). Three stages: `build` compiles with the dev dependencies, `deps` installs the
# production dependencies alone, and the runtime stage carries only those, the compiled code,
# the migrations and the prebuilt gazetteer cache. Plain Dockerfile syntax (no BuildKit
# features), so the legacy builder works too:
#
#   docker build --network host -t events-bot .
#   scripts/docker-smoke.sh     # builds, runs on SQLite and PostgreSQL, checks /healthz and preview
ARG NODE_IMAGE=node:20-bookworm-slim

# --- toolchain: node-gyp's needs, for better-sqlite3 (no prebuilt binary is downloaded here) ---
FROM ${NODE_IMAGE} AS toolchain
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*

# --- build: generate both Prisma clients offline, prebuild the gazetteer cache, compile ---
FROM toolchain AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Install scripts are skipped: nothing here needs the native SQLite binding (the deps stage
# builds it), and the postinstall steps need the sources, so they run below by hand.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run db:generate \
  && npx tsx scripts/build-gazetteer.ts \
  && npm run build \
  && test -f dist/src/cli/main.js

# --- deps: production dependencies only ---
FROM toolchain AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# The runtime needs neither the Prisma CLI (the clients were generated in the build stage and
# compiled into dist/) nor tsx (it runs the compiled JavaScript): together ~160 MB. They stay
# dependencies in package.json for `npm install && npm start`; only this stage drops them.
# better-sqlite3 is compiled from source against this image's Node (nodedir=/usr).
RUN npm pkg delete dependencies.prisma dependencies.tsx \
  && npm install --omit=dev --ignore-scripts --no-audit --no-fund \
  && npm rebuild better-sqlite3 --build-from-source
# Trim what is never loaded at run time:
# - better-sqlite3's SQLite sources and object files (the built .node stays);
# - Prisma's query compilers for the databases we don't use (the generated clients import
#   only query_compiler_small_bg.{sqlite,postgresql}, as prisma/*/schema.prisma ask with
#   compilerBuild = "small"; the build fails below if that changes);
# - source maps and TypeScript declarations.
COPY --from=build /app/dist/src/store/generated ./generated
RUN set -e; \
  b=node_modules/better-sqlite3; \
  mv $b/build/Release/better_sqlite3.node /tmp/ && rm -rf $b/deps $b/src $b/build && mkdir -p $b/build/Release \
  && mv /tmp/better_sqlite3.node $b/build/Release/; \
  r=node_modules/@prisma/client/runtime; \
  find $r -name 'query_compiler_*' ! -name 'query_compiler_small_bg.sqlite.*' ! -name 'query_compiler_small_bg.postgresql.*' -delete; \
  find node_modules \( -name '*.map' -o -name '*.d.ts' -o -name '*.d.mts' -o -name '*.d.cts' \) -type f -delete; \
  for spec in $(grep -rhoE "@prisma/client/runtime/[A-Za-z0-9_.-]+" generated | sort -u); do \
  node --input-type=module -e "await import('$spec')" \
  || { echo "a Prisma runtime module the generated client imports is missing: $spec" >&2; exit 1; }; \
  done; \
  rm -rf generated; \
  node -e "require('better-sqlite3')(':memory:').prepare('select 1').get()"

# --- runtime ---
FROM ${NODE_IMAGE}
ENV NODE_ENV=production \
  DATABASE_URL=file:/data/events.db \
  HTTP_PORT=3000
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
# The compact gazetteer, where the service looks for it first (read-only is fine).
COPY --from=build /app/node_modules/.cache/events-bot ./node_modules/.cache/events-bot
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
COPY prisma/sqlite/migrations ./prisma/sqlite/migrations
COPY prisma/postgres/migrations ./prisma/postgres/migrations
# `events-bot …` on the PATH (docker exec <container> events-bot preview <url>); without tsx
# the bin runs the compiled dist/. /data holds the SQLite database, owned by the node user.
RUN ln -s /app/bin/events-bot.js /usr/local/bin/events-bot \
  && mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# /healthz answers 200 once the database answers (and 503 while the service is starting).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.HTTP_PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/src/cli/main.js", "start"]
