#!/usr/bin/env python3
"""Checks .github/workflows/*.yml: each parses as YAML, every `uses:` is pinned to a version (@tag or @sha), and each
job that configures with BTCW_REQUIRE_KEYCHAIN=ON builds QtKeychain first. Usage: check_workflow.py <source-dir>."""
import pathlib
import re
import sys

try:
    import yaml
except ImportError:
    print("SKIP: python3-yaml is not installed (bash scripts/setup.sh installs it)")
    sys.exit(77)

errors = []
workflows = sorted((pathlib.Path(sys.argv[1]) / ".github" / "workflows").glob("*.yml"))
if not workflows:
    errors.append("no workflow found")
for path in workflows:
    doc = yaml.safe_load(path.read_text())
    for name, job in doc.get("jobs", {}).items():
        steps = job.get("steps", [])
        for step in steps:
            uses = step.get("uses")
            if uses and not re.search(r"@[\w.\-]+$", uses):
                errors.append(f"{path.name}: job {name}: '{uses}' is not pinned to a version")
        runs = "\n".join(step.get("run", "") for step in steps)
        if "BTCW_REQUIRE_KEYCHAIN=ON" in runs and "qtkeychain" not in runs.replace("BTCW_REQUIRE_KEYCHAIN", ""):
            errors.append(f"{path.name}: job {name} requires QtKeychain but never builds or installs it")
for error in errors:
    print("FAIL:", error)
if not errors:
    print(f"PASS: {len(workflows)} workflow(s)")
sys.exit(1 if errors else 0)
