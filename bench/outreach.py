"""Public-site benchmark: the home, an explainer, the news index and an event page
served by gunicorn (2 sync workers, production settings, PostgreSQL + Redis)
under `wrk -t2 -c16 -d10s`, with the page cache on and off, against a minimal
Django view with a fixed response in the same server (issue "Performance").

Run with `make bench` or `python -m bench outreach`, DATABASE_URL pointing at a
PostgreSQL database of its own (migrated and seeded with the demo content) and
REDIS_URL at a Redis database. Results are printed and written to
bench/results/outreach.json.
"""

import json
import os
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from ._common import out, uses_postgresql

BASE_DIR = Path(__file__).resolve().parent.parent
RESULTS_FILE = Path(__file__).parent / "results" / "outreach.json"
FIXED_URL = "/bench/fixed/"
WORKERS = 2
WRK = ["-t2", "-c16", "--latency"]
DURATION = "10s"
CACHE_SECONDS = 600
AFTER_PUBLISH_REQUESTS = 21
# A loaded machine may still be working off the previous load's queue.
GET_TIMEOUT = 120

CACHED_SHARE_TARGET = 0.60  # of the fixed view's requests per second
P99_TARGET_MS = 100.0
UNCACHED_QUERIES_TARGET = 12
UNCACHED_RPS_TARGET = 200.0


def run() -> bool:
    if not uses_postgresql():
        out(
            "bench outreach: DATABASE_URL must point at a PostgreSQL database "
            "(e.g. postgres://postgres@127.0.0.1:5432/outreach_bench) and REDIS_URL "
            "at Redis, as in production. Skipped: FAIL."
        )
        return False
    if not os.environ.get("REDIS_URL"):
        out("bench outreach: REDIS_URL must be set, as in production. Skipped: FAIL.")
        return False
    if shutil.which("wrk") is None:
        out("bench outreach: wrk is not installed (apt-get install wrk). FAIL.")
        return False
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "outreach_portal.settings")
    os.environ.setdefault("DJANGO_DEBUG", "False")
    import django

    started = time.perf_counter()
    load_at_start = os.getloadavg()
    out("bench outreach: migrating and seeding the demo content …")
    # In processes of their own: what seeding leaves in this one's caches would
    # change the query counts below.
    for command in (["migrate", "--noinput", "-v0"], ["seed_demo"]):
        subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", *command],
            cwd=BASE_DIR,
            env=os.environ,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    django.setup()
    pages = _pages()
    queries = {name: _query_count(url) for name, url in pages.items()}
    after_publish = {name: _after_publish(url) for name, url in pages.items()}
    if _static_files_collected():
        out("bench outreach: static files already collected and up to date")
    else:
        out("bench outreach: collecting static files as in production …")
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
            cwd=BASE_DIR,
            env=_server_env(CACHE_SECONDS),
            check=True,
        )

    cached = _measure_server(CACHE_SECONDS, pages)
    uncached = _measure_server(0, pages)
    results = _rows(pages, queries, after_publish, cached, uncached)
    elapsed = time.perf_counter() - started
    _report(results, pages, cached, uncached, elapsed, load_at_start)
    return all(row["ok"] is not False for row in results)


# --- What is measured ---------------------------------------------------------


def _pages() -> dict[str, str]:
    """The four pages of the target, in the default language (None if missing)."""
    from wagtail.models import Locale

    from outreach.models import EventPage, ExplainerPage, HomePage, NewsIndexPage

    def first(model, *ordering):
        page = (
            model.objects.live()
            .public()
            .filter(locale=Locale.get_default())
            .order_by(*ordering or ["path"])
            .first()
        )
        return page.url if page else None

    return {
        "home": first(HomePage),
        "explainer": first(ExplainerPage),
        "news index": first(NewsIndexPage),
        "event": first(EventPage, "-start"),
    }


def _query_count(url: str | None) -> int | None:
    """SQL queries of an uncached anonymous request, after one to warm up."""
    if url is None:
        return None
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    with override_settings(PAGE_CACHE_SECONDS=0):
        client = Client()
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
    if response.status_code != 200:
        raise RuntimeError(f"GET {url} answered {response.status_code}")
    return len(captured)


def _after_publish(url: str | None) -> dict | None:
    """The first request after a publish, in this process: the cache cleared
    (what a publish does), the page rendered and stored. Its median time and its
    SQL queries (the menu and other remembered data are rebuilt too)."""
    if url is None:
        return None
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    from outreach import page_cache

    timings, queries = [], []
    with override_settings(PAGE_CACHE_SECONDS=CACHE_SECONDS):
        client = Client()
        for _ in range(AFTER_PUBLISH_REQUESTS):
            page_cache.clear()
            with CaptureQueriesContext(connection) as captured:
                began = time.perf_counter()
                response = client.get(url)
                timings.append((time.perf_counter() - began) * 1000)
            if response.get("X-Cache") != "miss":
                raise RuntimeError(f"GET {url} after a publish was not stored")
            queries.append(len(captured))
    return {"ms": statistics.median(timings), "queries": max(queries)}


def _static_files_collected() -> bool:
    """Whether STATIC_ROOT holds a manifest newer than every source static file
    (hashing and compressing Wagtail's admin files again takes minutes)."""
    from django.conf import settings
    from django.contrib.staticfiles import finders

    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    if not manifest.exists():
        return False
    collected_at = manifest.stat().st_mtime
    for finder in finders.get_finders():
        for path, storage in finder.list([]):
            if Path(storage.path(path)).stat().st_mtime > collected_at:
                return False
    return True


def _server_env(cache_seconds: int) -> dict[str, str]:
    """Production settings, with what a deployment would set."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench._settings",
        "DJANGO_ENV": "production",
        "DJANGO_DEBUG": "False",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        # TLS ends at the proxy in production; here wrk speaks plain HTTP.
        "SECURE_SSL_REDIRECT": "False",
        "PAGE_CACHE_SECONDS": str(cache_seconds),
        "LOG_LEVEL": "WARNING",
    }


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=GET_TIMEOUT) as response:  # noqa: S310
            response.read()
            return response.status, dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers)


def _measure_server(cache_seconds: int, pages: dict[str, str | None]) -> dict:
    """Start gunicorn, warm every URL up, then load each with wrk in turn."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    label = "cache on" if cache_seconds else "cache off"
    out(f"bench outreach: gunicorn with {WORKERS} workers on {base} ({label})")
    server = subprocess.Popen(  # noqa: S603
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "outreach_portal.wsgi",
            "--workers",
            str(WORKERS),
            "--bind",
            f"127.0.0.1:{port}",
        ],
        cwd=BASE_DIR,
        env=_server_env(cache_seconds),
    )
    try:
        _wait_until_up(f"{base}/healthz", server)
        measured = {"static": _static_headers(base, pages["home"])}
        # Fresh workers are slower for their first second or two (imports,
        # connections): a short discarded load first.
        _wrk(base + FIXED_URL, duration="2s")
        for name, path in [("fixed view", FIXED_URL), *pages.items()]:
            if path is None:
                continue
            # Every worker renders (and with the cache on, stores) before the load.
            statuses = [_get(base + path) for _ in range(2 * WORKERS)]
            codes = {status for status, _headers in statuses}
            if codes != {200}:
                raise RuntimeError(f"GET {path} answered {sorted(codes)}")
            cache_header = statuses[-1][1].get("X-Cache", "-")
            out(f"bench outreach: wrk {' '.join(WRK)} -d{DURATION} {path}")
            measured[name] = {
                **_wrk(base + path),
                "x_cache": cache_header,
            }
        # The fixed view again at the end: the reference is the mean of both,
        # so a change in the machine's other load during the run shows less.
        out(f"bench outreach: wrk {' '.join(WRK)} -d{DURATION} {FIXED_URL} (again)")
        again = _wrk(base + FIXED_URL)
        first = measured["fixed view"]
        measured["fixed view"] = {
            **first,
            "rps": (first["rps"] + again["rps"]) / 2,
            "rps_first_and_last": [first["rps"], again["rps"]],
            "p99_ms": max(first["p99_ms"], again["p99_ms"]),
        }
        return measured
    finally:
        server.terminate()
        server.wait(timeout=30)


def _static_headers(base: str, home: str | None) -> dict:
    """How the home page's stylesheet is served: its URL, caching, compression."""
    if home is None:
        return {}
    with urllib.request.urlopen(base + home, timeout=GET_TIMEOUT) as response:  # noqa: S310
        html = response.read().decode()
    found = re.search(r'href="(/static/[^"]+\.css)"', html)
    if found is None:
        return {}
    request = urllib.request.Request(  # noqa: S310
        base + found.group(1), headers={"Accept-Encoding": "br, gzip"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        return {
            "url": found.group(1),
            "cache_control": response.headers.get("Cache-Control", ""),
            "content_encoding": response.headers.get("Content-Encoding", ""),
        }


def _wait_until_up(url: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("gunicorn exited; see its output above")
        try:
            if _get(url)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.25)
    raise RuntimeError(f"gunicorn did not answer {url} within 60 s")


UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _wrk(url: str, duration: str = DURATION) -> dict:
    output = subprocess.run(  # noqa: S603
        ["wrk", *WRK, f"-d{duration}", url],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p99 = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)\b", output, re.MULTILINE)
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    socket_errors = re.search(r"Socket errors:(.*)", output)
    return {
        "rps": rps,
        "p99_ms": float(p99.group(1)) * UNITS_MS[p99.group(2)],
        "non_2xx": int(errors.group(1)) if errors else 0,
        "socket_errors": socket_errors.group(1).strip() if socket_errors else "",
    }


# --- Report -------------------------------------------------------------------


def _row(measure: str, value, unit: str, target: str, ok: bool | None) -> dict:
    if isinstance(value, float):
        value = round(value, 1)
    return {
        "measure": measure,
        "value": value,
        "unit": unit,
        "target": target,
        "ok": ok,
    }


def _rows(pages, queries, after_publish, cached, uncached) -> list[dict]:
    rows = []
    fixed = cached["fixed view"]["rps"]
    floor = CACHED_SHARE_TARGET * fixed
    rows.append(
        _row(
            "fixed view: requests/s (cache on run, mean of first and last)",
            fixed,
            "req/s",
            "",
            None,
        )
    )
    rows.append(
        _row(
            "fixed view: p99 (cache on run)",
            cached["fixed view"]["p99_ms"],
            "ms",
            "",
            None,
        )
    )
    rows.append(
        _row(
            "fixed view: requests/s (cache off run)",
            uncached["fixed view"]["rps"],
            "req/s",
            "",
            None,
        )
    )
    static = cached["static"]
    hashed = bool(re.search(r"\.[0-9a-f]{12}\.css$", static.get("url", "")))
    rows.append(
        _row(
            f"static: {static.get('url', 'no stylesheet found')} "
            f"({static.get('cache_control', '')}; "
            f"{static.get('content_encoding') or 'not compressed'})",
            "hashed" if hashed else "not hashed",
            "",
            "hashed, immutable, br/gzip",
            hashed
            and "immutable" in static.get("cache_control", "")
            and static.get("content_encoding") in {"br", "gzip"},
        )
    )
    for name, url in pages.items():
        if url is None:
            rows.append(
                _row(f"{name}: no such page in the demo content", 0, "", "", False)
            )
            continue
        hit = cached[name]
        rows.append(
            _row(
                f"{name} cached ({hit['x_cache']}): requests/s "
                f"({hit['rps'] / fixed:.0%} of the fixed view)",
                hit["rps"],
                "req/s",
                f"≥ {floor:,.0f} (60%)",
                hit["rps"] >= floor and not hit["non_2xx"],
            )
        )
        rows.append(
            _row(
                f"{name} cached: p99",
                hit["p99_ms"],
                "ms",
                f"< {P99_TARGET_MS:g} ms",
                hit["p99_ms"] < P99_TARGET_MS,
            )
        )
        miss = uncached[name]
        rows.append(
            _row(
                f"{name} uncached: requests/s",
                miss["rps"],
                "req/s",
                f"≥ {UNCACHED_RPS_TARGET:g}",
                miss["rps"] >= UNCACHED_RPS_TARGET and not miss["non_2xx"],
            )
        )
        rows.append(_row(f"{name} uncached: p99", miss["p99_ms"], "ms", "", None))
        rows.append(
            _row(
                f"{name} uncached: SQL queries ({url})",
                queries[name],
                "queries",
                f"≤ {UNCACHED_QUERIES_TARGET}",
                queries[name] <= UNCACHED_QUERIES_TARGET,
            )
        )
        first = after_publish[name]
        rows.append(
            _row(
                f"{name}: first request after a publish: SQL queries",
                first["queries"],
                "queries",
                f"≤ {UNCACHED_QUERIES_TARGET}",
                first["queries"] <= UNCACHED_QUERIES_TARGET,
            )
        )
        rows.append(
            _row(
                f"{name}: first request after a publish: in-process median",
                first["ms"],
                "ms",
                "",
                None,
            )
        )
    return rows


def _report(results, pages, cached, uncached, elapsed: float, load_at_start) -> None:
    width = max(len(row["measure"]) for row in results)
    out()
    out(f"{'measure':<{width}}  {'value':>14}  {'target':<16}  result")
    out(f"{'-' * width}  {'-' * 14}  {'-' * 16}  ------")
    for row in results:
        value = row["value"]
        if isinstance(value, str):
            shown = value
        else:
            shown = f"{value:,.1f}" if isinstance(value, float) else f"{value:,}"
        verdict = {True: "OK", False: "FAIL", None: "-"}[row["ok"]]
        out(
            f"{row['measure']:<{width}}  {shown + ' ' + row['unit']:>14}  "
            f"{row['target']:<16}  {verdict}"
        )
    failed = sum(row["ok"] is False for row in results)
    load = ", ".join(f"{value:.2f}" for value in load_at_start)
    out()
    out(
        f"bench outreach: {'all targets met' if not failed else f'{failed} FAILED'}"
        f" in {elapsed:.0f} s ({os.cpu_count()} CPUs; load average before the "
        f"run {load}: other work on the machine lowers every figure)."
    )
    RESULTS_FILE.parent.mkdir(exist_ok=True)
    RESULTS_FILE.write_text(
        json.dumps(
            {
                "benchmark": "outreach",
                "elapsed_s": round(elapsed, 1),
                "load_average_before": load_at_start,
                "passed": not failed,
                "pages": pages,
                "wrk": {"cache on": cached, "cache off": uncached},
                "results": results,
            },
            indent=2,
        )
        + "\n"
    )
    out(f"bench outreach: written to {RESULTS_FILE}")
