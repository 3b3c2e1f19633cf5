// compromise (pinned in package.json) over the eval cases: numbers, ordinals, percentages, money
// and fractions, one JSONL line per case: {"id", "items": [{kind, byte_start, byte_end, value, unit, text}]}.
// Usage: node compromise.js CASES.jsonl... > compromise.jsonl   (NODE_PATH = the install's node_modules)
'use strict';
const nlp = require('compromise');
const { cases, byteOffset, emit } = require('./util');

// One match of a compromise view as an item; kind names follow the cases' kinds.
function items(text, view, kind, valueOf) {
  const out = [];
  const json = view.json({ offset: true, numbers: true });
  json.forEach((m, i) => {
    if (!m.offset) return;
    let start = m.offset.start, end = start + m.offset.length;
    // compromise counts a term's trailing punctuation and spaces into its offset: trim them
    while (end > start && /[\s.,;:!?)\]"'”’]/.test(text[end - 1])) end--;
    while (start < end && /[\s("'“‘]/.test(text[start])) start++;
    const item = {
      kind,
      byte_start: byteOffset(text, start),
      byte_end: byteOffset(text, end),
      text: text.slice(start, end),
    };
    const v = valueOf(m, view.eq(i));
    if (typeof v === 'number' && isFinite(v)) item.value = v;
    if (m.number && m.number.unit) item.unit = m.number.unit;
    out.push(item);
  });
  return out;
}

function overlaps(a, b) {
  return a.byte_start < b.byte_end && b.byte_start < a.byte_end;
}

function analyze(text) {
  const doc = nlp(text);
  // The most specific readings first; a plain number inside a money or percent match is dropped.
  const money = items(text, doc.money(), 'currency', (m, v) => (m.number && m.number.num) ?? v.numbers().get()[0]);
  for (const it of money) it.unit = it.unit || currency(it.text);
  const percent = items(text, doc.percentages(), 'percent', (m, v) => (m.number && m.number.num) ?? v.numbers().get()[0]);
  for (const it of percent) it.unit = '%';
  const fractions = items(text, doc.fractions(), 'number', (m, v) => v.fractions().get()[0]?.decimal ?? v.numbers().get()[0]);
  const numbers = items(text, doc.numbers(), 'number', (m) => m.number && m.number.num);
  const nums = numbers.map((it, i) => {
    const m = doc.numbers().eq(i);
    if (m.isOrdinal && m.isOrdinal().found) it.kind = 'ordinal';
    return it;
  });
  const out = [...money, ...percent];
  for (const it of [...fractions, ...nums]) {
    if (!out.some((o) => overlaps(o, it))) out.push(it);
  }
  out.sort((a, b) => a.byte_start - b.byte_start);
  return out;
}

function currency(s) {
  if (/\$|dollar/i.test(s)) return 'USD';
  if (/£|pound/i.test(s)) return 'GBP';
  if (/€|euro/i.test(s)) return 'EUR';
  if (/¥|yen/i.test(s)) return 'JPY';
  return undefined;
}

for (const c of cases(process.argv.slice(2))) {
  let found = [];
  try {
    found = analyze(c.input);
  } catch (e) {
    found = [];
  }
  emit(c.id, found);
}
