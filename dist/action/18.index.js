export const id = 18;
export const ids = [18];
export const modules = {

/***/ 6455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AV: () => (/* binding */ indexPath),
/* harmony export */   Dl: () => (/* binding */ ROOT_PATH),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   VH: () => (/* binding */ preview),
/* harmony export */   cm: () => (/* binding */ childPath),
/* harmony export */   tp: () => (/* binding */ ScenarioError)
/* harmony export */ });
/** What the loader reports about a scenario that is not valid: one issue per field, each naming it. */
const ROOT_PATH = '(root)';
/** A scenario that cannot be loaded. `message` lists the issues, one `path: message` per line. */
class ScenarioError extends Error {
    issues;
    constructor(issues) {
        super(issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
        this.name = 'ScenarioError';
        this.issues = issues;
    }
}
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$:-]*$/;
/** `parent.key`, or `parent["key"]` when the key would not read unambiguously after a dot. */
function childPath(parent, key) {
    if (IDENTIFIER.test(key))
        return parent === '' ? key : `${parent}.${key}`;
    return `${parent}[${JSON.stringify(key)}]`;
}
function indexPath(parent, index) {
    return `${parent}[${index}]`;
}
/** The path as shown to a person: the root is `(root)`. */
function displayPath(path) {
    return path === '' ? ROOT_PATH : path;
}
/** A short rendering of a value for "got ..." in messages. */
function preview(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return value.length === 0 ? 'an empty array' : 'an array';
    switch (typeof value) {
        case 'string': {
            const quoted = JSON.stringify(value);
            return quoted.length > 62 ? `${quoted.slice(0, 58)}..."` : quoted;
        }
        case 'number':
        case 'boolean':
            return String(value);
        case 'object':
            return 'an object';
        case 'undefined':
            return 'undefined';
        default:
            return `a ${typeof value}`;
    }
}


/***/ }),

/***/ 9018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M1: () => (/* binding */ MAX_NESTING),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   au: () => (/* binding */ decodePolicyDocument),
/* harmony export */   lk: () => (/* binding */ parseJsonText)
/* harmony export */ });
/* unused harmony exports MAX_TEXT_LENGTH, lineColumn */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6455);
/**
 * Policy documents as the collector finds them, and the JSON text they are written in.
 *
 * IAM returns documents URL-encoded: GetRolePolicy, GetUserPolicy, GetPolicyVersion and friends
 * say "Policies returned by this operation are URL-encoded compliant with RFC 3986. You can use a
 * URL decoding method to convert the policy back to plain JSON text", naming java.net.URLDecoder
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRolePolicy.html). We decode as that
 * class does: `+` is a space, `%XX` a UTF-8 byte. A literal `+` in the JSON is always `%2B` there.
 *
 * Hostile text never reaches JSON.parse unchecked: a linear scan rejects nesting deeper than
 * MAX_NESTING levels first, so no input overflows the stack, here or in anything that walks the
 * parsed value recursively.
 */

/** Deepest nesting of arrays and objects accepted; a real scenario needs about 12. */
const MAX_NESTING = 64;
/** Longest JSON text accepted, in characters: 64 MiB, far beyond any real scenario. */
const MAX_TEXT_LENGTH = 64 * 1024 * 1024;
/** True for `{...}` values: not null, not an array, not a Date, Map or class instance. */
function isPlainObject(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return false;
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}
/**
 * Accepts an object, a JSON string, or a URL-encoded JSON string (as IAM's GetRolePolicy/GetPolicyVersion
 * return it). Returns the object (an object argument is returned as is), or throws ScenarioError naming
 * `path`. The policy grammar is checked by the scenario schema, not here.
 */
function decodePolicyDocument(value, path) {
    if (isPlainObject(value))
        return value;
    const where = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .displayPath */ .Gt)(path);
    if (typeof value === 'string') {
        const start = firstNonSpace(value);
        let parsed;
        if (value[start] === '{') {
            parsed = parseJsonText(value, path, 'the JSON string: ');
        }
        else if (value[start] === '%' || value[start] === '+') {
            let decoded;
            try {
                decoded = decodeURIComponent(value.replace(/\+/g, ' '));
            }
            catch {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ScenarioError */ .tp([
                    { path: where, message: 'the URL-encoded string has a malformed %-escape (expected %XX escapes of UTF-8 bytes)' }
                ]);
            }
            parsed = parseJsonText(decoded, path, 'the URL-decoded string: ');
        }
        else {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ScenarioError */ .tp([{ path: where, message: `${EXPECTED_DOCUMENT}, got ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .preview */ .VH)(value)}` }]);
        }
        if (!isPlainObject(parsed)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ScenarioError */ .tp([
                { path: where, message: `expected the string to hold a policy document (a JSON object), but it holds ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .preview */ .VH)(parsed)}` }
            ]);
        }
        return parsed;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ScenarioError */ .tp([{ path: where, message: `${EXPECTED_DOCUMENT}, got ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .preview */ .VH)(value)}` }]);
}
const EXPECTED_DOCUMENT = 'expected a policy document: an object, a JSON string or a URL-encoded JSON string';
function firstNonSpace(text) {
    let i = 0;
    while (i < text.length && isSpace(text.charCodeAt(i)))
        i++;
    return i;
}
function isSpace(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
/**
 * JSON.parse with limits and messages a person can act on. Throws ScenarioError at `path`
 * (prefixing each message with `context`) for text longer than MAX_TEXT_LENGTH, nesting deeper
 * than MAX_NESTING, or invalid JSON (naming line and column).
 */
function parseJsonText(text, path, context = '') {
    const where = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .displayPath */ .Gt)(path);
    if (text.length > MAX_TEXT_LENGTH) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ScenarioError */ .tp([
            {
                path: where,
                message: `${context}larger than the ${MAX_TEXT_LENGTH / (1024 * 1024)} MiB limit (${text.length} characters)`
            }
        ]);
    }
    const tooDeep = findExcessiveNesting(text);
    if (tooDeep !== -1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ScenarioError */ .tp([
            { path: where, message: `${context}nesting deeper than ${MAX_NESTING} levels at ${lineColumn(text, tooDeep)}` }
        ]);
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const fault = findSyntaxError(text);
        const detail = fault
            ? ` at ${lineColumn(text, fault.offset)}: ${fault.message}`
            : `: ${error instanceof Error ? error.message : String(error)}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ScenarioError */ .tp([{ path: where, message: `${context}invalid JSON${detail}` }]);
    }
}
/** Offset of the first `[` or `{` that opens level MAX_NESTING + 1, or -1. Linear, no recursion. */
function findExcessiveNesting(text) {
    const n = text.length;
    let depth = 0;
    for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22) {
            // Skip the string: to the next quote not escaped by a backslash.
            for (i++; i < n; i++) {
                const d = text.charCodeAt(i);
                if (d === 0x5c)
                    i++;
                else if (d === 0x22)
                    break;
            }
        }
        else if (c === 0x5b || c === 0x7b) {
            if (++depth > MAX_NESTING)
                return i;
        }
        else if (c === 0x5d || c === 0x7d) {
            depth--;
        }
    }
    return -1;
}
/** `line L, column C` (both 1-based) of a character offset. */
function lineColumn(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let nl = text.indexOf('\n'); nl !== -1 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
        line++;
        lineStart = nl + 1;
    }
    return `line ${line}, column ${offset - lineStart + 1}`;
}
class SyntaxFault {
    offset;
    message;
    constructor(offset, message) {
        this.offset = offset;
        this.message = message;
    }
}
/**
 * Where and why `text` is not JSON (RFC 8259), or null if it is. Only called after JSON.parse
 * failed, because V8's messages do not always give a position. Recursion is bounded by the
 * nesting check that ran before.
 */
function findSyntaxError(text) {
    const n = text.length;
    let i = 0;
    const describe = (at) => {
        if (at >= n)
            return 'the end of the text';
        const cp = text.codePointAt(at) ?? 0;
        return cp < 0x20 ? `character U+${cp.toString(16).toUpperCase().padStart(4, '0')}` : JSON.stringify(String.fromCodePoint(cp));
    };
    const fail = (message, at = i) => {
        throw new SyntaxFault(at, message);
    };
    const skipSpace = () => {
        while (i < n && isSpace(text.charCodeAt(i)))
            i++;
    };
    const hint = (at) => {
        const ch = text[at];
        if (ch === "'")
            return ' (JSON strings use double quotes)';
        if (ch === '/' && (text[at + 1] === '/' || text[at + 1] === '*'))
            return ' (comments are not allowed in JSON)';
        return '';
    };
    const parseString = () => {
        const start = i;
        i++; // opening quote
        for (;;) {
            if (i >= n)
                fail('unterminated string', start);
            const c = text.charCodeAt(i);
            if (c === 0x22) {
                i++;
                return;
            }
            if (c < 0x20)
                fail(`${describe(i)} inside a string; escape it (for example \\n)`);
            if (c === 0x5c) {
                const e = text[i + 1];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
                        fail('invalid \\u escape; expected 4 hex digits');
                    i += 6;
                }
                else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
                    i += 2;
                }
                else {
                    fail(`invalid escape ${JSON.stringify(`\\${e ?? ''}`)} in a string`);
                }
            }
            else {
                i++;
            }
        }
    };
    const parseNumber = () => {
        const match = /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
        match.lastIndex = i;
        const m = match.exec(text);
        if (m === null)
            return fail(`invalid number`);
        i += m[0].length;
    };
    const parseValue = (depth, after) => {
        skipSpace();
        if (i >= n)
            fail(`unexpected end of the text; expected a value${after === '' ? '' : ` ${after}`}`);
        const ch = text[i];
        if (ch === '{')
            return parseObject(depth + 1);
        if (ch === '[')
            return parseArray(depth + 1);
        if (ch === '"')
            return parseString();
        if (ch === '-' || (ch >= '0' && ch <= '9'))
            return parseNumber();
        for (const literal of ['true', 'false', 'null']) {
            if (text.startsWith(literal, i)) {
                i += literal.length;
                return;
            }
        }
        const trailing = (ch === ']' || ch === '}') && after === 'after ","' ? ' (trailing commas are not allowed in JSON)' : '';
        fail(`unexpected ${describe(i)}; expected a value${trailing}${hint(i)}`);
    };
    const parseObject = (depth) => {
        if (depth > MAX_NESTING)
            fail(`nesting deeper than ${MAX_NESTING} levels`);
        i++; // {
        skipSpace();
        if (text[i] === '}') {
            i++;
            return;
        }
        for (;;) {
            skipSpace();
            if (text[i] !== '"') {
                const trailing = text[i] === '}' ? ' (trailing commas are not allowed in JSON)' : '';
                fail(`expected a property name in double quotes, got ${describe(i)}${trailing}${hint(i)}`);
            }
            parseString();
            skipSpace();
            if (text[i] !== ':')
                fail(`expected ":" after a property name, got ${describe(i)}`);
            i++;
            parseValue(depth, 'after ":"');
            skipSpace();
            if (text[i] === ',') {
                i++;
                continue;
            }
            if (text[i] === '}') {
                i++;
                return;
            }
            fail(`expected "," or "}" after a property value, got ${describe(i)}${hint(i)}`);
        }
    };
    const parseArray = (depth) => {
        if (depth > MAX_NESTING)
            fail(`nesting deeper than ${MAX_NESTING} levels`);
        i++; // [
        skipSpace();
        if (text[i] === ']') {
            i++;
            return;
        }
        for (let first = true;; first = false) {
            parseValue(depth, first ? 'after "["' : 'after ","');
            skipSpace();
            if (text[i] === ',') {
                i++;
                continue;
            }
            if (text[i] === ']') {
                i++;
                return;
            }
            fail(`expected "," or "]" after an array element, got ${describe(i)}${hint(i)}`);
        }
    };
    try {
        parseValue(0, '');
        skipSpace();
        if (i < n)
            fail(`unexpected ${describe(i)} after the end of the JSON value${hint(i)}`);
        return null;
    }
    catch (error) {
        if (error instanceof SyntaxFault)
            return error;
        throw error;
    }
}


/***/ })

};
