/**
 * deploy/windows: PowerShell and Windows cannot run here, so these checks read the script and the Shell Launcher v2
 * XML for what they must say (the WMI class and namespace, restart on every exit, KIOSK_SUPERVISED, the per-user
 * install and the paths electron-builder produces), and each check is shown to catch a broken copy.
 */
import { describe, expect, it } from 'vitest';
import { PIN_HASH_PATTERN } from '../../../main/services/config/operator-config-schema';
import { formatPinHash, hashPin } from '../../../main/services/staff/pin-hash';
import { builderConfig, readText } from './deploy-files';

const SCRIPT = 'deploy/windows/setup-kiosk.ps1';
const XML = 'deploy/windows/shell-launcher-v2.xml';

/** What the setup script must contain, each as a line of PowerShell or a fragment of one. */
function scriptProblems(script: string, productName: string): string[] {
  const required: Array<[string, RegExp]> = [
    ['run elevated', /^#Requires -RunAsAdministrator$/m],
    ['turn on the Shell Launcher feature', /Enable-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher -All/],
    ['use the WMI namespace root\\standardcimv2\\embedded', /\$ShellLauncherNamespace = 'root\\standardcimv2\\embedded'/],
    ['use WESL_UserSetting', /\[wmiclass\]"\\\\localhost\\\$\{ShellLauncherNamespace\}:WESL_UserSetting"/],
    ['restart the shell on exit (action 0)', /^\$RestartShell = 0$/m],
    ['set the kiosk as the account\'s shell with that action', /SetCustomShell\(\$KioskSid, \$KioskExe, \$null, \$null, \$RestartShell\)/],
    ['keep Explorer for everyone else', /SetDefaultShell\('explorer\.exe', \$RestartShell\)/],
    ['turn Shell Launcher on', /SetEnabled\(\$true\)/],
    ['set KIOSK_SUPERVISED=1 for the account', /-Path "\$hive\\Environment" -Name KIOSK_SUPERVISED -PropertyType String -Value '1'/],
    ['install per user', /-ArgumentList '\/S', '\/currentuser' -Credential \$Credential -LoadUserProfile/],
    ['know the product name', new RegExp(`^\\$ProductName = '${productName}'$`, 'm')],
    ['find the per-user install', /"AppData\\Local\\Programs\\\$ProductName\\\$ProductName\.exe"/],
    ['write the config where the kiosk reads it', /^\$DataDir = Join-Path \$env:ProgramData \$ProductName$/m],
    ['sign the account in automatically', /Set-ItemProperty -Path \$WinlogonKey -Name AutoAdminLogon -Value '1'/],
    ['keep the password as an LSA secret', /\[GymKioskLsaSecret\]::Store\('DefaultPassword', \$Password\)/],
  ];
  return required.filter(([, pattern]) => !pattern.test(script)).map(([what]) => `does not ${what}`);
}

function xmlProblems(xml: string, productName: string): string[] {
  const problems: string[] = [];
  if (!xml.includes('xmlns="http://schemas.microsoft.com/ShellLauncher/2018/Configuration"')) problems.push('lacks the Shell Launcher namespace');
  if (!xml.includes('xmlns:V2="http://schemas.microsoft.com/ShellLauncher/2019/Configuration"')) problems.push('lacks the v2 namespace');
  const shell = /<Profile Id="(\{[0-9A-F-]{36}\})"[^>]*>\s*<Shell Shell="([^"]+)" V2:AppType="Desktop" V2:AllAppsFullScreen="true">\s*<DefaultAction Action="RestartShell"\/>/i.exec(xml);
  if (!shell) problems.push('has no desktop profile that restarts the shell');
  else {
    if (shell[2] !== `%ProgramFiles%\\${productName}\\${productName}.exe`) problems.push(`starts ${shell[2]}`);
    if (!new RegExp(`<AutoLogonAccount/>\\s*<Profile Id="${shell[1]?.replace(/[{}]/g, '\\$&')}"/>`).test(xml)) problems.push('does not give the profile to the auto-logon account');
  }
  return problems;
}

describe('setup-kiosk.ps1', () => {
  it('configures Shell Launcher (WESL_UserSetting) for a per-user install with restart on every exit', async () => {
    const { productName } = await builderConfig();
    expect(scriptProblems(await readText(SCRIPT), productName)).toEqual([]);
  });

  it('the check catches a wrong action, a missing KIOSK_SUPERVISED and a per-machine install', async () => {
    const { productName } = await builderConfig();
    const script = await readText(SCRIPT);
    expect(scriptProblems(script.replace('$RestartShell = 0', '$RestartShell = 1'), productName)).toEqual(['does not restart the shell on exit (action 0)']);
    expect(scriptProblems(script.replace('-Name KIOSK_SUPERVISED', '-Name KIOSK_SUPERVISE'), productName)).toEqual(['does not set KIOSK_SUPERVISED=1 for the account']);
    expect(scriptProblems(script.replace("'/currentuser'", "'/allusers'"), productName)).toEqual(['does not install per user']);
  });

  it('takes exactly the staff PIN hashes the kiosk takes', async () => {
    const pattern = /\$_ -cmatch '(\^scrypt[^']+)'/.exec(await readText(SCRIPT))?.[1];
    expect(pattern).toMatch(/^\^scrypt/);
    // .NET's \z (the very end) is what JavaScript's $ means without the m flag.
    const validate = new RegExp((pattern ?? '').replace(/\\z$/, '$'));
    const hash = formatPinHash(await hashPin('13579'));
    // A real hash is one both take, so "both refuse everything" cannot pass.
    expect(validate.test(hash)).toBe(true);
    for (const candidate of [hash, `${hash}"`, `${hash}\n`, hash.replace('scrypt', 'SCRYPT'), hash.slice(0, -3), '13579']) {
      expect({ candidate, ok: validate.test(candidate) }).toEqual({ candidate, ok: PIN_HASH_PATTERN.test(candidate) });
    }
  });
});

describe('shell-launcher-v2.xml (Intune / Assigned Access CSP)', () => {
  it('gives the auto-logon account the per-machine kiosk as its shell, restarted on exit', async () => {
    const { productName } = await builderConfig();
    expect(xmlProblems(await readText(XML), productName)).toEqual([]);
  });

  it('the check catches another action and another path', async () => {
    const { productName } = await builderConfig();
    const xml = await readText(XML);
    expect(xmlProblems(xml.replace('RestartShell', 'DoNothing'), productName)).toEqual(['has no desktop profile that restarts the shell']);
    expect(xmlProblems(xml.replace('%ProgramFiles%', '%LOCALAPPDATA%'), productName)).toEqual([`starts %LOCALAPPDATA%\\${productName}\\${productName}.exe`]);
  });
});

describe('electron-builder.yml, Windows installer', () => {
  it('installs per user by default, so later updates need no elevation', async () => {
    const { nsis } = await builderConfig();
    expect(nsis).toMatchObject({ oneClick: false, perMachine: false });
  });
});
