/**
 * The SendingTime rules of FIX 4.4 for an inbound message after the Logon: a possible duplicate
 * must carry an OrigSendingTime no later than its SendingTime, and a new message must be sent
 * within the tolerance of the venue clock. A failure is rejected; most also end the session.
 */
import { SessionRejectReason as R, Tag } from '../../generated/fix/dictionary.ts';
import { type Field, fieldValue } from './codec.ts';
import { parseUtcTimestamp } from './time.ts';
import type { Rejection } from './validate.ts';

export interface SendingTimeFailure {
  rejection: Rejection;
  /** Logout after the Reject (an accuracy problem), or carry on (a missing field). */
  logout: boolean;
}

export function checkSendingTime(
  fields: readonly Field[],
  nowMs: number,
  toleranceMs: number,
): SendingTimeFailure | null {
  const sendingUs = parseUtcTimestamp(fieldValue(fields, Tag.SendingTime) ?? '');
  if (fieldValue(fields, Tag.PossDupFlag) === 'Y') {
    const orig = fieldValue(fields, Tag.OrigSendingTime);
    if (orig === undefined) {
      return {
        logout: false,
        rejection: {
          reason: Number(R.RequiredTagMissing),
          refTag: Tag.OrigSendingTime,
          text: 'OrigSendingTime(122) is required with PossDupFlag=Y',
        },
      };
    }
    const origUs = parseUtcTimestamp(orig);
    if (origUs !== null && sendingUs !== null && origUs > sendingUs) {
      return {
        logout: true,
        rejection: {
          reason: Number(R.SendingtimeAccuracyProblem),
          refTag: Tag.OrigSendingTime,
          text: 'OrigSendingTime is after SendingTime',
        },
      };
    }
    // A resent message may be old: its SendingTime is not held to the tolerance.
    return null;
  }
  if (sendingUs !== null && Math.abs(sendingUs / 1000 - nowMs) > toleranceMs) {
    return {
      logout: true,
      rejection: {
        reason: Number(R.SendingtimeAccuracyProblem),
        refTag: Tag.SendingTime,
        text: 'SendingTime is too far from the venue clock',
      },
    };
  }
  return null;
}
