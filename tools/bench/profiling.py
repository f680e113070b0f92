"""--profile: where this client's sync calls spend their time (pyinstrument, from the bench dependency group)."""

from __future__ import annotations

import gc

from .contenders import generated_client
from .measure import PACKAGES, POOL, THIS, per_call
from .spec import Workload


def profile(url: str, work: Workload, calls: int) -> None:
    try:
        from pyinstrument import Profiler
    except ImportError:
        print("--profile needs pyinstrument: uv sync --group bench")
        return
    client = generated_client(PACKAGES[THIS], url, work, POOL)
    try:
        for method, call in (("GET", client.get), ("POST", client.post)):
            gc.collect()
            profiler = Profiler(interval=0.0001)
            profiler.start()
            per_call(call, calls)
            profiler.stop()
            print(f"\n## pyinstrument: {THIS}, {calls} {method} calls")
            print(profiler.output_text(unicode=True, color=False, show_all=False))
    finally:
        client.close()
