"""What the benchmarks share: servers on loopback with their memory and CPU read from /proc, wrk
runs parsed into latencies, PostgreSQL databases made afresh, and the machine's description."""

import os
import platform
import pwd
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
RELEASE = ROOT / "target" / "release"
PG_ADMIN = "postgres://postgres@127.0.0.1:5432/postgres"

# Each question: its Paradiplo query, and its PostGraphile query where one exists. Files are
# in bench/queries/<system>/<name>.graphql; variables are the same for every system.
QUESTIONS = {
    "point": {"slug": "city-1234"},
    "nested": {},
    "list": {"slug": "city-42"},
    "aggregate": {},
    "search": {},
    "deep": {"slug": "city-42"},
    # The world twinning graph's busiest city (96 partners in data/world/links.tsv).
    "world": {"slug": "saint-petersburg"},
}

# The database each question reads on PostgreSQL: the synthetic graph, unless named here. The
# world database is the bundled data as a first start loads it (the Seoul dataset, then the
# world twinning graph), read by every system.
WORLD_DATABASE = "paradiplo_bench_world"
QUESTION_DATABASES = {"world": WORLD_DATABASE}


def database_of(question):
    return QUESTION_DATABASES.get(question, "paradiplo_bench")

# Paradiplo as every benchmark starts it; the load generator is one client sending thousands of
# requests a second, so no rate limit.
PARADIPLO_ENV = {
    "PARADIPLO_BIND": "127.0.0.1:{port}",
    "PARADIPLO_LOG": "warn",
    "PARADIPLO_PROFILE": "production",
    "PARADIPLO_RATE_LIMIT_ANONYMOUS": "0",
    "PARADIPLO_RATE_LIMIT_AUTHENTICATED": "0",
    # As the Docker image ships it: freed pages go back at once (a lower peak RSS).
    "MIMALLOC_PURGE_DELAY": "0",
}


def log(message):
    print(message, file=sys.stderr, flush=True)


def run(command, **kwargs):
    log("$ " + " ".join(str(part) for part in command))
    return subprocess.run(command, check=True, **kwargs)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url(name):
    return f"postgres://postgres@127.0.0.1:5432/{name}"


def recreate_database(name):
    run(["psql", PG_ADMIN, "-q", "-c", f"DROP DATABASE IF EXISTS {name}", "-c", f"CREATE DATABASE {name}"])


def database_exists(name):
    found = subprocess.run(["psql", PG_ADMIN, "-tAc", f"SELECT 1 FROM pg_database WHERE datname = '{name}'"],
                           capture_output=True, text=True).stdout.strip()
    return found == "1"


def fill_world_database(binary):
    """Makes the world database afresh and lets `binary`'s first start load the bundled data."""
    recreate_database(WORLD_DATABASE)
    server = Server("first start on the world database", [binary],
                    dict(PARADIPLO_ENV, DATABASE_URL=database_url(WORLD_DATABASE)))
    try:
        server.wait_ready(b'{"query": "{ __typename }"}', seconds=600)
    finally:
        server.stop()


def post(port, body, timeout=30):
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/graphql",
        data=body,
        headers={"content-type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.read()


class Server:
    """A server process on a port of its own, with its RSS read from /proc."""

    def __init__(self, name, command, env, cwd=ROOT):
        self.name = name
        self.port = free_port()
        environment = dict(os.environ, **{key: value.format(port=self.port) for key, value in env.items()})
        self.process = subprocess.Popen(
            command, cwd=cwd, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            start_new_session=True,
        )

    def wait_ready(self, probe_body, seconds=120):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited: {self.process.stderr.read().decode()[-2000:]}")
            try:
                post(self.port, probe_body, timeout=5)
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"{self.name} did not answer in {seconds} s")

    def rss_mb(self):
        """Resident memory of the process and its children (cluster workers), in MB."""
        total = 0
        for pid in [self.process.pid, *children(self.process.pid)]:
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            match = re.search(r"VmRSS:\s+(\d+) kB", status)
            total += int(match.group(1)) if match else 0
        return total / 1024

    def cpu_seconds(self):
        """CPU time (user and system) of the process and its children so far."""
        return cpu_seconds([self.process.pid, *children(self.process.pid)])

    def stop(self):
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=15)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(self.process.pid, signal.SIGKILL)


def children(pid):
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        if re.search(rf"^PPid:\s+{pid}$", text, re.M):
            child = int(status.parent.name)
            found += [child, *children(child)]
    return found


def cpu_seconds(pids):
    """CPU time (user and system) the processes have used so far, in seconds."""
    ticks = 0
    for pid in pids:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        # The fields after the command name, which may hold spaces, start at its closing ')'.
        fields = stat[stat.rindex(")") + 2:].split()
        ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def postgres_pids():
    """PostgreSQL's processes: every process of the `postgres` user."""
    uid = pwd.getpwnam("postgres").pw_uid
    pids = []
    for process in Path("/proc").glob("[0-9]*"):
        try:
            if process.stat().st_uid == uid:
                pids.append(int(process.name))
        except OSError:
            continue  # gone meanwhile
    return pids


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(port, request_body, seconds, connections, script="post.lua"):
    """Loads the server with one request body; with `script="rotate.lua"`, `request_body` holds
    one JSON body per line and the requests go through them in turn."""
    with tempfile.NamedTemporaryFile(suffix=".json") as file:
        file.write(request_body)
        file.flush()
        output = subprocess.run(
            ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", BENCH / "wrk" / script,
             f"http://127.0.0.1:{port}/graphql"],
            env=dict(os.environ, BODY=file.name), check=True, capture_output=True, text=True,
        ).stdout
    latency = {
        percent: float(value) * UNITS[unit]
        # wrk pads a latency in seconds ("1.20s ") to the width of one in ms.
        for percent, value, unit in re.findall(r"^\s+(50|90|99)%\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
    }
    errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", output))
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    errors += sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": latency.get("50"), "p90": latency.get("90"), "p99": latency.get("99"),
        "errors": errors, "requests": requests,
    }


def median_of(samples, key):
    values = [sample[key] for sample in samples if sample.get(key) is not None]
    return statistics.median(values) if values else None


def machine():
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1)) // 1024 // 1024
    versions = {
        "PostgreSQL": subprocess.run(["psql", PG_ADMIN, "-tAc", "SHOW server_version"], capture_output=True,
                                     text=True).stdout.strip(),
        "rustc": subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip(),
        "wrk": subprocess.run(["wrk", "-v"], capture_output=True, text=True).stdout.splitlines()[0],
    }
    return f"{cpu}, {os.cpu_count()} cores, {memory} GiB; " + "; ".join(f"{k} {v}" for k, v in versions.items())


def fmt(value, digits=0):
    return "n/a" if value is None else f"{value:,.{digits}f}"
