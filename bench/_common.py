"""What every benchmark in bench/ shares: Django set-up on PostgreSQL, timing
helpers, result rows and the printed table with its JSON copy."""

import json
import math
import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

RESULTS_DIR = Path(__file__).resolve().parent / "results"
POSTGRES_SCHEMES = {"postgres", "postgresql", "pgsql"}


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def uses_postgresql() -> bool:
    return urlsplit(os.environ.get("DATABASE_URL", "")).scheme in POSTGRES_SCHEMES


def setup_django() -> None:
    """Django as production serves it: no SQL logging, no debug pages."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "outreach_portal.settings")
    os.environ.setdefault("DJANGO_DEBUG", "False")
    import django

    django.setup()


def analyze() -> None:
    """Fresh planner statistics after generating a data set."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def get(client, url: str):
    """GET through the test client (server-side time); anything but 200 stops
    the run. A streamed body is read to the end, as a client would."""
    response = client.get(url)
    if response.status_code != 200:
        raise RuntimeError(f"GET {url} answered {response.status_code}")
    if response.streaming:
        b"".join(response.streaming_content)
    return response


def row(
    measure: str,
    value: float,
    unit: str,
    limit: float | None = None,
    *,
    expected: int | None = None,
    at_least: bool = False,
    ok: bool | None = None,
) -> dict:
    """One result; `limit` is an upper bound, `expected` an exact value."""
    if limit is not None:
        target = f"< {limit:g} {unit}"
        passed = value < limit
    elif expected is not None:
        target = f"{'≥' if at_least else '='} {expected:,} {unit}"
        passed = value >= expected if at_least else value == expected
    else:
        target, passed = "(reported)", None
    if ok is not None:
        passed = ok if passed is None else passed and ok
    return {
        "measure": measure,
        "value": round(value, 3) if isinstance(value, float) else value,
        "unit": unit,
        "target": target,
        "ok": passed,
    }


def report(name: str, results: list[dict], *, elapsed: float, **facts) -> bool:
    """Print the table, write bench/results/NAME.json; True when no target failed."""
    width = max(len(result["measure"]) for result in results)
    out()
    out(f"{'measure':<{width}}  {'value':>12}  {'target':<16}  result")
    out(f"{'-' * width}  {'-' * 12}  {'-' * 16}  ------")
    for result in results:
        value = result["value"]
        shown = f"{value:,.1f}" if isinstance(value, float) else f"{value:,}"
        verdict = {True: "OK", False: "FAIL", None: "-"}[result["ok"]]
        out(
            f"{result['measure']:<{width}}  {shown + ' ' + result['unit']:>12}  "
            f"{result['target']:<16}  {verdict}"
        )
    failed = sum(result["ok"] is False for result in results)
    out()
    out(
        f"bench {name}: {'all targets met' if not failed else f'{failed} FAILED'}"
        f" in {elapsed:.0f} s."
    )
    results_file = RESULTS_DIR / f"{name}.json"
    RESULTS_DIR.mkdir(exist_ok=True)
    results_file.write_text(
        json.dumps(
            {
                "benchmark": name,
                **facts,
                "elapsed_s": round(elapsed, 1),
                "passed": not failed,
                "results": results,
            },
            indent=2,
        )
        + "\n"
    )
    out(f"bench {name}: written to {results_file}")
    return not failed
