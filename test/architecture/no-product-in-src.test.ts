import fs from 'node:fs';
import path from 'node:path';

// The engine must work for any knowledge base: src/ names none of the shipped KB's product words
// outside comments (what a knowledge base is about comes from its articles and kb.yml).
const PRODUCT_WORDS = /api gateway|apigateway|execute-api/i;
const COMMENT_LINE = /^\s*(?:\/\/|\*|\/\*)/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(?:ts|json)$/.test(entry.name) ? [full] : [];
  });
}

describe('src/ names no product', () => {
  const root = path.join(__dirname, '..', '..', 'src');

  it('has no product words on code lines', () => {
    const hits: string[] = [];
    for (const file of sourceFiles(root)) {
      fs.readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (PRODUCT_WORDS.test(line) && !COMMENT_LINE.test(line)) hits.push(`${path.relative(root, file)}:${i + 1}: ${line.trim().slice(0, 100)}`);
        });
    }
    expect(hits).toEqual([]);
  });

  it('would catch one', () => {
    expect(PRODUCT_WORDS.test('const x = "API Gateway";') && !COMMENT_LINE.test('const x = "API Gateway";')).toBe(true);
    expect(COMMENT_LINE.test('  // about API Gateway')).toBe(true);
  });
});
