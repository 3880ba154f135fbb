/** The session operations: login, subscribe, unsubscribe, ping. */
import type { ClientHandlers } from '../../generated/asyncapi/dispatcher.ts';
import { checkScope } from '../auth/authenticate.ts';
import { formatTimestamp } from '../core/index.ts';
import type { PrivateChannel, PublicChannel } from './connection.ts';
import { charge, type Gateway, type MessageCtx, type OperationName, weightOf } from './context.ts';
import { authProblem, errorReply, notLoggedIn, problem } from './problems.ts';

type SessionHandlers = Pick<ClientHandlers<MessageCtx>, 'login' | 'subscribe' | 'unsubscribe' | 'ping'>;

const PRIVATE = new Set<string>(['orders', 'executions', 'balances']);
const STREAM_OPERATION: Record<PublicChannel | PrivateChannel, OperationName> = {
  book: 'receiveBook',
  trades: 'receiveTrades',
  ticker: 'receiveTicker',
  orders: 'receiveOrders',
  executions: 'receiveExecutions',
  balances: 'receiveBalances',
};

const isPrivate = (channel: string): channel is PrivateChannel => PRIVATE.has(channel);

export function sessionHandlers(gateway: Gateway): SessionHandlers {
  const { venue, authenticator, metrics, logger } = gateway.deps;
  const id = (message: { id?: string | number }) => message.id ?? null;

  /** The named markets, or every listed market; MARKET_NOT_FOUND names the first unknown one. */
  const marketsOf = (named: readonly string[] | undefined) => {
    if (named === undefined) return { markets: gateway.marketData.allMarkets() };
    const unknown = named.find((m) => venue.engine.market(m) === undefined);
    return unknown === undefined
      ? { markets: [...named] }
      : { problem: problem(404, 'MARKET_NOT_FOUND', `No market has the symbol "${unknown}".`) };
  };

  return {
    login(message, ctx) {
      const { connection } = ctx;
      const limited = charge(gateway, connection, weightOf('login'));
      if (limited) return errorReply(message.id, 'login', limited);
      if (connection.session) {
        return errorReply(
          message.id,
          'login',
          problem(
            409,
            'ALREADY_LOGGED_IN',
            'This connection is already logged in; open another one for another key.',
          ),
        );
      }
      const result = authenticator.authenticateWsLogin(
        { keyId: message.key, timestamp: message.timestamp, signature: message.signature, ip: connection.ip },
        gateway.nowMs(),
      );
      if (!result.ok) {
        metrics.authFailures.inc({ gateway: 'ws', code: result.code });
        return errorReply(message.id, 'login', authProblem(result));
      }
      const cancelOnDisconnect = message.cancelOnDisconnect ?? false;
      connection.session = { key: result.key, accountId: result.key.accountId, cancelOnDisconnect };
      gateway.privateStreams.add(connection, result.key.accountId);
      gateway.engage(connection);
      logger.info(
        {
          connection: connection.id,
          keyId: result.key.keyId,
          accountId: result.key.accountId,
          cancelOnDisconnect,
        },
        'ws: logged in',
      );
      return {
        id: id(message),
        op: 'login',
        result: {
          accountId: result.key.accountId,
          keyId: result.key.keyId,
          scopes: [...result.key.scopes],
          cancelOnDisconnect,
          serverTime: formatTimestamp(venue.now()),
        },
      };
    },

    subscribe(message, ctx) {
      const { connection } = ctx;
      const { channel } = message;
      const privateChannel = isPrivate(channel);
      const count = privateChannel ? 1 : (message.markets?.length ?? gateway.marketData.allMarkets().length);
      const limited = charge(
        gateway,
        connection,
        weightOf('subscribe') + weightOf(STREAM_OPERATION[channel]) * count,
      );
      if (limited) return errorReply(message.id, 'subscribe', limited);
      if (privateChannel) {
        const session = connection.session;
        if (!session) return errorReply(message.id, 'subscribe', notLoggedIn(`The ${channel} channel`));
        const failure = checkScope(session.key, 'read');
        if (failure) return errorReply(message.id, 'subscribe', authProblem(failure));
        ctx.afterReply = () => gateway.privateStreams.subscribe(connection, channel);
        gateway.engage(connection);
        return { id: id(message), op: 'subscribe', result: { channel, markets: null } };
      }
      const found = marketsOf(message.markets);
      if (found.problem) return errorReply(message.id, 'subscribe', found.problem);
      const { markets } = found;
      ctx.afterReply = () => gateway.marketData.subscribe(connection, channel, markets);
      gateway.engage(connection);
      // An empty venue has no market to list; the contract's list needs at least one, hence null.
      return {
        id: id(message),
        op: 'subscribe',
        result: { channel, markets: markets.length > 0 ? markets : null },
      };
    },

    unsubscribe(message, ctx) {
      const { connection } = ctx;
      const { channel } = message;
      const limited = charge(gateway, connection, weightOf('unsubscribe'));
      if (limited) return errorReply(message.id, 'unsubscribe', limited);
      if (isPrivate(channel)) {
        gateway.privateStreams.unsubscribe(connection, channel);
        return { id: id(message), op: 'unsubscribe', result: { channel, markets: null } };
      }
      const found = marketsOf(message.markets);
      if (found.problem) return errorReply(message.id, 'unsubscribe', found.problem);
      const { markets } = found;
      // Without `markets`, every market the connection has on the channel ends, listed or not.
      const ending = message.markets === undefined ? [...connection.markets[channel]] : markets;
      gateway.marketData.unsubscribe(connection, channel, ending);
      return {
        id: id(message),
        op: 'unsubscribe',
        result: { channel, markets: markets.length > 0 ? markets : null },
      };
    },

    ping(message, ctx) {
      const limited = charge(gateway, ctx.connection, weightOf('ping'));
      if (limited) return errorReply(message.id, 'ping', limited);
      return { id: id(message), op: 'ping', result: { serverTime: formatTimestamp(venue.now()) } };
    },
  };
}
