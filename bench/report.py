#!/usr/bin/env python3
"""Joins the results of ds_bench (the pipeline's stages) and ds_load (the service) of one
run into one JSON document, judges the targets of issue 5, prints the markdown table and
makes the plots (gnuplot, SVG).

Every throughput is also given as a ratio to the zlib inflate baseline measured in the
same run (ds_bench's inflate stage, median), and every latency as a multiple of the time
that baseline takes to inflate one average article of the corpus: the machines are
noisy, and a ratio to something measured minutes apart on the same machine is less so.

usage: report.py --pipeline P.json --service S.json --out DIR --commit C --command CMD
"""
import argparse
import datetime
import json
import os
import platform
import subprocess
import sys

MiB = 1024 * 1024


def stat(d):
    """'median (min-max)' of a {median, min, max} dict, or '-'."""
    return d if d is None else (d["median"], d["min"], d["max"])


def fmt(d, digits=1, scale=1.0):
    if d is None:
        return "-"
    m, lo, hi = (x * scale if x is not None else None for x in stat(d))
    if m is None:
        return "-"
    if lo == hi:
        return f"{m:,.{digits}f}"
    return f"{m:,.{digits}f} ({lo:,.{digits}f}-{hi:,.{digits}f})"


def scaled(d, k):
    if d is None:
        return None
    return {key: (v * k if v is not None else None) for key, v in d.items()}


def machine():
    cpu = ""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "kernel": platform.release()}


def find(service, kind, k=None, s=None, rate=None):
    for sc in service["scenarios"]:
        if sc["kind"] != kind:
            continue
        if k is not None and sc["gateways"] != k:
            continue
        if s is not None and sc["subscribers"] != s:
            continue
        if rate is not None and sc.get("rate") != rate:
            continue
        return sc
    return None


def ratio_runs(a, b, key):
    """Per-repeat ratios b/a of a figure of two scenarios run in the same repeats."""
    v = [y[key] / x[key] for x, y in zip(a["runs"], b["runs"])
         if x["ok"] and y["ok"] and x[key] and y[key] is not None]
    if not v:
        return None
    v.sort()
    n = len(v)
    med = v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2
    return {"median": med, "min": v[0], "max": v[-1]}


def targets(pipe, service):
    out = []

    def add(name, measured, op, limit, unit, note=""):
        ok = None if measured is None else (measured["median"] >= limit if op == ">=" else
                                            measured["median"] <= limit)
        out.append({"target": name, "limit": f"{op} {limit}{unit}", "measured": measured,
                    "unit": unit, "pass": ok, "note": note})

    st = pipe["stages"]
    add("extraction stage alone vs inflate of the same text", st["extract_alone"]["ratio_to_inflate"],
        ">=", 4, "x")
    cmd = pipe.get("commands")
    add("`dealstream extract --format msgpack FILE` vs bare inflate of FILE",
        cmd["ratio_extract_to_inflate"] if cmd else None, ">=", 0.75, "x")
    one, two = find(service, "saturation", 1, 1), find(service, "saturation", 2, 1)
    add("serve: 2 gateways vs 1 gateway (throughput, 1 subscriber)",
        ratio_runs(one, two, "articles_s") if one and two else None, ">=", 1.6, "x")
    lat = find(service, "rate", 2, 16, 2000)
    add("serve: p99 article-to-subscriber latency at 2,000 articles/s, 16 subscribers",
        lat["latency_ms"]["p99"] if lat else None, "<=", 2, " ms")
    conn = find(service, "connections", 64, 256)
    add("serve: peak RSS with 64 gateways and 256 subscribers",
        scaled(conn["peak_rss_kib"], 1 / 1024) if conn else None, "<=", 32, " MiB")
    return out


def table(doc):
    pipe, service = doc["pipeline"], doc["service"]
    c = pipe["corpus"]
    base = pipe["stages"]["inflate"]["mb_s_decompressed"]["median"]
    art_ns = 1e9 / pipe["stages"]["inflate"]["articles_s"]["median"]  # inflate time per article
    L = []
    L.append(f"Corpus `{c['path']}`: {c['compressed_bytes'] / 1e6:.1f} MB compressed, "
             f"{c['decompressed_bytes'] / 1e6:.1f} MB decompressed, {c['articles']:,} articles, "
             f"{c['events']:,} events. Commit `{doc['commit']}`, {doc['date']}, "
             f"{doc['machine']['cpu']} ({doc['machine']['cores']} cores). "
             f"Figures: median (min-max) of {pipe['repeats']} repeats (pipeline) and "
             f"{service['repeats']} (service); MB = 10^6 bytes; "
             f"x inflate = ratio to zlib inflate alone in the same repeat.")
    L.append("")
    L.append("**Pipeline, one core, in process** (`ds_bench`)")
    L.append("")
    L.append("| stage | MB/s decompressed | MB/s compressed | articles/s | events/s | x inflate "
             "| share of time | allocs/article | peak RSS |")
    L.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, s in pipe["stages"].items():
        share = fmt(s["time_share"], 1, 100) + " %" if s["time_share"] else "-"
        allocs = "-" if s["allocs_per_article"] is None else f"{s['allocs_per_article']:g}"
        rss = "-" if s["peak_rss_kib"] is None else f"{s['peak_rss_kib'] / 1024:.1f} MiB"
        L.append(f"| {s['label']} | {fmt(s['mb_s_decompressed'])} | {fmt(s['mb_s_compressed'])} "
                 f"| {fmt(s['articles_s'], 0)} | {fmt(s['events_s'], 0)} "
                 f"| {fmt(s['ratio_to_inflate'], 3)} | {share} | {allocs} | {rss} |")
    cmd = pipe.get("commands")
    if cmd:
        L.append("")
        L.append(f"**Commands on the corpus file** (wall time, {cmd['repeats']} interleaved runs each)")
        L.append("")
        L.append("| command | seconds | MB/s decompressed | x inflate_only | peak RSS |")
        L.append("| --- | --- | --- | --- | --- |")
        io = cmd["inflate_only"]
        L.append(f"| `inflate_only FILE` (bare zlib) | {fmt(io['seconds'], 3)} "
                 f"| {fmt(io['mb_s_decompressed'])} | 1 | {io['peak_rss_kib'] / 1024:.1f} MiB |")
        ex = cmd["extract"]
        L.append(f"| `dealstream extract --format msgpack FILE > /dev/null` | {fmt(ex['seconds'], 3)} "
                 f"| {fmt(ex['mb_s_decompressed'])} | {fmt(cmd['ratio_extract_to_inflate'], 3)} "
                 f"| {ex['peak_rss_kib'] / 1024:.1f} MiB |")
    L.append("")
    L.append(f"**Service** (`ds_load`: `dealstream serve {service['serve_options']}` on loopback; "
             "gateways and subscribers in one process on the same 2 cores)")
    L.append("")
    L.append("| load | gateways | subscribers | articles/s | MB/s decompressed | x inflate "
             "| latency p50 / p99 / p99.9 ms | p99 in inflate-times of an article | dropped "
             "| peak RSS | server CPU |")
    L.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for sc in service["scenarios"]:
        load = "flat out, %d articles/gateway" % sc["articles_per_gateway"] \
            if sc["kind"] == "saturation" else f"{sc['rate']:,.0f} articles/s for {sc['seconds']:g} s"
        if sc["kind"] == "connections":
            load += " (connections)"
        lat = sc["latency_ms"]
        lats = "-" if lat["p50"] is None else \
            f"{fmt(lat['p50'], 2)} / {fmt(lat['p99'], 2)} / {fmt(lat['p999'], 2)}"
        p99x = "-" if lat["p99"] is None else fmt(lat["p99"], 0, 1e6 / art_ns)
        ratio = scaled(sc["mb_s_decompressed"], 1 / base)
        rss = "-" if sc["peak_rss_kib"] is None else fmt(sc["peak_rss_kib"], 1, 1 / 1024) + " MiB"
        cpu = "-" if sc["server_cpu"] is None else fmt(sc["server_cpu"], 0, 100) + " %"
        ok = "" if sc["runs_ok"] == service["repeats"] else \
            f" ({service['repeats'] - sc['runs_ok']} runs failed)"
        L.append(f"| {load}{ok} | {sc['gateways']} | {sc['subscribers']} | {fmt(sc['articles_s'], 0)} "
                 f"| {fmt(sc['mb_s_decompressed'])} | {fmt(ratio, 3)} | {lats} | {p99x} "
                 f"| {fmt(sc['dropped'], 0)} | {rss} | {cpu} |")
    L.append("")
    L.append("**Targets** (judged on the median)")
    L.append("")
    L.append("| target | limit | measured | result |")
    L.append("| --- | --- | --- | --- |")
    for t in doc["targets"]:
        m = "not measured" if t["measured"] is None else \
            fmt(t["measured"], 3 if t["unit"] == "x" else 2) + t["unit"]
        res = "-" if t["pass"] is None else ("**pass**" if t["pass"] else "**FAIL**")
        L.append(f"| {t['target']} | {t['limit']} | {m} | {res} |")
    return "\n".join(L) + "\n"


def plots(doc, out, gp):
    pipe, service = doc["pipeline"], doc["service"]
    with open(os.path.join(out, "stages.dat"), "w") as f:
        f.write("# label median min max\n")
        for s in pipe["stages"].values():
            m = s["mb_s_decompressed"]
            f.write(f"\"{s['label']}\" {m['median']} {m['min']} {m['max']}\n")
        cmd = pipe.get("commands")
        if cmd:
            for key, label in (("inflate_only", "inflate_only FILE"),
                               ("extract", "dealstream extract FILE")):
                m = cmd[key]["mb_s_decompressed"]
                f.write(f"\"{label}\" {m['median']} {m['min']} {m['max']}\n")
    subs = sorted({sc["subscribers"] for sc in service["scenarios"] if sc["kind"] == "rate"})
    blocks = []
    for s in subs:
        rows = []
        for sc in service["scenarios"]:
            lat = sc["latency_ms"]
            if sc["kind"] == "rate" and sc["subscribers"] == s and lat["p50"] is not None:
                rows.append(f"{sc['rate']} {lat['p50']['median']} {lat['p99']['median']} "
                            f"{lat['p999']['median']}")
        blocks.append(f"# subscribers {s}: rate p50 p99 p99.9 (ms)\n" + "\n".join(rows) + "\n")
    with open(os.path.join(out, "latency.dat"), "w") as f:
        f.write("\n\n".join(blocks))
    title = f"commit {doc['commit']}, {doc['date']}"
    args = ["gnuplot", "-e", f"outdir='{out}'; subs='{' '.join(map(str, subs))}'; "
            f"title_extra='{title}'", gp]
    subprocess.run(args, check=True)
    for name in ("stages.dat", "latency.dat"):
        os.remove(os.path.join(out, name))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pipeline", required=True)
    ap.add_argument("--service", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--commit", default="unknown")
    ap.add_argument("--command", default="bash bench/run.sh")
    ap.add_argument("--gnuplot", default=os.path.join(os.path.dirname(__file__), "plots.gp"))
    ap.add_argument("--no-plots", action="store_true")
    a = ap.parse_args()
    with open(a.pipeline) as f:
        pipe = json.load(f)
    with open(a.service) as f:
        service = json.load(f)
    base = pipe["stages"]["inflate"]
    art_ns = 1e9 / base["articles_s"]["median"]
    for sc in service["scenarios"]:  # the ratios to the baseline of the same run
        sc["ratio_to_inflate"] = scaled(sc["mb_s_decompressed"], 1 / base["mb_s_decompressed"]["median"])
        sc["latency_in_inflate_articles"] = {k: scaled(v, 1e6 / art_ns)
                                             for k, v in sc["latency_ms"].items()}
    doc = {
        "commit": a.commit,
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "command": a.command,
        "machine": machine(),
        "inflate_baseline": {"mb_s_decompressed": base["mb_s_decompressed"],
                             "articles_s": base["articles_s"], "ns_per_article": art_ns},
        "pipeline": pipe,
        "service": service,
    }
    doc["targets"] = targets(pipe, service)
    os.makedirs(a.out, exist_ok=True)
    for name in ("latest.json", f"{a.commit}.json"):
        with open(os.path.join(a.out, name), "w") as f:
            json.dump(doc, f, indent=1)
            f.write("\n")
    md = table(doc)
    with open(os.path.join(a.out, "latest.md"), "w") as f:
        f.write(f"Made by `{a.command}`.\n\n" + md)
    if not a.no_plots:
        plots(doc, a.out, a.gnuplot)
    sys.stdout.write(md)


if __name__ == "__main__":
    main()
