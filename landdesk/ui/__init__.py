"""Widgets only: build, lay out, wire signals."""
