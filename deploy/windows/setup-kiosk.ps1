<#
.SYNOPSIS
Turns a Windows 10/11 Enterprise, Education or IoT Enterprise PC into a Gym Floor Kiosk.

.DESCRIPTION
Run once, as administrator, in Windows PowerShell 5.1, from a copy of the whole deploy folder:

- turns on the Shell Launcher feature (Client-EmbeddedShellLauncher); if Windows needs a restart first, it says
  so: restart and run the script again;
- creates the local standard account GymKiosk (or -UserName) with a long random password nobody needs to know,
  and signs it in automatically at every boot (the password is kept as the LSA secret that Winlogon reads, as
  Sysinternals Autologon does, never as plain text in the registry);
- installs the kiosk for that account only (the NSIS installer with /currentuser, into the account's
  %LOCALAPPDATA%\Programs\Gym Floor Kiosk), so later updates need no elevation;
- sets KIOSK_SUPERVISED=1 in that account's environment, and turns off Task Manager, locking and password change
  for it;
- writes %ProgramData%\Gym Floor Kiosk\kiosk.json from the sample deploy\kiosk.json when there is none
  (readable by the kiosk account, writable by administrators only);
- makes the kiosk that account's shell through Shell Launcher's WMI class WESL_UserSetting (namespace
  root\standardcimv2\embedded) with the action "restart the shell" for every exit code: staff Exit (0), staff
  Restart (75), a failed start (70) and a crash all bring the kiosk back. Every other account keeps Explorer;
- keeps the PC from going to sleep on mains power, so the kiosk is awake at opening time.

With -Remove it undoes the Shell Launcher entry and the automatic sign-in, and leaves the account, the app and
the config in place.

.PARAMETER Installer
The NSIS installer, "Gym Floor Kiosk Setup <version>.exe".

.PARAMETER UserName
The local kiosk account. Default: GymKiosk.

.PARAMETER StaffPinHash
The line that `npm run staff:hash-pin` prints; written into a new kiosk.json. Without it staff entry stays
closed until staffPinHash (or, for the first start only, staffPin) is added to the config.

.PARAMETER Remove
Undo the Shell Launcher entry and the automatic sign-in for the account.

.EXAMPLE
.\setup-kiosk.ps1 -Installer '.\Gym Floor Kiosk Setup 0.1.0.exe' -StaffPinHash '<line from npm run staff:hash-pin>'

.EXAMPLE
.\setup-kiosk.ps1 -Remove
#>
#Requires -Version 5.1
#Requires -RunAsAdministrator
[CmdletBinding(DefaultParameterSetName = 'Install')]
param(
    [Parameter(Mandatory = $true, ParameterSetName = 'Install')]
    [string] $Installer,

    [ValidatePattern('^[A-Za-z0-9_-]{1,20}$')]
    [string] $UserName = 'GymKiosk',

    [Parameter(ParameterSetName = 'Install')]
    # Case-sensitive and to the very end (\z), as the kiosk checks it: the line goes into JSON as it is.
    [ValidateScript({ $_ -cmatch '^scrypt\$[0-9]+\$[0-9]+\$[0-9]+\$[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]+={0,2}\z' })]
    [string] $StaffPinHash = '',

    [Parameter(Mandatory = $true, ParameterSetName = 'Remove')]
    [switch] $Remove
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$ProductName = 'Gym Floor Kiosk'
$ShellLauncherNamespace = 'root\standardcimv2\embedded'
$RestartShell = 0
$WinlogonKey = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon'
$DataDir = Join-Path $env:ProgramData $ProductName
$AdministratorsSid = 'S-1-5-32-544'
$UsersSid = 'S-1-5-32-545'
$SystemSid = 'S-1-5-18'

# Shell Launcher is licensed on Enterprise, Education and IoT Enterprise only; Windows answers that itself.
$LicenseCheck = @'
using System.Runtime.InteropServices;
public static class GymKioskShellLauncherLicense {
    [DllImport("Slc.dll", CharSet = CharSet.Unicode)]
    static extern int SLGetWindowsInformationDWORD(string valueName, out int value);
    public static bool IsEnabled() {
        int value;
        return SLGetWindowsInformationDWORD("EmbeddedFeature-ShellLauncher-Enabled", out value) == 0 && value != 0;
    }
}
'@

# Winlogon reads the automatic sign-in password from the LSA secret "DefaultPassword".
$LsaSecret = @'
using System;
using System.ComponentModel;
using System.Runtime.InteropServices;
public static class GymKioskLsaSecret {
    [StructLayout(LayoutKind.Sequential)]
    struct LsaUnicodeString { public ushort Length; public ushort MaximumLength; public IntPtr Buffer; }
    [StructLayout(LayoutKind.Sequential)]
    struct LsaObjectAttributes {
        public int Length; public IntPtr RootDirectory; public IntPtr ObjectName; public uint Attributes;
        public IntPtr SecurityDescriptor; public IntPtr SecurityQualityOfService;
    }
    [DllImport("advapi32.dll")]
    static extern uint LsaOpenPolicy(IntPtr systemName, ref LsaObjectAttributes attributes, uint access, out IntPtr policy);
    [DllImport("advapi32.dll")]
    static extern uint LsaStorePrivateData(IntPtr policy, ref LsaUnicodeString keyName, IntPtr privateData);
    [DllImport("advapi32.dll")]
    static extern uint LsaClose(IntPtr policy);
    [DllImport("advapi32.dll")]
    static extern int LsaNtStatusToWinError(uint status);
    const uint PolicyCreateSecret = 0x20;

    static LsaUnicodeString Text(string value) {
        LsaUnicodeString text = new LsaUnicodeString();
        text.Buffer = Marshal.StringToHGlobalUni(value);
        text.Length = (ushort)(value.Length * 2);
        text.MaximumLength = (ushort)(value.Length * 2 + 2);
        return text;
    }

    // Stores the secret, or deletes it when value is null.
    public static void Store(string name, string value) {
        LsaObjectAttributes attributes = new LsaObjectAttributes();
        attributes.Length = Marshal.SizeOf(typeof(LsaObjectAttributes));
        IntPtr policy;
        uint status = LsaOpenPolicy(IntPtr.Zero, ref attributes, PolicyCreateSecret, out policy);
        if (status != 0) throw new Win32Exception(LsaNtStatusToWinError(status));
        LsaUnicodeString key = Text(name);
        LsaUnicodeString data = new LsaUnicodeString();
        IntPtr dataPointer = IntPtr.Zero;
        try {
            if (value != null) {
                data = Text(value);
                dataPointer = Marshal.AllocHGlobal(Marshal.SizeOf(typeof(LsaUnicodeString)));
                Marshal.StructureToPtr(data, dataPointer, false);
            }
            status = LsaStorePrivateData(policy, ref key, dataPointer);
            // Deleting a secret that does not exist is fine.
            if (status != 0 && !(value == null && LsaNtStatusToWinError(status) == 2)) {
                throw new Win32Exception(LsaNtStatusToWinError(status));
            }
        } finally {
            LsaClose(policy);
            Marshal.FreeHGlobal(key.Buffer);
            if (data.Buffer != IntPtr.Zero) Marshal.FreeHGlobal(data.Buffer);
            if (dataPointer != IntPtr.Zero) Marshal.FreeHGlobal(dataPointer);
        }
    }
}
'@

function Write-Step([string] $Text) {
    Write-Host "==> $Text" -ForegroundColor Cyan
}

function Get-ShellLauncher {
    try {
        return [wmiclass]"\\localhost\${ShellLauncherNamespace}:WESL_UserSetting"
    } catch {
        throw "Shell Launcher's WMI class is not available yet: restart Windows and run this script again. ($($_.Exception.Message))"
    }
}

function Remove-KioskShell([string] $Sid) {
    $shellLauncher = Get-ShellLauncher
    $existing = @(Get-CimInstance -Namespace $ShellLauncherNamespace -ClassName WESL_UserSetting | Where-Object { $_.Sid -eq $Sid })
    if ($existing.Count -gt 0) { [void] $shellLauncher.RemoveCustomShell($Sid) }
}

function Enable-ShellLauncherFeature {
    Add-Type -TypeDefinition $LicenseCheck
    if (-not [GymKioskShellLauncherLicense]::IsEnabled()) {
        throw 'This Windows edition has no Shell Launcher: it needs Enterprise, Education or IoT Enterprise (Windows 10 or 11).'
    }
    $feature = Get-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher
    if ($feature.State -ne 'Enabled') {
        Write-Step 'Turning on the Shell Launcher feature'
        $result = Enable-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher -All -NoRestart
        if ($result.RestartNeeded) {
            Write-Warning 'Windows must restart to finish turning on Shell Launcher. Restart, then run this script again with the same arguments.'
            exit 3
        }
    }
}

# A password nobody types: 24 random bytes in Base64, plus one of each character class for complexity rules.
function New-KioskPassword {
    $bytes = New-Object byte[] 24
    $random = [System.Security.Cryptography.RandomNumberGenerator]::Create()
    try { $random.GetBytes($bytes) } finally { $random.Dispose() }
    return [Convert]::ToBase64String($bytes) + 'a7K!'
}

function Set-KioskAccount([securestring] $Password) {
    $user = Get-LocalUser -Name $UserName -ErrorAction SilentlyContinue
    if ($null -eq $user) {
        Write-Step "Creating the local standard account $UserName"
        $user = New-LocalUser -Name $UserName -Password $Password -FullName $ProductName -Description 'Runs the Gym Floor Kiosk as its shell' -PasswordNeverExpires -UserMayNotChangePassword -AccountNeverExpires
    } else {
        Write-Step "Account $UserName exists: giving it a new random password"
        Set-LocalUser -Name $UserName -Password $Password -PasswordNeverExpires $true
        Enable-LocalUser -Name $UserName
    }
    # Group names are translated on non-English Windows: the well-known SIDs are not.
    try {
        Add-LocalGroupMember -SID $UsersSid -Member $user
    } catch [Microsoft.PowerShell.Commands.MemberExistsException] {
        Write-Verbose "$UserName is already in the Users group"
    }
    try {
        $isAdministrator = @(Get-LocalGroupMember -SID $AdministratorsSid | Where-Object { $_.SID -eq $user.SID }).Count -gt 0
    } catch {
        # Get-LocalGroupMember fails on groups holding SIDs it cannot resolve (common on Entra-joined PCs).
        Write-Warning "Could not list the Administrators group ($($_.Exception.Message)); make sure $UserName is not in it."
        $isAdministrator = $false
    }
    if ($isAdministrator) { throw "$UserName is an administrator. A kiosk account must be a standard user: remove it from Administrators and run again." }
    return $user.SID.Value
}

# The kiosk's folder under ProgramData: administrators and SYSTEM may change it, the kiosk account may read it.
function New-DataDir([string] $KioskSid) {
    New-Item -ItemType Directory -Force -Path $DataDir | Out-Null
    & icacls.exe $DataDir /inheritance:r /grant:r "*${AdministratorsSid}:(OI)(CI)F" "*${SystemSid}:(OI)(CI)F" "*${KioskSid}:(OI)(CI)RX" | Out-Null
    if ($LASTEXITCODE -ne 0) { throw "icacls could not set the permissions of $DataDir" }
}

function Install-KioskForAccount([pscredential] $Credential, [string] $KioskSid) {
    # The installer runs as the kiosk account, which cannot read the administrator's folders: stage a copy.
    $staging = Join-Path $DataDir 'setup'
    New-Item -ItemType Directory -Force -Path $staging | Out-Null
    $staged = Join-Path $staging 'Gym Floor Kiosk Setup.exe'
    Copy-Item -LiteralPath $Installer -Destination $staged -Force
    try {
        Write-Step "Installing the kiosk for $UserName only (per-user install)"
        $process = Start-Process -FilePath $staged -ArgumentList '/S', '/currentuser' -Credential $Credential -LoadUserProfile -WorkingDirectory $staging -Wait -PassThru
        if ($process.ExitCode -ne 0) { throw "The installer ended with exit code $($process.ExitCode)." }
    } finally {
        Remove-Item -LiteralPath $staging -Recurse -Force -ErrorAction SilentlyContinue
    }
    $userProfile = Get-CimInstance -ClassName Win32_UserProfile -Filter "SID = '$KioskSid'"
    if ($null -eq $userProfile) { throw "Windows made no profile for $UserName during the install." }
    $exe = Join-Path $userProfile.LocalPath "AppData\Local\Programs\$ProductName\$ProductName.exe"
    if (-not (Test-Path -LiteralPath $exe)) { throw "The installer finished but $exe is not there." }
    return $exe
}

# Writes into the kiosk account's own registry hive, loading it from NTUSER.DAT when the account is not signed in.
function Set-KioskUserRegistry([string] $KioskSid, [string] $ProfilePath) {
    $hive = "Registry::HKEY_USERS\$KioskSid"
    $loadedHere = $false
    if (-not (Test-Path $hive)) {
        & reg.exe load 'HKU\GymFloorKioskSetup' (Join-Path $ProfilePath 'NTUSER.DAT') | Out-Null
        if ($LASTEXITCODE -ne 0) { throw "Could not load the registry of $UserName." }
        $hive = 'Registry::HKEY_USERS\GymFloorKioskSetup'
        $loadedHere = $true
    }
    try {
        # The kiosk never relaunches itself when supervised: it exits and Shell Launcher starts it again.
        New-ItemProperty -Path "$hive\Environment" -Name KIOSK_SUPERVISED -PropertyType String -Value '1' -Force | Out-Null
        $policies = "$hive\Software\Microsoft\Windows\CurrentVersion\Policies\System"
        if (-not (Test-Path $policies)) { New-Item -Path $policies -Force | Out-Null }
        foreach ($name in 'DisableTaskMgr', 'DisableLockWorkstation', 'DisableChangePassword') {
            New-ItemProperty -Path $policies -Name $name -PropertyType DWord -Value 1 -Force | Out-Null
        }
    } finally {
        if ($loadedHere) {
            # PowerShell keeps registry handles until collected; the hive cannot be unloaded while they are open.
            [GC]::Collect()
            [GC]::WaitForPendingFinalizers()
            & reg.exe unload 'HKU\GymFloorKioskSetup' | Out-Null
        }
    }
}

# The shared sample (deploy\kiosk.json), with staffPinHash as its first key when there is a hash.
function Write-KioskConfig {
    $config = Join-Path $DataDir 'kiosk.json'
    if (Test-Path -LiteralPath $config) {
        Write-Step "Keeping the existing $config"
        return
    }
    $sample = @(Get-Content -LiteralPath (Join-Path $PSScriptRoot '..\kiosk.json') -Encoding UTF8)
    $lines = @($sample[0])
    # The parameter's check lets through only what a hash is made of, so it needs no escaping in JSON.
    if ($StaffPinHash) { $lines += "  `"staffPinHash`": `"$StaffPinHash`"," }
    $lines += $sample[1..($sample.Count - 1)]
    [System.IO.File]::WriteAllLines($config, [string[]] $lines, (New-Object System.Text.UTF8Encoding $false))
    Write-Step "Wrote ${config}: edit it for this gym (station, languages, opening hours; every key: kiosk.example.json)"
    if (-not $StaffPinHash) { Write-Warning 'No staff PIN yet: add "staffPinHash" (from npm run staff:hash-pin) to kiosk.json.' }
}

function Set-KioskShell([string] $KioskSid, [string] $KioskExe) {
    Write-Step 'Making the kiosk the shell of the kiosk account (Shell Launcher, restart on every exit)'
    $shellLauncher = Get-ShellLauncher
    Remove-KioskShell $KioskSid
    # Everyone else, administrators included, keeps Explorer.
    [void] $shellLauncher.SetDefaultShell('explorer.exe', $RestartShell)
    [void] $shellLauncher.SetCustomShell($KioskSid, $KioskExe, $null, $null, $RestartShell)
    [void] $shellLauncher.SetEnabled($true)
}

function Set-AutoSignIn([string] $Password) {
    Write-Step "Signing $UserName in automatically at boot"
    Add-Type -TypeDefinition $LsaSecret
    [GymKioskLsaSecret]::Store('DefaultPassword', $Password)
    Set-ItemProperty -Path $WinlogonKey -Name AutoAdminLogon -Value '1'
    Set-ItemProperty -Path $WinlogonKey -Name DefaultUserName -Value $UserName
    Set-ItemProperty -Path $WinlogonKey -Name DefaultDomainName -Value $env:COMPUTERNAME
    # A plain-text password or a sign-in count left by another tool would win over the secret or end auto sign-in.
    Remove-ItemProperty -Path $WinlogonKey -Name 'DefaultPassword', 'AutoLogonCount' -ErrorAction SilentlyContinue
}

function Install-Kiosk {
    if (-not (Test-Path -LiteralPath $Installer -PathType Leaf)) { throw "No installer at $Installer" }
    $script:Installer = (Resolve-Path -LiteralPath $Installer).Path
    Enable-ShellLauncherFeature
    [void] (Get-ShellLauncher)

    $password = New-KioskPassword
    $securePassword = ConvertTo-SecureString $password -AsPlainText -Force
    $kioskSid = Set-KioskAccount $securePassword
    $credential = New-Object System.Management.Automation.PSCredential ("$env:COMPUTERNAME\$UserName", $securePassword)

    New-DataDir $kioskSid
    $kioskExe = Install-KioskForAccount $credential $kioskSid
    $profilePath = (Get-CimInstance -ClassName Win32_UserProfile -Filter "SID = '$kioskSid'").LocalPath
    Set-KioskUserRegistry $kioskSid $profilePath
    Write-KioskConfig
    Set-KioskShell $kioskSid $kioskExe
    Set-AutoSignIn $password

    Write-Step 'Keeping the PC from sleeping on mains power (the display may still go dark while the kiosk sleeps)'
    & powercfg.exe /change standby-timeout-ac 0
    & powercfg.exe /change hibernate-timeout-ac 0

    Write-Host ''
    Write-Host "Done. Restart Windows: $UserName signs in and the kiosk starts full-screen." -ForegroundColor Green
    Write-Host "The kiosk's log: $profilePath\AppData\Roaming\$ProductName\logs\kiosk.log"
    Write-Host 'To service the PC: Ctrl+Alt+Del, Sign out, then sign in as an administrator (who gets Explorer).'
}

function Uninstall-KioskShell {
    $user = Get-LocalUser -Name $UserName -ErrorAction SilentlyContinue
    if ($null -ne $user) {
        Write-Step "Removing the kiosk shell of $UserName"
        Remove-KioskShell $user.SID.Value
    }
    Write-Step 'Turning automatic sign-in off'
    Set-ItemProperty -Path $WinlogonKey -Name AutoAdminLogon -Value '0'
    Remove-ItemProperty -Path $WinlogonKey -Name DefaultPassword -ErrorAction SilentlyContinue
    Add-Type -TypeDefinition $LsaSecret
    [GymKioskLsaSecret]::Store('DefaultPassword', $null)
    Write-Host "Done. $UserName, the app and $DataDir are still there; Shell Launcher stays on for other entries." -ForegroundColor Green
}

if ($Remove) { Uninstall-KioskShell } else { Install-Kiosk }
