import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specifiers: string[] = [];
  const pattern = /(?:from\s+|require\(\s*|import\(\s*)['"]([^'"]+)['"]/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) specifiers.push(match[1]);
  return specifiers;
}

describe('imports point one way: adapters/* -> src/, never back', () => {
  it('src/ never imports a chat platform library', () => {
    const offenders = sourceFiles(path.join(root, 'src')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('@slack/') || spec.startsWith('botbuilder') || spec.startsWith('botframework'))
        .map((spec) => `${path.relative(root, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('src/ never imports from adapters/', () => {
    const offenders = sourceFiles(path.join(root, 'src')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('.') && path.resolve(path.dirname(file), spec).startsWith(path.join(root, 'adapters')))
        .map((spec) => `${path.relative(root, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('botbuilder is imported only inside adapters/teams/ (and its tests)', () => {
    const outside = [...sourceFiles(path.join(root, 'src')), ...sourceFiles(path.join(root, 'adapters')), ...sourceFiles(path.join(root, 'test'))]
      // The Teams adapter and its own tests are the one folder (pair) a move to another SDK touches.
      .filter((file) => !file.startsWith(path.join(root, 'adapters', 'teams') + path.sep))
      .filter((file) => !file.startsWith(path.join(root, 'test', 'adapters', 'teams') + path.sep))
      .flatMap((file) =>
        importsOf(file)
          .filter((spec) => spec.startsWith('botbuilder') || spec.startsWith('botframework'))
          .map((spec) => `${path.relative(root, file)} imports ${spec}`),
      );
    expect(outside).toEqual([]);
  });

  it('src/ never uses the `any` type', () => {
    const uses: string[] = [];
    for (const file of sourceFiles(path.join(root, 'src')).filter((f) => f.endsWith('.ts'))) {
      const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
      const visit = (node: ts.Node): void => {
        if (node.kind === ts.SyntaxKind.AnyKeyword) uses.push(`${path.relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(uses).toEqual([]);
  });

  it('only src/config reads process.env', () => {
    const readers = sourceFiles(path.join(root, 'src'))
      .filter((file) => !file.startsWith(path.join(root, 'src', 'config') + path.sep))
      .filter((file) => /process\.env\b/.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(root, file));
    expect(readers).toEqual([]);
  });
});
