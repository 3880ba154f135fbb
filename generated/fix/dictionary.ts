// Generated from spec/fix/FIX44.xml by generators/fix/index.ts — do not edit.

/** The BeginString(8) of every message. */
export const BEGIN_STRING = "FIX.4.4";

/** Field tags by name. */
export const Tag = {
  AvgPx: 6,
  BeginSeqNo: 7,
  BeginString: 8,
  BodyLength: 9,
  CheckSum: 10,
  ClOrdID: 11,
  Commission: 12,
  CommType: 13,
  CumQty: 14,
  EndSeqNo: 16,
  ExecID: 17,
  ExecInst: 18,
  HandlInst: 21,
  LastPx: 31,
  LastQty: 32,
  MsgSeqNum: 34,
  MsgType: 35,
  NewSeqNo: 36,
  OrderID: 37,
  OrderQty: 38,
  OrdStatus: 39,
  OrdType: 40,
  OrigClOrdID: 41,
  PossDupFlag: 43,
  Price: 44,
  RefSeqNum: 45,
  SenderCompID: 49,
  SendingTime: 52,
  Side: 54,
  Symbol: 55,
  TargetCompID: 56,
  Text: 58,
  TimeInForce: 59,
  TransactTime: 60,
  RawDataLength: 95,
  RawData: 96,
  PossResend: 97,
  EncryptMethod: 98,
  CxlRejReason: 102,
  OrdRejReason: 103,
  HeartBtInt: 108,
  TestReqID: 112,
  OrigSendingTime: 122,
  GapFillFlag: 123,
  ExpireTime: 126,
  ResetSeqNumFlag: 141,
  NoRelatedSym: 146,
  ExecType: 150,
  LeavesQty: 151,
  CashOrderQty: 152,
  MDReqID: 262,
  SubscriptionRequestType: 263,
  MarketDepth: 264,
  MDUpdateType: 265,
  NoMDEntryTypes: 267,
  NoMDEntries: 268,
  MDEntryType: 269,
  MDEntryPx: 270,
  MDEntrySize: 271,
  MDUpdateAction: 279,
  MDReqRejReason: 281,
  RefTagID: 371,
  RefMsgType: 372,
  SessionRejectReason: 373,
  BusinessRejectRefID: 379,
  BusinessRejectReason: 380,
  CxlRejResponseTo: 434,
  MassCancelRequestType: 530,
  MassCancelResponse: 531,
  MassCancelRejectReason: 532,
  TotalAffectedOrders: 533,
  Username: 553,
  OrdStatusReqID: 790,
  LastLiquidityInd: 851,
  TradeID: 1003,
  AggressorSide: 5797,
  CancelOnDisconnect: 8013,
  SelfTradePrevention: 8014,
  VenueRejectCode: 8015,
  MDBookSeqNum: 8016,
} as const;
export type TagName = keyof typeof Tag;

/** CommType(13) values. */
export const CommType = {
  Absolute: "3",
} as const;
export type CommType = (typeof CommType)[keyof typeof CommType];

/** ExecInst(18) values. */
export const ExecInst = {
  ParticipateDontInitiate: "6",
} as const;
export type ExecInst = (typeof ExecInst)[keyof typeof ExecInst];

/** HandlInst(21) values. */
export const HandlInst = {
  AutomatedExecutionOrderPrivateNoBrokerIntervention: "1",
} as const;
export type HandlInst = (typeof HandlInst)[keyof typeof HandlInst];

/** MsgType(35) values. */
export const MsgType = {
  Heartbeat: "0",
  TestRequest: "1",
  ResendRequest: "2",
  Reject: "3",
  SequenceReset: "4",
  Logout: "5",
  ExecutionReport: "8",
  OrderCancelReject: "9",
  Logon: "A",
  OrderSingle: "D",
  OrderCancelRequest: "F",
  OrderCancelReplaceRequest: "G",
  OrderStatusRequest: "H",
  MarketDataRequest: "V",
  MarketDataSnapshotFullRefresh: "W",
  MarketDataIncrementalRefresh: "X",
  MarketDataRequestReject: "Y",
  BusinessMessageReject: "j",
  OrderMassCancelRequest: "q",
  OrderMassCancelReport: "r",
} as const;
export type MsgType = (typeof MsgType)[keyof typeof MsgType];

/** OrdStatus(39) values. */
export const OrdStatus = {
  New: "0",
  PartiallyFilled: "1",
  Filled: "2",
  Canceled: "4",
  Rejected: "8",
  Expired: "C",
} as const;
export type OrdStatus = (typeof OrdStatus)[keyof typeof OrdStatus];

/** OrdType(40) values. */
export const OrdType = {
  Market: "1",
  Limit: "2",
} as const;
export type OrdType = (typeof OrdType)[keyof typeof OrdType];

/** PossDupFlag(43) values. */
export const PossDupFlag = {
  No: "N",
  Yes: "Y",
} as const;
export type PossDupFlag = (typeof PossDupFlag)[keyof typeof PossDupFlag];

/** Side(54) values. */
export const Side = {
  Buy: "1",
  Sell: "2",
} as const;
export type Side = (typeof Side)[keyof typeof Side];

/** TimeInForce(59) values. */
export const TimeInForce = {
  GoodTillCancel: "1",
  ImmediateOrCancel: "3",
  FillOrKill: "4",
  GoodTillDate: "6",
} as const;
export type TimeInForce = (typeof TimeInForce)[keyof typeof TimeInForce];

/** PossResend(97) values. */
export const PossResend = {
  No: "N",
  Yes: "Y",
} as const;
export type PossResend = (typeof PossResend)[keyof typeof PossResend];

/** EncryptMethod(98) values. */
export const EncryptMethod = {
  None: "0",
} as const;
export type EncryptMethod = (typeof EncryptMethod)[keyof typeof EncryptMethod];

/** CxlRejReason(102) values. */
export const CxlRejReason = {
  TooLateToCancel: "0",
  UnknownOrder: "1",
  Other: "99",
} as const;
export type CxlRejReason = (typeof CxlRejReason)[keyof typeof CxlRejReason];

/** OrdRejReason(103) values. */
export const OrdRejReason = {
  BrokerOption: "0",
  UnknownSymbol: "1",
  ExchangeClosed: "2",
  OrderExceedsLimit: "3",
  UnknownOrder: "5",
  DuplicateOrder: "6",
  Other: "99",
} as const;
export type OrdRejReason = (typeof OrdRejReason)[keyof typeof OrdRejReason];

/** GapFillFlag(123) values. */
export const GapFillFlag = {
  No: "N",
  Yes: "Y",
} as const;
export type GapFillFlag = (typeof GapFillFlag)[keyof typeof GapFillFlag];

/** ResetSeqNumFlag(141) values. */
export const ResetSeqNumFlag = {
  No: "N",
  Yes: "Y",
} as const;
export type ResetSeqNumFlag = (typeof ResetSeqNumFlag)[keyof typeof ResetSeqNumFlag];

/** ExecType(150) values. */
export const ExecType = {
  New: "0",
  Canceled: "4",
  Replaced: "5",
  Rejected: "8",
  Expired: "C",
  Trade: "F",
  OrderStatus: "I",
} as const;
export type ExecType = (typeof ExecType)[keyof typeof ExecType];

/** SubscriptionRequestType(263) values. */
export const SubscriptionRequestType = {
  Snapshot: "0",
  SnapshotPlusUpdates: "1",
  DisablePreviousSnapshotPlusUpdateRequest: "2",
} as const;
export type SubscriptionRequestType = (typeof SubscriptionRequestType)[keyof typeof SubscriptionRequestType];

/** MDUpdateType(265) values. */
export const MDUpdateType = {
  IncrementalRefresh: "1",
} as const;
export type MDUpdateType = (typeof MDUpdateType)[keyof typeof MDUpdateType];

/** MDEntryType(269) values. */
export const MDEntryType = {
  Bid: "0",
  Offer: "1",
  Trade: "2",
} as const;
export type MDEntryType = (typeof MDEntryType)[keyof typeof MDEntryType];

/** MDUpdateAction(279) values. */
export const MDUpdateAction = {
  New: "0",
  Change: "1",
  Delete: "2",
} as const;
export type MDUpdateAction = (typeof MDUpdateAction)[keyof typeof MDUpdateAction];

/** MDReqRejReason(281) values. */
export const MDReqRejReason = {
  UnknownSymbol: "0",
  DuplicateMdreqid: "1",
  UnsupportedSubscriptionrequesttype: "4",
  UnsupportedMarketdepth: "5",
  UnsupportedMdupdatetype: "6",
  UnsupportedMdentrytype: "8",
} as const;
export type MDReqRejReason = (typeof MDReqRejReason)[keyof typeof MDReqRejReason];

/** SessionRejectReason(373) values. */
export const SessionRejectReason = {
  InvalidTagNumber: "0",
  RequiredTagMissing: "1",
  TagNotDefinedForThisMessageType: "2",
  UndefinedTag: "3",
  TagSpecifiedWithoutAValue: "4",
  ValueIsIncorrect: "5",
  IncorrectDataFormatForValue: "6",
  CompidProblem: "9",
  SendingtimeAccuracyProblem: "10",
  InvalidMsgtype: "11",
  TagAppearsMoreThanOnce: "13",
  TagSpecifiedOutOfRequiredOrder: "14",
  RepeatingGroupFieldsOutOfOrder: "15",
  IncorrectNumingroupCountForRepeatingGroup: "16",
  Other: "99",
} as const;
export type SessionRejectReason = (typeof SessionRejectReason)[keyof typeof SessionRejectReason];

/** BusinessRejectReason(380) values. */
export const BusinessRejectReason = {
  Other: "0",
  UnknownId: "1",
  UnsupportedMessageType: "3",
  ApplicationNotAvailable: "4",
  ConditionallyRequiredFieldMissing: "5",
  NotAuthorized: "6",
} as const;
export type BusinessRejectReason = (typeof BusinessRejectReason)[keyof typeof BusinessRejectReason];

/** CxlRejResponseTo(434) values. */
export const CxlRejResponseTo = {
  OrderCancelRequest: "1",
  OrderCancelReplaceRequest: "2",
} as const;
export type CxlRejResponseTo = (typeof CxlRejResponseTo)[keyof typeof CxlRejResponseTo];

/** MassCancelRequestType(530) values. */
export const MassCancelRequestType = {
  CancelOrdersForASecurity: "1",
  CancelAllOrders: "7",
} as const;
export type MassCancelRequestType = (typeof MassCancelRequestType)[keyof typeof MassCancelRequestType];

/** MassCancelResponse(531) values. */
export const MassCancelResponse = {
  CancelRequestRejected: "0",
  CancelOrdersForASecurity: "1",
  CancelAllOrders: "7",
} as const;
export type MassCancelResponse = (typeof MassCancelResponse)[keyof typeof MassCancelResponse];

/** MassCancelRejectReason(532) values. */
export const MassCancelRejectReason = {
  InvalidOrUnknownSecurity: "1",
  Other: "99",
} as const;
export type MassCancelRejectReason = (typeof MassCancelRejectReason)[keyof typeof MassCancelRejectReason];

/** LastLiquidityInd(851) values. */
export const LastLiquidityInd = {
  AddedLiquidity: "1",
  RemovedLiquidity: "2",
} as const;
export type LastLiquidityInd = (typeof LastLiquidityInd)[keyof typeof LastLiquidityInd];

/** AggressorSide(5797) values. */
export const AggressorSide = {
  Buy: "1",
  Sell: "2",
} as const;
export type AggressorSide = (typeof AggressorSide)[keyof typeof AggressorSide];

/** CancelOnDisconnect(8013) values. */
export const CancelOnDisconnect = {
  No: "N",
  Yes: "Y",
} as const;
export type CancelOnDisconnect = (typeof CancelOnDisconnect)[keyof typeof CancelOnDisconnect];

/** SelfTradePrevention(8014) values. */
export const SelfTradePrevention = {
  CancelTaker: "T",
  CancelMaker: "M",
  CancelBoth: "B",
} as const;
export type SelfTradePrevention = (typeof SelfTradePrevention)[keyof typeof SelfTradePrevention];

/** A field definition: its tag, name, FIX data type and allowed values (empty = any). */
export interface FieldDef {
  readonly tag: number;
  readonly name: string;
  readonly type: string;
  readonly values: readonly string[];
}

/** A member of a message, header, trailer or group, in dictionary order. */
export interface MemberDef {
  readonly tag: number;
  readonly required: boolean;
  /** Set on a NumInGroup field: the members of each instance, the first being the delimiter. */
  readonly group?: { readonly members: readonly MemberDef[] };
}

export interface MessageDef {
  readonly name: string;
  readonly msgType: string;
  readonly category: 'admin' | 'app';
  readonly members: readonly MemberDef[];
}

/** Every field the venue knows, by tag. */
export const FIELDS: Readonly<Record<number, FieldDef>> = {
  6: { tag: 6, name: "AvgPx", type: "PRICE", values: [] },
  7: { tag: 7, name: "BeginSeqNo", type: "SEQNUM", values: [] },
  8: { tag: 8, name: "BeginString", type: "STRING", values: [] },
  9: { tag: 9, name: "BodyLength", type: "LENGTH", values: [] },
  10: { tag: 10, name: "CheckSum", type: "STRING", values: [] },
  11: { tag: 11, name: "ClOrdID", type: "STRING", values: [] },
  12: { tag: 12, name: "Commission", type: "AMT", values: [] },
  13: { tag: 13, name: "CommType", type: "CHAR", values: ["3"] },
  14: { tag: 14, name: "CumQty", type: "QTY", values: [] },
  16: { tag: 16, name: "EndSeqNo", type: "SEQNUM", values: [] },
  17: { tag: 17, name: "ExecID", type: "STRING", values: [] },
  18: { tag: 18, name: "ExecInst", type: "MULTIPLEVALUESTRING", values: ["6"] },
  21: { tag: 21, name: "HandlInst", type: "CHAR", values: ["1"] },
  31: { tag: 31, name: "LastPx", type: "PRICE", values: [] },
  32: { tag: 32, name: "LastQty", type: "QTY", values: [] },
  34: { tag: 34, name: "MsgSeqNum", type: "SEQNUM", values: [] },
  35: { tag: 35, name: "MsgType", type: "STRING", values: ["0", "1", "2", "3", "4", "5", "8", "9", "A", "D", "F", "G", "H", "V", "W", "X", "Y", "j", "q", "r"] },
  36: { tag: 36, name: "NewSeqNo", type: "SEQNUM", values: [] },
  37: { tag: 37, name: "OrderID", type: "STRING", values: [] },
  38: { tag: 38, name: "OrderQty", type: "QTY", values: [] },
  39: { tag: 39, name: "OrdStatus", type: "CHAR", values: ["0", "1", "2", "4", "8", "C"] },
  40: { tag: 40, name: "OrdType", type: "CHAR", values: ["1", "2"] },
  41: { tag: 41, name: "OrigClOrdID", type: "STRING", values: [] },
  43: { tag: 43, name: "PossDupFlag", type: "BOOLEAN", values: ["N", "Y"] },
  44: { tag: 44, name: "Price", type: "PRICE", values: [] },
  45: { tag: 45, name: "RefSeqNum", type: "SEQNUM", values: [] },
  49: { tag: 49, name: "SenderCompID", type: "STRING", values: [] },
  52: { tag: 52, name: "SendingTime", type: "UTCTIMESTAMP", values: [] },
  54: { tag: 54, name: "Side", type: "CHAR", values: ["1", "2"] },
  55: { tag: 55, name: "Symbol", type: "STRING", values: [] },
  56: { tag: 56, name: "TargetCompID", type: "STRING", values: [] },
  58: { tag: 58, name: "Text", type: "STRING", values: [] },
  59: { tag: 59, name: "TimeInForce", type: "CHAR", values: ["1", "3", "4", "6"] },
  60: { tag: 60, name: "TransactTime", type: "UTCTIMESTAMP", values: [] },
  95: { tag: 95, name: "RawDataLength", type: "LENGTH", values: [] },
  96: { tag: 96, name: "RawData", type: "DATA", values: [] },
  97: { tag: 97, name: "PossResend", type: "BOOLEAN", values: ["N", "Y"] },
  98: { tag: 98, name: "EncryptMethod", type: "INT", values: ["0"] },
  102: { tag: 102, name: "CxlRejReason", type: "INT", values: ["0", "1", "99"] },
  103: { tag: 103, name: "OrdRejReason", type: "INT", values: ["0", "1", "2", "3", "5", "6", "99"] },
  108: { tag: 108, name: "HeartBtInt", type: "INT", values: [] },
  112: { tag: 112, name: "TestReqID", type: "STRING", values: [] },
  122: { tag: 122, name: "OrigSendingTime", type: "UTCTIMESTAMP", values: [] },
  123: { tag: 123, name: "GapFillFlag", type: "BOOLEAN", values: ["N", "Y"] },
  126: { tag: 126, name: "ExpireTime", type: "UTCTIMESTAMP", values: [] },
  141: { tag: 141, name: "ResetSeqNumFlag", type: "BOOLEAN", values: ["N", "Y"] },
  146: { tag: 146, name: "NoRelatedSym", type: "NUMINGROUP", values: [] },
  150: { tag: 150, name: "ExecType", type: "CHAR", values: ["0", "4", "5", "8", "C", "F", "I"] },
  151: { tag: 151, name: "LeavesQty", type: "QTY", values: [] },
  152: { tag: 152, name: "CashOrderQty", type: "QTY", values: [] },
  262: { tag: 262, name: "MDReqID", type: "STRING", values: [] },
  263: { tag: 263, name: "SubscriptionRequestType", type: "CHAR", values: ["0", "1", "2"] },
  264: { tag: 264, name: "MarketDepth", type: "INT", values: [] },
  265: { tag: 265, name: "MDUpdateType", type: "INT", values: ["1"] },
  267: { tag: 267, name: "NoMDEntryTypes", type: "NUMINGROUP", values: [] },
  268: { tag: 268, name: "NoMDEntries", type: "NUMINGROUP", values: [] },
  269: { tag: 269, name: "MDEntryType", type: "CHAR", values: ["0", "1", "2"] },
  270: { tag: 270, name: "MDEntryPx", type: "PRICE", values: [] },
  271: { tag: 271, name: "MDEntrySize", type: "QTY", values: [] },
  279: { tag: 279, name: "MDUpdateAction", type: "CHAR", values: ["0", "1", "2"] },
  281: { tag: 281, name: "MDReqRejReason", type: "CHAR", values: ["0", "1", "4", "5", "6", "8"] },
  371: { tag: 371, name: "RefTagID", type: "INT", values: [] },
  372: { tag: 372, name: "RefMsgType", type: "STRING", values: [] },
  373: { tag: 373, name: "SessionRejectReason", type: "INT", values: ["0", "1", "2", "3", "4", "5", "6", "9", "10", "11", "13", "14", "15", "16", "99"] },
  379: { tag: 379, name: "BusinessRejectRefID", type: "STRING", values: [] },
  380: { tag: 380, name: "BusinessRejectReason", type: "INT", values: ["0", "1", "3", "4", "5", "6"] },
  434: { tag: 434, name: "CxlRejResponseTo", type: "CHAR", values: ["1", "2"] },
  530: { tag: 530, name: "MassCancelRequestType", type: "CHAR", values: ["1", "7"] },
  531: { tag: 531, name: "MassCancelResponse", type: "CHAR", values: ["0", "1", "7"] },
  532: { tag: 532, name: "MassCancelRejectReason", type: "CHAR", values: ["1", "99"] },
  533: { tag: 533, name: "TotalAffectedOrders", type: "INT", values: [] },
  553: { tag: 553, name: "Username", type: "STRING", values: [] },
  790: { tag: 790, name: "OrdStatusReqID", type: "STRING", values: [] },
  851: { tag: 851, name: "LastLiquidityInd", type: "INT", values: ["1", "2"] },
  1003: { tag: 1003, name: "TradeID", type: "STRING", values: [] },
  5797: { tag: 5797, name: "AggressorSide", type: "CHAR", values: ["1", "2"] },
  8013: { tag: 8013, name: "CancelOnDisconnect", type: "BOOLEAN", values: ["N", "Y"] },
  8014: { tag: 8014, name: "SelfTradePrevention", type: "CHAR", values: ["T", "M", "B"] },
  8015: { tag: 8015, name: "VenueRejectCode", type: "STRING", values: [] },
  8016: { tag: 8016, name: "MDBookSeqNum", type: "SEQNUM", values: [] },
};

export const HEADER: readonly MemberDef[] = [
  { tag: 8, required: true }, // BeginString
  { tag: 9, required: true }, // BodyLength
  { tag: 35, required: true }, // MsgType
  { tag: 49, required: true }, // SenderCompID
  { tag: 56, required: true }, // TargetCompID
  { tag: 34, required: true }, // MsgSeqNum
  { tag: 43, required: false }, // PossDupFlag
  { tag: 97, required: false }, // PossResend
  { tag: 52, required: true }, // SendingTime
  { tag: 122, required: false }, // OrigSendingTime
];

export const TRAILER: readonly MemberDef[] = [
  { tag: 10, required: true }, // CheckSum
];

/** Every message the venue accepts or sends, by MsgType(35). */
export const MESSAGES: Readonly<Record<string, MessageDef>> = {
  "0": {
    name: "Heartbeat",
    msgType: "0",
    category: "admin",
    members: [
      { tag: 112, required: false }, // TestReqID
    ],
  },
  "1": {
    name: "TestRequest",
    msgType: "1",
    category: "admin",
    members: [
      { tag: 112, required: true }, // TestReqID
    ],
  },
  "2": {
    name: "ResendRequest",
    msgType: "2",
    category: "admin",
    members: [
      { tag: 7, required: true }, // BeginSeqNo
      { tag: 16, required: true }, // EndSeqNo
    ],
  },
  "3": {
    name: "Reject",
    msgType: "3",
    category: "admin",
    members: [
      { tag: 45, required: true }, // RefSeqNum
      { tag: 371, required: false }, // RefTagID
      { tag: 372, required: false }, // RefMsgType
      { tag: 373, required: false }, // SessionRejectReason
      { tag: 58, required: false }, // Text
    ],
  },
  "4": {
    name: "SequenceReset",
    msgType: "4",
    category: "admin",
    members: [
      { tag: 123, required: false }, // GapFillFlag
      { tag: 36, required: true }, // NewSeqNo
    ],
  },
  "5": {
    name: "Logout",
    msgType: "5",
    category: "admin",
    members: [
      { tag: 58, required: false }, // Text
    ],
  },
  A: {
    name: "Logon",
    msgType: "A",
    category: "admin",
    members: [
      { tag: 98, required: true }, // EncryptMethod
      { tag: 108, required: true }, // HeartBtInt
      { tag: 95, required: false }, // RawDataLength
      { tag: 96, required: false }, // RawData
      { tag: 141, required: false }, // ResetSeqNumFlag
      { tag: 553, required: false }, // Username
      { tag: 8013, required: false }, // CancelOnDisconnect
    ],
  },
  "8": {
    name: "ExecutionReport",
    msgType: "8",
    category: "app",
    members: [
      { tag: 37, required: true }, // OrderID
      { tag: 11, required: false }, // ClOrdID
      { tag: 41, required: false }, // OrigClOrdID
      { tag: 790, required: false }, // OrdStatusReqID
      { tag: 17, required: true }, // ExecID
      { tag: 150, required: true }, // ExecType
      { tag: 39, required: true }, // OrdStatus
      { tag: 103, required: false }, // OrdRejReason
      { tag: 55, required: true }, // Symbol
      { tag: 54, required: true }, // Side
      { tag: 40, required: false }, // OrdType
      { tag: 44, required: false }, // Price
      { tag: 38, required: false }, // OrderQty
      { tag: 152, required: false }, // CashOrderQty
      { tag: 59, required: false }, // TimeInForce
      { tag: 126, required: false }, // ExpireTime
      { tag: 18, required: false }, // ExecInst
      { tag: 31, required: false }, // LastPx
      { tag: 32, required: false }, // LastQty
      { tag: 1003, required: false }, // TradeID
      { tag: 851, required: false }, // LastLiquidityInd
      { tag: 12, required: false }, // Commission
      { tag: 13, required: false }, // CommType
      { tag: 151, required: true }, // LeavesQty
      { tag: 14, required: true }, // CumQty
      { tag: 6, required: true }, // AvgPx
      { tag: 60, required: false }, // TransactTime
      { tag: 58, required: false }, // Text
      { tag: 8015, required: false }, // VenueRejectCode
    ],
  },
  "9": {
    name: "OrderCancelReject",
    msgType: "9",
    category: "app",
    members: [
      { tag: 37, required: true }, // OrderID
      { tag: 11, required: true }, // ClOrdID
      { tag: 41, required: true }, // OrigClOrdID
      { tag: 39, required: true }, // OrdStatus
      { tag: 434, required: true }, // CxlRejResponseTo
      { tag: 102, required: false }, // CxlRejReason
      { tag: 58, required: false }, // Text
      { tag: 8015, required: false }, // VenueRejectCode
    ],
  },
  D: {
    name: "NewOrderSingle",
    msgType: "D",
    category: "app",
    members: [
      { tag: 11, required: true }, // ClOrdID
      { tag: 21, required: false }, // HandlInst
      { tag: 18, required: false }, // ExecInst
      { tag: 55, required: true }, // Symbol
      { tag: 54, required: true }, // Side
      { tag: 60, required: true }, // TransactTime
      { tag: 38, required: false }, // OrderQty
      { tag: 152, required: false }, // CashOrderQty
      { tag: 40, required: true }, // OrdType
      { tag: 44, required: false }, // Price
      { tag: 59, required: false }, // TimeInForce
      { tag: 126, required: false }, // ExpireTime
      { tag: 8014, required: false }, // SelfTradePrevention
    ],
  },
  F: {
    name: "OrderCancelRequest",
    msgType: "F",
    category: "app",
    members: [
      { tag: 41, required: true }, // OrigClOrdID
      { tag: 37, required: false }, // OrderID
      { tag: 11, required: true }, // ClOrdID
      { tag: 55, required: true }, // Symbol
      { tag: 54, required: true }, // Side
      { tag: 60, required: true }, // TransactTime
      { tag: 38, required: false }, // OrderQty
    ],
  },
  G: {
    name: "OrderCancelReplaceRequest",
    msgType: "G",
    category: "app",
    members: [
      { tag: 37, required: false }, // OrderID
      { tag: 41, required: true }, // OrigClOrdID
      { tag: 11, required: true }, // ClOrdID
      { tag: 21, required: false }, // HandlInst
      { tag: 55, required: true }, // Symbol
      { tag: 54, required: true }, // Side
      { tag: 60, required: true }, // TransactTime
      { tag: 38, required: false }, // OrderQty
      { tag: 40, required: true }, // OrdType
      { tag: 44, required: false }, // Price
    ],
  },
  H: {
    name: "OrderStatusRequest",
    msgType: "H",
    category: "app",
    members: [
      { tag: 37, required: false }, // OrderID
      { tag: 11, required: true }, // ClOrdID
      { tag: 790, required: false }, // OrdStatusReqID
      { tag: 55, required: true }, // Symbol
      { tag: 54, required: true }, // Side
    ],
  },
  V: {
    name: "MarketDataRequest",
    msgType: "V",
    category: "app",
    members: [
      { tag: 262, required: true }, // MDReqID
      { tag: 263, required: true }, // SubscriptionRequestType
      { tag: 264, required: true }, // MarketDepth
      { tag: 265, required: false }, // MDUpdateType
      { tag: 267, required: true, group: { members: [
        { tag: 269, required: true }, // MDEntryType
      ] } }, // NoMDEntryTypes
      { tag: 146, required: true, group: { members: [
        { tag: 55, required: true }, // Symbol
      ] } }, // NoRelatedSym
    ],
  },
  W: {
    name: "MarketDataSnapshotFullRefresh",
    msgType: "W",
    category: "app",
    members: [
      { tag: 262, required: false }, // MDReqID
      { tag: 55, required: true }, // Symbol
      { tag: 8016, required: false }, // MDBookSeqNum
      { tag: 268, required: true, group: { members: [
        { tag: 269, required: true }, // MDEntryType
        { tag: 270, required: false }, // MDEntryPx
        { tag: 271, required: false }, // MDEntrySize
        { tag: 1003, required: false }, // TradeID
      ] } }, // NoMDEntries
    ],
  },
  X: {
    name: "MarketDataIncrementalRefresh",
    msgType: "X",
    category: "app",
    members: [
      { tag: 262, required: false }, // MDReqID
      { tag: 8016, required: false }, // MDBookSeqNum
      { tag: 268, required: true, group: { members: [
        { tag: 279, required: true }, // MDUpdateAction
        { tag: 269, required: false }, // MDEntryType
        { tag: 55, required: false }, // Symbol
        { tag: 270, required: false }, // MDEntryPx
        { tag: 271, required: false }, // MDEntrySize
        { tag: 1003, required: false }, // TradeID
        { tag: 5797, required: false }, // AggressorSide
      ] } }, // NoMDEntries
    ],
  },
  Y: {
    name: "MarketDataRequestReject",
    msgType: "Y",
    category: "app",
    members: [
      { tag: 262, required: true }, // MDReqID
      { tag: 281, required: false }, // MDReqRejReason
      { tag: 58, required: false }, // Text
    ],
  },
  j: {
    name: "BusinessMessageReject",
    msgType: "j",
    category: "app",
    members: [
      { tag: 45, required: false }, // RefSeqNum
      { tag: 372, required: true }, // RefMsgType
      { tag: 379, required: false }, // BusinessRejectRefID
      { tag: 380, required: true }, // BusinessRejectReason
      { tag: 58, required: false }, // Text
    ],
  },
  q: {
    name: "OrderMassCancelRequest",
    msgType: "q",
    category: "app",
    members: [
      { tag: 11, required: true }, // ClOrdID
      { tag: 530, required: true }, // MassCancelRequestType
      { tag: 55, required: false }, // Symbol
      { tag: 60, required: true }, // TransactTime
    ],
  },
  r: {
    name: "OrderMassCancelReport",
    msgType: "r",
    category: "app",
    members: [
      { tag: 11, required: false }, // ClOrdID
      { tag: 37, required: true }, // OrderID
      { tag: 530, required: true }, // MassCancelRequestType
      { tag: 531, required: true }, // MassCancelResponse
      { tag: 532, required: false }, // MassCancelRejectReason
      { tag: 533, required: false }, // TotalAffectedOrders
      { tag: 55, required: false }, // Symbol
      { tag: 58, required: false }, // Text
    ],
  },
};

/** Heartbeat (35=0), admin message. */
export interface Heartbeat {
  /** Tag 112 (STRING). */
  TestReqID?: string;
}

/** TestRequest (35=1), admin message. */
export interface TestRequest {
  /** Tag 112 (STRING). */
  TestReqID: string;
}

/** ResendRequest (35=2), admin message. */
export interface ResendRequest {
  /** Tag 7 (SEQNUM). */
  BeginSeqNo: number;
  /** Tag 16 (SEQNUM). */
  EndSeqNo: number;
}

/** Reject (35=3), admin message. */
export interface Reject {
  /** Tag 45 (SEQNUM). */
  RefSeqNum: number;
  /** Tag 371 (INT). */
  RefTagID?: number;
  /** Tag 372 (STRING). */
  RefMsgType?: string;
  /** Tag 373 (INT). */
  SessionRejectReason?: SessionRejectReason;
  /** Tag 58 (STRING). */
  Text?: string;
}

/** SequenceReset (35=4), admin message. */
export interface SequenceReset {
  /** Tag 123 (BOOLEAN). */
  GapFillFlag?: boolean;
  /** Tag 36 (SEQNUM). */
  NewSeqNo: number;
}

/** Logout (35=5), admin message. */
export interface Logout {
  /** Tag 58 (STRING). */
  Text?: string;
}

/** Logon (35=A), admin message. */
export interface Logon {
  /** Tag 98 (INT). */
  EncryptMethod: EncryptMethod;
  /** Tag 108 (INT). */
  HeartBtInt: number;
  /** Tag 95 (LENGTH). */
  RawDataLength?: number;
  /** Tag 96 (DATA). */
  RawData?: string;
  /** Tag 141 (BOOLEAN). */
  ResetSeqNumFlag?: boolean;
  /** Tag 553 (STRING). */
  Username?: string;
  /** Tag 8013 (BOOLEAN). */
  CancelOnDisconnect?: boolean;
}

/** ExecutionReport (35=8), app message. */
export interface ExecutionReport {
  /** Tag 37 (STRING). */
  OrderID: string;
  /** Tag 11 (STRING). */
  ClOrdID?: string;
  /** Tag 41 (STRING). */
  OrigClOrdID?: string;
  /** Tag 790 (STRING). */
  OrdStatusReqID?: string;
  /** Tag 17 (STRING). */
  ExecID: string;
  /** Tag 150 (CHAR). */
  ExecType: ExecType;
  /** Tag 39 (CHAR). */
  OrdStatus: OrdStatus;
  /** Tag 103 (INT). */
  OrdRejReason?: OrdRejReason;
  /** Tag 55 (STRING). */
  Symbol: string;
  /** Tag 54 (CHAR). */
  Side: Side;
  /** Tag 40 (CHAR). */
  OrdType?: OrdType;
  /** Tag 44 (PRICE). */
  Price?: string;
  /** Tag 38 (QTY). */
  OrderQty?: string;
  /** Tag 152 (QTY). */
  CashOrderQty?: string;
  /** Tag 59 (CHAR). */
  TimeInForce?: TimeInForce;
  /** Tag 126 (UTCTIMESTAMP). */
  ExpireTime?: string;
  /** Tag 18 (MULTIPLEVALUESTRING). */
  ExecInst?: string;
  /** Tag 31 (PRICE). */
  LastPx?: string;
  /** Tag 32 (QTY). */
  LastQty?: string;
  /** Tag 1003 (STRING). */
  TradeID?: string;
  /** Tag 851 (INT). */
  LastLiquidityInd?: LastLiquidityInd;
  /** Tag 12 (AMT). */
  Commission?: string;
  /** Tag 13 (CHAR). */
  CommType?: CommType;
  /** Tag 151 (QTY). */
  LeavesQty: string;
  /** Tag 14 (QTY). */
  CumQty: string;
  /** Tag 6 (PRICE). */
  AvgPx: string;
  /** Tag 60 (UTCTIMESTAMP). */
  TransactTime?: string;
  /** Tag 58 (STRING). */
  Text?: string;
  /** Tag 8015 (STRING). */
  VenueRejectCode?: string;
}

/** OrderCancelReject (35=9), app message. */
export interface OrderCancelReject {
  /** Tag 37 (STRING). */
  OrderID: string;
  /** Tag 11 (STRING). */
  ClOrdID: string;
  /** Tag 41 (STRING). */
  OrigClOrdID: string;
  /** Tag 39 (CHAR). */
  OrdStatus: OrdStatus;
  /** Tag 434 (CHAR). */
  CxlRejResponseTo: CxlRejResponseTo;
  /** Tag 102 (INT). */
  CxlRejReason?: CxlRejReason;
  /** Tag 58 (STRING). */
  Text?: string;
  /** Tag 8015 (STRING). */
  VenueRejectCode?: string;
}

/** NewOrderSingle (35=D), app message. */
export interface NewOrderSingle {
  /** Tag 11 (STRING). */
  ClOrdID: string;
  /** Tag 21 (CHAR). */
  HandlInst?: HandlInst;
  /** Tag 18 (MULTIPLEVALUESTRING). */
  ExecInst?: string;
  /** Tag 55 (STRING). */
  Symbol: string;
  /** Tag 54 (CHAR). */
  Side: Side;
  /** Tag 60 (UTCTIMESTAMP). */
  TransactTime: string;
  /** Tag 38 (QTY). */
  OrderQty?: string;
  /** Tag 152 (QTY). */
  CashOrderQty?: string;
  /** Tag 40 (CHAR). */
  OrdType: OrdType;
  /** Tag 44 (PRICE). */
  Price?: string;
  /** Tag 59 (CHAR). */
  TimeInForce?: TimeInForce;
  /** Tag 126 (UTCTIMESTAMP). */
  ExpireTime?: string;
  /** Tag 8014 (CHAR). */
  SelfTradePrevention?: SelfTradePrevention;
}

/** OrderCancelRequest (35=F), app message. */
export interface OrderCancelRequest {
  /** Tag 41 (STRING). */
  OrigClOrdID: string;
  /** Tag 37 (STRING). */
  OrderID?: string;
  /** Tag 11 (STRING). */
  ClOrdID: string;
  /** Tag 55 (STRING). */
  Symbol: string;
  /** Tag 54 (CHAR). */
  Side: Side;
  /** Tag 60 (UTCTIMESTAMP). */
  TransactTime: string;
  /** Tag 38 (QTY). */
  OrderQty?: string;
}

/** OrderCancelReplaceRequest (35=G), app message. */
export interface OrderCancelReplaceRequest {
  /** Tag 37 (STRING). */
  OrderID?: string;
  /** Tag 41 (STRING). */
  OrigClOrdID: string;
  /** Tag 11 (STRING). */
  ClOrdID: string;
  /** Tag 21 (CHAR). */
  HandlInst?: HandlInst;
  /** Tag 55 (STRING). */
  Symbol: string;
  /** Tag 54 (CHAR). */
  Side: Side;
  /** Tag 60 (UTCTIMESTAMP). */
  TransactTime: string;
  /** Tag 38 (QTY). */
  OrderQty?: string;
  /** Tag 40 (CHAR). */
  OrdType: OrdType;
  /** Tag 44 (PRICE). */
  Price?: string;
}

/** OrderStatusRequest (35=H), app message. */
export interface OrderStatusRequest {
  /** Tag 37 (STRING). */
  OrderID?: string;
  /** Tag 11 (STRING). */
  ClOrdID: string;
  /** Tag 790 (STRING). */
  OrdStatusReqID?: string;
  /** Tag 55 (STRING). */
  Symbol: string;
  /** Tag 54 (CHAR). */
  Side: Side;
}

/** MarketDataRequest (35=V), app message. */
export interface MarketDataRequest {
  /** Tag 262 (STRING). */
  MDReqID: string;
  /** Tag 263 (CHAR). */
  SubscriptionRequestType: SubscriptionRequestType;
  /** Tag 264 (INT). */
  MarketDepth: number;
  /** Tag 265 (INT). */
  MDUpdateType?: MDUpdateType;
  NoMDEntryTypes: Array<{
    /** Tag 269 (CHAR). */
    MDEntryType: MDEntryType;
  }>;
  NoRelatedSym: Array<{
    /** Tag 55 (STRING). */
    Symbol: string;
  }>;
}

/** MarketDataSnapshotFullRefresh (35=W), app message. */
export interface MarketDataSnapshotFullRefresh {
  /** Tag 262 (STRING). */
  MDReqID?: string;
  /** Tag 55 (STRING). */
  Symbol: string;
  /** Tag 8016 (SEQNUM). */
  MDBookSeqNum?: number;
  NoMDEntries: Array<{
    /** Tag 269 (CHAR). */
    MDEntryType: MDEntryType;
    /** Tag 270 (PRICE). */
    MDEntryPx?: string;
    /** Tag 271 (QTY). */
    MDEntrySize?: string;
    /** Tag 1003 (STRING). */
    TradeID?: string;
  }>;
}

/** MarketDataIncrementalRefresh (35=X), app message. */
export interface MarketDataIncrementalRefresh {
  /** Tag 262 (STRING). */
  MDReqID?: string;
  /** Tag 8016 (SEQNUM). */
  MDBookSeqNum?: number;
  NoMDEntries: Array<{
    /** Tag 279 (CHAR). */
    MDUpdateAction: MDUpdateAction;
    /** Tag 269 (CHAR). */
    MDEntryType?: MDEntryType;
    /** Tag 55 (STRING). */
    Symbol?: string;
    /** Tag 270 (PRICE). */
    MDEntryPx?: string;
    /** Tag 271 (QTY). */
    MDEntrySize?: string;
    /** Tag 1003 (STRING). */
    TradeID?: string;
    /** Tag 5797 (CHAR). */
    AggressorSide?: AggressorSide;
  }>;
}

/** MarketDataRequestReject (35=Y), app message. */
export interface MarketDataRequestReject {
  /** Tag 262 (STRING). */
  MDReqID: string;
  /** Tag 281 (CHAR). */
  MDReqRejReason?: MDReqRejReason;
  /** Tag 58 (STRING). */
  Text?: string;
}

/** BusinessMessageReject (35=j), app message. */
export interface BusinessMessageReject {
  /** Tag 45 (SEQNUM). */
  RefSeqNum?: number;
  /** Tag 372 (STRING). */
  RefMsgType: string;
  /** Tag 379 (STRING). */
  BusinessRejectRefID?: string;
  /** Tag 380 (INT). */
  BusinessRejectReason: BusinessRejectReason;
  /** Tag 58 (STRING). */
  Text?: string;
}

/** OrderMassCancelRequest (35=q), app message. */
export interface OrderMassCancelRequest {
  /** Tag 11 (STRING). */
  ClOrdID: string;
  /** Tag 530 (CHAR). */
  MassCancelRequestType: MassCancelRequestType;
  /** Tag 55 (STRING). */
  Symbol?: string;
  /** Tag 60 (UTCTIMESTAMP). */
  TransactTime: string;
}

/** OrderMassCancelReport (35=r), app message. */
export interface OrderMassCancelReport {
  /** Tag 11 (STRING). */
  ClOrdID?: string;
  /** Tag 37 (STRING). */
  OrderID: string;
  /** Tag 530 (CHAR). */
  MassCancelRequestType: MassCancelRequestType;
  /** Tag 531 (CHAR). */
  MassCancelResponse: MassCancelResponse;
  /** Tag 532 (CHAR). */
  MassCancelRejectReason?: MassCancelRejectReason;
  /** Tag 533 (INT). */
  TotalAffectedOrders?: number;
  /** Tag 55 (STRING). */
  Symbol?: string;
  /** Tag 58 (STRING). */
  Text?: string;
}

/** Message bodies by MsgType(35). */
export interface MessageBodies {
  "0": Heartbeat;
  "1": TestRequest;
  "2": ResendRequest;
  "3": Reject;
  "4": SequenceReset;
  "5": Logout;
  A: Logon;
  "8": ExecutionReport;
  "9": OrderCancelReject;
  D: NewOrderSingle;
  F: OrderCancelRequest;
  G: OrderCancelReplaceRequest;
  H: OrderStatusRequest;
  V: MarketDataRequest;
  W: MarketDataSnapshotFullRefresh;
  X: MarketDataIncrementalRefresh;
  Y: MarketDataRequestReject;
  j: BusinessMessageReject;
  q: OrderMassCancelRequest;
  r: OrderMassCancelReport;
}
