"""The Windows installer script (installer/windows/gudang.iss) against the bundle's layout.

Inno Setup runs on Windows only, but the bundle's folder structure is the same on both
systems (installer/gudang.spec), so every file the script packs, points a shortcut at or
deletes is looked up in the Linux build: `{app}` is dist/Gudang, `X.exe` is `X`, and
paths relative to the script are taken from installer/windows/.
"""

from __future__ import annotations

import re
from pathlib import Path, PureWindowsPath

import pytest

from tests.bundle.conftest import ROOT

ISS = ROOT / "installer" / "windows" / "gudang.iss"
WINDOWS_DIR = ISS.parent


def sections(path: Path) -> dict[str, list[str]]:
    """Section name (lower case) -> its lines, comments and blanks dropped."""
    out: dict[str, list[str]] = {}
    current = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        match = re.fullmatch(r"\[(\w+)\]", line)
        if match:
            current = match.group(1).lower()
            out.setdefault(current, [])
        elif current is not None:
            out[current].append(line)
    return out


def params(line: str) -> dict[str, str]:
    """`Name: "x"; Filename: "y"` -> {"Name": "x", "Filename": "y"} ("" inside quotes is ")."""
    found = {}
    for match in re.finditer(r'(\w+):\s*(?:"((?:[^"]|"")*)"|([^;]*))\s*(?:;|$)', line):
        found[match.group(1)] = (match.group(2) if match.group(2) is not None else match.group(3).strip()).replace('""', '"')
    return found


def settings(section: list[str]) -> dict[str, str]:
    return dict(line.split("=", 1) for line in section if "=" in line)


def in_layout(windows_path: str, bundle: Path) -> Path:
    """A path of the script, in the Linux build: {app} -> dist/Gudang, .exe dropped."""
    if windows_path.startswith("{app}"):
        parts = PureWindowsPath(windows_path[len("{app}"):].lstrip("\\")).parts
        path = bundle.joinpath(*parts)
    else:
        path = (WINDOWS_DIR / PureWindowsPath(windows_path).as_posix()).resolve()
    return path.with_suffix("") if path.suffix.lower() == ".exe" else path


@pytest.fixture(scope="module")
def iss():
    return sections(ISS)


@pytest.mark.slow
@pytest.mark.bundle
def test_every_file_the_installer_names_is_in_the_bundle(iss, built_bundle):
    bundle = built_bundle.folder
    setup = settings(iss["setup"])
    checked = []

    def exists(windows_path: str, what: str) -> None:
        path = in_layout(windows_path, bundle)
        assert path.exists(), f"{what} {windows_path}: {path} does not exist"
        checked.append(windows_path)

    # What is packed: the whole bundle folder, which holds both programs.
    (files,) = [params(line) for line in iss["files"]]
    source = files["Source"]
    assert source.endswith("\\*") and "recursesubdirs" in files["Flags"] and files["DestDir"] == "{app}"
    assert in_layout(source[:-2], bundle) == bundle.resolve()
    exists(source[:-2], "Source")
    for program in ("{app}\\gudang-app.exe", "{app}\\gudang.exe"):
        exists(program, "program")
    exists(setup["SetupIconFile"], "SetupIconFile")
    exists(setup["UninstallDisplayIcon"], "UninstallDisplayIcon")
    assert (WINDOWS_DIR / PureWindowsPath(setup["OutputDir"]).as_posix()).resolve() == (ROOT / "dist").resolve()
    # Shortcuts and the program run after installing.
    for section in ("icons", "run"):
        for entry in map(params, iss[section]):
            for key in ("Filename", "IconFilename"):
                value = entry.get(key, "")
                if value.startswith("{app}"):
                    exists(value, f"[{section}] {key}")
    # What the installer and uninstaller delete lies inside the program folder (never the data).
    for section in ("installdelete", "uninstalldelete"):
        for entry in map(params, iss[section]):
            assert entry["Name"].startswith("{app}\\"), entry
            target = in_layout(entry["Name"], bundle)
            assert target.exists() or target.parent.exists(), f"[{section}] {entry['Name']}: no {target.parent}"
    assert len(checked) >= 7


def test_the_program_folder_is_not_the_data_folder(iss):
    """The data lives in the user's AppData\\Local\\Gudang (platformdirs); the uninstaller removes
    {app}, so {app} must never be that folder."""
    setup = settings(iss["setup"])
    assert setup["DefaultDirName"] == "{autopf}\\Gudang"  # Program Files, or AppData\Local\Programs
    for section in ("installdelete", "uninstalldelete"):
        for entry in map(params, iss[section]):
            assert not re.search(r"\{(localappdata|userappdata|commonappdata|userdocs)\}", entry["Name"]), entry


def test_the_installer_speaks_indonesian_first(iss):
    setup = settings(iss["setup"])
    assert (setup["ShowLanguageDialog"], setup["LanguageDetectionMethod"]) == ("no", "none")
    first = params(iss["languages"][0])
    assert first["Name"] == "id"
    files = first["MessagesFile"].split(",")
    assert files[0] == "compiler:Default.isl"  # English under it: nothing is ever missing
    isl = WINDOWS_DIR / files[1]
    language = sections(isl)
    assert settings(language["langoptions"])["LanguageID"] == "$0421"  # Indonesian
    messages = settings(language["messages"])
    for key in ("WelcomeLabel1", "ButtonNext", "ButtonInstall", "FinishedLabel", "ConfirmUninstall", "UninstalledAll"):
        assert messages[key].strip(), key
    assert "AppData\\Local\\Gudang" in messages["UninstalledAll"]  # says where the data stays
    # Every custom message the script uses has an Indonesian text.
    custom = set(settings(language["custommessages"])) | {
        key[3:] for key in settings(iss["custommessages"]) if key.startswith("id.")}
    used = set(re.findall(r"\{cm:(\w+)", ISS.read_text(encoding="utf-8")))
    assert used and used <= custom, used - custom
