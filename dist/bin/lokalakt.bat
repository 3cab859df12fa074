@echo off
rem lokalakt from the installed distribution on Windows: needs only a Java 17 (or newer) runtime, from JAVA_HOME or
rem on PATH. LOKALAKT_JAVA_OPTS adds JVM options without editing this file.
setlocal
for %%I in ("%~dp0..") do set "LOKALAKT_HOME=%%~fI"

set "JAVA_EXE=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if "%JAVA_EXE%"=="java" (
  where java >nul 2>nul || goto nojava
)

set "TUNING=-XX:TieredStopAtLevel=1"
if /i "%~1"=="batch" set "TUNING=-XX:TieredStopAtLevel=1 -Xmx384m"
if /i "%~1"=="serve" set "TUNING=-Xmx768m"

"%JAVA_EXE%" -XX:+UseSerialGC %TUNING% %LOKALAKT_JAVA_OPTS% "-Dlokalakt.home=%LOKALAKT_HOME%" -cp "%LOKALAKT_HOME%\lib\*" ru.lokalakt.cli.Main %*
exit /b %ERRORLEVEL%

:nojava
rem The message is in UTF-8: the console reads the lines after chcp in that code page.
for /f "tokens=2 delims=:." %%c in ('chcp') do set "LOKALAKT_CP=%%c"
chcp 65001 >nul
echo lokalakt: не найдена Java: нужна Java 17 или новее — укажите её папку в JAVA_HOME или добавьте java в PATH 1>&2
chcp %LOKALAKT_CP: =% >nul
exit /b 3
