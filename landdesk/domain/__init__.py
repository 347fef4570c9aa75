"""Pure rules of land administration: no Qt, no SQL."""
