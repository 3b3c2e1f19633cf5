// chrono-node (pinned in package.json) over the eval cases: dates, parsed against each case's
// reference date; one JSONL line per case: {"id", "items": [{kind: "date", byte_start, byte_end,
// value: "YYYY-MM-DD" (the start day), value_end?, text}]}.
// Usage: node chrono.js CASES.jsonl... > chrono.jsonl   (NODE_PATH = the install's node_modules)
'use strict';
const chrono = require('chrono-node');
const { cases, byteOffset, emit } = require('./util');

function iso(d) {
  const p = (n, w) => String(n).padStart(w, '0');
  return `${p(d.get('year'), 4)}-${p(d.get('month'), 2)}-${p(d.get('day'), 2)}`;
}

// The case's reference ("2016-11-07T00:00:00") as a local Date; none: the story date is unknown.
function reference(c) {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?/.exec(c.reference || '');
  if (!m) return new Date(2017, 0, 1);
  return new Date(+m[1], +m[2] - 1, +m[3], +(m[4] || 0), +(m[5] || 0), +(m[6] || 0));
}

for (const c of cases(process.argv.slice(2))) {
  const items = [];
  try {
    for (const r of chrono.parse(c.input, reference(c))) {
      const item = {
        kind: 'date',
        byte_start: byteOffset(c.input, r.index),
        byte_end: byteOffset(c.input, r.index + r.text.length),
        text: r.text,
        value: iso(r.start),
      };
      if (r.end) item.value_end = iso(r.end);
      items.push(item);
    }
  } catch (e) {
    /* a peer crash on one case counts as nothing found */
  }
  emit(c.id, items);
}
