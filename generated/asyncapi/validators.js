// Generated from spec/asyncapi/asyncapi.yaml by generators/ws-template — do not edit.
import * as __ns0 from "ajv-formats/dist/formats.js";
import * as __ns1 from "ajv/dist/runtime/equal.js";
import * as __ns2 from "ajv/dist/runtime/ucs2length.js";
function __cjs(ns) {
  const m = ns.default;
  return m && typeof m === "object" && m.__esModule && "default" in m ? m : ns;
}
const __dep0 = __cjs(__ns0);
const __dep1 = __cjs(__ns1);
const __dep2 = __cjs(__ns2);
const __allErrors_clientAmendOrder = validate52;
const schema19 = {"type":"object","additionalProperties":false,"required":["op","id","changes"],"properties":{"op":{"type":"string","const":"amendOrder","description":"Always `amendOrder`."},"id":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json","description":"Required for order entry; echoed in the reply."},"orderId":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/OrderId.json","description":"The venue's id of the order."},"clientOrderId":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/ClientOrderId.json","description":"Your id of the order."},"changes":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/AmendOrderRequest.json","description":"The new price and/or quantity."}},"oneOf":[{"required":["orderId"],"properties":{"orderId":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/OrderId.json"}}},{"required":["clientOrderId"],"properties":{"clientOrderId":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/ClientOrderId.json"}}}],"$id":"https://openvenue.dev/contracts/asyncapi/validators/clientAmendOrder.json"};
const schema20 = {"title":"OrderId","description":"Identifier the venue assigns to an order. Opaque: compare it as a string, never parse it.","type":"string","pattern":"^[A-Za-z0-9_-]{1,64}$","examples":["1042"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/OrderId.json"};
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

const schema21 = {"title":"ClientOrderId","description":"The client's own identifier for an order: 1 to 36 characters of `A-Z a-z 0-9 _ -`. Unique per account for 24 hours (not just among open orders). Resending an order with the same `clientOrderId` and identical parameters returns the original order instead of placing a new one; with different parameters it is rejected with `DUPLICATE_CLIENT_ORDER_ID`. An order can be looked up and canceled by it while it is open and for 24 hours after it was placed; after that the identifier is free again (lookups by it answer `ORDER_NOT_FOUND`) and the order stays reachable by its `orderId`.","type":"string","pattern":"^[A-Za-z0-9_-]{1,36}$","examples":["my-order-1"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/ClientOrderId.json"};
const pattern4 = new RegExp("^[A-Za-z0-9_-]{1,36}$", "u");

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
if(typeof data === "string"){
if(!pattern4.test(data)){
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
validate55.errors = vErrors;
return errors === 0;
}
validate55.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema22 = {"title":"RequestId","description":"The client's identifier for a request, echoed unchanged in the reply's `id` so the client can match the two: a string of 1 to 64 characters of `A-Z a-z 0-9 _ . : -`, or a non-negative safe integer. The server does not interpret it and does not require it to be unique, but a client that reuses an id while a request with that id is still unanswered cannot tell the replies apart.","oneOf":[{"type":"string","pattern":"^[A-Za-z0-9_.:-]{1,64}$"},{"type":"integer","minimum":0,"maximum":9007199254740991}],"examples":[42,"place-7f3a"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json"};
const pattern5 = new RegExp("^[A-Za-z0-9_.:-]{1,64}$", "u");

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
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(typeof data === "string"){
if(!pattern5.test(data)){
const err0 = {instancePath,schemaPath:"#/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]{1,64}$"+"\""};
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
const err1 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err2 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data == "number") && (isFinite(data))){
if(data > 9007199254740991 || isNaN(data)){
const err3 = {instancePath,schemaPath:"#/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data < 0 || isNaN(data)){
const err4 = {instancePath,schemaPath:"#/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
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
}
}
if(!valid0){
const err5 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
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
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema23 = {"title":"AmendOrderRequest","description":"A change to an open limit order's price and/or quantity (at least one). A quantity decrease keeps the order's queue priority; a price change or a quantity increase loses it. The new quantity is the order's total quantity (including what has already filled) and must exceed the filled quantity.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"price":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json","description":"The new limit price, on the tick grid.","examples":["49900.00"]},"quantity":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json","description":"The new total quantity, on the lot grid.","examples":["0.0050"]}},"examples":[{"quantity":"0.0050"}],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/AmendOrderRequest.json"};
const schema24 = {"title":"Decimal","description":"A non-negative decimal number written as a JSON string, never a JSON number, so that no floating point ever touches a price, quantity, amount or fee. Plain digits with an optional fractional part: no sign, no exponent, no leading zeros, no leading or trailing dot. Prices are written with the market's tick decimals (`\"50000.10\"`), quantities with its lot decimals (`\"0.0100\"`). A value off the market's grid is rejected (`PRICE_NOT_ON_TICK`, `QUANTITY_NOT_ON_LOT`), never rounded.","type":"string","pattern":"^(0|[1-9][0-9]{0,29})(\\.[0-9]{1,18})?$","maxLength":49,"examples":["50000.10","0.0100","0"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json"};
const func1 = __dep2.default;
const pattern6 = new RegExp("^(0|[1-9][0-9]{0,29})(\\.[0-9]{1,18})?$", "u");

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
if(!pattern6.test(data)){
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
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate61.evaluated;
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
if(!(validate62(data.price, {instancePath:instancePath+"/price",parentData:data,parentDataProperty:"price",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
if(data.quantity !== undefined){
if(!(validate62(data.quantity, {instancePath:instancePath+"/quantity",parentData:data,parentDataProperty:"quantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
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
validate61.errors = vErrors;
return errors === 0;
}
validate61.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
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
if(data.orderId !== undefined){
if(!(validate53(data.orderId, {instancePath:instancePath+"/orderId",parentData:data,parentDataProperty:"orderId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = {};
props0.orderId = true;
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.clientOrderId === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "clientOrderId"},message:"must have required property '"+"clientOrderId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.clientOrderId !== undefined){
if(!(validate55(data.clientOrderId, {instancePath:instancePath+"/clientOrderId",parentData:data,parentDataProperty:"clientOrderId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
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
props0.clientOrderId = true;
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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.id === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.changes === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "changes"},message:"must have required property '"+"changes"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "op") || (key0 === "id")) || (key0 === "orderId")) || (key0 === "clientOrderId")) || (key0 === "changes"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.op !== undefined){
let data2 = data.op;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if("amendOrder" !== data2){
const err8 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "amendOrder"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate57(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
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
if(!(validate55(data.clientOrderId, {instancePath:instancePath+"/clientOrderId",parentData:data,parentDataProperty:"clientOrderId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
if(data.changes !== undefined){
if(!(validate61(data.changes, {instancePath:instancePath+"/changes",parentData:data,parentDataProperty:"changes",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const __allErrors_clientCancelAllOrders = validate66;
const schema25 = {"type":"object","additionalProperties":false,"required":["op","id"],"properties":{"op":{"type":"string","const":"cancelAllOrders","description":"Always `cancelAllOrders`."},"id":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json","description":"Required for order entry; echoed in the reply."},"market":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/MarketSymbol.json","description":"Only this market's orders; all markets when omitted."}},"$id":"https://openvenue.dev/contracts/asyncapi/validators/clientCancelAllOrders.json"};
const schema26 = {"title":"MarketSymbol","description":"A market (spot pair) symbol: the base asset, a hyphen, the quote asset, in upper case.","type":"string","pattern":"^[A-Z0-9]{2,10}-[A-Z0-9]{2,10}$","examples":["BTC-USD","ETH-BTC"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/MarketSymbol.json"};
const pattern7 = new RegExp("^[A-Z0-9]{2,10}-[A-Z0-9]{2,10}$", "u");

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate68.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern7.test(data)){
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
validate68.errors = vErrors;
return errors === 0;
}
validate68.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "op") || (key0 === "id")) || (key0 === "market"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.op !== undefined){
let data0 = data.op;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("cancelAllOrders" !== data0){
const err4 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "cancelAllOrders"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate57(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
}
if(data.market !== undefined){
if(!(validate68(data.market, {instancePath:instancePath+"/market",parentData:data,parentDataProperty:"market",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
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
validate66.errors = vErrors;
return errors === 0;
}
validate66.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const __allErrors_clientCancelOrder = validate70;
const schema27 = {"type":"object","additionalProperties":false,"required":["op","id"],"properties":{"op":{"type":"string","const":"cancelOrder","description":"Always `cancelOrder`."},"id":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json","description":"Required for order entry; echoed in the reply."},"orderId":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/OrderId.json","description":"The venue's id of the order."},"clientOrderId":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/ClientOrderId.json","description":"Your id of the order."}},"oneOf":[{"required":["orderId"],"properties":{"orderId":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/OrderId.json"}}},{"required":["clientOrderId"],"properties":{"clientOrderId":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/ClientOrderId.json"}}}],"$id":"https://openvenue.dev/contracts/asyncapi/validators/clientCancelOrder.json"};

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate70.evaluated;
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
if(data.orderId !== undefined){
if(!(validate53(data.orderId, {instancePath:instancePath+"/orderId",parentData:data,parentDataProperty:"orderId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = {};
props0.orderId = true;
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.clientOrderId === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "clientOrderId"},message:"must have required property '"+"clientOrderId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.clientOrderId !== undefined){
if(!(validate55(data.clientOrderId, {instancePath:instancePath+"/clientOrderId",parentData:data,parentDataProperty:"clientOrderId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
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
props0.clientOrderId = true;
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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.id === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "op") || (key0 === "id")) || (key0 === "orderId")) || (key0 === "clientOrderId"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.op !== undefined){
let data2 = data.op;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if("cancelOrder" !== data2){
const err7 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "cancelOrder"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate57(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
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
if(!(validate55(data.clientOrderId, {instancePath:instancePath+"/clientOrderId",parentData:data,parentDataProperty:"clientOrderId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
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
validate70.errors = vErrors;
return errors === 0;
}
validate70.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const __allErrors_clientLogin = validate76;
const schema28 = {"type":"object","additionalProperties":false,"required":["op","key","timestamp","signature"],"properties":{"op":{"type":"string","const":"login","description":"Always `login`."},"id":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json","description":"Echoed in the reply."},"key":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/ApiKeyId.json","description":"The API key id (what REST sends in `X-API-Key`)."},"timestamp":{"type":"integer","minimum":0,"maximum":9007199254740991,"description":"Unix epoch milliseconds, the same unit as REST's `X-API-Timestamp`. The prehash uses its plain decimal digits (`1767225600000`).","examples":[1767225600000]},"signature":{"type":"string","pattern":"^[A-Za-z0-9+/]{43}=$|^[A-Za-z0-9+/]{86}==$","description":"Base64 (with padding) of HMAC-SHA256(secret, prehash) for an HMAC key (44 characters) or of Ed25519-sign(prehash) for an Ed25519 key (88 characters).","examples":["HaCThYLdyKilDICcwIOUCPDChgkdk5fXHb0Cy/X5Z44="]},"cancelOnDisconnect":{"type":"boolean","default":false,"description":"When true, every order placed through this connection that is still open when the connection closes (for any reason: client close, network loss, slow consumer, server shutdown) is canceled with `cancelReason` `disconnect`. A venue crash is the exception: recovery restores acknowledged orders as they were."}},"$id":"https://openvenue.dev/contracts/asyncapi/validators/clientLogin.json"};
const schema29 = {"title":"ApiKeyId","description":"Identifier of an API key: the value sent in the `X-API-Key` header. Opaque string, not a secret.","type":"string","pattern":"^[A-Za-z0-9_-]{1,64}$","examples":["key_3f9a1c2e7b"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/ApiKeyId.json"};

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
validate78.errors = vErrors;
return errors === 0;
}
validate78.evaluated = {"dynamicProps":false,"dynamicItems":false};

const pattern9 = new RegExp("^[A-Za-z0-9+/]{43}=$|^[A-Za-z0-9+/]{86}==$", "u");

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.key === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.timestamp === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.signature === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "signature"},message:"must have required property '"+"signature"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "op") || (key0 === "id")) || (key0 === "key")) || (key0 === "timestamp")) || (key0 === "signature")) || (key0 === "cancelOnDisconnect"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.op !== undefined){
let data0 = data.op;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("login" !== data0){
const err6 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "login"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate57(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
}
if(data.key !== undefined){
if(!(validate78(data.key, {instancePath:instancePath+"/key",parentData:data,parentDataProperty:"key",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
}
if(data.timestamp !== undefined){
let data3 = data.timestamp;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err7 = {instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 9007199254740991 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.signature !== undefined){
let data4 = data.signature;
if(typeof data4 === "string"){
if(!pattern9.test(data4)){
const err10 = {instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+/]{43}=$|^[A-Za-z0-9+/]{86}==$"},message:"must match pattern \""+"^[A-Za-z0-9+/]{43}=$|^[A-Za-z0-9+/]{86}==$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.cancelOnDisconnect !== undefined){
if(typeof data.cancelOnDisconnect !== "boolean"){
const err12 = {instancePath:instancePath+"/cancelOnDisconnect",schemaPath:"#/properties/cancelOnDisconnect/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate76.errors = vErrors;
return errors === 0;
}
validate76.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const __allErrors_clientPing = validate80;
const schema30 = {"type":"object","additionalProperties":false,"required":["op"],"properties":{"op":{"type":"string","const":"ping","description":"Always `ping`."},"id":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json","description":"Echoed in the reply."}},"$id":"https://openvenue.dev/contracts/asyncapi/validators/clientPing.json"};

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "op") || (key0 === "id"))){
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
if(data.op !== undefined){
let data0 = data.op;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("ping" !== data0){
const err3 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "ping"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate57(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
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
validate80.errors = vErrors;
return errors === 0;
}
validate80.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const __allErrors_clientPlaceOrder = validate82;
const schema31 = {"type":"object","additionalProperties":false,"required":["op","id","order"],"properties":{"op":{"type":"string","const":"placeOrder","description":"Always `placeOrder`."},"id":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json","description":"Required for order entry; echoed in the reply."},"order":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/PlaceOrderRequest.json","description":"The order, as in the body of `POST /v1/orders` (a limit or a market order)."}},"$id":"https://openvenue.dev/contracts/asyncapi/validators/clientPlaceOrder.json"};
const schema32 = {"title":"PlaceOrderRequest","description":"A new order: either a limit order or a market order, told apart by `type` (`limit` or `market`). Unknown properties are rejected (`VALIDATION_FAILED`).","type":"object","oneOf":[{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/LimitOrderRequest.json"},{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/MarketOrderRequest.json"}],"examples":[{"market":"BTC-USD","side":"buy","type":"limit","price":"50000.00","quantity":"0.0100","timeInForce":"GTC","clientOrderId":"my-order-1"}],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/PlaceOrderRequest.json"};
const schema33 = {"title":"LimitOrderRequest","description":"A limit order: `price` and `quantity` are required, `quoteQuantity` is not accepted. `expireAt` is required when `timeInForce` is `GTD` and not accepted otherwise. `postOnly` orders must rest (`GTC` or `GTD`).","type":"object","additionalProperties":false,"required":["market","side","type","price","quantity"],"properties":{"market":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/MarketSymbol.json","description":"The market to trade on.","examples":["BTC-USD"]},"side":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Side.json","description":"Buy or sell.","examples":["buy"]},"type":{"type":"string","const":"limit","description":"Always `limit` for this variant.","examples":["limit"]},"price":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json","description":"The limit price, on the market's tick grid and greater than zero.","examples":["50000.00"]},"quantity":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json","description":"The quantity in the base asset, on the market's lot grid and at least `minQuantity`.","examples":["0.0100"]},"timeInForce":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/TimeInForce.json","description":"How long the order works. Omitted means `GTC`.","examples":["GTC"]},"expireAt":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Timestamp.json","description":"When a `GTD` order expires; must be in the future (`EXPIRE_AT_IN_PAST`). Only with `GTD`.","examples":["2026-11-22T00:00:00.000000Z"]},"postOnly":{"type":"boolean","description":"Only add liquidity: if the order would trade on arrival it is rejected with `POST_ONLY_WOULD_TAKE` instead. Requires `GTC` or `GTD`. Omitted means `false`.","examples":[false]},"selfTradePrevention":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/SelfTradePrevention.json","description":"What to do if the order would trade with the same account's resting order. Omitted means `cancelTaker`.","examples":["cancelTaker"]},"clientOrderId":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/ClientOrderId.json","description":"Your identifier for the order, unique per account for 24 hours. Always send one: it makes a retry safe and lets you look up the outcome after a timeout.","examples":["my-order-1"]}},"allOf":[{"description":"`expireAt` only with `GTD`.","if":{"required":["timeInForce"],"properties":{"timeInForce":{"const":"GTD"}}},"else":{"not":{"required":["expireAt"],"properties":{"expireAt":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Timestamp.json"}}}}},{"description":"`GTD` needs `expireAt`.","if":{"not":{"required":["expireAt"],"properties":{"expireAt":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Timestamp.json"}}}},"then":{"not":{"required":["timeInForce"],"properties":{"timeInForce":{"const":"GTD"}}}}},{"description":"`postOnly: true` only with a resting time in force (`GTC`, `GTD`).","if":{"required":["timeInForce"],"properties":{"timeInForce":{"enum":["IOC","FOK"]}}},"then":{"not":{"required":["postOnly"],"properties":{"postOnly":{"const":true}}}}}],"examples":[{"market":"BTC-USD","side":"buy","type":"limit","price":"50000.00","quantity":"0.0100","timeInForce":"GTC","clientOrderId":"my-order-1"}],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/LimitOrderRequest.json"};
const schema34 = {"title":"Timestamp","description":"An instant as an RFC 3339 string in UTC (`Z`), always with exactly six fractional digits (microseconds), as every OpenVenue timestamp is written.","type":"string","format":"date-time","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\\.[0-9]{6}Z$","examples":["2026-11-21T12:00:00.123456Z"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/Timestamp.json"};
const formats0 = __dep0.fullFormats["date-time"];
const pattern10 = new RegExp("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\\.[0-9]{6}Z$", "u");

function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate86.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern10.test(data)){
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
validate86.errors = vErrors;
return errors === 0;
}
validate86.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema35 = {"title":"Side","description":"The side of an order or execution. `buy` acquires the base asset, `sell` gives it up.","type":"string","enum":["buy","sell"],"examples":["buy"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/Side.json"};

function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate90.evaluated;
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
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate90.errors = vErrors;
return errors === 0;
}
validate90.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema36 = {"title":"TimeInForce","description":"How long an order stays working.","type":"string","enum":["GTC","IOC","FOK","GTD"],"examples":["GTC"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/TimeInForce.json"};

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
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate94.errors = vErrors;
return errors === 0;
}
validate94.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema37 = {"title":"SelfTradePrevention","description":"What happens when an order would trade against a resting order of the same account. The order(s) removed this way are `canceled` with `cancelReason: selfTradePrevention`.","type":"string","enum":["cancelTaker","cancelMaker","cancelBoth"],"examples":["cancelTaker"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/SelfTradePrevention.json"};

function validate97(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate97.evaluated;
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
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate97.errors = vErrors;
return errors === 0;
}
validate97.evaluated = {"dynamicProps":false,"dynamicItems":false};

const func2 = Object.prototype.hasOwnProperty;

function validate85(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate85.evaluated;
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
if(!(validate86(data.expireAt, {instancePath:instancePath+"/expireAt",parentData:data,parentDataProperty:"expireAt",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
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
if(!(validate86(data.expireAt, {instancePath:instancePath+"/expireAt",parentData:data,parentDataProperty:"expireAt",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
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
if(!(func2.call(schema33.properties, key0))){
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
if(!(validate68(data.market, {instancePath:instancePath+"/market",parentData:data,parentDataProperty:"market",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
if(data.side !== undefined){
if(!(validate90(data.side, {instancePath:instancePath+"/side",parentData:data,parentDataProperty:"side",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
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
if(!(validate62(data.price, {instancePath:instancePath+"/price",parentData:data,parentDataProperty:"price",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
if(data.quantity !== undefined){
if(!(validate62(data.quantity, {instancePath:instancePath+"/quantity",parentData:data,parentDataProperty:"quantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
if(data.timeInForce !== undefined){
if(!(validate94(data.timeInForce, {instancePath:instancePath+"/timeInForce",parentData:data,parentDataProperty:"timeInForce",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
}
if(data.expireAt !== undefined){
if(!(validate86(data.expireAt, {instancePath:instancePath+"/expireAt",parentData:data,parentDataProperty:"expireAt",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
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
if(!(validate97(data.selfTradePrevention, {instancePath:instancePath+"/selfTradePrevention",parentData:data,parentDataProperty:"selfTradePrevention",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
}
if(data.clientOrderId !== undefined){
if(!(validate55(data.clientOrderId, {instancePath:instancePath+"/clientOrderId",parentData:data,parentDataProperty:"clientOrderId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
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
validate85.errors = vErrors;
return errors === 0;
}
validate85.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema38 = {"title":"MarketOrderRequest","description":"A market order: no `price`. Give exactly one of `quantity` (base asset) or `quoteQuantity` (quote asset to spend, market buys only). Whatever cannot trade at once expires.","type":"object","additionalProperties":false,"required":["market","side","type"],"properties":{"market":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/MarketSymbol.json","description":"The market to trade on.","examples":["BTC-USD"]},"side":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Side.json","description":"Buy or sell.","examples":["buy"]},"type":{"type":"string","const":"market","description":"Always `market` for this variant.","examples":["market"]},"quantity":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json","description":"The quantity in the base asset, on the market's lot grid. Exclusive with `quoteQuantity`.","examples":["0.0100"]},"quoteQuantity":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json","description":"For market buys only: the most quote asset to spend, fees excluded, with at most the quote asset's decimals. Exclusive with `quantity`.","examples":["500.00"]},"timeInForce":{"type":"string","enum":["IOC","FOK"],"description":"`IOC` (when omitted) trades what it can and expires the rest; `FOK` trades everything or nothing.","examples":["IOC"]},"selfTradePrevention":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/SelfTradePrevention.json","description":"What to do if the order would trade with the same account's resting order. Omitted means `cancelTaker`.","examples":["cancelTaker"]},"clientOrderId":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/ClientOrderId.json","description":"Your identifier for the order, unique per account for 24 hours.","examples":["mkt-buy-7"]}},"oneOf":[{"required":["quantity"],"properties":{"quantity":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json"}}},{"required":["quoteQuantity"],"properties":{"quoteQuantity":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json"}}}],"if":{"required":["side"],"properties":{"side":{"const":"sell"}}},"then":{"not":{"required":["quoteQuantity"],"properties":{"quoteQuantity":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json"}}}},"examples":[{"market":"BTC-USD","side":"buy","type":"market","quoteQuantity":"500.00","clientOrderId":"mkt-buy-7"}],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/MarketOrderRequest.json"};

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
if(!(validate62(data.quantity, {instancePath:instancePath+"/quantity",parentData:data,parentDataProperty:"quantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
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
if(!(validate62(data.quoteQuantity, {instancePath:instancePath+"/quoteQuantity",parentData:data,parentDataProperty:"quoteQuantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
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
if(!(validate62(data.quoteQuantity, {instancePath:instancePath+"/quoteQuantity",parentData:data,parentDataProperty:"quoteQuantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
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
if(!(validate68(data.market, {instancePath:instancePath+"/market",parentData:data,parentDataProperty:"market",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
if(data.side !== undefined){
if(!(validate90(data.side, {instancePath:instancePath+"/side",parentData:data,parentDataProperty:"side",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
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
if(!(validate62(data.quantity, {instancePath:instancePath+"/quantity",parentData:data,parentDataProperty:"quantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
if(data.quoteQuantity !== undefined){
if(!(validate62(data.quoteQuantity, {instancePath:instancePath+"/quoteQuantity",parentData:data,parentDataProperty:"quoteQuantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
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
const err15 = {instancePath:instancePath+"/timeInForce",schemaPath:"#/properties/timeInForce/enum",keyword:"enum",params:{allowedValues: schema38.properties.timeInForce.enum},message:"must be equal to one of the allowed values"};
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
if(!(validate97(data.selfTradePrevention, {instancePath:instancePath+"/selfTradePrevention",parentData:data,parentDataProperty:"selfTradePrevention",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
}
if(data.clientOrderId !== undefined){
if(!(validate55(data.clientOrderId, {instancePath:instancePath+"/clientOrderId",parentData:data,parentDataProperty:"clientOrderId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
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
validate101.errors = vErrors;
return errors === 0;
}
validate101.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate84.evaluated;
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
if(!(validate85(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs3 = errors;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
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
validate84.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate84.evaluated = {"dynamicProps":true,"dynamicItems":false};


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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.order === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "order"},message:"must have required property '"+"order"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "op") || (key0 === "id")) || (key0 === "order"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.op !== undefined){
let data0 = data.op;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("placeOrder" !== data0){
const err5 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "placeOrder"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate57(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
}
if(data.order !== undefined){
if(!(validate84(data.order, {instancePath:instancePath+"/order",parentData:data,parentDataProperty:"order",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
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
validate82.errors = vErrors;
return errors === 0;
}
validate82.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const __allErrors_clientSetCancelAllAfter = validate113;
const schema39 = {"type":"object","additionalProperties":false,"required":["op","id","timeoutMs"],"properties":{"op":{"type":"string","const":"setCancelAllAfter","description":"Always `setCancelAllAfter`."},"id":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json","description":"Required for order entry; echoed in the reply."},"timeoutMs":{"type":"integer","minimum":0,"maximum":600000,"examples":[60000],"description":"Cancel all the account's open orders if the switch is not set again within this many milliseconds (at most 10 minutes). `0` disarms the switch."}},"$id":"https://openvenue.dev/contracts/asyncapi/validators/clientSetCancelAllAfter.json"};

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
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.timeoutMs === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timeoutMs"},message:"must have required property '"+"timeoutMs"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "op") || (key0 === "id")) || (key0 === "timeoutMs"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.op !== undefined){
let data0 = data.op;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("setCancelAllAfter" !== data0){
const err5 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "setCancelAllAfter"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate57(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
}
if(data.timeoutMs !== undefined){
let data2 = data.timeoutMs;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 600000 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600000},message:"must be <= 600000"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate113.errors = vErrors;
return errors === 0;
}
validate113.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const __allErrors_clientSubscribe = validate115;
const schema40 = {"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/SubscribeRequest.json","$id":"https://openvenue.dev/contracts/asyncapi/validators/clientSubscribe.json"};
const schema41 = {"title":"SubscribeRequest","description":"Start receiving a channel. `markets` only for the public channels; omitted, it means every market listed now.","type":"object","additionalProperties":false,"required":["op","channel"],"properties":{"op":{"type":"string","const":"subscribe","description":"Always `subscribe`."},"id":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json","description":"Echoed in the reply."},"channel":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/StreamChannel.json","description":"The channel."},"markets":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/MarketSymbolList.json","description":"The markets (public channels only)."}},"if":{"required":["channel"],"properties":{"channel":{"enum":["orders","executions","balances"]}}},"then":{"properties":{"markets":false}},"examples":[{"op":"subscribe","id":2,"channel":"book","markets":["BTC-USD"]}],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/SubscribeRequest.json"};
const schema42 = {"title":"StreamChannel","description":"A stream a connection can subscribe to. `book`, `trades` and `ticker` are public and per market; `orders`, `executions` and `balances` are private (they need a successful `login` with a key that has the `read` scope) and cover the whole account.","type":"string","enum":["book","trades","ticker","orders","executions","balances"],"examples":["book"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/StreamChannel.json"};

function validate118(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate118.evaluated;
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
if(!((((((data === "book") || (data === "trades")) || (data === "ticker")) || (data === "orders")) || (data === "executions")) || (data === "balances"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema42.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate118.errors = vErrors;
return errors === 0;
}
validate118.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema43 = {"title":"MarketSymbolList","description":"One or more market symbols, each at most once.","type":"array","items":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/MarketSymbol.json"},"minItems":1,"maxItems":100,"uniqueItems":true,"examples":[["BTC-USD","ETH-USD"]],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/MarketSymbolList.json"};
const func0 = __dep1.default;

function validate120(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate120.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length > 100){
const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.length < 1){
const err1 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
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
if(!(validate68(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
let i1 = data.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data[i1], data[j0])){
const err2 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate120.errors = vErrors;
return errors === 0;
}
validate120.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate116(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate116.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.channel === undefined) && (missing0 = "channel")){
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
if(data.channel !== undefined){
let data0 = data.channel;
if(!(((data0 === "orders") || (data0 === "executions")) || (data0 === "balances"))){
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
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.markets !== undefined){
const err2 = {instancePath:instancePath+"/markets",schemaPath:"#/then/properties/markets/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.markets = true;
props0.channel = true;
}
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.channel === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "op") || (key0 === "id")) || (key0 === "channel")) || (key0 === "markets"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.op !== undefined){
let data2 = data.op;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if("subscribe" !== data2){
const err8 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "subscribe"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate57(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
}
if(data.channel !== undefined){
if(!(validate118(data.channel, {instancePath:instancePath+"/channel",parentData:data,parentDataProperty:"channel",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
errors = vErrors.length;
}
}
if(data.markets !== undefined){
if(!(validate120(data.markets, {instancePath:instancePath+"/markets",parentData:data,parentDataProperty:"markets",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate120.errors : vErrors.concat(validate120.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate116.errors = vErrors;
return errors === 0;
}
validate116.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate115(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate115.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate116(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
errors = vErrors.length;
}
validate115.errors = vErrors;
return errors === 0;
}
validate115.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const __allErrors_clientUnsubscribe = validate124;
const schema44 = {"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/UnsubscribeRequest.json","$id":"https://openvenue.dev/contracts/asyncapi/validators/clientUnsubscribe.json"};
const schema45 = {"title":"UnsubscribeRequest","description":"Stop receiving a channel. `markets` only for the public channels; omitted, it means every market.","type":"object","additionalProperties":false,"required":["op","channel"],"properties":{"op":{"type":"string","const":"unsubscribe","description":"Always `unsubscribe`."},"id":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json","description":"Echoed in the reply."},"channel":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/StreamChannel.json","description":"The channel."},"markets":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/MarketSymbolList.json","description":"The markets (public channels only)."}},"if":{"required":["channel"],"properties":{"channel":{"enum":["orders","executions","balances"]}}},"then":{"properties":{"markets":false}},"examples":[{"op":"unsubscribe","id":2,"channel":"book","markets":["BTC-USD"]}],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/UnsubscribeRequest.json"};

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
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.channel === undefined) && (missing0 = "channel")){
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
if(data.channel !== undefined){
let data0 = data.channel;
if(!(((data0 === "orders") || (data0 === "executions")) || (data0 === "balances"))){
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
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.markets !== undefined){
const err2 = {instancePath:instancePath+"/markets",schemaPath:"#/then/properties/markets/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.markets = true;
props0.channel = true;
}
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.channel === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "op") || (key0 === "id")) || (key0 === "channel")) || (key0 === "markets"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.op !== undefined){
let data2 = data.op;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if("unsubscribe" !== data2){
const err8 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "unsubscribe"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate57(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
}
if(data.channel !== undefined){
if(!(validate118(data.channel, {instancePath:instancePath+"/channel",parentData:data,parentDataProperty:"channel",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
errors = vErrors.length;
}
}
if(data.markets !== undefined){
if(!(validate120(data.markets, {instancePath:instancePath+"/markets",parentData:data,parentDataProperty:"markets",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate120.errors : vErrors.concat(validate120.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate125.errors = vErrors;
return errors === 0;
}
validate125.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate124(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate124.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate125(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate125.errors : vErrors.concat(validate125.errors);
errors = vErrors.length;
}
validate124.errors = vErrors;
return errors === 0;
}
validate124.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const serverAmendOrderReply = validate130;
const schema46 = {"type":"object","required":["id","op","result"],"properties":{"id":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/ReplyId.json"},"op":{"type":"string","const":"amendOrder","description":"The request's `op`."},"result":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Order.json","description":"The order after the change."}},"$id":"https://openvenue.dev/contracts/asyncapi/validators/serverAmendOrderReply.json"};
const schema47 = {"title":"ReplyId","description":"The `id` of the request this message answers, exactly as the client sent it (same JSON type), or `null` when the request had no `id` or could not be read (`MALFORMED_JSON`, or a `VALIDATION_FAILED` whose `id` itself was invalid).","anyOf":[{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json"},{"type":"null"}],"examples":[42,null],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/ReplyId.json"};

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
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(validate57(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs2 = errors;
if(data !== null){
const err0 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err1 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
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
validate131.errors = vErrors;
return errors === 0;
}
validate131.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema48 = {"title":"Order","description":"An order as the venue records it. Fields that do not apply are present with the value `null` (for example `price` on a market order), so every order has the same shape.","type":"object","required":["orderId","clientOrderId","market","side","type","price","quantity","quoteQuantity","timeInForce","expireAt","postOnly","selfTradePrevention","status","filledQuantity","filledQuoteQuantity","averagePrice","cancelReason","rejectReason","createdAt","updatedAt"],"properties":{"orderId":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/OrderId.json","description":"The venue's identifier for the order.","examples":["1042"]},"clientOrderId":{"description":"The client's identifier, or `null` when the order was placed without one.","anyOf":[{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/ClientOrderId.json"},{"type":"null"}],"examples":["my-order-1"]},"market":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/MarketSymbol.json","description":"The market the order trades on.","examples":["BTC-USD"]},"side":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Side.json","description":"Buy or sell.","examples":["buy"]},"type":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/OrderType.json","description":"Limit or market.","examples":["limit"]},"price":{"description":"The limit price; `null` for a market order.","anyOf":[{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json"},{"type":"null"}],"examples":["50000.00"]},"quantity":{"description":"The order quantity in the base asset (after any amendment); `null` for a market buy placed with `quoteQuantity`.","anyOf":[{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json"},{"type":"null"}],"examples":["0.0100"]},"quoteQuantity":{"description":"The most quote asset a market buy spends (fees excluded); `null` otherwise.","anyOf":[{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json"},{"type":"null"}],"examples":[null]},"timeInForce":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/TimeInForce.json","description":"The time in force in effect (`IOC` or `FOK` for market orders).","examples":["GTC"]},"expireAt":{"description":"When a GTD order expires; `null` for other time-in-force values.","anyOf":[{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Timestamp.json"},{"type":"null"}],"examples":[null]},"postOnly":{"type":"boolean","description":"True if the order may only add liquidity (it is rejected rather than trade on arrival).","examples":[false]},"selfTradePrevention":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/SelfTradePrevention.json","description":"The self-trade prevention mode in effect.","examples":["cancelTaker"]},"status":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/OrderStatus.json","description":"The current state of the order.","examples":["new"]},"filledQuantity":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json","description":"How much of the base asset has traded so far.","examples":["0.0000"]},"filledQuoteQuantity":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json","description":"The value of what has traded so far (sum of price times quantity), in the quote asset, with its decimals.","examples":["0.000000"]},"averagePrice":{"description":"The volume-weighted average price of the fills, with the quote asset's decimals (truncated); `null` until something trades.","anyOf":[{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json"},{"type":"null"}],"examples":[null]},"cancelReason":{"description":"Why the order was canceled; `null` unless `status` is `canceled`.","anyOf":[{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/CancelReason.json"},{"type":"null"}],"examples":[null]},"rejectReason":{"description":"Why the order was rejected; `null` unless `status` is `rejected`.","anyOf":[{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/RejectReason.json"},{"type":"null"}],"examples":[null]},"createdAt":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Timestamp.json","description":"When the venue accepted (or rejected) the order.","examples":["2026-11-21T12:00:00.123456Z"]},"updatedAt":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Timestamp.json","description":"When the order last changed (a fill, an amendment, a cancel).","examples":["2026-11-21T12:00:00.123456Z"]}},"examples":[{"orderId":"1042","clientOrderId":"my-order-1","market":"BTC-USD","side":"buy","type":"limit","price":"50000.00","quantity":"0.0100","quoteQuantity":null,"timeInForce":"GTC","expireAt":null,"postOnly":false,"selfTradePrevention":"cancelTaker","status":"new","filledQuantity":"0.0000","filledQuoteQuantity":"0.000000","averagePrice":null,"cancelReason":null,"rejectReason":null,"createdAt":"2026-11-21T12:00:00.123456Z","updatedAt":"2026-11-21T12:00:00.123456Z"}],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/Order.json"};
const schema49 = {"title":"OrderType","description":"The order type.","type":"string","enum":["limit","market"],"examples":["limit"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/OrderType.json"};

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
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema49.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate139.errors = vErrors;
return errors === 0;
}
validate139.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema50 = {"title":"OrderStatus","description":"The state of an order. `new` and `partiallyFilled` are open; the others are final.","type":"string","enum":["new","partiallyFilled","filled","canceled","rejected","expired"],"examples":["partiallyFilled"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/OrderStatus.json"};

function validate147(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate147.evaluated;
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
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema50.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate147.errors = vErrors;
return errors === 0;
}
validate147.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema51 = {"title":"CancelReason","description":"Why an order was canceled.","type":"string","enum":["user","cancelAll","cancelAllAfter","disconnect","selfTradePrevention"],"examples":["user"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/CancelReason.json"};

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
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema51.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate152.errors = vErrors;
return errors === 0;
}
validate152.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema52 = {"title":"RejectReason","description":"Why a recorded order was rejected: the error code of the state-dependent check it failed (static checks reject without recording an order, so they never appear here).","type":"string","enum":["INSUFFICIENT_FUNDS","MARKET_HALTED","POST_ONLY_WOULD_TAKE"],"examples":["INSUFFICIENT_FUNDS"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/RejectReason.json"};

function validate154(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate154.evaluated;
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
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema52.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate154.errors = vErrors;
return errors === 0;
}
validate154.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate134(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate134.evaluated;
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
if(!(validate55(data1, {instancePath:instancePath+"/clientOrderId",parentData:data,parentDataProperty:"clientOrderId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
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
if(!(validate68(data.market, {instancePath:instancePath+"/market",parentData:data,parentDataProperty:"market",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
if(data.side !== undefined){
if(!(validate90(data.side, {instancePath:instancePath+"/side",parentData:data,parentDataProperty:"side",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
}
if(data.type !== undefined){
if(!(validate139(data.type, {instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate139.errors : vErrors.concat(validate139.errors);
errors = vErrors.length;
}
}
if(data.price !== undefined){
let data5 = data.price;
const _errs11 = errors;
let valid2 = false;
const _errs12 = errors;
if(!(validate62(data5, {instancePath:instancePath+"/price",parentData:data,parentDataProperty:"price",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
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
if(!(validate62(data6, {instancePath:instancePath+"/quantity",parentData:data,parentDataProperty:"quantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
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
if(!(validate62(data7, {instancePath:instancePath+"/quoteQuantity",parentData:data,parentDataProperty:"quoteQuantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
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
if(!(validate94(data.timeInForce, {instancePath:instancePath+"/timeInForce",parentData:data,parentDataProperty:"timeInForce",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
}
if(data.expireAt !== undefined){
let data9 = data.expireAt;
const _errs27 = errors;
let valid5 = false;
const _errs28 = errors;
if(!(validate86(data9, {instancePath:instancePath+"/expireAt",parentData:data,parentDataProperty:"expireAt",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
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
if(!(validate97(data.selfTradePrevention, {instancePath:instancePath+"/selfTradePrevention",parentData:data,parentDataProperty:"selfTradePrevention",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate147(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
errors = vErrors.length;
}
}
if(data.filledQuantity !== undefined){
if(!(validate62(data.filledQuantity, {instancePath:instancePath+"/filledQuantity",parentData:data,parentDataProperty:"filledQuantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
if(data.filledQuoteQuantity !== undefined){
if(!(validate62(data.filledQuoteQuantity, {instancePath:instancePath+"/filledQuoteQuantity",parentData:data,parentDataProperty:"filledQuoteQuantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
if(data.averagePrice !== undefined){
let data15 = data.averagePrice;
const _errs38 = errors;
let valid6 = false;
const _errs39 = errors;
if(!(validate62(data15, {instancePath:instancePath+"/averagePrice",parentData:data,parentDataProperty:"averagePrice",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
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
if(!(validate152(data16, {instancePath:instancePath+"/cancelReason",parentData:data,parentDataProperty:"cancelReason",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors);
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
if(!(validate154(data17, {instancePath:instancePath+"/rejectReason",parentData:data,parentDataProperty:"rejectReason",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate154.errors : vErrors.concat(validate154.errors);
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
if(!(validate86(data.createdAt, {instancePath:instancePath+"/createdAt",parentData:data,parentDataProperty:"createdAt",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
}
if(data.updatedAt !== undefined){
if(!(validate86(data.updatedAt, {instancePath:instancePath+"/updatedAt",parentData:data,parentDataProperty:"updatedAt",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
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
validate134.errors = vErrors;
return errors === 0;
}
validate134.evaluated = {"props":{"orderId":true,"clientOrderId":true,"market":true,"side":true,"type":true,"price":true,"quantity":true,"quoteQuantity":true,"timeInForce":true,"expireAt":true,"postOnly":true,"selfTradePrevention":true,"status":true,"filledQuantity":true,"filledQuoteQuantity":true,"averagePrice":true,"cancelReason":true,"rejectReason":true,"createdAt":true,"updatedAt":true},"dynamicProps":false,"dynamicItems":false};


function validate130(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate130.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.op === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.result === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.id !== undefined){
if(!(validate131(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate131.errors : vErrors.concat(validate131.errors);
errors = vErrors.length;
}
}
if(data.op !== undefined){
let data1 = data.op;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("amendOrder" !== data1){
const err4 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "amendOrder"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.result !== undefined){
if(!(validate134(data.result, {instancePath:instancePath+"/result",parentData:data,parentDataProperty:"result",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
errors = vErrors.length;
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
validate130.errors = vErrors;
return errors === 0;
}
validate130.evaluated = {"props":{"id":true,"op":true,"result":true},"dynamicProps":false,"dynamicItems":false};

export const serverBalancesSnapshot = validate159;
const schema53 = {"type":"object","required":["channel","type","seq","data"],"properties":{"channel":{"type":"string","const":"balances","description":"Always `balances`."},"type":{"type":"string","const":"snapshot","description":"Always `snapshot`."},"seq":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/PrivateSeq.json"},"data":{"type":"array","description":"One balance per asset the account holds or has held.","items":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Balance.json"}}},"$id":"https://openvenue.dev/contracts/asyncapi/validators/serverBalancesSnapshot.json"};
const schema54 = {"title":"PrivateSeq","description":"Sequence number of a private channel message on this connection: each private channel (`orders`, `executions`, `balances`) has its own counter per connection, the first message the channel sends on the connection carries 1 and every later one exactly 1 more, across unsubscribe and resubscribe. The server never skips or drops a message (it closes a slow connection instead), so a gap means the stream is broken: reconnect and reconcile over REST.","type":"integer","minimum":1,"maximum":9007199254740991,"examples":[17],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/PrivateSeq.json"};

function validate160(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate160.evaluated;
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
if(data < 1 || isNaN(data)){
const err2 = {instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
validate160.errors = vErrors;
return errors === 0;
}
validate160.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema55 = {"title":"Balance","description":"Your balance of one asset, written with the asset's decimals. `total = available + locked`; balances never go negative.","type":"object","required":["asset","total","available","locked"],"properties":{"asset":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Asset.json","description":"The asset.","examples":["USD"]},"total":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json","description":"Everything you hold of the asset.","examples":["100000.000000"]},"available":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json","description":"What new orders can use.","examples":["99500.000000"]},"locked":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json","description":"What is held by your open orders (released on cancel, consumed on fill).","examples":["500.000000"]}},"examples":[{"asset":"USD","total":"100000.000000","available":"99500.000000","locked":"500.000000"}],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/Balance.json"};
const schema56 = {"title":"Asset","description":"An asset (currency) code in upper case.","type":"string","pattern":"^[A-Z0-9]{2,10}$","examples":["BTC","USD"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/Asset.json"};
const pattern11 = new RegExp("^[A-Z0-9]{2,10}$", "u");

function validate163(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate163.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern11.test(data)){
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
validate163.errors = vErrors;
return errors === 0;
}
validate163.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate162(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate162.evaluated;
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
if(!(validate163(data.asset, {instancePath:instancePath+"/asset",parentData:data,parentDataProperty:"asset",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate163.errors : vErrors.concat(validate163.errors);
errors = vErrors.length;
}
}
if(data.total !== undefined){
if(!(validate62(data.total, {instancePath:instancePath+"/total",parentData:data,parentDataProperty:"total",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
if(data.available !== undefined){
if(!(validate62(data.available, {instancePath:instancePath+"/available",parentData:data,parentDataProperty:"available",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
if(data.locked !== undefined){
if(!(validate62(data.locked, {instancePath:instancePath+"/locked",parentData:data,parentDataProperty:"locked",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
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
validate162.errors = vErrors;
return errors === 0;
}
validate162.evaluated = {"props":{"asset":true,"total":true,"available":true,"locked":true},"dynamicProps":false,"dynamicItems":false};


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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.channel === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.seq === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.data === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.channel !== undefined){
let data0 = data.channel;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("balances" !== data0){
const err5 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/const",keyword:"const",params:{allowedValue: "balances"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if("snapshot" !== data1){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "snapshot"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.seq !== undefined){
if(!(validate160(data.seq, {instancePath:instancePath+"/seq",parentData:data,parentDataProperty:"seq",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate160.errors : vErrors.concat(validate160.errors);
errors = vErrors.length;
}
}
if(data.data !== undefined){
let data3 = data.data;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate162(data3[i0], {instancePath:instancePath+"/data/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate162.errors : vErrors.concat(validate162.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate159.errors = vErrors;
return errors === 0;
}
validate159.evaluated = {"props":{"channel":true,"type":true,"seq":true,"data":true},"dynamicProps":false,"dynamicItems":false};

export const serverBalancesUpdate = validate169;
const schema57 = {"type":"object","required":["channel","type","seq","data"],"properties":{"channel":{"type":"string","const":"balances","description":"Always `balances`."},"type":{"type":"string","const":"update","description":"Always `update`."},"seq":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/PrivateSeq.json"},"data":{"type":"array","description":"The changed balances.","minItems":1,"items":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Balance.json"}}},"$id":"https://openvenue.dev/contracts/asyncapi/validators/serverBalancesUpdate.json"};

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.channel === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.seq === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.data === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.channel !== undefined){
let data0 = data.channel;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("balances" !== data0){
const err5 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/const",keyword:"const",params:{allowedValue: "balances"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if("update" !== data1){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "update"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.seq !== undefined){
if(!(validate160(data.seq, {instancePath:instancePath+"/seq",parentData:data,parentDataProperty:"seq",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate160.errors : vErrors.concat(validate160.errors);
errors = vErrors.length;
}
}
if(data.data !== undefined){
let data3 = data.data;
if(Array.isArray(data3)){
if(data3.length < 1){
const err8 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate162(data3[i0], {instancePath:instancePath+"/data/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate162.errors : vErrors.concat(validate162.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate169.errors = vErrors;
return errors === 0;
}
validate169.evaluated = {"props":{"channel":true,"type":true,"seq":true,"data":true},"dynamicProps":false,"dynamicItems":false};

export const serverBookSnapshot = validate172;
const schema58 = {"type":"object","required":["channel","type","data"],"properties":{"channel":{"type":"string","const":"book","description":"Always `book`."},"type":{"type":"string","const":"snapshot","description":"Always `snapshot`."},"data":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/OrderBook.json","description":"The book."}},"$id":"https://openvenue.dev/contracts/asyncapi/validators/serverBookSnapshot.json"};
const schema59 = {"title":"OrderBook","description":"A level-2 snapshot of a market's book: bids best (highest) first, asks best (lowest) first, with the same `seq` and `checksum` as the WebSocket `book` channel, so a REST snapshot can seed a WebSocket-maintained book.","type":"object","required":["market","seq","checksum","bids","asks","updatedAt"],"properties":{"market":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/MarketSymbol.json","description":"The market.","examples":["BTC-USD"]},"seq":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/SequenceNumber.json","description":"The market's book sequence number at this snapshot.","examples":[184467]},"checksum":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/BookChecksum.json","description":"CRC-32 of the top 10 levels per side (computed on the full book, whatever `depth` was asked).","examples":[1859727052]},"bids":{"type":"array","description":"Bid levels, highest price first.","items":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/BookLevel.json"},"examples":[[["49999.50","0.2500"],["49999.00","1.0000"]]]},"asks":{"type":"array","description":"Ask levels, lowest price first.","items":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/BookLevel.json"},"examples":[[["50000.10","0.1200"],["50001.00","0.5000"]]]},"updatedAt":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Timestamp.json","description":"When the book last changed.","examples":["2026-11-21T12:00:02.000000Z"]}},"examples":[{"market":"BTC-USD","seq":184467,"checksum":1859727052,"bids":[["49999.50","0.2500"],["49999.00","1.0000"]],"asks":[["50000.10","0.1200"],["50001.00","0.5000"]],"updatedAt":"2026-11-21T12:00:02.000000Z"}],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/OrderBook.json"};
const schema60 = {"title":"SequenceNumber","description":"A message sequence number. For an order book it is per market and grows by exactly 1 per book message, the same counter on REST and WebSocket; a gap means a message was missed.","type":"integer","minimum":0,"maximum":9007199254740991,"examples":[184467],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/SequenceNumber.json"};

function validate175(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate175.evaluated;
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
validate175.errors = vErrors;
return errors === 0;
}
validate175.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema61 = {"title":"BookChecksum","description":"CRC-32 (IEEE 802.3, the zlib/PNG polynomial) as an unsigned integer, computed over the UTF-8 string made of the top 10 bids (best first) followed by the top 10 asks (best first), each level written `price:quantity` with the exact decimal strings sent, all joined with `,`. A client that computes a different value from its local book resubscribes (WebSocket) or refetches (REST).","type":"integer","minimum":0,"maximum":4294967295,"examples":[3141592653],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/BookChecksum.json"};

function validate177(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate177.evaluated;
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
validate177.errors = vErrors;
return errors === 0;
}
validate177.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema62 = {"title":"BookLevel","description":"One price level of an order book as a `[price, quantity]` pair of decimal strings: the price and the total quantity resting at it. The same compact form is used on REST and WebSocket (on a WebSocket update, quantity `\"0\"` removes the level). The strings are exactly the ones the checksum is computed over. Element 0 is the price (with the market's tick decimals), element 1 the total quantity resting at it (with the lot decimals).","type":"array","items":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json"},"minItems":2,"maxItems":2,"examples":[["50000.10","0.1200"]],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/BookLevel.json"};

function validate179(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate179.evaluated;
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
if(!(validate62(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
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
validate179.errors = vErrors;
return errors === 0;
}
validate179.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate173(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate173.evaluated;
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
if(!(validate68(data.market, {instancePath:instancePath+"/market",parentData:data,parentDataProperty:"market",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
if(data.seq !== undefined){
if(!(validate175(data.seq, {instancePath:instancePath+"/seq",parentData:data,parentDataProperty:"seq",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate175.errors : vErrors.concat(validate175.errors);
errors = vErrors.length;
}
}
if(data.checksum !== undefined){
if(!(validate177(data.checksum, {instancePath:instancePath+"/checksum",parentData:data,parentDataProperty:"checksum",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate177.errors : vErrors.concat(validate177.errors);
errors = vErrors.length;
}
}
if(data.bids !== undefined){
let data3 = data.bids;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate179(data3[i0], {instancePath:instancePath+"/bids/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate179.errors : vErrors.concat(validate179.errors);
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
if(!(validate179(data5[i1], {instancePath:instancePath+"/asks/" + i1,parentData:data5,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate179.errors : vErrors.concat(validate179.errors);
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
if(!(validate86(data.updatedAt, {instancePath:instancePath+"/updatedAt",parentData:data,parentDataProperty:"updatedAt",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
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
validate173.errors = vErrors;
return errors === 0;
}
validate173.evaluated = {"props":{"market":true,"seq":true,"checksum":true,"bids":true,"asks":true,"updatedAt":true},"dynamicProps":false,"dynamicItems":false};


function validate172(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate172.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.channel === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.data === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.channel !== undefined){
let data0 = data.channel;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("book" !== data0){
const err4 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/const",keyword:"const",params:{allowedValue: "book"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("snapshot" !== data1){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "snapshot"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.data !== undefined){
if(!(validate173(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate173.errors : vErrors.concat(validate173.errors);
errors = vErrors.length;
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
validate172.errors = vErrors;
return errors === 0;
}
validate172.evaluated = {"props":{"channel":true,"type":true,"data":true},"dynamicProps":false,"dynamicItems":false};

export const serverBookUpdate = validate185;
const schema63 = {"type":"object","required":["channel","type","data"],"properties":{"channel":{"type":"string","const":"book","description":"Always `book`."},"type":{"type":"string","const":"update","description":"Always `update`."},"data":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/BookUpdate.json","description":"The changed levels."}},"$id":"https://openvenue.dev/contracts/asyncapi/validators/serverBookUpdate.json"};
const schema64 = {"title":"BookUpdate","description":"The levels of one market's book that changed since the previous book message, with the book's new `seq` (exactly one more than the previous message's) and the `checksum` of the book after the change. Each level carries the new total quantity at that price (not a delta); quantity `\"0\"` removes the level. Apply every level, then compare the checksum.","type":"object","required":["market","seq","checksum","bids","asks","updatedAt"],"properties":{"market":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/MarketSymbol.json","description":"The market.","examples":["BTC-USD"]},"seq":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/SequenceNumber.json","description":"The market's book sequence number after this update (previous message's `seq` + 1).","examples":[184468]},"checksum":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/BookChecksum.json","description":"CRC-32 of the top 10 levels per side of the book after this update.","examples":[733457629]},"bids":{"type":"array","description":"Changed bid levels (possibly none), highest price first.","items":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/BookLevel.json"},"examples":[[["49999.50","0"]]]},"asks":{"type":"array","description":"Changed ask levels (possibly none), lowest price first.","items":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/BookLevel.json"},"examples":[[["50000.10","0.0800"],["50000.50","0.3000"]]]},"updatedAt":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Timestamp.json","description":"When the change happened in the matching engine.","examples":["2026-11-21T12:00:02.500000Z"]}},"examples":[{"market":"BTC-USD","seq":184468,"checksum":733457629,"bids":[["49999.50","0"]],"asks":[["50000.10","0.0800"],["50000.50","0.3000"]],"updatedAt":"2026-11-21T12:00:02.500000Z"}],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/BookUpdate.json"};

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
if(!(validate68(data.market, {instancePath:instancePath+"/market",parentData:data,parentDataProperty:"market",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
if(data.seq !== undefined){
if(!(validate175(data.seq, {instancePath:instancePath+"/seq",parentData:data,parentDataProperty:"seq",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate175.errors : vErrors.concat(validate175.errors);
errors = vErrors.length;
}
}
if(data.checksum !== undefined){
if(!(validate177(data.checksum, {instancePath:instancePath+"/checksum",parentData:data,parentDataProperty:"checksum",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate177.errors : vErrors.concat(validate177.errors);
errors = vErrors.length;
}
}
if(data.bids !== undefined){
let data3 = data.bids;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate179(data3[i0], {instancePath:instancePath+"/bids/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate179.errors : vErrors.concat(validate179.errors);
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
if(!(validate179(data5[i1], {instancePath:instancePath+"/asks/" + i1,parentData:data5,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate179.errors : vErrors.concat(validate179.errors);
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
if(!(validate86(data.updatedAt, {instancePath:instancePath+"/updatedAt",parentData:data,parentDataProperty:"updatedAt",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
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
validate186.errors = vErrors;
return errors === 0;
}
validate186.evaluated = {"props":{"market":true,"seq":true,"checksum":true,"bids":true,"asks":true,"updatedAt":true},"dynamicProps":false,"dynamicItems":false};


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
if(data.channel === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.data === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.channel !== undefined){
let data0 = data.channel;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("book" !== data0){
const err4 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/const",keyword:"const",params:{allowedValue: "book"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("update" !== data1){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "update"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.data !== undefined){
if(!(validate186(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate186.errors : vErrors.concat(validate186.errors);
errors = vErrors.length;
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
validate185.errors = vErrors;
return errors === 0;
}
validate185.evaluated = {"props":{"channel":true,"type":true,"data":true},"dynamicProps":false,"dynamicItems":false};

export const serverCancelAllOrdersReply = validate194;
const schema65 = {"type":"object","required":["id","op","result"],"properties":{"id":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/ReplyId.json"},"op":{"type":"string","const":"cancelAllOrders","description":"The request's `op`."},"result":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/CanceledOrders.json","description":"Every order this request canceled (an empty list if none was open)."}},"$id":"https://openvenue.dev/contracts/asyncapi/validators/serverCancelAllOrdersReply.json"};
const schema66 = {"title":"CanceledOrders","description":"The orders this request canceled (empty when there was nothing open).","type":"object","required":["data"],"properties":{"data":{"type":"array","description":"The canceled orders, each now with status `canceled` and `cancelReason` `cancelAll`.","items":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Order.json"},"examples":[[]]}},"examples":[{"data":[]}],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/CanceledOrders.json"};

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
if(!(validate134(data0[i0], {instancePath:instancePath+"/data/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
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
validate196.errors = vErrors;
return errors === 0;
}
validate196.evaluated = {"props":{"data":true},"dynamicProps":false,"dynamicItems":false};


function validate194(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate194.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.op === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.result === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.id !== undefined){
if(!(validate131(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate131.errors : vErrors.concat(validate131.errors);
errors = vErrors.length;
}
}
if(data.op !== undefined){
let data1 = data.op;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("cancelAllOrders" !== data1){
const err4 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "cancelAllOrders"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.result !== undefined){
if(!(validate196(data.result, {instancePath:instancePath+"/result",parentData:data,parentDataProperty:"result",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate196.errors : vErrors.concat(validate196.errors);
errors = vErrors.length;
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
validate194.errors = vErrors;
return errors === 0;
}
validate194.evaluated = {"props":{"id":true,"op":true,"result":true},"dynamicProps":false,"dynamicItems":false};

export const serverCancelOrderReply = validate199;
const schema67 = {"type":"object","required":["id","op","result"],"properties":{"id":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/ReplyId.json"},"op":{"type":"string","const":"cancelOrder","description":"The request's `op`."},"result":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Order.json","description":"The order, now `canceled` with `cancelReason` `user`."}},"$id":"https://openvenue.dev/contracts/asyncapi/validators/serverCancelOrderReply.json"};

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.op === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.result === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.id !== undefined){
if(!(validate131(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate131.errors : vErrors.concat(validate131.errors);
errors = vErrors.length;
}
}
if(data.op !== undefined){
let data1 = data.op;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("cancelOrder" !== data1){
const err4 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "cancelOrder"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.result !== undefined){
if(!(validate134(data.result, {instancePath:instancePath+"/result",parentData:data,parentDataProperty:"result",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
errors = vErrors.length;
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
validate199.errors = vErrors;
return errors === 0;
}
validate199.evaluated = {"props":{"id":true,"op":true,"result":true},"dynamicProps":false,"dynamicItems":false};

export const serverErrorReply = validate202;
const schema68 = {"type":"object","required":["id","op","error"],"properties":{"id":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/ReplyId.json"},"op":{"description":"The request's `op`, or `null` when it could not be read, is not a known operation, or is one added after 1.0.0 (`setCancelAllAfter`; see `ClientOp`).","anyOf":[{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/ClientOp.json"},{"type":"null"}]},"error":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Problem.json","description":"What went wrong."}},"$id":"https://openvenue.dev/contracts/asyncapi/validators/serverErrorReply.json"};
const schema69 = {"title":"ClientOp","description":"The operation a client message asks for (its `op`), as echoed in error replies. The list is that of release 1.0.0 and declared extensible: operations added later (`setCancelAllAfter`, 1.1.0) are not echoed while 1.0.0 is supported, since a client validating replies against 1.0.0 would reject a value it has never seen; their error replies carry `op` `null`. Match replies by `id`, and treat an unknown value as a known operation you did not send.","type":"string","enum":["login","subscribe","unsubscribe","ping","placeOrder","cancelOrder","amendOrder","cancelAllOrders"],"examples":["placeOrder"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/ClientOp.json"};

function validate204(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate204.evaluated;
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
if(!((((((((data === "login") || (data === "subscribe")) || (data === "unsubscribe")) || (data === "ping")) || (data === "placeOrder")) || (data === "cancelOrder")) || (data === "amendOrder")) || (data === "cancelAllOrders"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema69.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate204.errors = vErrors;
return errors === 0;
}
validate204.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema70 = {"title":"Problem","description":"An error, as an RFC 9457 problem details object (media type `application/problem+json`). Branch on `code`, never on `title` or `detail`, which are for humans and may change.","type":"object","required":["type","title","status","code","detail","requestId"],"properties":{"type":{"type":"string","format":"uri-reference","description":"A URI identifying the problem type, `https://openvenue.dev/errors/` followed by the code.","examples":["https://openvenue.dev/errors/INSUFFICIENT_FUNDS"]},"title":{"type":"string","description":"A short human-readable summary of the problem type (the same for every occurrence of a code).","examples":["Insufficient funds"]},"status":{"type":"integer","minimum":100,"maximum":599,"description":"The HTTP status code (also sent on the WebSocket, where there is no HTTP response).","examples":[400]},"code":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/ErrorCode.json","description":"The stable machine-readable error code.","examples":["INSUFFICIENT_FUNDS"]},"detail":{"type":"string","description":"A human-readable explanation of this occurrence.","examples":["Available USD 120.00 is less than the 500.00 the order needs."]},"instance":{"type":"string","description":"The request target the problem occurred on, when there is one.","examples":["/v1/orders"]},"requestId":{"type":"string","description":"The request's id, as in the `X-Request-Id` header; quote it when contacting support.","examples":["req_01JD8Y4N7K2M"]},"errors":{"type":"array","description":"For `VALIDATION_FAILED`, one entry per problem found in the request.","items":{"type":"object","required":["path","message"],"properties":{"path":{"type":"string","description":"Where the problem is: a JSON Pointer into the body (`/price`), or `query.<name>`, `path.<name>`, `header.<name>`.","examples":["/price"]},"message":{"type":"string","description":"What is wrong there.","examples":["must match the decimal pattern"]}}},"examples":[[{"path":"/price","message":"must match the decimal pattern"}]]},"retryAfter":{"type":"integer","minimum":1,"description":"For `RATE_LIMITED`: seconds to wait before retrying, the same value as the `Retry-After` header (on the WebSocket, where there are no headers, this is the only place it is carried).","examples":[12]},"serverTime":{"type":"integer","minimum":0,"description":"For `TIMESTAMP_OUT_OF_WINDOW`: the server clock in Unix epoch milliseconds, the same unit as `X-API-Timestamp`.","examples":[1767225612345]}},"examples":[{"type":"https://openvenue.dev/errors/INSUFFICIENT_FUNDS","title":"Insufficient funds","status":400,"code":"INSUFFICIENT_FUNDS","detail":"Available USD 120.00 is less than the 500.00 the order needs.","instance":"/v1/orders","requestId":"req_01JD8Y4N7K2M"}],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/Problem.json"};
const formats2 = /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
const schema71 = {"title":"ErrorCode","description":"The stable machine-readable error code carried in every problem's `code`: the one catalogue shared by REST, WebSocket and FIX. Codes are never renamed or reused; new codes may be added in a minor version, so clients must handle an unknown code by its HTTP status. Each description starts with the HTTP status the code is answered with.","type":"string","enum":["VALIDATION_FAILED","MALFORMED_JSON","UNSUPPORTED_MEDIA_TYPE","PAYLOAD_TOO_LARGE","NOT_FOUND","METHOD_NOT_ALLOWED","MISSING_CREDENTIALS","UNKNOWN_API_KEY","API_KEY_REVOKED","INVALID_SIGNATURE","TIMESTAMP_OUT_OF_WINDOW","REPLAYED_REQUEST","IP_NOT_ALLOWED","INSUFFICIENT_SCOPE","INVALID_OPERATOR_TOKEN","RATE_LIMITED","MARKET_NOT_FOUND","ORDER_NOT_FOUND","ACCOUNT_NOT_FOUND","API_KEY_NOT_FOUND","ASSET_NOT_FOUND","DUPLICATE_CLIENT_ORDER_ID","ORDER_ALREADY_CLOSED","INSUFFICIENT_FUNDS","PRICE_NOT_ON_TICK","QUANTITY_NOT_ON_LOT","QUANTITY_BELOW_MINIMUM","NOTIONAL_BELOW_MINIMUM","VALUE_OUT_OF_RANGE","EXPIRE_AT_IN_PAST","MARKET_HALTED","POST_ONLY_WOULD_TAKE","NOT_LOGGED_IN","ALREADY_LOGGED_IN","INTERNAL_ERROR","SERVICE_UNAVAILABLE"],"examples":["INSUFFICIENT_FUNDS"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/ErrorCode.json"};

function validate207(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate207.evaluated;
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
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema71.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate207.errors = vErrors;
return errors === 0;
}
validate207.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate206(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate206.evaluated;
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
if(!(validate207(data.code, {instancePath:instancePath+"/code",parentData:data,parentDataProperty:"code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate207.errors : vErrors.concat(validate207.errors);
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
validate206.errors = vErrors;
return errors === 0;
}
validate206.evaluated = {"props":{"type":true,"title":true,"status":true,"code":true,"detail":true,"instance":true,"requestId":true,"errors":true,"retryAfter":true,"serverTime":true},"dynamicProps":false,"dynamicItems":false};


function validate202(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate202.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.op === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.error === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.id !== undefined){
if(!(validate131(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate131.errors : vErrors.concat(validate131.errors);
errors = vErrors.length;
}
}
if(data.op !== undefined){
let data1 = data.op;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(!(validate204(data1, {instancePath:instancePath+"/op",parentData:data,parentDataProperty:"op",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate204.errors : vErrors.concat(validate204.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
const _errs5 = errors;
if(data1 !== null){
const err3 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err4 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
if(data.error !== undefined){
if(!(validate206(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate206.errors : vErrors.concat(validate206.errors);
errors = vErrors.length;
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
validate202.errors = vErrors;
return errors === 0;
}
validate202.evaluated = {"props":{"id":true,"op":true,"error":true},"dynamicProps":false,"dynamicItems":false};

export const serverExecutions = validate210;
const schema72 = {"type":"object","required":["channel","type","seq","data"],"properties":{"channel":{"type":"string","const":"executions","description":"Always `executions`."},"type":{"type":"string","const":"update","description":"Always `update`."},"seq":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/PrivateSeq.json"},"data":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Execution.json","description":"The fill."}},"$id":"https://openvenue.dev/contracts/asyncapi/validators/serverExecutions.json"};
const schema73 = {"title":"Execution","description":"One fill of one of your orders.","type":"object","required":["executionId","orderId","clientOrderId","market","side","price","quantity","quoteQuantity","fee","feeAsset","liquidity","tradeId","executedAt"],"properties":{"executionId":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/ExecutionId.json","description":"The execution's identifier.","examples":["2087"]},"orderId":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/OrderId.json","description":"The order that filled.","examples":["1042"]},"clientOrderId":{"description":"That order's clientOrderId, or `null` if it had none.","anyOf":[{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/ClientOrderId.json"},{"type":"null"}],"examples":["my-order-1"]},"market":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/MarketSymbol.json","description":"The market.","examples":["BTC-USD"]},"side":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Side.json","description":"The side of your order.","examples":["buy"]},"price":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json","description":"The price of the fill (the resting order's price).","examples":["50000.00"]},"quantity":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json","description":"The quantity filled, in the base asset.","examples":["0.0040"]},"quoteQuantity":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json","description":"Price times quantity, in the quote asset, with its decimals.","examples":["200.000000"]},"fee":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json","description":"The fee charged for this fill, in `feeAsset`, with its decimals.","examples":["0.200000"]},"feeAsset":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Asset.json","description":"The asset the fee was charged in (the market's quote asset).","examples":["USD"]},"liquidity":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Liquidity.json","description":"Whether your order was the maker or the taker.","examples":["maker"]},"tradeId":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/TradeId.json","description":"The trade this fill belongs to (the counterparty's execution has the same one).","examples":["981"]},"executedAt":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Timestamp.json","description":"When the fill happened.","examples":["2026-11-21T12:00:01.000250Z"]}},"examples":[{"executionId":"2087","orderId":"1042","clientOrderId":"my-order-1","market":"BTC-USD","side":"buy","price":"50000.00","quantity":"0.0040","quoteQuantity":"200.000000","fee":"0.200000","feeAsset":"USD","liquidity":"maker","tradeId":"981","executedAt":"2026-11-21T12:00:01.000250Z"}],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/Execution.json"};
const schema74 = {"title":"ExecutionId","description":"Identifier the venue assigns to one execution (one fill of one order). Opaque string.","type":"string","pattern":"^[A-Za-z0-9_-]{1,64}$","examples":["2087"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/ExecutionId.json"};

function validate213(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate213.evaluated;
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
validate213.errors = vErrors;
return errors === 0;
}
validate213.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema75 = {"title":"Liquidity","description":"Whether an execution added liquidity (its order was resting) or removed it.","type":"string","enum":["maker","taker"],"examples":["maker"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/Liquidity.json"};

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
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema75.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate224.errors = vErrors;
return errors === 0;
}
validate224.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema76 = {"title":"TradeId","description":"Identifier of a trade (one match between a maker and a taker; both sides' executions carry it). Opaque string.","type":"string","pattern":"^[A-Za-z0-9_-]{1,64}$","examples":["981"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/TradeId.json"};

function validate226(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate226.evaluated;
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
validate226.errors = vErrors;
return errors === 0;
}
validate226.evaluated = {"dynamicProps":false,"dynamicItems":false};


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
if(!(validate213(data.executionId, {instancePath:instancePath+"/executionId",parentData:data,parentDataProperty:"executionId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate213.errors : vErrors.concat(validate213.errors);
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
if(!(validate55(data2, {instancePath:instancePath+"/clientOrderId",parentData:data,parentDataProperty:"clientOrderId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
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
if(!(validate68(data.market, {instancePath:instancePath+"/market",parentData:data,parentDataProperty:"market",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
if(data.side !== undefined){
if(!(validate90(data.side, {instancePath:instancePath+"/side",parentData:data,parentDataProperty:"side",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
}
if(data.price !== undefined){
if(!(validate62(data.price, {instancePath:instancePath+"/price",parentData:data,parentDataProperty:"price",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
if(data.quantity !== undefined){
if(!(validate62(data.quantity, {instancePath:instancePath+"/quantity",parentData:data,parentDataProperty:"quantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
if(data.quoteQuantity !== undefined){
if(!(validate62(data.quoteQuantity, {instancePath:instancePath+"/quoteQuantity",parentData:data,parentDataProperty:"quoteQuantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
if(data.fee !== undefined){
if(!(validate62(data.fee, {instancePath:instancePath+"/fee",parentData:data,parentDataProperty:"fee",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
if(data.feeAsset !== undefined){
if(!(validate163(data.feeAsset, {instancePath:instancePath+"/feeAsset",parentData:data,parentDataProperty:"feeAsset",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate163.errors : vErrors.concat(validate163.errors);
errors = vErrors.length;
}
}
if(data.liquidity !== undefined){
if(!(validate224(data.liquidity, {instancePath:instancePath+"/liquidity",parentData:data,parentDataProperty:"liquidity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate224.errors : vErrors.concat(validate224.errors);
errors = vErrors.length;
}
}
if(data.tradeId !== undefined){
if(!(validate226(data.tradeId, {instancePath:instancePath+"/tradeId",parentData:data,parentDataProperty:"tradeId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate226.errors : vErrors.concat(validate226.errors);
errors = vErrors.length;
}
}
if(data.executedAt !== undefined){
if(!(validate86(data.executedAt, {instancePath:instancePath+"/executedAt",parentData:data,parentDataProperty:"executedAt",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
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
validate212.errors = vErrors;
return errors === 0;
}
validate212.evaluated = {"props":{"executionId":true,"orderId":true,"clientOrderId":true,"market":true,"side":true,"price":true,"quantity":true,"quoteQuantity":true,"fee":true,"feeAsset":true,"liquidity":true,"tradeId":true,"executedAt":true},"dynamicProps":false,"dynamicItems":false};


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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.channel === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.seq === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.data === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.channel !== undefined){
let data0 = data.channel;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("executions" !== data0){
const err5 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/const",keyword:"const",params:{allowedValue: "executions"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if("update" !== data1){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "update"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.seq !== undefined){
if(!(validate160(data.seq, {instancePath:instancePath+"/seq",parentData:data,parentDataProperty:"seq",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate160.errors : vErrors.concat(validate160.errors);
errors = vErrors.length;
}
}
if(data.data !== undefined){
if(!(validate212(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate212.errors : vErrors.concat(validate212.errors);
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
validate210.errors = vErrors;
return errors === 0;
}
validate210.evaluated = {"props":{"channel":true,"type":true,"seq":true,"data":true},"dynamicProps":false,"dynamicItems":false};

export const serverLoginReply = validate230;
const schema77 = {"type":"object","required":["id","op","result"],"properties":{"id":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/ReplyId.json"},"op":{"type":"string","const":"login","description":"The request's `op`."},"result":{"type":"object","description":"The session now established.","required":["accountId","keyId","scopes","cancelOnDisconnect","serverTime"],"properties":{"accountId":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/AccountId.json","description":"The account the key belongs to."},"keyId":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/ApiKeyId.json","description":"The key the session logged in with."},"scopes":{"type":"array","description":"The key's scopes.","items":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/ApiKeyScope.json"},"uniqueItems":true},"cancelOnDisconnect":{"type":"boolean","description":"Whether cancel-on-disconnect is armed for this connection."},"serverTime":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Timestamp.json","description":"The server clock when the login was accepted."}}}},"$id":"https://openvenue.dev/contracts/asyncapi/validators/serverLoginReply.json"};
const schema78 = {"title":"AccountId","description":"Identifier of a trading account. Opaque string.","type":"string","pattern":"^[A-Za-z0-9_-]{1,64}$","examples":["acc_7"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/AccountId.json"};

function validate232(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate232.evaluated;
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
validate232.errors = vErrors;
return errors === 0;
}
validate232.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema79 = {"title":"ApiKeyScope","description":"A permission granted to an API key. No scope moves funds out of the venue. A call needing a scope the key lacks is answered `403 INSUFFICIENT_SCOPE`.","type":"string","enum":["read","trade"],"examples":["trade"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/ApiKeyScope.json"};

function validate235(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate235.evaluated;
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
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema79.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate235.errors = vErrors;
return errors === 0;
}
validate235.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate230(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate230.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.op === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.result === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.id !== undefined){
if(!(validate131(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate131.errors : vErrors.concat(validate131.errors);
errors = vErrors.length;
}
}
if(data.op !== undefined){
let data1 = data.op;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("login" !== data1){
const err4 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "login"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.result !== undefined){
let data2 = data.result;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.accountId === undefined){
const err5 = {instancePath:instancePath+"/result",schemaPath:"#/properties/result/required",keyword:"required",params:{missingProperty: "accountId"},message:"must have required property '"+"accountId"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.keyId === undefined){
const err6 = {instancePath:instancePath+"/result",schemaPath:"#/properties/result/required",keyword:"required",params:{missingProperty: "keyId"},message:"must have required property '"+"keyId"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2.scopes === undefined){
const err7 = {instancePath:instancePath+"/result",schemaPath:"#/properties/result/required",keyword:"required",params:{missingProperty: "scopes"},message:"must have required property '"+"scopes"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2.cancelOnDisconnect === undefined){
const err8 = {instancePath:instancePath+"/result",schemaPath:"#/properties/result/required",keyword:"required",params:{missingProperty: "cancelOnDisconnect"},message:"must have required property '"+"cancelOnDisconnect"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.serverTime === undefined){
const err9 = {instancePath:instancePath+"/result",schemaPath:"#/properties/result/required",keyword:"required",params:{missingProperty: "serverTime"},message:"must have required property '"+"serverTime"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.accountId !== undefined){
if(!(validate232(data2.accountId, {instancePath:instancePath+"/result/accountId",parentData:data2,parentDataProperty:"accountId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate232.errors : vErrors.concat(validate232.errors);
errors = vErrors.length;
}
}
if(data2.keyId !== undefined){
if(!(validate78(data2.keyId, {instancePath:instancePath+"/result/keyId",parentData:data2,parentDataProperty:"keyId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
}
if(data2.scopes !== undefined){
let data5 = data2.scopes;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate235(data5[i0], {instancePath:instancePath+"/result/scopes/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate235.errors : vErrors.concat(validate235.errors);
errors = vErrors.length;
}
}
let i1 = data5.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data5[i1], data5[j0])){
const err10 = {instancePath:instancePath+"/result/scopes",schemaPath:"#/properties/result/properties/scopes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err11 = {instancePath:instancePath+"/result/scopes",schemaPath:"#/properties/result/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.cancelOnDisconnect !== undefined){
if(typeof data2.cancelOnDisconnect !== "boolean"){
const err12 = {instancePath:instancePath+"/result/cancelOnDisconnect",schemaPath:"#/properties/result/properties/cancelOnDisconnect/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.serverTime !== undefined){
if(!(validate86(data2.serverTime, {instancePath:instancePath+"/result/serverTime",parentData:data2,parentDataProperty:"serverTime",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/result",schemaPath:"#/properties/result/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
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
validate230.errors = vErrors;
return errors === 0;
}
validate230.evaluated = {"props":{"id":true,"op":true,"result":true},"dynamicProps":false,"dynamicItems":false};

export const serverOrdersSnapshot = validate238;
const schema80 = {"type":"object","required":["channel","type","seq","data"],"properties":{"channel":{"type":"string","const":"orders","description":"Always `orders`."},"type":{"type":"string","const":"snapshot","description":"Always `snapshot`."},"seq":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/PrivateSeq.json"},"data":{"type":"array","description":"The open orders, oldest first.","items":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Order.json"}}},"$id":"https://openvenue.dev/contracts/asyncapi/validators/serverOrdersSnapshot.json"};

function validate238(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate238.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.channel === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.seq === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.data === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.channel !== undefined){
let data0 = data.channel;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("orders" !== data0){
const err5 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/const",keyword:"const",params:{allowedValue: "orders"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if("snapshot" !== data1){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "snapshot"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.seq !== undefined){
if(!(validate160(data.seq, {instancePath:instancePath+"/seq",parentData:data,parentDataProperty:"seq",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate160.errors : vErrors.concat(validate160.errors);
errors = vErrors.length;
}
}
if(data.data !== undefined){
let data3 = data.data;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate134(data3[i0], {instancePath:instancePath+"/data/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate238.errors = vErrors;
return errors === 0;
}
validate238.evaluated = {"props":{"channel":true,"type":true,"seq":true,"data":true},"dynamicProps":false,"dynamicItems":false};

export const serverOrdersUpdate = validate241;
const schema81 = {"type":"object","required":["channel","type","seq","data"],"properties":{"channel":{"type":"string","const":"orders","description":"Always `orders`."},"type":{"type":"string","const":"update","description":"Always `update`."},"seq":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/PrivateSeq.json"},"data":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Order.json","description":"The order as it is now."}},"$id":"https://openvenue.dev/contracts/asyncapi/validators/serverOrdersUpdate.json"};

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.channel === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.seq === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.data === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.channel !== undefined){
let data0 = data.channel;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("orders" !== data0){
const err5 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/const",keyword:"const",params:{allowedValue: "orders"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if("update" !== data1){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "update"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.seq !== undefined){
if(!(validate160(data.seq, {instancePath:instancePath+"/seq",parentData:data,parentDataProperty:"seq",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate160.errors : vErrors.concat(validate160.errors);
errors = vErrors.length;
}
}
if(data.data !== undefined){
if(!(validate134(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
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
validate241.errors = vErrors;
return errors === 0;
}
validate241.evaluated = {"props":{"channel":true,"type":true,"seq":true,"data":true},"dynamicProps":false,"dynamicItems":false};

export const serverPlaceOrderReply = validate244;
const schema82 = {"type":"object","required":["id","op","replayed","result"],"properties":{"id":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/ReplyId.json"},"op":{"type":"string","const":"placeOrder","description":"The request's `op`."},"replayed":{"type":"boolean","description":"True if the order already existed with this `clientOrderId` and identical parameters."},"result":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Order.json","description":"The order."}},"$id":"https://openvenue.dev/contracts/asyncapi/validators/serverPlaceOrderReply.json"};

function validate244(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate244.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.op === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.replayed === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "replayed"},message:"must have required property '"+"replayed"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.result === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.id !== undefined){
if(!(validate131(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate131.errors : vErrors.concat(validate131.errors);
errors = vErrors.length;
}
}
if(data.op !== undefined){
let data1 = data.op;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("placeOrder" !== data1){
const err5 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "placeOrder"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.replayed !== undefined){
if(typeof data.replayed !== "boolean"){
const err6 = {instancePath:instancePath+"/replayed",schemaPath:"#/properties/replayed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.result !== undefined){
if(!(validate134(data.result, {instancePath:instancePath+"/result",parentData:data,parentDataProperty:"result",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
errors = vErrors.length;
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
validate244.errors = vErrors;
return errors === 0;
}
validate244.evaluated = {"props":{"id":true,"op":true,"replayed":true,"result":true},"dynamicProps":false,"dynamicItems":false};

export const serverPong = validate247;
const schema83 = {"type":"object","required":["id","op","result"],"properties":{"id":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/ReplyId.json"},"op":{"type":"string","const":"ping","description":"The request's `op`."},"result":{"type":"object","description":"The server's answer.","required":["serverTime"],"properties":{"serverTime":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Timestamp.json","description":"The server clock when the ping was answered."}}}},"$id":"https://openvenue.dev/contracts/asyncapi/validators/serverPong.json"};

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
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.op === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.result === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.id !== undefined){
if(!(validate131(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate131.errors : vErrors.concat(validate131.errors);
errors = vErrors.length;
}
}
if(data.op !== undefined){
let data1 = data.op;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("ping" !== data1){
const err4 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "ping"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.result !== undefined){
let data2 = data.result;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.serverTime === undefined){
const err5 = {instancePath:instancePath+"/result",schemaPath:"#/properties/result/required",keyword:"required",params:{missingProperty: "serverTime"},message:"must have required property '"+"serverTime"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.serverTime !== undefined){
if(!(validate86(data2.serverTime, {instancePath:instancePath+"/result/serverTime",parentData:data2,parentDataProperty:"serverTime",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/result",schemaPath:"#/properties/result/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
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
validate247.errors = vErrors;
return errors === 0;
}
validate247.evaluated = {"props":{"id":true,"op":true,"result":true},"dynamicProps":false,"dynamicItems":false};

export const serverSetCancelAllAfterReply = validate250;
const schema84 = {"type":"object","required":["id","op","result"],"properties":{"id":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/ReplyId.json"},"op":{"type":"string","const":"setCancelAllAfter","description":"The request's `op`."},"result":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/CancelAllAfterStatus.json","description":"The state of the switch after the request, as REST answers it."}},"$id":"https://openvenue.dev/contracts/asyncapi/validators/serverSetCancelAllAfterReply.json"};
const schema85 = {"title":"CancelAllAfterStatus","description":"The state of the dead man's switch after the call.","type":"object","required":["timeoutMs","triggerAt"],"properties":{"timeoutMs":{"type":"integer","minimum":0,"maximum":600000,"description":"The timeout now in force; `0` when disarmed.","examples":[60000]},"triggerAt":{"description":"When all open orders will be canceled unless the switch is re-armed or disarmed; `null` when disarmed.","anyOf":[{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Timestamp.json"},{"type":"null"}],"examples":["2026-11-21T12:01:00.123456Z"]}},"$id":"https://openvenue.dev/contracts/asyncapi/schemas/CancelAllAfterStatus.json"};

function validate252(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate252.evaluated;
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
if(!(validate86(data1, {instancePath:instancePath+"/triggerAt",parentData:data,parentDataProperty:"triggerAt",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
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
validate252.errors = vErrors;
return errors === 0;
}
validate252.evaluated = {"props":{"timeoutMs":true,"triggerAt":true},"dynamicProps":false,"dynamicItems":false};


function validate250(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate250.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.op === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.result === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.id !== undefined){
if(!(validate131(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate131.errors : vErrors.concat(validate131.errors);
errors = vErrors.length;
}
}
if(data.op !== undefined){
let data1 = data.op;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("setCancelAllAfter" !== data1){
const err4 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "setCancelAllAfter"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.result !== undefined){
if(!(validate252(data.result, {instancePath:instancePath+"/result",parentData:data,parentDataProperty:"result",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate252.errors : vErrors.concat(validate252.errors);
errors = vErrors.length;
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
validate250.errors = vErrors;
return errors === 0;
}
validate250.evaluated = {"props":{"id":true,"op":true,"result":true},"dynamicProps":false,"dynamicItems":false};

export const serverSubscribeReply = validate255;
const schema86 = {"type":"object","required":["id","op","result"],"properties":{"id":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/ReplyId.json"},"op":{"type":"string","const":"subscribe","description":"The request's `op`."},"result":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/SubscriptionResult.json"}},"$id":"https://openvenue.dev/contracts/asyncapi/validators/serverSubscribeReply.json"};
const schema87 = {"title":"SubscriptionResult","description":"What a subscribe or unsubscribe request changed.","type":"object","required":["channel","markets"],"properties":{"channel":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/StreamChannel.json","description":"The channel."},"markets":{"description":"For a public channel, the markets the request covered (all markets listed at that moment when the request named none); `null` for a private channel.","anyOf":[{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/MarketSymbolList.json"},{"type":"null"}]}},"examples":[{"channel":"book","markets":["BTC-USD","ETH-USD"]}],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/SubscriptionResult.json"};

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.channel === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.markets === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "markets"},message:"must have required property '"+"markets"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.channel !== undefined){
if(!(validate118(data.channel, {instancePath:instancePath+"/channel",parentData:data,parentDataProperty:"channel",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
errors = vErrors.length;
}
}
if(data.markets !== undefined){
let data1 = data.markets;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(!(validate120(data1, {instancePath:instancePath+"/markets",parentData:data,parentDataProperty:"markets",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate120.errors : vErrors.concat(validate120.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
const _errs5 = errors;
if(data1 !== null){
const err2 = {instancePath:instancePath+"/markets",schemaPath:"#/properties/markets/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err3 = {instancePath:instancePath+"/markets",schemaPath:"#/properties/markets/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
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
validate257.errors = vErrors;
return errors === 0;
}
validate257.evaluated = {"props":{"channel":true,"markets":true},"dynamicProps":false,"dynamicItems":false};


function validate255(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate255.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.op === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.result === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.id !== undefined){
if(!(validate131(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate131.errors : vErrors.concat(validate131.errors);
errors = vErrors.length;
}
}
if(data.op !== undefined){
let data1 = data.op;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("subscribe" !== data1){
const err4 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "subscribe"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.result !== undefined){
if(!(validate257(data.result, {instancePath:instancePath+"/result",parentData:data,parentDataProperty:"result",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate257.errors : vErrors.concat(validate257.errors);
errors = vErrors.length;
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
validate255.errors = vErrors;
return errors === 0;
}
validate255.evaluated = {"props":{"id":true,"op":true,"result":true},"dynamicProps":false,"dynamicItems":false};

export const serverTicker = validate261;
const schema88 = {"type":"object","required":["channel","type","data"],"properties":{"channel":{"type":"string","const":"ticker","description":"Always `ticker`."},"type":{"type":"string","const":"update","description":"Always `update`."},"data":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Ticker.json","description":"The ticker."}},"$id":"https://openvenue.dev/contracts/asyncapi/validators/serverTicker.json"};
const schema89 = {"title":"Ticker","description":"A market's best prices and rolling 24-hour statistics. Price fields are `null` when there is no such price (an empty book side, no trade in 24 hours).","type":"object","required":["market","bestBid","bestBidQuantity","bestAsk","bestAskQuantity","lastPrice","open24h","high24h","low24h","volume24h","quoteVolume24h","updatedAt"],"properties":{"market":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/MarketSymbol.json","description":"The market.","examples":["BTC-USD"]},"bestBid":{"description":"The highest bid price, or `null` if there are no bids.","anyOf":[{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json"},{"type":"null"}],"examples":["49999.50"]},"bestBidQuantity":{"description":"The total quantity at the best bid, or `null`.","anyOf":[{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json"},{"type":"null"}],"examples":["0.2500"]},"bestAsk":{"description":"The lowest ask price, or `null` if there are no asks.","anyOf":[{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json"},{"type":"null"}],"examples":["50000.10"]},"bestAskQuantity":{"description":"The total quantity at the best ask, or `null`.","anyOf":[{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json"},{"type":"null"}],"examples":["0.1200"]},"lastPrice":{"description":"The price of the most recent trade, or `null` if the market never traded.","anyOf":[{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json"},{"type":"null"}],"examples":["50000.00"]},"open24h":{"description":"The price of the first trade of the last 24 hours, or `null` if none.","anyOf":[{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json"},{"type":"null"}],"examples":["49000.00"]},"high24h":{"description":"The highest trade price of the last 24 hours, or `null` if none.","anyOf":[{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json"},{"type":"null"}],"examples":["50500.00"]},"low24h":{"description":"The lowest trade price of the last 24 hours, or `null` if none.","anyOf":[{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json"},{"type":"null"}],"examples":["48800.00"]},"volume24h":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json","description":"Base quantity traded in the last 24 hours.","examples":["12.3400"]},"quoteVolume24h":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json","description":"Quote value traded in the last 24 hours, with the quote asset's decimals.","examples":["612345.670000"]},"updatedAt":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Timestamp.json","description":"When these figures were computed.","examples":["2026-11-21T12:00:02.000000Z"]}},"examples":[{"market":"BTC-USD","bestBid":"49999.50","bestBidQuantity":"0.2500","bestAsk":"50000.10","bestAskQuantity":"0.1200","lastPrice":"50000.00","open24h":"49000.00","high24h":"50500.00","low24h":"48800.00","volume24h":"12.3400","quoteVolume24h":"612345.670000","updatedAt":"2026-11-21T12:00:02.000000Z"}],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/Ticker.json"};

function validate262(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate262.evaluated;
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
if(!(validate68(data.market, {instancePath:instancePath+"/market",parentData:data,parentDataProperty:"market",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
if(data.bestBid !== undefined){
let data1 = data.bestBid;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(!(validate62(data1, {instancePath:instancePath+"/bestBid",parentData:data,parentDataProperty:"bestBid",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
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
if(!(validate62(data2, {instancePath:instancePath+"/bestBidQuantity",parentData:data,parentDataProperty:"bestBidQuantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
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
if(!(validate62(data3, {instancePath:instancePath+"/bestAsk",parentData:data,parentDataProperty:"bestAsk",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
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
if(!(validate62(data4, {instancePath:instancePath+"/bestAskQuantity",parentData:data,parentDataProperty:"bestAskQuantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
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
if(!(validate62(data5, {instancePath:instancePath+"/lastPrice",parentData:data,parentDataProperty:"lastPrice",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
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
if(!(validate62(data6, {instancePath:instancePath+"/open24h",parentData:data,parentDataProperty:"open24h",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
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
if(!(validate62(data7, {instancePath:instancePath+"/high24h",parentData:data,parentDataProperty:"high24h",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
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
if(!(validate62(data8, {instancePath:instancePath+"/low24h",parentData:data,parentDataProperty:"low24h",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
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
if(!(validate62(data.volume24h, {instancePath:instancePath+"/volume24h",parentData:data,parentDataProperty:"volume24h",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
if(data.quoteVolume24h !== undefined){
if(!(validate62(data.quoteVolume24h, {instancePath:instancePath+"/quoteVolume24h",parentData:data,parentDataProperty:"quoteVolume24h",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
if(data.updatedAt !== undefined){
if(!(validate86(data.updatedAt, {instancePath:instancePath+"/updatedAt",parentData:data,parentDataProperty:"updatedAt",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
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
validate262.errors = vErrors;
return errors === 0;
}
validate262.evaluated = {"props":{"market":true,"bestBid":true,"bestBidQuantity":true,"bestAsk":true,"bestAskQuantity":true,"lastPrice":true,"open24h":true,"high24h":true,"low24h":true,"volume24h":true,"quoteVolume24h":true,"updatedAt":true},"dynamicProps":false,"dynamicItems":false};


function validate261(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate261.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.channel === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.data === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.channel !== undefined){
let data0 = data.channel;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("ticker" !== data0){
const err4 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/const",keyword:"const",params:{allowedValue: "ticker"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("update" !== data1){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "update"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.data !== undefined){
if(!(validate262(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate262.errors : vErrors.concat(validate262.errors);
errors = vErrors.length;
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
validate261.errors = vErrors;
return errors === 0;
}
validate261.evaluated = {"props":{"channel":true,"type":true,"data":true},"dynamicProps":false,"dynamicItems":false};

export const serverTrades = validate276;
const schema90 = {"type":"object","required":["channel","type","data"],"properties":{"channel":{"type":"string","const":"trades","description":"Always `trades`."},"type":{"type":"string","const":"update","description":"Always `update`."},"data":{"type":"array","description":"The trades, oldest first, all of the same market.","minItems":1,"items":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Trade.json"}}},"$id":"https://openvenue.dev/contracts/asyncapi/validators/serverTrades.json"};
const schema91 = {"title":"Trade","description":"A public trade (one match) in a market.","type":"object","required":["tradeId","market","price","quantity","takerSide","executedAt"],"properties":{"tradeId":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/TradeId.json","description":"The trade's identifier.","examples":["981"]},"market":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/MarketSymbol.json","description":"The market.","examples":["BTC-USD"]},"price":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json","description":"The price.","examples":["50000.00"]},"quantity":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json","description":"The quantity, in the base asset.","examples":["0.0040"]},"takerSide":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Side.json","description":"The side of the incoming (taker) order; `buy` means the ask was lifted.","examples":["sell"]},"executedAt":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Timestamp.json","description":"When the trade happened.","examples":["2026-11-21T12:00:01.000250Z"]}},"examples":[{"tradeId":"981","market":"BTC-USD","price":"50000.00","quantity":"0.0040","takerSide":"sell","executedAt":"2026-11-21T12:00:01.000250Z"}],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/Trade.json"};

function validate277(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate277.evaluated;
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
if(!(validate226(data.tradeId, {instancePath:instancePath+"/tradeId",parentData:data,parentDataProperty:"tradeId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate226.errors : vErrors.concat(validate226.errors);
errors = vErrors.length;
}
}
if(data.market !== undefined){
if(!(validate68(data.market, {instancePath:instancePath+"/market",parentData:data,parentDataProperty:"market",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
if(data.price !== undefined){
if(!(validate62(data.price, {instancePath:instancePath+"/price",parentData:data,parentDataProperty:"price",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
if(data.quantity !== undefined){
if(!(validate62(data.quantity, {instancePath:instancePath+"/quantity",parentData:data,parentDataProperty:"quantity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
if(data.takerSide !== undefined){
if(!(validate90(data.takerSide, {instancePath:instancePath+"/takerSide",parentData:data,parentDataProperty:"takerSide",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
}
if(data.executedAt !== undefined){
if(!(validate86(data.executedAt, {instancePath:instancePath+"/executedAt",parentData:data,parentDataProperty:"executedAt",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
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
validate277.errors = vErrors;
return errors === 0;
}
validate277.evaluated = {"props":{"tradeId":true,"market":true,"price":true,"quantity":true,"takerSide":true,"executedAt":true},"dynamicProps":false,"dynamicItems":false};


function validate276(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate276.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.channel === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.data === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.channel !== undefined){
let data0 = data.channel;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("trades" !== data0){
const err4 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/const",keyword:"const",params:{allowedValue: "trades"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("update" !== data1){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "update"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.data !== undefined){
let data2 = data.data;
if(Array.isArray(data2)){
if(data2.length < 1){
const err7 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate277(data2[i0], {instancePath:instancePath+"/data/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate277.errors : vErrors.concat(validate277.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate276.errors = vErrors;
return errors === 0;
}
validate276.evaluated = {"props":{"channel":true,"type":true,"data":true},"dynamicProps":false,"dynamicItems":false};

export const serverUnsubscribeReply = validate285;
const schema92 = {"type":"object","required":["id","op","result"],"properties":{"id":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/ReplyId.json"},"op":{"type":"string","const":"unsubscribe","description":"The request's `op`."},"result":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/SubscriptionResult.json"}},"$id":"https://openvenue.dev/contracts/asyncapi/validators/serverUnsubscribeReply.json"};

function validate285(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate285.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.op === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.result === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.id !== undefined){
if(!(validate131(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate131.errors : vErrors.concat(validate131.errors);
errors = vErrors.length;
}
}
if(data.op !== undefined){
let data1 = data.op;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("unsubscribe" !== data1){
const err4 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "unsubscribe"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.result !== undefined){
if(!(validate257(data.result, {instancePath:instancePath+"/result",parentData:data,parentDataProperty:"result",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate257.errors : vErrors.concat(validate257.errors);
errors = vErrors.length;
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
validate285.errors = vErrors;
return errors === 0;
}
validate285.evaluated = {"props":{"id":true,"op":true,"result":true},"dynamicProps":false,"dynamicItems":false};

export const schemaAccountId = validate232;

export const schemaAmendOrderRequest = validate61;

export const schemaApiKeyId = validate78;

export const schemaApiKeyScope = validate235;

export const schemaAsset = validate163;

export const schemaBalance = validate162;

export const schemaBookChecksum = validate177;

export const schemaBookLevel = validate179;

export const schemaBookUpdate = validate186;

export const schemaCancelAllAfterStatus = validate252;

export const schemaCancelReason = validate152;

export const schemaCanceledOrders = validate196;

export const schemaClientOp = validate204;

export const schemaClientOrderId = validate55;

export const schemaDecimal = validate62;

export const schemaErrorCode = validate207;

export const schemaExecution = validate212;

export const schemaExecutionId = validate213;

export const schemaLimitOrderRequest = validate85;

export const schemaLiquidity = validate224;

export const schemaMarketOrderRequest = validate101;

export const schemaMarketSymbol = validate68;

export const schemaMarketSymbolList = validate120;

export const schemaOrder = validate134;

export const schemaOrderBook = validate173;

export const schemaOrderId = validate53;

export const schemaOrderStatus = validate147;

export const schemaOrderType = validate139;

export const schemaPlaceOrderRequest = validate84;

export const schemaPrivateSeq = validate160;

export const schemaProblem = validate206;

export const schemaRejectReason = validate154;

export const schemaReplyId = validate131;

export const schemaRequestId = validate57;

export const schemaSelfTradePrevention = validate97;

export const schemaSequenceNumber = validate175;

export const schemaSide = validate90;

export const schemaStreamChannel = validate118;

export const schemaSubscribeRequest = validate116;

export const schemaSubscriptionResult = validate257;

export const schemaTicker = validate262;

export const schemaTimeInForce = validate94;

export const schemaTimestamp = validate86;

export const schemaTrade = validate277;

export const schemaTradeId = validate226;

export const schemaUnsubscribeRequest = validate125;

const __firstError = (() => {
const exports = {};
exports.clientAmendOrder = validate20;
const schema31 = {"type":"object","allOf":[{"type":"object","additionalProperties":false,"required":["op","id","changes"],"properties":{"op":{"type":"string","const":"amendOrder","description":"Always `amendOrder`."},"id":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json","description":"Required for order entry; echoed in the reply."},"orderId":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/OrderId.json","description":"The venue's id of the order."},"clientOrderId":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/ClientOrderId.json","description":"Your id of the order."},"changes":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/AmendOrderRequest.json","description":"The new price and/or quantity."}}},{"oneOf":[{"required":["orderId"],"properties":{"orderId":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/OrderId.json"}}},{"required":["clientOrderId"],"properties":{"clientOrderId":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/ClientOrderId.json"}}}]}],"$id":"https://openvenue.dev/contracts/asyncapi/validators/clientAmendOrder.json"};
const schema32 = {"title":"RequestId","description":"The client's identifier for a request, echoed unchanged in the reply's `id` so the client can match the two: a string of 1 to 64 characters of `A-Z a-z 0-9 _ . : -`, or a non-negative safe integer. The server does not interpret it and does not require it to be unique, but a client that reuses an id while a request with that id is still unanswered cannot tell the replies apart.","oneOf":[{"type":"string","pattern":"^[A-Za-z0-9_.:-]{1,64}$"},{"type":"integer","minimum":0,"maximum":9007199254740991}],"examples":[42,"place-7f3a"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json"};
const schema33 = {"title":"OrderId","description":"Identifier the venue assigns to an order. Opaque: compare it as a string, never parse it.","type":"string","pattern":"^[A-Za-z0-9_-]{1,64}$","examples":["1042"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/OrderId.json"};
const schema34 = {"title":"ClientOrderId","description":"The client's own identifier for an order: 1 to 36 characters of `A-Z a-z 0-9 _ -`. Unique per account for 24 hours (not just among open orders). Resending an order with the same `clientOrderId` and identical parameters returns the original order instead of placing a new one; with different parameters it is rejected with `DUPLICATE_CLIENT_ORDER_ID`. An order can be looked up and canceled by it while it is open and for 24 hours after it was placed; after that the identifier is free again (lookups by it answer `ORDER_NOT_FOUND`) and the order stays reachable by its `orderId`.","type":"string","pattern":"^[A-Za-z0-9_-]{1,36}$","examples":["my-order-1"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/ClientOrderId.json"};
const pattern4 = new RegExp("^[A-Za-z0-9_.:-]{1,64}$", "u");
const pattern5 = new RegExp("^[A-Za-z0-9_-]{1,64}$", "u");
const pattern6 = new RegExp("^[A-Za-z0-9_-]{1,36}$", "u");
const schema35 = {"title":"AmendOrderRequest","description":"A change to an open limit order's price and/or quantity (at least one). A quantity decrease keeps the order's queue priority; a price change or a quantity increase loses it. The new quantity is the order's total quantity (including what has already filled) and must exceed the filled quantity.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"price":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json","description":"The new limit price, on the tick grid.","examples":["49900.00"]},"quantity":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json","description":"The new total quantity, on the lot grid.","examples":["0.0050"]}},"examples":[{"quantity":"0.0050"}],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/AmendOrderRequest.json"};
const schema36 = {"title":"Decimal","description":"A non-negative decimal number written as a JSON string, never a JSON number, so that no floating point ever touches a price, quantity, amount or fee. Plain digits with an optional fractional part: no sign, no exponent, no leading zeros, no leading or trailing dot. Prices are written with the market's tick decimals (`\"50000.10\"`), quantities with its lot decimals (`\"0.0100\"`). A value off the market's grid is rejected (`PRICE_NOT_ON_TICK`, `QUANTITY_NOT_ON_LOT`), never rounded.","type":"string","pattern":"^(0|[1-9][0-9]{0,29})(\\.[0-9]{1,18})?$","maxLength":49,"examples":["50000.10","0.0100","0"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json"};
const func1 = __dep2.default;
const pattern7 = new RegExp("^(0|[1-9][0-9]{0,29})(\\.[0-9]{1,18})?$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
validate21.errors = [{instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "price") || (key0 === "quantity"))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.price !== undefined){
let data0 = data.price;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func1(data0) > 49){
validate21.errors = [{instancePath:instancePath+"/price",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json/maxLength",keyword:"maxLength",params:{limit: 49}}];
return false;
}
else {
if(!pattern7.test(data0)){
validate21.errors = [{instancePath:instancePath+"/price",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,29})(\\.[0-9]{1,18})?$"}}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/price",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.quantity !== undefined){
let data1 = data.quantity;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func1(data1) > 49){
validate21.errors = [{instancePath:instancePath+"/quantity",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json/maxLength",keyword:"maxLength",params:{limit: 49}}];
return false;
}
else {
if(!pattern7.test(data1)){
validate21.errors = [{instancePath:instancePath+"/quantity",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,29})(\\.[0-9]{1,18})?$"}}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/quantity",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.op === undefined) && (missing0 = "op")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.changes === undefined) && (missing0 = "changes"))){
validate20.errors = [{instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs3 = errors;
for(const key0 in data){
if(!(((((key0 === "op") || (key0 === "id")) || (key0 === "orderId")) || (key0 === "clientOrderId")) || (key0 === "changes"))){
validate20.errors = [{instancePath,schemaPath:"#/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs3 === errors){
if(data.op !== undefined){
let data0 = data.op;
const _errs4 = errors;
if(typeof data0 !== "string"){
validate20.errors = [{instancePath:instancePath+"/op",schemaPath:"#/allOf/0/properties/op/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("amendOrder" !== data0){
validate20.errors = [{instancePath:instancePath+"/op",schemaPath:"#/allOf/0/properties/op/const",keyword:"const",params:{allowedValue: "amendOrder"}}];
return false;
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.id !== undefined){
let data1 = data.id;
const _errs6 = errors;
const _errs8 = errors;
let valid3 = false;
let passing0 = null;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err0 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]{1,64}$"}};
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
const err1 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs11 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/1/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(errors === _errs11){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 9007199254740991 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data1 < 0 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
var _valid0 = _errs11 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err5 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate20.errors = vErrors;
return false;
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
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.orderId !== undefined){
let data2 = data.orderId;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
validate20.errors = [{instancePath:instancePath+"/orderId",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/OrderId.json/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,64}$"}}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/orderId",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/OrderId.json/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.clientOrderId !== undefined){
let data3 = data.clientOrderId;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
validate20.errors = [{instancePath:instancePath+"/clientOrderId",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/ClientOrderId.json/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,36}$"}}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/clientOrderId",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/ClientOrderId.json/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs16 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.changes !== undefined){
const _errs19 = errors;
if(!(validate21(data.changes, {instancePath:instancePath+"/changes",parentData:data,parentDataProperty:"changes",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid1 = _errs19 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/allOf/0/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs20 = errors;
const _errs21 = errors;
let valid6 = false;
let passing1 = null;
const _errs22 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.orderId === undefined) && (missing1 = "orderId")){
const err6 = {instancePath,schemaPath:"#/allOf/1/oneOf/0/required",keyword:"required",params:{missingProperty: missing1}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(data.orderId !== undefined){
let data5 = data.orderId;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data5 === "string"){
if(!pattern5.test(data5)){
const err7 = {instancePath:instancePath+"/orderId",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/OrderId.json/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,64}$"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/orderId",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/OrderId.json/type",keyword:"type",params:{type: "string"}};
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
}
var _valid1 = _errs22 === errors;
if(_valid1){
valid6 = true;
passing1 = 0;
var props0 = {};
props0.orderId = true;
}
const _errs26 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.clientOrderId === undefined) && (missing2 = "clientOrderId")){
const err9 = {instancePath,schemaPath:"#/allOf/1/oneOf/1/required",keyword:"required",params:{missingProperty: missing2}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
if(data.clientOrderId !== undefined){
let data6 = data.clientOrderId;
const _errs28 = errors;
if(errors === _errs28){
if(typeof data6 === "string"){
if(!pattern6.test(data6)){
const err10 = {instancePath:instancePath+"/clientOrderId",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/ClientOrderId.json/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,36}$"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/clientOrderId",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/ClientOrderId.json/type",keyword:"type",params:{type: "string"}};
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
}
}
var _valid1 = _errs26 === errors;
if(_valid1 && valid6){
valid6 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid6 = true;
passing1 = 1;
if(props0 !== true){
props0 = props0 || {};
props0.clientOrderId = true;
}
}
}
if(!valid6){
const err12 = {instancePath,schemaPath:"#/allOf/1/oneOf",keyword:"oneOf",params:{passingSchemas: passing1}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
validate20.errors = vErrors;
return false;
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
var valid0 = _errs20 === errors;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.clientCancelAllOrders = validate23;
const schema40 = {"type":"object","additionalProperties":false,"required":["op","id"],"properties":{"op":{"type":"string","const":"cancelAllOrders","description":"Always `cancelAllOrders`."},"id":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json","description":"Required for order entry; echoed in the reply."},"market":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/MarketSymbol.json","description":"Only this market's orders; all markets when omitted."}},"$id":"https://openvenue.dev/contracts/asyncapi/validators/clientCancelAllOrders.json"};
const schema42 = {"title":"MarketSymbol","description":"A market (spot pair) symbol: the base asset, a hyphen, the quote asset, in upper case.","type":"string","pattern":"^[A-Z0-9]{2,10}-[A-Z0-9]{2,10}$","examples":["BTC-USD","ETH-BTC"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/MarketSymbol.json"};
const pattern12 = new RegExp("^[A-Z0-9]{2,10}-[A-Z0-9]{2,10}$", "u");

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.op === undefined) && (missing0 = "op")) || ((data.id === undefined) && (missing0 = "id"))){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "op") || (key0 === "id")) || (key0 === "market"))){
validate23.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.op !== undefined){
let data0 = data.op;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate23.errors = [{instancePath:instancePath+"/op",schemaPath:"#/properties/op/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("cancelAllOrders" !== data0){
validate23.errors = [{instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "cancelAllOrders"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs4 = errors;
const _errs6 = errors;
let valid2 = false;
let passing0 = null;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err0 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]{1,64}$"}};
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
const err1 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs9 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/1/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(errors === _errs9){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 9007199254740991 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data1 < 0 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
var _valid0 = _errs9 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err5 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate23.errors = vErrors;
return false;
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
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.market !== undefined){
let data2 = data.market;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data2 === "string"){
if(!pattern12.test(data2)){
validate23.errors = [{instancePath:instancePath+"/market",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/MarketSymbol.json/pattern",keyword:"pattern",params:{pattern: "^[A-Z0-9]{2,10}-[A-Z0-9]{2,10}$"}}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/market",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/MarketSymbol.json/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.clientCancelOrder = validate24;
const schema43 = {"type":"object","allOf":[{"type":"object","additionalProperties":false,"required":["op","id"],"properties":{"op":{"type":"string","const":"cancelOrder","description":"Always `cancelOrder`."},"id":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json","description":"Required for order entry; echoed in the reply."},"orderId":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/OrderId.json","description":"The venue's id of the order."},"clientOrderId":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/ClientOrderId.json","description":"Your id of the order."}}},{"oneOf":[{"required":["orderId"],"properties":{"orderId":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/OrderId.json"}}},{"required":["clientOrderId"],"properties":{"clientOrderId":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/ClientOrderId.json"}}}]}],"$id":"https://openvenue.dev/contracts/asyncapi/validators/clientCancelOrder.json"};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.op === undefined) && (missing0 = "op")) || ((data.id === undefined) && (missing0 = "id"))){
validate24.errors = [{instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs3 = errors;
for(const key0 in data){
if(!((((key0 === "op") || (key0 === "id")) || (key0 === "orderId")) || (key0 === "clientOrderId"))){
validate24.errors = [{instancePath,schemaPath:"#/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs3 === errors){
if(data.op !== undefined){
let data0 = data.op;
const _errs4 = errors;
if(typeof data0 !== "string"){
validate24.errors = [{instancePath:instancePath+"/op",schemaPath:"#/allOf/0/properties/op/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("cancelOrder" !== data0){
validate24.errors = [{instancePath:instancePath+"/op",schemaPath:"#/allOf/0/properties/op/const",keyword:"const",params:{allowedValue: "cancelOrder"}}];
return false;
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.id !== undefined){
let data1 = data.id;
const _errs6 = errors;
const _errs8 = errors;
let valid3 = false;
let passing0 = null;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err0 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]{1,64}$"}};
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
const err1 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs11 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/1/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(errors === _errs11){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 9007199254740991 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data1 < 0 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
var _valid0 = _errs11 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err5 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate24.errors = vErrors;
return false;
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
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.orderId !== undefined){
let data2 = data.orderId;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
validate24.errors = [{instancePath:instancePath+"/orderId",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/OrderId.json/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,64}$"}}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/orderId",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/OrderId.json/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.clientOrderId !== undefined){
let data3 = data.clientOrderId;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
validate24.errors = [{instancePath:instancePath+"/clientOrderId",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/ClientOrderId.json/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,36}$"}}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/clientOrderId",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/ClientOrderId.json/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs16 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"#/allOf/0/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs19 = errors;
const _errs20 = errors;
let valid6 = false;
let passing1 = null;
const _errs21 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.orderId === undefined) && (missing1 = "orderId")){
const err6 = {instancePath,schemaPath:"#/allOf/1/oneOf/0/required",keyword:"required",params:{missingProperty: missing1}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(data.orderId !== undefined){
let data4 = data.orderId;
const _errs23 = errors;
if(errors === _errs23){
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err7 = {instancePath:instancePath+"/orderId",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/OrderId.json/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,64}$"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/orderId",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/OrderId.json/type",keyword:"type",params:{type: "string"}};
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
}
var _valid1 = _errs21 === errors;
if(_valid1){
valid6 = true;
passing1 = 0;
var props0 = {};
props0.orderId = true;
}
const _errs25 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.clientOrderId === undefined) && (missing2 = "clientOrderId")){
const err9 = {instancePath,schemaPath:"#/allOf/1/oneOf/1/required",keyword:"required",params:{missingProperty: missing2}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
if(data.clientOrderId !== undefined){
let data5 = data.clientOrderId;
const _errs27 = errors;
if(errors === _errs27){
if(typeof data5 === "string"){
if(!pattern6.test(data5)){
const err10 = {instancePath:instancePath+"/clientOrderId",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/ClientOrderId.json/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,36}$"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/clientOrderId",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/ClientOrderId.json/type",keyword:"type",params:{type: "string"}};
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
}
}
var _valid1 = _errs25 === errors;
if(_valid1 && valid6){
valid6 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid6 = true;
passing1 = 1;
if(props0 !== true){
props0 = props0 || {};
props0.clientOrderId = true;
}
}
}
if(!valid6){
const err12 = {instancePath,schemaPath:"#/allOf/1/oneOf",keyword:"oneOf",params:{passingSchemas: passing1}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
validate24.errors = vErrors;
return false;
}
else {
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs19 === errors;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.clientLogin = validate25;
const schema49 = {"type":"object","additionalProperties":false,"required":["op","key","timestamp","signature"],"properties":{"op":{"type":"string","const":"login","description":"Always `login`."},"id":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json","description":"Echoed in the reply."},"key":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/ApiKeyId.json","description":"The API key id (what REST sends in `X-API-Key`)."},"timestamp":{"type":"integer","minimum":0,"maximum":9007199254740991,"description":"Unix epoch milliseconds, the same unit as REST's `X-API-Timestamp`. The prehash uses its plain decimal digits (`1767225600000`).","examples":[1767225600000]},"signature":{"type":"string","pattern":"^[A-Za-z0-9+/]{43}=$|^[A-Za-z0-9+/]{86}==$","description":"Base64 (with padding) of HMAC-SHA256(secret, prehash) for an HMAC key (44 characters) or of Ed25519-sign(prehash) for an Ed25519 key (88 characters).","examples":["HaCThYLdyKilDICcwIOUCPDChgkdk5fXHb0Cy/X5Z44="]},"cancelOnDisconnect":{"type":"boolean","default":false,"description":"When true, every order placed through this connection that is still open when the connection closes (for any reason: client close, network loss, slow consumer, server shutdown) is canceled with `cancelReason` `disconnect`. A venue crash is the exception: recovery restores acknowledged orders as they were."}},"$id":"https://openvenue.dev/contracts/asyncapi/validators/clientLogin.json"};
const schema51 = {"title":"ApiKeyId","description":"Identifier of an API key: the value sent in the `X-API-Key` header. Opaque string, not a secret.","type":"string","pattern":"^[A-Za-z0-9_-]{1,64}$","examples":["key_3f9a1c2e7b"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/ApiKeyId.json"};
const pattern20 = new RegExp("^[A-Za-z0-9+/]{43}=$|^[A-Za-z0-9+/]{86}==$", "u");

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.op === undefined) && (missing0 = "op")) || ((data.key === undefined) && (missing0 = "key"))) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.signature === undefined) && (missing0 = "signature"))){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "op") || (key0 === "id")) || (key0 === "key")) || (key0 === "timestamp")) || (key0 === "signature")) || (key0 === "cancelOnDisconnect"))){
validate25.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.op !== undefined){
let data0 = data.op;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate25.errors = [{instancePath:instancePath+"/op",schemaPath:"#/properties/op/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("login" !== data0){
validate25.errors = [{instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "login"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs4 = errors;
const _errs6 = errors;
let valid2 = false;
let passing0 = null;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err0 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]{1,64}$"}};
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
const err1 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs9 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/1/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(errors === _errs9){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 9007199254740991 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data1 < 0 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
var _valid0 = _errs9 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err5 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate25.errors = vErrors;
return false;
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
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.key !== undefined){
let data2 = data.key;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
validate25.errors = [{instancePath:instancePath+"/key",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/ApiKeyId.json/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,64}$"}}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/key",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/ApiKeyId.json/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data3 = data.timestamp;
const _errs14 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate25.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs14){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 9007199254740991 || isNaN(data3)){
validate25.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data3 < 0 || isNaN(data3)){
validate25.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.signature !== undefined){
let data4 = data.signature;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data4 === "string"){
if(!pattern20.test(data4)){
validate25.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+/]{43}=$|^[A-Za-z0-9+/]{86}==$"}}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cancelOnDisconnect !== undefined){
const _errs18 = errors;
if(typeof data.cancelOnDisconnect !== "boolean"){
validate25.errors = [{instancePath:instancePath+"/cancelOnDisconnect",schemaPath:"#/properties/cancelOnDisconnect/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.clientPing = validate26;
const schema52 = {"type":"object","additionalProperties":false,"required":["op"],"properties":{"op":{"type":"string","const":"ping","description":"Always `ping`."},"id":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json","description":"Echoed in the reply."}},"$id":"https://openvenue.dev/contracts/asyncapi/validators/clientPing.json"};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.op === undefined) && (missing0 = "op")){
validate26.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "op") || (key0 === "id"))){
validate26.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.op !== undefined){
let data0 = data.op;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate26.errors = [{instancePath:instancePath+"/op",schemaPath:"#/properties/op/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("ping" !== data0){
validate26.errors = [{instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "ping"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs4 = errors;
const _errs6 = errors;
let valid2 = false;
let passing0 = null;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err0 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]{1,64}$"}};
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
const err1 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs9 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/1/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(errors === _errs9){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 9007199254740991 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data1 < 0 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
var _valid0 = _errs9 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err5 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate26.errors = vErrors;
return false;
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
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.clientPlaceOrder = validate27;
const schema54 = {"type":"object","additionalProperties":false,"required":["op","id","order"],"properties":{"op":{"type":"string","const":"placeOrder","description":"Always `placeOrder`."},"id":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json","description":"Required for order entry; echoed in the reply."},"order":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/PlaceOrderRequest.json","description":"The order, as in the body of `POST /v1/orders` (a limit or a market order)."}},"$id":"https://openvenue.dev/contracts/asyncapi/validators/clientPlaceOrder.json"};
const schema56 = {"title":"PlaceOrderRequest","description":"A new order: either a limit order or a market order, told apart by `type` (`limit` or `market`). Unknown properties are rejected (`VALIDATION_FAILED`).","type":"object","oneOf":[{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/LimitOrderRequest.json"},{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/MarketOrderRequest.json"}],"examples":[{"market":"BTC-USD","side":"buy","type":"limit","price":"50000.00","quantity":"0.0100","timeInForce":"GTC","clientOrderId":"my-order-1"}],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/PlaceOrderRequest.json"};
const schema57 = {"title":"LimitOrderRequest","description":"A limit order: `price` and `quantity` are required, `quoteQuantity` is not accepted. `expireAt` is required when `timeInForce` is `GTD` and not accepted otherwise. `postOnly` orders must rest (`GTC` or `GTD`).","type":"object","examples":[{"market":"BTC-USD","side":"buy","type":"limit","price":"50000.00","quantity":"0.0100","timeInForce":"GTC","clientOrderId":"my-order-1"}],"allOf":[{"type":"object","additionalProperties":false,"required":["market","side","type","price","quantity"],"properties":{"market":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/MarketSymbol.json","description":"The market to trade on.","examples":["BTC-USD"]},"side":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Side.json","description":"Buy or sell.","examples":["buy"]},"type":{"type":"string","const":"limit","description":"Always `limit` for this variant.","examples":["limit"]},"price":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json","description":"The limit price, on the market's tick grid and greater than zero.","examples":["50000.00"]},"quantity":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json","description":"The quantity in the base asset, on the market's lot grid and at least `minQuantity`.","examples":["0.0100"]},"timeInForce":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/TimeInForce.json","description":"How long the order works. Omitted means `GTC`.","examples":["GTC"]},"expireAt":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Timestamp.json","description":"When a `GTD` order expires; must be in the future (`EXPIRE_AT_IN_PAST`). Only with `GTD`.","examples":["2026-11-22T00:00:00.000000Z"]},"postOnly":{"type":"boolean","description":"Only add liquidity: if the order would trade on arrival it is rejected with `POST_ONLY_WOULD_TAKE` instead. Requires `GTC` or `GTD`. Omitted means `false`.","examples":[false]},"selfTradePrevention":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/SelfTradePrevention.json","description":"What to do if the order would trade with the same account's resting order. Omitted means `cancelTaker`.","examples":["cancelTaker"]},"clientOrderId":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/ClientOrderId.json","description":"Your identifier for the order, unique per account for 24 hours. Always send one: it makes a retry safe and lets you look up the outcome after a timeout.","examples":["my-order-1"]}}},{"allOf":[{"description":"`expireAt` only with `GTD`.","if":{"required":["timeInForce"],"properties":{"timeInForce":{"const":"GTD"}}},"else":{"not":{"required":["expireAt"],"properties":{"expireAt":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Timestamp.json"}}}}},{"description":"`GTD` needs `expireAt`.","if":{"not":{"required":["expireAt"],"properties":{"expireAt":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Timestamp.json"}}}},"then":{"not":{"required":["timeInForce"],"properties":{"timeInForce":{"const":"GTD"}}}}},{"description":"`postOnly: true` only with a resting time in force (`GTC`, `GTD`).","if":{"required":["timeInForce"],"properties":{"timeInForce":{"enum":["IOC","FOK"]}}},"then":{"not":{"required":["postOnly"],"properties":{"postOnly":{"const":true}}}}}]}],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/LimitOrderRequest.json"};
const schema59 = {"title":"Side","description":"The side of an order or execution. `buy` acquires the base asset, `sell` gives it up.","type":"string","enum":["buy","sell"],"examples":["buy"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/Side.json"};
const schema62 = {"title":"TimeInForce","description":"How long an order stays working.","type":"string","enum":["GTC","IOC","FOK","GTD"],"examples":["GTC"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/TimeInForce.json"};
const schema63 = {"title":"Timestamp","description":"An instant as an RFC 3339 string in UTC (`Z`), always with exactly six fractional digits (microseconds), as every OpenVenue timestamp is written.","type":"string","format":"date-time","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\\.[0-9]{6}Z$","examples":["2026-11-21T12:00:00.123456Z"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/Timestamp.json"};
const schema64 = {"title":"SelfTradePrevention","description":"What happens when an order would trade against a resting order of the same account. The order(s) removed this way are `canceled` with `cancelReason: selfTradePrevention`.","type":"string","enum":["cancelTaker","cancelMaker","cancelBoth"],"examples":["cancelTaker"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/SelfTradePrevention.json"};
const func3 = Object.prototype.hasOwnProperty;
const pattern26 = new RegExp("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\\.[0-9]{6}Z$", "u");
const formats0 = __dep0.fullFormats["date-time"];

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.market === undefined) && (missing0 = "market")) || ((data.side === undefined) && (missing0 = "side"))) || ((data.type === undefined) && (missing0 = "type"))) || ((data.price === undefined) && (missing0 = "price"))) || ((data.quantity === undefined) && (missing0 = "quantity"))){
validate29.errors = [{instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs3 = errors;
for(const key0 in data){
if(!(func3.call(schema57.allOf[0].properties, key0))){
validate29.errors = [{instancePath,schemaPath:"#/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs3 === errors){
if(data.market !== undefined){
let data0 = data.market;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data0 === "string"){
if(!pattern12.test(data0)){
validate29.errors = [{instancePath:instancePath+"/market",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/MarketSymbol.json/pattern",keyword:"pattern",params:{pattern: "^[A-Z0-9]{2,10}-[A-Z0-9]{2,10}$"}}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/market",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/MarketSymbol.json/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.side !== undefined){
let data1 = data.side;
const _errs7 = errors;
if(typeof data1 !== "string"){
validate29.errors = [{instancePath:instancePath+"/side",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/Side.json/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data1 === "buy") || (data1 === "sell"))){
validate29.errors = [{instancePath:instancePath+"/side",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/Side.json/enum",keyword:"enum",params:{allowedValues: schema59.enum}}];
return false;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.type !== undefined){
let data2 = data.type;
const _errs10 = errors;
if(typeof data2 !== "string"){
validate29.errors = [{instancePath:instancePath+"/type",schemaPath:"#/allOf/0/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("limit" !== data2){
validate29.errors = [{instancePath:instancePath+"/type",schemaPath:"#/allOf/0/properties/type/const",keyword:"const",params:{allowedValue: "limit"}}];
return false;
}
var valid1 = _errs10 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.price !== undefined){
let data3 = data.price;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data3 === "string"){
if(func1(data3) > 49){
validate29.errors = [{instancePath:instancePath+"/price",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json/maxLength",keyword:"maxLength",params:{limit: 49}}];
return false;
}
else {
if(!pattern7.test(data3)){
validate29.errors = [{instancePath:instancePath+"/price",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,29})(\\.[0-9]{1,18})?$"}}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/price",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.quantity !== undefined){
let data4 = data.quantity;
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data4 === "string"){
if(func1(data4) > 49){
validate29.errors = [{instancePath:instancePath+"/quantity",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json/maxLength",keyword:"maxLength",params:{limit: 49}}];
return false;
}
else {
if(!pattern7.test(data4)){
validate29.errors = [{instancePath:instancePath+"/quantity",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,29})(\\.[0-9]{1,18})?$"}}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/quantity",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.timeInForce !== undefined){
let data5 = data.timeInForce;
const _errs18 = errors;
if(typeof data5 !== "string"){
validate29.errors = [{instancePath:instancePath+"/timeInForce",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/TimeInForce.json/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((((data5 === "GTC") || (data5 === "IOC")) || (data5 === "FOK")) || (data5 === "GTD"))){
validate29.errors = [{instancePath:instancePath+"/timeInForce",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/TimeInForce.json/enum",keyword:"enum",params:{allowedValues: schema62.enum}}];
return false;
}
var valid1 = _errs18 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.expireAt !== undefined){
let data6 = data.expireAt;
const _errs21 = errors;
const _errs22 = errors;
if(errors === _errs22){
if(errors === _errs22){
if(typeof data6 === "string"){
if(!pattern26.test(data6)){
validate29.errors = [{instancePath:instancePath+"/expireAt",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/Timestamp.json/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\\.[0-9]{6}Z$"}}];
return false;
}
else {
if(!(formats0.validate(data6))){
validate29.errors = [{instancePath:instancePath+"/expireAt",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/Timestamp.json/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/expireAt",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/Timestamp.json/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid1 = _errs21 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.postOnly !== undefined){
const _errs24 = errors;
if(typeof data.postOnly !== "boolean"){
validate29.errors = [{instancePath:instancePath+"/postOnly",schemaPath:"#/allOf/0/properties/postOnly/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid1 = _errs24 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.selfTradePrevention !== undefined){
let data8 = data.selfTradePrevention;
const _errs26 = errors;
if(typeof data8 !== "string"){
validate29.errors = [{instancePath:instancePath+"/selfTradePrevention",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/SelfTradePrevention.json/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data8 === "cancelTaker") || (data8 === "cancelMaker")) || (data8 === "cancelBoth"))){
validate29.errors = [{instancePath:instancePath+"/selfTradePrevention",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/SelfTradePrevention.json/enum",keyword:"enum",params:{allowedValues: schema64.enum}}];
return false;
}
var valid1 = _errs26 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.clientOrderId !== undefined){
let data9 = data.clientOrderId;
const _errs29 = errors;
const _errs30 = errors;
if(errors === _errs30){
if(typeof data9 === "string"){
if(!pattern6.test(data9)){
validate29.errors = [{instancePath:instancePath+"/clientOrderId",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/ClientOrderId.json/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,36}$"}}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/clientOrderId",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/ClientOrderId.json/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs29 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/allOf/0/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs32 = errors;
const _errs33 = errors;
const _errs34 = errors;
let valid11 = true;
const _errs35 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.timeInForce === undefined) && (missing1 = "timeInForce")){
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
var _valid0 = _errs35 === errors;
errors = _errs34;
if(vErrors !== null){
if(_errs34){
vErrors.length = _errs34;
}
else {
vErrors = null;
}
}
if(!_valid0){
const _errs37 = errors;
const _errs38 = errors;
const _errs39 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.expireAt === undefined) && (missing2 = "expireAt")){
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
let data11 = data.expireAt;
const _errs41 = errors;
if(errors === _errs41){
if(errors === _errs41){
if(typeof data11 === "string"){
if(!pattern26.test(data11)){
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
if(!(formats0.validate(data11))){
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
else {
const err5 = {};
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
}
}
var valid13 = _errs39 === errors;
if(valid13){
validate29.errors = [{instancePath,schemaPath:"#/allOf/1/allOf/0/else/not",keyword:"not",params:{}}];
return false;
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
var _valid0 = _errs37 === errors;
valid11 = _valid0;
}
if(!valid11){
const err6 = {instancePath,schemaPath:"#/allOf/1/allOf/0/if",keyword:"if",params:{failingKeyword: "else"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
validate29.errors = vErrors;
return false;
}
var valid10 = _errs33 === errors;
if(valid10){
const _errs43 = errors;
const _errs44 = errors;
let valid16 = true;
const _errs45 = errors;
const _errs46 = errors;
const _errs47 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.expireAt === undefined) && (missing3 = "expireAt")){
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
if(data.expireAt !== undefined){
let data12 = data.expireAt;
const _errs49 = errors;
if(errors === _errs49){
if(errors === _errs49){
if(typeof data12 === "string"){
if(!pattern26.test(data12)){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
if(!(formats0.validate(data12))){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {};
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
}
}
var valid17 = _errs47 === errors;
if(valid17){
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
errors = _errs46;
if(vErrors !== null){
if(_errs46){
vErrors.length = _errs46;
}
else {
vErrors = null;
}
}
}
var _valid1 = _errs45 === errors;
errors = _errs44;
if(vErrors !== null){
if(_errs44){
vErrors.length = _errs44;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs51 = errors;
const _errs52 = errors;
const _errs53 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.timeInForce === undefined) && (missing4 = "timeInForce")){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
if(data.timeInForce !== undefined){
if("GTD" !== data.timeInForce){
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
var valid20 = _errs53 === errors;
if(valid20){
validate29.errors = [{instancePath,schemaPath:"#/allOf/1/allOf/1/then/not",keyword:"not",params:{}}];
return false;
}
else {
errors = _errs52;
if(vErrors !== null){
if(_errs52){
vErrors.length = _errs52;
}
else {
vErrors = null;
}
}
}
var _valid1 = _errs51 === errors;
valid16 = _valid1;
}
if(!valid16){
const err14 = {instancePath,schemaPath:"#/allOf/1/allOf/1/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
validate29.errors = vErrors;
return false;
}
var valid10 = _errs43 === errors;
if(valid10){
const _errs55 = errors;
const _errs56 = errors;
let valid22 = true;
const _errs57 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.timeInForce === undefined) && (missing5 = "timeInForce")){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
if(data.timeInForce !== undefined){
let data14 = data.timeInForce;
if(!((data14 === "IOC") || (data14 === "FOK"))){
const err16 = {};
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
}
var _valid2 = _errs57 === errors;
errors = _errs56;
if(vErrors !== null){
if(_errs56){
vErrors.length = _errs56;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs59 = errors;
const _errs60 = errors;
const _errs61 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((data.postOnly === undefined) && (missing6 = "postOnly")){
const err17 = {};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
if(data.postOnly !== undefined){
if(true !== data.postOnly){
const err18 = {};
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
}
var valid24 = _errs61 === errors;
if(valid24){
validate29.errors = [{instancePath,schemaPath:"#/allOf/1/allOf/2/then/not",keyword:"not",params:{}}];
return false;
}
else {
errors = _errs60;
if(vErrors !== null){
if(_errs60){
vErrors.length = _errs60;
}
else {
vErrors = null;
}
}
}
var _valid2 = _errs59 === errors;
valid22 = _valid2;
}
if(!valid22){
const err19 = {instancePath,schemaPath:"#/allOf/1/allOf/2/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
validate29.errors = vErrors;
return false;
}
var valid10 = _errs55 === errors;
}
}
var valid0 = _errs32 === errors;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema68 = {"title":"MarketOrderRequest","description":"A market order: no `price`. Give exactly one of `quantity` (base asset) or `quoteQuantity` (quote asset to spend, market buys only). Whatever cannot trade at once expires.","type":"object","examples":[{"market":"BTC-USD","side":"buy","type":"market","quoteQuantity":"500.00","clientOrderId":"mkt-buy-7"}],"allOf":[{"type":"object","additionalProperties":false,"required":["market","side","type"],"properties":{"market":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/MarketSymbol.json","description":"The market to trade on.","examples":["BTC-USD"]},"side":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Side.json","description":"Buy or sell.","examples":["buy"]},"type":{"type":"string","const":"market","description":"Always `market` for this variant.","examples":["market"]},"quantity":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json","description":"The quantity in the base asset, on the market's lot grid. Exclusive with `quoteQuantity`.","examples":["0.0100"]},"quoteQuantity":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json","description":"For market buys only: the most quote asset to spend, fees excluded, with at most the quote asset's decimals. Exclusive with `quantity`.","examples":["500.00"]},"timeInForce":{"type":"string","enum":["IOC","FOK"],"description":"`IOC` (when omitted) trades what it can and expires the rest; `FOK` trades everything or nothing.","examples":["IOC"]},"selfTradePrevention":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/SelfTradePrevention.json","description":"What to do if the order would trade with the same account's resting order. Omitted means `cancelTaker`.","examples":["cancelTaker"]},"clientOrderId":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/ClientOrderId.json","description":"Your identifier for the order, unique per account for 24 hours.","examples":["mkt-buy-7"]}}},{"oneOf":[{"required":["quantity"],"properties":{"quantity":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json"}}},{"required":["quoteQuantity"],"properties":{"quoteQuantity":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json"}}}],"if":{"required":["side"],"properties":{"side":{"const":"sell"}}},"then":{"not":{"required":["quoteQuantity"],"properties":{"quoteQuantity":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json"}}}}}],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/MarketOrderRequest.json"};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate31.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.market === undefined) && (missing0 = "market")) || ((data.side === undefined) && (missing0 = "side"))) || ((data.type === undefined) && (missing0 = "type"))){
validate31.errors = [{instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs3 = errors;
for(const key0 in data){
if(!((((((((key0 === "market") || (key0 === "side")) || (key0 === "type")) || (key0 === "quantity")) || (key0 === "quoteQuantity")) || (key0 === "timeInForce")) || (key0 === "selfTradePrevention")) || (key0 === "clientOrderId"))){
validate31.errors = [{instancePath,schemaPath:"#/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs3 === errors){
if(data.market !== undefined){
let data0 = data.market;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data0 === "string"){
if(!pattern12.test(data0)){
validate31.errors = [{instancePath:instancePath+"/market",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/MarketSymbol.json/pattern",keyword:"pattern",params:{pattern: "^[A-Z0-9]{2,10}-[A-Z0-9]{2,10}$"}}];
return false;
}
}
else {
validate31.errors = [{instancePath:instancePath+"/market",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/MarketSymbol.json/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.side !== undefined){
let data1 = data.side;
const _errs7 = errors;
if(typeof data1 !== "string"){
validate31.errors = [{instancePath:instancePath+"/side",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/Side.json/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data1 === "buy") || (data1 === "sell"))){
validate31.errors = [{instancePath:instancePath+"/side",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/Side.json/enum",keyword:"enum",params:{allowedValues: schema59.enum}}];
return false;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.type !== undefined){
let data2 = data.type;
const _errs10 = errors;
if(typeof data2 !== "string"){
validate31.errors = [{instancePath:instancePath+"/type",schemaPath:"#/allOf/0/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("market" !== data2){
validate31.errors = [{instancePath:instancePath+"/type",schemaPath:"#/allOf/0/properties/type/const",keyword:"const",params:{allowedValue: "market"}}];
return false;
}
var valid1 = _errs10 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.quantity !== undefined){
let data3 = data.quantity;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data3 === "string"){
if(func1(data3) > 49){
validate31.errors = [{instancePath:instancePath+"/quantity",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json/maxLength",keyword:"maxLength",params:{limit: 49}}];
return false;
}
else {
if(!pattern7.test(data3)){
validate31.errors = [{instancePath:instancePath+"/quantity",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,29})(\\.[0-9]{1,18})?$"}}];
return false;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/quantity",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.quoteQuantity !== undefined){
let data4 = data.quoteQuantity;
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data4 === "string"){
if(func1(data4) > 49){
validate31.errors = [{instancePath:instancePath+"/quoteQuantity",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json/maxLength",keyword:"maxLength",params:{limit: 49}}];
return false;
}
else {
if(!pattern7.test(data4)){
validate31.errors = [{instancePath:instancePath+"/quoteQuantity",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,29})(\\.[0-9]{1,18})?$"}}];
return false;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/quoteQuantity",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.timeInForce !== undefined){
let data5 = data.timeInForce;
const _errs18 = errors;
if(typeof data5 !== "string"){
validate31.errors = [{instancePath:instancePath+"/timeInForce",schemaPath:"#/allOf/0/properties/timeInForce/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data5 === "IOC") || (data5 === "FOK"))){
validate31.errors = [{instancePath:instancePath+"/timeInForce",schemaPath:"#/allOf/0/properties/timeInForce/enum",keyword:"enum",params:{allowedValues: schema68.allOf[0].properties.timeInForce.enum}}];
return false;
}
var valid1 = _errs18 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.selfTradePrevention !== undefined){
let data6 = data.selfTradePrevention;
const _errs20 = errors;
if(typeof data6 !== "string"){
validate31.errors = [{instancePath:instancePath+"/selfTradePrevention",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/SelfTradePrevention.json/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data6 === "cancelTaker") || (data6 === "cancelMaker")) || (data6 === "cancelBoth"))){
validate31.errors = [{instancePath:instancePath+"/selfTradePrevention",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/SelfTradePrevention.json/enum",keyword:"enum",params:{allowedValues: schema64.enum}}];
return false;
}
var valid1 = _errs20 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.clientOrderId !== undefined){
let data7 = data.clientOrderId;
const _errs23 = errors;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data7 === "string"){
if(!pattern6.test(data7)){
validate31.errors = [{instancePath:instancePath+"/clientOrderId",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/ClientOrderId.json/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,36}$"}}];
return false;
}
}
else {
validate31.errors = [{instancePath:instancePath+"/clientOrderId",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/ClientOrderId.json/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs23 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate31.errors = [{instancePath,schemaPath:"#/allOf/0/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs26 = errors;
const _errs27 = errors;
let valid8 = false;
let passing0 = null;
const _errs28 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.quantity === undefined) && (missing1 = "quantity")){
const err0 = {instancePath,schemaPath:"#/allOf/1/oneOf/0/required",keyword:"required",params:{missingProperty: missing1}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.quantity !== undefined){
let data8 = data.quantity;
const _errs30 = errors;
if(errors === _errs30){
if(typeof data8 === "string"){
if(func1(data8) > 49){
const err1 = {instancePath:instancePath+"/quantity",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json/maxLength",keyword:"maxLength",params:{limit: 49}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
if(!pattern7.test(data8)){
const err2 = {instancePath:instancePath+"/quantity",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,29})(\\.[0-9]{1,18})?$"}};
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
else {
const err3 = {instancePath:instancePath+"/quantity",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json/type",keyword:"type",params:{type: "string"}};
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
}
}
var _valid0 = _errs28 === errors;
if(_valid0){
valid8 = true;
passing0 = 0;
var props0 = {};
props0.quantity = true;
}
const _errs32 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.quoteQuantity === undefined) && (missing2 = "quoteQuantity")){
const err4 = {instancePath,schemaPath:"#/allOf/1/oneOf/1/required",keyword:"required",params:{missingProperty: missing2}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
if(data.quoteQuantity !== undefined){
let data9 = data.quoteQuantity;
const _errs34 = errors;
if(errors === _errs34){
if(typeof data9 === "string"){
if(func1(data9) > 49){
const err5 = {instancePath:instancePath+"/quoteQuantity",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json/maxLength",keyword:"maxLength",params:{limit: 49}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
if(!pattern7.test(data9)){
const err6 = {instancePath:instancePath+"/quoteQuantity",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,29})(\\.[0-9]{1,18})?$"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/quoteQuantity",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/Decimal.json/type",keyword:"type",params:{type: "string"}};
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
}
}
var _valid0 = _errs32 === errors;
if(_valid0 && valid8){
valid8 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid8 = true;
passing0 = 1;
if(props0 !== true){
props0 = props0 || {};
props0.quoteQuantity = true;
}
}
}
if(!valid8){
const err8 = {instancePath,schemaPath:"#/allOf/1/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate31.errors = vErrors;
return false;
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
const _errs36 = errors;
let valid13 = true;
const _errs37 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.side === undefined) && (missing3 = "side")){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
if(data.side !== undefined){
if("sell" !== data.side){
const err10 = {};
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
var _valid1 = _errs37 === errors;
if(props0 !== true){
props0 = props0 || {};
props0.side = true;
}
errors = _errs36;
if(vErrors !== null){
if(_errs36){
vErrors.length = _errs36;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs39 = errors;
const _errs40 = errors;
const _errs41 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.quoteQuantity === undefined) && (missing4 = "quoteQuantity")){
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
if(data.quoteQuantity !== undefined){
let data11 = data.quoteQuantity;
const _errs43 = errors;
if(errors === _errs43){
if(typeof data11 === "string"){
if(func1(data11) > 49){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
if(!pattern7.test(data11)){
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
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
}
var valid15 = _errs41 === errors;
if(valid15){
validate31.errors = [{instancePath,schemaPath:"#/allOf/1/then/not",keyword:"not",params:{}}];
return false;
}
else {
errors = _errs40;
if(vErrors !== null){
if(_errs40){
vErrors.length = _errs40;
}
else {
vErrors = null;
}
}
}
var _valid1 = _errs39 === errors;
valid13 = _valid1;
}
if(!valid13){
const err15 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
validate31.errors = vErrors;
return false;
}
}
var valid0 = _errs26 === errors;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(!(validate29(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs3 = errors;
if(!(validate31(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
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
const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate28.errors = vErrors;
return false;
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
validate28.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate28.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.op === undefined) && (missing0 = "op")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.order === undefined) && (missing0 = "order"))){
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "op") || (key0 === "id")) || (key0 === "order"))){
validate27.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.op !== undefined){
let data0 = data.op;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate27.errors = [{instancePath:instancePath+"/op",schemaPath:"#/properties/op/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("placeOrder" !== data0){
validate27.errors = [{instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "placeOrder"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs4 = errors;
const _errs6 = errors;
let valid2 = false;
let passing0 = null;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err0 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]{1,64}$"}};
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
const err1 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs9 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/1/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(errors === _errs9){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 9007199254740991 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data1 < 0 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
var _valid0 = _errs9 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err5 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate27.errors = vErrors;
return false;
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
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.order !== undefined){
const _errs11 = errors;
if(!(validate28(data.order, {instancePath:instancePath+"/order",parentData:data,parentDataProperty:"order",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.clientSetCancelAllAfter = validate34;
const schema78 = {"type":"object","additionalProperties":false,"required":["op","id","timeoutMs"],"properties":{"op":{"type":"string","const":"setCancelAllAfter","description":"Always `setCancelAllAfter`."},"id":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json","description":"Required for order entry; echoed in the reply."},"timeoutMs":{"type":"integer","minimum":0,"maximum":600000,"examples":[60000],"description":"Cancel all the account's open orders if the switch is not set again within this many milliseconds (at most 10 minutes). `0` disarms the switch."}},"$id":"https://openvenue.dev/contracts/asyncapi/validators/clientSetCancelAllAfter.json"};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.op === undefined) && (missing0 = "op")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.timeoutMs === undefined) && (missing0 = "timeoutMs"))){
validate34.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "op") || (key0 === "id")) || (key0 === "timeoutMs"))){
validate34.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.op !== undefined){
let data0 = data.op;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate34.errors = [{instancePath:instancePath+"/op",schemaPath:"#/properties/op/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("setCancelAllAfter" !== data0){
validate34.errors = [{instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "setCancelAllAfter"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs4 = errors;
const _errs6 = errors;
let valid2 = false;
let passing0 = null;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err0 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]{1,64}$"}};
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
const err1 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs9 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/1/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(errors === _errs9){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 9007199254740991 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data1 < 0 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
var _valid0 = _errs9 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err5 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate34.errors = vErrors;
return false;
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
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timeoutMs !== undefined){
let data2 = data.timeoutMs;
const _errs11 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate34.errors = [{instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs11){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 600000 || isNaN(data2)){
validate34.errors = [{instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600000}}];
return false;
}
else {
if(data2 < 0 || isNaN(data2)){
validate34.errors = [{instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.clientSubscribe = validate35;
const schema80 = {"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/SubscribeRequest.json","$id":"https://openvenue.dev/contracts/asyncapi/validators/clientSubscribe.json"};
const schema81 = {"title":"SubscribeRequest","description":"Start receiving a channel. `markets` only for the public channels; omitted, it means every market listed now.","type":"object","examples":[{"op":"subscribe","id":2,"channel":"book","markets":["BTC-USD"]}],"allOf":[{"type":"object","additionalProperties":false,"required":["op","channel"],"properties":{"op":{"type":"string","const":"subscribe","description":"Always `subscribe`."},"id":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json","description":"Echoed in the reply."},"channel":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/StreamChannel.json","description":"The channel."},"markets":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/MarketSymbolList.json","description":"The markets (public channels only)."}}},{"if":{"required":["channel"],"properties":{"channel":{"enum":["orders","executions","balances"]}}},"then":{"properties":{"markets":false}}}],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/SubscribeRequest.json"};
const schema83 = {"title":"StreamChannel","description":"A stream a connection can subscribe to. `book`, `trades` and `ticker` are public and per market; `orders`, `executions` and `balances` are private (they need a successful `login` with a key that has the `read` scope) and cover the whole account.","type":"string","enum":["book","trades","ticker","orders","executions","balances"],"examples":["book"],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/StreamChannel.json"};
const schema84 = {"title":"MarketSymbolList","description":"One or more market symbols, each at most once.","type":"array","items":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/MarketSymbol.json"},"minItems":1,"maxItems":100,"uniqueItems":true,"examples":[["BTC-USD","ETH-USD"]],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/MarketSymbolList.json"};
const func0 = __dep1.default;

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(Array.isArray(data)){
if(data.length > 100){
validate37.errors = [{instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 100}}];
return false;
}
else {
if(data.length < 1){
validate37.errors = [{instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1}}];
return false;
}
else {
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern12.test(data0)){
validate37.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/MarketSymbol.json/pattern",keyword:"pattern",params:{pattern: "^[A-Z0-9]{2,10}-[A-Z0-9]{2,10}$"}}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/MarketSymbol.json/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
if(valid0){
let i1 = data.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data[i1], data[j0])){
validate37.errors = [{instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0}}];
return false;
break outer0;
}
}
}
}
}
}
}
}
else {
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate36.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.op === undefined) && (missing0 = "op")) || ((data.channel === undefined) && (missing0 = "channel"))){
validate36.errors = [{instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs3 = errors;
for(const key0 in data){
if(!((((key0 === "op") || (key0 === "id")) || (key0 === "channel")) || (key0 === "markets"))){
validate36.errors = [{instancePath,schemaPath:"#/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs3 === errors){
if(data.op !== undefined){
let data0 = data.op;
const _errs4 = errors;
if(typeof data0 !== "string"){
validate36.errors = [{instancePath:instancePath+"/op",schemaPath:"#/allOf/0/properties/op/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("subscribe" !== data0){
validate36.errors = [{instancePath:instancePath+"/op",schemaPath:"#/allOf/0/properties/op/const",keyword:"const",params:{allowedValue: "subscribe"}}];
return false;
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.id !== undefined){
let data1 = data.id;
const _errs6 = errors;
const _errs8 = errors;
let valid3 = false;
let passing0 = null;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err0 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]{1,64}$"}};
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
const err1 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs11 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/1/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(errors === _errs11){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 9007199254740991 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data1 < 0 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
var _valid0 = _errs11 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err5 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate36.errors = vErrors;
return false;
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
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.channel !== undefined){
let data2 = data.channel;
const _errs13 = errors;
if(typeof data2 !== "string"){
validate36.errors = [{instancePath:instancePath+"/channel",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/StreamChannel.json/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((((((data2 === "book") || (data2 === "trades")) || (data2 === "ticker")) || (data2 === "orders")) || (data2 === "executions")) || (data2 === "balances"))){
validate36.errors = [{instancePath:instancePath+"/channel",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/StreamChannel.json/enum",keyword:"enum",params:{allowedValues: schema83.enum}}];
return false;
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.markets !== undefined){
const _errs16 = errors;
if(!(validate37(data.markets, {instancePath:instancePath+"/markets",parentData:data,parentDataProperty:"markets",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
var valid1 = _errs16 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
else {
validate36.errors = [{instancePath,schemaPath:"#/allOf/0/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs17 = errors;
const _errs18 = errors;
let valid5 = true;
const _errs19 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.channel === undefined) && (missing1 = "channel")){
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
if(data.channel !== undefined){
let data4 = data.channel;
if(!(((data4 === "orders") || (data4 === "executions")) || (data4 === "balances"))){
const err7 = {};
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
}
var _valid1 = _errs19 === errors;
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs21 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.markets !== undefined){
validate36.errors = [{instancePath:instancePath+"/markets",schemaPath:"#/allOf/1/then/properties/markets/false schema",keyword:"false schema",params:{}}];
return false;
}
}
var _valid1 = _errs21 === errors;
valid5 = _valid1;
if(valid5){
var props0 = {};
props0.markets = true;
props0.channel = true;
}
}
if(!valid5){
const err8 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate36.errors = vErrors;
return false;
}
var valid0 = _errs17 === errors;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate36(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.clientUnsubscribe = validate40;
const schema86 = {"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/UnsubscribeRequest.json","$id":"https://openvenue.dev/contracts/asyncapi/validators/clientUnsubscribe.json"};
const schema87 = {"title":"UnsubscribeRequest","description":"Stop receiving a channel. `markets` only for the public channels; omitted, it means every market.","type":"object","examples":[{"op":"unsubscribe","id":2,"channel":"book","markets":["BTC-USD"]}],"allOf":[{"type":"object","additionalProperties":false,"required":["op","channel"],"properties":{"op":{"type":"string","const":"unsubscribe","description":"Always `unsubscribe`."},"id":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json","description":"Echoed in the reply."},"channel":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/StreamChannel.json","description":"The channel."},"markets":{"$ref":"https://openvenue.dev/contracts/asyncapi/schemas/MarketSymbolList.json","description":"The markets (public channels only)."}}},{"if":{"required":["channel"],"properties":{"channel":{"enum":["orders","executions","balances"]}}},"then":{"properties":{"markets":false}}}],"$id":"https://openvenue.dev/contracts/asyncapi/schemas/UnsubscribeRequest.json"};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate41.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.op === undefined) && (missing0 = "op")) || ((data.channel === undefined) && (missing0 = "channel"))){
validate41.errors = [{instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs3 = errors;
for(const key0 in data){
if(!((((key0 === "op") || (key0 === "id")) || (key0 === "channel")) || (key0 === "markets"))){
validate41.errors = [{instancePath,schemaPath:"#/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs3 === errors){
if(data.op !== undefined){
let data0 = data.op;
const _errs4 = errors;
if(typeof data0 !== "string"){
validate41.errors = [{instancePath:instancePath+"/op",schemaPath:"#/allOf/0/properties/op/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("unsubscribe" !== data0){
validate41.errors = [{instancePath:instancePath+"/op",schemaPath:"#/allOf/0/properties/op/const",keyword:"const",params:{allowedValue: "unsubscribe"}}];
return false;
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.id !== undefined){
let data1 = data.id;
const _errs6 = errors;
const _errs8 = errors;
let valid3 = false;
let passing0 = null;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err0 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]{1,64}$"}};
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
const err1 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs11 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/1/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(errors === _errs11){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 9007199254740991 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data1 < 0 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
var _valid0 = _errs11 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err5 = {instancePath:instancePath+"/id",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/RequestId.json/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate41.errors = vErrors;
return false;
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
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.channel !== undefined){
let data2 = data.channel;
const _errs13 = errors;
if(typeof data2 !== "string"){
validate41.errors = [{instancePath:instancePath+"/channel",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/StreamChannel.json/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((((((data2 === "book") || (data2 === "trades")) || (data2 === "ticker")) || (data2 === "orders")) || (data2 === "executions")) || (data2 === "balances"))){
validate41.errors = [{instancePath:instancePath+"/channel",schemaPath:"https://openvenue.dev/contracts/asyncapi/schemas/StreamChannel.json/enum",keyword:"enum",params:{allowedValues: schema83.enum}}];
return false;
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.markets !== undefined){
const _errs16 = errors;
if(!(validate37(data.markets, {instancePath:instancePath+"/markets",parentData:data,parentDataProperty:"markets",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
var valid1 = _errs16 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
else {
validate41.errors = [{instancePath,schemaPath:"#/allOf/0/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs17 = errors;
const _errs18 = errors;
let valid5 = true;
const _errs19 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.channel === undefined) && (missing1 = "channel")){
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
if(data.channel !== undefined){
let data4 = data.channel;
if(!(((data4 === "orders") || (data4 === "executions")) || (data4 === "balances"))){
const err7 = {};
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
}
var _valid1 = _errs19 === errors;
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs21 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.markets !== undefined){
validate41.errors = [{instancePath:instancePath+"/markets",schemaPath:"#/allOf/1/then/properties/markets/false schema",keyword:"false schema",params:{}}];
return false;
}
}
var _valid1 = _errs21 === errors;
valid5 = _valid1;
if(valid5){
var props0 = {};
props0.markets = true;
props0.channel = true;
}
}
if(!valid5){
const err8 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate41.errors = vErrors;
return false;
}
var valid0 = _errs17 === errors;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate41(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

return exports;
})();
function __fastPath(firstError, allErrors) {
  function validate(data) {
    if (firstError(data)) {
      validate.errors = null;
      return true;
    }
    const valid = allErrors(data);
    validate.errors = allErrors.errors;
    return valid;
  }
  return validate;
}
export const clientAmendOrder = __fastPath(__firstError.clientAmendOrder, __allErrors_clientAmendOrder);
export const clientCancelAllOrders = __fastPath(__firstError.clientCancelAllOrders, __allErrors_clientCancelAllOrders);
export const clientCancelOrder = __fastPath(__firstError.clientCancelOrder, __allErrors_clientCancelOrder);
export const clientLogin = __fastPath(__firstError.clientLogin, __allErrors_clientLogin);
export const clientPing = __fastPath(__firstError.clientPing, __allErrors_clientPing);
export const clientPlaceOrder = __fastPath(__firstError.clientPlaceOrder, __allErrors_clientPlaceOrder);
export const clientSetCancelAllAfter = __fastPath(__firstError.clientSetCancelAllAfter, __allErrors_clientSetCancelAllAfter);
export const clientSubscribe = __fastPath(__firstError.clientSubscribe, __allErrors_clientSubscribe);
export const clientUnsubscribe = __fastPath(__firstError.clientUnsubscribe, __allErrors_clientUnsubscribe);

