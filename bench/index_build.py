"""Cold index build of the shipped corpus: chunks per second, wall time, peak memory; then a no-change run.

Run: python -m bench.index_build   (or `gdc bench index`)
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import calibrate, save
from index.settings import PROJECT_ROOT


def _gdc(env: dict, *args: str) -> tuple[float, str]:
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "ui.cli", *args], env=env, capture_output=True, text=True, check=False)
    if out.returncode not in (0, 1):
        raise SystemExit(f"gdc {' '.join(args)} failed: {out.stderr}")
    return time.perf_counter() - started, out.stdout


def main() -> dict:
    unit = calibrate()
    with tempfile.TemporaryDirectory() as tmp:
        knowledge = Path(tmp) / "knowledge"
        shutil.copytree(PROJECT_ROOT / "knowledge", knowledge)
        env = {**os.environ, "GDC_KNOWLEDGE_DIR": str(knowledge), "GDC_INDEX_DIR": str(Path(tmp) / "index")}
        cold, out = _gdc(env, "index", "-q")
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        import json

        manifest = json.loads(next((Path(tmp) / "index" / "builds").glob("*/manifest.json")).read_text())
        stats = manifest["stats"]
        warm, warm_out = _gdc(env, "index", "-q")
    result = {
        "chunks": stats["chunks"], "embedded_units": stats["embedded"],
        "cold_build_s": round(cold, 2), "chunks_per_s": round(stats["chunks"] / cold, 1),
        "embedded_units_per_s": round(stats["embedded"] / cold, 1), "peak_rss_mb": round(peak_mb, 1),
        "no_change_run_s": round(warm, 2), "no_change_reembedded": 0 if "nothing re-embedded" in warm_out else None,
        "calibration_s": round(unit, 3), "cold_build_in_calibration_units": round(cold / unit, 1),
        "cold_output": out.strip(), "no_change_output": warm_out.strip(),
    }
    save("index_build", result)
    return result


if __name__ == "__main__":
    main()
