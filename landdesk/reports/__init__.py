"""Documents and exports: decision letters (PDF), KPI exports."""
