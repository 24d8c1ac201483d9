#!/usr/bin/env python3
"""Count the SQL statements clients send to PostgreSQL, by sitting between them on the wire.

    python3 bench/pgcount.py --port 6432 [--upstream 127.0.0.1:5432] [--control-port 6433] [-v]

Point a server's DATABASE_URL at 127.0.0.1:6432 instead of PostgreSQL. Every byte is relayed
unchanged; the client-to-server stream is parsed on the side to count:

- `simple`: statements in simple-query ('Q') messages, one per `;`-separated part;
- `extended`: Execute ('E') messages of the extended protocol. A pipelined Parse/Bind/Execute/Sync
  is one statement per Execute; a statement prepared once and executed many times counts each time;
- `statements`: both, minus transaction control (BEGIN, COMMIT, ROLLBACK, SAVEPOINT, …), so it
  means "statements that read or write data" — the number a benchmark compares;
- `transaction_control`: the transaction-control statements left out of `statements`;
- `connections`: client connections accepted.

Counts are served as JSON over HTTP on the control port (default --port + 1):

    curl -s 127.0.0.1:6433/         # read the counts
    curl -s 127.0.0.1:6433/reset    # read them and set them to zero, in one step

so a driver resets, sends one GraphQL request, and reads what that request cost. With -v each
counted statement is printed to stderr.

Limits: the `;` split ignores dollar-quoted strings (a `;` inside one would count twice), and
the proxy answers SSL and GSS encryption requests with "no", so clients must allow plain TCP
(libpq's default sslmode=prefer does; sslmode=require does not).
"""

import argparse
import asyncio
import json
import re
import struct
import sys

SSL_REQUEST = 80877103
GSSENC_REQUEST = 80877104

TRANSACTION_CONTROL = re.compile(
    r"\s*(begin|start\s+transaction|commit|end|rollback|abort|savepoint|release|prepare\s+transaction)\b",
    re.IGNORECASE,
)
STRING_LITERAL = re.compile(r"'(?:[^']|'')*'")

counts = dict.fromkeys(
    ["statements", "simple", "extended", "transaction_control", "connections"], 0
)
verbose = False


def count(kind, sql):
    counts[kind] += 1
    if TRANSACTION_CONTROL.match(sql):
        counts["transaction_control"] += 1
    else:
        counts["statements"] += 1
        if verbose:
            print(f"[{kind}] {' '.join(sql.split())[:160]}", file=sys.stderr)


def cstrings(body, n):
    """The first n NUL-terminated strings of a message body."""
    return [s.decode("utf-8", "replace") for s in body.split(b"\0", n)[:n]]


class Session:
    """What one client connection has prepared and bound, to know what an Execute runs."""

    def __init__(self):
        self.statements = {}  # prepared statement name → SQL
        self.portals = {}  # portal name → SQL

    def on_message(self, kind, body):
        if kind == b"Q":
            sql = STRING_LITERAL.sub("''", cstrings(body, 1)[0])
            for part in sql.split(";"):
                if part.strip():
                    count("simple", part)
        elif kind == b"P":
            name, sql = cstrings(body, 2)
            self.statements[name] = sql
        elif kind == b"B":
            portal, statement = cstrings(body, 2)
            self.portals[portal] = self.statements.get(statement, "")
        elif kind == b"E":
            count("extended", self.portals.get(cstrings(body, 1)[0], ""))
        elif kind == b"C" and body[:1] == b"S":  # Close of a prepared statement
            self.statements.pop(cstrings(body[1:], 1)[0], None)


async def relay_startup(client, client_writer, upstream):
    """Answer encryption requests with 'N' and pass the real startup (or cancel) message on."""
    while True:
        header = await client.readexactly(8)
        length, code = struct.unpack("!ii", header)
        if length == 8 and code in (SSL_REQUEST, GSSENC_REQUEST):
            client_writer.write(b"N")
            await client_writer.drain()
            continue
        upstream.write(header + await client.readexactly(length - 8))
        return


async def pump_client(client, upstream):
    """Relay client bytes as they come, parsing whole messages from a side buffer."""
    session, buffer = Session(), bytearray()
    while chunk := await client.read(65536):
        upstream.write(chunk)
        buffer += chunk
        while len(buffer) >= 5:
            length = struct.unpack_from("!i", buffer, 1)[0]
            if len(buffer) < 1 + length:
                break
            session.on_message(bytes(buffer[:1]), bytes(buffer[5 : 1 + length]))
            del buffer[: 1 + length]
        await upstream.drain()


async def pump(reader, writer):
    while chunk := await reader.read(65536):
        writer.write(chunk)
        await writer.drain()


async def handle_client(client, client_writer, upstream_addr):
    counts["connections"] += 1
    upstream_writer = None
    try:
        upstream, upstream_writer = await asyncio.open_connection(*upstream_addr)
        await relay_startup(client, client_writer, upstream_writer)
        # Whichever side closes first ends the session; the other direction is then cancelled.
        tasks = [
            asyncio.ensure_future(pump_client(client, upstream_writer)),
            asyncio.ensure_future(pump(upstream, client_writer)),
        ]
        done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for task in pending:
            task.cancel()
        for task in done:
            task.exception()  # a reset connection is a normal end here, not an error to report
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        for writer in (client_writer, upstream_writer):
            if writer is not None:
                writer.close()


async def handle_control(reader, writer):
    """A minimal HTTP endpoint: GET / reads the counts, GET or POST /reset reads then zeroes them."""
    request_line = (await reader.readline()).decode("latin-1").split()
    while (await reader.readline()) not in (b"\r\n", b"\n", b""):
        pass  # headers are not needed
    path = request_line[1] if len(request_line) > 1 else "/"
    status, body = b"200 OK", json.dumps(counts).encode() + b"\n"
    if path == "/reset":
        for key in counts:
            counts[key] = 0
    elif path != "/":
        status, body = b"404 Not Found", b"GET / reads the counts, GET /reset reads and zeroes them\n"
    writer.write(
        b"HTTP/1.1 " + status + b"\r\nContent-Type: application/json\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n" + body
    )
    await writer.drain()
    writer.close()


async def main():
    global verbose
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, required=True, help="port to listen on for PostgreSQL clients")
    parser.add_argument("--upstream", default="127.0.0.1:5432", help="PostgreSQL to forward to, host:port")
    parser.add_argument("--control-port", type=int, help="HTTP port serving the counts (default: --port + 1)")
    parser.add_argument("--bind", default="127.0.0.1", help="address to listen on")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each counted statement to stderr")
    args = parser.parse_args()
    verbose = args.verbose
    host, _, port = args.upstream.rpartition(":")
    upstream_addr = (host or "127.0.0.1", int(port))
    proxy = await asyncio.start_server(
        lambda r, w: handle_client(r, w, upstream_addr), args.bind, args.port
    )
    control = await asyncio.start_server(handle_control, args.bind, args.control_port or args.port + 1)
    print(
        f"pgcount: {args.bind}:{args.port} → {args.upstream}, counts at "
        f"http://{args.bind}:{control.sockets[0].getsockname()[1]}/",
        file=sys.stderr,
    )
    async with proxy, control:
        await asyncio.gather(proxy.serve_forever(), control.serve_forever())


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
