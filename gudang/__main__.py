from gudang.command import main

raise SystemExit(main())
