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

/** How to find TEAMS_ESCALATION_CHANNEL, printed after the package is written. */
export const ESCALATION_CHANNEL_HELP = [
  'Ask an expert in Teams posts to the channel named by TEAMS_ESCALATION_CHANNEL (a channel conversation id):',
  '  1. Add the app to the team that holds the experts\' channel (Apps > Manage your apps > Add to a team).',
  '  2. In that channel, open ... > Get link to channel and copy the link.',
  '  3. The id is the part after /channel/ and before the next /, URL-decoded: 19%3aabc...%40thread.tacv2 becomes 19:abc...@thread.tacv2.',
  '     `npm run teams:package -- --channel-id "<link>"` prints it for you.',
  '  4. Set TEAMS_ESCALATION_CHANNEL to it. Experts reply in the escalation\'s thread mentioning the bot (@kb-assistant).',
].join('\n');

/** The channel conversation id in a Teams "Get link to channel" link, or undefined when it has none. */
export function channelIdFromLink(link: string): string | undefined {
  const match = /\/channel\/([^/?#]+)/.exec(link.trim());
  if (!match) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
  return /^19:[^\s]+$/.test(id) ? id : undefined;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args[0] === '--channel-id') {
    const id = channelIdFromLink(args[1] ?? '');
    if (!id) {
      process.stderr.write('teams:package: that is not a Teams channel link; copy it with ... > Get link to channel (it contains /channel/19%3a...).\n');
      return 1;
    }
    process.stdout.write(`TEAMS_ESCALATION_CHANNEL=${id}\n`);
    return 0;
  }
  const dir = manifestDir();
  const { version } = JSON.parse(fs.readFileSync(path.resolve(dir, '../../../package.json'), 'utf8')) as { version: string };
  try {
    const zip = await buildPackage(dir, packageValues(readEnvironment(), version));
    const out = path.join(dir, PACKAGE_FILE);
    fs.writeFileSync(out, zip);
    process.stdout.write(`wrote ${path.relative(process.cwd(), out)} (${zip.length} bytes): upload it in Teams (Apps > Manage your apps > Upload an app)\n\n${ESCALATION_CHANNEL_HELP}\n`);
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
