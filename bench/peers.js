// The peers of `make bench` on the same corpus: compromise 14.17.0 (numbers, quotes, people, places,
// organizations) and chrono-node 2.10.3 (dates), each on a slice of the corpus cut at a paragraph
// (they are slow: MB/s is what compares). Prints `key value` lines.
//   NODE_PATH=.../node_modules node peers.js corpus.txt
'use strict';
const fs = require('fs');

const text = fs.readFileSync(process.argv[2], 'utf8');

function slice(bytes) {
  let s = text.slice(0, bytes);
  const cut = s.lastIndexOf('\n\n');
  if (cut > bytes / 2) s = s.slice(0, cut);
  return s;
}

function time(fn, input) {
  const t0 = process.hrtime.bigint();
  fn(input);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

function report(name, fn, bytes) {
  const input = slice(bytes);
  const mb = Buffer.byteLength(input, 'utf8') / 1e6;
  fn(slice(20000)); // warm up the JIT
  const secs = time(fn, input);
  console.log(`${name}_mb ${mb.toFixed(3)}`);
  console.log(`${name}_seconds ${secs.toFixed(3)}`);
  console.log(`${name}_mbps ${(mb / secs).toFixed(4)}`);
}

const nlp = require('compromise');
report('compromise', (s) => {
  // paragraph by paragraph, as an editor's tool would hand it stories
  for (const para of s.split(/\n\s*\n/)) {
    const doc = nlp(para);
    doc.numbers().json();
    doc.quotations().json();
    doc.people().json();
    doc.places().json();
    doc.organizations().json();
  }
}, 500000);

const chrono = require('chrono-node');
report('chrono', (s) => {
  const ref = new Date(2017, 11, 26);
  for (const para of s.split(/\n\s*\n/)) chrono.parse(para, ref);
}, 2000000);
