"""Registry client: push, pull, conflicts over HTTP (no Qt)."""
