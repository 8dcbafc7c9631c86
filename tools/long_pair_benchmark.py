#!/usr/bin/env python3
"""Whole-process time of Parallax's `compare` against JPlag 4.3.0 on long pairs, side by side.

    mvn -q -DskipTests package                              # target/parallax.jar
    mvn -q -f benchmarks/jplag/pom.xml package              # benchmarks/jplag/target/jplag-pair.jar
    python3 tools/long_pair_benchmark.py ../shared/data/bbc/business

For each size (tools/long_pairs.py makes the pair) it runs, alternating which goes first,

    java -Dparallax.cache.dir=FRESH -jar JAR compare LEFT RIGHT --format json -o OUT   (OPT_OUT_TRACKING=true)
    java -jar jplag-pair.jar LEFT RIGHT

RUNS times each and prints a Markdown table of medians: wall seconds of each and their ratio, CPU seconds
of each (user + system, less sensitive to other load than wall time) and their ratio, Parallax's peak RSS,
and what each reported. Every Parallax run gets an empty embedding cache, so each is a first comparison of the pair. The
report goes to a scratch file, not to /dev/null: `-o` replaces its target with a new file, and as root that
would replace the device itself. A size Parallax refuses is recorded with its message and not retried.
Standard library only; peak RSS from `/usr/bin/time -v` when present, else from getrusage (then it is the
largest of all child processes so far, an upper bound).
"""
import argparse
import json
import os
import platform
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import long_pairs  # noqa: E402

GNU_TIME = "/usr/bin/time"


class Run:
    def __init__(self, wall, cpu, rss_mb, returncode, stdout, stderr):
        self.wall, self.cpu, self.rss_mb = wall, cpu, rss_mb
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr

    def failure(self):
        lines = [line for line in self.stderr.splitlines() if line.strip()]
        return lines[-1] if lines else f"exit code {self.returncode}"


def measure(command, env, timeout, scratch):
    """Runs `command` once; wall time from here, CPU and peak RSS of the process tree from the kernel."""
    use_gnu_time = os.access(GNU_TIME, os.X_OK)
    report = os.path.join(scratch, "time.txt")
    full = [GNU_TIME, "-v", "-o", report] + command if use_gnu_time else command
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    # Its own process group, so a run that times out is ended with the JVM under /usr/bin/time.
    process = subprocess.Popen(full, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        return Run(time.perf_counter() - start, 0, 0, -1, "", f"gave up after {timeout:.0f} s")
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    rss_mb = after.ru_maxrss / 1024
    if use_gnu_time:
        with open(report, encoding="utf-8", errors="replace") as f:
            found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", f.read())
        if found:
            rss_mb = int(found.group(1)) / 1024
    return Run(wall, cpu, rss_mb, process.returncode, stdout, stderr)


def parallax_matches(report_path):
    with open(report_path, encoding="utf-8") as f:
        report = json.load(f)
    counts = {kind: len(report[kind]) for kind in ("quotes", "claims", "related", "phrases")}
    shown = counts["quotes"] + counts["claims"] + counts["phrases"]
    return (f"{shown} ({counts['quotes']} / {counts['claims']} / {counts['phrases']}), "
            f"{counts['related']} related")


def jplag_matches(stdout):
    found = re.search(r"similarity ([\d.]+), matches (\d+)", stdout)
    return f"{found.group(2)} ({float(found.group(1)):.0%} similar)" if found else stdout.strip()


def median(values):
    return statistics.median(values) if values else None


def seconds(value):
    return "–" if value is None else f"{value:.1f}"


def machine_note():
    load = os.getloadavg()
    return (f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} CPUs, "
            f"load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} (1 / 5 / 15 min), "
            f"{platform.system()} {platform.release()}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("articles", help="folder of .txt articles, e.g. ../shared/data/bbc/business")
    parser.add_argument("--jar", default="target/parallax.jar", help="Parallax's jar (default: %(default)s)")
    parser.add_argument("--jplag", default="benchmarks/jplag/target/jplag-pair.jar",
                        help="the JPlag runner's jar (default: %(default)s)")
    parser.add_argument("--sizes", nargs="+", type=long_pairs.parse_size, default=long_pairs.DEFAULT_SIZES,
                        help="characters a side (default: 15k 30k 60k 120k 249k)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each program per size (default: 3)")
    parser.add_argument("--timeout", type=float, default=1200, help="seconds before a run is given up")
    parser.add_argument("--java", default=shutil.which("java") or "java", help="the java launcher")
    args = parser.parse_args(argv)
    for jar in (args.jar, args.jplag):
        if not os.path.isfile(jar):
            raise SystemExit(f"long_pair_benchmark: no jar at {jar} (see the build commands in --help)")

    articles = long_pairs.read_articles(args.articles)
    env = dict(os.environ, OPT_OUT_TRACKING="true")
    print(f"Parallax {os.path.abspath(args.jar)} against JPlag 4.3.0 text, {args.runs} runs each, "
          f"started {machine_note()}", file=sys.stderr)
    rows = []
    with tempfile.TemporaryDirectory(prefix="long-pairs-") as scratch:
        for size in args.sizes:
            label = long_pairs.size_label(size)
            left_text, right_text = long_pairs.pair(articles, size)
            left, right = os.path.join(scratch, f"left-{label}.txt"), os.path.join(scratch, f"right-{label}.txt")
            for path, text in ((left, left_text), (right, right_text)):
                with open(path, "w", encoding="utf-8", newline="\n") as f:
                    f.write(text)
            report = os.path.join(scratch, f"parallax-{label}.json")
            jplag_command = [args.java, "-jar", args.jplag, left, right]
            parallax_runs, jplag_runs, refusal, jplag_failure = [], [], None, None
            parallax_found = jplag_found = ""
            for run in range(args.runs):
                order = ("parallax", "jplag") if run % 2 == 0 else ("jplag", "parallax")
                for program in order:
                    if program == "parallax" and refusal is None:
                        cache = tempfile.mkdtemp(prefix="cache-", dir=scratch)
                        command = [args.java, f"-Dparallax.cache.dir={cache}", "-jar", args.jar, "compare",
                                   left, right, "--format", "json", "-o", report]
                        result = measure(command, env, args.timeout, scratch)
                        shutil.rmtree(cache, ignore_errors=True)
                        if result.returncode != 0:
                            refusal = result.failure()
                        else:
                            parallax_runs.append(result)
                            parallax_found = parallax_matches(report)
                    elif program == "jplag" and jplag_failure is None:
                        result = measure(jplag_command, env, args.timeout, scratch)
                        if result.returncode != 0:
                            jplag_failure = result.failure()
                        else:
                            jplag_runs.append(result)
                            jplag_found = jplag_matches(result.stdout)
                    else:
                        continue
                    print(f"  {label} {program} run {run + 1}: {result.wall:.1f} s wall, {result.cpu:.1f} s CPU, "
                          f"{result.rss_mb:.0f} MB" + ("" if result.returncode == 0 else f" ({result.failure()})"),
                          file=sys.stderr, flush=True)
            p_wall = median([r.wall for r in parallax_runs])
            j_wall = median([r.wall for r in jplag_runs])
            p_cpu = median([r.cpu for r in parallax_runs])
            j_cpu = median([r.cpu for r in jplag_runs])
            rows.append([
                f"{size:,}",
                seconds(p_wall) if refusal is None else f"refused: {refusal}",
                seconds(j_wall) if jplag_failure is None else f"failed: {jplag_failure}",
                f"{p_wall / j_wall:.1f}×" if p_wall and j_wall else "–",
                seconds(p_cpu),
                seconds(j_cpu),
                f"{p_cpu / j_cpu:.1f}×" if p_cpu and j_cpu else "–",
                f"{median([r.rss_mb for r in parallax_runs]):.0f}" if parallax_runs else "–",
                parallax_found or "–",
                jplag_found or "–",
            ])

    print(f"\nMedians of {args.runs}, whole process; {machine_note()} at the end.\n")
    print("| characters a side | Parallax s | JPlag s | ratio | Parallax CPU s | JPlag CPU s | CPU ratio "
          "| Parallax peak RSS MB | Parallax matches (quotes / claims / phrases) | JPlag matches |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    sys.exit(main())
