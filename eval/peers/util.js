// Shared by the peer scripts: read the cases (JSONL), convert character offsets to UTF-8 bytes.
'use strict';
const fs = require('fs');

function* cases(files) {
  for (const file of files) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (line.trim()) yield JSON.parse(line);
    }
  }
}

// JavaScript string index (UTF-16 units) -> UTF-8 byte offset.
function byteOffset(text, index) {
  return Buffer.byteLength(text.slice(0, index), 'utf8');
}

function emit(id, items) {
  process.stdout.write(JSON.stringify({ id, items }) + '\n');
}

module.exports = { cases, byteOffset, emit };
