; Inno Setup script: packs dist\Gudang (built by installer/gudang.spec) into GudangSetup.exe.
; Build on Windows:  iscc installer\windows\gudang.iss
#define AppVersion "0.1.0"

[Setup]
AppId={{6C1F2C55-7E0B-4B5E-9B0E-9A3C0D6B1A11}
AppName=Gudang
AppVersion={#AppVersion}
AppPublisher=BPBD Kabupaten Kampar
DefaultDirName={autopf}\Gudang
DefaultGroupName=Gudang
OutputBaseFilename=GudangSetup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog

[Languages]
Name: "indonesian"; MessagesFile: "compiler:Languages\Indonesian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\Gudang\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Gudang"; Filename: "{app}\Gudang.exe"
Name: "{autodesktop}\Gudang"; Filename: "{app}\Gudang.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\Gudang.exe"; Description: "{cm:LaunchProgram,Gudang}"; Flags: nowait postinstall skipifsilent
