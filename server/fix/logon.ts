/**
 * Logon admission: the first message of a connection must be a valid FIX.4.4 Logon to
 * `OPENVENUE`, signed with an API key as API-DESIGN.md specifies, with a sane HeartBtInt.
 * Sequence numbers are the session's business (connection.ts), once the key is known.
 */
import { BEGIN_STRING, MsgType, Tag } from '../../generated/fix/dictionary.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import type { ApiKeyRecord } from '../auth/key-store.ts';
import type { Field } from './codec.ts';
import { VENUE_COMP_ID } from './session.ts';
import { type FixMessage, validateMessage } from './validate.ts';

export type Admission =
  | { ok: true; key: ApiKeyRecord; logon: FixMessage; heartBtInt: number }
  /** `answer` false: close without a word (not FIX 4.4, or not a Logon). */
  | { ok: false; answer: boolean; keyId: string; text: string };

export function admitLogon(
  fields: readonly Field[],
  authenticator: Authenticator,
  ip: string,
  nowMs: number,
): Admission {
  const keyId = fields.find((f) => f.tag === Tag.SenderCompID)?.value ?? '';
  if (fields[0]?.value !== BEGIN_STRING || fields[2]?.value !== MsgType.Logon) {
    return { ok: false, answer: false, keyId, text: 'first message is not a FIX.4.4 Logon' };
  }
  const refuse = (text: string): Admission => ({ ok: false, answer: true, keyId, text });
  const valid = validateMessage(fields);
  if (!valid.ok) return refuse(`invalid Logon: ${valid.rejection.text}`);
  const logon = valid.message;
  if (logon.header.get(Tag.TargetCompID) !== VENUE_COMP_ID)
    return refuse(`TargetCompID must be ${VENUE_COMP_ID}`);
  const auth = authenticator.authenticateFixLogon(
    {
      username: logon.body.get(Tag.Username),
      signature: logon.body.get(Tag.RawData),
      sendingTime: logon.header.get(Tag.SendingTime) ?? '',
      msgSeqNum: logon.header.get(Tag.MsgSeqNum) ?? '',
      senderCompId: keyId,
      targetCompId: VENUE_COMP_ID,
      ip,
    },
    nowMs,
  );
  if (!auth.ok) return refuse(`${auth.code}: ${auth.detail}`);
  const heartBtInt = Number(logon.body.get(Tag.HeartBtInt));
  if (!(heartBtInt >= 1 && heartBtInt <= 3600)) return refuse('HeartBtInt(108) must be 1 to 3600 seconds');
  return { ok: true, key: auth.key, logon, heartBtInt };
}
