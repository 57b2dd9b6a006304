"""`make bench`: measure the portal's performance targets.

Each module in bench/ that defines `run()` is one benchmark; they are measured
here, never in the timed tests. Run one with `python -m bench NAME`.
"""

import importlib
import pkgutil
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    names = argv or sorted(
        module.name
        for module in pkgutil.iter_modules([str(Path(__file__).parent)])
        if not module.name.startswith("_")
    )
    if not names:
        print("No benchmarks are defined yet.")  # noqa: T201
        return 0
    failed = 0
    for name in names:
        module = importlib.import_module(f"bench.{name}")
        failed += 0 if module.run() else 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
