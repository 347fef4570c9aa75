"""File → Import… and Export layer…: the import runs in the writer thread with a progress dialog and Cancel,
and ends with what was refused and which applications' pre-checks it changed. Mixed into MainWindow."""

from __future__ import annotations

import getpass
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog

from landdesk.services.exporting import LAYERS, export_layer
from landdesk.services.impact import with_impact
from landdesk.services.importing import describe_source, import_features
from landdesk.services.plan_check import plan_list
from landdesk.ui.i18n import number, render, tr
from landdesk.ui.import_dialog import ImportDialog

if TYPE_CHECKING:
    from landdesk.services.impact import ImpactRow
    from landdesk.services.importing import ImportReport, ImportRequest

def gis_file_filter() -> str:
    return tr("GIS files (*.gpkg *.shp *.geojson *.json *.dxf *.csv);;All files (*)")


class _Progress(QObject):
    moved = Signal(int, int)


class FileActions:
    """Needs from the window: tasks, cache_path, statusBar(), _show_error(), reload_map(), applications.reload_queue(),
    the signal imported."""

    tasks: Any
    cache_path: Any
    imported: Any

    def open_import(self, file: Path | None = None) -> None:
        window: Any = self
        if file is None:
            chosen, _filter = QFileDialog.getOpenFileName(window, tr("Import a GIS file"), str(Path.home()),
                                                          gis_file_filter())
            if not chosen:
                return
            file = Path(chosen)

        def ask(found: tuple[Any, list[tuple[str, str, str]]]) -> None:
            info, plans = found
            dialog = ImportDialog(file, info, plans, window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(lambda: self.run_import(dialog.request(getpass.getuser())))
            self.import_dialog = dialog
            dialog.open()
        self.tasks.read(lambda cache: (describe_source(file), plan_list(cache)), ask)

    def run_import(self, request: ImportRequest) -> None:
        window: Any = self
        cancel = threading.Event()
        progress = QProgressDialog(tr("Importing {file}…").format(file=request.file.name), tr("Cancel"), 0, 100,
                                   window)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(cancel.set)
        relay = _Progress(window)
        relay.moved.connect(lambda done, total: progress.setValue(int(100 * done / max(total, 1))))
        self.import_progress = progress

        def work(cache: Any) -> tuple[ImportReport, list[ImpactRow]]:
            return with_impact(cache, lambda c: import_features(
                c, request, progress=lambda done, total: relay.moved.emit(done, total), cancelled=cancel.is_set))

        def done(result: tuple[ImportReport, list[ImpactRow]]) -> None:
            _dismiss(progress)
            report, impact = result
            window.reload_map()
            window.applications.reload_queue()
            summary = tr("{imported} of {read} features imported as {target} (source CRS {crs}); {refused} refused.")
            lines = [summary.format(
                imported=number(report.imported), read=number(report.read), target=tr(report.target),
                crs=report.source_crs, refused=number(len(report.rejected)))]
            lines += ["  " + tr("Note: {warning}").format(warning=render(w)) for w in report.warnings]
            lines += ["  " + tr("feature {row}: {reason}").format(row=r.row, reason=render(r.reason))
                      for r in report.rejected[:30]]
            if len(report.rejected) > 30:
                lines.append("  " + tr("… and {count} more (`landdesk import` lists them all)").format(
                    count=len(report.rejected) - 30))
            lines.append("")
            if impact:
                lines += [tr("Pre-checks changed:"), *(f"  {render(row.sentence())}" for row in impact[:30])]
            else:
                lines.append(tr("No pending application's pre-checks changed."))
            box = QMessageBox(QMessageBox.Icon.Information, tr("Import"), "\n".join(lines),
                              QMessageBox.StandardButton.Ok,
                              window)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.import_summary = box
            box.open()
            window.statusBar().showMessage(lines[0], 15000)
            self.imported.emit(report, impact)

        def failed(error: BaseException) -> None:
            _dismiss(progress)
            window._show_error(error)
        self.tasks.write(work, done, failed)

    def open_export(self) -> None:
        """Export layer…: a whole layer, or the parcels selected on the map, to GeoPackage or GeoJSON."""
        window: Any = self
        selected = list(getattr(window, "selected_fids", []))
        choices: dict[str, tuple[str, list[int] | None]] = {
            tr("Parcels"): ("parcels", None), tr("Plan zones"): ("zones", None), tr("Red lines"): ("red_lines", None),
            tr("Requested plots"): ("applications", None)}
        if selected:
            choices = {tr("Selected parcels ({count})").format(count=len(selected)): ("parcels", selected), **choices}
        label, ok = QInputDialog.getItem(window, tr("Export layer"), tr("What to export:"), list(choices), 0, False)
        if not ok:
            return
        layer, fids = choices[label]
        chosen, _filter = QFileDialog.getSaveFileName(window, tr("Export: {layer}").format(layer=label),
                                                      str(Path.home() / f"{layer}.gpkg"),
                                                      tr("GeoPackage (*.gpkg);;GeoJSON (*.geojson)"))
        if chosen:
            self.export_to(layer, Path(chosen), fids=fids)

    def export_to(self, layer: str, out: Path, uids: list[str] | None = None, fids: list[int] | None = None) -> None:
        window: Any = self
        if layer not in LAYERS:
            return
        self.tasks.read(lambda cache: export_layer(cache, layer, out, uids, fids),
                        lambda count: window.statusBar().showMessage(
                            tr("{count} features written to {file}.").format(count=number(count), file=out), 15000))


def _dismiss(progress: QProgressDialog) -> None:
    """Put a finished operation's progress dialog away. close() would send a close event, which a progress
    dialog answers with canceled() (a cancel of work already done), so the dialog is disconnected, hidden
    and left to Qt to delete once the event loop is back."""
    progress.canceled.disconnect()
    progress.reset()
    progress.hide()
    progress.deleteLater()
