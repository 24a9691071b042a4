// Ethereum addresses in mixed case must carry a valid EIP-55 checksum to count as CRYPTO.
// The addresses are the examples published in EIP-55 itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCore } from '../../js/entry/node.js';
import { failsEip55 } from '../../js/pii/eip55.js';

const { pii } = await loadCore();

const CHECKSUMMED = [
  '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
  '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
  '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
  '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
];
const SINGLE_CASE = [
  '0x52908400098527886E0F7030069857D2E4169EE7',
  '0x8617E340B3D01FA5F11F306F4090FD50E238070D',
  '0xde709f2102306220921060314715629080e2fb77',
  '0x27b1fdb04752bbc536007a920d24acb045561c26',
];
// The same address with the case of one letter flipped (the first letter after "0x" that is one).
function flipOneLetter(address) {
  const i = [...address].findIndex((c, k) => k > 1 && /[a-fA-F]/.test(c));
  const c = address[i];
  return address.slice(0, i) + (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) + address.slice(i + 1);
}

test('the EIP-55 examples pass the checksum; flipping the case of any one letter fails it', () => {
  for (const address of [...CHECKSUMMED, ...SINGLE_CASE]) assert.equal(failsEip55(address), false, address);
  for (const address of CHECKSUMMED) {
    for (let i = 2; i < 42; i++) {
      const c = address[i];
      if (!/[a-fA-F]/.test(c)) continue;
      const flipped = address.slice(0, i) + (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) + address.slice(i + 1);
      if (flipped.slice(2) === flipped.slice(2).toLowerCase() || flipped.slice(2) === flipped.slice(2).toUpperCase()) continue;
      assert.equal(failsEip55(flipped), true, flipped);
    }
  }
  assert.equal(failsEip55('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe'), false); // not an address at all
});

test('detect and mask keep checksummed and single-case addresses, and drop mixed-case ones that fail', () => {
  for (const address of [...CHECKSUMMED, ...SINGLE_CASE]) {
    const text = `send it to wallet ${address} today`;
    assert.deepEqual(pii.detect(text).entities.map((e) => [e.type, e.text]), [['CRYPTO', address]], address);
    assert.equal(pii.mask(text).text, 'send it to wallet <CRYPTO> today');
  }
  for (const address of CHECKSUMMED.map(flipOneLetter)) {
    const text = `send it to wallet ${address}, mail ada@example.com`;
    assert.deepEqual(pii.detect(text).entities.map((e) => e.type), ['EMAIL_ADDRESS'], address);
    const masked = pii.mask(text);
    assert.equal(masked.text, `send it to wallet ${address}, mail <EMAIL_ADDRESS>`);
    assert.deepEqual(masked.entities.map((e) => e.type), ['EMAIL_ADDRESS']);
  }
});
