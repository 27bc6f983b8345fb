; Reform Studio: per-user Windows installer for the offline bundle (Inno Setup 6).
; No administrator rights: it installs into the user's own programs folder
; (%LOCALAPPDATA%\Programs\Reform Studio), adds a Start menu entry (a desktop icon on request)
; and an uninstaller under Settings > Apps. Settings, log and recovery stay in %APPDATA%.
;
;   python -m reform_studio.bundle --out dist
;   iscc /DSourceDir=dist\ReformStudio-0.1.0-windows-x86_64 /DAppVersion=0.1.0 /Odist reform_studio\bundle\reform-studio.iss
;
; Not run here (the project's machines are Linux): .ci/bundle-windows-macos.yml does it.

#ifndef SourceDir
  #error Pass the bundle folder: iscc /DSourceDir=...\ReformStudio-<version>-windows-x86_64
#endif
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F0D7B52-3C1A-4E8B-9A57-2E4C7D1B9F30}
AppName=Reform Studio
AppVersion={#AppVersion}
AppPublisher=Reform Studio
AppComments=Project a pension scheme and compare reforms, offline
DefaultDirName={autopf}\Reform Studio
DefaultGroupName=Reform Studio
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile={#SourceDir}\licences\reform-studio\LICENSE
SetupIconFile={#SourceDir}\icons\reform-studio.ico
UninstallDisplayIcon={app}\reform-studio-gui.exe
OutputBaseFilename=ReformStudio-{#AppVersion}-windows-x86_64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Reform Studio"; Filename: "{app}\reform-studio-gui.exe"
Name: "{autoprograms}\Reform Studio user guide"; Filename: "{app}\docs\user-guide.html"
Name: "{autodesktop}\Reform Studio"; Filename: "{app}\reform-studio-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\reform-studio-gui.exe"; Description: "{cm:LaunchProgram,Reform Studio}"; Flags: nowait postinstall skipifsilent
