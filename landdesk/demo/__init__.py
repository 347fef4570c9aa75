"""A realistic, deterministic demo district: town, micro-district DPP, village, gardens, fields, applications."""
