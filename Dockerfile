# syntax=docker/dockerfile:1

# ---- build ------------------------------------------------------------------------------------
# The MSRV is 1.94 (edition 2024); `rust:1-bookworm` tracks the newest stable 1.x release.
FROM rust:1-bookworm AS build
WORKDIR /src

# The whole workspace: `bench` and `tests` are members, so their manifests and sources must be
# present for Cargo to load the workspace, and `data/` is embedded into the binary with
# `include_str!`.
COPY Cargo.toml Cargo.lock rustfmt.toml ./
COPY api/ api/
COPY bench/ bench/
COPY engine/ engine/
COPY entity/ entity/
COPY migration/ migration/
COPY network/ network/
COPY tests/ tests/
COPY data/ data/
# The built pages (GraphiQL, the explorer), embedded into the binary by api/build.rs.
COPY web/graphiql/dist/ web/graphiql/dist/
COPY web/explorer/dist/ web/explorer/dist/

# The registry and target caches speed up rebuilds; the binary is copied out of the cached
# target directory in the same step, since cache mounts are not part of the image.
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    cargo build --release --locked -p paradiplo \
    && install -D -m 0755 target/release/paradiplo /out/paradiplo

# ---- runtime ----------------------------------------------------------------------------------
FROM debian:bookworm-slim

# ca-certificates for outgoing HTTPS, curl for the health check.
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates curl \
    && rm -rf /var/lib/apt/lists/*

# An unprivileged user whose home is the working directory: with DATABASE_URL unset, the
# default SQLite file `paradiplo.db` is created there.
RUN groupadd --system --gid 10001 paradiplo \
    && useradd --system --uid 10001 --gid paradiplo \
        --home-dir /var/lib/paradiplo --create-home --shell /usr/sbin/nologin paradiplo

COPY --from=build /out/paradiplo /usr/local/bin/paradiplo

WORKDIR /var/lib/paradiplo
USER paradiplo

ENV PARADIPLO_BIND=0.0.0.0:8000
# mimalloc returns freed pages at once: a lower peak RSS on large answers (bench/RESULTS.md).
ENV MIMALLOC_PURGE_DELAY=0
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["curl", "-fsS", "http://127.0.0.1:8000/healthz"]

ENTRYPOINT ["/usr/local/bin/paradiplo"]
