export const id = 463;
export const ids = [463,825];
export const modules = {

/***/ 2463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   detectEndpoint: () => (/* binding */ detectEndpoint),
/* harmony export */   readEndpoint: () => (/* binding */ readEndpoint)
/* harmony export */ });
/* harmony import */ var _ec2_query_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3825);
/* harmony import */ var _collect_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(393);
/**
 * The VPC endpoint in the path of the request: its policy (DescribeVpcEndpoints returns it as a
 * JSON string in PolicyDocument), and, on a self-hosted runner inside a VPC, which endpoint that is.
 *
 * Detection: S3 traffic from a subnet goes through a gateway endpoint when the endpoint is
 * associated with the subnet's route table (the VPC's main table when the subnet has none of its
 * own); failing that, through an S3 interface endpoint with private DNS.
 * https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-s3.html
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVpcEndpoints.html
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeRouteTables.html
 *
 * The calls go through ./ec2-query.ts, not @aws-sdk/client-ec2 (whose size is the reason).
 */


function facts(endpoint) {
    if (typeof endpoint.VpcEndpointId !== 'string')
        throw new _collect_read_js__WEBPACK_IMPORTED_MODULE_1__/* .MalformedResponse */ .PJ('an endpoint without VpcEndpointId');
    const policy = typeof endpoint.PolicyDocument === 'string' && endpoint.PolicyDocument.trim() !== '' ? endpoint.PolicyDocument : undefined;
    return { id: endpoint.VpcEndpointId, vpcId: endpoint.VpcId, type: endpoint.VpcEndpointType, policy };
}
/** The endpoint the input names. */
function readEndpoint(reader, ec2, id) {
    return reader.read('ec2.DescribeVpcEndpoints', (abortSignal) => ec2.send(new _ec2_query_js__WEBPACK_IMPORTED_MODULE_0__.DescribeVpcEndpointsCommand({ VpcEndpointIds: [id] }), { abortSignal }), (response) => {
        const endpoint = response.VpcEndpoints?.find((item) => item.VpcEndpointId === id);
        if (endpoint === undefined)
            throw new _collect_read_js__WEBPACK_IMPORTED_MODULE_1__/* .MalformedResponse */ .PJ(`no endpoint ${id} in VpcEndpoints`);
        return facts(endpoint);
    });
}
/**
 * The S3 endpoint a runner in `network` reaches S3 through, or null when it goes over the internet.
 * Two concurrent reads: the subnet's route tables and the VPC's S3 endpoints.
 */
async function detectEndpoint(reader, ec2, network, region) {
    const [tables, endpoints] = await Promise.all([
        reader.read('ec2.DescribeRouteTables', (abortSignal) => ec2.send(new _ec2_query_js__WEBPACK_IMPORTED_MODULE_0__.DescribeRouteTablesCommand({ Filters: [{ Name: 'vpc-id', Values: [network.vpcId] }] }), { abortSignal }), (response) => {
            if (!Array.isArray(response.RouteTables))
                throw new _collect_read_js__WEBPACK_IMPORTED_MODULE_1__/* .MalformedResponse */ .PJ('no RouteTables');
            const ofSubnet = [];
            const main = [];
            for (const table of response.RouteTables) {
                if (typeof table.RouteTableId !== 'string')
                    continue;
                for (const association of table.Associations ?? []) {
                    if (network.subnetId !== undefined && association.SubnetId === network.subnetId)
                        ofSubnet.push(table.RouteTableId);
                    if (association.Main === true)
                        main.push(table.RouteTableId);
                }
            }
            // A subnet without its own association uses the VPC's main route table.
            return ofSubnet.length > 0 ? ofSubnet : main;
        }),
        reader.read('ec2.DescribeVpcEndpoints', (abortSignal) => ec2.send(new _ec2_query_js__WEBPACK_IMPORTED_MODULE_0__.DescribeVpcEndpointsCommand({
            Filters: [
                { Name: 'vpc-id', Values: [network.vpcId] },
                { Name: 'service-name', Values: [`com.amazonaws.${region}.s3`] }
            ]
        }), { abortSignal }), (response) => {
            if (!Array.isArray(response.VpcEndpoints))
                throw new _collect_read_js__WEBPACK_IMPORTED_MODULE_1__/* .MalformedResponse */ .PJ('no VpcEndpoints');
            return response.VpcEndpoints.filter((endpoint) => endpoint.State === undefined || endpoint.State.toLowerCase() === 'available');
        })
    ]);
    if (!endpoints.ok)
        return endpoints;
    const gateways = endpoints.value.filter((endpoint) => endpoint.VpcEndpointType === 'Gateway');
    if (gateways.length > 0) {
        if (!tables.ok)
            return tables;
        const routed = gateways.find((endpoint) => (endpoint.RouteTableIds ?? []).some((id) => tables.value.includes(id)));
        if (routed !== undefined)
            return { ok: true, value: facts(routed) };
    }
    const interfaced = endpoints.value.find((endpoint) => endpoint.VpcEndpointType === 'Interface' && endpoint.PrivateDnsEnabled === true);
    return { ok: true, value: interfaced !== undefined ? facts(interfaced) : null };
}


/***/ }),

/***/ 3825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DescribeRouteTablesCommand: () => (/* binding */ DescribeRouteTablesCommand),
/* harmony export */   DescribeVpcEndpointsCommand: () => (/* binding */ DescribeVpcEndpointsCommand),
/* harmony export */   EC2_API_VERSION: () => (/* binding */ EC2_API_VERSION),
/* harmony export */   Ec2DeserializationError: () => (/* binding */ Ec2DeserializationError),
/* harmony export */   Ec2QueryClient: () => (/* binding */ Ec2QueryClient),
/* harmony export */   Ec2ServiceError: () => (/* binding */ Ec2ServiceError),
/* harmony export */   ec2Endpoint: () => (/* binding */ ec2Endpoint),
/* harmony export */   parseDescribeRouteTables: () => (/* binding */ parseDescribeRouteTables),
/* harmony export */   parseDescribeVpcEndpoints: () => (/* binding */ parseDescribeVpcEndpoints),
/* harmony export */   parseError: () => (/* binding */ parseError),
/* harmony export */   queryBody: () => (/* binding */ queryBody),
/* harmony export */   resolveEc2Endpoint: () => (/* binding */ resolveEc2Endpoint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5152);
/* harmony import */ var _aws_sdk_xml_builder__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4274);
/* harmony import */ var _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1279);
/* harmony import */ var _smithy_signature_v4__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5118);
/**
 * The two EC2 calls the collector makes, DescribeVpcEndpoints and DescribeRouteTables, sent over
 * EC2's Query API by a client of our own instead of @aws-sdk/client-ec2.
 *
 * Why: the SDK's EC2 client carries the models of all of EC2's ~750 operations in one module
 * (2 MB of JavaScript, its schemas alone 1.3 MB), and loading it raised the action's peak RSS by
 * about 35 MB for a diagnosis with a VPC endpoint (bench/live.bench.ts: 159 MB, over the 150 MB
 * target). Importing only EC2Client and the two commands from the package's dist-es files saves a
 * third of that at best: every command module imports the one schemas file. This client is made of
 * what the bundle already loads for S3 and STS, so it adds next to nothing: the SDK's SigV4 signer
 * (@smithy/signature-v4), its Node HTTP handler (@smithy/node-http-handler), its XML parser
 * (@aws-sdk/xml-builder) and its partition table (@aws-sdk/core/client).
 *
 * It takes the configuration ./clients.ts gives every client (region, endpoint, credentials, user
 * agent, per-request timeouts) and, like them, makes one attempt per `send`: ./collect-read.ts
 * retries (./retry.ts). Its errors have the SDK's shape (`name` = EC2's error code, `$fault`,
 * `$metadata.httpStatusCode`, `$metadata.requestId`), so ./retry.ts reads them like any other.
 *
 * The wire format, which the tests check against the SDK's own EC2 client and moto:
 * - request: `POST /`, `application/x-www-form-urlencoded`, `Action=...&Version=2016-11-15`, list
 *   members numbered from 1 under their singular names (`VpcEndpointId.1`, `Filter.1.Name`,
 *   `Filter.1.Value.1`), signed with SigV4 for the service `ec2`.
 *   https://docs.aws.amazon.com/AWSEC2/latest/APIReference/Query-Requests.html
 * - response: `<DescribeVpcEndpointsResponse><vpcEndpointSet><item>...`, lists as `<item>`s.
 *   https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVpcEndpoints.html
 *   https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeRouteTables.html
 * - errors: `<Response><Errors><Error><Code>...</Code><Message>...</Message></Error></Errors><RequestID>`.
 *   https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html
 * - endpoint: `https://ec2.{region}.{dnsSuffix}`, `ec2-fips.` with FIPS, `{dualStackDnsSuffix}` with
 *   dual-stack, as the SDK's EC2 endpoint rules say; AWS_ENDPOINT_URL_EC2 / AWS_ENDPOINT_URL and
 *   AWS_USE_FIPS_ENDPOINT / AWS_USE_DUALSTACK_ENDPOINT are read from the environment (not from the
 *   shared config file). https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html
 */





const EC2_API_VERSION = '2016-11-15';
class DescribeVpcEndpointsCommand {
    input;
    action = 'DescribeVpcEndpoints';
    constructor(input) {
        this.input = input;
    }
}
class DescribeRouteTablesCommand {
    input;
    action = 'DescribeRouteTables';
    constructor(input) {
        this.input = input;
    }
}
/** An error EC2 answered, in the SDK's shape. */
class Ec2ServiceError extends Error {
    $fault;
    $metadata;
    Code;
    constructor(options) {
        super(options.message);
        // No code (a body that is not EC2's error XML): `Error`, which ./retry.ts reads as "no code".
        this.name = options.code ?? 'Error';
        this.Code = options.code;
        this.$fault = options.status >= 500 ? 'server' : 'client';
        this.$metadata = { httpStatusCode: options.status, ...(options.requestId !== undefined ? { requestId: options.requestId } : {}), attempts: 1, totalRetryDelay: 0 };
    }
}
/** A 200 answer that is not the XML the API documents (./collect-read.ts reports it as malformed). */
class Ec2DeserializationError extends Error {
    name = 'Ec2DeserializationError';
}
/**
 * The endpoint EC2's endpoint rules give a region (no custom endpoint): the partition's DNS suffix,
 * `ec2-fips.` with FIPS (except in aws-us-gov, whose regular endpoints are FIPS endpoints already),
 * the dual-stack suffix with dual-stack.
 */
function ec2Endpoint(region, options = {}) {
    if (!/^[a-z0-9-]+$/.test(region))
        throw new Error(`not a region name: ${JSON.stringify(region)}`);
    const info = (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_1__.partition)(region);
    const fips = options.fips === true;
    const dualStack = options.dualStack === true;
    if (fips && !info.supportsFIPS)
        throw new Error(`FIPS is enabled but the partition of ${region} does not support FIPS`);
    if (dualStack && !info.supportsDualStack)
        throw new Error(`dual-stack is enabled but the partition of ${region} does not support it`);
    if (fips && dualStack)
        return `https://ec2-fips.${region}.${info.dualStackDnsSuffix}`;
    if (fips)
        return info.name === 'aws-us-gov' ? `https://ec2.${region}.amazonaws.com` : `https://ec2-fips.${region}.${info.dnsSuffix}`;
    if (dualStack)
        return `https://ec2.${region}.${info.dualStackDnsSuffix}`;
    return `https://ec2.${region}.${info.dnsSuffix}`;
}
/** The endpoint this configuration sends to: the one given, the environment's, or the region's. */
function resolveEc2Endpoint(config) {
    if (config.endpoint !== undefined)
        return config.endpoint;
    const env = config.env ?? process.env;
    const configured = env['AWS_IGNORE_CONFIGURED_ENDPOINT_URLS']?.toLowerCase() === 'true' ? undefined : (nonEmpty(env['AWS_ENDPOINT_URL_EC2']) ?? nonEmpty(env['AWS_ENDPOINT_URL']));
    if (configured !== undefined)
        return configured;
    return ec2Endpoint(config.region, { fips: env['AWS_USE_FIPS_ENDPOINT']?.toLowerCase() === 'true', dualStack: env['AWS_USE_DUALSTACK_ENDPOINT']?.toLowerCase() === 'true' });
}
function nonEmpty(value) {
    return value === undefined || value.trim() === '' ? undefined : value.trim();
}
/** The form body: `Action`, `Version`, then the members, encoded as the SDK encodes them (RFC 3986, `!'()*` too). */
function queryBody(command) {
    const { action, input } = command;
    const pairs = [
        ['Action', action],
        ['Version', EC2_API_VERSION]
    ];
    const [idName, ids] = command instanceof DescribeVpcEndpointsCommand ? ['VpcEndpointId', command.input.VpcEndpointIds] : ['RouteTableId', command.input.RouteTableIds];
    (ids ?? []).forEach((id, index) => pairs.push([`${idName}.${index + 1}`, id]));
    (input.Filters ?? []).forEach((filter, index) => {
        pairs.push([`Filter.${index + 1}.Name`, filter.Name]);
        filter.Values.forEach((value, valueIndex) => pairs.push([`Filter.${index + 1}.Value.${valueIndex + 1}`, value]));
    });
    return pairs.map(([name, value]) => `${encode(name)}=${encode(value)}`).join('&');
}
function encode(text) {
    return encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The `<item>`s of a list element (`<vpcEndpointSet><item/>...</vpcEndpointSet>`). */
function items(list, where) {
    if (list === undefined || list === '')
        return [];
    if (!isObject(list))
        throw new Ec2DeserializationError(`${where} is not a list of <item>s`);
    const item = list['item'];
    if (item === undefined)
        return [];
    return Array.isArray(item) ? item : [item];
}
function text(node, name, where) {
    const value = node[name];
    if (value === undefined)
        return undefined;
    if (typeof value !== 'string')
        throw new Ec2DeserializationError(`${where}.${name} is not text`);
    return value;
}
function bool(node, name, where) {
    const value = text(node, name, where);
    if (value === undefined)
        return undefined;
    if (value !== 'true' && value !== 'false')
        throw new Ec2DeserializationError(`${where}.${name} is not true or false`);
    return value === 'true';
}
function object(value, where) {
    if (!isObject(value))
        throw new Ec2DeserializationError(`${where} is not an element`);
    return value;
}
/** Only the members present, so answers compare equal to the SDK's. */
function defined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined));
}
function responseOf(xml, action) {
    let parsed;
    try {
        parsed = (0,_aws_sdk_xml_builder__WEBPACK_IMPORTED_MODULE_2__.parseXML)(xml);
    }
    catch (error) {
        throw new Ec2DeserializationError(`the ${action} answer is not XML: ${error instanceof Error ? error.message : String(error)}`);
    }
    const root = parsed[`${action}Response`];
    if (root === undefined)
        throw new Ec2DeserializationError(`the ${action} answer has no <${action}Response> (root: <${Object.keys(parsed)[0] ?? ''}>)`);
    return root === '' ? {} : object(root, `${action}Response`);
}
function parseDescribeVpcEndpoints(xml) {
    const root = responseOf(xml, 'DescribeVpcEndpoints');
    const endpoints = items(root['vpcEndpointSet'], 'vpcEndpointSet').map((value, index) => {
        const where = `vpcEndpointSet[${index}]`;
        const node = object(value, where);
        const routeTables = node['routeTableIdSet'] === undefined ? undefined : items(node['routeTableIdSet'], `${where}.routeTableIdSet`).map((id) => {
            if (typeof id !== 'string')
                throw new Ec2DeserializationError(`${where}.routeTableIdSet has an item that is not text`);
            return id;
        });
        return defined({
            VpcEndpointId: text(node, 'vpcEndpointId', where),
            VpcEndpointType: text(node, 'vpcEndpointType', where),
            VpcId: text(node, 'vpcId', where),
            ServiceName: text(node, 'serviceName', where),
            State: text(node, 'state', where),
            PolicyDocument: text(node, 'policyDocument', where),
            RouteTableIds: routeTables,
            PrivateDnsEnabled: bool(node, 'privateDnsEnabled', where)
        });
    });
    const next = text(root, 'nextToken', 'DescribeVpcEndpointsResponse');
    return { VpcEndpoints: endpoints, ...(next !== undefined && next !== '' ? { NextToken: next } : {}) };
}
function parseDescribeRouteTables(xml) {
    const root = responseOf(xml, 'DescribeRouteTables');
    const tables = items(root['routeTableSet'], 'routeTableSet').map((value, index) => {
        const where = `routeTableSet[${index}]`;
        const node = object(value, where);
        const associations = node['associationSet'] === undefined ? undefined : items(node['associationSet'], `${where}.associationSet`).map((association, associationIndex) => {
            const at = `${where}.associationSet[${associationIndex}]`;
            const item = object(association, at);
            return defined({
                RouteTableAssociationId: text(item, 'routeTableAssociationId', at),
                RouteTableId: text(item, 'routeTableId', at),
                SubnetId: text(item, 'subnetId', at),
                Main: bool(item, 'main', at)
            });
        });
        return defined({ RouteTableId: text(node, 'routeTableId', where), VpcId: text(node, 'vpcId', where), Associations: associations });
    });
    const next = text(root, 'nextToken', 'DescribeRouteTablesResponse');
    return { RouteTables: tables, ...(next !== undefined && next !== '' ? { NextToken: next } : {}) };
}
/** EC2's error XML (or whatever else came back) as the error to throw. */
function parseError(xml, status, headerRequestId) {
    let code;
    let message = '';
    let requestId = headerRequestId;
    try {
        const parsed = (0,_aws_sdk_xml_builder__WEBPACK_IMPORTED_MODULE_2__.parseXML)(xml);
        const root = parsed['Response'];
        if (isObject(root)) {
            const errors = root['Errors'];
            const first = isObject(errors) ? (Array.isArray(errors['Error']) ? errors['Error'][0] : errors['Error']) : undefined;
            if (isObject(first)) {
                code = typeof first['Code'] === 'string' && first['Code'] !== '' ? first['Code'] : undefined;
                message = typeof first['Message'] === 'string' ? first['Message'] : '';
            }
            if (typeof root['RequestID'] === 'string' && root['RequestID'] !== '')
                requestId = root['RequestID'];
        }
    }
    catch {
        // not XML: an answer from something in front of EC2 (a proxy); the status says what it can
    }
    if (code === undefined && message === '')
        message = `HTTP ${status}${xml.trim() !== '' ? `: ${xml.trim().slice(0, 200)}` : ''}`;
    return new Ec2ServiceError({ code, message, status, requestId });
}
// ---------------------------------------------------------------------------------------------
/** node:crypto as the signer's hash (the SDK's @smithy/hash-node does the same). */
class Sha256 {
    hash;
    constructor(secret) {
        this.hash = secret === undefined ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256') : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', bytes(secret));
    }
    update(data) {
        this.hash.update(bytes(data));
    }
    digest() {
        return Promise.resolve(new Uint8Array(this.hash.digest()));
    }
}
function bytes(data) {
    if (typeof data === 'string')
        return Buffer.from(data, 'utf8');
    if (ArrayBuffer.isView(data))
        return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return Buffer.from(data);
}
async function readBody(body) {
    if (body === undefined || body === null)
        return '';
    const chunks = [];
    for await (const chunk of body)
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks).toString('utf8');
}
/** The collector's EC2 client: `send` one of the two commands, one attempt, an abort signal honoured. */
class Ec2QueryClient {
    config;
    handler;
    signer;
    constructor(config) {
        this.config = config;
        this.handler = new _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_3__.NodeHttpHandler(config.requestHandler ?? {});
    }
    async send(command, options = {}) {
        const xml = await this.call(queryBody(command), options.abortSignal);
        return command instanceof DescribeVpcEndpointsCommand ? parseDescribeVpcEndpoints(xml) : parseDescribeRouteTables(xml);
    }
    destroy() {
        this.handler.destroy();
    }
    signerFor() {
        this.signer ??= (async () => {
            // No credentials given: the SDK's default chain, as the SDK clients would use.
            const credentials = this.config.credentials ?? (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 9719, 19))).fromNodeProviderChain();
            return new _smithy_signature_v4__WEBPACK_IMPORTED_MODULE_4__.SignatureV4({ service: 'ec2', region: this.config.region, credentials, sha256: Sha256, uriEscapePath: true });
        })();
        return this.signer;
    }
    async call(body, abortSignal) {
        const url = new URL(resolveEc2Endpoint(this.config));
        const path = url.pathname === '' ? '/' : url.pathname;
        const request = {
            method: 'POST',
            protocol: url.protocol,
            hostname: url.hostname,
            ...(url.port !== '' ? { port: Number(url.port) } : {}),
            path,
            query: {},
            headers: {
                'content-type': 'application/x-www-form-urlencoded',
                'content-length': String(Buffer.byteLength(body)),
                host: url.host,
                'user-agent': `${this.config.customUserAgent} lang/js md/nodejs#${process.versions.node} api/ec2-query`,
                'x-amz-user-agent': this.config.customUserAgent
            },
            body
        };
        const signed = await (await this.signerFor()).sign(request);
        const { response } = await this.handler.handle(signed, abortSignal !== undefined ? { abortSignal } : {});
        const text = await readBody(response.body);
        if (response.statusCode < 200 || response.statusCode >= 300) {
            const header = response.headers['x-amzn-requestid'] ?? response.headers['x-amz-request-id'];
            throw parseError(text, response.statusCode, typeof header === 'string' ? header : undefined);
        }
        return text;
    }
}


/***/ })

};
