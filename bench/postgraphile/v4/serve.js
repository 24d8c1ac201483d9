// PostGraphile 4 over the `public` schema, configured as a performance-minded user would run it
// in production: no watch mode, no GraphiQL, no query log, JSON columns passed through as JSON.
//
//   DATABASE_URL  postgres://… (required)
//   PORT          HTTP port (default 5004); GraphQL is at POST /graphql
//   WORKERS       Node processes sharing the port through `cluster` (default 1)
//   POOL_MAX      connections per process (default 10, sqlx's default, which Paradiplo uses)
"use strict";

// graphql-js reads NODE_ENV when loaded; anything but "production" turns on slower dev checks.
process.env.NODE_ENV ??= "production";

const cluster = require("node:cluster");
const http = require("node:http");
const { Pool } = require("pg");
const { postgraphile } = require("postgraphile");

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error("DATABASE_URL is required");
  process.exit(2);
}
const port = Number(process.env.PORT || 5004);
const workers = Number(process.env.WORKERS || 1);
const poolMax = Number(process.env.POOL_MAX || 10);

if (workers > 1 && cluster.isPrimary) {
  for (let i = 0; i < workers; i++) cluster.fork();
  // A dead worker would silently halve the throughput being measured: better to stop loudly.
  cluster.on("exit", (worker, code) => {
    console.error(`worker ${worker.process.pid} exited with ${code}; stopping`);
    process.exit(1);
  });
  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.on(signal, () => {
      cluster.removeAllListeners("exit");
      for (const worker of Object.values(cluster.workers)) worker.kill(signal);
      process.exit(0);
    });
  }
} else {
  const pool = new Pool({ connectionString: databaseUrl, max: poolMax });
  const handler = postgraphile(pool, "public", {
    dynamicJson: true,
    disableQueryLog: true,
    graphiql: false,
    watchPg: false,
    ignoreRBAC: false,
    setofFunctionsContainNulls: false,
    legacyRelations: "omit",
    retryOnInitFail: false,
    // Unknown values sort last, as in Paradiplo.
    graphileBuildOptions: { orderByNullsLast: true },
  });
  const server = http.createServer(handler);
  server.listen(port, "127.0.0.1", () => {
    console.log(`PostGraphile 4 (pid ${process.pid}) at http://127.0.0.1:${port}/graphql`);
  });
  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.on(signal, () => server.close(() => pool.end().then(() => process.exit(0))));
  }
}
