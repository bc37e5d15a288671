import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const read = (name: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(ROOT, name), 'utf8')) as Record<string, unknown>;

// `npm install` rewrites the lock file's copy of these fields when they differ from package.json,
// which leaves a fresh clone dirty after its first command.
describe('package-lock.json', () => {
  const pkg = read('package.json');
  const root = (read('package-lock.json').packages as Record<string, Record<string, unknown>>)[''];

  it.each(['name', 'version', 'license', 'engines', 'dependencies', 'devDependencies'])('agrees with package.json on %s', (field) => {
    expect(root[field]).toEqual(pkg[field]);
  });

  it('has an entry for every dependency', () => {
    const packages = read('package-lock.json').packages as Record<string, unknown>;
    const names = Object.keys({ ...(pkg.dependencies as object), ...(pkg.devDependencies as object) });
    expect(names.filter((name) => !(`node_modules/${name}` in packages))).toEqual([]);
  });
});
