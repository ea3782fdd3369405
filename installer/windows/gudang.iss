; Inno Setup 6 script: packs the bundle dist\Gudang (installer/gudang.spec, built on
; Windows by `python scripts\dev.py bundle`) into dist\GudangSetup-VERSION.exe.
;
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" installer\windows\gudang.iss
;   (another version: ISCC /DAppVersion=0.2.0 installer\windows\gudang.iss)
;
; The README's "Windows installer" section has the steps. tests/bundle/test_installer.py
; checks that every file named here exists in the bundle's layout.
;
; Program: {autopf}\Gudang (Program Files, or AppData\Local\Programs when installed
; "for me only"). Data: the user's AppData\Local\Gudang (gudang.sqlite3 and backups\),
; made by the app at its first start. The uninstaller removes only what was installed
; (plus Python's caches below), so the data folder always stays.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C1F2C55-7E0B-4B5E-9B0E-9A3C0D6B1A11}
AppName=Gudang
AppVersion={#AppVersion}
AppVerName=Gudang {#AppVersion}
AppPublisher=BPBD Kabupaten Kampar
DefaultDirName={autopf}\Gudang
DefaultGroupName=Gudang
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=GudangSetup-{#AppVersion}
SetupIconFile=..\..\resources\icons\gudang.ico
UninstallDisplayIcon={app}\gudang-app.exe
UninstallDisplayName=Gudang
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
CloseApplications=yes
; Indonesian, the first language, without asking; English if chosen with /LANG=en.
ShowLanguageDialog=no
LanguageDetectionMethod=none

[Languages]
Name: "id"; MessagesFile: "compiler:Default.isl,Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Messages]
en.ConfirmUninstall=Remove %1 from this computer? The warehouse data (database and its backups) is kept.
en.UninstalledAll=%1 was removed from this computer.%n%nThe warehouse data stays in the user's AppData\Local\Gudang folder (the database and the backups folder); a new installation uses it again.

[CustomMessages]
id.CommandPrompt=Perintah gudang (Command Prompt)
en.CommandPrompt=gudang command (Command Prompt)
id.AppComment=Penerimaan, penyimpanan dan pengeluaran barang bantuan
en.AppComment=Receive, store and dispatch relief goods

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the libraries whole: none of the previous version's may stay
; beside the new ones. The data is elsewhere (AppData\Local\Gudang).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\Gudang\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[UninstallDelete]
; Python's byte-code caches of the Alembic migration scripts, written when they first run.
Type: filesandordirs; Name: "{app}\_internal\gudang\db\migrations\__pycache__"
Type: filesandordirs; Name: "{app}\_internal\gudang\db\migrations\versions\__pycache__"

[Icons]
Name: "{group}\Gudang"; Filename: "{app}\gudang-app.exe"; WorkingDir: "{userdocs}"; Comment: "{cm:AppComment}"
Name: "{group}\{cm:CommandPrompt}"; Filename: "{cmd}"; Parameters: "/k cd /d ""{app}"" && gudang.exe --help"; WorkingDir: "{app}"; IconFilename: "{app}\gudang.exe"
Name: "{group}\{cm:UninstallProgram,Gudang}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Gudang"; Filename: "{app}\gudang-app.exe"; WorkingDir: "{userdocs}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\gudang-app.exe"; Description: "{cm:LaunchProgram,Gudang}"; Flags: nowait postinstall skipifsilent
