from landdesk.registry.cli import main

raise SystemExit(main())
