"""Smoke test of a built bundle: run it with no Python or virtualenv in sight, build the demo district with it,
render the main window offscreen, and check the image shows a map (not a blank or one-colour window).

    .venv/bin/python packaging/smoke.py dist/landdesk-0.1.0
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path


def run_bundle(bundle: Path, *args: str, home: Path, language: str = "", launcher: str = "landdesk",
               extra: dict[str, str] | None = None) -> str:
    # A bare environment: no PATH to the virtualenv, no PYTHONPATH, no LD_LIBRARY_PATH to the system's Qt.
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
           **(extra or {})}
    if language:
        env["LANDDESK_LANGUAGE"] = language
    result = subprocess.run([str(bundle / launcher), *args], env=env, capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        sys.exit(f"smoke: `landdesk {' '.join(args)}` failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result.stdout


def check_image(path: Path) -> str:
    """The window's image is large, has many colours, and its map area is not one flat colour."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage

    QGuiApplication.instance() or QGuiApplication(["smoke"])
    image = QImage(str(path))
    if image.isNull() or image.width() < 1000 or image.height() < 600:
        return f"{path} is missing or too small ({image.width()}x{image.height()})"
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    if len(colours) < 50:
        return f"{path} has only {len(colours)} colours: the window drew nothing"
    map_area = {image.pixel(x, y) for x in range(300, 1200, 5) for y in range(80, 600, 5)}
    if len(map_area) < 10:
        return f"{path}: the map area is flat ({len(map_area)} colours): no layers drawn"
    return ""


def main(argv: list[str]) -> int:
    bundle = Path(argv[1] if len(argv) > 1 else sorted(Path("dist").glob("landdesk-*"))[-1]).resolve()
    shots = bundle.parent / "smoke"              # kept, to be looked at
    shots.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="landdesk-smoke-") as tmp:
        home = Path(tmp)
        demo = home / "demo.sqlite"
        run_bundle(bundle, "demo", "--parcels", "3000", "--no-gui", "--out", str(demo), home=home)
        # the officer's launcher: with no cache yet it shows the welcome page (and leaves when asked to)
        launcher = next((p.name for p in bundle.glob("landdesk-gui*")), "landdesk")
        run_bundle(bundle, home=home, launcher=launcher, extra={"LANDDESK_EXIT_AFTER_SHOW": "1"})
        print(f"smoke: {launcher} with no arguments opened the welcome page")
        spatialite = next(line for line in run_bundle(bundle, "info", str(demo), home=home).splitlines()
                          if line.startswith("SpatiaLite:"))
        if str(bundle) not in spatialite:          # the system's mod_spatialite would hide a bundle without one
            print(f"smoke: the bundle did not load its own SpatiaLite: {spatialite}", file=sys.stderr)
            return 1
        print(f"smoke: {spatialite}")
        for language in ("en", "ru", "kk"):
            shot = shots / f"smoke-{language}.png"
            run_bundle(bundle, "screenshot", str(demo), "--out", str(shot), "--find", "2026-0074", home=home,
                       language=language)
            problem = check_image(shot)
            if problem:
                print(f"smoke: {problem}", file=sys.stderr)
                return 1
            print(f"smoke: {language}: {shot} looks like a map")
    images = {language: (shots / f"smoke-{language}.png").read_bytes() for language in ("en", "ru", "kk")}
    if len(set(images.values())) < 3:         # the same picture in two languages: the bundle lost its translations
        print("smoke: the en, ru and kk windows look the same: the bundle did not load its translations",
              file=sys.stderr)
        return 1
    print(f"smoke: {bundle.name} built the demo district and drew the main window in en, ru and kk")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
