#!/usr/bin/env node
/**
 * Builds src/search/background-vocabulary.json: how many pages of a general software corpus use
 * each term (the engine's tokenizer and stemmer, so terms meet the index's). The corpus is the Linux
 * man-pages project as Debian packages it (manpages and manpages-dev 6.03-2, sections 1-8): prose
 * about files, processes, users, permissions, sockets, connections and errors in general, and about
 * no product a knowledge base is written for. See docs/matching.md.
 *
 * usage:  mkdir -p /tmp/bg && cd /tmp/bg && apt-get download manpages=6.03-2 manpages-dev=6.03-2 \
 *           && for d in *.deb; do dpkg-deb -x "$d" ex; done && cd - \
 *         npm run build && node scripts/build-background-vocabulary.js /tmp/bg/ex/usr/share/man
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { tokenize } = require('../dist/src/search/tokenize');

const root = process.argv[2];
if (!root || !fs.existsSync(root)) {
  process.stderr.write('usage: node scripts/build-background-vocabulary.js MAN_DIR (see the comment at the top)\n');
  process.exit(2);
}

function pages(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...pages(full));
    else if (/\.\d\w*(?:\.gz)?$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}

// groff to plain words: drop comments, font and escape sequences, and macro names.
function plain(source) {
  return source
    .split('\n')
    .filter((line) => !line.startsWith('.\\"') && !line.startsWith("'\\\""))
    .map((line) => line.replace(/^\.[A-Za-z]{1,3}\s?/, ''))
    .join('\n')
    .replace(/\\f(?:\[[^\]]*\]|\(..|.)/g, '')
    .replace(/\\\(../g, ' ')
    .replace(/\\\*(?:\(..|.)/g, ' ')
    .replace(/\\-/g, '-')
    .replace(/\\[&e|^ ]/g, ' ');
}

const df = new Map();
let documents = 0;
for (const file of pages(root)) {
  const raw = fs.readFileSync(file);
  const text = file.endsWith('.gz') ? zlib.gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  if (text.startsWith('.so ')) continue; // an alias of another page
  documents++;
  for (const term of new Set(tokenize(plain(text)))) df.set(term, (df.get(term) || 0) + 1);
}
// Terms on one page only say nothing about being common; leaving them out keeps the file small.
const kept = [...df].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const out = {
  source: 'Linux man-pages 6.03 (Debian packages manpages and manpages-dev 6.03-2), sections 1-8',
  documents,
  df: Object.fromEntries(kept),
};
const target = path.join(__dirname, '..', 'src', 'search', 'background-vocabulary.json');
fs.writeFileSync(target, JSON.stringify(out) + '\n');
process.stdout.write(`${documents} pages, ${kept.length} terms -> ${path.relative(process.cwd(), target)}\n`);
