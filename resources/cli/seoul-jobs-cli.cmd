@echo off
rem Seoul Jobs Portal desk tool: the command line of the installed app (same commands as "npm run cli").
rem   seoul-jobs-cli.cmd <command> [options] --out FILE
rem The app is a Windows GUI program: what it prints cannot be captured with ">" or "|".
rem Use --out FILE (absolute path): the output as UTF-8 with BOM and CRLF. Failures and warnings
rem also go to the app's log: %LOCALAPPDATA%\<app folder>\logs\main.log. See docs\windows.md.
rem The exit code is the command's: 0 done, 1 failed, 2 wrong usage.
rem cmd waits for the program here because this is a batch file (it would not at a prompt).
setlocal
"%~dp0SeoulJobsDesk.exe" --cli %*
exit /b %ERRORLEVEL%
