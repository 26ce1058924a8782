; The installer of ITA Desktop for Windows (NSIS 3, Unicode). packaging/windows/build.py runs:
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DVERSION4=0.1.0.0 -DBUNDLE=dist/ITA-Desktop-windows
;            -DOUTFILE=dist/ITA-Desktop-Setup-0.1.0.exe -DROOT=. packaging/windows/installer.nsi
;
; - Per user, no administrator rights: the program goes to %LOCALAPPDATA%\Programs\ITA Desktop,
;   shortcuts to the user's Start menu and desktop, the uninstall entry and the optional file
;   association to HKCU.
; - Thai by default; the first page offers English. /S installs silently (Thai names),
;   /S /ASSOCIATE also associates .ita and .db files, /D=FOLDER chooses the folder.
; - The user's files are never touched: the data folder with the example copy and the daily
;   backups is %LOCALAPPDATA%\ITA Desktop (ita_desktop/userdirs.py), outside the program folder,
;   and the office's own files are wherever the user saved them. Upgrading replaces only the
;   program files; uninstalling removes only them, the shortcuts and our registry entries.

Unicode true
; 64-bit installer: the program is 64-bit only, and a 64-bit stub also runs under a 64-bit-only Wine
Target amd64-unicode
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel user

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

!define APP "ITA Desktop"
!define EXE "ITA-Desktop.exe"
!define REGKEY "Software\${APP}"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define PROGID "ITADesktop.File"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${REGKEY}" "InstallDir"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} Setup"
VIAddVersionKey /LANG=0 "CompanyName" "${APP}"
VIAddVersionKey /LANG=0 "LegalCopyright" "MIT licence; Sarabun fonts under the SIL OFL 1.1"

!define MUI_ICON "${ROOT}\resources\icons\ita-desktop.ico"
!define MUI_UNICON "${ROOT}\resources\icons\ita-desktop.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALWAYSSHOW
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${REGKEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; the first language is the default one
!insertmacro MUI_LANGUAGE "Thai"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

; our own words (the standard pages come translated with NSIS)
LangString ShortcutName ${LANG_THAI} "โปรแกรม ITA Desktop"
LangString ShortcutName ${LANG_ENGLISH} "ITA Desktop"
LangString ShortcutTip ${LANG_THAI} "วิเคราะห์ผลการประเมิน ITA จัดทำมาตรการ และพิมพ์บันทึกข้อความ"
LangString ShortcutTip ${LANG_ENGLISH} "Analyse ITA results, plan integrity measures and print memos"
LangString UninstallName ${LANG_THAI} "ถอนการติดตั้ง ITA Desktop"
LangString UninstallName ${LANG_ENGLISH} "Uninstall ITA Desktop"
LangString SectionProgram ${LANG_THAI} "ตัวโปรแกรม (จำเป็น)"
LangString SectionProgram ${LANG_ENGLISH} "The program (required)"
LangString SectionDesktop ${LANG_THAI} "ทางลัดบนเดสก์ท็อป"
LangString SectionDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SectionAssociate ${LANG_THAI} "ดับเบิลคลิกไฟล์ .ita และ .db แล้วเปิดด้วยโปรแกรมนี้"
LangString SectionAssociate ${LANG_ENGLISH} "Open .ita and .db files with this program on double-click"
LangString FileTypeName ${LANG_THAI} "ไฟล์ข้อมูล ITA Desktop"
LangString FileTypeName ${LANG_ENGLISH} "ITA Desktop file"
LangString StillRunning ${LANG_THAI} "โปรแกรม ITA Desktop ยังเปิดอยู่ กรุณาปิดโปรแกรมก่อน แล้วกด ตกลง เพื่อทำต่อ"
LangString StillRunning ${LANG_ENGLISH} "ITA Desktop is still open. Please close it, then press OK to go on."
LangString DataKept ${LANG_THAI} "ไฟล์ข้อมูลและไฟล์สำรองของท่านยังอยู่ที่เดิม ไม่ถูกลบ"
LangString DataKept ${LANG_ENGLISH} "Your data files and backups are kept where they are."

Var Associate

Function .onInit
  ; Thai unless the user picks English (or picked it at an earlier install)
  StrCpy $LANGUAGE ${LANG_THAI}
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/ASSOCIATE" $R1
  ${IfNot} ${Errors}
    StrCpy $Associate 1
    SectionSetFlags 2 ${SF_SELECTED}
  ${EndIf}
  ${IfNot} ${Silent}
    !insertmacro MUI_LANGDLL_DISPLAY
  ${EndIf}
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

; The program must be closed before its files are replaced: a running exe cannot be overwritten.
!macro WaitUntilClosed UN
Function ${UN}WaitUntilClosed
  StrCpy $1 0
  ${Do}
    ${IfNot} ${FileExists} "$INSTDIR\${EXE}"
      ${Break}
    ${EndIf}
    ClearErrors
    FileOpen $0 "$INSTDIR\${EXE}" a  ; fails while the program runs
    ${IfNot} ${Errors}
      FileClose $0
      ${Break}
    ${EndIf}
    ${If} ${Silent}
      IntOp $1 $1 + 1
      ${If} $1 > 30
        Abort  ; a silent install gives up after a minute
      ${EndIf}
      Sleep 2000
    ${Else}
      MessageBox MB_OKCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" IDOK +2
      Abort
    ${EndIf}
  ${Loop}
FunctionEnd
!macroend
!insertmacro WaitUntilClosed ""
!insertmacro WaitUntilClosed "un."

Section "$(SectionProgram)" SecProgram
  SectionIn RO
  SetShellVarContext current
  Call WaitUntilClosed
  ; an upgrade: the old program files go first (a file dropped from the new version must not
  ; linger); nothing of the user's lives in this folder
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\ita.exe"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortcut "$SMPROGRAMS\${APP}\$(ShortcutName).lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0 \
    SW_SHOWNORMAL "" "$(ShortcutTip)"
  CreateShortcut "$SMPROGRAMS\${APP}\$(UninstallName).lnk" "$INSTDIR\uninstall.exe"

  WriteRegStr HKCU "${REGKEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${REGKEY}" "Version" "${VERSION}"
  WriteRegStr HKCU "${REGKEY}" "ShortcutName" "$(ShortcutName)"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTKEY}" "EstimatedSize" $0
SectionEnd

Section "$(SectionDesktop)" SecDesktop
  SetShellVarContext current
  CreateShortcut "$DESKTOP\$(ShortcutName).lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0 \
    SW_SHOWNORMAL "" "$(ShortcutTip)"
  WriteRegStr HKCU "${REGKEY}" "DesktopShortcut" "$DESKTOP\$(ShortcutName).lnk"
SectionEnd

Section /o "$(SectionAssociate)" SecAssociate
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "$(FileTypeName)"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  WriteRegStr HKCU "Software\Classes\.ita" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\.ita\OpenWithProgids" "${PROGID}" ""
  ; .db is used by many programs: ours becomes its default for this user only when nothing
  ; else is, and is always offered under "Open with"
  ReadRegStr $0 HKCU "Software\Classes\.db" ""
  ${If} $0 == ""
    WriteRegStr HKCU "Software\Classes\.db" "" "${PROGID}"
    WriteRegStr HKCU "${REGKEY}" "OwnsDbDefault" "1"
  ${EndIf}
  WriteRegStr HKCU "Software\Classes\.db\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "${REGKEY}" "Associated" "1"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'  ; SHCNE_ASSOCCHANGED
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Call un.WaitUntilClosed
  ReadRegStr $0 HKCU "${REGKEY}" "ShortcutName"
  ${If} $0 != ""
    Delete "$SMPROGRAMS\${APP}\$0.lnk"
  ${EndIf}
  Delete "$SMPROGRAMS\${APP}\$(UninstallName).lnk"
  Delete "$SMPROGRAMS\${APP}\*.lnk"
  RMDir "$SMPROGRAMS\${APP}"
  ReadRegStr $0 HKCU "${REGKEY}" "DesktopShortcut"
  ${If} $0 != ""
    Delete "$0"
  ${EndIf}

  ReadRegStr $0 HKCU "${REGKEY}" "Associated"
  ${If} $0 == "1"
    DeleteRegKey HKCU "Software\Classes\${PROGID}"
    DeleteRegValue HKCU "Software\Classes\.ita\OpenWithProgids" "${PROGID}"
    DeleteRegValue HKCU "Software\Classes\.db\OpenWithProgids" "${PROGID}"
    ReadRegStr $1 HKCU "Software\Classes\.ita" ""
    ${If} $1 == "${PROGID}"
      DeleteRegValue HKCU "Software\Classes\.ita" ""
    ${EndIf}
    ReadRegStr $1 HKCU "${REGKEY}" "OwnsDbDefault"
    ReadRegStr $2 HKCU "Software\Classes\.db" ""
    ${If} $1 == "1"
    ${AndIf} $2 == "${PROGID}"
      DeleteRegValue HKCU "Software\Classes\.db" ""
    ${EndIf}
    DeleteRegKey /ifempty HKCU "Software\Classes\.ita\OpenWithProgids"
    DeleteRegKey /ifempty HKCU "Software\Classes\.ita"
    DeleteRegKey /ifempty HKCU "Software\Classes\.db\OpenWithProgids"
    DeleteRegKey /ifempty HKCU "Software\Classes\.db"
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  ${EndIf}

  ; only what the installer put there; the data folder (%LOCALAPPDATA%\ITA Desktop) and the
  ; user's own files are left alone
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\ita.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTKEY}"
  DeleteRegKey HKCU "${REGKEY}"
  IfSilent +2
    MessageBox MB_OK|MB_ICONINFORMATION "$(DataKept)"
SectionEnd
