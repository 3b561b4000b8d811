@echo off
rem aswf-container on Windows: no ASWF container there, so the step's script runs on the host with the bash of Git
rem for Windows, through the same POSIX sh wrapper (shell: aswf-container {0} or shell: aswf-container bash -e {0}).
setlocal
set "ASWF_CI_BASH=%ProgramFiles%\Git\bin\bash.exe"
if not exist "%ASWF_CI_BASH%" set "ASWF_CI_BASH=bash"
"%ASWF_CI_BASH%" --noprofile --norc "%~dp0aswf-container" %*
exit /b %ERRORLEVEL%
