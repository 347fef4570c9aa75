"""LandDesk: the land officer's workstation for Kazakhstan's free land plot allocation."""

__version__ = "0.1.0"
