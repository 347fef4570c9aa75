"""Check that QGIS lists and draws a registry's parcels through OGC API – Features (its OAPIF provider, with a
Basic-auth config as an administrator would set it up in QGIS). Run with the Python that has PyQGIS:

    LANDDESK_USER=aida LANDDESK_PASSWORD=... /usr/bin/python3 scripts/qgis_oapif_check.py URL OUT.png [W,S,E,N]

It prints whether the layer is valid, its CRS and how many parcels lie in the view, and renders the view.
"""
import os, sys, tempfile
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QGIS_AUTH_DB_DIR_PATH"] = tempfile.mkdtemp()
from qgis.core import (QgsApplication, QgsAuthMethodConfig, QgsVectorLayer, QgsMapSettings, QgsMapRendererParallelJob,
                       QgsRectangle)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor
app = QgsApplication([], False); app.initQgis()
auth = QgsApplication.authManager(); auth.setMasterPassword("landdesk-check", True)
cfg = QgsAuthMethodConfig(); cfg.setName("registry"); cfg.setMethod("Basic")
cfg.setConfig("username", os.environ.get("LANDDESK_USER", "aida"))
cfg.setConfig("password", os.environ["LANDDESK_PASSWORD"])
assert auth.storeAuthenticationConfig(cfg)[0]
url = sys.argv[1]
layer = QgsVectorLayer(f"url='{url}' typename='parcels' authcfg={cfg.id()}", "parcels", "OAPIF")
print("valid:", layer.isValid(), "crs:", layer.crs().authid())
# a view around the town centre: the provider fetches the pages it needs with bbox
west, south, east, north = (float(v) for v in (sys.argv[3] if len(sys.argv) > 3 else "69.36,42.60,69.39,42.625").split(","))
extent = QgsRectangle(west, south, east, north)
features = list(layer.getFeatures(extent))
print("features in view:", len(features), "first:", features[0]["cadastral_number"] if features else None)
settings = QgsMapSettings(); settings.setLayers([layer]); settings.setOutputSize(QSize(1200, 900))
settings.setDestinationCrs(layer.crs()); settings.setExtent(extent); settings.setBackgroundColor(QColor("white"))
job = QgsMapRendererParallelJob(settings); job.start(); job.waitForFinished()
job.renderedImage().save(sys.argv[2])
print("rendered", sys.argv[2])
app.exitQgis()
