"""Keys an operator needs for a returning customer's Trafik sale by card in 3 installments, keyboard only.

Starts the real desk (``insurup_desk.app.main --sandbox``, a fresh profile, offscreen, the sandbox's quick test
latencies), signs in, and from "main window shown" to "policy number on screen" sends every key to the focused
widget only (``tests/e2e/keyboard_sale.py``, the same drive as the end-to-end test). Typing the TCKN and the
card's characters is not counted; every other key is. No mouse is used, so ``clicks`` is 0 by construction.
``wall_s`` is that drive's wall-clock time in the offscreen desk (no human typing delay).

Usage: python benchmarks/bench_counter_keys.py     (last line: one JSON object; exit 1 on a missed target)
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "e2e"))

TARGETS = {"keys_max": 8, "clicks_max": 0}


def main() -> None:
    os.environ["INSURUP_DESK_HOME"] = tempfile.mkdtemp(prefix="insurup-keys-")
    from desk_driver import fast_sandbox_config, run_driven, sign_in
    from keyboard_sale import drive

    from insurup_desk import training_server

    figures: dict[str, Any] = {}

    async def script(shell: Any) -> None:
        window = await sign_in(shell)
        sale = await drive(window)
        figures.update({"keys": len(sale.keys), "clicks": 0, "wall_s": sale.wall_s,
                        "policy_number": sale.policy_number, "key_sequence": sale.keys})
        shell.quit(0)

    training_server.sandbox_config = fast_sandbox_config  # quotes in milliseconds, as the e2e drive does
    try:
        run_driven(script, ["--sandbox"])
    except SystemExit as stop:
        if stop.code not in (0, None) or not figures:
            print(json.dumps({"error": f"the drive failed (exit {stop.code})", "targets": TARGETS}))
            sys.exit(1)
    met = figures["keys"] <= TARGETS["keys_max"] and figures["clicks"] <= TARGETS["clicks_max"] \
        and bool(figures["policy_number"])
    print(json.dumps({**figures, "targets": TARGETS, "met": met}, ensure_ascii=False))
    sys.exit(0 if met else 1)


if __name__ == "__main__":
    main()
