/**
 * Hostile workspace packs (.copyguard/rules/*.json, issue 7): catastrophic-backtracking patterns,
 * prototype keys, huge word lists, wrong types, deep nesting. Each is refused with a message at
 * the offending path (CLI: exit 2) or runs in bounded time; the built-in packs keep working.
 * The language server's side (diagnostics in the pack file, last good packs kept) is in
 * test/lsp/hostile.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createChecker } from '../../server/src/engine';
import { builtinPacks } from '../../server/src/engine/packs/builtin';
import { validateOverlay } from '../../server/src/engine/packs/load';
import { readOverlay } from '../../server/src/node/workspacePacks';
import { acceptedPatternsAreBounded, packPattern } from '../unit/properties';
import { cli, GOOD, workspace } from './helpers';

const RULE = 'douyin/contact-diversion';

function withPack(pack: unknown): string {
  return workspace({ 'good.listing.md': GOOD, '.copyguard/rules/hostile.json': typeof pack === 'string' ? pack : JSON.stringify(pack, null, 2) });
}

const CATASTROPHIC = [
  '(a+)+$', '(a|aa)*', '(x+x+)+y', '(a*)*b', '([a-z]+)*$', '(\\w+\\s?)+$', '(.*a){12}', '(a|a?)+$', '^(\\d+)*$', '((ab)*)+c',
  '(?:a+){2,}', '(a{1,9}){1,9}b', '(微|微信)+x',
  // Polynomial: several unbounded or wide quantifiers over the same characters.
  '.*.*.*.*.*x', 'a*a*a*a*a*b', '\\d+\\d+\\d+$', '\\s*\\s*\\s*x', 'a{1,30}a{1,30}a{1,30}$', 'a?a?a?a?a?a?a?a?a?a?aaaaaaaaaa',
  // Not allowed at all.
  '(a)\\1', '(?<n>a)\\k<n>', '(?=a)a', '(?<!a)b', '[', '(', 'a{2,1}',
];

test('catastrophic patterns are refused at their path; the CLI exits 2 with one message each', () => {
  const dir = withPack({ patterns: { [RULE]: CATASTROPHIC } });
  const r = cli(['check', '.'], dir, 30_000);
  assert.equal(r.code, 2, r.stdout + r.stderr);
  assert.equal(r.signal, null);
  CATASTROPHIC.forEach((p, i) => assert.match(r.stderr, new RegExp(`hostile\\.json: patterns\\.${RULE.replace('/', '\\/')}\\.${i}: `), `pattern ${i} ${p}`));
  assert.ok(r.ms < 10_000, `${r.ms} ms`);
});

test('new rules in a workspace pack are held to the same pattern rules', () => {
  const rule = structuredClone(builtinPacks()[0]!.rules[0]!);
  rule.id = 'douyin/hostile';
  rule.patterns = ['(a+)+$'];
  const r = validateOverlay({ platform: 'douyin', rules: [rule] });
  assert.equal(r.ok, false);
  assert.deepEqual(!r.ok && r.problems.map((p) => p.path.join('.')), ['rules.0.patterns.0']);
});

test('__proto__, constructor and prototype keys are refused and pollute nothing', () => {
  const texts = [
    '{"__proto__": {"disable": ["douyin/contact-diversion"], "polluted": true}}',
    '{"severity": {"constructor": "info"}}',
    '{"words": {"__proto__": ["x"]}}',
    '{"constructor": {"prototype": {"polluted": true}}}',
    '{"rules": [{"prototype": 1}]}',
    '{"allow": ["ok"], "patterns": {"douyin/contact-diversion": ["x"], "__proto__": ["y"]}}',
  ];
  for (const text of texts) {
    const r = readOverlay('p.json', text);
    assert.equal(r.overlay, undefined, text);
    assert.ok(r.problems.some((p) => /key "(__proto__|constructor|prototype)" is not allowed/.test(p.message)), `${text}: ${JSON.stringify(r.problems)}`);
    // The problem sits on the key's value in the file.
    for (const p of r.problems) assert.ok(p.start >= 0 && p.end <= text.length && p.start <= p.end);
  }
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'disable'), false);
  const dir = withPack(texts[0]!);
  const r = cli(['check', '.'], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /hostile\.json: __proto__: key "__proto__" is not allowed/);
});

test('wrong types are refused at their path with the offset of the value', () => {
  const text = JSON.stringify({ disable: 'douyin/contact-diversion', severity: { [RULE]: 'fatal' }, words: ['x'], patterns: { [RULE]: 'abc' }, allow: [1, null], platform: 'tiktok', extra: true }, null, 2);
  const r = readOverlay('p.json', text);
  assert.equal(r.overlay, undefined);
  const byPath = new Map(r.problems.map((p) => [p.message.split(':')[0], text.slice(p.start, p.end)]));
  assert.equal(byPath.get('disable'), '"douyin/contact-diversion"');
  assert.equal(byPath.get(`severity.${RULE}`), '"fatal"');
  assert.equal(byPath.get(`patterns.${RULE}`), '"abc"');
  assert.equal(byPath.get('allow.0'), '1');
  assert.equal(byPath.get('platform'), '"tiktok"');
  assert.ok([...byPath.keys()].some((k) => k.startsWith('words')), [...byPath.keys()].join());
  for (const bad of ['', '[]', '"pack"', '42', 'null', '{', '{"disable": [', '\uFEFF{"disable": 1}', '{"disable": ["a",]}x']) {
    const x = readOverlay('p.json', bad);
    assert.equal(x.overlay, undefined, bad);
    assert.ok(x.problems.length > 0, bad);
  }
  const dir = withPack(text);
  const c = cli(['check', '.'], dir);
  assert.equal(c.code, 2);
  assert.match(c.stderr, /hostile\.json: disable: /);
});

test('huge word lists, huge files and deep nesting are refused quickly; a pack at the limit stays fast', () => {
  const words = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i}${'字'.repeat(8)}`);
  const tooMany = withPack({ allow: words(15_000, 'a'), words: { [RULE]: words(5_000, 'w'), 'douyin/qr-code': words(5_000, 'q') } });
  let r = cli(['check', '.'], tooMany);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /a workspace pack may add at most 20000/);
  assert.ok(r.ms < 10_000, `${r.ms} ms`);

  const dirBig = withPack(`{"allow": [${Array.from({ length: 400_000 }, () => '"abcdefghij"').join(',')}]}`);
  r = cli(['check', '.'], dirBig);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /rule pack is \d+\.\d MB; packs over 4 MB are not loaded/);

  const deep = withPack(`{"disable": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
  r = cli(['check', '.'], deep);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /hostile\.json: rule pack nested deeper than 32 levels/);
  assert.doesNotMatch(r.stderr, /internal error|RangeError/);

  // 19,000 words in thousands of different characters: the automaton must not build a table of
  // states × alphabet (gigabytes); the check stays quick.
  let k = 0;
  const cjk = () => String.fromCharCode(0x4e00 + ((k++ * 7919) % 20_000));
  const many = Array.from({ length: 19_000 }, () => Array.from({ length: 10 }, cjk).join(''));
  const limit = withPack({ words: { [RULE]: many.slice(0, 5_000), 'douyin/qr-code': many.slice(5_000, 10_000) }, allow: many.slice(10_000) });
  r = cli(['check', '--format', 'json', '.'], limit);
  assert.equal(r.code, 1, r.stderr);
  assert.ok(r.ms < 15_000, `${r.ms} ms`);
  const found = JSON.parse(r.stdout).files[0].diagnostics.map((d: { ruleId: string }) => d.ruleId);
  assert.ok(found.includes(RULE), 'built-in detection still works next to a large workspace vocabulary');
});

test('several workspace packs together are held to the limits', () => {
  const words = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i}`);
  const dir = workspace({
    'good.listing.md': GOOD,
    '.copyguard/rules/a.json': JSON.stringify({ allow: words(15_000, 'a') }),
    '.copyguard/rules/b.json': JSON.stringify({ allow: words(15_000, 'b') }),
  });
  const r = cli(['check', '.'], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /b\.json: workspace packs together add more than 20000 words/);
});

test('a broken workspace pack never breaks the built-in packs, and a good one still applies', () => {
  const clean = workspace({ 'good.listing.md': GOOD });
  assert.equal(cli(['check', '.'], clean).code, 1);
  const disabled = withPack({ disable: [RULE] });
  const r = cli(['check', '--format', 'json', '.'], disabled);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(!JSON.parse(r.stdout).files[0].diagnostics.some((d: { ruleId: string }) => d.ruleId === RULE));
  const checker = createChecker({ packs: builtinPacks() });
  assert.ok(checker.check({ text: GOOD, fileName: 'g.listing.md' }).findings.some((f) => f.ruleId === RULE));
});

test('property: every accepted pattern runs in bounded time on adversarial text', () => {
  const stats = { accepted: 0 };
  fc.assert(fc.property(packPattern, (p) => acceptedPatternsAreBounded(p, stats)), { seed: 7, numRuns: 300 });
  assert.ok(stats.accepted > 50, `only ${stats.accepted} patterns accepted: the generator says little`);
});
