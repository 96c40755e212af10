# Angka Kredit JF as a container: the compiled server (dist/) on Node 20, run as a non-root user.
#   docker build -t angka-kredit-jf .
#   docker run -d -p 3000:3000 -e ALAMAT_PUBLIK=https://angka-kredit.contoh.go.id -e KUNCI_BATCH=… angka-kredit-jf
# The batch command line runs from the same image:
#   docker run --rm -v "$PWD:/data" angka-kredit-jf node bin/angka-kredit.js batch /data/unit.xlsx --out /data/hasil

# Build stage: every dependency, then src/ compiled into dist/ (scripts/build.mjs also checks rules/
# once and keeps the checked data in dist/). better-sqlite3 (the register's SQLite) is a native module:
# npm ci fetches its prebuilt binary for Node 20, or compiles it with node-gyp when none fits (another
# CPU, no access to GitHub); python3, make and g++ are for that, and stay in this stage.
FROM node:20-slim AS bangun
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts ./scripts
COPY src ./src
COPY rules ./rules
RUN node scripts/build.mjs
# Production dependencies only, native module included, for the run stage to copy (it has no compiler).
RUN npm prune --omit=dev --no-audit --no-fund

# Run stage: production dependencies, the build, and the files the app reads at run time. No sources:
# bin/angka-kredit.js then runs dist/ as it is.
FROM node:20-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
COPY --from=bangun /app/node_modules ./node_modules
COPY --from=bangun /app/dist ./dist
COPY bin ./bin
COPY scripts/build.mjs ./scripts/build.mjs
COPY rules ./rules
COPY views ./views
COPY public ./public
# The PDFs' one typeface (DejaVu Sans Condensed, with its licence): every instance embeds the same bytes.
COPY fonts ./fonts
COPY examples ./examples
# The files belong to root and are only read; the process runs as the image's "node" user (uid 1000).
# DATA_DIR (./data: the office key and the register's SQLite file) is the one folder it writes: mount a
# volume there (-v angka-kredit-data:/app/data) so it outlives the container.
RUN install -d -o node -g node -m 700 /app/data
USER node
EXPOSE 3000
# GET /sehat answers 200 with the rule book's version; during a graceful close the listener is closed.
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT || 3000}/sehat`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node is PID 1 and handles SIGTERM itself (src/server.ts): requests in flight finish, then it exits;
# give `docker stop -t` at least SHUTDOWN_TIMEOUT_MS (10 s by default).
STOPSIGNAL SIGTERM
CMD ["node", "dist/server.js"]
