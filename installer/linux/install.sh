#!/bin/sh
# Install Gudang for the current user, from the folder this script is in (the unpacked
# Linux archive: install.sh, gudang.desktop, gudang.png and the program folder Gudang/).
#
#   ./install.sh               install, or upgrade an installed Gudang
#   ./install.sh --uninstall   remove the program and its menu entry (the data stays)
#
# Where things go (nothing needs root):
#   program      ~/.local/lib/gudang/            (GUDANG_PREFIX to choose another folder)
#   commands     ~/.local/bin/gudang-app and ~/.local/bin/gudang
#   menu entry   ~/.local/share/applications/gudang.desktop, icon beside it in icons/
# The data is NOT here and is never touched: ~/.local/share/Gudang/ (gudang.sqlite3 and
# its backups/ folder). An upgrade replaces only the program; the next start of the app
# upgrades the database after taking a backup.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=${GUDANG_PREFIX:-$HOME/.local/lib/gudang}
bin=$HOME/.local/bin
apps=$data_home/applications
icons=$data_home/icons/hicolor/256x256/apps
entry=$apps/gudang.desktop

say() { printf '%s\n' "$*"; }
fail() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

refresh_menu() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$apps" 2>/dev/null || true
    fi
}

unlink_ours() {  # a command link, only if it points into our program folder
    if [ -L "$1" ]; then
        case $(readlink "$1") in "$prefix"/*) rm -f "$1" ;; esac
    fi
}

uninstall() {
    unlink_ours "$bin/gudang-app"
    unlink_ours "$bin/gudang"
    rm -f "$entry" "$icons/gudang.png"
    rm -rf "$prefix"
    refresh_menu
    say "Gudang telah dihapus (Gudang removed)."
    say "Data tetap tersimpan di (data kept in): $data_home/Gudang"
}

install() {
    [ -x "$here/Gudang/gudang-app" ] && [ -x "$here/Gudang/gudang" ] \
        || fail "$here/Gudang/gudang-app not found: run install.sh from the unpacked Gudang archive"
    case $prefix in
        *'"'* | *'`'* | *'$'* | *'\'* | *'%'*) fail "the folder $prefix has a character a menu entry cannot hold" ;;
    esac
    mkdir -p "$(dirname "$prefix")" "$bin" "$apps" "$icons"
    # Copy first, then swap: a failed copy leaves the installed version as it was.
    new=$prefix.new.$$
    rm -rf "$new"
    cp -R "$here/Gudang" "$new"
    "$new/gudang" --help >/dev/null 2>&1 || { rm -rf "$new"; fail "the copied program does not start: $new/gudang"; }
    if [ -e "$prefix" ]; then
        rm -rf "$prefix.old"
        mv "$prefix" "$prefix.old"
    fi
    mv "$new" "$prefix"
    rm -rf "$prefix.old"
    ln -sf "$prefix/gudang-app" "$bin/gudang-app"
    ln -sf "$prefix/gudang" "$bin/gudang"
    cp "$here/gudang.png" "$icons/gudang.png"
    sed -e "s|^Exec=.*|Exec=\"$prefix/gudang-app\"|" \
        -e "s|^TryExec=.*|TryExec=$prefix/gudang-app|" \
        -e "s|^Icon=.*|Icon=$icons/gudang.png|" \
        "$here/gudang.desktop" > "$entry.tmp"
    chmod 644 "$entry.tmp"
    mv "$entry.tmp" "$entry"
    refresh_menu
    say "Gudang terpasang (installed): $prefix"
    say "Buka dari menu aplikasi: Gudang (or run $bin/gudang-app)."
    say "Perintah (command): $bin/gudang"
    say "Data: $data_home/Gudang (dibuat saat pertama kali dijalankan / made at the first start)"
}

case ${1:-} in
    "") install ;;
    --uninstall) uninstall ;;
    -h | --help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//' ;;
    *) fail "unknown option $1 (use --uninstall or --help)" ;;
esac
