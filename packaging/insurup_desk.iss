; Inno Setup 6 script: per-user installer (no administrator rights) for the one-folder bundle that
; packaging/build.py puts in dist\insurup-desk. Run on Windows after the build:
;   iscc packaging\insurup_desk.iss                         version read from insurup-desk.exe
;   iscc /DAppVersion=0.1.0 /DDistDir=D:\b\insurup-desk /DOutputDir=D:\out packaging\insurup_desk.iss
; Installs to %LOCALAPPDATA%\Programs\InsurUp Desk, adds Start-menu entries and an uninstaller. The folder is
; spelled {localappdata}\Programs, which is where Windows puts {userpf} (FOLDERID_UserProgramFiles) too, because
; Wine 8 cannot expand {userpf} and the same script is installed and tested under Wine (packaging/windows).
; Settings, data and logs live in the user's profile and are left in place on uninstall.

#define AppName "InsurUp Desk"
#define ExeName "insurup-desk.exe"
#define DebugExeName "insurup-desk-debug.exe"
#ifndef DistDir
  #define DistDir AddBackslash(SourcePath) + "..\dist\insurup-desk"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\dist\installer"
#endif
#if !FileExists(AddBackslash(DistDir) + ExeName)
  #error The bundle is missing: run "python packaging\build.py" first (or pass /DDistDir=...).
#endif
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AddBackslash(DistDir) + ExeName, "ProductVersion")
#endif
#define NumericVersion GetVersionNumbersString(AddBackslash(DistDir) + ExeName)

[Setup]
AppId={{3049B9D7-18F9-4C51-9C20-EFE994FB9E17}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#NumericVersion}
VersionInfoProductName={#AppName}
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 and later only.
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=InsurUpDesk-Setup-{#AppVersion}
SetupIconFile=icons\insurup-desk.ico
UninstallDisplayIcon={app}\{#ExeName}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "turkish"; MessagesFile: "compiler:Languages\Turkish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
turkish.SandboxShortcut={#AppName} — eğitim (sandbox)
english.SandboxShortcut={#AppName} — training (sandbox)
turkish.DebugShortcut={#AppName} — tanılama konsolu
english.DebugShortcut={#AppName} — diagnostic console

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole runtime folder so no library of an older build lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#ExeName}"
Name: "{group}\{cm:SandboxShortcut}"; Filename: "{app}\{#ExeName}"; Parameters: "--sandbox"
Name: "{group}\{cm:DebugShortcut}"; Filename: "{app}\{#DebugExeName}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#ExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#ExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
