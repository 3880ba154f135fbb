// Generated from spec/openapi/openapi.yaml by generators/openapi/validators.ts — do not edit.
import * as __ns0 from "ajv-formats/dist/formats.js";
import * as __ns1 from "ajv/dist/runtime/ucs2length.js";
function __cjs(ns) {
  const m = ns.default;
  return m && typeof m === "object" && m.__esModule && "default" in m ? m : ns;
}
const __dep0 = __cjs(__ns0);
const __dep1 = __cjs(__ns1);
export const amendOrderPath = validate52;
const schema19 = {"type":"object","properties":{"orderId":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/OrderId.json"}},"required":["orderId"],"$id":"https://openvenue.dev/contracts/openapi/validators/amendOrderPath.json"};
const schema20 = {"title":"OrderId","description":"Identifier the venue assigns to an order. Opaque: compare it as a string, never parse it.","type":"string","pattern":"^[A-Za-z0-9_-]{1,64}$","examples":["1042"],"$id":"https://openvenue.dev/contracts/openapi/schemas/OrderId.json"};
const pattern3 = new RegExp("^[A-Za-z0-9_-]{1,64}$", "u");

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern3.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.orderId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.orderId !== undefined){
if(!(validate53(data.orderId, {instancePath:instancePath+"/orderId",parentData:data,parentDataProperty:"orderId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":{"orderId":true},"dynamicProps":false,"dynamicItems":false};

export const amendOrderHeader = validate55;
const schema21 = {"type":"object","properties":{"x-request-id":{"type":"string"}},"required":[],"$id":"https://openvenue.dev/contracts/openapi/validators/amendOrderHeader.json"};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate55.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["x-request-id"] !== undefined){
if(typeof data["x-request-id"] !== "string"){
const err0 = {instancePath:instancePath+"/x-request-id",schemaPath:"#/properties/x-request-id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}
validate55.evaluated = {"props":{"x-request-id":true},"dynamicProps":false,"dynamicItems":false};

export const amendOrderBody = validate56;
const schema22 = {"$ref":"https://openvenue.dev/contracts/openapi/schemas/AmendOrderRequest.json","$id":"https://openvenue.dev/contracts/openapi/validators/amendOrderBody.json"};
const schema23 = {"title":"AmendOrderRequest","description":"A change to an open limit order's price and/or quantity (at least one). A quantity decrease keeps the order's queue priority; a price change or a quantity increase loses it. The new quantity is the order's total quantity (including what has already filled) and must exceed the filled quantity.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"price":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json","description":"The new limit price, on the tick grid.","examples":["49900.00"]},"quantity":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json","description":"The new total quantity, on the lot grid.","examples":["0.0050"]}},"examples":[{"quantity":"0.0050"}],"$id":"https://openvenue.dev/contracts/openapi/schemas/AmendOrderRequest.json"};
const schema24 = {"title":"Decimal","description":"A non-negative decimal number written as a JSON string, never a JSON number, so that no floating point ever touches a price, quantity, amount or fee. Plain digits with an optional fractional part: no sign, no exponent, no leading zeros, no leading or trailing dot. Prices are written with the market's tick decimals (`\"50000.10\"`), quantities with its lot decimals (`\"0.0100\"`). A value off the market's grid is rejected (`PRICE_NOT_ON_TICK`, `QUANTITY_NOT_ON_LOT`), never rounded.","type":"string","pattern":"^(0|[1-9][0-9]{0,29})(\\.[0-9]{1,18})?$","maxLength":49,"examples":["50000.10","0.0100","0"],"$id":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json"};
const func1 = __dep1.default;
const pattern4 = new RegExp("^(0|[1-9][0-9]{0,29})(\\.[0-9]{1,18})?$", "u");

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func1(data) > 49){
const err0 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 49},message:"must NOT have more than 49 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern4.test(data)){
const err1 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,29})(\\.[0-9]{1,18})?$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,29})(\\.[0-9]{1,18})?$"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "price") || (key0 === "quantity"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.price !== undefined){
if(!(validate58(data.price, {instancePath:instancePath+"/price",parentData:data,parentDataProperty:"price",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.quantity !== undefined){
if(!(validate58(data.quantity, {instancePath:instancePath+"/quantity",parentData:data,parentDataProperty:"quantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate57(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const amendOrderResponse200 = validate62;
const schema25 = {"$ref":"https://openvenue.dev/contracts/openapi/schemas/Order.json","$id":"https://openvenue.dev/contracts/openapi/validators/amendOrderResponse200.json"};
const schema26 = {"title":"Order","description":"An order as the venue records it. Fields that do not apply are present with the value `null` (for example `price` on a market order), so every order has the same shape.","type":"object","required":["orderId","clientOrderId","market","side","type","price","quantity","quoteQuantity","timeInForce","expireAt","postOnly","selfTradePrevention","status","filledQuantity","filledQuoteQuantity","averagePrice","cancelReason","rejectReason","createdAt","updatedAt"],"properties":{"orderId":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/OrderId.json","description":"The venue's identifier for the order.","examples":["1042"]},"clientOrderId":{"description":"The client's identifier, or `null` when the order was placed without one.","anyOf":[{"$ref":"https://openvenue.dev/contracts/openapi/schemas/ClientOrderId.json"},{"type":"null"}],"examples":["my-order-1"]},"market":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/MarketSymbol.json","description":"The market the order trades on.","examples":["BTC-USD"]},"side":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Side.json","description":"Buy or sell.","examples":["buy"]},"type":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/OrderType.json","description":"Limit or market.","examples":["limit"]},"price":{"description":"The limit price; `null` for a market order.","anyOf":[{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json"},{"type":"null"}],"examples":["50000.00"]},"quantity":{"description":"The order quantity in the base asset (after any amendment); `null` for a market buy placed with `quoteQuantity`.","anyOf":[{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json"},{"type":"null"}],"examples":["0.0100"]},"quoteQuantity":{"description":"The most quote asset a market buy spends (fees excluded); `null` otherwise.","anyOf":[{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json"},{"type":"null"}],"examples":[null]},"timeInForce":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/TimeInForce.json","description":"The time in force in effect (`IOC` or `FOK` for market orders).","examples":["GTC"]},"expireAt":{"description":"When a GTD order expires; `null` for other time-in-force values.","anyOf":[{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Timestamp.json"},{"type":"null"}],"examples":[null]},"postOnly":{"type":"boolean","description":"True if the order may only add liquidity (it is rejected rather than trade on arrival).","examples":[false]},"selfTradePrevention":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/SelfTradePrevention.json","description":"The self-trade prevention mode in effect.","examples":["cancelTaker"]},"status":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/OrderStatus.json","description":"The current state of the order.","examples":["new"]},"filledQuantity":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json","description":"How much of the base asset has traded so far.","examples":["0.0000"]},"filledQuoteQuantity":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json","description":"The value of what has traded so far (sum of price times quantity), in the quote asset, with its decimals.","examples":["0.000000"]},"averagePrice":{"description":"The volume-weighted average price of the fills, with the quote asset's decimals (truncated); `null` until something trades.","anyOf":[{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json"},{"type":"null"}],"examples":[null]},"cancelReason":{"description":"Why the order was canceled; `null` unless `status` is `canceled`.","anyOf":[{"$ref":"https://openvenue.dev/contracts/openapi/schemas/CancelReason.json"},{"type":"null"}],"examples":[null]},"rejectReason":{"description":"Why the order was rejected; `null` unless `status` is `rejected`.","anyOf":[{"$ref":"https://openvenue.dev/contracts/openapi/schemas/RejectReason.json"},{"type":"null"}],"examples":[null]},"createdAt":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Timestamp.json","description":"When the venue accepted (or rejected) the order.","examples":["2026-11-21T12:00:00.123456Z"]},"updatedAt":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Timestamp.json","description":"When the order last changed (a fill, an amendment, a cancel).","examples":["2026-11-21T12:00:00.123456Z"]}},"examples":[{"orderId":"1042","clientOrderId":"my-order-1","market":"BTC-USD","side":"buy","type":"limit","price":"50000.00","quantity":"0.0100","quoteQuantity":null,"timeInForce":"GTC","expireAt":null,"postOnly":false,"selfTradePrevention":"cancelTaker","status":"new","filledQuantity":"0.0000","filledQuoteQuantity":"0.000000","averagePrice":null,"cancelReason":null,"rejectReason":null,"createdAt":"2026-11-21T12:00:00.123456Z","updatedAt":"2026-11-21T12:00:00.123456Z"}],"$id":"https://openvenue.dev/contracts/openapi/schemas/Order.json"};
const schema27 = {"title":"ClientOrderId","description":"The client's own identifier for an order: 1 to 36 characters of `A-Z a-z 0-9 _ -`. Unique per account for 24 hours (not just among open orders). Resending an order with the same `clientOrderId` and identical parameters returns the original order instead of placing a new one; with different parameters it is rejected with `DUPLICATE_CLIENT_ORDER_ID`. An order can be looked up and canceled by it while it is open and for 24 hours after it was placed; after that the identifier is free again (lookups by it answer `ORDER_NOT_FOUND`) and the order stays reachable by its `orderId`.","type":"string","pattern":"^[A-Za-z0-9_-]{1,36}$","examples":["my-order-1"],"$id":"https://openvenue.dev/contracts/openapi/schemas/ClientOrderId.json"};
const pattern5 = new RegExp("^[A-Za-z0-9_-]{1,36}$", "u");

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate65.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern5.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,36}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,36}$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate65.errors = vErrors;
return errors === 0;
}
validate65.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema28 = {"title":"MarketSymbol","description":"A market (spot pair) symbol: the base asset, a hyphen, the quote asset, in upper case.","type":"string","pattern":"^[A-Z0-9]{2,10}-[A-Z0-9]{2,10}$","examples":["BTC-USD","ETH-BTC"],"$id":"https://openvenue.dev/contracts/openapi/schemas/MarketSymbol.json"};
const pattern6 = new RegExp("^[A-Z0-9]{2,10}-[A-Z0-9]{2,10}$", "u");

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate67.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern6.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Z0-9]{2,10}-[A-Z0-9]{2,10}$"},message:"must match pattern \""+"^[A-Z0-9]{2,10}-[A-Z0-9]{2,10}$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate67.errors = vErrors;
return errors === 0;
}
validate67.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema29 = {"title":"Side","description":"The side of an order or execution. `buy` acquires the base asset, `sell` gives it up.","type":"string","enum":["buy","sell"],"examples":["buy"],"$id":"https://openvenue.dev/contracts/openapi/schemas/Side.json"};

function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate69.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((data === "buy") || (data === "sell"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema29.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate69.errors = vErrors;
return errors === 0;
}
validate69.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema30 = {"title":"OrderType","description":"The order type.","type":"string","enum":["limit","market"],"examples":["limit"],"$id":"https://openvenue.dev/contracts/openapi/schemas/OrderType.json"};

function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate71.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((data === "limit") || (data === "market"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema30.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate71.errors = vErrors;
return errors === 0;
}
validate71.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema31 = {"title":"TimeInForce","description":"How long an order stays working.","type":"string","enum":["GTC","IOC","FOK","GTD"],"examples":["GTC"],"$id":"https://openvenue.dev/contracts/openapi/schemas/TimeInForce.json"};

function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate76.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((data === "GTC") || (data === "IOC")) || (data === "FOK")) || (data === "GTD"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema31.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate76.errors = vErrors;
return errors === 0;
}
validate76.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema32 = {"title":"Timestamp","description":"An instant as an RFC 3339 string in UTC (`Z`), always with exactly six fractional digits (microseconds), as every OpenVenue timestamp is written.","type":"string","format":"date-time","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\\.[0-9]{6}Z$","examples":["2026-11-21T12:00:00.123456Z"],"$id":"https://openvenue.dev/contracts/openapi/schemas/Timestamp.json"};
const formats0 = __dep0.fullFormats["date-time"];
const pattern7 = new RegExp("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\\.[0-9]{6}Z$", "u");

function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate78.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern7.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\\.[0-9]{6}Z$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\\.[0-9]{6}Z$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(formats0.validate(data))){
const err1 = {instancePath,schemaPath:"#/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate78.errors = vErrors;
return errors === 0;
}
validate78.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema33 = {"title":"SelfTradePrevention","description":"What happens when an order would trade against a resting order of the same account. The order(s) removed this way are `canceled` with `cancelReason: selfTradePrevention`.","type":"string","enum":["cancelTaker","cancelMaker","cancelBoth"],"examples":["cancelTaker"],"$id":"https://openvenue.dev/contracts/openapi/schemas/SelfTradePrevention.json"};

function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate80.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((data === "cancelTaker") || (data === "cancelMaker")) || (data === "cancelBoth"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate80.errors = vErrors;
return errors === 0;
}
validate80.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema34 = {"title":"OrderStatus","description":"The state of an order. `new` and `partiallyFilled` are open; the others are final.","type":"string","enum":["new","partiallyFilled","filled","canceled","rejected","expired"],"examples":["partiallyFilled"],"$id":"https://openvenue.dev/contracts/openapi/schemas/OrderStatus.json"};

function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate82.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((data === "new") || (data === "partiallyFilled")) || (data === "filled")) || (data === "canceled")) || (data === "rejected")) || (data === "expired"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate82.errors = vErrors;
return errors === 0;
}
validate82.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema35 = {"title":"CancelReason","description":"Why an order was canceled.","type":"string","enum":["user","cancelAll","cancelAllAfter","disconnect","selfTradePrevention"],"examples":["user"],"$id":"https://openvenue.dev/contracts/openapi/schemas/CancelReason.json"};

function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate87.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((data === "user") || (data === "cancelAll")) || (data === "cancelAllAfter")) || (data === "disconnect")) || (data === "selfTradePrevention"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate87.errors = vErrors;
return errors === 0;
}
validate87.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema36 = {"title":"RejectReason","description":"Why a recorded order was rejected: the error code of the state-dependent check it failed (static checks reject without recording an order, so they never appear here).","type":"string","enum":["INSUFFICIENT_FUNDS","MARKET_HALTED","POST_ONLY_WOULD_TAKE"],"examples":["INSUFFICIENT_FUNDS"],"$id":"https://openvenue.dev/contracts/openapi/schemas/RejectReason.json"};

function validate89(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate89.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((data === "INSUFFICIENT_FUNDS") || (data === "MARKET_HALTED")) || (data === "POST_ONLY_WOULD_TAKE"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate89.errors = vErrors;
return errors === 0;
}
validate89.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate63.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.orderId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.clientOrderId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "clientOrderId"},message:"must have required property '"+"clientOrderId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.market === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "market"},message:"must have required property '"+"market"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.side === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "side"},message:"must have required property '"+"side"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.type === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.price === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "price"},message:"must have required property '"+"price"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.quantity === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quantity"},message:"must have required property '"+"quantity"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.quoteQuantity === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quoteQuantity"},message:"must have required property '"+"quoteQuantity"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.timeInForce === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timeInForce"},message:"must have required property '"+"timeInForce"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.expireAt === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expireAt"},message:"must have required property '"+"expireAt"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.postOnly === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "postOnly"},message:"must have required property '"+"postOnly"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.selfTradePrevention === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "selfTradePrevention"},message:"must have required property '"+"selfTradePrevention"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.status === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.filledQuantity === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "filledQuantity"},message:"must have required property '"+"filledQuantity"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.filledQuoteQuantity === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "filledQuoteQuantity"},message:"must have required property '"+"filledQuoteQuantity"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.averagePrice === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "averagePrice"},message:"must have required property '"+"averagePrice"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.cancelReason === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cancelReason"},message:"must have required property '"+"cancelReason"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data.rejectReason === undefined){
const err17 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rejectReason"},message:"must have required property '"+"rejectReason"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data.createdAt === undefined){
const err18 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "createdAt"},message:"must have required property '"+"createdAt"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data.updatedAt === undefined){
const err19 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "updatedAt"},message:"must have required property '"+"updatedAt"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data.orderId !== undefined){
if(!(validate53(data.orderId, {instancePath:instancePath+"/orderId",parentData:data,parentDataProperty:"orderId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
if(data.clientOrderId !== undefined){
let data1 = data.clientOrderId;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(!(validate65(data1, {instancePath:instancePath+"/clientOrderId",parentData:data,parentDataProperty:"clientOrderId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
const _errs5 = errors;
if(data1 !== null){
const err20 = {instancePath:instancePath+"/clientOrderId",schemaPath:"#/properties/clientOrderId/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err21 = {instancePath:instancePath+"/clientOrderId",schemaPath:"#/properties/clientOrderId/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.market !== undefined){
if(!(validate67(data.market, {instancePath:instancePath+"/market",parentData:data,parentDataProperty:"market",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
if(data.side !== undefined){
if(!(validate69(data.side, {instancePath:instancePath+"/side",parentData:data,parentDataProperty:"side",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
if(data.type !== undefined){
if(!(validate71(data.type, {instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
}
if(data.price !== undefined){
let data5 = data.price;
const _errs11 = errors;
let valid2 = false;
const _errs12 = errors;
if(!(validate58(data5, {instancePath:instancePath+"/price",parentData:data,parentDataProperty:"price",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
var _valid1 = _errs12 === errors;
valid2 = valid2 || _valid1;
const _errs13 = errors;
if(data5 !== null){
const err22 = {instancePath:instancePath+"/price",schemaPath:"#/properties/price/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid1 = _errs13 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err23 = {instancePath:instancePath+"/price",schemaPath:"#/properties/price/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.quantity !== undefined){
let data6 = data.quantity;
const _errs16 = errors;
let valid3 = false;
const _errs17 = errors;
if(!(validate58(data6, {instancePath:instancePath+"/quantity",parentData:data,parentDataProperty:"quantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
var _valid2 = _errs17 === errors;
valid3 = valid3 || _valid2;
const _errs18 = errors;
if(data6 !== null){
const err24 = {instancePath:instancePath+"/quantity",schemaPath:"#/properties/quantity/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid2 = _errs18 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const err25 = {instancePath:instancePath+"/quantity",schemaPath:"#/properties/quantity/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
}
if(data.quoteQuantity !== undefined){
let data7 = data.quoteQuantity;
const _errs21 = errors;
let valid4 = false;
const _errs22 = errors;
if(!(validate58(data7, {instancePath:instancePath+"/quoteQuantity",parentData:data,parentDataProperty:"quoteQuantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
var _valid3 = _errs22 === errors;
valid4 = valid4 || _valid3;
const _errs23 = errors;
if(data7 !== null){
const err26 = {instancePath:instancePath+"/quoteQuantity",schemaPath:"#/properties/quoteQuantity/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid3 = _errs23 === errors;
valid4 = valid4 || _valid3;
if(!valid4){
const err27 = {instancePath:instancePath+"/quoteQuantity",schemaPath:"#/properties/quoteQuantity/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
}
if(data.timeInForce !== undefined){
if(!(validate76(data.timeInForce, {instancePath:instancePath+"/timeInForce",parentData:data,parentDataProperty:"timeInForce",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
}
if(data.expireAt !== undefined){
let data9 = data.expireAt;
const _errs27 = errors;
let valid5 = false;
const _errs28 = errors;
if(!(validate78(data9, {instancePath:instancePath+"/expireAt",parentData:data,parentDataProperty:"expireAt",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
var _valid4 = _errs28 === errors;
valid5 = valid5 || _valid4;
const _errs29 = errors;
if(data9 !== null){
const err28 = {instancePath:instancePath+"/expireAt",schemaPath:"#/properties/expireAt/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid4 = _errs29 === errors;
valid5 = valid5 || _valid4;
if(!valid5){
const err29 = {instancePath:instancePath+"/expireAt",schemaPath:"#/properties/expireAt/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
}
if(data.postOnly !== undefined){
if(typeof data.postOnly !== "boolean"){
const err30 = {instancePath:instancePath+"/postOnly",schemaPath:"#/properties/postOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.selfTradePrevention !== undefined){
if(!(validate80(data.selfTradePrevention, {instancePath:instancePath+"/selfTradePrevention",parentData:data,parentDataProperty:"selfTradePrevention",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate82(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
errors = vErrors.length;
}
}
if(data.filledQuantity !== undefined){
if(!(validate58(data.filledQuantity, {instancePath:instancePath+"/filledQuantity",parentData:data,parentDataProperty:"filledQuantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.filledQuoteQuantity !== undefined){
if(!(validate58(data.filledQuoteQuantity, {instancePath:instancePath+"/filledQuoteQuantity",parentData:data,parentDataProperty:"filledQuoteQuantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.averagePrice !== undefined){
let data15 = data.averagePrice;
const _errs38 = errors;
let valid6 = false;
const _errs39 = errors;
if(!(validate58(data15, {instancePath:instancePath+"/averagePrice",parentData:data,parentDataProperty:"averagePrice",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
var _valid5 = _errs39 === errors;
valid6 = valid6 || _valid5;
const _errs40 = errors;
if(data15 !== null){
const err31 = {instancePath:instancePath+"/averagePrice",schemaPath:"#/properties/averagePrice/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid5 = _errs40 === errors;
valid6 = valid6 || _valid5;
if(!valid6){
const err32 = {instancePath:instancePath+"/averagePrice",schemaPath:"#/properties/averagePrice/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs38;
if(vErrors !== null){
if(_errs38){
vErrors.length = _errs38;
}
else {
vErrors = null;
}
}
}
}
if(data.cancelReason !== undefined){
let data16 = data.cancelReason;
const _errs43 = errors;
let valid7 = false;
const _errs44 = errors;
if(!(validate87(data16, {instancePath:instancePath+"/cancelReason",parentData:data,parentDataProperty:"cancelReason",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
var _valid6 = _errs44 === errors;
valid7 = valid7 || _valid6;
const _errs45 = errors;
if(data16 !== null){
const err33 = {instancePath:instancePath+"/cancelReason",schemaPath:"#/properties/cancelReason/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid6 = _errs45 === errors;
valid7 = valid7 || _valid6;
if(!valid7){
const err34 = {instancePath:instancePath+"/cancelReason",schemaPath:"#/properties/cancelReason/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
else {
errors = _errs43;
if(vErrors !== null){
if(_errs43){
vErrors.length = _errs43;
}
else {
vErrors = null;
}
}
}
}
if(data.rejectReason !== undefined){
let data17 = data.rejectReason;
const _errs48 = errors;
let valid8 = false;
const _errs49 = errors;
if(!(validate89(data17, {instancePath:instancePath+"/rejectReason",parentData:data,parentDataProperty:"rejectReason",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
var _valid7 = _errs49 === errors;
valid8 = valid8 || _valid7;
const _errs50 = errors;
if(data17 !== null){
const err35 = {instancePath:instancePath+"/rejectReason",schemaPath:"#/properties/rejectReason/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid7 = _errs50 === errors;
valid8 = valid8 || _valid7;
if(!valid8){
const err36 = {instancePath:instancePath+"/rejectReason",schemaPath:"#/properties/rejectReason/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
errors = _errs48;
if(vErrors !== null){
if(_errs48){
vErrors.length = _errs48;
}
else {
vErrors = null;
}
}
}
}
if(data.createdAt !== undefined){
if(!(validate78(data.createdAt, {instancePath:instancePath+"/createdAt",parentData:data,parentDataProperty:"createdAt",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
}
if(data.updatedAt !== undefined){
if(!(validate78(data.updatedAt, {instancePath:instancePath+"/updatedAt",parentData:data,parentDataProperty:"updatedAt",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
}
}
else {
const err37 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
validate63.errors = vErrors;
return errors === 0;
}
validate63.evaluated = {"props":{"orderId":true,"clientOrderId":true,"market":true,"side":true,"type":true,"price":true,"quantity":true,"quoteQuantity":true,"timeInForce":true,"expireAt":true,"postOnly":true,"selfTradePrevention":true,"status":true,"filledQuantity":true,"filledQuoteQuantity":true,"averagePrice":true,"cancelReason":true,"rejectReason":true,"createdAt":true,"updatedAt":true},"dynamicProps":false,"dynamicItems":false};


function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate63(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"props":{"orderId":true,"clientOrderId":true,"market":true,"side":true,"type":true,"price":true,"quantity":true,"quoteQuantity":true,"timeInForce":true,"expireAt":true,"postOnly":true,"selfTradePrevention":true,"status":true,"filledQuantity":true,"filledQuoteQuantity":true,"averagePrice":true,"cancelReason":true,"rejectReason":true,"createdAt":true,"updatedAt":true},"dynamicProps":false,"dynamicItems":false};

export const amendOrderResponse400 = validate94;
const schema37 = {"$ref":"https://openvenue.dev/contracts/openapi/schemas/Problem.json","$id":"https://openvenue.dev/contracts/openapi/validators/amendOrderResponse400.json"};
const schema38 = {"title":"Problem","description":"An error, as an RFC 9457 problem details object (media type `application/problem+json`). Branch on `code`, never on `title` or `detail`, which are for humans and may change.","type":"object","required":["type","title","status","code","detail","requestId"],"properties":{"type":{"type":"string","format":"uri-reference","description":"A URI identifying the problem type, `https://openvenue.dev/errors/` followed by the code.","examples":["https://openvenue.dev/errors/INSUFFICIENT_FUNDS"]},"title":{"type":"string","description":"A short human-readable summary of the problem type (the same for every occurrence of a code).","examples":["Insufficient funds"]},"status":{"type":"integer","minimum":100,"maximum":599,"description":"The HTTP status code (also sent on the WebSocket, where there is no HTTP response).","examples":[400]},"code":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/ErrorCode.json","description":"The stable machine-readable error code.","examples":["INSUFFICIENT_FUNDS"]},"detail":{"type":"string","description":"A human-readable explanation of this occurrence.","examples":["Available USD 120.00 is less than the 500.00 the order needs."]},"instance":{"type":"string","description":"The request target the problem occurred on, when there is one.","examples":["/v1/orders"]},"requestId":{"type":"string","description":"The request's id, as in the `X-Request-Id` header; quote it when contacting support.","examples":["req_01JD8Y4N7K2M"]},"errors":{"type":"array","description":"For `VALIDATION_FAILED`, one entry per problem found in the request.","items":{"type":"object","required":["path","message"],"properties":{"path":{"type":"string","description":"Where the problem is: a JSON Pointer into the body (`/price`), or `query.<name>`, `path.<name>`, `header.<name>`.","examples":["/price"]},"message":{"type":"string","description":"What is wrong there.","examples":["must match the decimal pattern"]}}},"examples":[[{"path":"/price","message":"must match the decimal pattern"}]]},"retryAfter":{"type":"integer","minimum":1,"description":"For `RATE_LIMITED`: seconds to wait before retrying, the same value as the `Retry-After` header (on the WebSocket, where there are no headers, this is the only place it is carried).","examples":[12]},"serverTime":{"type":"integer","minimum":0,"description":"For `TIMESTAMP_OUT_OF_WINDOW`: the server clock in Unix epoch milliseconds, the same unit as `X-API-Timestamp`.","examples":[1767225612345]}},"examples":[{"type":"https://openvenue.dev/errors/INSUFFICIENT_FUNDS","title":"Insufficient funds","status":400,"code":"INSUFFICIENT_FUNDS","detail":"Available USD 120.00 is less than the 500.00 the order needs.","instance":"/v1/orders","requestId":"req_01JD8Y4N7K2M"}],"$id":"https://openvenue.dev/contracts/openapi/schemas/Problem.json"};
const formats2 = /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
const schema39 = {"title":"ErrorCode","description":"The stable machine-readable error code carried in every problem's `code`: the one catalogue shared by REST, WebSocket and FIX. Codes are never renamed or reused; new codes may be added in a minor version, so clients must handle an unknown code by its HTTP status. Each description starts with the HTTP status the code is answered with.","type":"string","enum":["VALIDATION_FAILED","MALFORMED_JSON","UNSUPPORTED_MEDIA_TYPE","PAYLOAD_TOO_LARGE","NOT_FOUND","METHOD_NOT_ALLOWED","MISSING_CREDENTIALS","UNKNOWN_API_KEY","API_KEY_REVOKED","INVALID_SIGNATURE","TIMESTAMP_OUT_OF_WINDOW","REPLAYED_REQUEST","IP_NOT_ALLOWED","INSUFFICIENT_SCOPE","INVALID_OPERATOR_TOKEN","RATE_LIMITED","MARKET_NOT_FOUND","ORDER_NOT_FOUND","ACCOUNT_NOT_FOUND","API_KEY_NOT_FOUND","ASSET_NOT_FOUND","DUPLICATE_CLIENT_ORDER_ID","ORDER_ALREADY_CLOSED","INSUFFICIENT_FUNDS","PRICE_NOT_ON_TICK","QUANTITY_NOT_ON_LOT","QUANTITY_BELOW_MINIMUM","NOTIONAL_BELOW_MINIMUM","VALUE_OUT_OF_RANGE","EXPIRE_AT_IN_PAST","MARKET_HALTED","POST_ONLY_WOULD_TAKE","NOT_LOGGED_IN","ALREADY_LOGGED_IN","INTERNAL_ERROR","SERVICE_UNAVAILABLE"],"examples":["INSUFFICIENT_FUNDS"],"$id":"https://openvenue.dev/contracts/openapi/schemas/ErrorCode.json"};

function validate96(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate96.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((((((((((((((((((((((((((((((((data === "VALIDATION_FAILED") || (data === "MALFORMED_JSON")) || (data === "UNSUPPORTED_MEDIA_TYPE")) || (data === "PAYLOAD_TOO_LARGE")) || (data === "NOT_FOUND")) || (data === "METHOD_NOT_ALLOWED")) || (data === "MISSING_CREDENTIALS")) || (data === "UNKNOWN_API_KEY")) || (data === "API_KEY_REVOKED")) || (data === "INVALID_SIGNATURE")) || (data === "TIMESTAMP_OUT_OF_WINDOW")) || (data === "REPLAYED_REQUEST")) || (data === "IP_NOT_ALLOWED")) || (data === "INSUFFICIENT_SCOPE")) || (data === "INVALID_OPERATOR_TOKEN")) || (data === "RATE_LIMITED")) || (data === "MARKET_NOT_FOUND")) || (data === "ORDER_NOT_FOUND")) || (data === "ACCOUNT_NOT_FOUND")) || (data === "API_KEY_NOT_FOUND")) || (data === "ASSET_NOT_FOUND")) || (data === "DUPLICATE_CLIENT_ORDER_ID")) || (data === "ORDER_ALREADY_CLOSED")) || (data === "INSUFFICIENT_FUNDS")) || (data === "PRICE_NOT_ON_TICK")) || (data === "QUANTITY_NOT_ON_LOT")) || (data === "QUANTITY_BELOW_MINIMUM")) || (data === "NOTIONAL_BELOW_MINIMUM")) || (data === "VALUE_OUT_OF_RANGE")) || (data === "EXPIRE_AT_IN_PAST")) || (data === "MARKET_HALTED")) || (data === "POST_ONLY_WOULD_TAKE")) || (data === "NOT_LOGGED_IN")) || (data === "ALREADY_LOGGED_IN")) || (data === "INTERNAL_ERROR")) || (data === "SERVICE_UNAVAILABLE"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema39.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate96.errors = vErrors;
return errors === 0;
}
validate96.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate95(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate95.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.code === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.detail === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "detail"},message:"must have required property '"+"detail"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.requestId === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requestId"},message:"must have required property '"+"requestId"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 === "string"){
if(!(formats2.test(data0))){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.title !== undefined){
if(typeof data.title !== "string"){
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.status !== undefined){
let data2 = data.status;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err9 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 599 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2 < 100 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.code !== undefined){
if(!(validate96(data.code, {instancePath:instancePath+"/code",parentData:data,parentDataProperty:"code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
}
if(data.detail !== undefined){
if(typeof data.detail !== "string"){
const err12 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.instance !== undefined){
if(typeof data.instance !== "string"){
const err13 = {instancePath:instancePath+"/instance",schemaPath:"#/properties/instance/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.requestId !== undefined){
if(typeof data.requestId !== "string"){
const err14 = {instancePath:instancePath+"/requestId",schemaPath:"#/properties/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.errors !== undefined){
let data7 = data.errors;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.path === undefined){
const err15 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/properties/errors/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data8.message === undefined){
const err16 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/properties/errors/items/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data8.path !== undefined){
if(typeof data8.path !== "string"){
const err17 = {instancePath:instancePath+"/errors/" + i0+"/path",schemaPath:"#/properties/errors/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data8.message !== undefined){
if(typeof data8.message !== "string"){
const err18 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/properties/errors/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/properties/errors/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.retryAfter !== undefined){
let data11 = data.retryAfter;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err21 = {instancePath:instancePath+"/retryAfter",schemaPath:"#/properties/retryAfter/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 1 || isNaN(data11)){
const err22 = {instancePath:instancePath+"/retryAfter",schemaPath:"#/properties/retryAfter/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data.serverTime !== undefined){
let data12 = data.serverTime;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err23 = {instancePath:instancePath+"/serverTime",schemaPath:"#/properties/serverTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err24 = {instancePath:instancePath+"/serverTime",schemaPath:"#/properties/serverTime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate95.errors = vErrors;
return errors === 0;
}
validate95.evaluated = {"props":{"type":true,"title":true,"status":true,"code":true,"detail":true,"instance":true,"requestId":true,"errors":true,"retryAfter":true,"serverTime":true},"dynamicProps":false,"dynamicItems":false};


function validate94(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate94.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate95(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
errors = vErrors.length;
}
validate94.errors = vErrors;
return errors === 0;
}
validate94.evaluated = {"props":{"type":true,"title":true,"status":true,"code":true,"detail":true,"instance":true,"requestId":true,"errors":true,"retryAfter":true,"serverTime":true},"dynamicProps":false,"dynamicItems":false};

export const cancelAllOrdersQuery = validate99;
const schema40 = {"type":"object","properties":{"market":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/MarketSymbol.json"}},"required":[],"$id":"https://openvenue.dev/contracts/openapi/validators/cancelAllOrdersQuery.json"};

function validate99(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate99.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.market !== undefined){
if(!(validate67(data.market, {instancePath:instancePath+"/market",parentData:data,parentDataProperty:"market",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate99.errors = vErrors;
return errors === 0;
}
validate99.evaluated = {"props":{"market":true},"dynamicProps":false,"dynamicItems":false};

export const cancelAllOrdersResponse200 = validate101;
const schema41 = {"$ref":"https://openvenue.dev/contracts/openapi/schemas/CanceledOrders.json","$id":"https://openvenue.dev/contracts/openapi/validators/cancelAllOrdersResponse200.json"};
const schema42 = {"title":"CanceledOrders","description":"The orders this request canceled (empty when there was nothing open).","type":"object","required":["data"],"properties":{"data":{"type":"array","description":"The canceled orders, each now with status `canceled` and `cancelReason` `cancelAll`.","items":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Order.json"},"examples":[[]]}},"examples":[{"data":[]}],"$id":"https://openvenue.dev/contracts/openapi/schemas/CanceledOrders.json"};

function validate102(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate102.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data !== undefined){
let data0 = data.data;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate63(data0[i0], {instancePath:instancePath+"/data/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate102.errors = vErrors;
return errors === 0;
}
validate102.evaluated = {"props":{"data":true},"dynamicProps":false,"dynamicItems":false};


function validate101(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate101.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate102(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
errors = vErrors.length;
}
validate101.errors = vErrors;
return errors === 0;
}
validate101.evaluated = {"props":{"data":true},"dynamicProps":false,"dynamicItems":false};

export const cancelOrderBatchBody = validate105;
const schema43 = {"$ref":"https://openvenue.dev/contracts/openapi/schemas/CancelOrderBatchRequest.json","$id":"https://openvenue.dev/contracts/openapi/validators/cancelOrderBatchBody.json"};
const schema44 = {"title":"CancelOrderBatchRequest","description":"Up to 20 orders to cancel, each named by exactly one of `orderId` or `clientOrderId`.","type":"object","additionalProperties":false,"required":["orders"],"properties":{"orders":{"type":"array","minItems":1,"maxItems":20,"description":"The orders to cancel.","items":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/OrderRef.json"},"examples":[[{"orderId":"1042"},{"clientOrderId":"ladder-1"}]]}},"$id":"https://openvenue.dev/contracts/openapi/schemas/CancelOrderBatchRequest.json"};
const schema45 = {"title":"OrderRef","description":"Names one of your orders by exactly one of its venue id or its clientOrderId.","oneOf":[{"title":"ByOrderId","type":"object","additionalProperties":false,"required":["orderId"],"properties":{"orderId":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/OrderId.json","description":"The venue's order id.","examples":["1042"]}}},{"title":"ByClientOrderId","type":"object","additionalProperties":false,"required":["clientOrderId"],"properties":{"clientOrderId":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/ClientOrderId.json","description":"The order's clientOrderId.","examples":["ladder-1"]}}}],"$id":"https://openvenue.dev/contracts/openapi/schemas/OrderRef.json"};

function validate107(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate107.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.orderId === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "orderId")){
const err1 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.orderId !== undefined){
if(!(validate53(data.orderId, {instancePath:instancePath+"/orderId",parentData:data,parentDataProperty:"orderId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.clientOrderId === undefined){
const err3 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "clientOrderId"},message:"must have required property '"+"clientOrderId"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key1 in data){
if(!(key1 === "clientOrderId")){
const err4 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.clientOrderId !== undefined){
if(!(validate65(data.clientOrderId, {instancePath:instancePath+"/clientOrderId",parentData:data,parentDataProperty:"clientOrderId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
}
if(!valid0){
const err6 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate107.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate107.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate106(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate106.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.orders === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orders"},message:"must have required property '"+"orders"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "orders")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.orders !== undefined){
let data0 = data.orders;
if(Array.isArray(data0)){
if(data0.length > 20){
const err2 = {instancePath:instancePath+"/orders",schemaPath:"#/properties/orders/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/orders",schemaPath:"#/properties/orders/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate107(data0[i0], {instancePath:instancePath+"/orders/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/orders",schemaPath:"#/properties/orders/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate106.errors = vErrors;
return errors === 0;
}
validate106.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate105(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate105.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate106(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
errors = vErrors.length;
}
validate105.errors = vErrors;
return errors === 0;
}
validate105.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const cancelOrderBatchResponse200 = validate112;
const schema46 = {"$ref":"https://openvenue.dev/contracts/openapi/schemas/OrderResultList.json","$id":"https://openvenue.dev/contracts/openapi/validators/cancelOrderBatchResponse200.json"};
const schema47 = {"title":"OrderResultList","description":"One result per requested order, in the order of the request.","type":"object","required":["data"],"properties":{"data":{"type":"array","description":"The results; `data[i]` answers the request's i-th entry.","items":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/OrderResult.json"},"examples":[[{"orderId":"1042","clientOrderId":"my-order-1","market":"BTC-USD","side":"buy","type":"limit","price":"50000.00","quantity":"0.0100","quoteQuantity":null,"timeInForce":"GTC","expireAt":null,"postOnly":false,"selfTradePrevention":"cancelTaker","status":"new","filledQuantity":"0.0000","filledQuoteQuantity":"0.000000","averagePrice":null,"cancelReason":null,"rejectReason":null,"createdAt":"2026-11-21T12:00:00.123456Z","updatedAt":"2026-11-21T12:00:00.123456Z"}]]}},"$id":"https://openvenue.dev/contracts/openapi/schemas/OrderResultList.json"};
const schema48 = {"title":"OrderResult","description":"The outcome for one order of a batch: the Order (placed, replayed or canceled; a recorded rejection is an Order with status `rejected`) or a Problem saying why nothing happened. Tell them apart by the presence of `orderId` (an Order) or `code` (a Problem).","oneOf":[{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Order.json"},{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Problem.json"}],"$id":"https://openvenue.dev/contracts/openapi/schemas/OrderResult.json"};

function validate114(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate114.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate63(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = {};
props0.orderId = true;
props0.clientOrderId = true;
props0.market = true;
props0.side = true;
props0.type = true;
props0.price = true;
props0.quantity = true;
props0.quoteQuantity = true;
props0.timeInForce = true;
props0.expireAt = true;
props0.postOnly = true;
props0.selfTradePrevention = true;
props0.status = true;
props0.filledQuantity = true;
props0.filledQuoteQuantity = true;
props0.averagePrice = true;
props0.cancelReason = true;
props0.rejectReason = true;
props0.createdAt = true;
props0.updatedAt = true;
}
const _errs2 = errors;
if(!(validate95(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
props0.title = true;
props0.status = true;
props0.code = true;
props0.detail = true;
props0.instance = true;
props0.requestId = true;
props0.errors = true;
props0.retryAfter = true;
props0.serverTime = true;
}
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate114.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate114.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate113(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate113.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data !== undefined){
let data0 = data.data;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate114(data0[i0], {instancePath:instancePath+"/data/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate113.errors = vErrors;
return errors === 0;
}
validate113.evaluated = {"props":{"data":true},"dynamicProps":false,"dynamicItems":false};


function validate112(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate112.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate113(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
errors = vErrors.length;
}
validate112.errors = vErrors;
return errors === 0;
}
validate112.evaluated = {"props":{"data":true},"dynamicProps":false,"dynamicItems":false};

export const cancelOrderByClientOrderIdPath = validate119;
const schema49 = {"type":"object","properties":{"clientOrderId":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/ClientOrderId.json"}},"required":["clientOrderId"],"$id":"https://openvenue.dev/contracts/openapi/validators/cancelOrderByClientOrderIdPath.json"};

function validate119(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate119.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.clientOrderId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "clientOrderId"},message:"must have required property '"+"clientOrderId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.clientOrderId !== undefined){
if(!(validate65(data.clientOrderId, {instancePath:instancePath+"/clientOrderId",parentData:data,parentDataProperty:"clientOrderId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate119.errors = vErrors;
return errors === 0;
}
validate119.evaluated = {"props":{"clientOrderId":true},"dynamicProps":false,"dynamicItems":false};

export const getAccountResponse200 = validate121;
const schema50 = {"$ref":"https://openvenue.dev/contracts/openapi/schemas/Account.json","$id":"https://openvenue.dev/contracts/openapi/validators/getAccountResponse200.json"};
const schema51 = {"title":"Account","description":"The calling account as seen through the API key that signed the request.","type":"object","required":["accountId","makerFeeBps","takerFeeBps","apiKey","rateLimits"],"properties":{"accountId":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/AccountId.json","description":"The account.","examples":["acc_7"]},"makerFeeBps":{"type":"integer","minimum":0,"maximum":10000,"description":"The maker fee rate in basis points (1 bp = 0.01 %), charged in the quote asset.","examples":[10]},"takerFeeBps":{"type":"integer","minimum":0,"maximum":10000,"description":"The taker fee rate in basis points, charged in the quote asset.","examples":[20]},"apiKey":{"type":"object","description":"The API key that signed this request.","examples":[{"keyId":"key_3f9a1c2e7b","type":"ed25519","scopes":["read","trade"],"allowedIps":["203.0.113.0/24"]}],"required":["keyId","type","scopes","allowedIps"],"properties":{"keyId":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/ApiKeyId.json","description":"The key's id.","examples":["key_3f9a1c2e7b"]},"type":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/ApiKeyType.json","description":"How the key signs.","examples":["ed25519"]},"scopes":{"type":"array","description":"What the key may do.","items":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/ApiKeyScope.json"},"examples":[["read","trade"]]},"allowedIps":{"type":"array","description":"The IP ranges the key may be used from; empty means anywhere.","items":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/IpCidr.json"},"examples":[["203.0.113.0/24"]]}}},"rateLimits":{"type":"array","description":"The rate-limit buckets that apply to the account's requests.","items":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/RateLimitPolicy.json"},"examples":[[{"name":"key","appliesTo":"apiKey","limit":1200,"windowSeconds":60}]]}},"$id":"https://openvenue.dev/contracts/openapi/schemas/Account.json"};
const schema52 = {"title":"AccountId","description":"Identifier of a trading account. Opaque string.","type":"string","pattern":"^[A-Za-z0-9_-]{1,64}$","examples":["acc_7"],"$id":"https://openvenue.dev/contracts/openapi/schemas/AccountId.json"};

function validate123(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate123.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern3.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate123.errors = vErrors;
return errors === 0;
}
validate123.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema53 = {"title":"ApiKeyId","description":"Identifier of an API key: the value sent in the `X-API-Key` header. Opaque string, not a secret.","type":"string","pattern":"^[A-Za-z0-9_-]{1,64}$","examples":["key_3f9a1c2e7b"],"$id":"https://openvenue.dev/contracts/openapi/schemas/ApiKeyId.json"};

function validate125(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate125.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern3.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate125.errors = vErrors;
return errors === 0;
}
validate125.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema54 = {"title":"ApiKeyType","description":"How requests made with an API key are signed.","type":"string","enum":["hmac","ed25519"],"examples":["ed25519"],"$id":"https://openvenue.dev/contracts/openapi/schemas/ApiKeyType.json"};

function validate127(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate127.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((data === "hmac") || (data === "ed25519"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema54.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate127.errors = vErrors;
return errors === 0;
}
validate127.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema55 = {"title":"ApiKeyScope","description":"A permission granted to an API key. No scope moves funds out of the venue. A call needing a scope the key lacks is answered `403 INSUFFICIENT_SCOPE`.","type":"string","enum":["read","trade"],"examples":["trade"],"$id":"https://openvenue.dev/contracts/openapi/schemas/ApiKeyScope.json"};

function validate129(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate129.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((data === "read") || (data === "trade"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate129.errors = vErrors;
return errors === 0;
}
validate129.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema56 = {"title":"IpCidr","description":"An IP address range in CIDR notation, IPv4 (`203.0.113.0/24`) or IPv6 (`2001:db8::/32`). A single address is a `/32` (IPv4) or `/128` (IPv6).","type":"string","maxLength":43,"anyOf":[{"title":"IPv4","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])/(3[0-2]|[12]?[0-9])$"},{"title":"IPv6","pattern":"^[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$"}],"examples":["203.0.113.0/24","2001:db8::/32"],"$id":"https://openvenue.dev/contracts/openapi/schemas/IpCidr.json"};
const pattern10 = new RegExp("^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])/(3[0-2]|[12]?[0-9])$", "u");
const pattern11 = new RegExp("^[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$", "u");

function validate131(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate131.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(typeof data === "string"){
if(!pattern10.test(data)){
const err0 = {instancePath,schemaPath:"#/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])/(3[0-2]|[12]?[0-9])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])/(3[0-2]|[12]?[0-9])$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(typeof data === "string"){
if(!pattern11.test(data)){
const err1 = {instancePath,schemaPath:"#/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$"},message:"must match pattern \""+"^[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(typeof data === "string"){
if(func1(data) > 43){
const err3 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 43},message:"must NOT have more than 43 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate131.errors = vErrors;
return errors === 0;
}
validate131.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema57 = {"title":"RateLimitPolicy","description":"One rate-limit bucket.","type":"object","required":["name","appliesTo","limit","windowSeconds"],"properties":{"name":{"type":"string","description":"The bucket's name, as in the `RateLimit-Policy` header.","examples":["key"]},"appliesTo":{"type":"string","enum":["apiKey","ip"],"description":"What the bucket is counted per.","examples":["apiKey"]},"limit":{"type":"integer","minimum":1,"description":"The weight units allowed per window (each operation costs its `x-rate-limit-weight`).","examples":[1200]},"windowSeconds":{"type":"integer","minimum":1,"description":"The window length in seconds.","examples":[60]}},"$id":"https://openvenue.dev/contracts/openapi/schemas/RateLimitPolicy.json"};

function validate133(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate133.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.appliesTo === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "appliesTo"},message:"must have required property '"+"appliesTo"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.limit === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "limit"},message:"must have required property '"+"limit"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.windowSeconds === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "windowSeconds"},message:"must have required property '"+"windowSeconds"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.appliesTo !== undefined){
let data1 = data.appliesTo;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/appliesTo",schemaPath:"#/properties/appliesTo/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((data1 === "apiKey") || (data1 === "ip"))){
const err6 = {instancePath:instancePath+"/appliesTo",schemaPath:"#/properties/appliesTo/enum",keyword:"enum",params:{allowedValues: schema57.properties.appliesTo.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.limit !== undefined){
let data2 = data.limit;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.windowSeconds !== undefined){
let data3 = data.windowSeconds;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/windowSeconds",schemaPath:"#/properties/windowSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/windowSeconds",schemaPath:"#/properties/windowSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate133.errors = vErrors;
return errors === 0;
}
validate133.evaluated = {"props":{"name":true,"appliesTo":true,"limit":true,"windowSeconds":true},"dynamicProps":false,"dynamicItems":false};


function validate122(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate122.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.accountId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "accountId"},message:"must have required property '"+"accountId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.makerFeeBps === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "makerFeeBps"},message:"must have required property '"+"makerFeeBps"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.takerFeeBps === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "takerFeeBps"},message:"must have required property '"+"takerFeeBps"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.apiKey === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiKey"},message:"must have required property '"+"apiKey"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.rateLimits === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rateLimits"},message:"must have required property '"+"rateLimits"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.accountId !== undefined){
if(!(validate123(data.accountId, {instancePath:instancePath+"/accountId",parentData:data,parentDataProperty:"accountId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
errors = vErrors.length;
}
}
if(data.makerFeeBps !== undefined){
let data1 = data.makerFeeBps;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err5 = {instancePath:instancePath+"/makerFeeBps",schemaPath:"#/properties/makerFeeBps/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 10000 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/makerFeeBps",schemaPath:"#/properties/makerFeeBps/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/makerFeeBps",schemaPath:"#/properties/makerFeeBps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.takerFeeBps !== undefined){
let data2 = data.takerFeeBps;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/takerFeeBps",schemaPath:"#/properties/takerFeeBps/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 10000 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/takerFeeBps",schemaPath:"#/properties/takerFeeBps/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/takerFeeBps",schemaPath:"#/properties/takerFeeBps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.apiKey !== undefined){
let data3 = data.apiKey;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.keyId === undefined){
const err11 = {instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/required",keyword:"required",params:{missingProperty: "keyId"},message:"must have required property '"+"keyId"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.type === undefined){
const err12 = {instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3.scopes === undefined){
const err13 = {instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/required",keyword:"required",params:{missingProperty: "scopes"},message:"must have required property '"+"scopes"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3.allowedIps === undefined){
const err14 = {instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/required",keyword:"required",params:{missingProperty: "allowedIps"},message:"must have required property '"+"allowedIps"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data3.keyId !== undefined){
if(!(validate125(data3.keyId, {instancePath:instancePath+"/apiKey/keyId",parentData:data3,parentDataProperty:"keyId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate125.errors : vErrors.concat(validate125.errors);
errors = vErrors.length;
}
}
if(data3.type !== undefined){
if(!(validate127(data3.type, {instancePath:instancePath+"/apiKey/type",parentData:data3,parentDataProperty:"type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
if(data3.scopes !== undefined){
let data6 = data3.scopes;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate129(data6[i0], {instancePath:instancePath+"/apiKey/scopes/" + i0,parentData:data6,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/apiKey/scopes",schemaPath:"#/properties/apiKey/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.allowedIps !== undefined){
let data8 = data3.allowedIps;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
if(!(validate131(data8[i1], {instancePath:instancePath+"/apiKey/allowedIps/" + i1,parentData:data8,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate131.errors : vErrors.concat(validate131.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/apiKey/allowedIps",schemaPath:"#/properties/apiKey/properties/allowedIps/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.rateLimits !== undefined){
let data10 = data.rateLimits;
if(Array.isArray(data10)){
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
if(!(validate133(data10[i2], {instancePath:instancePath+"/rateLimits/" + i2,parentData:data10,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/rateLimits",schemaPath:"#/properties/rateLimits/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate122.errors = vErrors;
return errors === 0;
}
validate122.evaluated = {"props":{"accountId":true,"makerFeeBps":true,"takerFeeBps":true,"apiKey":true,"rateLimits":true},"dynamicProps":false,"dynamicItems":false};


function validate121(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate121.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate122(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate122.errors : vErrors.concat(validate122.errors);
errors = vErrors.length;
}
validate121.errors = vErrors;
return errors === 0;
}
validate121.evaluated = {"props":{"accountId":true,"makerFeeBps":true,"takerFeeBps":true,"apiKey":true,"rateLimits":true},"dynamicProps":false,"dynamicItems":false};

export const getMarketPath = validate136;
const schema58 = {"type":"object","properties":{"market":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/MarketSymbol.json"}},"required":["market"],"$id":"https://openvenue.dev/contracts/openapi/validators/getMarketPath.json"};

function validate136(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate136.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.market === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "market"},message:"must have required property '"+"market"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.market !== undefined){
if(!(validate67(data.market, {instancePath:instancePath+"/market",parentData:data,parentDataProperty:"market",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate136.errors = vErrors;
return errors === 0;
}
validate136.evaluated = {"props":{"market":true},"dynamicProps":false,"dynamicItems":false};

export const getMarketResponse200 = validate138;
const schema59 = {"$ref":"https://openvenue.dev/contracts/openapi/schemas/Market.json","$id":"https://openvenue.dev/contracts/openapi/validators/getMarketResponse200.json"};
const schema60 = {"title":"Market","description":"A spot market and its trading rules.","type":"object","required":["symbol","baseAsset","quoteAsset","tickSize","lotSize","minQuantity","minNotional","status"],"properties":{"symbol":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/MarketSymbol.json","description":"The market symbol.","examples":["BTC-USD"]},"baseAsset":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Asset.json","description":"The asset bought and sold; quantities are in this asset.","examples":["BTC"]},"quoteAsset":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Asset.json","description":"The asset prices, notionals and fees are expressed in.","examples":["USD"]},"tickSize":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json","description":"Prices must be a whole multiple of this; its decimals are the price decimals.","examples":["0.01"]},"lotSize":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json","description":"Quantities must be a whole multiple of this; its decimals are the quantity decimals.","examples":["0.0001"]},"minQuantity":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json","description":"The smallest order quantity accepted (`QUANTITY_BELOW_MINIMUM` below it).","examples":["0.0001"]},"minNotional":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json","description":"The smallest order value (price times quantity, in the quote asset) accepted (`NOTIONAL_BELOW_MINIMUM` below it).","examples":["1.00"]},"status":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/MarketStatus.json","description":"Whether the market accepts orders.","examples":["open"]}},"examples":[{"symbol":"BTC-USD","baseAsset":"BTC","quoteAsset":"USD","tickSize":"0.01","lotSize":"0.0001","minQuantity":"0.0001","minNotional":"1.00","status":"open"}],"$id":"https://openvenue.dev/contracts/openapi/schemas/Market.json"};
const schema61 = {"title":"Asset","description":"An asset (currency) code in upper case.","type":"string","pattern":"^[A-Z0-9]{2,10}$","examples":["BTC","USD"],"$id":"https://openvenue.dev/contracts/openapi/schemas/Asset.json"};
const pattern12 = new RegExp("^[A-Z0-9]{2,10}$", "u");

function validate141(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate141.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern12.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Z0-9]{2,10}$"},message:"must match pattern \""+"^[A-Z0-9]{2,10}$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate141.errors = vErrors;
return errors === 0;
}
validate141.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema62 = {"title":"MarketStatus","description":"Whether a market accepts orders.","type":"string","enum":["open","halted"],"examples":["open"],"$id":"https://openvenue.dev/contracts/openapi/schemas/MarketStatus.json"};

function validate148(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate148.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((data === "open") || (data === "halted"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema62.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate148.errors = vErrors;
return errors === 0;
}
validate148.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate139(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate139.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.symbol === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "symbol"},message:"must have required property '"+"symbol"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.baseAsset === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "baseAsset"},message:"must have required property '"+"baseAsset"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.quoteAsset === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quoteAsset"},message:"must have required property '"+"quoteAsset"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.tickSize === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tickSize"},message:"must have required property '"+"tickSize"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.lotSize === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lotSize"},message:"must have required property '"+"lotSize"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.minQuantity === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "minQuantity"},message:"must have required property '"+"minQuantity"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.minNotional === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "minNotional"},message:"must have required property '"+"minNotional"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.status === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.symbol !== undefined){
if(!(validate67(data.symbol, {instancePath:instancePath+"/symbol",parentData:data,parentDataProperty:"symbol",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
if(data.baseAsset !== undefined){
if(!(validate141(data.baseAsset, {instancePath:instancePath+"/baseAsset",parentData:data,parentDataProperty:"baseAsset",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate141.errors : vErrors.concat(validate141.errors);
errors = vErrors.length;
}
}
if(data.quoteAsset !== undefined){
if(!(validate141(data.quoteAsset, {instancePath:instancePath+"/quoteAsset",parentData:data,parentDataProperty:"quoteAsset",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate141.errors : vErrors.concat(validate141.errors);
errors = vErrors.length;
}
}
if(data.tickSize !== undefined){
if(!(validate58(data.tickSize, {instancePath:instancePath+"/tickSize",parentData:data,parentDataProperty:"tickSize",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.lotSize !== undefined){
if(!(validate58(data.lotSize, {instancePath:instancePath+"/lotSize",parentData:data,parentDataProperty:"lotSize",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.minQuantity !== undefined){
if(!(validate58(data.minQuantity, {instancePath:instancePath+"/minQuantity",parentData:data,parentDataProperty:"minQuantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.minNotional !== undefined){
if(!(validate58(data.minNotional, {instancePath:instancePath+"/minNotional",parentData:data,parentDataProperty:"minNotional",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate148(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate148.errors : vErrors.concat(validate148.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate139.errors = vErrors;
return errors === 0;
}
validate139.evaluated = {"props":{"symbol":true,"baseAsset":true,"quoteAsset":true,"tickSize":true,"lotSize":true,"minQuantity":true,"minNotional":true,"status":true},"dynamicProps":false,"dynamicItems":false};


function validate138(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate138.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate139(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate139.errors : vErrors.concat(validate139.errors);
errors = vErrors.length;
}
validate138.errors = vErrors;
return errors === 0;
}
validate138.evaluated = {"props":{"symbol":true,"baseAsset":true,"quoteAsset":true,"tickSize":true,"lotSize":true,"minQuantity":true,"minNotional":true,"status":true},"dynamicProps":false,"dynamicItems":false};

export const getOrderBookQuery = validate151;
const schema63 = {"type":"object","properties":{"depth":{"type":"integer","minimum":1,"maximum":1000,"default":100}},"required":[],"$id":"https://openvenue.dev/contracts/openapi/validators/getOrderBookQuery.json"};

function validate151(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate151.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.depth !== undefined){
let data0 = data.depth;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/depth",schemaPath:"#/properties/depth/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 1000 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/depth",schemaPath:"#/properties/depth/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/depth",schemaPath:"#/properties/depth/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate151.errors = vErrors;
return errors === 0;
}
validate151.evaluated = {"props":{"depth":true},"dynamicProps":false,"dynamicItems":false};

export const getOrderBookResponse200 = validate152;
const schema64 = {"$ref":"https://openvenue.dev/contracts/openapi/schemas/OrderBook.json","$id":"https://openvenue.dev/contracts/openapi/validators/getOrderBookResponse200.json"};
const schema65 = {"title":"OrderBook","description":"A level-2 snapshot of a market's book: bids best (highest) first, asks best (lowest) first, with the same `seq` and `checksum` as the WebSocket `book` channel, so a REST snapshot can seed a WebSocket-maintained book.","type":"object","required":["market","seq","checksum","bids","asks","updatedAt"],"properties":{"market":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/MarketSymbol.json","description":"The market.","examples":["BTC-USD"]},"seq":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/SequenceNumber.json","description":"The market's book sequence number at this snapshot.","examples":[184467]},"checksum":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/BookChecksum.json","description":"CRC-32 of the top 10 levels per side (computed on the full book, whatever `depth` was asked).","examples":[1859727052]},"bids":{"type":"array","description":"Bid levels, highest price first.","items":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/BookLevel.json"},"examples":[[["49999.50","0.2500"],["49999.00","1.0000"]]]},"asks":{"type":"array","description":"Ask levels, lowest price first.","items":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/BookLevel.json"},"examples":[[["50000.10","0.1200"],["50001.00","0.5000"]]]},"updatedAt":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Timestamp.json","description":"When the book last changed.","examples":["2026-11-21T12:00:02.000000Z"]}},"examples":[{"market":"BTC-USD","seq":184467,"checksum":1859727052,"bids":[["49999.50","0.2500"],["49999.00","1.0000"]],"asks":[["50000.10","0.1200"],["50001.00","0.5000"]],"updatedAt":"2026-11-21T12:00:02.000000Z"}],"$id":"https://openvenue.dev/contracts/openapi/schemas/OrderBook.json"};
const schema66 = {"title":"SequenceNumber","description":"A message sequence number. For an order book it is per market and grows by exactly 1 per book message, the same counter on REST and WebSocket; a gap means a message was missed.","type":"integer","minimum":0,"maximum":9007199254740991,"examples":[184467],"$id":"https://openvenue.dev/contracts/openapi/schemas/SequenceNumber.json"};

function validate155(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate155.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data == "number") && (isFinite(data))){
if(data > 9007199254740991 || isNaN(data)){
const err1 = {instancePath,schemaPath:"#/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data < 0 || isNaN(data)){
const err2 = {instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
validate155.errors = vErrors;
return errors === 0;
}
validate155.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema67 = {"title":"BookChecksum","description":"CRC-32 (IEEE 802.3, the zlib/PNG polynomial) as an unsigned integer, computed over the UTF-8 string made of the top 10 bids (best first) followed by the top 10 asks (best first), each level written `price:quantity` with the exact decimal strings sent, all joined with `,`. A client that computes a different value from its local book resubscribes (WebSocket) or refetches (REST).","type":"integer","minimum":0,"maximum":4294967295,"examples":[3141592653],"$id":"https://openvenue.dev/contracts/openapi/schemas/BookChecksum.json"};

function validate157(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate157.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data == "number") && (isFinite(data))){
if(data > 4294967295 || isNaN(data)){
const err1 = {instancePath,schemaPath:"#/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data < 0 || isNaN(data)){
const err2 = {instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
validate157.errors = vErrors;
return errors === 0;
}
validate157.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema68 = {"title":"BookLevel","description":"One price level of an order book as a `[price, quantity]` pair of decimal strings: the price and the total quantity resting at it. The same compact form is used on REST and WebSocket (on a WebSocket update, quantity `\"0\"` removes the level). The strings are exactly the ones the checksum is computed over. Element 0 is the price (with the market's tick decimals), element 1 the total quantity resting at it (with the lot decimals).","type":"array","items":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json"},"minItems":2,"maxItems":2,"examples":[["50000.10","0.1200"]],"$id":"https://openvenue.dev/contracts/openapi/schemas/BookLevel.json"};

function validate159(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate159.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length > 2){
const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.length < 2){
const err1 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate58(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate159.errors = vErrors;
return errors === 0;
}
validate159.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate153(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate153.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.market === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "market"},message:"must have required property '"+"market"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.seq === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.checksum === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "checksum"},message:"must have required property '"+"checksum"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.bids === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bids"},message:"must have required property '"+"bids"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.asks === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "asks"},message:"must have required property '"+"asks"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.updatedAt === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "updatedAt"},message:"must have required property '"+"updatedAt"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.market !== undefined){
if(!(validate67(data.market, {instancePath:instancePath+"/market",parentData:data,parentDataProperty:"market",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
if(data.seq !== undefined){
if(!(validate155(data.seq, {instancePath:instancePath+"/seq",parentData:data,parentDataProperty:"seq",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate155.errors : vErrors.concat(validate155.errors);
errors = vErrors.length;
}
}
if(data.checksum !== undefined){
if(!(validate157(data.checksum, {instancePath:instancePath+"/checksum",parentData:data,parentDataProperty:"checksum",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate157.errors : vErrors.concat(validate157.errors);
errors = vErrors.length;
}
}
if(data.bids !== undefined){
let data3 = data.bids;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate159(data3[i0], {instancePath:instancePath+"/bids/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate159.errors : vErrors.concat(validate159.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/bids",schemaPath:"#/properties/bids/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.asks !== undefined){
let data5 = data.asks;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
if(!(validate159(data5[i1], {instancePath:instancePath+"/asks/" + i1,parentData:data5,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate159.errors : vErrors.concat(validate159.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/asks",schemaPath:"#/properties/asks/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.updatedAt !== undefined){
if(!(validate78(data.updatedAt, {instancePath:instancePath+"/updatedAt",parentData:data,parentDataProperty:"updatedAt",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate153.errors = vErrors;
return errors === 0;
}
validate153.evaluated = {"props":{"market":true,"seq":true,"checksum":true,"bids":true,"asks":true,"updatedAt":true},"dynamicProps":false,"dynamicItems":false};


function validate152(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate152.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate153(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate153.errors : vErrors.concat(validate153.errors);
errors = vErrors.length;
}
validate152.errors = vErrors;
return errors === 0;
}
validate152.evaluated = {"props":{"market":true,"seq":true,"checksum":true,"bids":true,"asks":true,"updatedAt":true},"dynamicProps":false,"dynamicItems":false};

export const getServerTimeResponse200 = validate165;
const schema69 = {"$ref":"https://openvenue.dev/contracts/openapi/schemas/ServerTime.json","$id":"https://openvenue.dev/contracts/openapi/validators/getServerTimeResponse200.json"};
const schema70 = {"title":"ServerTime","description":"The venue's clock, to measure your offset before signing.","type":"object","required":["serverTime","timestamp"],"properties":{"serverTime":{"type":"integer","minimum":0,"description":"Unix epoch milliseconds, the unit of `X-API-Timestamp`.","examples":[1767225600123]},"timestamp":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Timestamp.json","description":"The same instant as an RFC 3339 timestamp with microseconds.","examples":["2026-01-01T00:00:00.123456Z"]}},"$id":"https://openvenue.dev/contracts/openapi/schemas/ServerTime.json"};

function validate166(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate166.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.serverTime === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "serverTime"},message:"must have required property '"+"serverTime"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.timestamp === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.serverTime !== undefined){
let data0 = data.serverTime;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/serverTime",schemaPath:"#/properties/serverTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/serverTime",schemaPath:"#/properties/serverTime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.timestamp !== undefined){
if(!(validate78(data.timestamp, {instancePath:instancePath+"/timestamp",parentData:data,parentDataProperty:"timestamp",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate166.errors = vErrors;
return errors === 0;
}
validate166.evaluated = {"props":{"serverTime":true,"timestamp":true},"dynamicProps":false,"dynamicItems":false};


function validate165(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate165.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate166(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate166.errors : vErrors.concat(validate166.errors);
errors = vErrors.length;
}
validate165.errors = vErrors;
return errors === 0;
}
validate165.evaluated = {"props":{"serverTime":true,"timestamp":true},"dynamicProps":false,"dynamicItems":false};

export const getTickerResponse200 = validate169;
const schema71 = {"$ref":"https://openvenue.dev/contracts/openapi/schemas/Ticker.json","$id":"https://openvenue.dev/contracts/openapi/validators/getTickerResponse200.json"};
const schema72 = {"title":"Ticker","description":"A market's best prices and rolling 24-hour statistics. Price fields are `null` when there is no such price (an empty book side, no trade in 24 hours).","type":"object","required":["market","bestBid","bestBidQuantity","bestAsk","bestAskQuantity","lastPrice","open24h","high24h","low24h","volume24h","quoteVolume24h","updatedAt"],"properties":{"market":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/MarketSymbol.json","description":"The market.","examples":["BTC-USD"]},"bestBid":{"description":"The highest bid price, or `null` if there are no bids.","anyOf":[{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json"},{"type":"null"}],"examples":["49999.50"]},"bestBidQuantity":{"description":"The total quantity at the best bid, or `null`.","anyOf":[{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json"},{"type":"null"}],"examples":["0.2500"]},"bestAsk":{"description":"The lowest ask price, or `null` if there are no asks.","anyOf":[{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json"},{"type":"null"}],"examples":["50000.10"]},"bestAskQuantity":{"description":"The total quantity at the best ask, or `null`.","anyOf":[{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json"},{"type":"null"}],"examples":["0.1200"]},"lastPrice":{"description":"The price of the most recent trade, or `null` if the market never traded.","anyOf":[{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json"},{"type":"null"}],"examples":["50000.00"]},"open24h":{"description":"The price of the first trade of the last 24 hours, or `null` if none.","anyOf":[{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json"},{"type":"null"}],"examples":["49000.00"]},"high24h":{"description":"The highest trade price of the last 24 hours, or `null` if none.","anyOf":[{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json"},{"type":"null"}],"examples":["50500.00"]},"low24h":{"description":"The lowest trade price of the last 24 hours, or `null` if none.","anyOf":[{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json"},{"type":"null"}],"examples":["48800.00"]},"volume24h":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json","description":"Base quantity traded in the last 24 hours.","examples":["12.3400"]},"quoteVolume24h":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json","description":"Quote value traded in the last 24 hours, with the quote asset's decimals.","examples":["612345.670000"]},"updatedAt":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Timestamp.json","description":"When these figures were computed.","examples":["2026-11-21T12:00:02.000000Z"]}},"examples":[{"market":"BTC-USD","bestBid":"49999.50","bestBidQuantity":"0.2500","bestAsk":"50000.10","bestAskQuantity":"0.1200","lastPrice":"50000.00","open24h":"49000.00","high24h":"50500.00","low24h":"48800.00","volume24h":"12.3400","quoteVolume24h":"612345.670000","updatedAt":"2026-11-21T12:00:02.000000Z"}],"$id":"https://openvenue.dev/contracts/openapi/schemas/Ticker.json"};

function validate170(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate170.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.market === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "market"},message:"must have required property '"+"market"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.bestBid === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bestBid"},message:"must have required property '"+"bestBid"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.bestBidQuantity === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bestBidQuantity"},message:"must have required property '"+"bestBidQuantity"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.bestAsk === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bestAsk"},message:"must have required property '"+"bestAsk"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.bestAskQuantity === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bestAskQuantity"},message:"must have required property '"+"bestAskQuantity"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.lastPrice === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lastPrice"},message:"must have required property '"+"lastPrice"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.open24h === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "open24h"},message:"must have required property '"+"open24h"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.high24h === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "high24h"},message:"must have required property '"+"high24h"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.low24h === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "low24h"},message:"must have required property '"+"low24h"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.volume24h === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "volume24h"},message:"must have required property '"+"volume24h"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.quoteVolume24h === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quoteVolume24h"},message:"must have required property '"+"quoteVolume24h"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.updatedAt === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "updatedAt"},message:"must have required property '"+"updatedAt"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.market !== undefined){
if(!(validate67(data.market, {instancePath:instancePath+"/market",parentData:data,parentDataProperty:"market",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
if(data.bestBid !== undefined){
let data1 = data.bestBid;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(!(validate58(data1, {instancePath:instancePath+"/bestBid",parentData:data,parentDataProperty:"bestBid",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
const _errs5 = errors;
if(data1 !== null){
const err12 = {instancePath:instancePath+"/bestBid",schemaPath:"#/properties/bestBid/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err13 = {instancePath:instancePath+"/bestBid",schemaPath:"#/properties/bestBid/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.bestBidQuantity !== undefined){
let data2 = data.bestBidQuantity;
const _errs8 = errors;
let valid2 = false;
const _errs9 = errors;
if(!(validate58(data2, {instancePath:instancePath+"/bestBidQuantity",parentData:data,parentDataProperty:"bestBidQuantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
var _valid1 = _errs9 === errors;
valid2 = valid2 || _valid1;
const _errs10 = errors;
if(data2 !== null){
const err14 = {instancePath:instancePath+"/bestBidQuantity",schemaPath:"#/properties/bestBidQuantity/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid1 = _errs10 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err15 = {instancePath:instancePath+"/bestBidQuantity",schemaPath:"#/properties/bestBidQuantity/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
}
if(data.bestAsk !== undefined){
let data3 = data.bestAsk;
const _errs13 = errors;
let valid3 = false;
const _errs14 = errors;
if(!(validate58(data3, {instancePath:instancePath+"/bestAsk",parentData:data,parentDataProperty:"bestAsk",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
var _valid2 = _errs14 === errors;
valid3 = valid3 || _valid2;
const _errs15 = errors;
if(data3 !== null){
const err16 = {instancePath:instancePath+"/bestAsk",schemaPath:"#/properties/bestAsk/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid2 = _errs15 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const err17 = {instancePath:instancePath+"/bestAsk",schemaPath:"#/properties/bestAsk/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
}
if(data.bestAskQuantity !== undefined){
let data4 = data.bestAskQuantity;
const _errs18 = errors;
let valid4 = false;
const _errs19 = errors;
if(!(validate58(data4, {instancePath:instancePath+"/bestAskQuantity",parentData:data,parentDataProperty:"bestAskQuantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
var _valid3 = _errs19 === errors;
valid4 = valid4 || _valid3;
const _errs20 = errors;
if(data4 !== null){
const err18 = {instancePath:instancePath+"/bestAskQuantity",schemaPath:"#/properties/bestAskQuantity/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid3 = _errs20 === errors;
valid4 = valid4 || _valid3;
if(!valid4){
const err19 = {instancePath:instancePath+"/bestAskQuantity",schemaPath:"#/properties/bestAskQuantity/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
if(data.lastPrice !== undefined){
let data5 = data.lastPrice;
const _errs23 = errors;
let valid5 = false;
const _errs24 = errors;
if(!(validate58(data5, {instancePath:instancePath+"/lastPrice",parentData:data,parentDataProperty:"lastPrice",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
var _valid4 = _errs24 === errors;
valid5 = valid5 || _valid4;
const _errs25 = errors;
if(data5 !== null){
const err20 = {instancePath:instancePath+"/lastPrice",schemaPath:"#/properties/lastPrice/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid4 = _errs25 === errors;
valid5 = valid5 || _valid4;
if(!valid5){
const err21 = {instancePath:instancePath+"/lastPrice",schemaPath:"#/properties/lastPrice/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
}
if(data.open24h !== undefined){
let data6 = data.open24h;
const _errs28 = errors;
let valid6 = false;
const _errs29 = errors;
if(!(validate58(data6, {instancePath:instancePath+"/open24h",parentData:data,parentDataProperty:"open24h",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
var _valid5 = _errs29 === errors;
valid6 = valid6 || _valid5;
const _errs30 = errors;
if(data6 !== null){
const err22 = {instancePath:instancePath+"/open24h",schemaPath:"#/properties/open24h/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid5 = _errs30 === errors;
valid6 = valid6 || _valid5;
if(!valid6){
const err23 = {instancePath:instancePath+"/open24h",schemaPath:"#/properties/open24h/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
errors = _errs28;
if(vErrors !== null){
if(_errs28){
vErrors.length = _errs28;
}
else {
vErrors = null;
}
}
}
}
if(data.high24h !== undefined){
let data7 = data.high24h;
const _errs33 = errors;
let valid7 = false;
const _errs34 = errors;
if(!(validate58(data7, {instancePath:instancePath+"/high24h",parentData:data,parentDataProperty:"high24h",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
var _valid6 = _errs34 === errors;
valid7 = valid7 || _valid6;
const _errs35 = errors;
if(data7 !== null){
const err24 = {instancePath:instancePath+"/high24h",schemaPath:"#/properties/high24h/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid6 = _errs35 === errors;
valid7 = valid7 || _valid6;
if(!valid7){
const err25 = {instancePath:instancePath+"/high24h",schemaPath:"#/properties/high24h/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
errors = _errs33;
if(vErrors !== null){
if(_errs33){
vErrors.length = _errs33;
}
else {
vErrors = null;
}
}
}
}
if(data.low24h !== undefined){
let data8 = data.low24h;
const _errs38 = errors;
let valid8 = false;
const _errs39 = errors;
if(!(validate58(data8, {instancePath:instancePath+"/low24h",parentData:data,parentDataProperty:"low24h",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
var _valid7 = _errs39 === errors;
valid8 = valid8 || _valid7;
const _errs40 = errors;
if(data8 !== null){
const err26 = {instancePath:instancePath+"/low24h",schemaPath:"#/properties/low24h/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid7 = _errs40 === errors;
valid8 = valid8 || _valid7;
if(!valid8){
const err27 = {instancePath:instancePath+"/low24h",schemaPath:"#/properties/low24h/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs38;
if(vErrors !== null){
if(_errs38){
vErrors.length = _errs38;
}
else {
vErrors = null;
}
}
}
}
if(data.volume24h !== undefined){
if(!(validate58(data.volume24h, {instancePath:instancePath+"/volume24h",parentData:data,parentDataProperty:"volume24h",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.quoteVolume24h !== undefined){
if(!(validate58(data.quoteVolume24h, {instancePath:instancePath+"/quoteVolume24h",parentData:data,parentDataProperty:"quoteVolume24h",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.updatedAt !== undefined){
if(!(validate78(data.updatedAt, {instancePath:instancePath+"/updatedAt",parentData:data,parentDataProperty:"updatedAt",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate170.errors = vErrors;
return errors === 0;
}
validate170.evaluated = {"props":{"market":true,"bestBid":true,"bestBidQuantity":true,"bestAsk":true,"bestAskQuantity":true,"lastPrice":true,"open24h":true,"high24h":true,"low24h":true,"volume24h":true,"quoteVolume24h":true,"updatedAt":true},"dynamicProps":false,"dynamicItems":false};


function validate169(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate169.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate170(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate170.errors : vErrors.concat(validate170.errors);
errors = vErrors.length;
}
validate169.errors = vErrors;
return errors === 0;
}
validate169.evaluated = {"props":{"market":true,"bestBid":true,"bestBidQuantity":true,"bestAsk":true,"bestAskQuantity":true,"lastPrice":true,"open24h":true,"high24h":true,"low24h":true,"volume24h":true,"quoteVolume24h":true,"updatedAt":true},"dynamicProps":false,"dynamicItems":false};

export const listBalancesResponse200 = validate184;
const schema73 = {"$ref":"https://openvenue.dev/contracts/openapi/schemas/BalanceList.json","$id":"https://openvenue.dev/contracts/openapi/validators/listBalancesResponse200.json"};
const schema74 = {"title":"BalanceList","description":"Your balances.","type":"object","required":["data"],"properties":{"data":{"type":"array","description":"One entry per asset the venue knows, sorted by asset (zero balances included).","items":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Balance.json"},"examples":[[{"asset":"USD","total":"100000.000000","available":"99500.000000","locked":"500.000000"}]]}},"$id":"https://openvenue.dev/contracts/openapi/schemas/BalanceList.json"};
const schema75 = {"title":"Balance","description":"Your balance of one asset, written with the asset's decimals. `total = available + locked`; balances never go negative.","type":"object","required":["asset","total","available","locked"],"properties":{"asset":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Asset.json","description":"The asset.","examples":["USD"]},"total":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json","description":"Everything you hold of the asset.","examples":["100000.000000"]},"available":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json","description":"What new orders can use.","examples":["99500.000000"]},"locked":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json","description":"What is held by your open orders (released on cancel, consumed on fill).","examples":["500.000000"]}},"examples":[{"asset":"USD","total":"100000.000000","available":"99500.000000","locked":"500.000000"}],"$id":"https://openvenue.dev/contracts/openapi/schemas/Balance.json"};

function validate186(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate186.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.asset === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "asset"},message:"must have required property '"+"asset"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.total === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "total"},message:"must have required property '"+"total"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.available === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "available"},message:"must have required property '"+"available"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.locked === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "locked"},message:"must have required property '"+"locked"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.asset !== undefined){
if(!(validate141(data.asset, {instancePath:instancePath+"/asset",parentData:data,parentDataProperty:"asset",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate141.errors : vErrors.concat(validate141.errors);
errors = vErrors.length;
}
}
if(data.total !== undefined){
if(!(validate58(data.total, {instancePath:instancePath+"/total",parentData:data,parentDataProperty:"total",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.available !== undefined){
if(!(validate58(data.available, {instancePath:instancePath+"/available",parentData:data,parentDataProperty:"available",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.locked !== undefined){
if(!(validate58(data.locked, {instancePath:instancePath+"/locked",parentData:data,parentDataProperty:"locked",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate186.errors = vErrors;
return errors === 0;
}
validate186.evaluated = {"props":{"asset":true,"total":true,"available":true,"locked":true},"dynamicProps":false,"dynamicItems":false};


function validate185(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate185.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data !== undefined){
let data0 = data.data;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate186(data0[i0], {instancePath:instancePath+"/data/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate186.errors : vErrors.concat(validate186.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate185.errors = vErrors;
return errors === 0;
}
validate185.evaluated = {"props":{"data":true},"dynamicProps":false,"dynamicItems":false};


function validate184(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate184.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate185(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate185.errors : vErrors.concat(validate185.errors);
errors = vErrors.length;
}
validate184.errors = vErrors;
return errors === 0;
}
validate184.evaluated = {"props":{"data":true},"dynamicProps":false,"dynamicItems":false};

export const listExecutionsQuery = validate193;
const schema76 = {"type":"object","properties":{"cursor":{"type":"string","minLength":1,"maxLength":256},"limit":{"type":"integer","minimum":1,"maximum":1000,"default":100},"market":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/MarketSymbol.json"},"orderId":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/OrderId.json"}},"required":[],"$id":"https://openvenue.dev/contracts/openapi/validators/listExecutionsQuery.json"};

function validate193(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate193.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cursor !== undefined){
let data0 = data.cursor;
if(typeof data0 === "string"){
if(func1(data0) > 256){
const err0 = {instancePath:instancePath+"/cursor",schemaPath:"#/properties/cursor/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/cursor",schemaPath:"#/properties/cursor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/cursor",schemaPath:"#/properties/cursor/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.limit !== undefined){
let data1 = data.limit;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 1000 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.market !== undefined){
if(!(validate67(data.market, {instancePath:instancePath+"/market",parentData:data,parentDataProperty:"market",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
if(data.orderId !== undefined){
if(!(validate53(data.orderId, {instancePath:instancePath+"/orderId",parentData:data,parentDataProperty:"orderId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate193.errors = vErrors;
return errors === 0;
}
validate193.evaluated = {"props":{"cursor":true,"limit":true,"market":true,"orderId":true},"dynamicProps":false,"dynamicItems":false};

export const listExecutionsResponse200 = validate196;
const schema77 = {"$ref":"https://openvenue.dev/contracts/openapi/schemas/ExecutionPage.json","$id":"https://openvenue.dev/contracts/openapi/validators/listExecutionsResponse200.json"};
const schema78 = {"title":"ExecutionPage","description":"A page of your executions, newest first.","type":"object","required":["data","nextCursor"],"properties":{"data":{"type":"array","description":"The executions, newest first.","items":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Execution.json"},"examples":[[{"executionId":"2087","orderId":"1042","clientOrderId":"my-order-1","market":"BTC-USD","side":"buy","price":"50000.00","quantity":"0.0040","quoteQuantity":"200.000000","fee":"0.200000","feeAsset":"USD","liquidity":"maker","tradeId":"981","executedAt":"2026-11-21T12:00:01.000250Z"}]]},"nextCursor":{"type":["string","null"],"description":"Pass as `cursor` to get the next (older) page; `null` when this is the last page.","examples":["eyJpZCI6IjEwMzAifQ"]}},"$id":"https://openvenue.dev/contracts/openapi/schemas/ExecutionPage.json"};
const schema79 = {"title":"Execution","description":"One fill of one of your orders.","type":"object","required":["executionId","orderId","clientOrderId","market","side","price","quantity","quoteQuantity","fee","feeAsset","liquidity","tradeId","executedAt"],"properties":{"executionId":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/ExecutionId.json","description":"The execution's identifier.","examples":["2087"]},"orderId":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/OrderId.json","description":"The order that filled.","examples":["1042"]},"clientOrderId":{"description":"That order's clientOrderId, or `null` if it had none.","anyOf":[{"$ref":"https://openvenue.dev/contracts/openapi/schemas/ClientOrderId.json"},{"type":"null"}],"examples":["my-order-1"]},"market":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/MarketSymbol.json","description":"The market.","examples":["BTC-USD"]},"side":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Side.json","description":"The side of your order.","examples":["buy"]},"price":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json","description":"The price of the fill (the resting order's price).","examples":["50000.00"]},"quantity":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json","description":"The quantity filled, in the base asset.","examples":["0.0040"]},"quoteQuantity":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json","description":"Price times quantity, in the quote asset, with its decimals.","examples":["200.000000"]},"fee":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json","description":"The fee charged for this fill, in `feeAsset`, with its decimals.","examples":["0.200000"]},"feeAsset":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Asset.json","description":"The asset the fee was charged in (the market's quote asset).","examples":["USD"]},"liquidity":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Liquidity.json","description":"Whether your order was the maker or the taker.","examples":["maker"]},"tradeId":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/TradeId.json","description":"The trade this fill belongs to (the counterparty's execution has the same one).","examples":["981"]},"executedAt":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Timestamp.json","description":"When the fill happened.","examples":["2026-11-21T12:00:01.000250Z"]}},"examples":[{"executionId":"2087","orderId":"1042","clientOrderId":"my-order-1","market":"BTC-USD","side":"buy","price":"50000.00","quantity":"0.0040","quoteQuantity":"200.000000","fee":"0.200000","feeAsset":"USD","liquidity":"maker","tradeId":"981","executedAt":"2026-11-21T12:00:01.000250Z"}],"$id":"https://openvenue.dev/contracts/openapi/schemas/Execution.json"};
const schema80 = {"title":"ExecutionId","description":"Identifier the venue assigns to one execution (one fill of one order). Opaque string.","type":"string","pattern":"^[A-Za-z0-9_-]{1,64}$","examples":["2087"],"$id":"https://openvenue.dev/contracts/openapi/schemas/ExecutionId.json"};

function validate199(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate199.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern3.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate199.errors = vErrors;
return errors === 0;
}
validate199.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema81 = {"title":"Liquidity","description":"Whether an execution added liquidity (its order was resting) or removed it.","type":"string","enum":["maker","taker"],"examples":["maker"],"$id":"https://openvenue.dev/contracts/openapi/schemas/Liquidity.json"};

function validate210(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate210.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((data === "maker") || (data === "taker"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema81.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate210.errors = vErrors;
return errors === 0;
}
validate210.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema82 = {"title":"TradeId","description":"Identifier of a trade (one match between a maker and a taker; both sides' executions carry it). Opaque string.","type":"string","pattern":"^[A-Za-z0-9_-]{1,64}$","examples":["981"],"$id":"https://openvenue.dev/contracts/openapi/schemas/TradeId.json"};

function validate212(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate212.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern3.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate212.errors = vErrors;
return errors === 0;
}
validate212.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate198(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate198.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.executionId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "executionId"},message:"must have required property '"+"executionId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.orderId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.clientOrderId === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "clientOrderId"},message:"must have required property '"+"clientOrderId"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.market === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "market"},message:"must have required property '"+"market"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.side === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "side"},message:"must have required property '"+"side"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.price === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "price"},message:"must have required property '"+"price"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.quantity === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quantity"},message:"must have required property '"+"quantity"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.quoteQuantity === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quoteQuantity"},message:"must have required property '"+"quoteQuantity"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.fee === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fee"},message:"must have required property '"+"fee"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.feeAsset === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "feeAsset"},message:"must have required property '"+"feeAsset"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.liquidity === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "liquidity"},message:"must have required property '"+"liquidity"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.tradeId === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tradeId"},message:"must have required property '"+"tradeId"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.executedAt === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "executedAt"},message:"must have required property '"+"executedAt"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.executionId !== undefined){
if(!(validate199(data.executionId, {instancePath:instancePath+"/executionId",parentData:data,parentDataProperty:"executionId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate199.errors : vErrors.concat(validate199.errors);
errors = vErrors.length;
}
}
if(data.orderId !== undefined){
if(!(validate53(data.orderId, {instancePath:instancePath+"/orderId",parentData:data,parentDataProperty:"orderId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
if(data.clientOrderId !== undefined){
let data2 = data.clientOrderId;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(!(validate65(data2, {instancePath:instancePath+"/clientOrderId",parentData:data,parentDataProperty:"clientOrderId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
const _errs6 = errors;
if(data2 !== null){
const err13 = {instancePath:instancePath+"/clientOrderId",schemaPath:"#/properties/clientOrderId/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err14 = {instancePath:instancePath+"/clientOrderId",schemaPath:"#/properties/clientOrderId/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
if(data.market !== undefined){
if(!(validate67(data.market, {instancePath:instancePath+"/market",parentData:data,parentDataProperty:"market",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
if(data.side !== undefined){
if(!(validate69(data.side, {instancePath:instancePath+"/side",parentData:data,parentDataProperty:"side",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
if(data.price !== undefined){
if(!(validate58(data.price, {instancePath:instancePath+"/price",parentData:data,parentDataProperty:"price",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.quantity !== undefined){
if(!(validate58(data.quantity, {instancePath:instancePath+"/quantity",parentData:data,parentDataProperty:"quantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.quoteQuantity !== undefined){
if(!(validate58(data.quoteQuantity, {instancePath:instancePath+"/quoteQuantity",parentData:data,parentDataProperty:"quoteQuantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.fee !== undefined){
if(!(validate58(data.fee, {instancePath:instancePath+"/fee",parentData:data,parentDataProperty:"fee",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.feeAsset !== undefined){
if(!(validate141(data.feeAsset, {instancePath:instancePath+"/feeAsset",parentData:data,parentDataProperty:"feeAsset",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate141.errors : vErrors.concat(validate141.errors);
errors = vErrors.length;
}
}
if(data.liquidity !== undefined){
if(!(validate210(data.liquidity, {instancePath:instancePath+"/liquidity",parentData:data,parentDataProperty:"liquidity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate210.errors : vErrors.concat(validate210.errors);
errors = vErrors.length;
}
}
if(data.tradeId !== undefined){
if(!(validate212(data.tradeId, {instancePath:instancePath+"/tradeId",parentData:data,parentDataProperty:"tradeId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate212.errors : vErrors.concat(validate212.errors);
errors = vErrors.length;
}
}
if(data.executedAt !== undefined){
if(!(validate78(data.executedAt, {instancePath:instancePath+"/executedAt",parentData:data,parentDataProperty:"executedAt",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate198.errors = vErrors;
return errors === 0;
}
validate198.evaluated = {"props":{"executionId":true,"orderId":true,"clientOrderId":true,"market":true,"side":true,"price":true,"quantity":true,"quoteQuantity":true,"fee":true,"feeAsset":true,"liquidity":true,"tradeId":true,"executedAt":true},"dynamicProps":false,"dynamicItems":false};


function validate197(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate197.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.nextCursor === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "nextCursor"},message:"must have required property '"+"nextCursor"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.data !== undefined){
let data0 = data.data;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate198(data0[i0], {instancePath:instancePath+"/data/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate198.errors : vErrors.concat(validate198.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.nextCursor !== undefined){
let data2 = data.nextCursor;
if((typeof data2 !== "string") && (data2 !== null)){
const err3 = {instancePath:instancePath+"/nextCursor",schemaPath:"#/properties/nextCursor/type",keyword:"type",params:{type: schema78.properties.nextCursor.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate197.errors = vErrors;
return errors === 0;
}
validate197.evaluated = {"props":{"data":true,"nextCursor":true},"dynamicProps":false,"dynamicItems":false};


function validate196(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate196.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate197(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate197.errors : vErrors.concat(validate197.errors);
errors = vErrors.length;
}
validate196.errors = vErrors;
return errors === 0;
}
validate196.evaluated = {"props":{"data":true,"nextCursor":true},"dynamicProps":false,"dynamicItems":false};

export const listMarketsResponse200 = validate217;
const schema83 = {"$ref":"https://openvenue.dev/contracts/openapi/schemas/MarketList.json","$id":"https://openvenue.dev/contracts/openapi/validators/listMarketsResponse200.json"};
const schema84 = {"title":"MarketList","description":"Every market the venue lists.","type":"object","required":["data"],"properties":{"data":{"type":"array","description":"The markets, sorted by symbol.","items":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Market.json"},"examples":[[{"symbol":"BTC-USD","baseAsset":"BTC","quoteAsset":"USD","tickSize":"0.01","lotSize":"0.0001","minQuantity":"0.0001","minNotional":"1.00","status":"open"}]]}},"$id":"https://openvenue.dev/contracts/openapi/schemas/MarketList.json"};

function validate218(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate218.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data !== undefined){
let data0 = data.data;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate139(data0[i0], {instancePath:instancePath+"/data/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate139.errors : vErrors.concat(validate139.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate218.errors = vErrors;
return errors === 0;
}
validate218.evaluated = {"props":{"data":true},"dynamicProps":false,"dynamicItems":false};


function validate217(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate217.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate218(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
validate217.errors = vErrors;
return errors === 0;
}
validate217.evaluated = {"props":{"data":true},"dynamicProps":false,"dynamicItems":false};

export const listOrdersQuery = validate221;
const schema85 = {"type":"object","properties":{"cursor":{"type":"string","minLength":1,"maxLength":256},"limit":{"type":"integer","minimum":1,"maximum":1000,"default":100},"market":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/MarketSymbol.json"},"status":{"type":"string","enum":["open","closed","all"],"default":"all"}},"required":[],"$id":"https://openvenue.dev/contracts/openapi/validators/listOrdersQuery.json"};

function validate221(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate221.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cursor !== undefined){
let data0 = data.cursor;
if(typeof data0 === "string"){
if(func1(data0) > 256){
const err0 = {instancePath:instancePath+"/cursor",schemaPath:"#/properties/cursor/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/cursor",schemaPath:"#/properties/cursor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/cursor",schemaPath:"#/properties/cursor/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.limit !== undefined){
let data1 = data.limit;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 1000 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.market !== undefined){
if(!(validate67(data.market, {instancePath:instancePath+"/market",parentData:data,parentDataProperty:"market",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
let data3 = data.status;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((data3 === "open") || (data3 === "closed")) || (data3 === "all"))){
const err7 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema85.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate221.errors = vErrors;
return errors === 0;
}
validate221.evaluated = {"props":{"cursor":true,"limit":true,"market":true,"status":true},"dynamicProps":false,"dynamicItems":false};

export const listOrdersResponse200 = validate223;
const schema86 = {"$ref":"https://openvenue.dev/contracts/openapi/schemas/OrderPage.json","$id":"https://openvenue.dev/contracts/openapi/validators/listOrdersResponse200.json"};
const schema87 = {"title":"OrderPage","description":"A page of your orders, newest first.","type":"object","required":["data","nextCursor"],"properties":{"data":{"type":"array","description":"The orders, newest (by creation) first.","items":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Order.json"},"examples":[[{"orderId":"1042","clientOrderId":"my-order-1","market":"BTC-USD","side":"buy","type":"limit","price":"50000.00","quantity":"0.0100","quoteQuantity":null,"timeInForce":"GTC","expireAt":null,"postOnly":false,"selfTradePrevention":"cancelTaker","status":"new","filledQuantity":"0.0000","filledQuoteQuantity":"0.000000","averagePrice":null,"cancelReason":null,"rejectReason":null,"createdAt":"2026-11-21T12:00:00.123456Z","updatedAt":"2026-11-21T12:00:00.123456Z"}]]},"nextCursor":{"type":["string","null"],"description":"Pass as `cursor` to get the next (older) page; `null` when this is the last page.","examples":["eyJpZCI6IjEwMzAifQ"]}},"$id":"https://openvenue.dev/contracts/openapi/schemas/OrderPage.json"};

function validate224(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate224.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.nextCursor === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "nextCursor"},message:"must have required property '"+"nextCursor"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.data !== undefined){
let data0 = data.data;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate63(data0[i0], {instancePath:instancePath+"/data/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.nextCursor !== undefined){
let data2 = data.nextCursor;
if((typeof data2 !== "string") && (data2 !== null)){
const err3 = {instancePath:instancePath+"/nextCursor",schemaPath:"#/properties/nextCursor/type",keyword:"type",params:{type: schema87.properties.nextCursor.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate224.errors = vErrors;
return errors === 0;
}
validate224.evaluated = {"props":{"data":true,"nextCursor":true},"dynamicProps":false,"dynamicItems":false};


function validate223(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate223.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate224(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate224.errors : vErrors.concat(validate224.errors);
errors = vErrors.length;
}
validate223.errors = vErrors;
return errors === 0;
}
validate223.evaluated = {"props":{"data":true,"nextCursor":true},"dynamicProps":false,"dynamicItems":false};

export const listPositionsResponse200 = validate227;
const schema88 = {"$ref":"https://openvenue.dev/contracts/openapi/schemas/PositionList.json","$id":"https://openvenue.dev/contracts/openapi/validators/listPositionsResponse200.json"};
const schema89 = {"title":"PositionList","description":"Your positions.","type":"object","required":["data"],"properties":{"data":{"type":"array","description":"One entry per market you have traded, sorted by market symbol.","items":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Position.json"},"examples":[[{"market":"BTC-USD","baseAsset":"BTC","quoteAsset":"USD","netQuantity":"0.0100","averageEntryPrice":"50000.000000","markPrice":"50100.000000","realizedPnl":"0.000000","unrealizedPnl":"1.000000"}]]}},"$id":"https://openvenue.dev/contracts/openapi/schemas/PositionList.json"};
const schema90 = {"title":"Position","description":"Your position in one market, derived from your executions. Prices and PnL are in the market's quote asset, written with its decimals; unrealized PnL is marked to the mid price (halfway between the best bid and the best ask).","type":"object","required":["market","baseAsset","quoteAsset","netQuantity","averageEntryPrice","markPrice","realizedPnl","unrealizedPnl"],"properties":{"market":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/MarketSymbol.json","description":"The market.","examples":["BTC-USD"]},"baseAsset":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Asset.json","description":"The asset `netQuantity` is in.","examples":["BTC"]},"quoteAsset":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Asset.json","description":"The asset prices and PnL are in.","examples":["USD"]},"netQuantity":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/SignedDecimal.json","description":"Base quantity bought minus sold; negative when net short, `0` when flat.","examples":["0.0100"]},"averageEntryPrice":{"description":"The average cost of the open quantity; `null` when the position is flat.","anyOf":[{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json"},{"type":"null"}],"examples":["50000.000000"]},"markPrice":{"description":"The mid price used for unrealized PnL; `null` unless both sides of the book have orders.","anyOf":[{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json"},{"type":"null"}],"examples":["50100.000000"]},"realizedPnl":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/SignedDecimal.json","description":"Profit or loss locked in by reducing the position, fees excluded.","examples":["0.000000"]},"unrealizedPnl":{"description":"Profit or loss of the open quantity at `markPrice`, fees excluded, truncated toward zero; `null` when there is no mark price.","anyOf":[{"$ref":"https://openvenue.dev/contracts/openapi/schemas/SignedDecimal.json"},{"type":"null"}],"examples":["1.000000"]}},"examples":[{"market":"BTC-USD","baseAsset":"BTC","quoteAsset":"USD","netQuantity":"0.0100","averageEntryPrice":"50000.000000","markPrice":"50100.000000","realizedPnl":"0.000000","unrealizedPnl":"1.000000"}],"$id":"https://openvenue.dev/contracts/openapi/schemas/Position.json"};
const schema91 = {"title":"SignedDecimal","description":"A decimal number that may be negative (a net position, a profit or loss), written as a JSON string with an optional leading minus and otherwise the same strict form as `Decimal`.","type":"string","pattern":"^-?(0|[1-9][0-9]{0,29})(\\.[0-9]{1,18})?$","maxLength":50,"examples":["-12.50","0.0100"],"$id":"https://openvenue.dev/contracts/openapi/schemas/SignedDecimal.json"};
const pattern15 = new RegExp("^-?(0|[1-9][0-9]{0,29})(\\.[0-9]{1,18})?$", "u");

function validate233(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate233.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func1(data) > 50){
const err0 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern15.test(data)){
const err1 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]{0,29})(\\.[0-9]{1,18})?$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]{0,29})(\\.[0-9]{1,18})?$"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate233.errors = vErrors;
return errors === 0;
}
validate233.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate229(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate229.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.market === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "market"},message:"must have required property '"+"market"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.baseAsset === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "baseAsset"},message:"must have required property '"+"baseAsset"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.quoteAsset === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quoteAsset"},message:"must have required property '"+"quoteAsset"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.netQuantity === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "netQuantity"},message:"must have required property '"+"netQuantity"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.averageEntryPrice === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "averageEntryPrice"},message:"must have required property '"+"averageEntryPrice"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.markPrice === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "markPrice"},message:"must have required property '"+"markPrice"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.realizedPnl === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "realizedPnl"},message:"must have required property '"+"realizedPnl"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.unrealizedPnl === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unrealizedPnl"},message:"must have required property '"+"unrealizedPnl"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.market !== undefined){
if(!(validate67(data.market, {instancePath:instancePath+"/market",parentData:data,parentDataProperty:"market",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
if(data.baseAsset !== undefined){
if(!(validate141(data.baseAsset, {instancePath:instancePath+"/baseAsset",parentData:data,parentDataProperty:"baseAsset",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate141.errors : vErrors.concat(validate141.errors);
errors = vErrors.length;
}
}
if(data.quoteAsset !== undefined){
if(!(validate141(data.quoteAsset, {instancePath:instancePath+"/quoteAsset",parentData:data,parentDataProperty:"quoteAsset",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate141.errors : vErrors.concat(validate141.errors);
errors = vErrors.length;
}
}
if(data.netQuantity !== undefined){
if(!(validate233(data.netQuantity, {instancePath:instancePath+"/netQuantity",parentData:data,parentDataProperty:"netQuantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate233.errors : vErrors.concat(validate233.errors);
errors = vErrors.length;
}
}
if(data.averageEntryPrice !== undefined){
let data4 = data.averageEntryPrice;
const _errs6 = errors;
let valid1 = false;
const _errs7 = errors;
if(!(validate58(data4, {instancePath:instancePath+"/averageEntryPrice",parentData:data,parentDataProperty:"averageEntryPrice",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
var _valid0 = _errs7 === errors;
valid1 = valid1 || _valid0;
const _errs8 = errors;
if(data4 !== null){
const err8 = {instancePath:instancePath+"/averageEntryPrice",schemaPath:"#/properties/averageEntryPrice/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err9 = {instancePath:instancePath+"/averageEntryPrice",schemaPath:"#/properties/averageEntryPrice/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
if(data.markPrice !== undefined){
let data5 = data.markPrice;
const _errs11 = errors;
let valid2 = false;
const _errs12 = errors;
if(!(validate58(data5, {instancePath:instancePath+"/markPrice",parentData:data,parentDataProperty:"markPrice",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
var _valid1 = _errs12 === errors;
valid2 = valid2 || _valid1;
const _errs13 = errors;
if(data5 !== null){
const err10 = {instancePath:instancePath+"/markPrice",schemaPath:"#/properties/markPrice/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid1 = _errs13 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err11 = {instancePath:instancePath+"/markPrice",schemaPath:"#/properties/markPrice/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.realizedPnl !== undefined){
if(!(validate233(data.realizedPnl, {instancePath:instancePath+"/realizedPnl",parentData:data,parentDataProperty:"realizedPnl",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate233.errors : vErrors.concat(validate233.errors);
errors = vErrors.length;
}
}
if(data.unrealizedPnl !== undefined){
let data7 = data.unrealizedPnl;
const _errs17 = errors;
let valid3 = false;
const _errs18 = errors;
if(!(validate233(data7, {instancePath:instancePath+"/unrealizedPnl",parentData:data,parentDataProperty:"unrealizedPnl",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate233.errors : vErrors.concat(validate233.errors);
errors = vErrors.length;
}
var _valid2 = _errs18 === errors;
valid3 = valid3 || _valid2;
const _errs19 = errors;
if(data7 !== null){
const err12 = {instancePath:instancePath+"/unrealizedPnl",schemaPath:"#/properties/unrealizedPnl/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid2 = _errs19 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const err13 = {instancePath:instancePath+"/unrealizedPnl",schemaPath:"#/properties/unrealizedPnl/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate229.errors = vErrors;
return errors === 0;
}
validate229.evaluated = {"props":{"market":true,"baseAsset":true,"quoteAsset":true,"netQuantity":true,"averageEntryPrice":true,"markPrice":true,"realizedPnl":true,"unrealizedPnl":true},"dynamicProps":false,"dynamicItems":false};


function validate228(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate228.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data !== undefined){
let data0 = data.data;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate229(data0[i0], {instancePath:instancePath+"/data/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate229.errors : vErrors.concat(validate229.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate228.errors = vErrors;
return errors === 0;
}
validate228.evaluated = {"props":{"data":true},"dynamicProps":false,"dynamicItems":false};


function validate227(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate227.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate228(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate228.errors : vErrors.concat(validate228.errors);
errors = vErrors.length;
}
validate227.errors = vErrors;
return errors === 0;
}
validate227.evaluated = {"props":{"data":true},"dynamicProps":false,"dynamicItems":false};

export const listTickersResponse200 = validate241;
const schema92 = {"$ref":"https://openvenue.dev/contracts/openapi/schemas/TickerList.json","$id":"https://openvenue.dev/contracts/openapi/validators/listTickersResponse200.json"};
const schema93 = {"title":"TickerList","description":"The ticker of every market.","type":"object","required":["data"],"properties":{"data":{"type":"array","description":"One ticker per market, sorted by market symbol.","items":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Ticker.json"},"examples":[[{"market":"BTC-USD","bestBid":"49999.50","bestBidQuantity":"0.2500","bestAsk":"50000.10","bestAskQuantity":"0.1200","lastPrice":"50000.00","open24h":"49000.00","high24h":"50500.00","low24h":"48800.00","volume24h":"12.3400","quoteVolume24h":"612345.670000","updatedAt":"2026-11-21T12:00:02.000000Z"}]]}},"$id":"https://openvenue.dev/contracts/openapi/schemas/TickerList.json"};

function validate242(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate242.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data !== undefined){
let data0 = data.data;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate170(data0[i0], {instancePath:instancePath+"/data/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate170.errors : vErrors.concat(validate170.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate242.errors = vErrors;
return errors === 0;
}
validate242.evaluated = {"props":{"data":true},"dynamicProps":false,"dynamicItems":false};


function validate241(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate241.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate242(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate242.errors : vErrors.concat(validate242.errors);
errors = vErrors.length;
}
validate241.errors = vErrors;
return errors === 0;
}
validate241.evaluated = {"props":{"data":true},"dynamicProps":false,"dynamicItems":false};

export const listTradesQuery = validate245;
const schema94 = {"type":"object","properties":{"cursor":{"type":"string","minLength":1,"maxLength":256},"limit":{"type":"integer","minimum":1,"maximum":1000,"default":100}},"required":[],"$id":"https://openvenue.dev/contracts/openapi/validators/listTradesQuery.json"};

function validate245(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate245.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cursor !== undefined){
let data0 = data.cursor;
if(typeof data0 === "string"){
if(func1(data0) > 256){
const err0 = {instancePath:instancePath+"/cursor",schemaPath:"#/properties/cursor/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/cursor",schemaPath:"#/properties/cursor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/cursor",schemaPath:"#/properties/cursor/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.limit !== undefined){
let data1 = data.limit;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 1000 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate245.errors = vErrors;
return errors === 0;
}
validate245.evaluated = {"props":{"cursor":true,"limit":true},"dynamicProps":false,"dynamicItems":false};

export const listTradesResponse200 = validate246;
const schema95 = {"$ref":"https://openvenue.dev/contracts/openapi/schemas/TradePage.json","$id":"https://openvenue.dev/contracts/openapi/validators/listTradesResponse200.json"};
const schema96 = {"title":"TradePage","description":"A page of public trades, newest first.","type":"object","required":["data","nextCursor"],"properties":{"data":{"type":"array","description":"The trades, newest first.","items":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Trade.json"},"examples":[[{"tradeId":"981","market":"BTC-USD","price":"50000.00","quantity":"0.0040","takerSide":"sell","executedAt":"2026-11-21T12:00:01.000250Z"}]]},"nextCursor":{"type":["string","null"],"description":"Pass as `cursor` to get the next (older) page; `null` when this is the last page.","examples":["eyJpZCI6IjEwMzAifQ"]}},"$id":"https://openvenue.dev/contracts/openapi/schemas/TradePage.json"};
const schema97 = {"title":"Trade","description":"A public trade (one match) in a market.","type":"object","required":["tradeId","market","price","quantity","takerSide","executedAt"],"properties":{"tradeId":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/TradeId.json","description":"The trade's identifier.","examples":["981"]},"market":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/MarketSymbol.json","description":"The market.","examples":["BTC-USD"]},"price":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json","description":"The price.","examples":["50000.00"]},"quantity":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json","description":"The quantity, in the base asset.","examples":["0.0040"]},"takerSide":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Side.json","description":"The side of the incoming (taker) order; `buy` means the ask was lifted.","examples":["sell"]},"executedAt":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Timestamp.json","description":"When the trade happened.","examples":["2026-11-21T12:00:01.000250Z"]}},"examples":[{"tradeId":"981","market":"BTC-USD","price":"50000.00","quantity":"0.0040","takerSide":"sell","executedAt":"2026-11-21T12:00:01.000250Z"}],"$id":"https://openvenue.dev/contracts/openapi/schemas/Trade.json"};

function validate248(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate248.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.tradeId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tradeId"},message:"must have required property '"+"tradeId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.market === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "market"},message:"must have required property '"+"market"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.price === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "price"},message:"must have required property '"+"price"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.quantity === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quantity"},message:"must have required property '"+"quantity"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.takerSide === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "takerSide"},message:"must have required property '"+"takerSide"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.executedAt === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "executedAt"},message:"must have required property '"+"executedAt"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.tradeId !== undefined){
if(!(validate212(data.tradeId, {instancePath:instancePath+"/tradeId",parentData:data,parentDataProperty:"tradeId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate212.errors : vErrors.concat(validate212.errors);
errors = vErrors.length;
}
}
if(data.market !== undefined){
if(!(validate67(data.market, {instancePath:instancePath+"/market",parentData:data,parentDataProperty:"market",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
if(data.price !== undefined){
if(!(validate58(data.price, {instancePath:instancePath+"/price",parentData:data,parentDataProperty:"price",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.quantity !== undefined){
if(!(validate58(data.quantity, {instancePath:instancePath+"/quantity",parentData:data,parentDataProperty:"quantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.takerSide !== undefined){
if(!(validate69(data.takerSide, {instancePath:instancePath+"/takerSide",parentData:data,parentDataProperty:"takerSide",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
if(data.executedAt !== undefined){
if(!(validate78(data.executedAt, {instancePath:instancePath+"/executedAt",parentData:data,parentDataProperty:"executedAt",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate248.errors = vErrors;
return errors === 0;
}
validate248.evaluated = {"props":{"tradeId":true,"market":true,"price":true,"quantity":true,"takerSide":true,"executedAt":true},"dynamicProps":false,"dynamicItems":false};


function validate247(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate247.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.nextCursor === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "nextCursor"},message:"must have required property '"+"nextCursor"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.data !== undefined){
let data0 = data.data;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate248(data0[i0], {instancePath:instancePath+"/data/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate248.errors : vErrors.concat(validate248.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.nextCursor !== undefined){
let data2 = data.nextCursor;
if((typeof data2 !== "string") && (data2 !== null)){
const err3 = {instancePath:instancePath+"/nextCursor",schemaPath:"#/properties/nextCursor/type",keyword:"type",params:{type: schema96.properties.nextCursor.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate247.errors = vErrors;
return errors === 0;
}
validate247.evaluated = {"props":{"data":true,"nextCursor":true},"dynamicProps":false,"dynamicItems":false};


function validate246(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate246.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate247(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate247.errors : vErrors.concat(validate247.errors);
errors = vErrors.length;
}
validate246.errors = vErrors;
return errors === 0;
}
validate246.evaluated = {"props":{"data":true,"nextCursor":true},"dynamicProps":false,"dynamicItems":false};

export const placeOrderBody = validate257;
const schema98 = {"$ref":"https://openvenue.dev/contracts/openapi/schemas/PlaceOrderRequest.json","$id":"https://openvenue.dev/contracts/openapi/validators/placeOrderBody.json"};
const schema99 = {"title":"PlaceOrderRequest","description":"A new order: either a limit order or a market order, told apart by `type` (`limit` or `market`). Unknown properties are rejected (`VALIDATION_FAILED`).","type":"object","oneOf":[{"$ref":"https://openvenue.dev/contracts/openapi/schemas/LimitOrderRequest.json"},{"$ref":"https://openvenue.dev/contracts/openapi/schemas/MarketOrderRequest.json"}],"examples":[{"market":"BTC-USD","side":"buy","type":"limit","price":"50000.00","quantity":"0.0100","timeInForce":"GTC","clientOrderId":"my-order-1"}],"$id":"https://openvenue.dev/contracts/openapi/schemas/PlaceOrderRequest.json"};
const schema100 = {"title":"LimitOrderRequest","description":"A limit order: `price` and `quantity` are required, `quoteQuantity` is not accepted. `expireAt` is required when `timeInForce` is `GTD` and not accepted otherwise. `postOnly` orders must rest (`GTC` or `GTD`).","type":"object","additionalProperties":false,"required":["market","side","type","price","quantity"],"properties":{"market":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/MarketSymbol.json","description":"The market to trade on.","examples":["BTC-USD"]},"side":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Side.json","description":"Buy or sell.","examples":["buy"]},"type":{"type":"string","const":"limit","description":"Always `limit` for this variant.","examples":["limit"]},"price":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json","description":"The limit price, on the market's tick grid and greater than zero.","examples":["50000.00"]},"quantity":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json","description":"The quantity in the base asset, on the market's lot grid and at least `minQuantity`.","examples":["0.0100"]},"timeInForce":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/TimeInForce.json","description":"How long the order works. Omitted means `GTC`.","examples":["GTC"]},"expireAt":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Timestamp.json","description":"When a `GTD` order expires; must be in the future (`EXPIRE_AT_IN_PAST`). Only with `GTD`.","examples":["2026-11-22T00:00:00.000000Z"]},"postOnly":{"type":"boolean","description":"Only add liquidity: if the order would trade on arrival it is rejected with `POST_ONLY_WOULD_TAKE` instead. Requires `GTC` or `GTD`. Omitted means `false`.","examples":[false]},"selfTradePrevention":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/SelfTradePrevention.json","description":"What to do if the order would trade with the same account's resting order. Omitted means `cancelTaker`.","examples":["cancelTaker"]},"clientOrderId":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/ClientOrderId.json","description":"Your identifier for the order, unique per account for 24 hours. Always send one: it makes a retry safe and lets you look up the outcome after a timeout.","examples":["my-order-1"]}},"allOf":[{"description":"`expireAt` only with `GTD`.","if":{"required":["timeInForce"],"properties":{"timeInForce":{"const":"GTD"}}},"else":{"not":{"required":["expireAt"],"properties":{"expireAt":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Timestamp.json"}}}}},{"description":"`GTD` needs `expireAt`.","if":{"not":{"required":["expireAt"],"properties":{"expireAt":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Timestamp.json"}}}},"then":{"not":{"required":["timeInForce"],"properties":{"timeInForce":{"const":"GTD"}}}}},{"description":"`postOnly: true` only with a resting time in force (`GTC`, `GTD`).","if":{"required":["timeInForce"],"properties":{"timeInForce":{"enum":["IOC","FOK"]}}},"then":{"not":{"required":["postOnly"],"properties":{"postOnly":{"const":true}}}}}],"examples":[{"market":"BTC-USD","side":"buy","type":"limit","price":"50000.00","quantity":"0.0100","timeInForce":"GTC","clientOrderId":"my-order-1"}],"$id":"https://openvenue.dev/contracts/openapi/schemas/LimitOrderRequest.json"};
const func10 = Object.prototype.hasOwnProperty;

function validate259(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate259.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.timeInForce === undefined) && (missing0 = "timeInForce")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.timeInForce !== undefined){
if("GTD" !== data.timeInForce){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(!_valid0){
const _errs5 = errors;
const _errs6 = errors;
const _errs7 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.expireAt === undefined) && (missing1 = "expireAt")){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
if(data.expireAt !== undefined){
if(!(validate78(data.expireAt, {instancePath:instancePath+"/expireAt",parentData:data,parentDataProperty:"expireAt",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
}
}
}
var valid3 = _errs7 === errors;
if(valid3){
const err3 = {instancePath,schemaPath:"#/allOf/0/else/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
}
if(!valid1){
const err4 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "else"},message:"must match \"else\" schema"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const _errs10 = errors;
let valid5 = true;
const _errs11 = errors;
const _errs12 = errors;
const _errs13 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.expireAt === undefined) && (missing2 = "expireAt")){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
if(data.expireAt !== undefined){
if(!(validate78(data.expireAt, {instancePath:instancePath+"/expireAt",parentData:data,parentDataProperty:"expireAt",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
}
}
}
var valid6 = _errs13 === errors;
if(valid6){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
var _valid1 = _errs11 === errors;
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs15 = errors;
const _errs16 = errors;
const _errs17 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.timeInForce === undefined) && (missing3 = "timeInForce")){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
if(data.timeInForce !== undefined){
if("GTD" !== data.timeInForce){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
var valid8 = _errs17 === errors;
if(valid8){
const err9 = {instancePath,schemaPath:"#/allOf/1/then/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
var _valid1 = _errs15 === errors;
valid5 = _valid1;
}
if(!valid5){
const err10 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const _errs20 = errors;
let valid10 = true;
const _errs21 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.timeInForce === undefined) && (missing4 = "timeInForce")){
const err11 = {};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
if(data.timeInForce !== undefined){
let data4 = data.timeInForce;
if(!((data4 === "IOC") || (data4 === "FOK"))){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
}
var _valid2 = _errs21 === errors;
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs23 = errors;
const _errs24 = errors;
const _errs25 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.postOnly === undefined) && (missing5 = "postOnly")){
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
if(data.postOnly !== undefined){
if(true !== data.postOnly){
const err14 = {};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
var valid12 = _errs25 === errors;
if(valid12){
const err15 = {instancePath,schemaPath:"#/allOf/2/then/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
var _valid2 = _errs23 === errors;
valid10 = _valid2;
}
if(!valid10){
const err16 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.market === undefined){
const err17 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "market"},message:"must have required property '"+"market"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data.side === undefined){
const err18 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "side"},message:"must have required property '"+"side"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data.type === undefined){
const err19 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data.price === undefined){
const err20 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "price"},message:"must have required property '"+"price"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data.quantity === undefined){
const err21 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quantity"},message:"must have required property '"+"quantity"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key0 in data){
if(!(func10.call(schema100.properties, key0))){
const err22 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.market !== undefined){
if(!(validate67(data.market, {instancePath:instancePath+"/market",parentData:data,parentDataProperty:"market",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
if(data.side !== undefined){
if(!(validate69(data.side, {instancePath:instancePath+"/side",parentData:data,parentDataProperty:"side",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
if(data.type !== undefined){
let data8 = data.type;
if(typeof data8 !== "string"){
const err23 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if("limit" !== data8){
const err24 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "limit"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.price !== undefined){
if(!(validate58(data.price, {instancePath:instancePath+"/price",parentData:data,parentDataProperty:"price",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.quantity !== undefined){
if(!(validate58(data.quantity, {instancePath:instancePath+"/quantity",parentData:data,parentDataProperty:"quantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.timeInForce !== undefined){
if(!(validate76(data.timeInForce, {instancePath:instancePath+"/timeInForce",parentData:data,parentDataProperty:"timeInForce",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
}
if(data.expireAt !== undefined){
if(!(validate78(data.expireAt, {instancePath:instancePath+"/expireAt",parentData:data,parentDataProperty:"expireAt",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
}
if(data.postOnly !== undefined){
if(typeof data.postOnly !== "boolean"){
const err25 = {instancePath:instancePath+"/postOnly",schemaPath:"#/properties/postOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.selfTradePrevention !== undefined){
if(!(validate80(data.selfTradePrevention, {instancePath:instancePath+"/selfTradePrevention",parentData:data,parentDataProperty:"selfTradePrevention",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
}
if(data.clientOrderId !== undefined){
if(!(validate65(data.clientOrderId, {instancePath:instancePath+"/clientOrderId",parentData:data,parentDataProperty:"clientOrderId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate259.errors = vErrors;
return errors === 0;
}
validate259.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema101 = {"title":"MarketOrderRequest","description":"A market order: no `price`. Give exactly one of `quantity` (base asset) or `quoteQuantity` (quote asset to spend, market buys only). Whatever cannot trade at once expires.","type":"object","additionalProperties":false,"required":["market","side","type"],"properties":{"market":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/MarketSymbol.json","description":"The market to trade on.","examples":["BTC-USD"]},"side":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Side.json","description":"Buy or sell.","examples":["buy"]},"type":{"type":"string","const":"market","description":"Always `market` for this variant.","examples":["market"]},"quantity":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json","description":"The quantity in the base asset, on the market's lot grid. Exclusive with `quoteQuantity`.","examples":["0.0100"]},"quoteQuantity":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json","description":"For market buys only: the most quote asset to spend, fees excluded, with at most the quote asset's decimals. Exclusive with `quantity`.","examples":["500.00"]},"timeInForce":{"type":"string","enum":["IOC","FOK"],"description":"`IOC` (when omitted) trades what it can and expires the rest; `FOK` trades everything or nothing.","examples":["IOC"]},"selfTradePrevention":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/SelfTradePrevention.json","description":"What to do if the order would trade with the same account's resting order. Omitted means `cancelTaker`.","examples":["cancelTaker"]},"clientOrderId":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/ClientOrderId.json","description":"Your identifier for the order, unique per account for 24 hours.","examples":["mkt-buy-7"]}},"oneOf":[{"required":["quantity"],"properties":{"quantity":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json"}}},{"required":["quoteQuantity"],"properties":{"quoteQuantity":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json"}}}],"if":{"required":["side"],"properties":{"side":{"const":"sell"}}},"then":{"not":{"required":["quoteQuantity"],"properties":{"quoteQuantity":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Decimal.json"}}}},"examples":[{"market":"BTC-USD","side":"buy","type":"market","quoteQuantity":"500.00","clientOrderId":"mkt-buy-7"}],"$id":"https://openvenue.dev/contracts/openapi/schemas/MarketOrderRequest.json"};

function validate271(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate271.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.quantity === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "quantity"},message:"must have required property '"+"quantity"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.quantity !== undefined){
if(!(validate58(data.quantity, {instancePath:instancePath+"/quantity",parentData:data,parentDataProperty:"quantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = {};
props0.quantity = true;
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.quoteQuantity === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "quoteQuantity"},message:"must have required property '"+"quoteQuantity"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.quoteQuantity !== undefined){
if(!(validate58(data.quoteQuantity, {instancePath:instancePath+"/quoteQuantity",parentData:data,parentDataProperty:"quoteQuantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = props0 || {};
props0.quoteQuantity = true;
}
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
const _errs6 = errors;
let valid3 = true;
const _errs7 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.side === undefined) && (missing0 = "side")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data.side !== undefined){
if("sell" !== data.side){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
var _valid1 = _errs7 === errors;
if(props0 !== true){
props0 = props0 || {};
props0.side = true;
}
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs9 = errors;
const _errs10 = errors;
const _errs11 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.quoteQuantity === undefined) && (missing1 = "quoteQuantity")){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
if(data.quoteQuantity !== undefined){
if(!(validate58(data.quoteQuantity, {instancePath:instancePath+"/quoteQuantity",parentData:data,parentDataProperty:"quoteQuantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
}
var valid5 = _errs11 === errors;
if(valid5){
const err6 = {instancePath,schemaPath:"#/then/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
var _valid1 = _errs9 === errors;
valid3 = _valid1;
}
if(!valid3){
const err7 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.market === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "market"},message:"must have required property '"+"market"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.side === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "side"},message:"must have required property '"+"side"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.type === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "market") || (key0 === "side")) || (key0 === "type")) || (key0 === "quantity")) || (key0 === "quoteQuantity")) || (key0 === "timeInForce")) || (key0 === "selfTradePrevention")) || (key0 === "clientOrderId"))){
const err11 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.market !== undefined){
if(!(validate67(data.market, {instancePath:instancePath+"/market",parentData:data,parentDataProperty:"market",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
if(data.side !== undefined){
if(!(validate69(data.side, {instancePath:instancePath+"/side",parentData:data,parentDataProperty:"side",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
if(data.type !== undefined){
let data6 = data.type;
if(typeof data6 !== "string"){
const err12 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if("market" !== data6){
const err13 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "market"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.quantity !== undefined){
if(!(validate58(data.quantity, {instancePath:instancePath+"/quantity",parentData:data,parentDataProperty:"quantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.quoteQuantity !== undefined){
if(!(validate58(data.quoteQuantity, {instancePath:instancePath+"/quoteQuantity",parentData:data,parentDataProperty:"quoteQuantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.timeInForce !== undefined){
let data9 = data.timeInForce;
if(typeof data9 !== "string"){
const err14 = {instancePath:instancePath+"/timeInForce",schemaPath:"#/properties/timeInForce/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((data9 === "IOC") || (data9 === "FOK"))){
const err15 = {instancePath:instancePath+"/timeInForce",schemaPath:"#/properties/timeInForce/enum",keyword:"enum",params:{allowedValues: schema101.properties.timeInForce.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.selfTradePrevention !== undefined){
if(!(validate80(data.selfTradePrevention, {instancePath:instancePath+"/selfTradePrevention",parentData:data,parentDataProperty:"selfTradePrevention",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
}
if(data.clientOrderId !== undefined){
if(!(validate65(data.clientOrderId, {instancePath:instancePath+"/clientOrderId",parentData:data,parentDataProperty:"clientOrderId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate271.errors = vErrors;
return errors === 0;
}
validate271.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate258(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate258.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(!(validate259(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate259.errors : vErrors.concat(validate259.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs3 = errors;
if(!(validate271(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate271.errors : vErrors.concat(validate271.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
validate258.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate258.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate257(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate257.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate258(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate258.errors : vErrors.concat(validate258.errors);
errors = vErrors.length;
}
else {
var props0 = validate258.evaluated.props;
}
validate257.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate257.evaluated = {"dynamicProps":true,"dynamicItems":false};

export const placeOrderBatchBody = validate283;
const schema102 = {"$ref":"https://openvenue.dev/contracts/openapi/schemas/PlaceOrderBatchRequest.json","$id":"https://openvenue.dev/contracts/openapi/validators/placeOrderBatchBody.json"};
const schema103 = {"title":"PlaceOrderBatchRequest","description":"Up to 20 new orders, placed in the given order, each independently (one failing does not stop the others). A batch in which any order fails the schema is rejected whole with `400 VALIDATION_FAILED` (the `errors[]` paths say which, e.g. `/orders/3/price`).","type":"object","additionalProperties":false,"required":["orders"],"properties":{"orders":{"type":"array","minItems":1,"maxItems":20,"description":"The orders.","items":{"$ref":"https://openvenue.dev/contracts/openapi/schemas/PlaceOrderRequest.json"},"examples":[[{"market":"BTC-USD","side":"buy","type":"limit","price":"49990.00","quantity":"0.0100","clientOrderId":"ladder-1"}]]}},"$id":"https://openvenue.dev/contracts/openapi/schemas/PlaceOrderBatchRequest.json"};

function validate284(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate284.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.orders === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orders"},message:"must have required property '"+"orders"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "orders")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.orders !== undefined){
let data0 = data.orders;
if(Array.isArray(data0)){
if(data0.length > 20){
const err2 = {instancePath:instancePath+"/orders",schemaPath:"#/properties/orders/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/orders",schemaPath:"#/properties/orders/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate258(data0[i0], {instancePath:instancePath+"/orders/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate258.errors : vErrors.concat(validate258.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/orders",schemaPath:"#/properties/orders/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate284.errors = vErrors;
return errors === 0;
}
validate284.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate283(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate283.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate284(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate284.errors : vErrors.concat(validate284.errors);
errors = vErrors.length;
}
validate283.errors = vErrors;
return errors === 0;
}
validate283.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const setCancelAllAfterBody = validate287;
const schema104 = {"$ref":"https://openvenue.dev/contracts/openapi/schemas/CancelAllAfterRequest.json","$id":"https://openvenue.dev/contracts/openapi/validators/setCancelAllAfterBody.json"};
const schema105 = {"title":"CancelAllAfterRequest","description":"Arms, re-arms or disarms the account's dead man's switch.","type":"object","additionalProperties":false,"required":["timeoutMs"],"properties":{"timeoutMs":{"type":"integer","minimum":0,"maximum":600000,"description":"Cancel all the account's open orders if no new call arrives within this many milliseconds (at most 10 minutes). `0` disarms the switch.","examples":[60000]}},"$id":"https://openvenue.dev/contracts/openapi/schemas/CancelAllAfterRequest.json"};

function validate288(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate288.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.timeoutMs === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timeoutMs"},message:"must have required property '"+"timeoutMs"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "timeoutMs")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.timeoutMs !== undefined){
let data0 = data.timeoutMs;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 600000 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600000},message:"must be <= 600000"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate288.errors = vErrors;
return errors === 0;
}
validate288.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate287(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate287.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate288(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate288.errors : vErrors.concat(validate288.errors);
errors = vErrors.length;
}
validate287.errors = vErrors;
return errors === 0;
}
validate287.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const setCancelAllAfterResponse200 = validate290;
const schema106 = {"$ref":"https://openvenue.dev/contracts/openapi/schemas/CancelAllAfterStatus.json","$id":"https://openvenue.dev/contracts/openapi/validators/setCancelAllAfterResponse200.json"};
const schema107 = {"title":"CancelAllAfterStatus","description":"The state of the dead man's switch after the call.","type":"object","required":["timeoutMs","triggerAt"],"properties":{"timeoutMs":{"type":"integer","minimum":0,"maximum":600000,"description":"The timeout now in force; `0` when disarmed.","examples":[60000]},"triggerAt":{"description":"When all open orders will be canceled unless the switch is re-armed or disarmed; `null` when disarmed.","anyOf":[{"$ref":"https://openvenue.dev/contracts/openapi/schemas/Timestamp.json"},{"type":"null"}],"examples":["2026-11-21T12:01:00.123456Z"]}},"$id":"https://openvenue.dev/contracts/openapi/schemas/CancelAllAfterStatus.json"};

function validate291(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate291.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.timeoutMs === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timeoutMs"},message:"must have required property '"+"timeoutMs"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.triggerAt === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "triggerAt"},message:"must have required property '"+"triggerAt"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.timeoutMs !== undefined){
let data0 = data.timeoutMs;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 600000 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600000},message:"must be <= 600000"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.triggerAt !== undefined){
let data1 = data.triggerAt;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(!(validate78(data1, {instancePath:instancePath+"/triggerAt",parentData:data,parentDataProperty:"triggerAt",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
const _errs6 = errors;
if(data1 !== null){
const err5 = {instancePath:instancePath+"/triggerAt",schemaPath:"#/properties/triggerAt/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err6 = {instancePath:instancePath+"/triggerAt",schemaPath:"#/properties/triggerAt/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate291.errors = vErrors;
return errors === 0;
}
validate291.evaluated = {"props":{"timeoutMs":true,"triggerAt":true},"dynamicProps":false,"dynamicItems":false};


function validate290(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate290.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate291(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate291.errors : vErrors.concat(validate291.errors);
errors = vErrors.length;
}
validate290.errors = vErrors;
return errors === 0;
}
validate290.evaluated = {"props":{"timeoutMs":true,"triggerAt":true},"dynamicProps":false,"dynamicItems":false};

export const schemaAccount = validate122;

export const schemaAccountId = validate123;

export const schemaAmendOrderRequest = validate57;

export const schemaApiKeyId = validate125;

export const schemaApiKeyScope = validate129;

export const schemaApiKeyType = validate127;

export const schemaAsset = validate141;

export const schemaBalance = validate186;

export const schemaBalanceList = validate185;

export const schemaBookChecksum = validate157;

export const schemaBookLevel = validate159;

export const schemaCancelAllAfterRequest = validate288;

export const schemaCancelAllAfterStatus = validate291;

export const schemaCancelOrderBatchRequest = validate106;

export const schemaCancelReason = validate87;

export const schemaCanceledOrders = validate102;

export const schemaClientOrderId = validate65;

export const schemaDecimal = validate58;

export const schemaErrorCode = validate96;

export const schemaExecution = validate198;

export const schemaExecutionId = validate199;

export const schemaExecutionPage = validate197;

export const schemaIpCidr = validate131;

export const schemaLimitOrderRequest = validate259;

export const schemaLiquidity = validate210;

export const schemaMarket = validate139;

export const schemaMarketList = validate218;

export const schemaMarketOrderRequest = validate271;

export const schemaMarketStatus = validate148;

export const schemaMarketSymbol = validate67;

export const schemaOrder = validate63;

export const schemaOrderBook = validate153;

export const schemaOrderId = validate53;

export const schemaOrderPage = validate224;

export const schemaOrderRef = validate107;

export const schemaOrderResult = validate114;

export const schemaOrderResultList = validate113;

export const schemaOrderStatus = validate82;

export const schemaOrderType = validate71;

export const schemaPlaceOrderBatchRequest = validate284;

export const schemaPlaceOrderRequest = validate258;

export const schemaPosition = validate229;

export const schemaPositionList = validate228;

export const schemaProblem = validate95;

export const schemaRateLimitPolicy = validate133;

export const schemaRejectReason = validate89;

export const schemaSelfTradePrevention = validate80;

export const schemaSequenceNumber = validate155;

export const schemaServerTime = validate166;

export const schemaSide = validate69;

export const schemaSignedDecimal = validate233;

export const schemaTicker = validate170;

export const schemaTickerList = validate242;

export const schemaTimeInForce = validate76;

export const schemaTimestamp = validate78;

export const schemaTrade = validate248;

export const schemaTradeId = validate212;

export const schemaTradePage = validate247;

export const amendOrderResponse401 = amendOrderResponse400;
export const amendOrderResponse403 = amendOrderResponse400;
export const amendOrderResponse404 = amendOrderResponse400;
export const amendOrderResponse409 = amendOrderResponse400;
export const amendOrderResponse413 = amendOrderResponse400;
export const amendOrderResponse415 = amendOrderResponse400;
export const amendOrderResponse429 = amendOrderResponse400;
export const amendOrderResponse500 = amendOrderResponse400;
export const amendOrderResponse503 = amendOrderResponse400;
export const cancelAllOrdersHeader = amendOrderHeader;
export const cancelAllOrdersResponse400 = amendOrderResponse400;
export const cancelAllOrdersResponse401 = amendOrderResponse400;
export const cancelAllOrdersResponse403 = amendOrderResponse400;
export const cancelAllOrdersResponse404 = amendOrderResponse400;
export const cancelAllOrdersResponse429 = amendOrderResponse400;
export const cancelAllOrdersResponse500 = amendOrderResponse400;
export const cancelAllOrdersResponse503 = amendOrderResponse400;
export const cancelOrderPath = amendOrderPath;
export const cancelOrderHeader = amendOrderHeader;
export const cancelOrderResponse200 = amendOrderResponse200;
export const cancelOrderResponse400 = amendOrderResponse400;
export const cancelOrderResponse401 = amendOrderResponse400;
export const cancelOrderResponse403 = amendOrderResponse400;
export const cancelOrderResponse404 = amendOrderResponse400;
export const cancelOrderResponse409 = amendOrderResponse400;
export const cancelOrderResponse429 = amendOrderResponse400;
export const cancelOrderResponse500 = amendOrderResponse400;
export const cancelOrderResponse503 = amendOrderResponse400;
export const cancelOrderBatchHeader = amendOrderHeader;
export const cancelOrderBatchResponse400 = amendOrderResponse400;
export const cancelOrderBatchResponse401 = amendOrderResponse400;
export const cancelOrderBatchResponse403 = amendOrderResponse400;
export const cancelOrderBatchResponse413 = amendOrderResponse400;
export const cancelOrderBatchResponse415 = amendOrderResponse400;
export const cancelOrderBatchResponse429 = amendOrderResponse400;
export const cancelOrderBatchResponse500 = amendOrderResponse400;
export const cancelOrderBatchResponse503 = amendOrderResponse400;
export const cancelOrderByClientOrderIdHeader = amendOrderHeader;
export const cancelOrderByClientOrderIdResponse200 = amendOrderResponse200;
export const cancelOrderByClientOrderIdResponse400 = amendOrderResponse400;
export const cancelOrderByClientOrderIdResponse401 = amendOrderResponse400;
export const cancelOrderByClientOrderIdResponse403 = amendOrderResponse400;
export const cancelOrderByClientOrderIdResponse404 = amendOrderResponse400;
export const cancelOrderByClientOrderIdResponse409 = amendOrderResponse400;
export const cancelOrderByClientOrderIdResponse429 = amendOrderResponse400;
export const cancelOrderByClientOrderIdResponse500 = amendOrderResponse400;
export const cancelOrderByClientOrderIdResponse503 = amendOrderResponse400;
export const getAccountHeader = amendOrderHeader;
export const getAccountResponse401 = amendOrderResponse400;
export const getAccountResponse403 = amendOrderResponse400;
export const getAccountResponse429 = amendOrderResponse400;
export const getAccountResponse500 = amendOrderResponse400;
export const getAccountResponse503 = amendOrderResponse400;
export const getMarketHeader = amendOrderHeader;
export const getMarketResponse400 = amendOrderResponse400;
export const getMarketResponse404 = amendOrderResponse400;
export const getMarketResponse429 = amendOrderResponse400;
export const getMarketResponse500 = amendOrderResponse400;
export const getMarketResponse503 = amendOrderResponse400;
export const getOrderPath = amendOrderPath;
export const getOrderHeader = amendOrderHeader;
export const getOrderResponse200 = amendOrderResponse200;
export const getOrderResponse400 = amendOrderResponse400;
export const getOrderResponse401 = amendOrderResponse400;
export const getOrderResponse403 = amendOrderResponse400;
export const getOrderResponse404 = amendOrderResponse400;
export const getOrderResponse429 = amendOrderResponse400;
export const getOrderResponse500 = amendOrderResponse400;
export const getOrderResponse503 = amendOrderResponse400;
export const getOrderBookPath = getMarketPath;
export const getOrderBookHeader = amendOrderHeader;
export const getOrderBookResponse400 = amendOrderResponse400;
export const getOrderBookResponse404 = amendOrderResponse400;
export const getOrderBookResponse429 = amendOrderResponse400;
export const getOrderBookResponse500 = amendOrderResponse400;
export const getOrderBookResponse503 = amendOrderResponse400;
export const getOrderByClientOrderIdPath = cancelOrderByClientOrderIdPath;
export const getOrderByClientOrderIdHeader = amendOrderHeader;
export const getOrderByClientOrderIdResponse200 = amendOrderResponse200;
export const getOrderByClientOrderIdResponse400 = amendOrderResponse400;
export const getOrderByClientOrderIdResponse401 = amendOrderResponse400;
export const getOrderByClientOrderIdResponse403 = amendOrderResponse400;
export const getOrderByClientOrderIdResponse404 = amendOrderResponse400;
export const getOrderByClientOrderIdResponse429 = amendOrderResponse400;
export const getOrderByClientOrderIdResponse500 = amendOrderResponse400;
export const getOrderByClientOrderIdResponse503 = amendOrderResponse400;
export const getServerTimeHeader = amendOrderHeader;
export const getServerTimeResponse429 = amendOrderResponse400;
export const getServerTimeResponse500 = amendOrderResponse400;
export const getServerTimeResponse503 = amendOrderResponse400;
export const getTickerPath = getMarketPath;
export const getTickerHeader = amendOrderHeader;
export const getTickerResponse400 = amendOrderResponse400;
export const getTickerResponse404 = amendOrderResponse400;
export const getTickerResponse429 = amendOrderResponse400;
export const getTickerResponse500 = amendOrderResponse400;
export const getTickerResponse503 = amendOrderResponse400;
export const listBalancesHeader = amendOrderHeader;
export const listBalancesResponse401 = amendOrderResponse400;
export const listBalancesResponse403 = amendOrderResponse400;
export const listBalancesResponse429 = amendOrderResponse400;
export const listBalancesResponse500 = amendOrderResponse400;
export const listBalancesResponse503 = amendOrderResponse400;
export const listExecutionsHeader = amendOrderHeader;
export const listExecutionsResponse400 = amendOrderResponse400;
export const listExecutionsResponse401 = amendOrderResponse400;
export const listExecutionsResponse403 = amendOrderResponse400;
export const listExecutionsResponse404 = amendOrderResponse400;
export const listExecutionsResponse429 = amendOrderResponse400;
export const listExecutionsResponse500 = amendOrderResponse400;
export const listExecutionsResponse503 = amendOrderResponse400;
export const listMarketsHeader = amendOrderHeader;
export const listMarketsResponse429 = amendOrderResponse400;
export const listMarketsResponse500 = amendOrderResponse400;
export const listMarketsResponse503 = amendOrderResponse400;
export const listOrdersHeader = amendOrderHeader;
export const listOrdersResponse400 = amendOrderResponse400;
export const listOrdersResponse401 = amendOrderResponse400;
export const listOrdersResponse403 = amendOrderResponse400;
export const listOrdersResponse404 = amendOrderResponse400;
export const listOrdersResponse429 = amendOrderResponse400;
export const listOrdersResponse500 = amendOrderResponse400;
export const listOrdersResponse503 = amendOrderResponse400;
export const listPositionsHeader = amendOrderHeader;
export const listPositionsResponse401 = amendOrderResponse400;
export const listPositionsResponse403 = amendOrderResponse400;
export const listPositionsResponse429 = amendOrderResponse400;
export const listPositionsResponse500 = amendOrderResponse400;
export const listPositionsResponse503 = amendOrderResponse400;
export const listTickersHeader = amendOrderHeader;
export const listTickersResponse429 = amendOrderResponse400;
export const listTickersResponse500 = amendOrderResponse400;
export const listTickersResponse503 = amendOrderResponse400;
export const listTradesPath = getMarketPath;
export const listTradesHeader = amendOrderHeader;
export const listTradesResponse400 = amendOrderResponse400;
export const listTradesResponse404 = amendOrderResponse400;
export const listTradesResponse429 = amendOrderResponse400;
export const listTradesResponse500 = amendOrderResponse400;
export const listTradesResponse503 = amendOrderResponse400;
export const placeOrderHeader = amendOrderHeader;
export const placeOrderResponse200 = amendOrderResponse200;
export const placeOrderResponse201 = amendOrderResponse200;
export const placeOrderResponse400 = amendOrderResponse400;
export const placeOrderResponse401 = amendOrderResponse400;
export const placeOrderResponse403 = amendOrderResponse400;
export const placeOrderResponse404 = amendOrderResponse400;
export const placeOrderResponse409 = amendOrderResponse400;
export const placeOrderResponse413 = amendOrderResponse400;
export const placeOrderResponse415 = amendOrderResponse400;
export const placeOrderResponse429 = amendOrderResponse400;
export const placeOrderResponse500 = amendOrderResponse400;
export const placeOrderResponse503 = amendOrderResponse400;
export const placeOrderBatchHeader = amendOrderHeader;
export const placeOrderBatchResponse200 = cancelOrderBatchResponse200;
export const placeOrderBatchResponse400 = amendOrderResponse400;
export const placeOrderBatchResponse401 = amendOrderResponse400;
export const placeOrderBatchResponse403 = amendOrderResponse400;
export const placeOrderBatchResponse413 = amendOrderResponse400;
export const placeOrderBatchResponse415 = amendOrderResponse400;
export const placeOrderBatchResponse429 = amendOrderResponse400;
export const placeOrderBatchResponse500 = amendOrderResponse400;
export const placeOrderBatchResponse503 = amendOrderResponse400;
export const setCancelAllAfterHeader = amendOrderHeader;
export const setCancelAllAfterResponse400 = amendOrderResponse400;
export const setCancelAllAfterResponse401 = amendOrderResponse400;
export const setCancelAllAfterResponse403 = amendOrderResponse400;
export const setCancelAllAfterResponse413 = amendOrderResponse400;
export const setCancelAllAfterResponse415 = amendOrderResponse400;
export const setCancelAllAfterResponse429 = amendOrderResponse400;
export const setCancelAllAfterResponse500 = amendOrderResponse400;
export const setCancelAllAfterResponse503 = amendOrderResponse400;
