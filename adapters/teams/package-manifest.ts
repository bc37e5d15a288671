/**
 * `npm run teams:package`: fills the placeholders of manifest/manifest.json (the bot's Microsoft
 * App ID above all) and zips it with the two icons into manifest/kb-assistant-teams.zip, the file
 * to sideload in Teams (Apps > Manage your apps > Upload an app).
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { readEnvironment, type Environment } from '../../src/config/load';
import { manifestDir } from './generate-icons';

/** The zip written next to manifest.json (git-ignored). */
const PACKAGE_FILE = 'kb-assistant-teams.zip';
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const DEFAULT_WEBSITE_URL = 'https://example.com/kb-assistant';
// Fixed timestamps make the zip the same bytes for the same inputs.
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1));

/** The values of the manifest's `${{NAME}}` placeholders. */
export interface PackageValues {
  MICROSOFT_APP_ID: string;
  APP_VERSION: string;
  TEAMS_APP_WEBSITE_URL: string;
}

/** Reads the values from the environment (MicrosoftAppId, TEAMS_APP_WEBSITE_URL), with clear errors. */
export function packageValues(env: Environment, version: string): PackageValues {
  const appId = env.MicrosoftAppId?.trim();
  if (!appId) throw new Error('teams:package: MicrosoftAppId is not set. Set it to your Azure Bot\'s Microsoft App ID (a GUID), in the environment or .env.');
  if (!GUID.test(appId)) throw new Error('teams:package: MicrosoftAppId must be a GUID such as 00000000-0000-0000-0000-000000000000.');
  const website = env.TEAMS_APP_WEBSITE_URL?.trim() || DEFAULT_WEBSITE_URL;
  if (!/^https:\/\/\S+$/.test(website)) throw new Error('teams:package: TEAMS_APP_WEBSITE_URL must be an https:// URL.');
  return { MICROSOFT_APP_ID: appId, APP_VERSION: version, TEAMS_APP_WEBSITE_URL: website };
}

/** Replaces every `${{NAME}}` in the manifest text; an unknown placeholder is an error, not a silent blank. */
export function fillManifest(template: string, values: PackageValues): string {
  const filled = template.replace(/\$\{\{([A-Z0-9_]+)\}\}/g, (placeholder, name: string) => {
    if (!(name in values)) throw new Error(`teams:package: manifest placeholder ${placeholder} has no value.`);
    return values[name as keyof PackageValues];
  });
  JSON.parse(filled); // fail here, not in Teams, if a value broke the JSON
  return filled;
}

/** The app package: manifest.json and the two icons at the root of a zip. */
export async function buildPackage(dir: string, values: PackageValues): Promise<Buffer> {
  const zip = new JSZip();
  const manifest = fillManifest(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'), values);
  zip.file('manifest.json', manifest, { date: FIXED_DATE });
  for (const icon of ['color.png', 'outline.png']) zip.file(icon, fs.readFileSync(path.join(dir, icon)), { date: FIXED_DATE });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

async function main(): Promise<number> {
  const dir = manifestDir();
  const { version } = JSON.parse(fs.readFileSync(path.resolve(dir, '../../../package.json'), 'utf8')) as { version: string };
  try {
    const zip = await buildPackage(dir, packageValues(readEnvironment(), version));
    const out = path.join(dir, PACKAGE_FILE);
    fs.writeFileSync(out, zip);
    process.stdout.write(`wrote ${path.relative(process.cwd(), out)} (${zip.length} bytes): upload it in Teams (Apps > Manage your apps > Upload an app)\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

if (require.main === module) {
  void main().then((code) => {
    process.exitCode = code;
  });
}
