; Included by electron-builder's NSIS installer (electron-builder.yml: nsis.include).
; Linkbook is always installed for the current user only (under %LOCALAPPDATA%\Programs), so a school
; laptop without administrator rights can install it: the "for all users / only for me" page is skipped.
; (electron-builder's documented hook: electron-userland/electron-builder#3457 and #4967.)
!macro customInstallMode
  StrCpy $isForceCurrentInstall "1"
  StrCpy $isForceMachineInstall "0"
!macroend
