from gudang.cli import main

raise SystemExit(main())
