"""docs/architecture.svg is drawn from the import contracts and the real imports, and kept in step with them."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from types import ModuleType

    import pytest

SCRIPT = Path(__file__).parents[1] / "scripts" / "architecture_diagram.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("architecture_diagram", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module                    # its dataclass looks its module up while being defined
    spec.loader.exec_module(module)
    return module


def test_the_committed_picture_is_up_to_date() -> None:
    checked = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stderr


def test_a_stale_picture_is_caught_and_redrawn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = _script()
    picture = tmp_path / "architecture.svg"
    picture.write_text("<svg/>\n", encoding="utf-8")
    monkeypatch.setattr(script, "OUT", picture)
    assert script.main(["--check"]) == 1
    assert script.main([]) == 0
    assert script.main(["--check"]) == 0


def test_the_picture_shows_the_imports_the_code_has() -> None:
    script = _script()
    contracts = script.read_contracts(SCRIPT.parents[1] / "pyproject.toml")
    imports, uses_qt, _outside = script.package_imports(["landdesk.domain", "landdesk.ui", "landdesk.registry"])
    assert imports["landdesk.domain"] == set()
    assert "landdesk.domain" in imports["landdesk.ui"]
    assert (uses_qt["landdesk.ui"], uses_qt["landdesk.registry"]) == (True, False)
    drawn = script.render(contracts)
    assert "imports: nothing of landdesk" in drawn                         # the domain's box
    assert ">spatialite_store<" in drawn                                 # the registry's storage contract
