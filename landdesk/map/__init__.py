"""The map canvas: pyqtgraph items drawing the cache's layers (Qt allowed here)."""
