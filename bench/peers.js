// The peers of `make bench` on the same corpus: compromise 14.17.0 (numbers, quotes, people, places,
// organizations) and chrono-node 2.10.3 (dates), each on a slice of the corpus cut at a paragraph
// (they are slow: MB/s is what compares); with --html DIR, Readability.js 0.6.0 over linkedom on
// the *.html pages. Prints `key value` lines; times are CPU seconds of this process.
//   NODE_PATH=.../node_modules node peers.js corpus.txt [--html DIR]
'use strict';
const fs = require('fs');

const text = fs.readFileSync(process.argv[2], 'utf8');

function slice(bytes) {
  let s = text.slice(0, bytes);
  const cut = s.lastIndexOf('\n\n');
  if (cut > bytes / 2) s = s.slice(0, cut);
  return s;
}

function cpu() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

function time(fn, input) {
  const t0 = cpu();
  fn(input);
  return cpu() - t0;
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

const htmlAt = process.argv.indexOf('--html');
if (htmlAt > 0 && process.argv[htmlAt + 1]) {
  const path = require('path');
  const dir = process.argv[htmlAt + 1];
  let Readability, parseHTML;
  try {
    ({ Readability } = require('@mozilla/readability'));
    ({ parseHTML } = require('linkedom'));
  } catch (e) {
    console.log('readability_skipped 1');
    process.exit(0);
  }
  const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  let bytes = 0, done = 0;
  const t0 = cpu();
  for (const html of pages) {
    bytes += Buffer.byteLength(html, 'utf8');
    try {
      const { document } = parseHTML(html);
      new Readability(document).parse();
      done++;
    } catch (e) {
      /* a page it cannot read counts as time spent */
    }
  }
  const secs = cpu() - t0;
  console.log(`readability_pages ${done}`);
  console.log(`readability_seconds ${secs.toFixed(3)}`);
  console.log(`readability_pages_per_s ${(pages.length / secs).toFixed(1)}`);
  console.log(`readability_mbps ${(bytes / 1e6 / secs).toFixed(3)}`);
}
