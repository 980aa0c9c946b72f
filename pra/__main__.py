from pra.cli import main

raise SystemExit(main())
