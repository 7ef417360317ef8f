"""docs/scale.md's Dask recipe, as the page gives it, on a LocalCluster of two workers: it
must give exactly the rows one process gives, in the same order."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus" / "dsn"


def recipe() -> dict[str, Any]:
    """The page's code: the rows_of block, then the Dask one, run as a module would be."""
    page = (ROOT / "docs" / "scale.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", page, re.DOTALL)
    rows_block = next(block for block in blocks if "def rows_of" in block)
    dask_block = page.split("<!-- recipe: dask -->", 1)[1]
    dask_code = re.search(r"```python\n(.*?)```", dask_block, re.DOTALL)
    assert dask_code is not None
    namespace: dict[str, Any] = {"__name__": "scale_recipe"}
    exec(rows_block + dask_code[1], namespace)  # the page's own code
    return namespace


def test_the_dask_recipe_gives_the_serial_rows() -> None:
    from dask.distributed import Client, LocalCluster

    folder = SHARED if SHARED.is_dir() else ROOT / "tests" / "data" / "dsn"
    paths = sorted(str(path) for path in folder.iterdir() if path.is_file())
    code = recipe()
    serial = [row for path in paths for row in code["rows_of"](path, Path(path).read_bytes())]
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        assert len(client.scheduler_info()["workers"]) == 2
        distributed = code["classify_archive"](paths, client)
    assert distributed == serial
    assert len(serial) > 40
