/** FIX session-level test cases, each driven over a real TCP socket against the gateway. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatUtcTimestamp } from '../../server/fix/time.ts';
import { type Harness, RawClient, startHarness, type } from './helpers.ts';

let h: Harness;
const clients: RawClient[] = [];
const connect = async (keyId = 'key-a') => {
  const c = await RawClient.connect(h.gateway.port, keyId);
  clients.push(c);
  return c;
};

beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await h.close();
});

const nos = (clOrdId: string, price = '100.00'): Array<[number, string | number]> => [
  [11, clOrdId],
  [55, 'BTC-USD'],
  [54, '1'],
  [60, formatUtcTimestamp(Date.now() * 1000)],
  [38, '0.0100'],
  [40, '2'],
  [44, price],
];

describe('logon and logout', () => {
  it('answers a signed Logon with a Logon carrying the same HeartBtInt', async () => {
    const c = await connect();
    const reply = await c.logon({ heartBtInt: 15 });
    expect(reply.get(35)).toBe('A');
    expect(reply.get(108)).toBe('15');
    expect(reply.get(49)).toBe('OPENVENUE');
    expect(reply.get(56)).toBe('key-a');
    expect(reply.get(34)).toBe('1');
  });

  it('answers a Logout with a Logout and closes', async () => {
    const c = await connect();
    await c.logon();
    c.send('5');
    const out = await c.next(type('5'));
    expect(out.get(35)).toBe('5');
    await c.waitClosed();
  });

  it('refuses a bad signature with a Logout naming INVALID_SIGNATURE', async () => {
    const c = await connect();
    const reply = await c.logon({ secret: 'another-secret-entirely-000000' });
    expect(reply.get(35)).toBe('5');
    expect(reply.get(58)).toMatch(/^INVALID_SIGNATURE/);
    await c.waitClosed();
  });

  it('closes the connection when the first message is not a Logon', async () => {
    const c = await connect();
    c.send('1', [[112, 'x']]);
    await c.waitClosed();
    expect(c.pending()).toHaveLength(0);
  });

  it('refuses a second connection for a session already logged on', async () => {
    const a = await connect();
    await a.logon();
    const b = await connect();
    const reply = await b.logon({ seq: 2 });
    expect(reply.get(35)).toBe('5');
    expect(reply.get(58)).toMatch(/already logged on/);
  });
});

describe('heartbeats', () => {
  it('answers a TestRequest with a Heartbeat carrying its TestReqID', async () => {
    const c = await connect();
    await c.logon();
    c.send('1', [[112, 'ping-7']]);
    const hb = await c.next(type('0'));
    expect(hb.get(112)).toBe('ping-7');
  });

  it('sends Heartbeats and then a TestRequest when the client is silent', async () => {
    const c = await connect();
    await c.logon({ heartBtInt: 1 });
    const hb = await c.next(type('0'), 3000);
    expect(hb.has(112)).toBe(false);
    const tr = await c.next(type('1'), 3000);
    expect(tr.get(112)).toBeTruthy();
  });

  it('keeps a client that answers the TestRequest, and drops one silent for 2.4 intervals', async () => {
    const c = await connect();
    await c.logon({ heartBtInt: 1 });
    const tr = await c.next(type('1'), 3000);
    c.send('0', [[112, tr.get(112) as string]]);
    // Answered: the next TestRequest comes only after another silent stretch, then the drop.
    const again = await c.next(type('1'), 3000);
    expect(again.get(112)).not.toBe(tr.get(112));
    await c.waitClosed(4000);
  });
});

describe('logon deadline', () => {
  it('closes a connection that sends no Logon in time', async () => {
    await h.close();
    h = await startHarness({ logonTimeoutMs: 200 });
    const c = await connect();
    await c.waitClosed(2000);
  });
});

describe('sequence numbers', () => {
  it('answers a MsgSeqNum too high with a ResendRequest from the expected number', async () => {
    const c = await connect();
    await c.logon();
    c.send('0', [], { seq: 5 });
    const rr = await c.next(type('2'));
    expect(rr.get(7)).toBe('2');
    expect(rr.get(16)).toBe('0');
    // Filling the gap with a SequenceReset-GapFill lets the queued message through.
    c.send(
      '4',
      [
        [123, 'Y'],
        [36, 5],
      ],
      {
        seq: 2,
        extra: [
          [43, 'Y'],
          [122, formatUtcTimestamp(Date.now() * 1000)],
        ],
      },
    );
    c.seq = 6;
    c.send('1', [[112, 'after-gap']]);
    expect((await c.next(type('0'))).get(112)).toBe('after-gap');
  });

  it('logs out a MsgSeqNum too low without PossDupFlag', async () => {
    const c = await connect();
    await c.logon();
    c.send('0');
    c.send('0', [], { seq: 2 });
    const lo = await c.next(type('5'));
    expect(lo.get(58)).toMatch(/MsgSeqNum too low, expecting 3 but received 2/);
    await c.waitClosed();
  });

  it('ignores a MsgSeqNum too low with PossDupFlag=Y', async () => {
    const c = await connect();
    await c.logon();
    c.send('0', [], {
      seq: 1,
      extra: [
        [43, 'Y'],
        [122, formatUtcTimestamp(Date.now() * 1000)],
      ],
    });
    c.send('1', [[112, 'still-up']]);
    expect((await c.next(type('0'))).get(112)).toBe('still-up');
  });

  it('persists sequence numbers across reconnects and venue restarts', async () => {
    let c = await connect();
    await c.logon();
    c.send('1', [[112, 'a']]);
    await c.next(type('0'));
    c.send('5');
    await c.next(type('5'));
    await c.waitClosed();
    await h.restart();
    c = await connect();
    c.seq = 4;
    const reply = await c.logon();
    expect(reply.get(35)).toBe('A');
    expect(reply.get(34)).toBe('4'); // venue sent Logon(1), Heartbeat(2), Logout(3)
  });

  it('resets both directions on ResetSeqNumFlag=Y', async () => {
    let c = await connect();
    await c.logon();
    c.send('5');
    await c.next(type('5'));
    await c.waitClosed();
    c = await connect();
    const reply = await c.logon({ seq: 1, reset: true });
    expect(reply.get(141)).toBe('Y');
    expect(reply.get(34)).toBe('1');
  });

  it('serves a ResendRequest: application messages with PossDupFlag and OrigSendingTime, admin messages gap-filled', async () => {
    const c = await connect();
    await c.logon();
    c.send('D', nos('resend-1'));
    const er = await c.next(type('8'));
    expect(er.get(34)).toBe('2');
    c.send('1', [[112, 't']]);
    await c.next(type('0'));
    c.send('2', [
      [7, 1],
      [16, 0],
    ]);
    const gap = await c.next(type('4'));
    expect(gap.get(34)).toBe('1');
    expect(gap.get(123)).toBe('Y');
    expect(gap.get(36)).toBe('2');
    const again = await c.next(type('8'));
    expect(again.get(34)).toBe('2');
    expect(again.get(43)).toBe('Y');
    expect(again.get(122)).toBe(er.get(52));
    expect(again.get(11)).toBe('resend-1');
    const gap2 = await c.next(type('4'));
    expect(gap2.get(34)).toBe('3');
    expect(gap2.get(36)).toBe('4');
  });

  it('applies a SequenceReset-Reset regardless of MsgSeqNum and rejects one that goes backwards', async () => {
    const c = await connect();
    await c.logon();
    c.send('4', [[36, 10]], { seq: 99 });
    c.seq = 10;
    c.send('1', [[112, 'at-10']]);
    expect((await c.next(type('0'))).get(112)).toBe('at-10');
    c.send('4', [[36, 3]], { seq: 11 });
    const rej = await c.next(type('3'));
    expect(rej.get(373)).toBe('5');
    expect(rej.get(371)).toBe('36');
  });
});

describe('garbled and invalid messages', () => {
  it('ignores a bad CheckSum and a bad BodyLength without consuming the sequence number', async () => {
    const c = await connect();
    await c.logon();
    const good = c.frame('1', [[112, 'cs']], { seq: 2 });
    const badSum = Buffer.from(good.toString('latin1').replace(/10=\d{3}/, '10=000'), 'latin1');
    const badLen = Buffer.from(good.toString('latin1').replace(/9=\d+/, '9=5'), 'latin1');
    c.write(badSum);
    c.write(badLen);
    c.write(good);
    const hb = await c.next(type('0'));
    expect(hb.get(112)).toBe('cs');
    expect(c.pending().filter(type('3'))).toHaveLength(0);
  });

  it('logs out a wrong BeginString after logon', async () => {
    const c = await connect();
    await c.logon();
    c.send('0', [], { begin: 'FIX.4.2' });
    const lo = await c.next(type('5'));
    expect(lo.get(58)).toMatch(/BeginString/);
    await c.waitClosed();
  });

  it('rejects a wrong CompID with SessionRejectReason 9, then logs out', async () => {
    const c = await connect();
    await c.logon();
    c.send('0', [], { target: 'SOMEONE-ELSE' });
    const rej = await c.next(type('3'));
    expect(rej.get(373)).toBe('9');
    await c.next(type('5'));
    await c.waitClosed();
  });

  it('rejects an inaccurate SendingTime with reason 10, then logs out', async () => {
    const c = await connect();
    await c.logon();
    c.send('0', [], { sendingTime: formatUtcTimestamp((Date.now() - 10 * 60_000) * 1000) });
    const rej = await c.next(type('3'));
    expect(rej.get(373)).toBe('10');
    expect((await c.next(type('5'))).get(35)).toBe('5');
  });

  it('rejects a PossDupFlag=Y message without OrigSendingTime (reason 1, tag 122)', async () => {
    const c = await connect();
    await c.logon();
    c.send('0', [], { extra: [[43, 'Y']] });
    const rej = await c.next(type('3'));
    expect(rej.get(373)).toBe('1');
    expect(rej.get(371)).toBe('122');
  });

  const cases: Array<[string, string, Array<[number, string | number]>, string, string]> = [
    ['a missing required tag', 'D', nos('x1').filter(([t]) => t !== 55), '1', '55'],
    ['a tag unknown to the dictionary', 'D', [...nos('x2'), [9999, 'z']], '0', '9999'],
    ['a tag not defined for the message type', 'D', [...nos('x3'), [262, 'md']], '2', '262'],
    [
      'a badly formatted value',
      'D',
      nos('x4').map(([t, v]) => [t, t === 38 ? 'ten' : v] as [number, string | number]),
      '6',
      '38',
    ],
    [
      'a value out of range',
      'D',
      nos('x5').map(([t, v]) => [t, t === 54 ? '7' : v] as [number, string | number]),
      '5',
      '54',
    ],
    [
      'a tag without a value',
      'D',
      nos('x6').map(([t, v]) => [t, t === 44 ? '' : v] as [number, string | number]),
      '4',
      '44',
    ],
    ['a repeated tag', 'D', [...nos('x7'), [55, 'ETH-USD']], '13', '55'],
  ];
  for (const [what, msgType, body, reason, refTag] of cases) {
    it(`rejects ${what} with SessionRejectReason ${reason}`, async () => {
      const c = await connect();
      await c.logon();
      c.send(msgType, body);
      const rej = await c.next(type('3'));
      expect(rej.get(373)).toBe(reason);
      expect(rej.get(371)).toBe(refTag);
      expect(rej.get(45)).toBe('2');
      // The rejected message consumed its number: the next one is processed normally.
      c.send('1', [[112, 'next']]);
      expect((await c.next(type('0'))).get(112)).toBe('next');
    });
  }

  it('rejects an invalid MsgType (reason 11) and answers an unsupported FIX 4.4 type with BusinessMessageReject', async () => {
    const c = await connect();
    await c.logon();
    c.send('ZZ');
    const rej = await c.next(type('3'));
    expect(rej.get(373)).toBe('11');
    c.send('R', [[131, 'q']]);
    const bmr = await c.next(type('j'));
    expect(bmr.get(380)).toBe('3');
    expect(bmr.get(372)).toBe('R');
  });

  it('rejects a NumInGroup count that does not match its instances (reason 16)', async () => {
    const c = await connect();
    await c.logon();
    c.send('V', [
      [262, 'md1'],
      [263, '0'],
      [264, 0],
      [267, 2],
      [269, '0'],
      [146, 1],
      [55, 'BTC-USD'],
    ]);
    const rej = await c.next(type('3'));
    expect(rej.get(373)).toBe('16');
    expect(rej.get(371)).toBe('267');
  });
});

describe('logon sequence recovery', () => {
  it('answers a Logon with MsgSeqNum too high with a Logon, then a ResendRequest', async () => {
    let c = await connect();
    await c.logon();
    c.send('5');
    await c.next(type('5'));
    await c.waitClosed();
    c = await connect();
    const reply = await c.logon({ seq: 9 });
    expect(reply.get(35)).toBe('A');
    const rr = await c.next(type('2'));
    expect([rr.get(7), rr.get(16)]).toEqual(['3', '0']);
  });

  it('logs out a Logon with MsgSeqNum too low', async () => {
    let c = await connect();
    await c.logon();
    c.send('1', [[112, 'x']]);
    await c.next(type('0'));
    c.close();
    await new Promise((r) => setTimeout(r, 100));
    c = await connect();
    const reply = await c.logon({ seq: 2 });
    expect(reply.get(35)).toBe('5');
    expect(reply.get(58)).toMatch(/MsgSeqNum too low, expecting 3 but received 2/);
  });
});

describe('key revocation', () => {
  it('logs out a live session when its API key is revoked', async () => {
    const c = await connect();
    await c.logon();
    await h.venue.submit({ type: 'revokeApiKey', keyId: 'key-a' });
    const lo = await c.next(type('5'));
    expect(lo.get(58)).toMatch(/^API_KEY_REVOKED/);
  });
});
