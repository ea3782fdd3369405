#!/usr/bin/env bash
# Install Gudang for the current user on Linux from this source tree:
# a virtual environment in ~/.local/share/gudang/venv, launchers in ~/.local/bin
# and a menu entry. Re-run to upgrade.
set -euo pipefail
src="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
prefix="${XDG_DATA_HOME:-$HOME/.local/share}/gudang"
bin="$HOME/.local/bin"
python3 -m venv "$prefix/venv"
"$prefix/venv/bin/pip" install --quiet --upgrade "$src"
mkdir -p "$bin" "${XDG_DATA_HOME:-$HOME/.local/share}/applications"
ln -sf "$prefix/venv/bin/gudang" "$bin/gudang"
cat > "$bin/gudang-app" <<LAUNCH
#!/bin/sh
exec "$prefix/venv/bin/python" "$src/main.py" "\$@"
LAUNCH
chmod +x "$bin/gudang-app"
cp "$src/installer/gudang.desktop" "${XDG_DATA_HOME:-$HOME/.local/share}/applications/gudang.desktop"
echo "Gudang installed: run 'gudang-app' (desktop) or 'gudang' (command)."
