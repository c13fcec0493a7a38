/** Penalty amounts in hovers and rule pages: grouped by thousands, the same as before without ICU. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupThousands, penaltyTable } from '../../server/src/engine/explain';
import { builtinPacks } from '../../server/src/engine/packs/builtin';

test('amounts are grouped by thousands as en-US formats them', () => {
  for (const n of [0, 7, 20, 300, 999, 1000, 10000, 50000, 123456, 1000000, 1234567.5, -2500]) {
    assert.equal(groupThousands(n), n.toLocaleString('en-US', { maximumFractionDigits: 20 }), String(n));
  }
});

test('every penalty tier of the built-in packs shows its amount grouped', () => {
  let amounts = 0;
  for (const pack of builtinPacks()) {
    for (const rule of pack.rules) {
      for (const penalty of rule.penalties) {
        const table = penaltyTable(penalty, 'zh');
        for (const tier of penalty.tiers) {
          if (tier.amountYuan === undefined) continue;
          amounts++;
          assert.ok(table.includes(`| ${tier.amountYuan.toLocaleString('en-US')}`), `${rule.id}: ${tier.amountYuan} in\n${table}`);
        }
      }
    }
  }
  assert.ok(amounts > 10, `${amounts} amounts`);
});
