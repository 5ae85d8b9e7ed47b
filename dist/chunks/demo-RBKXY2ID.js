import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  Octokit2 as Octokit
} from "./chunk-6PLVA2AN.js";
import {
  require_dist
} from "./chunk-32IOBCPS.js";
import {
  require_dist_cjs4 as require_dist_cjs,
  require_dist_cjs5 as require_dist_cjs2
} from "./chunk-YOAT5RC5.js";
import "./chunk-Q3SBQLEG.js";
import {
  __commonJS,
  __toESM
} from "./chunk-X7CJ5U7I.js";

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
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
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
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
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
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
    var plus = new _Code("+");
    function str2(strs, ...args) {
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
    exports.str = str2;
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
          if (res !== void 0) {
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
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str2`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
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
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
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
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
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
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
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
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
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
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
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
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
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
    };
    var Assign = class extends Node {
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
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
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
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
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
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
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
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
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
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
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
    };
    var ForRange = class extends For {
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
    };
    var ForIter = class extends For {
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
    };
    var Func = class extends BlockNode {
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
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
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
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
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
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
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
        if (rhs !== void 0 && constant)
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
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
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
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
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
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
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
        if (n instanceof N1 || N2 && n instanceof N2) {
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
    };
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
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
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
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str2) {
      return unescapeJsonPointer(decodeURIComponent(str2));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str2) {
      return encodeURIComponent(escapeJsonPointer(str2));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str2) {
      if (typeof str2 == "number")
        return `${str2}`;
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str2) {
      return str2.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
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
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
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
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
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
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
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
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
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
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
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
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
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
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
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
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
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
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
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
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
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
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
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
        compositeRule: true
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
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
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
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
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
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str2) {
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
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
      "const"
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
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
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
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
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
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
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
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
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
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
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
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
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
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
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
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
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
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
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
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
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
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
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
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
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
    var KeywordCxt = class {
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
        } else {
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
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
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
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
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
        if (this.errsCount === void 0)
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
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
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
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
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
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
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
      } else {
        const matches2 = RELATIVE_JSON_POINTER.exec($data);
        if (!matches2)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches2[1];
        jsonPointer = matches2[2];
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
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
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
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
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
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
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
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef3(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve3.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef3;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
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
    function resolve3(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
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
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
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
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str2, token) {
      let ind = 0;
      for (let i = 0; i < str2.length; i++) {
        if (str2[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
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
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches2 = urnComponent.path.match(URN_REG);
      if (matches2 && matches2[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches2[1].toLowerCase();
        urnComponent.nss = matches2[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve3(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative3, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative3 = parse(serialize(relative3, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative3.scheme) {
        target.scheme = relative3.scheme;
        target.userinfo = relative3.userinfo;
        target.host = relative3.host;
        target.port = relative3.port;
        target.path = removeDotSegments(relative3.path || "");
        target.query = relative3.query;
      } else {
        if (relative3.userinfo !== void 0 || relative3.host !== void 0 || relative3.port !== void 0) {
          target.userinfo = relative3.userinfo;
          target.host = relative3.host;
          target.port = relative3.port;
          target.path = removeDotSegments(relative3.path || "");
          target.query = relative3.query;
        } else {
          if (!relative3.path) {
            target.path = base.path;
            if (relative3.query !== void 0) {
              target.query = relative3.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative3.path[0] === "/") {
              target.path = removeDotSegments(relative3.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative3.path;
              } else if (!base.path) {
                target.path = relative3.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative3.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative3.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative3.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
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
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches2) {
      if (matches2[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches2) {
      const host = matches2[4];
      return hasMalformedPercentEncoding(matches2[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches2[6]) || hasMalformedPercentEncoding(matches2[7]) || hasMalformedPercentEncoding(matches2[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches2 = uri.match(URI_PARSE);
      if (matches2) {
        parsed.scheme = matches2[1];
        parsed.userinfo = matches2[3];
        parsed.host = matches2[4];
        parsed.port = parseInt(matches2[5], 10);
        parsed.path = matches2[6] || "";
        parsed.query = matches2[7];
        parsed.fragment = matches2[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches2);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches2[5];
        }
        const parseError = getParseError(parsed, matches2);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve3,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str2, flags) => new RegExp(str2, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
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
      "Error"
    ]);
    var removedOptions = {
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
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
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
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
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
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
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
          } catch (e) {
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
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
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
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
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
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
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
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
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
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
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
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
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
            } else if (sch && !sch.meta) {
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
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
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
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
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
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
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
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
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
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
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
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
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
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
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
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str2) {
      const len = str2.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str2.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str2.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
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
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
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
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
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
          } else {
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
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
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
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
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
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
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
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
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
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
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
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
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
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
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
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
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
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
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
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
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
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
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
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
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
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
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
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
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
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
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
            } else {
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
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
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
          } else {
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
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
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
            } else {
              gen.var(valid, true);
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
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
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
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
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
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
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
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
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
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
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
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
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
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
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
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
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
              if (sch === void 0)
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
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
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
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str2) {
      const matches2 = DATE.exec(str2);
      if (!matches2)
        return false;
      const year = +matches2[1];
      const month = +matches2[2];
      const day = +matches2[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str2) {
        const matches2 = TIME.exec(str2);
        if (!matches2)
          return false;
        const hr = +matches2[1];
        const min = +matches2[2];
        const sec = +matches2[3];
        const tz = matches2[4];
        const tzSign = matches2[5] === "-" ? -1 : 1;
        const tzH = +(matches2[6] || 0);
        const tzM = +(matches2[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str2) {
        const dateTime = str2.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str2) {
      return NOT_URI_FRAGMENT.test(str2) && URI.test(str2);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str2) {
      BYTE.lastIndex = 0;
      return BYTE.test(str2);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str2) {
      if (Z_ANCHOR.test(str2))
        return false;
      try {
        new RegExp(str2);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt} != "object"`, (0, codegen_1._)`${fmt} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self.formats[format];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return (0, codegen_1._)`${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv) => {
      ajv.addKeyword(exports.formatLimitDefinition);
      return ajv;
    };
    exports.default = formatLimitPlugin;
  }
});

// node_modules/ajv-formats/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats(ajv, opts, formats_1.fullFormats, fullName);
        return ajv;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list2 = opts.formats || formats_1.formatNames;
      addFormats(ajv, list2, formats, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv);
      return ajv;
    };
    formatsPlugin.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats(ajv, list2, fs, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list2)
        ajv.addFormat(f, fs[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
  }
});

// src/demo.ts
import { existsSync as existsSync2, mkdirSync as mkdirSync2, writeFileSync as writeFileSync4 } from "node:fs";
import { createRequire as createRequire4 } from "node:module";
import { dirname as dirname3, join as join5, relative as relative2, resolve as resolve2 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// test-support/e2e/run-action.ts
var import_yaml = __toESM(require_dist(), 1);
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
var REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
function actionInputDefaults(token) {
  let manifest;
  try {
    manifest = (0, import_yaml.parse)(readFileSync(join(REPO_ROOT, "action.yml"), "utf8"));
  } catch (error) {
    throw new Error(`action.yml is not valid YAML, so no runner could load the action: ${error.message}`);
  }
  const defaults = {};
  for (const [name, input] of Object.entries(manifest.inputs ?? {})) {
    const value = input.default ?? "";
    defaults[name] = value.replace(/\$\{\{\s*github\.token\s*\}\}/g, token);
  }
  return defaults;
}
function inputVariable(name) {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}
var distSnapshot;
function snapshotDist() {
  const cached = distSnapshot;
  if (cached && existsSync(join(cached, "index.js"))) return cached;
  const dist = join(REPO_ROOT, "dist");
  if (!existsSync(join(dist, "index.js"))) throw new Error("dist/index.js is missing: run `node build.mjs` before the e2e tests");
  const target = mkdtempSync(join(tmpdir(), "edg-dist-"));
  cpSync(dist, target, { recursive: true });
  writeFileSync(join(target, "package.json"), '{"type":"module"}\n');
  distSnapshot = target;
  return target;
}
function removeDistSnapshots() {
  if (distSnapshot) rmSync(distSnapshot, { recursive: true, force: true });
  distSnapshot = void 0;
}
function unescapeData(value) {
  return value.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}
function unescapeProperty(value) {
  return value.replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}
var COMMAND = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/;
function parseWorkflowCommands(stdout) {
  const found = [];
  for (const raw of stdout.split(/\r?\n/)) {
    const match = COMMAND.exec(raw);
    if (!match) continue;
    const annotation = { level: match[1], message: unescapeData(match[3]) };
    for (const pair of (match[2] ?? "").split(",").filter(Boolean)) {
      const eq = pair.indexOf("=");
      const key = pair.slice(0, eq);
      const value = unescapeProperty(pair.slice(eq + 1));
      if (key === "file" || key === "title") annotation[key] = value;
      else if (key === "line" || key === "endLine" || key === "col" || key === "endColumn") annotation[key] = Number(value);
    }
    found.push(annotation);
  }
  return found;
}
function parseOutputFile(text) {
  const outputs = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1);
      if (end < 0) throw new Error(`GITHUB_OUTPUT: unterminated value for ${heredoc[1]}`);
      outputs[heredoc[1]] = lines.slice(i + 1, end).join("\n");
      i = end;
    } else if (line.includes("=")) {
      outputs[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
    }
  }
  return outputs;
}
async function runAction(options) {
  const distDir = options.distDir ?? snapshotDist();
  const runnerTemp = mkdtempSync(join(tmpdir(), "edg-runner-"));
  const eventPath = join(runnerTemp, "event.json");
  const summaryPath = join(runnerTemp, "step-summary.md");
  const outputPath = join(runnerTemp, "output.txt");
  writeFileSync(eventPath, JSON.stringify(options.payload, null, 2));
  writeFileSync(summaryPath, "");
  writeFileSync(outputPath, "");
  const inputs = { ...actionInputDefaults(options.token), ...options.inputs };
  const env = {
    // Only what a runner sets: no AWS or GitHub settings leak in from the developer's shell.
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TMPDIR: process.env.TMPDIR,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: options.repository,
    GITHUB_REPOSITORY_OWNER: options.repository.split("/")[0],
    GITHUB_API_URL: options.apiUrl,
    GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_RUN_ID: "4242",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_JOB: "drift-guard",
    GITHUB_ACTION: "drift-guard",
    GITHUB_WORKFLOW: "ECS Drift Guard",
    GITHUB_SHA: options.sha,
    GITHUB_REF: "refs/pull/1/merge",
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: "Linux",
    // Fake credentials and a dead endpoint: nothing may reach real AWS even by accident.
    AWS_ACCESS_KEY_ID: "test",
    AWS_SECRET_ACCESS_KEY: "test",
    AWS_REGION: "eu-west-1",
    AWS_ENDPOINT_URL: "http://127.0.0.1:9",
    ...options.env
  };
  for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value;
  const child = spawn(process.execPath, [join(distDir, "index.js")], { cwd: options.workspace, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk) => stdout += chunk);
  child.stderr.setEncoding("utf8").on("data", (chunk) => stderr += chunk);
  const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 45e3);
  const [exitCode, signal] = await new Promise((done, fail2) => {
    child.on("error", fail2);
    child.on("close", (code, sig) => done([code, sig]));
  });
  clearTimeout(timer);
  const outputs = parseOutputFile(readFileSync(outputPath, "utf8"));
  const commands = parseWorkflowCommands(stdout);
  const reportFile = outputs["report-file"];
  return {
    exitCode,
    signal,
    stdout,
    stderr,
    summary: readFileSync(summaryPath, "utf8"),
    outputs,
    annotations: commands.filter((c) => c.file !== void 0),
    commands,
    report: reportFile && existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, "utf8")) : null,
    runnerTemp
  };
}

// test-support/e2e/file-tree.ts
import { mkdirSync, mkdtempSync as mkdtempSync2, readdirSync, readFileSync as readFileSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { dirname, join as join2, relative, sep } from "node:path";
function readFileTree(dir) {
  const tree = {};
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join2(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) tree[relative(dir, path).split(sep).join("/")] = readFileSync2(path, "utf8");
    }
  };
  walk(dir);
  return tree;
}
function writeWorkspace(tree, prefix = "edg-workspace-") {
  const dir = mkdtempSync2(join2(tmpdir2(), prefix));
  for (const [path, content] of Object.entries(tree)) {
    const target = join2(dir, ...path.split("/"));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync2(target, content);
  }
  return dir;
}
function replaceInFile(tree, path, from, to) {
  const content = tree[path];
  if (content === void 0) throw new Error(`replaceInFile: ${path} is not in the tree`);
  const at = content.indexOf(from);
  if (at < 0 || content.indexOf(from, at + 1) >= 0) {
    throw new Error(`replaceInFile: ${JSON.stringify(from)} must occur exactly once in ${path}`);
  }
  return { ...tree, [path]: content.slice(0, at) + to + content.slice(at + from.length) };
}

// src/demo/estate.ts
var DEMO_MATERIAL_DIR = ".demo/";
var STATE_OBJECTS_PREFIX = `${DEMO_MATERIAL_DIR}s3/`;
var OWNER = "acme";
var REPO = "infra";
var PAYMENTS_FILE = "services/payments/main.tf";
var PEOPLE = {
  author: "alice",
  paymentsOwner: "bob",
  checkoutOwner: "carol",
  platformMember: "dave",
  paymentsMember: "erin"
};
var TEAMS = {
  platform: [PEOPLE.platformMember],
  payments: [PEOPLE.paymentsOwner, PEOPLE.paymentsMember]
};
function applyPullRequest(base) {
  let head = replaceInFile(
    base,
    PAYMENTS_FILE,
    'payments-api:2.14.0@sha256:4e7d1c9a2b3f5e6d8c0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60"',
    'payments-api:latest"'
  );
  head = replaceInFile(
    head,
    PAYMENTS_FILE,
    '    STRIPE_API_ENDPOINT = "https://api.stripe.com"\n',
    '    STRIPE_API_ENDPOINT = "https://api.stripe.com"\n    DB_HOST             = "payments-db.cluster-c9akciq32xyz.eu-west-1.rds.amazonaws.com"\n    DB_PASSWORD         = "Pr0d-Payments-2024!"\n'
  );
  head = replaceInFile(
    head,
    PAYMENTS_FILE,
    '  security_group_ids = ["sg-0123456789abcdef0"]\n',
    '  security_group_ids = ["sg-0123456789abcdef0"]\n  assign_public_ip   = true\n'
  );
  return head;
}
function readExampleEstate(estateDir) {
  const all = readFileTree(estateDir);
  const base = {};
  const stateObjects = [];
  for (const [path, content] of Object.entries(all)) {
    if (path.startsWith(STATE_OBJECTS_PREFIX)) {
      const [bucket, ...key] = path.slice(STATE_OBJECTS_PREFIX.length).split("/");
      stateObjects.push({ bucket, key: key.join("/"), content });
    } else if (!path.startsWith(DEMO_MATERIAL_DIR)) {
      base[path] = content;
    }
  }
  return {
    base,
    head: applyPullRequest(base),
    pullRequest: {
      title: "payments: connect to the new Postgres cluster",
      body: "Moves payments-api to the new RDS cluster and lets it reach the card provider directly.",
      branch: "payments-new-db"
    },
    stateObjects
  };
}

// src/demo/render.ts
function withoutHiddenMarkers(markdown) {
  return markdown.replace(/<!--[\s\S]*?-->\n?/g, "").replace(/\n{3,}/g, "\n\n").trim();
}
function sectionOf(markdown, title) {
  const start = markdown.indexOf(`### ${title}`);
  if (start < 0) return null;
  const next = markdown.indexOf("\n### ", start + 4);
  return markdown.slice(start, next < 0 ? void 0 : next).trim();
}
function indent(text, by = "    ") {
  return text.split("\n").map((l) => l ? by + l : l).join("\n");
}
var STATE_MARK = { success: "ok  ", pending: "... ", failure: "FAIL", error: "ERR " };
function statusLines(statuses) {
  if (statuses.length === 0) return "    (none)";
  return statuses.map((s) => `    ${STATE_MARK[s.state]} ${s.context.padEnd(28)} ${s.state.padEnd(8)} ${s.description ?? ""}`).join("\n");
}
function runLine(run) {
  const outcome = run.crashed ? `FAILED: ${run.crashed}` : run.exitCode === 1 ? "exit 1 (blocking findings: the check fails, as intended)" : `exit ${run.exitCode}`;
  return `  action run (${run.event}): ${outcome}
  job summary: ${run.summaryHeadline || "(empty)"}${run.verdict ? `
  log: ${run.verdict}` : ""}`;
}
function heading(text) {
  return `
${text}
${"=".repeat(text.length)}
`;
}
function renderTranscript(result, outputDir) {
  const { pullRequest: pr, approval, drift } = result;
  const out = [];
  out.push(heading(`1. Pull request #${pr.number} "${pr.title}" by @${pr.author}`));
  out.push(indent(pr.diff.trimEnd(), "  "));
  out.push("");
  out.push(runLine(pr.run));
  if (pr.reviewBody) out.push(`
  Review: ${withoutHiddenMarkers(pr.reviewBody).split("\n")[0]}`);
  out.push(`
  Review comments on the diff (${pr.reviewComments.length}):`);
  for (const c of pr.reviewComments) {
    const firstLine = withoutHiddenMarkers(c.body).split("\n").find((l) => l.trim()) ?? "";
    out.push(`    ${c.path}:${c.line ?? "?"}  ${firstLine}`);
  }
  out.push("\n  Summary comment:");
  out.push(indent(withoutHiddenMarkers(pr.summaryComment ?? "(none)")));
  out.push("\n  Commit statuses on the head commit:");
  out.push(statusLines(pr.statusesAfterOpen));
  const requested = [...pr.requestedReviewers.map((r) => `@${r}`), ...pr.requestedTeams.map((t) => `@${OWNER}/${t}`)];
  out.push(`
  Reviews requested from: ${requested.join(", ") || "(nobody)"}`);
  out.push(heading(`2. @${approval.reviewer} approves; the action runs on pull_request_review`));
  out.push(runLine(approval.run));
  const before = pr.statusesAfterOpen.find((s) => s.context === "drift-guard/owner-approval");
  const after = approval.statusesAfterApproval.find((s) => s.context === "drift-guard/owner-approval");
  out.push("\n  drift-guard/owner-approval:");
  out.push(`    before: ${before ? `${before.state} - ${before.description ?? ""}` : "(not set)"}`);
  out.push(`    after:  ${after ? `${after.state} - ${after.description ?? ""}` : "(not set)"}`);
  out.push("\n  All statuses now:");
  out.push(statusLines(approval.statusesAfterApproval));
  const approvalSection = sectionOf(withoutHiddenMarkers(approval.summaryComment ?? ""), "Owner approval");
  if (approvalSection) {
    out.push("\n  The summary comment, edited in place:");
    out.push(indent(approvalSection));
  }
  out.push(heading("3. Scheduled drift run after a console edit"));
  out.push(`  Console edit: ${drift.consoleEdit.who} ${drift.consoleEdit.what} on service ${drift.consoleEdit.service} (cluster ${drift.consoleEdit.cluster})`);
  out.push(runLine(drift.run));
  out.push(`
  Drift issues opened (${drift.issues.length}):`);
  for (const issue of drift.issues) {
    out.push(`
  #${issue.number} ${issue.title}`);
    out.push(`    assignees: ${issue.assignees.map((a) => `@${a}`).join(", ") || "(none)"}`);
    out.push(`    labels:    ${issue.labels.join(", ") || "(none)"}`);
    out.push(indent(withoutHiddenMarkers(issue.body ?? "")));
  }
  if (result.apiViolations.length) {
    out.push(heading("API description violations (emulator checks)"));
    for (const v of result.apiViolations) out.push(`  ${v}`);
  }
  out.push(`
The same, as Markdown: ${outputDir}`);
  return `${out.join("\n")}
`;
}
function statusTable(statuses) {
  return ["| Context | State | Description |", "|---|---|---|", ...statuses.map((s) => `| \`${s.context}\` | ${s.state} | ${(s.description ?? "").replace(/\|/g, "\\|")} |`)].join("\n");
}
function fence(text, lang = "") {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = "`".repeat(longest + 1);
  return `${ticks}${lang}
${text.trimEnd()}
${ticks}`;
}
function renderFiles(result) {
  const { pullRequest: pr, approval, drift } = result;
  const before = pr.statusesAfterOpen.find((s) => s.context === "drift-guard/owner-approval");
  const after = approval.statusesAfterApproval.find((s) => s.context === "drift-guard/owner-approval");
  const files = [
    {
      name: "01-pull-request.md",
      title: `Pull request #${pr.number}: the change`,
      content: `# #${pr.number} ${pr.title}

By @${pr.author}, head \`${pr.headSha}\`. Patches from ${result.patchSource === "git" ? "git" : "the emulator's differ (git not found)"}.

${fence(pr.diff, "diff")}
`
    },
    {
      name: "02-review-comments.md",
      title: "Review comments on the diff lines",
      content: `# Review by the action on #${pr.number}

${pr.reviewBody ?? "(no review body)"}

` + pr.reviewComments.map((c) => `## \`${c.path}\` line ${c.line ?? "(outdated)"}

${c.body}
`).join("\n")
    },
    {
      name: "03-summary-comment.md",
      title: "Summary comment, after the pull request and after the approval",
      content: `# Summary comment after the pull_request run

${pr.summaryComment ?? "(no summary comment)"}

---

# The same comment, edited in place by the pull_request_review run

${approval.summaryComment ?? "(no summary comment)"}
`
    },
    {
      name: "04-statuses.md",
      title: "Commit statuses before and after the owner approval",
      content: `# Commit statuses on \`${pr.headSha.slice(0, 7)}\`

## After the pull request was opened

${statusTable(pr.statusesAfterOpen)}

Reviews requested from: ${[...pr.requestedReviewers.map((r) => `@${r}`), ...pr.requestedTeams.map((t) => `@${OWNER}/${t}`)].join(", ") || "nobody"}

## After @${approval.reviewer} approved

${statusTable(approval.statusesAfterApproval)}

\`drift-guard/owner-approval\`: **${before?.state ?? "not set"}** -> **${after?.state ?? "not set"}**
`
    },
    {
      name: "05-drift-issues.md",
      title: "Drift issues opened by the scheduled run",
      content: `# Drift issues

Console edit: ${drift.consoleEdit.who} ${drift.consoleEdit.what} on \`${drift.consoleEdit.service}\`.

` + drift.issues.map((i) => `## #${i.number} ${i.title}

- Assignees: ${i.assignees.map((a) => `@${a}`).join(", ") || "none"}
- Labels: ${i.labels.map((l) => `\`${l}\``).join(", ") || "none"}

${i.body ?? ""}
`).join("\n---\n\n")
    },
    { name: "06-job-summary-pull-request.md", title: "Job summary: pull_request run", content: `${pr.run.summary || "(empty)"}
` },
    { name: "07-job-summary-review.md", title: "Job summary: pull_request_review run", content: `${approval.run.summary || "(empty)"}
` },
    { name: "08-job-summary-drift.md", title: "Job summary: scheduled drift run", content: `${drift.run.summary || "(empty)"}
` }
  ];
  const index = [
    "# ECS Drift Guard demo",
    "",
    "What the action wrote to the (emulated) GitHub repository `acme/infra`, run by run:",
    "",
    ...files.map((f) => `- [${f.title}](${f.name})`),
    ""
  ].join("\n");
  return [{ name: "README.md", title: "Index", content: index }, ...files];
}

// src/demo/scenario.ts
import { spawnSync as spawnSync2 } from "node:child_process";
import { rmSync as rmSync3 } from "node:fs";

// test-support/aws/emulator.ts
var cloudTrailSdk = __toESM(require_dist_cjs(), 1);
var ecsSdk = __toESM(require_dist_cjs2(), 1);
import { randomUUID as randomUUID3 } from "node:crypto";
import { createServer } from "node:http";

// test-support/aws/api-model.ts
import { readdirSync as readdirSync2, readFileSync as readFileSync3 } from "node:fs";
import { createRequire } from "node:module";
import { dirname as dirname2, join as join3 } from "node:path";
var LIST_MODIFIER = 64;
var MAP_MODIFIER = 128;
var STRING = 0;
var NUMERIC = 1;
var BOOLEAN = 2;
var BIG_INTEGER = 17;
var BIG_DECIMAL = 19;
var DOCUMENT = 15;
var BLOB = 21;
var STREAMING_BLOB = 42;
var ApiModel = class {
  constructor(serviceName, sdk, sdkPackage) {
    this.serviceName = serviceName;
    this.sdk = sdk;
    this.enums = loadEnumMembers(sdk, sdkPackage);
  }
  serviceName;
  sdk;
  /** `<StructureName>.<member>` -> allowed enum values. */
  enums;
  /** True when enum values could be recovered from the client's type declarations. */
  get checksEnums() {
    return this.enums.size > 0;
  }
  operation(name) {
    const op = this.sdk[`${name}$`];
    if (!Array.isArray(op) || op[0] !== 9) return void 0;
    return { name, input: op[4], output: op[5] };
  }
  /**
   * Checks a JSON value (as awsJson1.1 puts it on the wire: timestamps are epoch seconds)
   * against a schema. Returns one message per mismatch, each starting with the member path.
   */
  validate(schema, value, path = "") {
    const errors = [];
    this.check(schema, value, path || "$", errors, void 0);
    return errors;
  }
  /**
   * Converts state objects to their awsJson1.1 wire form: Date (or ISO string) timestamps
   * become epoch seconds, undefined members are dropped. Unknown members are kept so that
   * the response validator can report them.
   */
  toWire(schema, value) {
    if (value === void 0 || value === null) return void 0;
    const s = resolve(schema);
    if (typeof s === "number") {
      if (s >= 4 && s <= 7) return toEpochSeconds(value);
      if (s >= LIST_MODIFIER && s < MAP_MODIFIER && Array.isArray(value)) {
        return value.map((v) => this.toWire(s - LIST_MODIFIER, v));
      }
      return value;
    }
    if (typeof s === "string" || !Array.isArray(s)) return value;
    const kind = s[0];
    if (kind === 0) return this.toWire(s[4], value);
    if (kind === 1 && Array.isArray(value)) return value.map((v) => this.toWire(s[4], v));
    if (kind === 2 && isPlainObject(value)) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.toWire(s[5], v)]));
    }
    if ((kind === 3 || kind === -3 || kind === 4) && isPlainObject(value)) {
      const names = s[4];
      const members = s[5];
      const out = {};
      for (const [k, v] of Object.entries(value)) {
        if (v === void 0) continue;
        const i = names.indexOf(k);
        out[k] = i >= 0 ? this.toWire(members[i], v) : v;
      }
      return out;
    }
    return value;
  }
  check(schema, value, path, errors, enumValues2) {
    if (value === null || value === void 0) return;
    const s = resolve(schema);
    if (typeof s === "string") return;
    if (typeof s === "number") {
      this.checkSimple(s, value, path, errors, enumValues2);
      return;
    }
    const kind = s[0];
    const name = String(s[2]);
    if (kind === 0) {
      this.check(s[4], value, path, errors, enumValues2);
      return;
    }
    if (kind === 1) {
      if (!Array.isArray(value)) {
        errors.push(`${path}: expected a list (${name}), got ${describe(value)}`);
        return;
      }
      value.forEach((v, i) => this.check(s[4], v, `${path}[${i}]`, errors, enumValues2));
      return;
    }
    if (kind === 2) {
      if (!isPlainObject(value)) {
        errors.push(`${path}: expected a map (${name}), got ${describe(value)}`);
        return;
      }
      for (const [k, v] of Object.entries(value)) this.check(s[5], v, `${path}.${k}`, errors, void 0);
      return;
    }
    if (kind === 3 || kind === -3 || kind === 4) {
      if (!isPlainObject(value)) {
        errors.push(`${path}: expected a structure (${name}), got ${describe(value)}`);
        return;
      }
      const names = s[4];
      const members = s[5];
      const required = typeof s[6] === "number" ? s[6] : 0;
      for (let i = 0; i < required; i++) {
        const member = names[i];
        const v = value[member];
        if (v === void 0 || v === null) errors.push(`${path}.${member}: required member of ${name} is missing`);
      }
      const present = Object.keys(value).filter((k) => value[k] !== void 0);
      for (const key of present) {
        const i = names.indexOf(key);
        if (i < 0) {
          errors.push(`${path}.${key}: ${name} has no member "${key}"`);
          continue;
        }
        this.check(members[i], value[key], `${path}.${key}`, errors, this.enums.get(`${name}.${key}`));
      }
      if (kind === 4 && present.length !== 1) errors.push(`${path}: union ${name} must set exactly one member, got ${present.length}`);
      return;
    }
    errors.push(`${path}: unsupported schema kind ${String(kind)}`);
  }
  checkSimple(s, value, path, errors, enumValues2) {
    if (s >= MAP_MODIFIER) {
      this.check([2, "", "map", 0, STRING, s - MAP_MODIFIER], value, path, errors, void 0);
      return;
    }
    if (s >= LIST_MODIFIER) {
      if (!Array.isArray(value)) {
        errors.push(`${path}: expected a list, got ${describe(value)}`);
        return;
      }
      value.forEach((v, i) => this.checkSimple(s - LIST_MODIFIER, v, `${path}[${i}]`, errors, enumValues2));
      return;
    }
    switch (s) {
      case STRING:
        if (typeof value !== "string") errors.push(`${path}: expected a string, got ${describe(value)}`);
        else if (enumValues2 && !enumValues2.includes(value)) {
          errors.push(`${path}: "${value}" is not one of ${enumValues2.join(", ")}`);
        }
        return;
      case NUMERIC:
      case BIG_INTEGER:
      case BIG_DECIMAL:
        if (typeof value !== "number" || !Number.isFinite(value)) errors.push(`${path}: expected a number, got ${describe(value)}`);
        return;
      case BOOLEAN:
        if (typeof value !== "boolean") errors.push(`${path}: expected a boolean, got ${describe(value)}`);
        return;
      case 4:
      case 5:
      case 6:
      case 7:
        if (typeof value !== "number" || !Number.isFinite(value)) errors.push(`${path}: expected a timestamp (epoch seconds), got ${describe(value)}`);
        return;
      case BLOB:
      case STREAMING_BLOB:
        if (typeof value !== "string") errors.push(`${path}: expected a base64 blob string, got ${describe(value)}`);
        return;
      case DOCUMENT:
        return;
      default:
        errors.push(`${path}: unsupported simple schema ${s}`);
    }
  }
};
function resolve(schema) {
  let s = schema;
  for (; ; ) {
    if (typeof s === "function") s = s();
    else if (Array.isArray(s) && s.length === 2) s = s[0];
    else return s;
  }
}
function isDate(value) {
  return Object.prototype.toString.call(value) === "[object Date]";
}
function toEpochSeconds(value) {
  if (isDate(value)) return value.getTime() / 1e3;
  if (typeof value === "string" && !Number.isNaN(Date.parse(value))) return Date.parse(value) / 1e3;
  return value;
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !isDate(value);
}
function describe(value) {
  if (Array.isArray(value)) return "a list";
  if (isDate(value)) return "a Date";
  if (typeof value === "object") return "an object";
  return `${typeof value} ${JSON.stringify(value)}`;
}
function loadEnumMembers(sdk, sdkPackage) {
  const result = /* @__PURE__ */ new Map();
  let modelsDir;
  try {
    const require3 = createRequire(import.meta.url);
    modelsDir = join3(dirname2(require3.resolve(`${sdkPackage}/package.json`)), "dist-types", "models");
  } catch {
    return result;
  }
  let files;
  try {
    files = readdirSync2(modelsDir).filter((f) => /^models_\d+\.d\.ts$/.test(f));
  } catch {
    return result;
  }
  for (const file of files) {
    let current;
    for (const line of readFileSync3(join3(modelsDir, file), "utf8").split("\n")) {
      const open = /^export interface (\w+) \{/.exec(line);
      if (open) {
        current = open[1];
        continue;
      }
      if (line.startsWith("}")) {
        current = void 0;
        continue;
      }
      if (!current) continue;
      const member = /^ {4}(\w+)\??: (\w+)(\[\])? \| undefined;$/.exec(line);
      if (!member) continue;
      const values = enumValues(sdk[member[2]]);
      if (values) result.set(`${current}.${member[1]}`, values);
    }
  }
  return result;
}
function enumValues(candidate) {
  if (!isPlainObject(candidate)) return void 0;
  const values = Object.values(candidate);
  if (values.length === 0 || !values.every((v) => typeof v === "string")) return void 0;
  return values;
}

// test-support/aws/ecs-state.ts
var FARGATE_LATEST_PLATFORM_VERSION = { Linux: "1.4.0", Windows: "1.0.0" };
var DEPLOYMENT_SCOPED_KEYS = ["serviceConnectConfiguration", "volumeConfigurations", "vpcLatticeConfigurations"];
var EcsStateError = class extends Error {
  constructor(type, message) {
    super(message);
    this.type = type;
  }
  type;
};
var EcsState = class {
  constructor(region, accountId, now2 = () => /* @__PURE__ */ new Date()) {
    this.region = region;
    this.accountId = accountId;
    this.now = now2;
  }
  region;
  accountId;
  now;
  clusters = /* @__PURE__ */ new Map();
  /** cluster name -> service name -> service (only live services; deleted ones are removed). */
  services = /* @__PURE__ */ new Map();
  /** family -> revisions, index = revision - 1. */
  taskDefinitions = /* @__PURE__ */ new Map();
  taskDefinitionTags = /* @__PURE__ */ new Map();
  capacityProviders = /* @__PURE__ */ new Map();
  /** service ARN -> task sets. */
  taskSets = /* @__PURE__ */ new Map();
  /** service ARN -> the configurations its next deployment carries (see DeploymentScopedConfig). */
  deploymentScoped = /* @__PURE__ */ new Map();
  idCounter = 0;
  // ---- ARNs ---------------------------------------------------------------------------
  clusterArn(name) {
    return `arn:aws:ecs:${this.region}:${this.accountId}:cluster/${name}`;
  }
  /** The long ARN format (with the cluster name), the default since 2021. */
  serviceArn(cluster, name) {
    return `arn:aws:ecs:${this.region}:${this.accountId}:service/${cluster}/${name}`;
  }
  taskDefinitionArn(family, revision) {
    return `arn:aws:ecs:${this.region}:${this.accountId}:task-definition/${family}:${revision}`;
  }
  capacityProviderArn(name) {
    return `arn:aws:ecs:${this.region}:${this.accountId}:capacity-provider/${name}`;
  }
  /** Accepts a cluster name or ARN; returns the name, or undefined for another account/region's ARN. */
  clusterNameOf(ref) {
    if (!ref.startsWith("arn:")) return ref;
    const m = /^arn:aws[\w-]*:ecs:([\w-]+):(\d+):cluster\/(.+)$/.exec(ref);
    if (!m || m[1] !== this.region || m[2] !== this.accountId) return void 0;
    return m[3];
  }
  // ---- clusters -----------------------------------------------------------------------
  putCluster(seed) {
    const existing = this.clusters.get(seed.clusterName);
    const cluster = {
      clusterArn: this.clusterArn(seed.clusterName),
      status: "ACTIVE",
      registeredContainerInstancesCount: 0,
      pendingTasksCount: 0,
      statistics: [],
      settings: [{ name: "containerInsights", value: "disabled" }],
      capacityProviders: [],
      defaultCapacityProviderStrategy: [],
      tags: [],
      ...clone(seed),
      runningTasksCount: 0,
      activeServicesCount: 0
    };
    this.clusters.set(seed.clusterName, cluster);
    if (!existing) this.services.set(seed.clusterName, /* @__PURE__ */ new Map());
    this.refreshClusterCounts(seed.clusterName);
    return clone(cluster);
  }
  getCluster(ref) {
    const name = this.clusterNameOf(ref);
    const cluster = name === void 0 ? void 0 : this.clusters.get(name);
    return cluster && clone(cluster);
  }
  listClusters() {
    return [...this.clusters.values()].map(clone);
  }
  /** Deletes a cluster (status INACTIVE, as ECS keeps describing it for a while). */
  deleteCluster(ref) {
    const cluster = this.mustCluster(ref);
    cluster.status = "INACTIVE";
  }
  // ---- services -----------------------------------------------------------------------
  putService(clusterRef, seed) {
    const clusterName = this.mustClusterName(clusterRef);
    const now2 = this.now();
    const taskDefinition = seed.taskDefinition === void 0 ? void 0 : this.resolveTaskDefinitionArn(seed.taskDefinition);
    const capacityProviderStrategy = seed.capacityProviderStrategy ?? [];
    const external = seed.deploymentController?.type === "EXTERNAL";
    const launchType = seed.launchType ?? (capacityProviderStrategy.length > 0 || external ? void 0 : "EC2");
    const desiredCount = seed.desiredCount ?? 0;
    const { scoped, rest: serviceSeed } = splitDeploymentScoped(seed);
    const service = {
      serviceArn: this.serviceArn(clusterName, seed.serviceName),
      clusterArn: this.clusterArn(clusterName),
      loadBalancers: [],
      serviceRegistries: [],
      status: "ACTIVE",
      desiredCount,
      runningCount: desiredCount,
      pendingCount: 0,
      ...launchType ? { launchType } : {},
      ...launchType === "FARGATE" ? { platformVersion: "LATEST", platformFamily: "Linux" } : {},
      deploymentConfiguration: {
        deploymentCircuitBreaker: { enable: false, rollback: false },
        maximumPercent: 200,
        minimumHealthyPercent: 100
      },
      placementConstraints: [],
      placementStrategy: [],
      schedulingStrategy: "REPLICA",
      deploymentController: { type: "ECS" },
      createdAt: now2,
      createdBy: `arn:aws:iam::${this.accountId}:root`,
      enableECSManagedTags: false,
      propagateTags: "NONE",
      enableExecuteCommand: false,
      // DescribeServices always reports it: "The response will be either ENABLED or DISABLED"
      // (ECS Developer Guide, "Track Amazon ECS Availability Zone rebalancing"). A seeded service
      // stands for one that exists already and never had a value set, which "Amazon ECS treats
      // as DISABLED" (API_UpdateService `availabilityZoneRebalancing`); CreateService's own
      // default (ENABLED) is applied in ecs-api.ts.
      availabilityZoneRebalancing: "DISABLED",
      tags: [],
      ...clone(serviceSeed),
      ...taskDefinition ? { taskDefinition } : {},
      ...capacityProviderStrategy.length > 0 ? { capacityProviderStrategy } : {}
    };
    if (service.deploymentController?.type === "EXTERNAL") {
      delete service.taskDefinition;
      service.deployments = [];
      service.taskSets = [];
    } else {
      this.deploymentScoped.set(service.serviceArn, scoped);
      service.deployments = seed.deployments ?? [this.primaryDeployment(service, now2)];
    }
    service.events = seed.events ?? [this.event(`(service ${seed.serviceName}) has reached a steady state.`, now2)];
    this.services.get(clusterName).set(seed.serviceName, service);
    this.refreshClusterCounts(clusterName);
    return clone(service);
  }
  getService(clusterRef, ref) {
    const clusterName = this.clusterNameOf(clusterRef);
    if (clusterName === void 0) return void 0;
    const services = this.services.get(clusterName);
    if (!services) return void 0;
    const name = ref.startsWith("arn:") ? serviceNameFromArn(ref, this.serviceArn(clusterName, "")) : ref;
    const service = name === void 0 ? void 0 : services.get(name);
    return service && clone(service);
  }
  listServices(clusterRef) {
    const services = this.services.get(this.mustClusterName(clusterRef));
    return [...services?.values() ?? []].map(clone);
  }
  /** Simulates a console edit: merges the patch and rolls out a new (completed) deployment. */
  updateService(clusterRef, serviceName, patch) {
    const clusterName = this.mustClusterName(clusterRef);
    const service = this.mustService(clusterName, serviceName);
    const now2 = this.now();
    const { scoped, rest } = splitDeploymentScoped(patch);
    const next = clone(rest);
    this.deploymentScoped.set(service.serviceArn, { ...this.deploymentScoped.get(service.serviceArn), ...clone(scoped) });
    if (next.taskDefinition !== void 0) next.taskDefinition = this.resolveTaskDefinitionArn(next.taskDefinition);
    Object.assign(service, next);
    if (patch.desiredCount !== void 0) service.runningCount = patch.desiredCount;
    if (service.deploymentController?.type !== "EXTERNAL" && patch.deployments === void 0) {
      service.deployments = [this.primaryDeployment(service, now2)];
    }
    service.events = [this.event(`(service ${service.serviceName}) has reached a steady state.`, now2), ...service.events ?? []].slice(0, 100);
    return clone(service);
  }
  /** Deletes a service: DescribeServices then reports it in failures[] with reason MISSING. */
  deleteService(clusterRef, serviceName) {
    const clusterName = this.mustClusterName(clusterRef);
    const service = this.mustService(clusterName, serviceName);
    this.services.get(clusterName).delete(service.serviceName);
    this.taskSets.delete(service.serviceArn);
    this.deploymentScoped.delete(service.serviceArn);
    this.refreshClusterCounts(clusterName);
  }
  // ---- task definitions ---------------------------------------------------------------
  registerTaskDefinition(seed, tags) {
    const revisions = this.taskDefinitions.get(seed.family) ?? [];
    const revision = revisions.length + 1;
    const networkMode = seed.networkMode;
    const td = {
      ...clone(seed),
      taskDefinitionArn: this.taskDefinitionArn(seed.family, revision),
      containerDefinitions: seed.containerDefinitions.map((c) => fillContainerDefaults(clone(c), networkMode)),
      revision,
      volumes: clone(seed.volumes ?? []),
      status: "ACTIVE",
      requiresAttributes: seed.requiresAttributes ?? requiredAttributes(seed),
      placementConstraints: clone(seed.placementConstraints ?? []),
      compatibilities: seed.compatibilities ?? compatibilities(seed),
      registeredAt: this.now(),
      registeredBy: `arn:aws:iam::${this.accountId}:root`
    };
    revisions.push(td);
    this.taskDefinitions.set(seed.family, revisions);
    this.taskDefinitionTags.set(td.taskDefinitionArn, clone(tags ?? []));
    return clone(td);
  }
  /** Marks a revision INACTIVE (it stays describable by revision, not by family alone). */
  deregisterTaskDefinition(ref) {
    const td = this.findTaskDefinition(ref);
    if (!td) throw new EcsStateError("ClientException", "The specified task definition does not exist.");
    td.status = "INACTIVE";
    td.deregisteredAt = this.now();
    return clone(td);
  }
  /** Accepts `family`, `family:revision` or an ARN; `family` alone is the latest ACTIVE revision. */
  getTaskDefinition(ref) {
    const td = this.findTaskDefinition(ref);
    return td && clone(td);
  }
  taskDefinitionTagsOf(arn) {
    return clone(this.taskDefinitionTags.get(arn) ?? []);
  }
  listTaskDefinitions() {
    return [...this.taskDefinitions.values()].flat().map(clone);
  }
  // ---- capacity providers -------------------------------------------------------------
  putCapacityProvider(seed) {
    const cp = {
      capacityProviderArn: this.capacityProviderArn(seed.name),
      status: "ACTIVE",
      tags: [],
      ...clone(seed)
    };
    this.capacityProviders.set(seed.name, cp);
    return clone(cp);
  }
  getCapacityProvider(ref) {
    const name = ref.startsWith("arn:") ? ref.split("capacity-provider/")[1] : ref;
    const cp = name === void 0 ? void 0 : this.capacityProviders.get(name);
    if (cp && ref.startsWith("arn:") && ref !== cp.capacityProviderArn) return void 0;
    return cp && clone(cp);
  }
  listCapacityProviders() {
    return [...this.capacityProviders.values()].map(clone);
  }
  // ---- task sets ----------------------------------------------------------------------
  putTaskSet(clusterRef, serviceName, seed) {
    const clusterName = this.mustClusterName(clusterRef);
    const service = this.mustService(clusterName, serviceName);
    const now2 = this.now();
    const id = seed.id ?? `ecs-svc/${this.nextNumericId()}`;
    const sets = this.taskSets.get(service.serviceArn) ?? [];
    const taskSet = {
      id,
      taskSetArn: `arn:aws:ecs:${this.region}:${this.accountId}:task-set/${clusterName}/${service.serviceName}/${id}`,
      serviceArn: service.serviceArn,
      clusterArn: service.clusterArn,
      status: sets.length === 0 ? "PRIMARY" : "ACTIVE",
      computedDesiredCount: service.desiredCount ?? 0,
      pendingCount: 0,
      runningCount: service.desiredCount ?? 0,
      createdAt: now2,
      updatedAt: now2,
      launchType: "EC2",
      loadBalancers: [],
      serviceRegistries: [],
      scale: { value: 100, unit: "PERCENT" },
      stabilityStatus: "STEADY_STATE",
      stabilityStatusAt: now2,
      tags: [],
      ...clone(seed),
      taskDefinition: this.resolveTaskDefinitionArn(seed.taskDefinition)
    };
    const next = [...sets.filter((s) => s.id !== id), taskSet];
    this.taskSets.set(service.serviceArn, next);
    service.taskSets = next.map(({ tags: _tags, ...rest }) => clone(rest));
    const primary = next.find((s) => s.status === "PRIMARY");
    if (service.deploymentController?.type === "EXTERNAL" && primary) {
      for (const key of ["launchType", "capacityProviderStrategy", "platformVersion"]) {
        if (primary[key] === void 0) delete service[key];
        else service[key] = clone(primary[key]);
      }
    }
    return clone(taskSet);
  }
  listTaskSets(clusterRef, serviceName) {
    const service = this.mustService(this.mustClusterName(clusterRef), serviceName);
    return clone(this.taskSets.get(service.serviceArn) ?? []);
  }
  /** UpdateCluster / UpdateClusterSettings / PutClusterCapacityProviders: merges the given members. */
  patchCluster(ref, patch) {
    const cluster = this.mustCluster(ref);
    Object.assign(cluster, clone(patch));
    return clone(cluster);
  }
  /** DeleteCapacityProvider: ECS reports it INACTIVE for a while, then forgets it. */
  deleteCapacityProvider(ref) {
    const cp = this.getCapacityProvider(ref);
    if (!cp) throw new EcsStateError("ClientException", "The specified capacity provider does not exist.");
    this.capacityProviders.delete(cp.name);
    return { ...cp, status: "INACTIVE" };
  }
  // ---- tags ---------------------------------------------------------------------------
  /** TagResource / UntagResource: false when no resource has this ARN. */
  retag(arn, edit) {
    const apply = (holder) => {
      holder.tags = edit(holder.tags ?? []);
      return true;
    };
    for (const c of this.clusters.values()) if (c.clusterArn === arn) return apply(c);
    for (const services of this.services.values()) for (const s of services.values()) if (s.serviceArn === arn) return apply(s);
    if (this.taskDefinitionTags.has(arn)) {
      this.taskDefinitionTags.set(arn, edit(this.taskDefinitionTags.get(arn)));
      return true;
    }
    for (const cp of this.capacityProviders.values()) if (cp.capacityProviderArn === arn) return apply(cp);
    for (const sets of this.taskSets.values()) for (const ts of sets) if (ts.taskSetArn === arn) return apply(ts);
    return false;
  }
  /** Tags of any taggable resource by ARN, or undefined when no such resource exists. */
  tagsOf(arn) {
    for (const c of this.clusters.values()) if (c.clusterArn === arn) return clone(c.tags ?? []);
    for (const services of this.services.values()) {
      for (const s of services.values()) if (s.serviceArn === arn) return clone(s.tags ?? []);
    }
    if (this.taskDefinitionTags.has(arn)) return this.taskDefinitionTagsOf(arn);
    for (const cp of this.capacityProviders.values()) if (cp.capacityProviderArn === arn) return clone(cp.tags ?? []);
    for (const sets of this.taskSets.values()) for (const ts of sets) if (ts.taskSetArn === arn) return clone(ts.tags ?? []);
    return void 0;
  }
  // ---- recording and replay -----------------------------------------------------------
  /**
   * Everything the state holds, as plain JSON (timestamps as ISO strings, which the wire encoder
   * accepts). A recorded estate (e.g. the one `terraform apply` left behind) is replayed with restore().
   */
  snapshot() {
    const json = (value) => JSON.parse(JSON.stringify(value));
    return json({
      region: this.region,
      accountId: this.accountId,
      clusters: [...this.clusters.values()],
      services: [...this.services.entries()].map(([cluster, services]) => ({ cluster, services: [...services.values()] })),
      taskDefinitions: [...this.taskDefinitions.values()].flat().map((td) => ({ taskDefinition: td, tags: this.taskDefinitionTags.get(td.taskDefinitionArn) ?? [] })),
      capacityProviders: [...this.capacityProviders.values()],
      taskSets: [...this.taskSets.entries()].map(([serviceArn, taskSets]) => ({ serviceArn, taskSets })),
      deploymentScoped: [...this.deploymentScoped.entries()].map(([serviceArn, config]) => ({ serviceArn, config })),
      idCounter: this.idCounter
    });
  }
  /** Replaces the whole state with a snapshot taken in the same region and account. */
  restore(snapshot) {
    if (snapshot.region !== this.region || snapshot.accountId !== this.accountId) {
      throw new Error(`snapshot of ${snapshot.accountId}/${snapshot.region} cannot be restored into ${this.accountId}/${this.region}`);
    }
    const copy = clone(snapshot);
    this.clusters.clear();
    this.services.clear();
    this.taskDefinitions.clear();
    this.taskDefinitionTags.clear();
    this.capacityProviders.clear();
    this.taskSets.clear();
    this.deploymentScoped.clear();
    for (const c of copy.clusters) this.clusters.set(c.clusterName, c);
    for (const { cluster, services } of copy.services) this.services.set(cluster, new Map(services.map((s) => [s.serviceName, s])));
    for (const { taskDefinition, tags } of copy.taskDefinitions) {
      const revisions = this.taskDefinitions.get(taskDefinition.family) ?? [];
      revisions[taskDefinition.revision - 1] = taskDefinition;
      this.taskDefinitions.set(taskDefinition.family, revisions);
      this.taskDefinitionTags.set(taskDefinition.taskDefinitionArn, tags);
    }
    for (const cp of copy.capacityProviders) this.capacityProviders.set(cp.name, cp);
    for (const { serviceArn, taskSets } of copy.taskSets) this.taskSets.set(serviceArn, taskSets);
    for (const { serviceArn, config } of copy.deploymentScoped) this.deploymentScoped.set(serviceArn, config);
    this.idCounter = copy.idCounter;
  }
  // ---- internals ----------------------------------------------------------------------
  mustClusterName(ref) {
    const name = this.clusterNameOf(ref);
    if (name === void 0 || !this.clusters.has(name)) throw new EcsStateError("ClusterNotFoundException", "Cluster not found.");
    return name;
  }
  mustCluster(ref) {
    return this.clusters.get(this.mustClusterName(ref));
  }
  mustService(clusterName, ref) {
    const services = this.services.get(clusterName);
    const name = ref.startsWith("arn:") ? serviceNameFromArn(ref, this.serviceArn(clusterName, "")) : ref;
    const service = name === void 0 ? void 0 : services.get(name);
    if (!service) throw new EcsStateError("ServiceNotFoundException", "Service not found.");
    return service;
  }
  findTaskDefinition(ref) {
    let spec2 = ref;
    if (ref.startsWith("arn:")) {
      const m = /^arn:aws[\w-]*:ecs:([\w-]+):(\d+):task-definition\/(.+)$/.exec(ref);
      if (!m || m[1] !== this.region || m[2] !== this.accountId) return void 0;
      spec2 = m[3];
    }
    const [family, rev, extra] = spec2.split(":");
    if (extra !== void 0 || !family) return void 0;
    const revisions = this.taskDefinitions.get(family);
    if (!revisions) return void 0;
    if (rev === void 0) return [...revisions].reverse().find((td) => td.status === "ACTIVE");
    if (!/^\d+$/.test(rev)) return void 0;
    return revisions[Number(rev) - 1];
  }
  /** Services store the task definition as an ARN, whatever form the caller used. */
  resolveTaskDefinitionArn(ref) {
    const td = this.findTaskDefinition(ref);
    if (td) return td.taskDefinitionArn;
    if (ref.startsWith("arn:")) return ref;
    const m = /^([\w-]+):(\d+)$/.exec(ref);
    if (m) return this.taskDefinitionArn(m[1], Number(m[2]));
    throw new EcsStateError("ClientException", `TaskDefinition not found: ${ref}`);
  }
  primaryDeployment(service, now2) {
    const id = `ecs-svc/${this.nextNumericId()}`;
    return {
      id,
      status: "PRIMARY",
      taskDefinition: service.taskDefinition,
      desiredCount: service.desiredCount,
      pendingCount: 0,
      runningCount: service.desiredCount,
      failedTasks: 0,
      createdAt: now2,
      updatedAt: now2,
      ...service.capacityProviderStrategy ? { capacityProviderStrategy: clone(service.capacityProviderStrategy) } : {},
      ...service.launchType ? { launchType: service.launchType } : {},
      ...service.platformVersion ? { platformVersion: resolvePlatformVersion(service.platformVersion, service.platformFamily) } : {},
      ...service.platformFamily ? { platformFamily: service.platformFamily } : {},
      ...service.networkConfiguration ? { networkConfiguration: clone(service.networkConfiguration) } : {},
      ...clone(this.deploymentScoped.get(service.serviceArn) ?? {}),
      rolloutState: "COMPLETED",
      rolloutStateReason: `ECS deployment ${id} completed.`
    };
  }
  event(message, at) {
    return { id: uuidLike(++this.idCounter), createdAt: at, message };
  }
  nextNumericId() {
    return String(1000000000000000000n + BigInt(++this.idCounter)).slice(0, 19);
  }
  refreshClusterCounts(clusterName) {
    const cluster = this.clusters.get(clusterName);
    if (!cluster) return;
    const services = [...this.services.get(clusterName)?.values() ?? []];
    cluster.activeServicesCount = services.filter((s) => s.status === "ACTIVE").length;
    cluster.runningTasksCount = services.reduce((n, s) => n + (s.runningCount ?? 0), 0);
  }
};
function splitDeploymentScoped(seed) {
  const rest = { ...seed };
  const scoped = {};
  for (const key of DEPLOYMENT_SCOPED_KEYS) {
    if (rest[key] !== void 0) scoped[key] = rest[key];
    delete rest[key];
  }
  return { scoped, rest };
}
function resolvePlatformVersion(version, family) {
  if (version !== "LATEST") return version;
  return family?.startsWith("WINDOWS") || family === "Windows" ? FARGATE_LATEST_PLATFORM_VERSION.Windows : FARGATE_LATEST_PLATFORM_VERSION.Linux;
}
function serviceNameFromArn(arn, clusterPrefix) {
  if (arn.startsWith(clusterPrefix)) return arn.slice(clusterPrefix.length);
  const legacy = /^arn:aws[\w-]*:ecs:[\w-]+:\d+:service\/([^/]+)$/.exec(arn);
  return legacy?.[1];
}
function fillContainerDefaults(c, networkMode) {
  const hostPortIsContainerPort = networkMode === "awsvpc" || networkMode === "host";
  const portMappings = (c.portMappings ?? []).map((p) => ({
    ...p,
    ...p.hostPort === void 0 && hostPortIsContainerPort && p.containerPort !== void 0 ? { hostPort: p.containerPort } : {},
    protocol: p.protocol ?? "tcp"
  }));
  return {
    ...c,
    cpu: c.cpu ?? 0,
    portMappings,
    essential: c.essential ?? true,
    environment: c.environment ?? [],
    mountPoints: c.mountPoints ?? [],
    volumesFrom: c.volumesFrom ?? [],
    systemControls: c.systemControls ?? []
  };
}
function requiredAttributes(td) {
  const names = /* @__PURE__ */ new Set(["com.amazonaws.ecs.capability.docker-remote-api.1.18"]);
  if (td.networkMode === "awsvpc") names.add("ecs.capability.task-eni");
  if (td.taskRoleArn) names.add("com.amazonaws.ecs.capability.task-iam-role");
  for (const c of td.containerDefinitions) {
    if (c.logConfiguration?.logDriver === "awslogs") {
      names.add("com.amazonaws.ecs.capability.logging-driver.awslogs");
      if (td.executionRoleArn) names.add("ecs.capability.execution-role-awslogs");
    }
    for (const s of c.secrets ?? []) {
      names.add(s.valueFrom?.startsWith("arn:aws:secretsmanager:") ? "ecs.capability.secrets.asm.environment-variables" : "ecs.capability.secrets.ssm.environment-variables");
    }
  }
  return [...names].map((name) => ({ name }));
}
function compatibilities(td) {
  if (td.requiresCompatibilities?.includes("FARGATE") || td.networkMode === "awsvpc" && td.cpu && td.memory) return ["EC2", "FARGATE"];
  return ["EXTERNAL", "EC2"];
}
function uuidLike(n) {
  const hex = n.toString(16).padStart(12, "0");
  return `00000000-0000-4000-8000-${hex}`;
}
function clone(value) {
  return structuredClone(value);
}

// test-support/aws/faults.ts
var AwsError = class extends Error {
  constructor(type, message, status = 400) {
    super(message);
    this.type = type;
    this.status = status;
  }
  type;
  status;
};
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
var TokenBucket = class {
  constructor(perSecond, burst, nowMs) {
    this.perSecond = perSecond;
    this.burst = burst;
    this.nowMs = nowMs;
    this.tokens = burst;
    this.last = nowMs();
  }
  perSecond;
  burst;
  nowMs;
  tokens;
  last;
  /** Takes one token if there is one. */
  take() {
    const now2 = this.nowMs();
    this.tokens = Math.min(this.burst, this.tokens + (now2 - this.last) / 1e3 * this.perSecond);
    this.last = now2;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
};
var TokenBuckets = class {
  constructor(nowMs) {
    this.nowMs = nowMs;
  }
  nowMs;
  buckets = /* @__PURE__ */ new Map();
  take(key, limit) {
    if (!limit) return true;
    let bucket = this.buckets.get(key);
    if (!bucket || bucket.perSecond !== limit.perSecond || bucket.burst !== limit.burst) {
      bucket = new TokenBucket(limit.perSecond, limit.burst, this.nowMs);
      this.buckets.set(key, bucket);
    }
    return bucket.take();
  }
};
function faultAnswer(fault, principalArn) {
  const s3 = fault.service === "S3";
  switch (fault.kind) {
    case "drop":
    case "hang":
      return fault.kind;
    case "access-denied":
      return s3 ? new AwsError("AccessDenied", "Access Denied", 403) : new AwsError(
        "AccessDeniedException",
        `User: ${principalArn} is not authorized to perform: ${fault.service.toLowerCase()}:${fault.operation} because no identity-based policy allows the ${fault.service.toLowerCase()}:${fault.operation} action`,
        400
      );
    case "server-error":
      if (s3) return new AwsError("InternalError", "We encountered an internal error. Please try again.", 500);
      return fault.service === "ECS" ? new AwsError("ServerException", "Service unavailable. Please try again later.", 500) : new AwsError("InternalFailure", "The request processing has failed because of an unknown error, exception or failure.", 500);
    case "throttle":
      return s3 ? new AwsError("SlowDown", "Please reduce your request rate.", 503) : new AwsError("ThrottlingException", "Rate exceeded", 400);
    case "error":
      return new AwsError(fault.code ?? "ValidationException", fault.message ?? "Injected error", fault.status ?? 400);
  }
}
function faultMatches(fault, service, operation, input) {
  if (fault.left <= 0 || fault.service !== service || fault.operation !== operation) return false;
  if (fault.target === void 0) return true;
  return typeof fault.target === "string" ? input.includes(fault.target) : fault.target.test(input);
}

// test-support/aws/ecs-api.ts
var ECS_TARGET_PREFIX = "AmazonEC2ContainerServiceV20141113.";
var ecsOperations = {
  DescribeClusters: (input, ctx) => describeClusters(input, ctx),
  DescribeServices: (input, ctx) => describeServices(input, ctx),
  DescribeTaskDefinition: (input, ctx) => describeTaskDefinition(input, ctx),
  DescribeCapacityProviders: (input, ctx) => describeCapacityProviders(input, ctx),
  DescribeTaskSets: (input, ctx) => describeTaskSets(input, ctx),
  ListServices: (input, ctx) => listServices(input, ctx),
  ListClusters: (input, ctx) => listClusters(input, ctx),
  ListTagsForResource: (input, ctx) => listTagsForResource(input, ctx),
  UpdateService: (input, ctx) => updateService(input, ctx),
  UpdateTaskSet: (input, ctx) => updateTaskSet(input, ctx),
  CreateTaskSet: (input, ctx) => createTaskSet(input, ctx),
  RegisterTaskDefinition: (input, ctx) => registerTaskDefinition(input, ctx),
  // The calls the AWS provider makes during `terraform apply` / `destroy` (internal/service/ecs/*.go).
  CreateCluster: (input, ctx) => createCluster(input, ctx),
  UpdateCluster: (input, ctx) => updateCluster(input, ctx),
  UpdateClusterSettings: (input, ctx) => updateClusterSettings(input, ctx),
  PutClusterCapacityProviders: (input, ctx) => putClusterCapacityProviders(input, ctx),
  DeleteCluster: (input, ctx) => deleteCluster(input, ctx),
  CreateService: (input, ctx) => createService(input, ctx),
  DeleteService: (input, ctx) => deleteService(input, ctx),
  DeregisterTaskDefinition: (input, ctx) => deregisterTaskDefinition(input, ctx),
  CreateCapacityProvider: (input, ctx) => createCapacityProvider(input, ctx),
  UpdateCapacityProvider: (input, ctx) => updateCapacityProvider(input, ctx),
  DeleteCapacityProvider: (input, ctx) => deleteCapacityProvider(input, ctx),
  TagResource: (input, ctx) => tagResource(input, ctx),
  UntagResource: (input, ctx) => untagResource(input, ctx)
};
function describeClusters(input, ctx) {
  const refs = input.clusters ?? ["default"];
  if (refs.length > 100) throw new AwsError("InvalidParameterException", "Clusters cannot have more than 100 elements");
  for (const ref of refs) denyIfClusterDenied(ctx, ref, "DescribeClusters");
  const include = new Set(input.include ?? []);
  const clusters = [];
  const failures = [];
  for (const ref of refs) {
    const cluster = ctx.state.getCluster(ref);
    if (!cluster) {
      failures.push({ arn: ref.startsWith("arn:") ? ref : ctx.state.clusterArn(ref), reason: "MISSING" });
      continue;
    }
    if (!include.has("SETTINGS")) delete cluster.settings;
    if (!include.has("CONFIGURATIONS")) delete cluster.configuration;
    if (!include.has("TAGS")) delete cluster.tags;
    if (!include.has("ATTACHMENTS")) {
      delete cluster.attachments;
      delete cluster.attachmentsStatus;
    }
    if (!include.has("STATISTICS")) cluster.statistics = [];
    clusters.push(cluster);
  }
  return { clusters, failures };
}
function describeServices(input, ctx) {
  const clusterRef = input.cluster ?? "default";
  const refs = input.services ?? [];
  if (refs.length === 0) throw new AwsError("InvalidParameterException", "Services cannot be empty.");
  if (refs.length > 10) throw new AwsError("InvalidParameterException", "Services cannot have more than 10 elements");
  denyIfClusterDenied(ctx, clusterRef, "DescribeServices");
  mustCluster(ctx, clusterRef);
  const include = new Set(input.include ?? []);
  const services = [];
  const failures = [];
  for (const ref of refs) {
    const service = ctx.state.getService(clusterRef, ref);
    if (!service) {
      const clusterName = ctx.state.clusterNameOf(clusterRef);
      failures.push({ arn: ref.startsWith("arn:") ? ref : ctx.state.serviceArn(clusterName, ref), reason: "MISSING" });
      continue;
    }
    if (!include.has("TAGS")) delete service.tags;
    services.push(service);
  }
  return { services, failures };
}
function describeTaskDefinition(input, ctx) {
  const td = ctx.state.getTaskDefinition(input.taskDefinition);
  if (!td) throw new AwsError("ClientException", "Unable to describe task definition.");
  const include = new Set(input.include ?? []);
  return include.has("TAGS") ? { taskDefinition: td, tags: ctx.state.taskDefinitionTagsOf(td.taskDefinitionArn) } : { taskDefinition: td };
}
function describeCapacityProviders(input, ctx) {
  const include = new Set(input.include ?? []);
  const strip = (cp) => {
    if (!include.has("TAGS")) delete cp.tags;
    return cp;
  };
  if ((input.capacityProviders?.length ?? 0) > 100) {
    throw new AwsError("InvalidParameterException", "capacityProviders cannot have more than 100 elements");
  }
  if (input.capacityProviders && input.capacityProviders.length > 0) {
    const capacityProviders = [];
    const failures = [];
    for (const ref of input.capacityProviders) {
      const cp = ctx.state.getCapacityProvider(ref);
      if (cp) capacityProviders.push(strip(cp));
      else failures.push({ arn: ref.startsWith("arn:") ? ref : ctx.state.capacityProviderArn(ref), reason: "MISSING" });
    }
    return { capacityProviders, failures };
  }
  const all = ctx.state.listCapacityProviders();
  const page = paginate(all, input.maxResults, input.nextToken, { defaultSize: 10, maxSize: 10, kind: "DescribeCapacityProviders" });
  return { capacityProviders: page.items.map(strip), failures: [], ...page.nextToken ? { nextToken: page.nextToken } : {} };
}
function taskSetService(ctx, input, operation) {
  denyIfClusterDenied(ctx, input.cluster, operation);
  mustCluster(ctx, input.cluster);
  const service = ctx.state.getService(input.cluster, input.service);
  if (!service) throw new AwsError("ServiceNotFoundException", "Service not found.");
  if (service.deploymentController?.type !== "EXTERNAL") {
    throw new AwsError("InvalidParameterException", "Amazon ECS only supports task set management on services configured to use external deployment controllers.");
  }
  return service;
}
function describeTaskSets(input, ctx) {
  const service = taskSetService(ctx, input, "DescribeTaskSets");
  const include = new Set(input.include ?? []);
  const all = ctx.state.listTaskSets(input.cluster, service.serviceName);
  const taskSets = [];
  const failures = [];
  const wanted = input.taskSets ?? [];
  if (wanted.length === 0) taskSets.push(...all);
  for (const ref of wanted) {
    const ts = all.find((t) => t.id === ref || t.taskSetArn === ref);
    if (ts) taskSets.push(ts);
    else failures.push({ arn: ref, reason: "MISSING" });
  }
  for (const ts of taskSets) if (!include.has("TAGS")) delete ts.tags;
  return { taskSets, failures };
}
function updateTaskSet(input, ctx) {
  const service = taskSetService(ctx, input, "UpdateTaskSet");
  const existing = ctx.state.listTaskSets(input.cluster, service.serviceName).find((t) => t.id === input.taskSet || t.taskSetArn === input.taskSet);
  if (!existing) throw new AwsError("TaskSetNotFoundException", "The specified task set does not exist.");
  const { taskDefinition, ...rest } = existing;
  const updated = ctx.state.putTaskSet(input.cluster, service.serviceName, { ...rest, taskDefinition, scale: { unit: input.scale?.unit ?? "PERCENT", value: input.scale?.value ?? 0 } });
  return { taskSet: withoutTags(updated) };
}
function createTaskSet(input, ctx) {
  const service = taskSetService(ctx, input, "CreateTaskSet");
  const td = ctx.state.getTaskDefinition(input.taskDefinition);
  if (!td) throw new AwsError("ClientException", "TaskDefinition not found.");
  if (input.launchType && input.capacityProviderStrategy?.length) {
    throw new AwsError("InvalidParameterException", "Specifying both a launch type and capacity provider strategy is not supported.");
  }
  let capacityProviderStrategy = input.capacityProviderStrategy?.map(strategyItemDefaults);
  let launchType = input.launchType;
  if (!launchType && !capacityProviderStrategy?.length) {
    const cluster = ctx.state.getCluster(input.cluster);
    if (cluster.defaultCapacityProviderStrategy?.length) capacityProviderStrategy = cluster.defaultCapacityProviderStrategy;
    else launchType = "EC2";
  }
  const onFargate = launchType === "FARGATE" || (capacityProviderStrategy ?? []).some((s) => s.capacityProvider === "FARGATE" || s.capacityProvider === "FARGATE_SPOT");
  const taskSet = ctx.state.putTaskSet(input.cluster, service.serviceName, {
    taskDefinition: td.taskDefinitionArn,
    ...input.externalId !== void 0 ? { externalId: input.externalId } : {},
    launchType,
    ...capacityProviderStrategy?.length ? { capacityProviderStrategy } : {},
    ...onFargate ? { platformVersion: input.platformVersion ?? "LATEST", platformFamily: platformFamilyOf(td.runtimePlatform?.operatingSystemFamily) } : {},
    ...input.networkConfiguration ? { networkConfiguration: networkConfigurationDefaults(input.networkConfiguration) } : {},
    loadBalancers: input.loadBalancers ?? [],
    serviceRegistries: input.serviceRegistries ?? [],
    ...input.scale ? { scale: { unit: input.scale.unit ?? "PERCENT", value: input.scale.value ?? 0 } } : {},
    tags: input.tags ?? []
  });
  return { taskSet: withoutTags(taskSet) };
}
function listServices(input, ctx) {
  const clusterRef = input.cluster ?? "default";
  denyIfClusterDenied(ctx, clusterRef, "ListServices");
  mustCluster(ctx, clusterRef);
  const services = ctx.state.listServices(clusterRef).filter((s) => s.status !== "INACTIVE").filter((s) => !input.launchType || s.launchType === input.launchType).filter((s) => !input.schedulingStrategy || s.schedulingStrategy === input.schedulingStrategy).map((s) => s.serviceArn);
  const page = paginate(services, input.maxResults, input.nextToken, { defaultSize: 10, maxSize: 100, kind: `ListServices:${clusterRef}` });
  return { serviceArns: page.items, ...page.nextToken ? { nextToken: page.nextToken } : {} };
}
function listClusters(input, ctx) {
  const arns = ctx.state.listClusters().map((c) => c.clusterArn);
  const page = paginate(arns, input.maxResults, input.nextToken, { defaultSize: 100, maxSize: 100, kind: "ListClusters" });
  return { clusterArns: page.items, ...page.nextToken ? { nextToken: page.nextToken } : {} };
}
function listTagsForResource(input, ctx) {
  const arn = input.resourceArn;
  const clusterOfArn = /^arn:aws[\w-]*:ecs:[\w-]+:\d+:(?:cluster|service|task-set)\/([^/]+)/.exec(arn)?.[1];
  if (clusterOfArn !== void 0) denyIfClusterDenied(ctx, clusterOfArn, "ListTagsForResource", arn);
  const tags = ctx.state.tagsOf(arn);
  if (!tags) throw new AwsError("InvalidParameterException", "The specified resource could not be found.");
  return { tags };
}
function updateService(input, ctx) {
  const clusterRef = input.cluster ?? "default";
  denyIfClusterDenied(ctx, clusterRef, "UpdateService");
  mustCluster(ctx, clusterRef);
  const service = ctx.state.getService(clusterRef, input.service);
  if (!service) throw new AwsError("ServiceNotFoundException", "Service not found.");
  if (service.status !== "ACTIVE") throw new AwsError("ServiceNotActiveException", "Service was not ACTIVE.");
  if (input.taskDefinition !== void 0 && !ctx.state.getTaskDefinition(input.taskDefinition)) {
    throw new AwsError("ClientException", "TaskDefinition not found.");
  }
  const patch = {};
  for (const [key, value] of Object.entries(input)) {
    const deploymentScoped = key === "serviceConnectConfiguration" || key === "volumeConfigurations" || key === "vpcLatticeConfigurations";
    if (value !== void 0 && (deploymentScoped || ctx.serviceMembers.includes(key) && key !== "serviceName" && key !== "clusterArn")) patch[key] = value;
  }
  if (input.deploymentConfiguration) patch.deploymentConfiguration = { ...service.deploymentConfiguration, ...input.deploymentConfiguration };
  return { service: withoutTags(ctx.state.updateService(clusterRef, service.serviceName, patch)) };
}
function registerTaskDefinition(input, ctx) {
  const { tags, ...td } = input;
  taskDefinitionRules(input);
  const registered = ctx.state.registerTaskDefinition(td, tags);
  return { taskDefinition: registered, tags: tags ?? [] };
}
function taskDefinitionRules(input) {
  const size = input.ephemeralStorage?.sizeInGiB;
  if (size !== void 0 && (size < 21 || size > 200)) {
    throw new AwsError("ClientException", `The ephemeral storage size ${size} GiB is outside the supported range of 21 to 200 GiB.`);
  }
  for (const volume of input.volumes ?? []) {
    const efs = volume.efsVolumeConfiguration;
    const auth = efs?.authorizationConfig;
    if (!efs || !auth) continue;
    if (auth.accessPointId && efs.rootDirectory !== void 0 && efs.rootDirectory !== "/") {
      throw new AwsError("ClientException", `Volume ${volume.name}: the root directory must be omitted or / when an EFS access point is used.`);
    }
    if ((auth.accessPointId || auth.iam === "ENABLED") && efs.transitEncryption !== "ENABLED") {
      throw new AwsError("ClientException", `Volume ${volume.name}: transit encryption must be ENABLED with an EFS access point or IAM authorization.`);
    }
  }
}
function createCluster(input, ctx) {
  const name = input.clusterName ?? "default";
  const existing = ctx.state.getCluster(name);
  if (existing && existing.status === "ACTIVE") return { cluster: withoutTags(existing) };
  const cluster = ctx.state.putCluster({
    clusterName: name,
    // Without `settings` the account default applies; DescribeClusters(include SETTINGS) reports it
    // (API_ClusterSetting: containerInsights "disabled" unless the account setting says otherwise).
    settings: input.settings ?? [{ name: "containerInsights", value: "disabled" }],
    ...input.configuration ? { configuration: input.configuration } : {},
    capacityProviders: input.capacityProviders ?? [],
    defaultCapacityProviderStrategy: (input.defaultCapacityProviderStrategy ?? []).map(strategyItemDefaults),
    ...input.serviceConnectDefaults ? { serviceConnectDefaults: { namespace: namespaceArn(ctx, input.serviceConnectDefaults.namespace) } } : {},
    tags: input.tags ?? []
  });
  return { cluster: withoutTags(cluster) };
}
function updateCluster(input, ctx) {
  denyIfClusterDenied(ctx, input.cluster, "UpdateCluster");
  const patch = {};
  if (input.settings) patch.settings = mergeSettings(ctx.state.getCluster(input.cluster)?.settings ?? [], input.settings);
  if (input.configuration) patch.configuration = input.configuration;
  if (input.serviceConnectDefaults) patch.serviceConnectDefaults = { namespace: namespaceArn(ctx, input.serviceConnectDefaults.namespace) };
  return { cluster: withoutTags(ctx.state.patchCluster(input.cluster, patch)) };
}
function updateClusterSettings(input, ctx) {
  denyIfClusterDenied(ctx, input.cluster, "UpdateClusterSettings");
  const current = ctx.state.getCluster(input.cluster)?.settings ?? [];
  return { cluster: withoutTags(ctx.state.patchCluster(input.cluster, { settings: mergeSettings(current, input.settings ?? []) })) };
}
function putClusterCapacityProviders(input, ctx) {
  denyIfClusterDenied(ctx, input.cluster, "PutClusterCapacityProviders");
  for (const name of input.capacityProviders ?? []) {
    if (name !== "FARGATE" && name !== "FARGATE_SPOT" && !ctx.state.getCapacityProvider(name)) {
      throw new AwsError("InvalidParameterException", `The specified capacity provider ${name} is not in an ACTIVE state.`);
    }
  }
  const cluster = ctx.state.patchCluster(input.cluster, {
    capacityProviders: input.capacityProviders ?? [],
    defaultCapacityProviderStrategy: (input.defaultCapacityProviderStrategy ?? []).map(strategyItemDefaults)
  });
  return { cluster: withoutTags(cluster) };
}
function deleteCluster(input, ctx) {
  denyIfClusterDenied(ctx, input.cluster, "DeleteCluster");
  mustCluster(ctx, input.cluster);
  if (ctx.state.listServices(input.cluster).some((s) => s.status === "ACTIVE")) {
    throw new AwsError("ClusterContainsServicesException", "The Cluster cannot be deleted while Services are active.");
  }
  ctx.state.deleteCluster(input.cluster);
  return { cluster: withoutTags(ctx.state.getCluster(input.cluster)) };
}
function serviceLinkedRoleArn(accountId) {
  return `arn:aws:iam::${accountId}:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS`;
}
function createService(input, ctx) {
  const clusterRef = input.cluster ?? "default";
  denyIfClusterDenied(ctx, clusterRef, "CreateService");
  mustCluster(ctx, clusterRef);
  const cluster = ctx.state.getCluster(clusterRef);
  const name = input.serviceName;
  if (ctx.state.getService(clusterRef, name)?.status === "ACTIVE") {
    throw new AwsError("InvalidParameterException", "Creation of service was not idempotent.");
  }
  const controller = input.deploymentController?.type ?? "ECS";
  if (controller !== "EXTERNAL") {
    if (!input.taskDefinition) throw new AwsError("InvalidParameterException", "TaskDefinition must be specified.");
    if (!ctx.state.getTaskDefinition(input.taskDefinition)) throw new AwsError("ClientException", "TaskDefinition not found.");
  }
  const scheduling = input.schedulingStrategy ?? "REPLICA";
  if (input.launchType && input.capacityProviderStrategy?.length) {
    throw new AwsError("InvalidParameterException", "Specifying both a launch type and capacity provider strategy is not supported.");
  }
  let capacityProviderStrategy = input.capacityProviderStrategy?.map(strategyItemDefaults);
  let launchType = input.launchType;
  if (!launchType && !capacityProviderStrategy?.length && controller !== "EXTERNAL") {
    if (cluster.defaultCapacityProviderStrategy?.length) capacityProviderStrategy = cluster.defaultCapacityProviderStrategy;
    else launchType = "EC2";
  }
  const onFargate = launchType === "FARGATE" || (capacityProviderStrategy ?? []).some((s) => s.capacityProvider === "FARGATE" || s.capacityProvider === "FARGATE_SPOT");
  const td = input.taskDefinition ? ctx.state.getTaskDefinition(input.taskDefinition) : void 0;
  const loadBalancers = input.loadBalancers ?? [];
  validateLoadBalancers(loadBalancers, td?.networkMode);
  const awsvpc = input.networkConfiguration?.awsvpcConfiguration !== void 0;
  const roleArn = input.role ? roleArnOf(ctx, input.role) : loadBalancers.length > 0 || awsvpc ? serviceLinkedRoleArn(accountOf(ctx)) : void 0;
  const seed = {
    serviceName: name,
    ...input.taskDefinition && controller !== "EXTERNAL" ? { taskDefinition: input.taskDefinition } : {},
    // DAEMON: one task per container instance, and the emulator has no instances (API_Service).
    desiredCount: scheduling === "DAEMON" ? 0 : input.desiredCount ?? 0,
    loadBalancers: loadBalancers.map((lb) => ({ ...lb })),
    serviceRegistries: input.serviceRegistries ?? [],
    ...launchType ? { launchType } : {},
    ...capacityProviderStrategy?.length ? { capacityProviderStrategy } : {},
    // A service on Fargate keeps the version it was asked for, LATEST by default; deployments carry
    // the resolved one (API_CreateService `platformVersion`; API_Deployment `platformVersion`).
    ...onFargate ? { platformVersion: input.platformVersion ?? "LATEST", platformFamily: platformFamilyOf(td?.runtimePlatform?.operatingSystemFamily) } : {},
    deploymentConfiguration: deploymentConfigurationDefaults(input.deploymentConfiguration, scheduling, controller),
    ...roleArn ? { roleArn } : {},
    placementConstraints: input.placementConstraints ?? [],
    placementStrategy: input.placementStrategy ?? [],
    ...input.networkConfiguration ? { networkConfiguration: networkConfigurationDefaults(input.networkConfiguration) } : {},
    ...input.healthCheckGracePeriodSeconds !== void 0 ? { healthCheckGracePeriodSeconds: input.healthCheckGracePeriodSeconds } : loadBalancers.length > 0 ? { healthCheckGracePeriodSeconds: 0 } : {},
    schedulingStrategy: scheduling,
    deploymentController: { type: controller },
    createdBy: ctx.principalArn,
    enableECSManagedTags: input.enableECSManagedTags ?? false,
    propagateTags: input.propagateTags ?? "NONE",
    enableExecuteCommand: input.enableExecuteCommand ?? false,
    // "For create service requests, when no value is specified ... Amazon ECS defaults the value to
    // ENABLED" (API_CreateService `availabilityZoneRebalancing`); DAEMON services cannot rebalance.
    availabilityZoneRebalancing: input.availabilityZoneRebalancing ?? (scheduling === "DAEMON" ? "DISABLED" : "ENABLED"),
    tags: input.tags ?? [],
    ...input.serviceConnectConfiguration ? { serviceConnectConfiguration: serviceConnectDefaults(ctx, input.serviceConnectConfiguration, cluster) } : {},
    ...input.volumeConfigurations ? { volumeConfigurations: input.volumeConfigurations } : {},
    ...input.vpcLatticeConfigurations ? { vpcLatticeConfigurations: input.vpcLatticeConfigurations } : {},
    events: []
  };
  let service = ctx.state.putService(clusterRef, seed);
  if (controller === "CODE_DEPLOY") {
    ctx.state.putTaskSet(clusterRef, name, {
      taskDefinition: service.taskDefinition,
      launchType: service.launchType,
      ...service.capacityProviderStrategy ? { capacityProviderStrategy: service.capacityProviderStrategy } : {},
      ...service.platformVersion ? { platformVersion: service.platformVersion, platformFamily: service.platformFamily } : {},
      loadBalancers: service.loadBalancers,
      serviceRegistries: service.serviceRegistries,
      ...service.networkConfiguration ? { networkConfiguration: service.networkConfiguration } : {},
      startedBy: "CodeDeploy"
    });
    service = ctx.state.updateService(clusterRef, name, { deployments: [] });
  }
  return { service: withoutTags(ctx.state.getService(clusterRef, name) ?? service) };
}
function validateLoadBalancers(loadBalancers, networkMode) {
  for (const lb of loadBalancers) {
    if (lb.loadBalancerName && lb.targetGroupArn) {
      throw new AwsError("InvalidParameterException", "A load balancer takes either a loadBalancerName (Classic Load Balancer) or a targetGroupArn, not both.");
    }
    if (lb.loadBalancerName && networkMode === "awsvpc") {
      throw new AwsError("InvalidParameterException", "Classic Load Balancers are not supported for tasks that use the awsvpc network mode.");
    }
  }
}
function deleteService(input, ctx) {
  const clusterRef = input.cluster ?? "default";
  denyIfClusterDenied(ctx, clusterRef, "DeleteService");
  mustCluster(ctx, clusterRef);
  const service = ctx.state.getService(clusterRef, input.service);
  if (!service) throw new AwsError("ServiceNotFoundException", "Service not found.");
  if (service.schedulingStrategy === "REPLICA" && (service.desiredCount ?? 0) > 0 && !input.force) {
    throw new AwsError("InvalidParameterException", "The service cannot be stopped while it is scaled above 0.");
  }
  ctx.state.deleteService(clusterRef, service.serviceName);
  return { service: withoutTags({ ...service, status: "DRAINING" }) };
}
function deregisterTaskDefinition(input, ctx) {
  return { taskDefinition: ctx.state.deregisterTaskDefinition(input.taskDefinition) };
}
function createCapacityProvider(input, ctx) {
  if (ctx.state.getCapacityProvider(input.name)) throw new AwsError("ClientException", "The specified capacity provider already exists.");
  const asg = input.autoScalingGroupProvider;
  const mi = input.managedInstancesProvider;
  if (Boolean(asg) === Boolean(mi)) throw new AwsError("InvalidParameterException", "Exactly one of autoScalingGroupProvider or managedInstancesProvider must be specified.");
  if (mi && !input.cluster) throw new AwsError("InvalidParameterException", "A cluster is required for a Managed Instances capacity provider.");
  if (mi && !ctx.state.getCluster(input.cluster)) throw new AwsError("ClusterNotFoundException", "Cluster not found.");
  if (asg && input.cluster) throw new AwsError("InvalidParameterException", "A cluster can only be specified for a Managed Instances capacity provider.");
  const cp = ctx.state.putCapacityProvider({
    name: input.name,
    // API_CapacityProvider `type`: EC2_AUTOSCALING for an Auto Scaling group, MANAGED_INSTANCES for ECS Managed Instances.
    type: mi ? "MANAGED_INSTANCES" : "EC2_AUTOSCALING",
    ...asg ? {
      autoScalingGroupProvider: {
        autoScalingGroupArn: asg.autoScalingGroupArn,
        // API_ManagedScaling and API_AutoScalingGroupProvider: the defaults ECS fills in.
        managedScaling: {
          status: asg.managedScaling?.status ?? "DISABLED",
          targetCapacity: asg.managedScaling?.targetCapacity ?? 100,
          minimumScalingStepSize: asg.managedScaling?.minimumScalingStepSize ?? 1,
          maximumScalingStepSize: asg.managedScaling?.maximumScalingStepSize ?? 1e4,
          instanceWarmupPeriod: asg.managedScaling?.instanceWarmupPeriod ?? 300
        },
        managedTerminationProtection: asg.managedTerminationProtection ?? "DISABLED",
        managedDraining: asg.managedDraining ?? "ENABLED"
      }
    } : {},
    ...mi ? { managedInstancesProvider: managedInstancesProviderDefaults(mi) } : {},
    ...input.cluster ? { cluster: ctx.state.clusterNameOf(input.cluster) } : {},
    tags: input.tags ?? []
  });
  return { capacityProvider: withoutTags(cp) };
}
function updateCapacityProvider(input, ctx) {
  const cp = ctx.state.getCapacityProvider(input.name);
  if (!cp) throw new AwsError("ClientException", "The specified capacity provider does not exist.");
  const asg = input.autoScalingGroupProvider;
  const current = cp.autoScalingGroupProvider;
  const mi = input.managedInstancesProvider;
  if (mi && !cp.managedInstancesProvider) throw new AwsError("InvalidParameterException", "The capacity provider is not a Managed Instances capacity provider.");
  if (asg && !current) throw new AwsError("InvalidParameterException", "The capacity provider is not an Auto Scaling group capacity provider.");
  const updated = ctx.state.putCapacityProvider({
    ...cp,
    name: cp.name,
    ...asg && current ? {
      autoScalingGroupProvider: {
        ...current,
        ...asg.managedScaling ? { managedScaling: { ...current.managedScaling, ...stripUndefined(asg.managedScaling) } } : {},
        ...asg.managedTerminationProtection ? { managedTerminationProtection: asg.managedTerminationProtection } : {},
        ...asg.managedDraining ? { managedDraining: asg.managedDraining } : {}
      }
    } : {},
    ...mi && cp.managedInstancesProvider ? { managedInstancesProvider: updatedManagedInstancesProvider(cp.managedInstancesProvider, mi) } : {},
    // API_CapacityProvider `updateStatus`: UPDATE_COMPLETE once the update went through.
    updateStatus: "UPDATE_COMPLETE"
  });
  return { capacityProvider: withoutTags(updated) };
}
function managedInstancesProviderDefaults(mi) {
  const template = mi.instanceLaunchTemplate;
  return stripUndefined({
    infrastructureRoleArn: mi.infrastructureRoleArn,
    instanceLaunchTemplate: stripUndefined({ ...template, capacityOptionType: template.capacityOptionType ?? "ON_DEMAND" }),
    propagateTags: mi.propagateTags,
    infrastructureOptimization: mi.infrastructureOptimization,
    autoRepairConfiguration: mi.autoRepairConfiguration
  });
}
function updatedManagedInstancesProvider(current, update) {
  return {
    ...current,
    infrastructureRoleArn: update.infrastructureRoleArn ?? current.infrastructureRoleArn,
    instanceLaunchTemplate: { ...current.instanceLaunchTemplate, ...stripUndefined(update.instanceLaunchTemplate ?? {}) },
    ...stripUndefined({ propagateTags: update.propagateTags, infrastructureOptimization: update.infrastructureOptimization, autoRepairConfiguration: update.autoRepairConfiguration })
  };
}
function deleteCapacityProvider(input, ctx) {
  return { capacityProvider: withoutTags(ctx.state.deleteCapacityProvider(input.capacityProvider)) };
}
function tagResource(input, ctx) {
  const added = input.tags ?? [];
  const found = ctx.state.retag(input.resourceArn, (tags) => [...tags.filter((t) => !added.some((a) => a.key === t.key)), ...added]);
  if (!found) throw new AwsError("ResourceNotFoundException", "The specified resource could not be found.");
  return {};
}
function untagResource(input, ctx) {
  const keys = new Set(input.tagKeys ?? []);
  if (!ctx.state.retag(input.resourceArn, (tags) => tags.filter((t) => !keys.has(t.key)))) {
    throw new AwsError("ResourceNotFoundException", "The specified resource could not be found.");
  }
  return {};
}
function strategyItemDefaults(item) {
  return { capacityProvider: item.capacityProvider, weight: item.weight ?? 0, base: item.base ?? 0 };
}
function deploymentConfigurationDefaults(given, scheduling, controller) {
  const daemon = scheduling === "DAEMON";
  return {
    ...controller === "ECS" ? { deploymentCircuitBreaker: { enable: false, rollback: false } } : {},
    maximumPercent: daemon ? 100 : 200,
    minimumHealthyPercent: daemon ? 0 : 100,
    ...stripUndefined(given ?? {})
  };
}
function networkConfigurationDefaults(nc) {
  const vpc = nc.awsvpcConfiguration;
  if (!vpc) return nc;
  return { awsvpcConfiguration: { subnets: vpc.subnets ?? [], securityGroups: vpc.securityGroups ?? [], assignPublicIp: vpc.assignPublicIp ?? "DISABLED" } };
}
function serviceConnectDefaults(ctx, sc, cluster) {
  const namespace = sc.namespace ?? cluster.serviceConnectDefaults?.namespace;
  return { ...sc, ...namespace ? { namespace: namespaceArn(ctx, namespace) } : {} };
}
function namespaceArn(ctx, ref) {
  return ref.startsWith("arn:") ? ref : `arn:aws:servicediscovery:${ctx.state.region}:${accountOf(ctx)}:namespace/${ref}`;
}
function platformFamilyOf(osFamily) {
  return osFamily && osFamily.startsWith("WINDOWS") ? "Windows" : "Linux";
}
function roleArnOf(ctx, role) {
  return role.startsWith("arn:") ? role : `arn:aws:iam::${accountOf(ctx)}:role/${role.replace(/^\//, "")}`;
}
function accountOf(ctx) {
  return ctx.state.accountId;
}
function mergeSettings(current, given) {
  return [...current.filter((c) => !given.some((g) => g.name === c.name)), ...given];
}
function stripUndefined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}
function withoutTags(resource) {
  delete resource.tags;
  return resource;
}
function mustCluster(ctx, ref) {
  if (!ctx.state.getCluster(ref)) throw new AwsError("ClusterNotFoundException", "Cluster not found.");
}
function denyIfClusterDenied(ctx, clusterRef, action, resourceArn) {
  const name = ctx.state.clusterNameOf(clusterRef) ?? clusterRef;
  const arn = ctx.state.clusterArn(name);
  if (!ctx.deniedClusters.some((d) => d === name || d === arn || d === clusterRef)) return;
  throw new AwsError(
    "AccessDeniedException",
    `User: ${ctx.principalArn} is not authorized to perform: ecs:${action} on resource: ${resourceArn ?? arn} because no identity-based policy allows the ecs:${action} action`
  );
}
function paginate(items, maxResults, nextToken, opts) {
  if (maxResults !== void 0 && (maxResults < 1 || maxResults > opts.maxSize || !Number.isInteger(maxResults))) {
    throw new AwsError("InvalidParameterException", `maxResults must be between 1 and ${opts.maxSize}.`);
  }
  let offset = 0;
  if (nextToken !== void 0) {
    const decoded = decodeToken(nextToken);
    if (!decoded || decoded.kind !== opts.kind) throw new AwsError("InvalidParameterException", "Invalid token");
    offset = decoded.offset;
  }
  const size = maxResults ?? opts.defaultSize;
  const page = items.slice(offset, offset + size);
  const next = offset + size < items.length ? encodeToken({ kind: opts.kind, offset: offset + size }) : void 0;
  return next ? { items: page, nextToken: next } : { items: page };
}
function encodeToken(token) {
  return Buffer.from(JSON.stringify(token)).toString("base64");
}
function decodeToken(token) {
  try {
    const parsed = JSON.parse(Buffer.from(token, "base64").toString("utf8"));
    if (typeof parsed === "object" && parsed !== null && typeof parsed.kind === "string" && Number.isInteger(parsed.offset)) {
      return parsed;
    }
  } catch {
  }
  return void 0;
}
function toAwsError(error) {
  return error instanceof EcsStateError ? new AwsError(error.type, error.message) : error;
}

// test-support/aws/cloudtrail.ts
var CLOUDTRAIL_TARGET_PREFIXES = ["com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.", "CloudTrail_20131101."];
var LOOKUP_KEYS = ["EventId", "EventName", "ReadOnly", "Username", "ResourceType", "ResourceName", "EventSource", "AccessKeyId"];
var CloudTrailState = class {
  constructor(now2 = () => /* @__PURE__ */ new Date()) {
    this.now = now2;
  }
  now;
  events = [];
  counter = 0;
  addEvent(seed) {
    const eventTime = seed.EventTime === void 0 ? this.now() : new Date(seed.EventTime);
    const eventId = seed.EventId ?? `00000000-0000-4000-9000-${(++this.counter).toString(16).padStart(12, "0")}`;
    const cloudTrailEvent = typeof seed.CloudTrailEvent === "string" ? seed.CloudTrailEvent : JSON.stringify({
      eventVersion: "1.09",
      eventTime: eventTime.toISOString().replace(/\.\d{3}Z$/, "Z"),
      eventSource: seed.EventSource ?? "ecs.amazonaws.com",
      eventName: seed.EventName,
      eventID: eventId,
      readOnly: seed.ReadOnly === "true",
      ...seed.CloudTrailEvent ?? {}
    });
    const event = {
      EventId: eventId,
      EventName: seed.EventName,
      ReadOnly: seed.ReadOnly ?? "false",
      ...seed.AccessKeyId ? { AccessKeyId: seed.AccessKeyId } : {},
      EventTime: eventTime,
      EventSource: seed.EventSource ?? "ecs.amazonaws.com",
      ...seed.Username ? { Username: seed.Username } : {},
      Resources: structuredClone(seed.Resources ?? []),
      CloudTrailEvent: cloudTrailEvent
    };
    this.events.push(event);
    return structuredClone(event);
  }
  list() {
    return structuredClone(this.events);
  }
  lookup(input) {
    const attributes = input.LookupAttributes ?? [];
    if (attributes.length > 1) {
      throw new AwsError("InvalidLookupAttributesException", "You cannot specify more than one lookup attribute.");
    }
    const attribute = attributes[0];
    if (attribute && !LOOKUP_KEYS.includes(attribute.AttributeKey ?? "")) {
      throw new AwsError("InvalidLookupAttributesException", `Invalid lookup attribute key: ${attribute.AttributeKey}`);
    }
    if (input.MaxResults !== void 0 && (input.MaxResults < 1 || input.MaxResults > 50)) {
      throw new AwsError("InvalidMaxResultsException", "MaxResults must be between 1 and 50.");
    }
    const start = input.StartTime === void 0 ? void 0 : new Date(input.StartTime).getTime();
    const end = input.EndTime === void 0 ? void 0 : new Date(input.EndTime).getTime();
    if (start !== void 0 && end !== void 0 && start > end) {
      throw new AwsError("InvalidTimeRangeException", "Start time must be earlier than end time.");
    }
    const kind = JSON.stringify({ a: attribute ?? null, s: start ?? null, e: end ?? null });
    let offset = 0;
    if (input.NextToken !== void 0) {
      const decoded = decodeToken(input.NextToken);
      if (!decoded || decoded.kind !== kind) throw new AwsError("InvalidNextTokenException", "Invalid NextToken.");
      offset = decoded.offset;
    }
    const matching = this.events.filter((e) => {
      const t = e.EventTime.getTime();
      return (start === void 0 || t >= start) && (end === void 0 || t <= end);
    }).filter((e) => !attribute || matches(e, attribute.AttributeKey, attribute.AttributeValue ?? "")).sort((a, b) => b.EventTime.getTime() - a.EventTime.getTime());
    const size = input.MaxResults ?? 50;
    const page = structuredClone(matching.slice(offset, offset + size));
    return offset + size < matching.length ? { Events: page, NextToken: encodeToken({ kind, offset: offset + size }) } : { Events: page };
  }
};
function matches(event, key, value) {
  switch (key) {
    case "ResourceType":
      return (event.Resources ?? []).some((r) => r.ResourceType === value);
    case "ResourceName":
      return (event.Resources ?? []).some((r) => r.ResourceName === value);
    default:
      return event[key] === value;
  }
}

// test-support/aws/s3.ts
import { createHash, randomUUID } from "node:crypto";
var S3State = class {
  constructor(now2 = () => /* @__PURE__ */ new Date()) {
    this.now = now2;
  }
  now;
  buckets = /* @__PURE__ */ new Map();
  createBucket(bucket) {
    if (!this.buckets.has(bucket)) this.buckets.set(bucket, /* @__PURE__ */ new Map());
  }
  /** Creates the bucket if needed. */
  putObject(bucket, key, body, contentType = "application/octet-stream") {
    this.createBucket(bucket);
    const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : Buffer.from(body);
    this.buckets.get(bucket).set(key, {
      body: bytes,
      etag: `"${createHash("md5").update(bytes).digest("hex")}"`,
      lastModified: this.now(),
      contentType
    });
  }
  deleteObject(bucket, key) {
    this.buckets.get(bucket)?.delete(key);
  }
  hasBucket(bucket) {
    return this.buckets.has(bucket);
  }
  getObject(bucket, key) {
    return this.buckets.get(bucket)?.get(key);
  }
};
function serveS3(req, res, state, deniedBuckets) {
  const url = new URL(req.url ?? "/", "http://localhost");
  const [bucketSegment = "", ...keySegments] = url.pathname.slice(1).split("/");
  const bucket = decodeURIComponent(bucketSegment);
  const key = keySegments.map(decodeURIComponent).join("/");
  const method = req.method ?? "GET";
  const head = method === "HEAD";
  const operation = method === "GET" ? "GetObject" : head ? "HeadObject" : "UnsupportedS3Operation";
  const errors = [];
  const requestId = randomUUID().replace(/-/g, "").slice(0, 16).toUpperCase();
  const common = { "x-amz-request-id": requestId, "x-amz-id-2": Buffer.from(requestId).toString("base64") };
  const fail2 = (status, code, message, extra = {}) => {
    sendS3Error(res, head, status, code, message, extra, requestId);
    return { operation, errors };
  };
  if (operation === "UnsupportedS3Operation") {
    errors.push(`S3 ${method} ${url.pathname}: only GetObject and HeadObject are emulated`);
    return fail2(405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
  }
  if (!bucket) errors.push(`${operation}: required member Bucket is missing`);
  if (!key) errors.push(`${operation}: required member Key is missing`);
  if (!bucket || !key) return fail2(400, "InvalidRequest", "Bucket and key are required.");
  if (deniedBuckets.includes(bucket)) return fail2(403, "AccessDenied", "Access Denied");
  if (!state.hasBucket(bucket)) return fail2(404, "NoSuchBucket", "The specified bucket does not exist", { BucketName: bucket });
  const object = state.getObject(bucket, key);
  if (!object) return fail2(404, "NoSuchKey", "The specified key does not exist.", { Key: key });
  const ifNoneMatch = req.headers["if-none-match"];
  if (ifNoneMatch !== void 0 && ifNoneMatch === object.etag) {
    res.writeHead(304, { ...common, etag: object.etag, "last-modified": object.lastModified.toUTCString() });
    res.end();
    return { operation, errors };
  }
  res.writeHead(200, {
    ...common,
    "content-type": object.contentType,
    "content-length": object.body.length,
    etag: object.etag,
    "last-modified": object.lastModified.toUTCString(),
    "accept-ranges": "bytes",
    "x-amz-server-side-encryption": "AES256"
  });
  res.end(head ? void 0 : object.body);
  return { operation, errors };
}
function sendS3Error(res, head, status, code, message, extra = {}, requestId = randomUUID().replace(/-/g, "").slice(0, 16).toUpperCase()) {
  const hostId = Buffer.from(requestId).toString("base64");
  const fields = Object.entries(extra).map(([k, v]) => `<${k}>${escapeXml(v)}</${k}>`).join("");
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>${code}</Code><Message>${escapeXml(message)}</Message>${fields}<RequestId>${requestId}</RequestId><HostId>${hostId}</HostId></Error>`;
  res.writeHead(status, { "x-amz-request-id": requestId, "x-amz-id-2": hostId, "content-type": "application/xml", ...head ? {} : { "content-length": Buffer.byteLength(xml) } });
  res.end(head ? void 0 : xml);
}
function escapeXml(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

// test-support/aws/sts.ts
import { randomUUID as randomUUID2 } from "node:crypto";
var STS_VERSION = "2011-06-15";
var STS_NAMESPACE = `https://sts.amazonaws.com/doc/${STS_VERSION}/`;
function isStsQuery(req, body) {
  const type = req.headers["content-type"] ?? "";
  return req.method === "POST" && type.startsWith("application/x-www-form-urlencoded") && /(?:^|&)Action=/.test(body);
}
function escapeXml2(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
function serveSts(res, body, caller) {
  const params = new URLSearchParams(body);
  const action = params.get("Action") ?? "";
  const requestId = randomUUID2();
  const errors = [];
  if (params.get("Version") !== STS_VERSION) errors.push(`request STS.${action}: Version ${params.get("Version")} is not ${STS_VERSION}`);
  if (action !== "GetCallerIdentity") {
    errors.push(`request STS.${action}: the emulator implements only GetCallerIdentity`);
    sendXml(res, 400, `<ErrorResponse xmlns="${STS_NAMESPACE}"><Error><Type>Sender</Type><Code>InvalidAction</Code><Message>The action ${escapeXml2(action)} is not valid for this web service.</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`);
    return { operation: action || "STS", errors };
  }
  sendXml(res, 200, [
    `<GetCallerIdentityResponse xmlns="${STS_NAMESPACE}">`,
    "  <GetCallerIdentityResult>",
    `    <Arn>${escapeXml2(caller.arn)}</Arn>`,
    `    <UserId>${escapeXml2(caller.userId)}</UserId>`,
    `    <Account>${escapeXml2(caller.accountId)}</Account>`,
    "  </GetCallerIdentityResult>",
    "  <ResponseMetadata>",
    `    <RequestId>${requestId}</RequestId>`,
    "  </ResponseMetadata>",
    "</GetCallerIdentityResponse>"
  ].join("\n"));
  return { operation: "GetCallerIdentity", errors };
}
function sendXml(res, status, xml) {
  res.writeHead(status, { "content-type": "text/xml", "content-length": Buffer.byteLength(xml), "x-amzn-requestid": randomUUID2() });
  res.end(xml);
}

// test-support/aws/emulator.ts
var ecsModel = new ApiModel("ECS", ecsSdk, "@aws-sdk/client-ecs");
var cloudTrailModel = new ApiModel("CloudTrail", cloudTrailSdk, "@aws-sdk/client-cloudtrail");
var serviceMembers = (() => {
  const schema = ecsSdk["Service$"];
  return Array.isArray(schema) ? schema[4] : [];
})();
async function startAwsEmulator(opts = {}) {
  const region = opts.region ?? "us-east-1";
  const accountId = opts.accountId ?? "123456789012";
  const now2 = opts.now ?? (() => /* @__PURE__ */ new Date());
  const random = seededRandom(opts.seed ?? 1);
  const buckets = new TokenBuckets(() => performance.now());
  const principalArn = `arn:aws:iam::${accountId}:user/drift-guard-emulator`;
  const calls = { throttled: 0 };
  const validationErrors = [];
  const injected = [];
  const faultHits = [];
  const requests = [];
  const emulator = {
    endpoint: "",
    region,
    accountId,
    faults: opts.faults ?? {},
    ecs: new EcsState(region, accountId, now2),
    s3: new S3State(now2),
    cloudtrail: new CloudTrailState(now2),
    calls,
    resetCalls() {
      for (const key of Object.keys(calls)) delete calls[key];
      calls.throttled = 0;
      requests.length = 0;
    },
    validationErrors,
    requests,
    faultHits,
    injectFault(fault) {
      injected.push({ ...fault, left: fault.times ?? 1 });
    },
    clearFaults() {
      injected.length = 0;
    },
    env() {
      return {
        AWS_REGION: region,
        AWS_ACCESS_KEY_ID: "test",
        AWS_SECRET_ACCESS_KEY: "test",
        AWS_ENDPOINT_URL_ECS: emulator.endpoint,
        AWS_ENDPOINT_URL_S3: emulator.endpoint,
        AWS_ENDPOINT_URL_CLOUDTRAIL: emulator.endpoint
      };
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve3) => server.close(() => resolve3()));
    }
  };
  const count = (operation) => {
    calls[operation] = (calls[operation] ?? 0) + 1;
  };
  async function handleJson(req, res, target, body) {
    const isEcs = target.startsWith(ECS_TARGET_PREFIX);
    const service = isEcs ? "ECS" : "CloudTrail";
    const prefix = isEcs ? ECS_TARGET_PREFIX : CLOUDTRAIL_TARGET_PREFIXES.find((p) => target.startsWith(p));
    const operation = target.slice(prefix.length);
    const model = isEcs ? ecsModel : cloudTrailModel;
    const requestId = randomUUID3();
    try {
      checkSignature(req, isEcs ? "ecs" : "cloudtrail", region, `${service}.${operation}`, validationErrors);
      const opModel = model.operation(operation);
      const implemented = isEcs ? operation in ecsOperations : operation === "LookupEvents";
      if (!opModel || !implemented) {
        if (!opModel) validationErrors.push(`request ${service}.${operation}: no such operation in the API model`);
        throw new AwsError("UnknownOperationException", `The emulator does not implement ${service}.${operation}.`);
      }
      if (isEcs) {
        if (!buckets.take(`ecs:${accountId}`, emulator.faults.rateLimit) || (emulator.faults.throttleRate ?? 0) > random()) {
          calls.throttled = (calls.throttled ?? 0) + 1;
          throw new AwsError("ThrottlingException", "Rate exceeded");
        }
      } else {
        if (!buckets.take(`cloudtrail:${accountId}:${region}`, emulator.faults.cloudTrailRateLimit ?? { perSecond: 2, burst: 2 })) {
          calls.throttled = (calls.throttled ?? 0) + 1;
          throw new AwsError("ThrottlingException", "Rate exceeded");
        }
      }
      count(operation);
      requests.push({ service, operation });
      let input;
      try {
        input = body === "" ? {} : JSON.parse(body);
      } catch {
        validationErrors.push(`request ${service}.${operation}: body is not JSON`);
        throw new AwsError("SerializationException", "Request body is not valid JSON.");
      }
      const requestErrors = model.validate(opModel.input, input);
      if (requestErrors.length > 0) {
        validationErrors.push(...requestErrors.map((e) => `request ${service}.${operation}: ${e}`));
        const typeError = requestErrors.find((e) => / expected /.test(e));
        throw new AwsError(typeError ? "SerializationException" : "InvalidParameterException", typeError ?? requestErrors[0]);
      }
      let output;
      if (isEcs) {
        const ctx = {
          state: emulator.ecs,
          deniedClusters: emulator.faults.accessDeniedClusters ?? [],
          principalArn,
          serviceMembers
        };
        try {
          output = ecsOperations[operation](input, ctx);
        } catch (error) {
          throw toAwsError(error);
        }
      } else {
        if (emulator.faults.cloudTrailAccessDenied) {
          throw new AwsError(
            "AccessDeniedException",
            `User: ${principalArn} is not authorized to perform: cloudtrail:LookupEvents because no identity-based policy allows the cloudtrail:LookupEvents action`
          );
        }
        output = emulator.cloudtrail.lookup(fromWireLookup(input));
      }
      const wire = model.toWire(opModel.output, output);
      const responseErrors = model.validate(opModel.output, wire);
      validationErrors.push(...responseErrors.map((e) => `response ${service}.${operation}: ${e}`));
      sendJson(res, 200, wire, requestId);
    } catch (error) {
      if (error instanceof AwsError) {
        sendJson(res, error.status, { __type: error.type, message: error.message }, requestId, error.type);
        return;
      }
      validationErrors.push(`internal ${service}.${operation}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      const type = isEcs ? "ServerException" : "InternalFailure";
      sendJson(res, 500, { __type: type, message: "The emulator failed to handle the request." }, requestId, type);
    }
  }
  function injectedFault(req, res, service, operation, input) {
    const fault = injected.find((f) => faultMatches(f, service, operation, input));
    if (!fault) return false;
    fault.left--;
    faultHits.push({ service, operation, kind: fault.kind });
    const answer = faultAnswer(fault, principalArn);
    if (answer === "drop") req.socket.destroy();
    else if (answer === "hang") {
    } else if (service === "S3") sendS3Error(res, req.method === "HEAD", answer.status, answer.type, answer.message);
    else sendJson(res, answer.status, { __type: answer.type, message: answer.message }, randomUUID3(), answer.type);
    return true;
  }
  async function handle(req, res) {
    const body = await readBody(req);
    if (emulator.faults.latencyMs) await new Promise((resolve3) => setTimeout(resolve3, emulator.faults.latencyMs));
    const target = header(req, "x-amz-target");
    if (target !== void 0) {
      if (!target.startsWith(ECS_TARGET_PREFIX) && !CLOUDTRAIL_TARGET_PREFIXES.some((p) => target.startsWith(p))) {
        validationErrors.push(`request: unknown X-Amz-Target ${target}`);
        sendJson(res, 400, { __type: "UnknownOperationException", message: `Unknown operation ${target}` }, randomUUID3(), "UnknownOperationException");
        return;
      }
      if (req.method !== "POST") validationErrors.push(`request ${target}: awsJson1.1 requests are POST, got ${req.method}`);
      const contentType = header(req, "content-type");
      if (contentType !== "application/x-amz-json-1.1") validationErrors.push(`request ${target}: Content-Type ${contentType} is not application/x-amz-json-1.1`);
      if (injectedFault(req, res, target.startsWith(ECS_TARGET_PREFIX) ? "ECS" : "CloudTrail", target.slice(target.lastIndexOf(".") + 1), body)) return;
      await handleJson(req, res, target, body);
      return;
    }
    if (isStsQuery(req, body)) {
      try {
        checkSignature(req, "sts", void 0, "STS", validationErrors);
      } catch (error) {
        if (error instanceof AwsError) {
          res.writeHead(error.status).end();
          return;
        }
        throw error;
      }
      const outcome2 = serveSts(res, body, { accountId, arn: principalArn, userId: `AIDA${accountId.padStart(17, "0")}` });
      count(outcome2.operation);
      validationErrors.push(...outcome2.errors);
      return;
    }
    const s3Operation = req.method === "GET" ? "GetObject" : req.method === "HEAD" ? "HeadObject" : void 0;
    if (s3Operation && injectedFault(req, res, "S3", s3Operation, decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname))) return;
    let signed = true;
    try {
      checkSignature(req, "s3", void 0, `S3 ${req.method} ${req.url}`, validationErrors);
    } catch {
      signed = false;
    }
    const deniedBuckets = emulator.faults.s3AccessDeniedBuckets ?? [];
    const outcome = serveS3(req, res, emulator.s3, signed ? deniedBuckets : { includes: () => true });
    count(outcome.operation);
    if (outcome.operation !== "UnsupportedS3Operation") requests.push({ service: "S3", operation: outcome.operation });
    validationErrors.push(...outcome.errors.map((e) => `request S3.${outcome.operation}: ${e}`));
  }
  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      validationErrors.push(`internal: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise((resolve3, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve3());
  });
  emulator.endpoint = `http://127.0.0.1:${server.address().port}`;
  return emulator;
}
function sendJson(res, status, body, requestId, errorType) {
  const text = JSON.stringify(body ?? {});
  res.writeHead(status, {
    "content-type": "application/x-amz-json-1.1",
    "content-length": Buffer.byteLength(text),
    "x-amzn-requestid": requestId,
    ...errorType ? { "x-amzn-errortype": `${errorType}:` } : {}
  });
  res.end(text);
}
function checkSignature(req, service, region, what, errors) {
  const auth = header(req, "authorization");
  if (!auth) {
    errors.push(`request ${what}: not signed (no Authorization header)`);
    throw new AwsError("MissingAuthenticationTokenException", "Missing Authentication Token", 403);
  }
  const scope = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(auth);
  if (!scope) {
    errors.push(`request ${what}: Authorization is not AWS4-HMAC-SHA256`);
    return;
  }
  if (scope[2] !== service) errors.push(`request ${what}: signed for service ${scope[2]}, expected ${service}`);
  if (region !== void 0 && scope[1] !== region) errors.push(`request ${what}: signed for region ${scope[1]}, emulator region is ${region}`);
}
function fromWireLookup(input) {
  const asDate = (v) => typeof v === "number" ? new Date(v * 1e3) : void 0;
  return {
    ...input,
    StartTime: asDate(input.StartTime),
    EndTime: asDate(input.EndTime)
  };
}
function header(req, name) {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
function readBody(req) {
  return new Promise((resolve3, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => resolve3(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

// test-support/e2e/pull-request-event.ts
import { createRequire as createRequire2 } from "node:module";
var require2 = createRequire2(import.meta.url);
function webhookExample(event, action) {
  const all = require2("@octokit/webhooks-examples");
  const example = all.find((e) => e.name === event)?.examples.find((e) => e["action"] === action);
  if (!example) throw new Error(`@octokit/webhooks-examples has no ${event}.${action} example`);
  return structuredClone(example);
}
function repointUrls(value, apiUrl) {
  if (typeof value === "string") return value.startsWith("https://api.github.com") ? apiUrl + value.slice("https://api.github.com".length) : value;
  if (Array.isArray(value)) return value.map((v) => repointUrls(v, apiUrl));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, repointUrls(v, apiUrl)]));
  return value;
}
function asObject(value) {
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new Error("webhook example: expected an object");
  return value;
}
function setRepository(target, owner, name, fork) {
  target["name"] = name;
  target["full_name"] = `${owner}/${name}`;
  target["fork"] = fork;
  asObject(target["owner"])["login"] = owner;
}
function pullRequestEventPayload(emu, pullNumber, options = {}) {
  const action = options.action ?? "opened";
  const pull = emu.state.pulls.find((p) => p.number === pullNumber);
  if (!pull) throw new Error(`pullRequestEventPayload: no pull request #${pullNumber}`);
  const owner = emu.state.owner.login;
  const name = emu.state.repo.name;
  const payload = asObject(repointUrls(webhookExample("pull_request", action), emu.url));
  payload["number"] = pull.number;
  setRepository(asObject(payload["repository"]), owner, name, false);
  asObject(payload["sender"])["login"] = pull.author;
  const pr = asObject(payload["pull_request"]);
  pr["number"] = pull.number;
  pr["id"] = pull.id;
  pr["state"] = pull.state;
  pr["draft"] = pull.draft;
  pr["title"] = pull.title;
  asObject(pr["user"])["login"] = pull.author;
  pr["changed_files"] = pull.files.length;
  pr["additions"] = pull.files.reduce((n, f) => n + f.additions, 0);
  pr["deletions"] = pull.files.reduce((n, f) => n + f.deletions, 0);
  pr["commits"] = pull.commits.length;
  const head = asObject(pr["head"]);
  const headOwner = pull.headRepo.owner;
  head["ref"] = pull.head.ref;
  head["sha"] = pull.head.sha;
  head["label"] = `${headOwner}:${pull.head.ref}`;
  asObject(head["user"])["login"] = headOwner;
  setRepository(asObject(head["repo"]), headOwner, pull.headRepo.name, pull.headRepo.fork);
  const base = asObject(pr["base"]);
  base["ref"] = pull.base.ref;
  base["sha"] = pull.base.sha;
  base["label"] = `${owner}:${pull.base.ref}`;
  asObject(base["user"])["login"] = owner;
  setRepository(asObject(base["repo"]), owner, name, false);
  if (action === "synchronize") {
    payload["before"] = options.before ?? pull.base.sha;
    payload["after"] = pull.head.sha;
  }
  return payload;
}

// test-support/github/emulator.ts
import { createServer as createServer2 } from "node:http";

// test-support/github/state.ts
import { createHash as createHash2 } from "node:crypto";
function steppingClock(start = "2024-05-01T12:00:00Z", stepMs = 1e3) {
  let current = Date.parse(start);
  return {
    now() {
      const value = new Date(current);
      current += stepMs;
      return value;
    }
  };
}
function isoSeconds(date) {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
function nextId(state) {
  return state.nextId++;
}
function gitBlobSha(content) {
  const data = Buffer.from(content, "utf8");
  return createHash2("sha1").update(`blob ${data.length}\0`).update(data).digest("hex");
}
function treeSha(files) {
  const hash = createHash2("sha1").update("tree\0");
  for (const path of Object.keys(files).sort()) hash.update(`${path}\0${gitBlobSha(files[path])}\0`);
  return hash.digest("hex");
}
function resolveTree(state, sha) {
  if (state.trees[sha]) return state.trees[sha];
  const commit = Object.values(state.commits).find((c) => treeSha(c.files) === sha);
  return commit?.files;
}
function commitSha(parts) {
  const hash = createHash2("sha1");
  hash.update(JSON.stringify([parts.message, parts.parents, parts.date, parts.author]));
  for (const path of Object.keys(parts.files).sort()) hash.update(`${path}\0${gitBlobSha(parts.files[path])}\0`);
  return hash.digest("hex");
}
function createInitialState(opts) {
  const state = {
    owner: { login: opts.owner, id: 0, type: opts.ownerType },
    repo: { id: 0, name: opts.repo, defaultBranch: opts.defaultBranch, private: false, createdAt: opts.createdAt },
    users: {},
    collaborators: {},
    teams: [],
    branches: {},
    commits: {},
    pulls: [],
    issues: [],
    labels: [],
    reviews: [],
    reviewComments: [],
    issueComments: [],
    statuses: [],
    checkRuns: [],
    blobs: {},
    trees: {},
    nextId: 1e3,
    nextNumber: 1
  };
  state.owner.id = nextId(state);
  state.repo.id = nextId(state);
  state.users[opts.owner] = { login: opts.owner, id: state.owner.id, type: opts.ownerType, name: null, email: null };
  return state;
}
function ensureUser(state, login, type = "User") {
  const key = Object.keys(state.users).find((k) => k.toLowerCase() === login.toLowerCase());
  if (key) return state.users[key];
  const user = { login, id: nextId(state), type, name: null, email: null };
  state.users[login] = user;
  return user;
}
function findUser(state, login) {
  const key = Object.keys(state.users).find((k) => k.toLowerCase() === login.toLowerCase());
  return key ? state.users[key] : void 0;
}
function resolveRef(state, ref) {
  const name = ref.replace(/^refs\//, "").replace(/^heads\//, "");
  if (state.branches[name]) return state.branches[name];
  const pullRef = /^pull\/(\d+)\/(head|merge)$/.exec(name);
  if (pullRef) return state.pulls.find((p) => p.number === Number(pullRef[1]))?.head.sha;
  if (state.commits[ref]) return ref;
  if (/^[0-9a-f]{7,40}$/.test(ref)) {
    const matches2 = Object.keys(state.commits).filter((sha) => sha.startsWith(ref));
    if (matches2.length === 1) return matches2[0];
  }
  return void 0;
}
function collaboratorPermission(state, login) {
  if (login.toLowerCase() === state.owner.login.toLowerCase()) return "admin";
  const key = Object.keys(state.collaborators).find((k) => k.toLowerCase() === login.toLowerCase());
  return key ? state.collaborators[key] : void 0;
}

// test-support/github/unified-diff.ts
function splitLines(text) {
  if (text === "") return [];
  const lines = text.split("\n");
  if (text.endsWith("\n")) lines.pop();
  return lines;
}
var MAX_LCS_CELLS = 4e6;
function editScript(a, b) {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const midA = a.slice(prefix, a.length - suffix);
  const midB = b.slice(prefix, b.length - suffix);
  const edits = a.slice(0, prefix).map((text) => ({ op: " ", text }));
  if (midA.length * midB.length > MAX_LCS_CELLS) {
    for (const text of midA) edits.push({ op: "-", text });
    for (const text of midB) edits.push({ op: "+", text });
  } else {
    const n = midA.length;
    const m = midB.length;
    const table = new Uint32Array((n + 1) * (m + 1));
    for (let i2 = n - 1; i2 >= 0; i2--) {
      for (let j2 = m - 1; j2 >= 0; j2--) {
        table[i2 * (m + 1) + j2] = midA[i2] === midB[j2] ? table[(i2 + 1) * (m + 1) + j2 + 1] + 1 : Math.max(table[(i2 + 1) * (m + 1) + j2], table[i2 * (m + 1) + j2 + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) {
        edits.push({ op: " ", text: midA[i] });
        i++;
        j++;
      } else if (i < n && (j === m || table[(i + 1) * (m + 1) + j] >= table[i * (m + 1) + j + 1])) {
        edits.push({ op: "-", text: midA[i++] });
      } else {
        edits.push({ op: "+", text: midB[j++] });
      }
    }
  }
  for (const text of a.slice(a.length - suffix)) edits.push({ op: " ", text });
  return edits;
}
function range(start, count) {
  const first = count === 0 ? start : start + 1;
  return count === 1 ? `${first}` : `${first},${count}`;
}
function createPatch(before, after, context = 3) {
  const edits = editScript(splitLines(before), splitLines(after));
  const changed = edits.map((e, index) => e.op === " " ? -1 : index).filter((index) => index >= 0);
  const hunks = [];
  let additions = 0;
  let deletions = 0;
  let k = 0;
  while (k < changed.length) {
    const start = Math.max(0, changed[k] - context);
    let end = changed[k];
    while (k + 1 < changed.length && changed[k + 1] - end <= 2 * context) end = changed[++k];
    k++;
    const stop = Math.min(edits.length - 1, end + context);
    let oldStart = 0;
    let newStart = 0;
    for (let i = 0; i < start; i++) {
      if (edits[i].op !== "+") oldStart++;
      if (edits[i].op !== "-") newStart++;
    }
    let oldCount = 0;
    let newCount = 0;
    const body = [];
    for (let i = start; i <= stop; i++) {
      const edit = edits[i];
      body.push(`${edit.op}${edit.text}`);
      if (edit.op !== "+") oldCount++;
      if (edit.op !== "-") newCount++;
      if (edit.op === "+") additions++;
      if (edit.op === "-") deletions++;
    }
    hunks.push([`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`, ...body].join("\n"));
  }
  return { patch: hunks.join("\n"), additions, deletions };
}

// test-support/github/commit-history.ts
var RENAME_SIMILARITY = 0.5;
function isBinary(content) {
  return content.includes("\0");
}
function ancestors(state, sha) {
  const seen = /* @__PURE__ */ new Set();
  const queue = [sha];
  while (queue.length) {
    const current = queue.shift();
    if (seen.has(current) || !state.commits[current]) continue;
    seen.add(current);
    queue.push(...state.commits[current].parents);
  }
  return [...seen];
}
function findMergeBase(state, head, base) {
  const baseAncestors = new Set(ancestors(state, base));
  return ancestors(state, head).find((sha) => baseAncestors.has(sha));
}
function mergeBase(state, head, base) {
  return findMergeBase(state, head, base) ?? base;
}
function pullCommits(state, head, base) {
  const stop = new Set(ancestors(state, base));
  const list2 = [];
  let current = head;
  while (current && !stop.has(current) && state.commits[current]) {
    list2.push(current);
    current = state.commits[current].parents[0];
  }
  return list2.reverse();
}
function commitsNotIn(state, head, base) {
  const excluded = new Set(ancestors(state, base));
  const wanted = new Set(ancestors(state, head).filter((sha) => !excluded.has(sha)));
  const ordered = [];
  const placed = /* @__PURE__ */ new Set();
  while (placed.size < wanted.size) {
    const ready = [...wanted].filter((sha) => !placed.has(sha) && state.commits[sha].parents.every((p) => !wanted.has(p) || placed.has(p))).sort((a, b) => state.commits[a].date.localeCompare(state.commits[b].date) || a.localeCompare(b));
    const next = ready[0];
    placed.add(next);
    ordered.push(next);
  }
  return ordered;
}
function lineCount(text) {
  if (text === "") return 0;
  return text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}
function similarity(before, after) {
  if (before === after) return 1;
  const longest = Math.max(lineCount(before), lineCount(after));
  if (longest === 0) return 1;
  const { deletions } = createPatch(before, after);
  return (lineCount(before) - deletions) / longest;
}
function fileDiff(filename, before, after) {
  const status = before === void 0 ? "added" : after === void 0 ? "removed" : "modified";
  const file = { filename, status, additions: 0, deletions: 0, sha: gitBlobSha(after ?? before ?? "") };
  if (!isBinary(before ?? "") && !isBinary(after ?? "")) Object.assign(file, createPatch(before ?? "", after ?? ""));
  return file;
}
function diffFiles(before, after, opts = {}) {
  const paths = [.../* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const changed = paths.filter((path) => before[path] !== after[path]);
  const renamedFrom = /* @__PURE__ */ new Map();
  if (opts.detectRenames) {
    const removed = changed.filter((p) => after[p] === void 0 && !isBinary(before[p]));
    const added = changed.filter((p) => before[p] === void 0 && !isBinary(after[p]));
    const candidates = [];
    for (const from of removed) {
      for (const to of added) {
        const score = similarity(before[from], after[to]);
        if (score >= RENAME_SIMILARITY) candidates.push({ from, to, score });
      }
    }
    candidates.sort((a, b) => b.score - a.score || a.to.localeCompare(b.to) || a.from.localeCompare(b.from));
    const usedSources = /* @__PURE__ */ new Set();
    for (const c of candidates) {
      if (usedSources.has(c.from) || renamedFrom.has(c.to)) continue;
      usedSources.add(c.from);
      renamedFrom.set(c.to, c.from);
    }
    const sources = new Set(renamedFrom.values());
    changed.splice(0, changed.length, ...changed.filter((p) => !sources.has(p)));
  }
  return changed.map((path) => {
    const from = renamedFrom.get(path);
    if (from === void 0) return fileDiff(path, before[path], after[path]);
    const file = fileDiff(path, before[from], after[path]);
    file.status = "renamed";
    file.previousFilename = from;
    if (before[from] === after[path]) delete file.patch;
    return file;
  });
}
function diffText(files) {
  return files.map((f) => {
    const from = f.previousFilename ?? f.filename;
    const header2 = `diff --git a/${from} b/${f.filename}
--- ${f.status === "added" ? "/dev/null" : `a/${from}`}
+++ ${f.status === "removed" ? "/dev/null" : `b/${f.filename}`}
`;
    return `${header2}${f.patch ?? ""}
`;
  }).join("");
}

// test-support/github/representations.ts
function nodeId(prefix, id) {
  return `${prefix}_${Buffer.from(`${prefix}:${id}`).toString("base64url")}`;
}
function repoPath(ctx) {
  return `${ctx.state.owner.login}/${ctx.state.repo.name}`;
}
function repoApi(ctx) {
  return `${ctx.apiUrl}/repos/${repoPath(ctx)}`;
}
function renderUser(ctx, login) {
  const user = findUser(ctx.state, login) ?? { login, id: 0, type: "User", name: null, email: null };
  const api = `${ctx.apiUrl}/users/${encodeURIComponent(user.login)}`;
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type === "Organization" ? "O" : user.type === "Bot" ? "BOT" : "U", user.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: "",
    url: api,
    html_url: `${ctx.htmlUrl}/${user.type === "Bot" ? `apps/${user.login.replace(/\[bot\]$/, "")}` : user.login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    user_view_type: "public",
    site_admin: false
  };
}
function renderRepository(ctx, forkOf) {
  const { state } = ctx;
  const ownerLogin = forkOf?.owner ?? state.owner.login;
  const name = forkOf?.name ?? state.repo.name;
  const isFork = forkOf !== void 0 && ownerLogin.toLowerCase() !== state.owner.login.toLowerCase();
  const full = `${ownerLogin}/${name}`;
  const api = `${ctx.apiUrl}/repos/${full}`;
  const html = `${ctx.htmlUrl}/${full}`;
  const id = isFork ? state.repo.id + 1e6 + (findUser(state, ownerLogin)?.id ?? 0) : state.repo.id;
  const openIssues = isFork ? 0 : state.issues.filter((i) => i.state === "open").length;
  return {
    id,
    node_id: nodeId("R", id),
    name,
    full_name: full,
    owner: renderUser(ctx, ownerLogin),
    private: state.repo.private,
    html_url: html,
    description: null,
    fork: isFork,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://github.com/${full}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@github.com:${full}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${html}.git`,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: html,
    homepage: null,
    language: "HCL",
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 100,
    default_branch: state.repo.defaultBranch,
    open_issues_count: openIssues,
    open_issues: openIssues,
    is_template: false,
    topics: [],
    has_issues: !isFork,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: state.repo.private ? "private" : "public",
    pushed_at: state.repo.createdAt,
    created_at: state.repo.createdAt,
    updated_at: state.repo.createdAt,
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null
  };
}
function renderLabel(ctx, label) {
  return {
    id: label.id,
    node_id: nodeId("LA", label.id),
    url: `${repoApi(ctx)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: label.default
  };
}
function labelsOf(ctx, names) {
  return names.flatMap((name) => {
    const label = ctx.state.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
    return label ? [renderLabel(ctx, label)] : [];
  });
}
function authorAssociation(ctx, login) {
  if (login.toLowerCase() === ctx.state.owner.login.toLowerCase()) return "OWNER";
  const inOrgTeam = ctx.state.teams.some((t) => t.members.some((m) => m.toLowerCase() === login.toLowerCase()));
  if (ctx.state.owner.type === "Organization" && inOrgTeam) return "MEMBER";
  if (collaboratorPermission(ctx.state, login)) return "COLLABORATOR";
  return "CONTRIBUTOR";
}
function reactions(url) {
  return { url: `${url}/reactions`, total_count: 0, "+1": 0, "-1": 0, laugh: 0, confused: 0, heart: 0, hooray: 0, eyes: 0, rocket: 0 };
}
function renderIssue(ctx, issue) {
  const api = `${repoApi(ctx)}/issues/${issue.number}`;
  const kind = issue.isPullRequest ? "pull" : "issues";
  const comments = ctx.state.issueComments.filter((c) => c.issueNumber === issue.number).length;
  const out = {
    id: issue.id,
    node_id: nodeId(issue.isPullRequest ? "PR" : "I", issue.id),
    url: api,
    repository_url: repoApi(ctx),
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: `${ctx.htmlUrl}/${repoPath(ctx)}/${kind}/${issue.number}`,
    timeline_url: `${api}/timeline`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: renderUser(ctx, issue.author),
    labels: labelsOf(ctx, issue.labels),
    assignee: issue.assignees[0] ? renderUser(ctx, issue.assignees[0]) : null,
    assignees: issue.assignees.map((a) => renderUser(ctx, a)),
    milestone: null,
    locked: issue.locked,
    active_lock_reason: null,
    comments,
    closed_at: issue.closedAt,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_by: issue.closedBy ? renderUser(ctx, issue.closedBy) : null,
    author_association: authorAssociation(ctx, issue.author),
    reactions: reactions(api)
  };
  if (issue.isPullRequest) {
    const pull = ctx.state.pulls.find((p) => p.number === issue.number);
    const pullApi = `${repoApi(ctx)}/pulls/${issue.number}`;
    out["draft"] = pull?.draft ?? false;
    out["pull_request"] = {
      url: pullApi,
      html_url: `${ctx.htmlUrl}/${repoPath(ctx)}/pull/${issue.number}`,
      diff_url: `${ctx.htmlUrl}/${repoPath(ctx)}/pull/${issue.number}.diff`,
      patch_url: `${ctx.htmlUrl}/${repoPath(ctx)}/pull/${issue.number}.patch`,
      merged_at: pull?.mergedAt ?? null
    };
  }
  return out;
}
function renderTeam(ctx, team) {
  const org = ctx.state.owner.login;
  const api = `${ctx.apiUrl}/organizations/${ctx.state.owner.id}/team/${team.id}`;
  return {
    id: team.id,
    node_id: nodeId("T", team.id),
    url: api,
    html_url: `${ctx.htmlUrl}/orgs/${org}/teams/${team.slug}`,
    name: team.name,
    slug: team.slug,
    description: team.description,
    privacy: team.privacy,
    notification_setting: "notifications_enabled",
    permission: team.repoPermission === "read" ? "pull" : team.repoPermission === "write" ? "push" : team.repoPermission ?? "pull",
    members_url: `${api}/members{/member}`,
    repositories_url: `${api}/repos`,
    type: "organization",
    organization_id: ctx.state.owner.id,
    parent: null
  };
}
function renderPull(ctx, pull, full) {
  const { state } = ctx;
  const issue = state.issues.find((i) => i.number === pull.number);
  const api = `${repoApi(ctx)}/pulls/${pull.number}`;
  const issueApi = `${repoApi(ctx)}/issues/${pull.number}`;
  const html = `${ctx.htmlUrl}/${repoPath(ctx)}/pull/${pull.number}`;
  const statuses = `${repoApi(ctx)}/statuses/${pull.head.sha}`;
  const headRepo = renderRepository(ctx, pull.headRepo);
  const baseRepo = renderRepository(ctx);
  const assignees = issue?.assignees ?? [];
  const out = {
    url: api,
    id: pull.id,
    node_id: nodeId("PR", pull.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueApi,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${repoApi(ctx)}/pulls/comments{/number}`,
    comments_url: `${issueApi}/comments`,
    statuses_url: statuses,
    number: pull.number,
    state: pull.state,
    locked: issue?.locked ?? false,
    title: pull.title,
    user: renderUser(ctx, pull.author),
    body: pull.body,
    labels: labelsOf(ctx, issue?.labels ?? []),
    milestone: null,
    active_lock_reason: null,
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: pull.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: null,
    assignee: assignees[0] ? renderUser(ctx, assignees[0]) : null,
    assignees: assignees.map((a) => renderUser(ctx, a)),
    requested_reviewers: pull.requestedReviewers.map((r) => renderUser(ctx, r)),
    requested_teams: pull.requestedTeams.flatMap((slug) => {
      const team = state.teams.find((t) => t.slug === slug);
      return team ? [renderTeam(ctx, team)] : [];
    }),
    head: {
      label: `${pull.headRepo.owner}:${pull.head.ref}`,
      ref: pull.head.ref,
      sha: pull.head.sha,
      user: renderUser(ctx, pull.headRepo.owner),
      repo: headRepo
    },
    base: {
      label: `${state.owner.login}:${pull.base.ref}`,
      ref: pull.base.ref,
      sha: pull.base.sha,
      user: renderUser(ctx, state.owner.login),
      repo: baseRepo
    },
    _links: {
      self: { href: api },
      html: { href: html },
      issue: { href: issueApi },
      comments: { href: `${issueApi}/comments` },
      review_comments: { href: `${api}/comments` },
      review_comment: { href: `${repoApi(ctx)}/pulls/comments{/number}` },
      commits: { href: `${api}/commits` },
      statuses: { href: statuses }
    },
    author_association: authorAssociation(ctx, pull.author),
    auto_merge: null,
    draft: pull.draft
  };
  if (full) {
    Object.assign(out, {
      merged: pull.merged,
      mergeable: pull.state === "open" ? true : null,
      rebaseable: pull.state === "open" ? true : null,
      mergeable_state: pull.state === "open" ? "clean" : "unknown",
      merged_by: null,
      comments: state.issueComments.filter((c) => c.issueNumber === pull.number).length,
      review_comments: state.reviewComments.filter((c) => c.pullNumber === pull.number).length,
      maintainer_can_modify: pull.headRepo.fork,
      commits: pull.commits.length,
      additions: pull.files.reduce((n, f) => n + f.additions, 0),
      deletions: pull.files.reduce((n, f) => n + f.deletions, 0),
      changed_files: pull.files.length
    });
  }
  return out;
}
function renderPullFile(ctx, pull, file) {
  return renderDiffEntry(ctx, pull.head.sha, file);
}
function renderDiffEntry(ctx, sha, file) {
  const encoded = file.filename.split("/").map(encodeURIComponent).join("/");
  const out = {
    sha: file.sha,
    filename: file.filename,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.additions + file.deletions,
    blob_url: `${ctx.htmlUrl}/${repoPath(ctx)}/blob/${sha}/${encoded}`,
    raw_url: `${ctx.htmlUrl}/${repoPath(ctx)}/raw/${sha}/${encoded}`,
    contents_url: `${repoApi(ctx)}/contents/${encoded}?ref=${sha}`
  };
  if (file.patch !== void 0) out["patch"] = file.patch;
  if (file.previousFilename !== void 0) out["previous_filename"] = file.previousFilename;
  return out;
}
function renderCommit(ctx, sha) {
  const commit = ctx.state.commits[sha];
  const api = `${repoApi(ctx)}/commits/${sha}`;
  const person = { name: commit.author, email: `${commit.author}@users.noreply.github.com`, date: commit.date };
  return {
    url: api,
    sha,
    node_id: nodeId("C", parseInt(sha.slice(0, 8), 16)),
    html_url: `${ctx.htmlUrl}/${repoPath(ctx)}/commit/${sha}`,
    comments_url: `${api}/comments`,
    commit: {
      url: `${repoApi(ctx)}/git/commits/${sha}`,
      author: person,
      committer: person,
      message: commit.message,
      comment_count: 0,
      tree: { sha: treeSha(commit.files), url: `${repoApi(ctx)}/git/trees/${treeSha(commit.files)}` },
      verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null }
    },
    author: renderUser(ctx, commit.author),
    committer: renderUser(ctx, commit.author),
    parents: commit.parents.map((p) => ({ sha: p, url: `${repoApi(ctx)}/commits/${p}`, html_url: `${ctx.htmlUrl}/${repoPath(ctx)}/commit/${p}` }))
  };
}
function renderReview(ctx, review) {
  const pullApi = `${repoApi(ctx)}/pulls/${review.pullNumber}`;
  const html = `${ctx.htmlUrl}/${repoPath(ctx)}/pull/${review.pullNumber}#pullrequestreview-${review.id}`;
  const out = {
    id: review.id,
    node_id: nodeId("PRR", review.id),
    user: renderUser(ctx, review.user),
    body: review.body,
    state: review.state,
    html_url: html,
    pull_request_url: pullApi,
    author_association: authorAssociation(ctx, review.user),
    _links: { html: { href: html }, pull_request: { href: pullApi } },
    commit_id: review.commitId
  };
  if (review.submittedAt) out["submitted_at"] = review.submittedAt;
  return out;
}
function renderReviewComment(ctx, comment) {
  const api = `${repoApi(ctx)}/pulls/comments/${comment.id}`;
  const pullApi = `${repoApi(ctx)}/pulls/${comment.pullNumber}`;
  const html = `${ctx.htmlUrl}/${repoPath(ctx)}/pull/${comment.pullNumber}#discussion_r${comment.id}`;
  const out = {
    url: api,
    pull_request_review_id: comment.reviewId,
    id: comment.id,
    node_id: nodeId("PRRC", comment.id),
    diff_hunk: comment.diffHunk,
    path: comment.path,
    position: comment.position,
    original_position: comment.originalPosition,
    commit_id: comment.commitId,
    original_commit_id: comment.originalCommitId,
    user: renderUser(ctx, comment.user),
    body: comment.body,
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    html_url: html,
    pull_request_url: pullApi,
    author_association: authorAssociation(ctx, comment.user),
    _links: { self: { href: api }, html: { href: html }, pull_request: { href: pullApi } },
    start_line: comment.startLine,
    original_start_line: comment.startLine,
    start_side: comment.startSide,
    line: comment.line,
    original_line: comment.originalLine,
    side: comment.side ?? "RIGHT",
    subject_type: comment.subjectType,
    reactions: reactions(api)
  };
  if (comment.inReplyToId !== null) out["in_reply_to_id"] = comment.inReplyToId;
  for (const key of ["position", "original_position", "line", "original_line"]) if (out[key] === null) delete out[key];
  return out;
}
function renderIssueComment(ctx, comment) {
  const api = `${repoApi(ctx)}/issues/comments/${comment.id}`;
  const isPull = ctx.state.issues.find((i) => i.number === comment.issueNumber)?.isPullRequest ?? false;
  return {
    id: comment.id,
    node_id: nodeId("IC", comment.id),
    url: api,
    html_url: `${ctx.htmlUrl}/${repoPath(ctx)}/${isPull ? "pull" : "issues"}/${comment.issueNumber}#issuecomment-${comment.id}`,
    body: comment.body,
    user: renderUser(ctx, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    issue_url: `${repoApi(ctx)}/issues/${comment.issueNumber}`,
    author_association: authorAssociation(ctx, comment.user),
    performed_via_github_app: null,
    reactions: reactions(api)
  };
}
function renderStatus(ctx, status, withCreator) {
  const out = {
    url: `${repoApi(ctx)}/statuses/${status.sha}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${findUser(ctx.state, status.creator)?.id ?? 0}?v=4`,
    id: status.id,
    node_id: nodeId("SC", status.id),
    state: status.state,
    description: status.description,
    target_url: status.targetUrl,
    context: status.context,
    created_at: status.createdAt,
    updated_at: status.updatedAt
  };
  if (withCreator) out["creator"] = renderUser(ctx, status.creator);
  return out;
}
function renderCheckRun(ctx, run) {
  const api = `${repoApi(ctx)}/check-runs/${run.id}`;
  const appSlug = run.creator.replace(/\[bot\]$/, "");
  return {
    id: run.id,
    head_sha: run.headSha,
    node_id: nodeId("CR", run.id),
    external_id: run.externalId ?? "",
    url: api,
    html_url: `${ctx.htmlUrl}/${repoPath(ctx)}/runs/${run.id}`,
    details_url: run.detailsUrl ?? `${ctx.htmlUrl}/${repoPath(ctx)}/runs/${run.id}`,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.annotations.length,
      annotations_url: `${api}/annotations`
    },
    name: run.name,
    check_suite: { id: run.id + 5e5 },
    app: {
      id: 15368,
      slug: appSlug,
      node_id: nodeId("A", 15368),
      owner: renderUser(ctx, ctx.state.owner.login),
      name: appSlug,
      description: "Automate your workflow from idea to production",
      external_url: "https://help.github.com/en/actions",
      html_url: `${ctx.htmlUrl}/apps/${appSlug}`,
      created_at: ctx.state.repo.createdAt,
      updated_at: ctx.state.repo.createdAt,
      permissions: { checks: "write", contents: "read", metadata: "read", pull_requests: "write", statuses: "write", issues: "write" },
      events: ["check_run", "pull_request", "push"]
    },
    pull_requests: []
  };
}

// test-support/github/request-context.ts
var GitHubApiError = class extends Error {
  constructor(status, body, headers = {}) {
    super(String(body["message"]));
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
  status;
  body;
  headers;
};
function docsUrl(ctx) {
  return ctx.operation.docsUrl ?? "https://docs.github.com/rest";
}
function fail(ctx, status, message, extra = {}) {
  throw new GitHubApiError(status, { message, ...extra, documentation_url: docsUrl(ctx), status: String(status) });
}
function notFound(ctx) {
  fail(ctx, 404, "Not Found");
}
function validationFailed(ctx, errors) {
  fail(ctx, 422, "Validation Failed", { errors });
}
function unprocessable(ctx, errors) {
  fail(ctx, 422, "Unprocessable Entity", { errors });
}
function requireActor(ctx) {
  if (!ctx.actor) fail(ctx, 401, "Requires authentication");
  return ctx.actor;
}
function now(ctx) {
  return isoSeconds(ctx.clock.now());
}
var MAX_BODY_LENGTH = 65536;
function checkBodyLength(ctx, resource, body) {
  if (typeof body === "string" && body.length > MAX_BODY_LENGTH) {
    validationFailed(ctx, [
      { resource, code: "custom", field: "body", message: `body is too long (maximum is ${MAX_BODY_LENGTH} characters)` }
    ]);
  }
}
function integer(value) {
  return typeof value === "number" ? value : Number(value);
}
function pageParams(ctx) {
  const perPageRaw = ctx.query["per_page"];
  const pageRaw = ctx.query["page"];
  const perPage = Math.min(100, Math.max(1, typeof perPageRaw === "number" ? perPageRaw : 30));
  const page = Math.max(1, typeof pageRaw === "number" ? pageRaw : 1);
  return { page, perPage };
}
function linkHeader(ctx, page, lastPage) {
  if (lastPage <= 1) return void 0;
  const link = (p, rel) => {
    const url = new URL(ctx.requestUrl.pathname + ctx.requestUrl.search, ctx.apiUrl);
    url.searchParams.set("page", String(p));
    return `<${url.toString()}>; rel="${rel}"`;
  };
  const parts = [];
  if (page > 1) parts.push(link(Math.min(page - 1, lastPage), "prev"));
  if (page < lastPage) parts.push(link(page + 1, "next"), link(lastPage, "last"));
  if (page > 1) parts.push(link(1, "first"));
  return parts.join(", ");
}
function paginate2(ctx, items, render, wrap) {
  const { page, perPage } = pageParams(ctx);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage).map(render);
  const link = linkHeader(ctx, page, lastPage);
  return { status: 200, body: wrap ? wrap(slice) : slice, headers: link ? { link } : {} };
}
function sameLogin(a, b) {
  return a.toLowerCase() === b.toLowerCase();
}

// test-support/github/commit-routes.ts
var MAX_COMPARE_FILES = 300;
var MAX_UNPAGED_COMPARE_COMMITS = 250;
var COMMIT_FILES_PER_PAGE = 300;
var MAX_COMMIT_FILES = 3e3;
var DIFF_MEDIA_TYPE = /application\/vnd\.github(\.v3)?\.diff/;
function resolveCompareRef(ctx, side) {
  const colon = side.indexOf(":");
  if (colon <= 0) return resolveRef(ctx.state, side);
  const owner = side.slice(0, colon);
  let ref = side.slice(colon + 1);
  const inNetwork = sameLogin(owner, ctx.state.owner.login) || ctx.state.pulls.some((p) => p.headRepo.fork && sameLogin(p.headRepo.owner, owner));
  if (!inNetwork) return void 0;
  const repoColon = ref.indexOf(":");
  if (repoColon > 0) {
    if (!sameLogin(ref.slice(0, repoColon), ctx.state.repo.name)) return void 0;
    ref = ref.slice(repoColon + 1);
  }
  return resolveRef(ctx.state, ref);
}
function requestedPagination(ctx) {
  return ctx.requestUrl.searchParams.has("page") || ctx.requestUrl.searchParams.has("per_page");
}
var compareCommits = (ctx) => {
  const basehead = ctx.path["basehead"] !== void 0 ? String(ctx.path["basehead"]) : `${String(ctx.path["base"])}...${String(ctx.path["head"])}`;
  const separator = basehead.indexOf("...");
  if (separator <= 0) notFound(ctx);
  const baseSide = basehead.slice(0, separator);
  const headSide = basehead.slice(separator + 3);
  const base = resolveCompareRef(ctx, baseSide);
  const head = resolveCompareRef(ctx, headSide);
  if (!base || !head) notFound(ctx);
  const mergeBase2 = findMergeBase(ctx.state, head, base);
  if (!mergeBase2) fail(ctx, 404, `No common ancestor between ${baseSide} and ${headSide}.`);
  const ahead = commitsNotIn(ctx.state, head, base);
  const behind = commitsNotIn(ctx.state, base, head);
  const status = ahead.length === 0 ? behind.length === 0 ? "identical" : "behind" : behind.length === 0 ? "ahead" : "diverged";
  const files = diffFiles(ctx.state.commits[mergeBase2].files, ctx.state.commits[head].files, { detectRenames: true });
  if (DIFF_MEDIA_TYPE.test(ctx.accept)) {
    return { status: 200, text: { contentType: "application/vnd.github.v3.diff; charset=utf-8", content: diffText(files) } };
  }
  let commits;
  let page = 1;
  const headers = {};
  if (requestedPagination(ctx)) {
    const params = pageParams(ctx);
    page = params.page;
    commits = ahead.slice((page - 1) * params.perPage, page * params.perPage);
    const link = linkHeader(ctx, page, Math.max(1, Math.ceil(ahead.length / params.perPage)));
    if (link) headers["link"] = link;
  } else {
    commits = ahead.slice(-MAX_UNPAGED_COMPARE_COMMITS);
  }
  const html = `${ctx.htmlUrl}/${repoPath(ctx)}/compare/${encodeURI(basehead)}`;
  const owner = ctx.state.owner.login;
  const body = {
    url: `${ctx.apiUrl}/repos/${repoPath(ctx)}/compare/${encodeURI(basehead)}`,
    html_url: html,
    permalink_url: `${ctx.htmlUrl}/${repoPath(ctx)}/compare/${owner}:${base}...${owner}:${head}`,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    base_commit: renderCommit(ctx, base),
    merge_base_commit: renderCommit(ctx, mergeBase2),
    status,
    ahead_by: ahead.length,
    behind_by: behind.length,
    total_commits: ahead.length,
    commits: commits.map((sha) => renderCommit(ctx, sha)),
    // "The list of changed files is only shown on the first page of results."
    ...page === 1 ? { files: files.slice(0, MAX_COMPARE_FILES).map((f) => renderDiffEntry(ctx, head, f)) } : {}
  };
  return { status: 200, body, headers };
};
var getCommit = (ctx) => {
  const ref = String(ctx.path["ref"]);
  const sha = resolveRef(ctx.state, ref);
  if (!sha) fail(ctx, 422, `No commit found for SHA: ${ref}`);
  const commit = ctx.state.commits[sha];
  const parent = commit.parents[0];
  const all = diffFiles(parent ? ctx.state.commits[parent].files : {}, commit.files, { detectRenames: true });
  if (DIFF_MEDIA_TYPE.test(ctx.accept)) {
    return { status: 200, text: { contentType: "application/vnd.github.v3.diff; charset=utf-8", content: diffText(all) } };
  }
  const listed = all.slice(0, MAX_COMMIT_FILES);
  const perPageRaw = ctx.query["per_page"];
  const perPage = typeof perPageRaw === "number" ? Math.min(COMMIT_FILES_PER_PAGE, Math.max(1, perPageRaw)) : COMMIT_FILES_PER_PAGE;
  const { page } = pageParams(ctx);
  const link = linkHeader(ctx, page, Math.max(1, Math.ceil(listed.length / perPage)));
  const additions = all.reduce((n, f) => n + f.additions, 0);
  const deletions = all.reduce((n, f) => n + f.deletions, 0);
  return {
    status: 200,
    body: {
      ...renderCommit(ctx, sha),
      stats: { additions, deletions, total: additions + deletions },
      files: listed.slice((page - 1) * perPage, page * perPage).map((f) => renderDiffEntry(ctx, sha, f))
    },
    headers: link ? { link } : {}
  };
};
var commitRoutes = {
  "repos/get-commit": getCommit,
  "repos/compare-commits-with-basehead": compareCommits,
  "repos/compare-commits": compareCommits
};

// test-support/github/diff-lines.ts
var HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
function parsePatch(patch) {
  const hunks = [];
  let current;
  let oldLine = 0;
  let newLine = 0;
  let oldLeft = 0;
  let newLeft = 0;
  let position = -1;
  for (const text of patch.split("\n")) {
    const header2 = HUNK_HEADER.exec(text);
    if (header2) {
      position++;
      current = { header: text, headerPosition: position, lines: [] };
      hunks.push(current);
      oldLine = Number(header2[1]);
      newLine = Number(header2[3]);
      oldLeft = header2[2] === void 0 ? 1 : Number(header2[2]);
      newLeft = header2[4] === void 0 ? 1 : Number(header2[4]);
      continue;
    }
    if (!current || text.startsWith("\\")) continue;
    if (text.startsWith("+") && newLeft > 0) {
      position++;
      newLeft--;
      current.lines.push({ kind: "added", newLine: newLine++, position, text });
    } else if (text.startsWith("-") && oldLeft > 0) {
      position++;
      oldLeft--;
      current.lines.push({ kind: "deleted", oldLine: oldLine++, position, text });
    } else if ((text.startsWith(" ") || text === "") && oldLeft > 0 && newLeft > 0) {
      position++;
      oldLeft--;
      newLeft--;
      current.lines.push({ kind: "context", oldLine: oldLine++, newLine: newLine++, position, text });
    }
  }
  return hunks;
}
function locateLine(hunks, side, lineNumber) {
  for (let hunkIndex = 0; hunkIndex < hunks.length; hunkIndex++) {
    for (const line of hunks[hunkIndex].lines) {
      if (side === "RIGHT" && line.kind !== "deleted" && line.newLine === lineNumber) return { hunkIndex, line };
      if (side === "LEFT" && line.kind !== "added" && line.oldLine === lineNumber) return { hunkIndex, line };
    }
  }
  return void 0;
}
function locatePosition(hunks, position) {
  for (let hunkIndex = 0; hunkIndex < hunks.length; hunkIndex++) {
    const line = hunks[hunkIndex].lines.find((l) => l.position === position);
    if (line) return { hunkIndex, line };
  }
  return void 0;
}
function diffHunkText(hunks, location) {
  const hunk = hunks[location.hunkIndex];
  const lines = [hunk.header];
  for (const l of hunk.lines) if (l.position <= location.line.position) lines.push(l.text);
  return lines.join("\n");
}

// test-support/github/pull-records.ts
function openPullRecord(state, clock, o) {
  const baseRef = o.baseRef ?? state.repo.defaultBranch;
  const baseSha = state.branches[baseRef];
  const headSha = state.branches[o.headRef];
  if (!baseSha || !headSha) throw new Error(`openPullRequest: branch ${baseSha ? o.headRef : baseRef} has no commits; call commit() first`);
  ensureUser(state, o.author);
  if (o.fork) ensureUser(state, o.fork.owner);
  const at = isoSeconds(clock.now());
  const number = state.nextNumber++;
  const labels = o.labels ?? [];
  for (const name of labels) {
    if (!state.labels.some((l) => l.name === name)) state.labels.push({ id: nextId(state), name, color: "ededed", description: null, default: false });
  }
  const pull = {
    number,
    id: nextId(state),
    title: o.title ?? `Change ${o.headRef}`,
    body: o.body ?? null,
    author: o.author,
    state: "open",
    draft: o.draft ?? false,
    merged: false,
    head: { ref: o.headRef, sha: headSha },
    base: { ref: baseRef, sha: baseSha },
    headRepo: o.fork ? { owner: o.fork.owner, name: o.fork.name ?? state.repo.name, fork: true } : { owner: state.owner.login, name: state.repo.name, fork: false },
    files: [],
    commits: [],
    requestedReviewers: [],
    requestedTeams: [],
    createdAt: at,
    updatedAt: at,
    closedAt: null,
    mergedAt: null
  };
  refreshPull(state, pull, o.files);
  state.pulls.push(pull);
  state.issues.push({
    number,
    id: nextId(state),
    title: pull.title,
    body: pull.body,
    author: o.author,
    state: "open",
    stateReason: null,
    labels,
    assignees: [],
    locked: false,
    createdAt: at,
    updatedAt: at,
    closedAt: null,
    closedBy: null,
    isPullRequest: true
  });
  return pull;
}
function movePullHead(state, clock, pull, sha) {
  pull.head.sha = sha;
  if (!pull.headRepo.fork) state.branches[pull.head.ref] = sha;
  pull.updatedAt = isoSeconds(clock.now());
  refreshPull(state, pull);
  for (const comment of state.reviewComments.filter((c) => c.pullNumber === pull.number && c.subjectType === "line")) {
    const file = pull.files.find((f) => f.filename === comment.path);
    const hunks = parsePatch(file?.patch ?? "");
    const location = comment.line !== null && comment.side ? locateLine(hunks, comment.side, comment.line) : void 0;
    const lastLine = comment.diffHunk.split("\n").pop();
    if (location && location.line.text === lastLine) {
      comment.position = location.line.position;
      comment.commitId = sha;
      comment.diffHunk = diffHunkText(hunks, location);
    } else {
      comment.position = null;
      comment.line = null;
    }
  }
  return pull;
}
function refreshPull(state, pull, seeds) {
  pull.commits = pullCommits(state, pull.head.sha, pull.base.sha);
  if (seeds) {
    pull.files = seeds.map((f) => {
      const counts = f.patch ? parsePatch(f.patch).flatMap((h) => h.lines) : [];
      return {
        filename: f.filename,
        status: f.status ?? "modified",
        additions: f.additions ?? counts.filter((l) => l.kind === "added").length,
        deletions: f.deletions ?? counts.filter((l) => l.kind === "deleted").length,
        ...f.patch !== void 0 ? { patch: f.patch } : {},
        ...f.previousFilename !== void 0 ? { previousFilename: f.previousFilename } : {},
        sha: gitBlobSha(`${f.filename}
${f.patch ?? ""}`)
      };
    });
    return;
  }
  const base = mergeBase(state, pull.head.sha, pull.base.sha);
  pull.files = diffFiles(state.commits[base].files, state.commits[pull.head.sha].files);
}

// test-support/github/git-data-routes.ts
function gitCommit(ctx, sha) {
  const commit = ctx.state.commits[sha];
  const person = { name: commit.author, email: `${commit.author}@users.noreply.github.com`, date: commit.date };
  const tree = treeSha(commit.files);
  return {
    sha,
    node_id: nodeId("C", parseInt(sha.slice(0, 8), 16)),
    url: `${repoApi(ctx)}/git/commits/${sha}`,
    html_url: `${ctx.htmlUrl}/${repoPath(ctx)}/commit/${sha}`,
    author: person,
    committer: person,
    tree: { sha: tree, url: `${repoApi(ctx)}/git/trees/${tree}` },
    message: commit.message,
    parents: commit.parents.map((p) => ({ sha: p, url: `${repoApi(ctx)}/git/commits/${p}`, html_url: `${ctx.htmlUrl}/${repoPath(ctx)}/commit/${p}` })),
    verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null }
  };
}
function gitRef(ctx, branch, sha) {
  return {
    ref: `refs/heads/${branch}`,
    node_id: `REF_${Buffer.from(`heads/${branch}`).toString("base64url")}`,
    url: `${repoApi(ctx)}/git/refs/heads/${branch}`,
    object: { type: "commit", sha, url: `${repoApi(ctx)}/git/commits/${sha}` }
  };
}
function treeEntries(ctx, files) {
  const entries = /* @__PURE__ */ new Map();
  for (const [path, content] of Object.entries(files)) {
    const slash = path.indexOf("/");
    if (slash === -1) {
      const sha = gitBlobSha(content);
      entries.set(path, { path, mode: "100644", type: "blob", sha, size: Buffer.byteLength(content), url: `${repoApi(ctx)}/git/blobs/${sha}` });
    } else {
      const dir = path.slice(0, slash);
      const inner = Object.fromEntries(Object.entries(files).filter(([p]) => p.startsWith(`${dir}/`)).map(([p, c]) => [p.slice(dir.length + 1), c]));
      const sha = treeSha(inner);
      entries.set(dir, { path: dir, mode: "040000", type: "tree", sha, url: `${repoApi(ctx)}/git/trees/${sha}` });
    }
  }
  return [...entries.values()].sort((a, b) => String(a["path"]) < String(b["path"]) ? -1 : 1);
}
var createTree = (ctx) => {
  requireActor(ctx);
  const baseTree = ctx.body["base_tree"];
  const files = {};
  if (baseTree !== void 0) {
    const base = resolveTree(ctx.state, baseTree);
    if (!base) fail(ctx, 422, `base_tree ${baseTree} is not a valid tree`);
    Object.assign(files, base);
  }
  for (const entry of ctx.body["tree"] ?? []) {
    const path = entry.path.replace(/^\/+/, "");
    if (path === "" || path.split("/").some((part) => part === "" || part === "." || part === ".." || part === ".git")) {
      fail(ctx, 422, `tree.path contains a malformed path component`);
    }
    if (entry.type !== void 0 && entry.type !== "blob") fail(ctx, 422, `the emulator writes blob entries only (got ${entry.type})`);
    if (entry.sha !== void 0 && entry.content !== void 0) fail(ctx, 422, "Use either tree.sha or content, not both");
    if (entry.content !== void 0) files[path] = entry.content;
    else if (entry.sha === null) {
      if (files[path] === void 0) fail(ctx, 422, `tree.path ${path} does not exist and cannot be deleted`);
      delete files[path];
    } else {
      const content = entry.sha === void 0 ? void 0 : ctx.state.blobs[entry.sha];
      if (content === void 0) fail(ctx, 422, `tree.sha ${String(entry.sha)} is not a valid blob`);
      files[path] = content;
    }
  }
  const sha = treeSha(files);
  ctx.state.trees[sha] = files;
  return { status: 201, body: { sha, url: `${repoApi(ctx)}/git/trees/${sha}`, truncated: false, tree: treeEntries(ctx, files) } };
};
var createCommit = (ctx) => {
  const actor = requireActor(ctx);
  const tree = String(ctx.body["tree"]);
  const files = resolveTree(ctx.state, tree);
  if (!files) fail(ctx, 422, `Tree SHA does not exist`);
  const parents = ctx.body["parents"] ?? [];
  for (const p of parents) if (!ctx.state.commits[p]) fail(ctx, 422, "Parent SHA does not exist or is not a commit object");
  const message = String(ctx.body["message"]);
  const date = now(ctx);
  const author = actor.login;
  const sha = commitSha({ message, parents, files, date, author });
  ctx.state.commits[sha] = { sha, message, parents, author, date, files: { ...files } };
  return { status: 201, body: gitCommit(ctx, sha) };
};
function branchOfRef(ref) {
  const m = /^(?:refs\/)?heads\/(.+)$/.exec(ref);
  return m ? m[1] : void 0;
}
function branchMoved(ctx, branch, sha) {
  ctx.state.branches[branch] = sha;
  for (const pull of ctx.state.pulls) {
    if (pull.state === "open" && !pull.headRepo.fork && pull.head.ref === branch) movePullHead(ctx.state, ctx.clock, pull, sha);
  }
}
function isAncestor(state, ancestor, of) {
  return ancestors(state, of).includes(ancestor);
}
function validRefName(ref) {
  return /^refs\/[^/]+\/.+/.test(ref) && !/\.\.|[\s~^:?*[\\\x00-\x1f\x7f]|@\{|\/\/|\/\.|\.lock$|\/$|\.$/.test(ref);
}
var gitDataRoutes = {
  "git/create-blob": (ctx) => {
    requireActor(ctx);
    const encoding = ctx.body["encoding"] ?? "utf-8";
    if (encoding !== "utf-8" && encoding !== "base64") fail(ctx, 422, `encoding must be utf-8 or base64`);
    const raw = String(ctx.body["content"]);
    const content = encoding === "base64" ? Buffer.from(raw, "base64").toString("utf8") : raw;
    const sha = gitBlobSha(content);
    ctx.state.blobs[sha] = content;
    return { status: 201, body: { url: `${repoApi(ctx)}/git/blobs/${sha}`, sha } };
  },
  "git/create-tree": createTree,
  "git/create-commit": createCommit,
  "git/get-commit": (ctx) => {
    const sha = String(ctx.path["commit_sha"]);
    if (!ctx.state.commits[sha]) notFound(ctx);
    return { status: 200, body: gitCommit(ctx, sha) };
  },
  "git/create-ref": (ctx) => {
    requireActor(ctx);
    const ref = String(ctx.body["ref"]);
    const sha = String(ctx.body["sha"]);
    if (!validRefName(ref)) fail(ctx, 422, `${ref} is not a valid ref name.`);
    const branch = branchOfRef(ref);
    if (branch === void 0) fail(ctx, 422, `the emulator creates branch refs (refs/heads/...) only`);
    if (ctx.state.branches[branch] !== void 0) fail(ctx, 422, "Reference already exists");
    if (!ctx.state.commits[sha]) fail(ctx, 422, "Object does not exist");
    ctx.state.branches[branch] = sha;
    return { status: 201, body: gitRef(ctx, branch, sha) };
  },
  "git/update-ref": (ctx) => {
    requireActor(ctx);
    const branch = branchOfRef(String(ctx.path["ref"]));
    const current = branch === void 0 ? void 0 : ctx.state.branches[branch];
    if (branch === void 0 || current === void 0) fail(ctx, 422, "Reference does not exist");
    const sha = String(ctx.body["sha"]);
    if (!ctx.state.commits[sha]) fail(ctx, 422, "Object does not exist");
    if (ctx.body["force"] !== true && sha !== current && !isAncestor(ctx.state, current, sha)) fail(ctx, 422, "Update is not a fast forward");
    branchMoved(ctx, branch, sha);
    return { status: 200, body: gitRef(ctx, branch, sha) };
  },
  "pulls/create": (ctx) => {
    const actor = requireActor(ctx);
    checkBodyLength(ctx, "PullRequest", ctx.body["body"]);
    const base = String(ctx.body["base"]);
    const headSpec = String(ctx.body["head"]);
    const colon = headSpec.indexOf(":");
    const headOwner = colon > 0 ? headSpec.slice(0, colon) : ctx.state.owner.login;
    const head = colon > 0 ? headSpec.slice(colon + 1) : headSpec;
    const missing = (field) => ({ resource: "PullRequest", field, code: "invalid" });
    if (headOwner.toLowerCase() !== ctx.state.owner.login.toLowerCase() || ctx.state.branches[head] === void 0) validationFailed(ctx, [missing("head")]);
    if (ctx.state.branches[base] === void 0) validationFailed(ctx, [missing("base")]);
    const label = `${ctx.state.owner.login}:${head}`;
    if (ctx.state.pulls.some((p) => p.state === "open" && !p.headRepo.fork && p.head.ref === head && p.base.ref === base)) {
      validationFailed(ctx, [{ resource: "PullRequest", code: "custom", message: `A pull request already exists for ${label}.` }]);
    }
    if (isAncestor(ctx.state, ctx.state.branches[head], ctx.state.branches[base])) {
      validationFailed(ctx, [{ resource: "PullRequest", code: "custom", message: `No commits between ${base} and ${head}` }]);
    }
    const pull = openPullRecord(ctx.state, ctx.clock, {
      author: actor.login,
      headRef: head,
      baseRef: base,
      title: String(ctx.body["title"] ?? ""),
      body: ctx.body["body"] ?? null,
      draft: ctx.body["draft"] === true
    });
    return { status: 201, body: { ...renderPull(ctx, pull, true), user: renderUser(ctx, actor.login) } };
  }
};

// test-support/github/issue-routes.ts
function issueOf(ctx) {
  const issue = ctx.state.issues.find((i) => i.number === integer(ctx.path["issue_number"]));
  if (!issue) notFound(ctx);
  return issue;
}
function labelNames(value) {
  if (!Array.isArray(value)) return [];
  return value.map((l) => typeof l === "string" ? l : String(l.name ?? ""));
}
function ensureLabels(ctx, names) {
  return names.map((name) => {
    const existing = ctx.state.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
    if (existing) return existing.name;
    ctx.state.labels.push({ id: nextId(ctx.state), name, color: "ededed", description: null, default: false });
    return name;
  });
}
function isAssignable(ctx, login) {
  return collaboratorPermission(ctx.state, login) !== void 0;
}
function assigneesFrom(ctx, resource) {
  const list2 = ctx.body["assignees"];
  const single = ctx.body["assignee"];
  const logins = list2 ?? (single === void 0 ? void 0 : single === null ? [] : [single]);
  if (logins === void 0) return void 0;
  for (const login of logins) {
    if (!isAssignable(ctx, login)) validationFailed(ctx, [{ value: login, resource, field: "assignees", code: "invalid" }]);
  }
  return [...new Set(logins)].slice(0, 10);
}
function applyState(ctx, issue, login) {
  const state = ctx.body["state"];
  const reason = ctx.body["state_reason"];
  if (state === "closed" && issue.state !== "closed") {
    issue.state = "closed";
    issue.closedAt = now(ctx);
    issue.closedBy = login;
    issue.stateReason = reason ?? "completed";
  } else if (state === "open" && issue.state !== "open") {
    issue.state = "open";
    issue.closedAt = null;
    issue.stateReason = "reopened";
  } else if (reason !== void 0 && reason !== null) {
    issue.stateReason = reason;
  }
  const pull = issue.isPullRequest ? ctx.state.pulls.find((p) => p.number === issue.number) : void 0;
  if (pull) {
    pull.state = issue.state;
    pull.closedAt = issue.closedAt;
  }
}
function commentOf(ctx) {
  const comment = ctx.state.issueComments.find((c) => c.id === integer(ctx.path["comment_id"]));
  if (!comment) notFound(ctx);
  return comment;
}
function labelOf(ctx) {
  const name = String(ctx.path["name"]);
  const label = ctx.state.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
  if (!label) notFound(ctx);
  return label;
}
function issueLabels(ctx, issue) {
  return issue.labels.flatMap((name) => {
    const label = ctx.state.labels.find((l) => l.name === name);
    return label ? [renderLabel(ctx, label)] : [];
  });
}
function matchesAssignee(issue, assignee) {
  if (assignee === void 0) return true;
  if (assignee === "*") return issue.assignees.length > 0;
  if (assignee === "none") return issue.assignees.length === 0;
  return issue.assignees.some((a) => sameLogin(a, assignee));
}
var issueRoutes = {
  "issues/create": (ctx) => {
    const actor = requireActor(ctx);
    checkBodyLength(ctx, "Issue", ctx.body["body"]);
    const assignees = assigneesFrom(ctx, "Issue") ?? [];
    const labels = ensureLabels(ctx, labelNames(ctx.body["labels"]));
    const at = now(ctx);
    const issue = {
      number: ctx.state.nextNumber++,
      id: nextId(ctx.state),
      title: String(ctx.body["title"]),
      body: ctx.body["body"] ?? null,
      author: actor.login,
      state: "open",
      stateReason: null,
      labels,
      assignees,
      locked: false,
      createdAt: at,
      updatedAt: at,
      closedAt: null,
      closedBy: null,
      isPullRequest: false
    };
    ctx.state.issues.push(issue);
    return { status: 201, body: renderIssue(ctx, issue) };
  },
  "issues/get": (ctx) => ({ status: 200, body: renderIssue(ctx, issueOf(ctx)) }),
  "issues/update": (ctx) => {
    const actor = requireActor(ctx);
    const issue = issueOf(ctx);
    checkBodyLength(ctx, "Issue", ctx.body["body"]);
    const assignees = assigneesFrom(ctx, "Issue");
    if (ctx.body["title"] !== void 0 && ctx.body["title"] !== null) issue.title = String(ctx.body["title"]);
    if (ctx.body["body"] !== void 0) issue.body = ctx.body["body"];
    if (ctx.body["labels"] !== void 0) issue.labels = ensureLabels(ctx, labelNames(ctx.body["labels"]));
    if (assignees !== void 0) issue.assignees = assignees;
    applyState(ctx, issue, actor.login);
    issue.updatedAt = now(ctx);
    return { status: 200, body: renderIssue(ctx, issue) };
  },
  "issues/list-for-repo": (ctx) => {
    const state = ctx.query["state"] ?? "open";
    const labels = typeof ctx.query["labels"] === "string" ? ctx.query["labels"].split(",").map((l) => l.trim().toLowerCase()).filter(Boolean) : [];
    const assignee = ctx.query["assignee"];
    const creator = ctx.query["creator"];
    const since = ctx.query["since"];
    const issues = ctx.state.issues.filter(
      (i) => (state === "all" || i.state === state) && labels.every((l) => i.labels.some((name) => name.toLowerCase() === l)) && matchesAssignee(i, assignee) && (creator === void 0 || sameLogin(i.author, creator)) && (since === void 0 || i.updatedAt >= since)
    );
    const key = ctx.query["sort"] === "updated" ? "updatedAt" : "createdAt";
    const direction = ctx.query["direction"] === "asc" ? 1 : -1;
    issues.sort((a, b) => direction * (a[key].localeCompare(b[key]) || a.number - b.number));
    return paginate2(ctx, issues, (i) => renderIssue(ctx, i));
  },
  "issues/add-labels": (ctx) => {
    requireActor(ctx);
    const issue = issueOf(ctx);
    const names = ensureLabels(ctx, labelNames(ctx.body["labels"] ?? ctx.body));
    for (const name of names) if (!issue.labels.includes(name)) issue.labels.push(name);
    issue.updatedAt = now(ctx);
    return { status: 200, body: issueLabels(ctx, issue) };
  },
  "issues/set-labels": (ctx) => {
    requireActor(ctx);
    const issue = issueOf(ctx);
    issue.labels = ensureLabels(ctx, labelNames(ctx.body["labels"]));
    issue.updatedAt = now(ctx);
    return { status: 200, body: issueLabels(ctx, issue) };
  },
  "issues/remove-label": (ctx) => {
    requireActor(ctx);
    const issue = issueOf(ctx);
    const name = String(ctx.path["name"]).toLowerCase();
    if (!issue.labels.some((l) => l.toLowerCase() === name)) notFound(ctx);
    issue.labels = issue.labels.filter((l) => l.toLowerCase() !== name);
    return { status: 200, body: issueLabels(ctx, issue) };
  },
  "issues/list-labels-on-issue": (ctx) => {
    const issue = issueOf(ctx);
    return paginate2(ctx, issue.labels, (name) => renderLabel(ctx, ctx.state.labels.find((l) => l.name === name)));
  },
  "issues/add-assignees": (ctx) => {
    requireActor(ctx);
    const issue = issueOf(ctx);
    for (const login of ctx.body["assignees"] ?? []) {
      if (isAssignable(ctx, login) && !issue.assignees.some((a) => sameLogin(a, login)) && issue.assignees.length < 10) issue.assignees.push(login);
    }
    issue.updatedAt = now(ctx);
    return { status: 201, body: renderIssue(ctx, issue) };
  },
  "issues/remove-assignees": (ctx) => {
    requireActor(ctx);
    const issue = issueOf(ctx);
    const remove = ctx.body["assignees"] ?? [];
    issue.assignees = issue.assignees.filter((a) => !remove.some((r) => sameLogin(r, a)));
    issue.updatedAt = now(ctx);
    return { status: 200, body: renderIssue(ctx, issue) };
  },
  "issues/check-user-can-be-assigned": (ctx) => {
    if (!isAssignable(ctx, String(ctx.path["assignee"]))) notFound(ctx);
    return { status: 204 };
  },
  "issues/list-comments": (ctx) => {
    const issue = issueOf(ctx);
    const since = ctx.query["since"];
    const comments = ctx.state.issueComments.filter((c) => c.issueNumber === issue.number && (since === void 0 || c.updatedAt >= since));
    return paginate2(ctx, comments, (c) => renderIssueComment(ctx, c));
  },
  "issues/create-comment": (ctx) => {
    const actor = requireActor(ctx);
    const issue = issueOf(ctx);
    checkBodyLength(ctx, "IssueComment", ctx.body["body"]);
    const at = now(ctx);
    const comment = { id: nextId(ctx.state), issueNumber: issue.number, user: actor.login, body: String(ctx.body["body"]), createdAt: at, updatedAt: at };
    ctx.state.issueComments.push(comment);
    issue.updatedAt = at;
    return { status: 201, body: renderIssueComment(ctx, comment) };
  },
  "issues/get-comment": (ctx) => ({ status: 200, body: renderIssueComment(ctx, commentOf(ctx)) }),
  "issues/update-comment": (ctx) => {
    requireActor(ctx);
    const comment = commentOf(ctx);
    checkBodyLength(ctx, "IssueComment", ctx.body["body"]);
    comment.body = String(ctx.body["body"]);
    comment.updatedAt = now(ctx);
    return { status: 200, body: renderIssueComment(ctx, comment) };
  },
  "issues/delete-comment": (ctx) => {
    requireActor(ctx);
    const comment = commentOf(ctx);
    ctx.state.issueComments = ctx.state.issueComments.filter((c) => c.id !== comment.id);
    return { status: 204 };
  },
  "issues/create-label": (ctx) => {
    requireActor(ctx);
    const name = String(ctx.body["name"]);
    if (ctx.state.labels.some((l) => l.name.toLowerCase() === name.toLowerCase())) {
      validationFailed(ctx, [{ resource: "Label", code: "already_exists", field: "name" }]);
    }
    const color = String(ctx.body["color"] ?? "ededed").replace(/^#/, "");
    if (!/^[0-9a-fA-F]{6}$/.test(color)) validationFailed(ctx, [{ resource: "Label", code: "invalid", field: "color" }]);
    const label = { id: nextId(ctx.state), name, color: color.toLowerCase(), description: ctx.body["description"] ?? null, default: false };
    ctx.state.labels.push(label);
    return { status: 201, body: renderLabel(ctx, label) };
  },
  "issues/get-label": (ctx) => ({ status: 200, body: renderLabel(ctx, labelOf(ctx)) }),
  "issues/update-label": (ctx) => {
    requireActor(ctx);
    const label = labelOf(ctx);
    if (typeof ctx.body["new_name"] === "string") label.name = ctx.body["new_name"];
    if (typeof ctx.body["color"] === "string") label.color = ctx.body["color"].replace(/^#/, "").toLowerCase();
    if (ctx.body["description"] !== void 0) label.description = ctx.body["description"] ?? null;
    return { status: 200, body: renderLabel(ctx, label) };
  },
  "issues/list-labels-for-repo": (ctx) => paginate2(ctx, ctx.state.labels, (l) => renderLabel(ctx, l))
};

// test-support/github/openapi.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_ajv_formats = __toESM(require_dist2(), 1);
import { readFileSync as readFileSync4 } from "node:fs";
import { createRequire as createRequire3 } from "node:module";
var SPEC_BASE = "https://emulator.invalid/api.github.com.json";
var loaded;
function spec() {
  if (loaded) return loaded;
  const require3 = createRequire3(import.meta.url);
  const file = require3.resolve("@octokit/openapi/generated/api.github.com.json");
  const raw = JSON.parse(readFileSync4(file, "utf8"));
  const schemas = {};
  for (const [name, schema] of Object.entries(raw.components.schemas)) schemas[name] = toJsonSchema(schema);
  const ajv = new import_ajv.Ajv({ strict: false, allErrors: true, logger: false, validateSchema: false });
  import_ajv_formats.default.default(ajv);
  for (const format of ["repo.nwo", "timestamp", "int32", "int64", "double", "binary"]) ajv.addFormat(format, true);
  ajv.addSchema({ $id: SPEC_BASE, components: { schemas } }, SPEC_BASE);
  const routesByMethod = /* @__PURE__ */ new Map();
  for (const [template, item] of Object.entries(raw.paths)) {
    const shared = item["parameters"] ?? [];
    for (const [method, op] of Object.entries(item)) {
      if (!["get", "post", "put", "patch", "delete"].includes(method)) continue;
      const parameters = [...shared, ...op["parameters"] ?? []].map((p) => resolveParameter(raw, p));
      const requestBody = op["requestBody"];
      const responses = op["responses"] ?? {};
      const operation = {
        operationId: String(op["operationId"]),
        method: method.toUpperCase(),
        template,
        docsUrl: op["externalDocs"]?.["url"] ?? void 0,
        parameters,
        hasRequestBody: requestBody !== void 0,
        requestBodyRequired: requestBody?.["required"] === true,
        responseStatuses: Object.keys(responses)
      };
      const paramNames = [];
      let literalSegments = 0;
      const segments = template.split("/").slice(1);
      const pattern = segments.map((segment, index) => {
        const param = /^\{(\w+)\}$/.exec(segment);
        if (!param) {
          literalSegments++;
          return escapeRegex(segment).replace(/\\\{(\w+)\\\}/g, (_m, name) => {
            paramNames.push(name);
            return "([^/]+)";
          });
        }
        paramNames.push(param[1]);
        const last = index === segments.length - 1;
        return last && ["path", "ref", "basehead"].includes(param[1]) ? "(.+)" : "([^/]+)";
      }).join("/");
      const route = { operation, regex: new RegExp(`^/${pattern}$`), paramNames, literalSegments };
      const list2 = routesByMethod.get(operation.method) ?? [];
      list2.push(route);
      routesByMethod.set(operation.method, list2);
    }
  }
  for (const list2 of routesByMethod.values()) list2.sort((a, b) => b.literalSegments - a.literalSegments);
  loaded = { raw, routesByMethod, ajv, validators: /* @__PURE__ */ new Map() };
  return loaded;
}
function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function resolveRef2(raw, node) {
  let current = node;
  while (current && typeof current === "object" && !Array.isArray(current) && typeof current["$ref"] === "string") {
    const parts = current["$ref"].replace(/^#\//, "").split("/");
    let target = raw;
    for (const part of parts) target = target[part.replace(/~1/g, "/").replace(/~0/g, "~")];
    current = target;
  }
  return current;
}
function resolveParameter(raw, node) {
  const p = resolveRef2(raw, node);
  return {
    name: String(p["name"]),
    in: p["in"],
    required: p["required"] === true,
    schema: toJsonSchema(p["schema"] ?? {})
  };
}
function toJsonSchema(node) {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "nullable" || key === "example" || key === "examples" || key === "discriminator") continue;
    if (key === "enum" || key === "default" || key === "const") out[key] = value;
    else if (key === "$ref" && typeof value === "string" && value.startsWith("#/")) out[key] = `${SPEC_BASE}${value}`;
    else if (key === "properties" || key === "patternProperties") {
      const props = {};
      for (const [name, schema] of Object.entries(value)) props[name] = toJsonSchema(schema);
      out[key] = props;
    } else out[key] = toJsonSchema(value);
  }
  if (node["nullable"] === true) {
    if (typeof out["type"] === "string" && !("$ref" in out)) {
      out["type"] = [out["type"], "null"];
      if (Array.isArray(out["enum"]) && !out["enum"].includes(null)) out["enum"] = [...out["enum"], null];
      return out;
    }
    return { anyOf: [out, { type: "null" }] };
  }
  return out;
}
function matchRoute(method, path) {
  const routes = spec().routesByMethod.get(method) ?? [];
  for (const route of routes) {
    const m = route.regex.exec(path);
    if (!m) continue;
    const pathParams = {};
    route.paramNames.forEach((name, i) => {
      pathParams[name] = decodeURIComponent(m[i + 1]);
    });
    return { operation: route.operation, pathParams };
  }
  return void 0;
}
function validatorFor(key, build) {
  const { validators, ajv } = spec();
  if (validators.has(key)) return validators.get(key);
  const schema = build();
  const validate = schema === void 0 ? void 0 : ajv.compile(schema);
  if (validate) validators.set(key, validate);
  return validate;
}
function operationNode(op) {
  return spec().raw.paths[op.template][op.method.toLowerCase()];
}
function describe2(errors, location) {
  return (errors ?? []).map((e) => ({
    location: `${location}${e.instancePath}`,
    message: `${e.message ?? "invalid"}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ""}`
  }));
}
function coerceParameter(value, schema) {
  const type = Array.isArray(schema["type"]) ? schema["type"][0] : schema["type"];
  if (type === "integer" || type === "number") return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  if (type === "boolean") return value === "true" ? true : value === "false" ? false : value;
  if (type === "array") return value.split(",");
  return value;
}
function validateParameters(op, values) {
  const violations = [];
  const query = {};
  const path = {};
  op.parameters.forEach((param, index) => {
    if (param.in !== "path" && param.in !== "query") return;
    const rawValue = param.in === "path" ? values.path[param.name] : values.query.get(param.name) ?? void 0;
    if (rawValue === void 0) {
      if (param.required) violations.push({ location: `${param.in}.${param.name}`, message: "is required" });
      return;
    }
    const value = coerceParameter(rawValue, param.schema);
    const validate = validatorFor(`${op.operationId} param ${index}`, () => param.schema);
    if (validate && !validate(value)) violations.push(...describe2(validate.errors, `${param.in}.${param.name}`));
    (param.in === "path" ? path : query)[param.name] = value;
  });
  return { violations, query, path };
}
function validateRequestBody(op, body) {
  if (body === void 0) {
    return op.requestBodyRequired ? [{ location: "body", message: "request body is required" }] : [];
  }
  const validate = validatorFor(`${op.operationId} request`, () => {
    const requestBody = resolveRef2(spec().raw, operationNode(op)["requestBody"] ?? null);
    const content = requestBody?.["content"];
    const schema = content?.["application/json"]?.["schema"];
    return schema === void 0 ? void 0 : toJsonSchema(schema);
  });
  if (!validate) return [];
  return validate(body) ? [] : describe2(validate.errors, "body");
}
function validateResponseBody(op, status, body) {
  const key = String(status);
  if (!op.responseStatuses.includes(key)) {
    return status >= 400 ? [] : [{ location: "response", message: `status ${status} is not documented for ${op.operationId}` }];
  }
  const validate = validatorFor(`${op.operationId} response ${key}`, () => {
    const response = resolveRef2(spec().raw, operationNode(op)["responses"][key] ?? null);
    const content = response?.["content"];
    const schema = content?.["application/json"]?.["schema"];
    return schema === void 0 ? void 0 : toJsonSchema(schema);
  });
  if (!validate) {
    if (status >= 400 || body === void 0) return [];
    return [{ location: "response", message: `status ${status} of ${op.operationId} is documented without a body` }];
  }
  return validate(body) ? [] : describe2(validate.errors, "response");
}

// test-support/github/pull-request-routes.ts
var MAX_LISTED_FILES = 3e3;
var MAX_LISTED_COMMITS = 250;
function pullOf(ctx) {
  const pull = ctx.state.pulls.find((p) => p.number === integer(ctx.path["pull_number"]));
  if (!pull) notFound(ctx);
  return pull;
}
function reviewOf(ctx, pull) {
  const review = ctx.state.reviews.find((r) => r.id === integer(ctx.path["review_id"]) && r.pullNumber === pull.number);
  if (!review) notFound(ctx);
  if (review.state === "PENDING" && !(ctx.actor && sameLogin(ctx.actor.login, review.user))) notFound(ctx);
  return review;
}
function visibleComments(ctx, comments) {
  return comments.filter((c) => {
    const review = ctx.state.reviews.find((r) => r.id === c.reviewId);
    return review?.state !== "PENDING" || ctx.actor !== void 0 && sameLogin(ctx.actor.login, review.user);
  });
}
function placeComment(pull, c) {
  const file = pull.files.find((f) => f.filename === c.path);
  if (!file) return "Path could not be resolved";
  if (c.subject_type === "file") {
    return { path: c.path, body: c.body, subjectType: "file", line: null, side: null, startLine: null, startSide: null, position: null, diffHunk: "" };
  }
  const hunks = parsePatch(file.patch ?? "");
  let location;
  let side = "RIGHT";
  if (c.line !== void 0) {
    if (c.side !== void 0 && c.side !== "LEFT" && c.side !== "RIGHT") return "Side must be LEFT or RIGHT";
    side = c.side ?? "RIGHT";
    location = locateLine(hunks, side, c.line);
    if (!location) return "Line could not be resolved";
  } else if (c.position !== void 0) {
    location = locatePosition(hunks, c.position);
    if (!location) return "Position could not be resolved";
    side = location.line.kind === "deleted" ? "LEFT" : "RIGHT";
  } else {
    return "Line could not be resolved";
  }
  let startLine = null;
  let startSide = null;
  if (c.start_line !== void 0) {
    if (c.line === void 0) return "start_line requires line";
    startSide = c.start_side ?? side;
    const start = locateLine(hunks, startSide, c.start_line);
    if (!start) return "Start line could not be resolved";
    if (start.hunkIndex !== location.hunkIndex) return "start_line must be part of the same hunk as the line.";
    if (start.line.position >= location.line.position) return "start_line must precede the end line.";
    startLine = c.start_line;
  }
  const line = side === "LEFT" ? location.line.oldLine : location.line.newLine;
  return {
    path: c.path,
    body: c.body,
    subjectType: "line",
    line,
    side,
    startLine,
    startSide,
    position: location.line.position,
    diffHunk: diffHunkText(hunks, location)
  };
}
function storeComment(ctx, pull, review, placed, inReplyToId) {
  const at = now(ctx);
  const comment = {
    id: nextId(ctx.state),
    reviewId: review.id,
    pullNumber: pull.number,
    user: review.user,
    body: placed.body,
    path: placed.path,
    commitId: review.commitId,
    originalCommitId: review.commitId,
    subjectType: placed.subjectType,
    line: placed.line,
    originalLine: placed.line,
    side: placed.side,
    startLine: placed.startLine,
    startSide: placed.startSide,
    position: placed.position,
    originalPosition: placed.position,
    diffHunk: placed.diffHunk,
    inReplyToId,
    createdAt: at,
    updatedAt: at
  };
  ctx.state.reviewComments.push(comment);
  return comment;
}
var EVENT_STATES = { APPROVE: "APPROVED", REQUEST_CHANGES: "CHANGES_REQUESTED", COMMENT: "COMMENTED" };
function checkReviewEvent(ctx, pull, login, event, body, commentCount) {
  if (event === "APPROVE" && sameLogin(login, pull.author)) unprocessable(ctx, ["Can not approve your own pull request"]);
  if (event === "REQUEST_CHANGES" && sameLogin(login, pull.author)) unprocessable(ctx, ["Can not request changes on your own pull request"]);
  if (event === "REQUEST_CHANGES" && body === "") unprocessable(ctx, ["Body is required when event is REQUEST_CHANGES or COMMENT"]);
  if (event === "COMMENT" && body === "" && commentCount === 0) unprocessable(ctx, ["Body is required when event is REQUEST_CHANGES or COMMENT"]);
}
var createReview = (ctx) => {
  const actor = requireActor(ctx);
  const pull = pullOf(ctx);
  const event = ctx.body["event"];
  const body = ctx.body["body"] ?? "";
  const comments = ctx.body["comments"] ?? [];
  checkBodyLength(ctx, "PullRequestReview", body);
  for (const c of comments) checkBodyLength(ctx, "PullRequestReviewComment", c.body);
  if (ctx.state.reviews.some((r) => r.pullNumber === pull.number && r.state === "PENDING" && sameLogin(r.user, actor.login))) {
    unprocessable(ctx, ["User can only have one pending review per pull request"]);
  }
  checkReviewEvent(ctx, pull, actor.login, event, body, comments.length);
  const commitId = ctx.body["commit_id"] ?? pull.head.sha;
  if (!ctx.state.commits[commitId]) unprocessable(ctx, ["Commit could not be resolved"]);
  const placed = [];
  for (const c of comments) {
    const result = placeComment(pull, c);
    if (typeof result === "string") unprocessable(ctx, [result]);
    placed.push(result);
  }
  const at = now(ctx);
  const state = event ? EVENT_STATES[event] : "PENDING";
  const review = {
    id: nextId(ctx.state),
    pullNumber: pull.number,
    user: actor.login,
    body,
    state,
    commitId,
    submittedAt: state === "PENDING" ? null : at,
    createdAt: at
  };
  ctx.state.reviews.push(review);
  for (const p of placed) storeComment(ctx, pull, review, p, null);
  if (state !== "PENDING") removeRequestedReviewer(pull, actor.login);
  return { status: 200, body: renderReview(ctx, review) };
};
function removeRequestedReviewer(pull, login) {
  pull.requestedReviewers = pull.requestedReviewers.filter((r) => !sameLogin(r, login));
}
var submitReview = (ctx) => {
  const actor = requireActor(ctx);
  const pull = pullOf(ctx);
  const review = reviewOf(ctx, pull);
  if (review.state !== "PENDING" || !sameLogin(review.user, actor.login)) unprocessable(ctx, ["Can not submit a non-pending review"]);
  const event = ctx.body["event"];
  const body = ctx.body["body"] ?? review.body;
  checkBodyLength(ctx, "PullRequestReview", body);
  const commentCount = ctx.state.reviewComments.filter((c) => c.reviewId === review.id).length;
  checkReviewEvent(ctx, pull, actor.login, event, body, commentCount);
  review.state = EVENT_STATES[event];
  review.body = body;
  review.submittedAt = now(ctx);
  removeRequestedReviewer(pull, actor.login);
  return { status: 200, body: renderReview(ctx, review) };
};
var dismissReview = (ctx) => {
  requireActor(ctx);
  const pull = pullOf(ctx);
  const review = reviewOf(ctx, pull);
  if (review.state === "PENDING") unprocessable(ctx, ["Can not dismiss a pending pull request review"]);
  if (review.state === "COMMENTED") unprocessable(ctx, ["Can not dismiss a commented pull request review"]);
  if (review.state === "DISMISSED") unprocessable(ctx, ["Can not dismiss a dismissed pull request review"]);
  review.state = "DISMISSED";
  return { status: 200, body: renderReview(ctx, review) };
};
var deletePendingReview = (ctx) => {
  const actor = requireActor(ctx);
  const pull = pullOf(ctx);
  const review = reviewOf(ctx, pull);
  if (review.state !== "PENDING" || !sameLogin(review.user, actor.login)) unprocessable(ctx, ["Can not delete a non-pending pull request review"]);
  const rendered = renderReview(ctx, review);
  ctx.state.reviews = ctx.state.reviews.filter((r) => r.id !== review.id);
  ctx.state.reviewComments = ctx.state.reviewComments.filter((c) => c.reviewId !== review.id);
  return { status: 200, body: rendered };
};
var updateReview = (ctx) => {
  const actor = requireActor(ctx);
  const pull = pullOf(ctx);
  const review = reviewOf(ctx, pull);
  if (!sameLogin(review.user, actor.login)) fail(ctx, 403, "Resource not accessible by integration");
  checkBodyLength(ctx, "PullRequestReview", ctx.body["body"]);
  review.body = ctx.body["body"];
  return { status: 200, body: renderReview(ctx, review) };
};
var createReviewComment = (ctx) => {
  const actor = requireActor(ctx);
  const pull = pullOf(ctx);
  checkBodyLength(ctx, "PullRequestReviewComment", ctx.body["body"]);
  const inReplyTo = ctx.body["in_reply_to"];
  if (inReplyTo !== void 0) return reply(ctx, pull, inReplyTo);
  const commitId = ctx.body["commit_id"];
  if (commitId === void 0 || !ctx.state.commits[commitId]) {
    fail(ctx, 422, "Validation Failed", { errors: [{ resource: "PullRequestReviewComment", code: "invalid", field: "commit_id" }] });
  }
  const placed = placeComment(pull, ctx.body);
  if (typeof placed === "string") {
    fail(ctx, 422, "Validation Failed", { errors: [{ resource: "PullRequestReviewComment", code: "custom", field: "pull_request_review_thread", message: placed }] });
  }
  let review = ctx.state.reviews.find((r) => r.pullNumber === pull.number && r.state === "PENDING" && sameLogin(r.user, actor.login));
  if (!review) {
    const at = now(ctx);
    review = { id: nextId(ctx.state), pullNumber: pull.number, user: actor.login, body: "", state: "COMMENTED", commitId, submittedAt: at, createdAt: at };
    ctx.state.reviews.push(review);
  }
  return { status: 201, body: renderReviewComment(ctx, storeComment(ctx, pull, review, placed, null)) };
};
function reply(ctx, pull, parentId) {
  const actor = requireActor(ctx);
  const parent = ctx.state.reviewComments.find((c) => c.id === parentId && c.pullNumber === pull.number);
  if (!parent) notFound(ctx);
  const root = parent.inReplyToId ?? parent.id;
  const at = now(ctx);
  const review = { id: nextId(ctx.state), pullNumber: pull.number, user: actor.login, body: "", state: "COMMENTED", commitId: parent.commitId, submittedAt: at, createdAt: at };
  ctx.state.reviews.push(review);
  const comment = storeComment(
    ctx,
    pull,
    review,
    {
      path: parent.path,
      body: ctx.body["body"],
      subjectType: parent.subjectType,
      line: parent.line,
      side: parent.side,
      startLine: parent.startLine,
      startSide: parent.startSide,
      position: parent.position,
      diffHunk: parent.diffHunk
    },
    root
  );
  return { status: 201, body: renderReviewComment(ctx, comment) };
}
function commentOf2(ctx) {
  const comment = ctx.state.reviewComments.find((c) => c.id === integer(ctx.path["comment_id"]));
  if (!comment || visibleComments(ctx, [comment]).length === 0) notFound(ctx);
  return comment;
}
function sortComments(ctx, comments) {
  const direction = ctx.query["direction"] === "desc" ? -1 : 1;
  const key = ctx.query["sort"] === "updated" ? "updatedAt" : "createdAt";
  return [...comments].sort((a, b) => direction * (a[key].localeCompare(b[key]) || a.id - b.id));
}
function requestedReviewers(ctx, pull) {
  return {
    users: pull.requestedReviewers.map((login) => renderUser(ctx, login)),
    teams: pull.requestedTeams.flatMap((slug) => {
      const team = ctx.state.teams.find((t) => t.slug === slug);
      return team ? [renderTeam(ctx, team)] : [];
    })
  };
}
var pullRequestRoutes = {
  "pulls/get": (ctx) => {
    const pull = pullOf(ctx);
    if (/application\/vnd\.github(\.v3)?\.diff/.test(ctx.accept)) {
      return { status: 200, text: { contentType: "application/vnd.github.v3.diff; charset=utf-8", content: diffText(pull.files) } };
    }
    return { status: 200, body: renderPull(ctx, pull, true) };
  },
  "pulls/list": (ctx) => {
    const state = ctx.query["state"] ?? "open";
    const head = ctx.query["head"];
    const base = ctx.query["base"];
    const pulls = ctx.state.pulls.filter(
      (p) => (state === "all" || p.state === state) && (head === void 0 || `${p.headRepo.owner}:${p.head.ref}` === head) && (base === void 0 || p.base.ref === base)
    );
    const direction = ctx.query["direction"] === "asc" ? 1 : -1;
    pulls.sort((a, b) => direction * (a.number - b.number));
    return paginate2(ctx, pulls, (p) => renderPull(ctx, p, false));
  },
  "pulls/update": (ctx) => {
    requireActor(ctx);
    const pull = pullOf(ctx);
    const issue = ctx.state.issues.find((i) => i.number === pull.number);
    checkBodyLength(ctx, "PullRequest", ctx.body["body"]);
    if (typeof ctx.body["title"] === "string") pull.title = issue.title = ctx.body["title"];
    if (typeof ctx.body["body"] === "string") pull.body = issue.body = ctx.body["body"];
    const state = ctx.body["state"];
    if ((state === "open" || state === "closed") && state !== pull.state) {
      pull.state = issue.state = state;
      pull.closedAt = issue.closedAt = state === "closed" ? now(ctx) : null;
    }
    pull.updatedAt = issue.updatedAt = now(ctx);
    return { status: 200, body: renderPull(ctx, pull, true) };
  },
  "pulls/list-files": (ctx) => {
    const pull = pullOf(ctx);
    return paginate2(ctx, pull.files.slice(0, MAX_LISTED_FILES), (f) => renderPullFile(ctx, pull, f));
  },
  "pulls/list-commits": (ctx) => {
    const pull = pullOf(ctx);
    return paginate2(ctx, pull.commits.slice(0, MAX_LISTED_COMMITS), (sha) => renderCommit(ctx, sha));
  },
  "pulls/list-reviews": (ctx) => {
    const pull = pullOf(ctx);
    const reviews = ctx.state.reviews.filter(
      (r) => r.pullNumber === pull.number && (r.state !== "PENDING" || ctx.actor !== void 0 && sameLogin(ctx.actor.login, r.user))
    );
    return paginate2(ctx, reviews, (r) => renderReview(ctx, r));
  },
  "pulls/get-review": (ctx) => ({ status: 200, body: renderReview(ctx, reviewOf(ctx, pullOf(ctx))) }),
  "pulls/create-review": createReview,
  "pulls/submit-review": submitReview,
  "pulls/dismiss-review": dismissReview,
  "pulls/delete-pending-review": deletePendingReview,
  "pulls/update-review": updateReview,
  "pulls/list-comments-for-review": (ctx) => {
    const pull = pullOf(ctx);
    const review = reviewOf(ctx, pull);
    return paginate2(ctx, ctx.state.reviewComments.filter((c) => c.reviewId === review.id), (c) => renderReviewComment(ctx, c));
  },
  "pulls/list-review-comments": (ctx) => {
    const pull = pullOf(ctx);
    const comments = visibleComments(ctx, ctx.state.reviewComments.filter((c) => c.pullNumber === pull.number));
    return paginate2(ctx, sortComments(ctx, comments), (c) => renderReviewComment(ctx, c));
  },
  "pulls/create-review-comment": createReviewComment,
  "pulls/create-reply-for-review-comment": (ctx) => {
    const pull = pullOf(ctx);
    checkBodyLength(ctx, "PullRequestReviewComment", ctx.body["body"]);
    return reply(ctx, pull, integer(ctx.path["comment_id"]));
  },
  "pulls/get-review-comment": (ctx) => ({ status: 200, body: renderReviewComment(ctx, commentOf2(ctx)) }),
  "pulls/update-review-comment": (ctx) => {
    const actor = requireActor(ctx);
    const comment = commentOf2(ctx);
    if (!sameLogin(comment.user, actor.login)) fail(ctx, 403, "Resource not accessible by integration");
    checkBodyLength(ctx, "PullRequestReviewComment", ctx.body["body"]);
    comment.body = ctx.body["body"];
    comment.updatedAt = now(ctx);
    return { status: 200, body: renderReviewComment(ctx, comment) };
  },
  "pulls/delete-review-comment": (ctx) => {
    requireActor(ctx);
    const comment = commentOf2(ctx);
    ctx.state.reviewComments = ctx.state.reviewComments.filter((c) => c.id !== comment.id);
    return { status: 204 };
  },
  "pulls/list-requested-reviewers": (ctx) => ({ status: 200, body: requestedReviewers(ctx, pullOf(ctx)) }),
  "pulls/request-reviewers": (ctx) => {
    requireActor(ctx);
    const pull = pullOf(ctx);
    const users = ctx.body["reviewers"] ?? [];
    const teams = ctx.body["team_reviewers"] ?? [];
    if (users.some((u) => sameLogin(u, pull.author))) unprocessable(ctx, ["Review cannot be requested from pull request author."]);
    const repo = `${ctx.state.owner.login}/${ctx.state.repo.name}`;
    const notCollaborator = `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${repo} repository.`;
    if (users.some((u) => !collaboratorPermission(ctx.state, u))) unprocessable(ctx, [notCollaborator]);
    const teamRecords = teams.map((slug) => ctx.state.teams.find((t) => t.slug === slug));
    if (teamRecords.some((t) => !t || t.repoPermission === null)) unprocessable(ctx, [notCollaborator]);
    for (const u of users) if (!pull.requestedReviewers.some((r) => sameLogin(r, u))) pull.requestedReviewers.push(u);
    for (const t of teams) if (!pull.requestedTeams.includes(t)) pull.requestedTeams.push(t);
    return { status: 201, body: renderPull(ctx, pull, false) };
  },
  "pulls/remove-requested-reviewers": (ctx) => {
    requireActor(ctx);
    const pull = pullOf(ctx);
    const users = ctx.body["reviewers"] ?? [];
    const teams = ctx.body["team_reviewers"] ?? [];
    pull.requestedReviewers = pull.requestedReviewers.filter((r) => !users.some((u) => sameLogin(u, r)));
    pull.requestedTeams = pull.requestedTeams.filter((t) => !teams.includes(t));
    return { status: 200, body: renderPull(ctx, pull, false) };
  }
};

// test-support/github/repository-routes.ts
var MAX_ANNOTATIONS_PER_REQUEST = 50;
var MAX_STATUS_DESCRIPTION = 140;
function contentEntry(ctx, sha, path, content) {
  const api = `${ctx.apiUrl}/repos/${repoPath(ctx)}/contents/${path}?ref=${sha}`;
  const isFile = content !== void 0;
  const blob = isFile ? gitBlobSha(content) : gitBlobSha(`tree:${path}`);
  const html = `${ctx.htmlUrl}/${repoPath(ctx)}/${isFile ? "blob" : "tree"}/${sha}/${path}`;
  const git = `${ctx.apiUrl}/repos/${repoPath(ctx)}/git/${isFile ? "blobs" : "trees"}/${blob}`;
  return {
    type: isFile ? "file" : "dir",
    size: isFile ? Buffer.byteLength(content, "utf8") : 0,
    name: path.split("/").pop(),
    path,
    sha: blob,
    url: api,
    git_url: git,
    html_url: html,
    download_url: isFile ? `https://raw.githubusercontent.com/${repoPath(ctx)}/${sha}/${path}` : null,
    _links: { self: api, git, html }
  };
}
var getContent = (ctx) => {
  const ref = ctx.query["ref"] ?? ctx.state.repo.defaultBranch;
  const sha = resolveRef(ctx.state, ref);
  if (!sha) fail(ctx, 404, `No commit found for the ref ${ref}`);
  const files = ctx.state.commits[sha].files;
  const path = String(ctx.path["path"]).replace(/^\/+|\/+$/g, "");
  const content = files[path];
  if (content !== void 0) {
    if (/application\/vnd\.github(\.v3)?\.raw/.test(ctx.accept)) {
      return { status: 200, text: { contentType: "application/vnd.github.raw; charset=utf-8", content } };
    }
    const encoded = (Buffer.from(content, "utf8").toString("base64").match(/.{1,60}/g) ?? []).join("\n");
    return { status: 200, body: { ...contentEntry(ctx, sha, path, content), content: encoded ? `${encoded}
` : "", encoding: "base64" } };
  }
  const prefix = path === "" ? "" : `${path}/`;
  const children = /* @__PURE__ */ new Map();
  for (const [filePath, fileContent] of Object.entries(files)) {
    if (!filePath.startsWith(prefix)) continue;
    const rest = filePath.slice(prefix.length);
    const slash = rest.indexOf("/");
    if (slash === -1) children.set(rest, fileContent);
    else if (!children.has(rest.slice(0, slash))) children.set(rest.slice(0, slash), void 0);
  }
  if (children.size === 0) notFound(ctx);
  const entries = [...children.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, fileContent]) => contentEntry(ctx, sha, `${prefix}${name}`, fileContent));
  return { status: 200, body: entries };
};
function combinedState(statuses) {
  if (statuses.length === 0) return "pending";
  if (statuses.some((s) => s.state === "error" || s.state === "failure")) return "failure";
  if (statuses.some((s) => s.state === "pending")) return "pending";
  return "success";
}
function latestPerContext(ctx, sha) {
  const latest = /* @__PURE__ */ new Map();
  for (const status of ctx.state.statuses) if (status.sha === sha) latest.set(status.context, status);
  return [...latest.values()].reverse();
}
function checkRunOf(ctx) {
  const run = ctx.state.checkRuns.find((r) => r.id === integer(ctx.path["check_run_id"]));
  if (!run) notFound(ctx);
  return run;
}
function annotationsFrom(ctx) {
  const output = ctx.body["output"];
  const list2 = output?.["annotations"] ?? [];
  if (list2.length > MAX_ANNOTATIONS_PER_REQUEST) {
    validationFailed(ctx, [
      { resource: "CheckRun", code: "custom", field: "output.annotations", message: `Only ${MAX_ANNOTATIONS_PER_REQUEST} annotations are allowed per request` }
    ]);
  }
  return list2.map((a) => ({
    path: String(a["path"]),
    startLine: integer(a["start_line"]),
    endLine: integer(a["end_line"]),
    startColumn: typeof a["start_column"] === "number" ? a["start_column"] : null,
    endColumn: typeof a["end_column"] === "number" ? a["end_column"] : null,
    annotationLevel: a["annotation_level"],
    title: typeof a["title"] === "string" ? a["title"] : null,
    message: String(a["message"]),
    rawDetails: typeof a["raw_details"] === "string" ? a["raw_details"] : null
  }));
}
function applyCheckRunFields(ctx, run) {
  const b = ctx.body;
  if (typeof b["name"] === "string") run.name = b["name"];
  if (typeof b["details_url"] === "string") run.detailsUrl = b["details_url"];
  if (typeof b["external_id"] === "string") run.externalId = b["external_id"];
  if (typeof b["started_at"] === "string") run.startedAt = b["started_at"];
  if (typeof b["status"] === "string") run.status = b["status"];
  if (typeof b["conclusion"] === "string") {
    run.conclusion = b["conclusion"];
    run.status = "completed";
  }
  if (run.status === "completed") {
    if (run.conclusion === null) fail(ctx, 422, "Invalid request.\n\nNo conclusion was supplied for a completed check run.");
    run.completedAt = typeof b["completed_at"] === "string" ? b["completed_at"] : run.completedAt ?? now(ctx);
  }
  const output = b["output"];
  if (output) {
    checkBodyLength(ctx, "CheckRun", output["summary"]);
    run.output = {
      title: typeof output["title"] === "string" ? output["title"] : run.output.title,
      summary: typeof output["summary"] === "string" ? output["summary"] : run.output.summary,
      text: typeof output["text"] === "string" ? output["text"] : run.output.text
    };
    run.annotations.push(...annotationsFrom(ctx));
  }
}
function requireApp(ctx) {
  const actor = requireActor(ctx);
  if (actor.type !== "Bot") fail(ctx, 403, "You must authenticate via a GitHub App.");
  return actor.login;
}
function teamOf(ctx) {
  const org = String(ctx.path["org"]);
  const actor = ctx.actor;
  if (org.toLowerCase() !== ctx.state.owner.login.toLowerCase() || ctx.state.owner.type !== "Organization") notFound(ctx);
  if (!actor) notFound(ctx);
  if (!actor.canReadOrgTeams) {
    if (actor.type === "Bot") fail(ctx, 403, "Resource not accessible by integration");
    notFound(ctx);
  }
  const team = ctx.state.teams.find((t) => t.slug === String(ctx.path["team_slug"]));
  if (!team) notFound(ctx);
  return team;
}
var repositoryRoutes = {
  "users/get-authenticated": (ctx) => {
    const actor = requireActor(ctx);
    const user = findUser(ctx.state, actor.login);
    return {
      status: 200,
      body: {
        ...renderUser(ctx, actor.login),
        name: user.name,
        company: null,
        blog: "",
        location: null,
        email: user.email,
        hireable: null,
        bio: null,
        twitter_username: null,
        public_repos: 1,
        public_gists: 0,
        followers: 0,
        following: 0,
        created_at: ctx.state.repo.createdAt,
        updated_at: ctx.state.repo.createdAt
      }
    };
  },
  "repos/get": (ctx) => ({
    status: 200,
    body: { ...renderRepository(ctx), network_count: 0, subscribers_count: 0, ...ctx.state.owner.type === "Organization" ? { organization: renderUser(ctx, ctx.state.owner.login) } : {} }
  }),
  "repos/get-content": getContent,
  "repos/get-collaborator-permission-level": (ctx) => {
    const login = String(ctx.path["username"]);
    const user = findUser(ctx.state, login);
    if (!user) notFound(ctx);
    const role = collaboratorPermission(ctx.state, login) ?? "read";
    const permission = role === "triage" ? "read" : role === "maintain" ? "write" : role;
    const roleName = role === "read" ? "read" : role === "write" ? "write" : role;
    return {
      status: 200,
      body: {
        permission,
        role_name: roleName,
        user: {
          ...renderUser(ctx, user.login),
          role_name: roleName,
          permissions: { admin: role === "admin", maintain: role === "admin" || role === "maintain", push: ["admin", "maintain", "write"].includes(role), triage: role !== "read", pull: true }
        }
      }
    };
  },
  // "For organization-owned repositories, the authenticated user needs to be a member of the
  // organization" (docs, List repository collaborators): the workflow's installation token is not,
  // so it gets 403 there; a member's token (canReadOrgTeams) or a personal token gets the list.
  "repos/list-collaborators": (ctx) => {
    const actor = requireActor(ctx);
    if (ctx.state.owner.type === "Organization" && actor.type === "Bot" && !actor.canReadOrgTeams) fail(ctx, 403, "Resource not accessible by integration");
    const order = ["read", "triage", "write", "maintain", "admin"];
    const wanted = { pull: "read", triage: "triage", push: "write", maintain: "maintain", admin: "admin" }[String(ctx.query["permission"] ?? "pull")] ?? "read";
    const logins = [...ctx.state.owner.type === "User" ? [ctx.state.owner.login] : [], ...Object.keys(ctx.state.collaborators)];
    const listed = logins.filter((login) => order.indexOf(collaboratorPermission(ctx.state, login) ?? "read") >= order.indexOf(wanted));
    return paginate2(ctx, listed, (login) => {
      const role = collaboratorPermission(ctx.state, login) ?? "read";
      return {
        ...renderUser(ctx, login),
        role_name: role,
        permissions: { admin: role === "admin", maintain: role === "admin" || role === "maintain", push: ["admin", "maintain", "write"].includes(role), triage: role !== "read", pull: true }
      };
    });
  },
  "repos/check-collaborator": (ctx) => {
    if (!collaboratorPermission(ctx.state, String(ctx.path["username"]))) notFound(ctx);
    return { status: 204 };
  },
  "git/get-ref": (ctx) => {
    const ref = String(ctx.path["ref"]);
    const branch = ref.replace(/^heads\//, "");
    const sha = ref.startsWith("heads/") ? ctx.state.branches[branch] : void 0;
    if (!sha) notFound(ctx);
    return {
      status: 200,
      body: {
        ref: `refs/${ref}`,
        node_id: `REF_${Buffer.from(ref).toString("base64url")}`,
        url: `${ctx.apiUrl}/repos/${repoPath(ctx)}/git/refs/${ref}`,
        object: { type: "commit", sha, url: `${ctx.apiUrl}/repos/${repoPath(ctx)}/git/commits/${sha}` }
      }
    };
  },
  "repos/create-commit-status": (ctx) => {
    const actor = requireActor(ctx);
    const sha = String(ctx.path["sha"]);
    if (!ctx.state.commits[sha]) fail(ctx, 422, `No commit found for SHA: ${sha}`);
    const description = ctx.body["description"] ?? null;
    if (description !== null && description.length > MAX_STATUS_DESCRIPTION) {
      validationFailed(ctx, [{ resource: "Status", code: "custom", field: "description", message: "description is too long (maximum is 140 characters)" }]);
    }
    const at = now(ctx);
    const status = {
      id: nextId(ctx.state),
      sha,
      state: ctx.body["state"],
      context: ctx.body["context"] ?? "default",
      description,
      targetUrl: ctx.body["target_url"] ?? null,
      creator: actor.login,
      createdAt: at,
      updatedAt: at
    };
    ctx.state.statuses.push(status);
    return { status: 201, body: renderStatus(ctx, status, true) };
  },
  "repos/get-combined-status-for-ref": (ctx) => {
    const sha = resolveRef(ctx.state, String(ctx.path["ref"]));
    if (!sha) notFound(ctx);
    const statuses = latestPerContext(ctx, sha);
    return paginate2(
      ctx,
      statuses,
      (s) => renderStatus(ctx, s, false),
      (page) => ({
        state: combinedState(statuses),
        statuses: page,
        sha,
        total_count: statuses.length,
        repository: renderRepository(ctx),
        commit_url: `${ctx.apiUrl}/repos/${repoPath(ctx)}/commits/${sha}`,
        url: `${ctx.apiUrl}/repos/${repoPath(ctx)}/commits/${sha}/status`
      })
    );
  },
  "repos/list-commit-statuses-for-ref": (ctx) => {
    const sha = resolveRef(ctx.state, String(ctx.path["ref"]));
    if (!sha) notFound(ctx);
    const statuses = ctx.state.statuses.filter((s) => s.sha === sha).reverse();
    return paginate2(ctx, statuses, (s) => renderStatus(ctx, s, true));
  },
  "checks/create": (ctx) => {
    const creator = requireApp(ctx);
    const headSha = String(ctx.body["head_sha"]);
    if (!ctx.state.commits[headSha]) validationFailed(ctx, [{ resource: "CheckRun", code: "invalid", field: "head_sha" }]);
    const run = {
      id: nextId(ctx.state),
      name: String(ctx.body["name"]),
      headSha,
      status: "queued",
      conclusion: null,
      startedAt: now(ctx),
      completedAt: null,
      detailsUrl: null,
      externalId: null,
      output: { title: null, summary: null, text: null },
      annotations: [],
      creator
    };
    applyCheckRunFields(ctx, run);
    ctx.state.checkRuns.push(run);
    return { status: 201, body: renderCheckRun(ctx, run) };
  },
  "checks/update": (ctx) => {
    requireApp(ctx);
    const run = checkRunOf(ctx);
    applyCheckRunFields(ctx, run);
    return { status: 200, body: renderCheckRun(ctx, run) };
  },
  "checks/get": (ctx) => ({ status: 200, body: renderCheckRun(ctx, checkRunOf(ctx)) }),
  "checks/list-annotations": (ctx) => {
    const run = checkRunOf(ctx);
    return paginate2(ctx, run.annotations, (a) => ({
      path: a.path,
      blob_href: `${ctx.htmlUrl}/${repoPath(ctx)}/blob/${run.headSha}/${a.path}`,
      start_line: a.startLine,
      end_line: a.endLine,
      start_column: a.startColumn,
      end_column: a.endColumn,
      annotation_level: a.annotationLevel,
      title: a.title,
      message: a.message,
      raw_details: a.rawDetails
    }));
  },
  "checks/list-for-ref": (ctx) => {
    const sha = resolveRef(ctx.state, String(ctx.path["ref"]));
    if (!sha) notFound(ctx);
    const name = ctx.query["check_name"];
    const status = ctx.query["status"];
    const runs = ctx.state.checkRuns.filter((r) => r.headSha === sha && (name === void 0 || r.name === name) && (status === void 0 || r.status === status)).reverse();
    return paginate2(ctx, runs, (r) => renderCheckRun(ctx, r), (page) => ({ total_count: runs.length, check_runs: page }));
  },
  "teams/get-by-name": (ctx) => ({ status: 200, body: renderTeam(ctx, teamOf(ctx)) }),
  "teams/list-members-in-org": (ctx) => {
    const team = teamOf(ctx);
    return paginate2(ctx, team.members, (login) => renderUser(ctx, login));
  },
  "teams/get-membership-for-user-in-org": (ctx) => {
    const team = teamOf(ctx);
    const login = String(ctx.path["username"]);
    if (!team.members.some((m) => m.toLowerCase() === login.toLowerCase())) notFound(ctx);
    return { status: 200, body: { url: `${ctx.apiUrl}/orgs/${ctx.state.owner.login}/teams/${team.slug}/memberships/${login}`, role: "member", state: "active" } };
  }
};

// test-support/github/emulator.ts
var ROUTES = { ...pullRequestRoutes, ...issueRoutes, ...repositoryRoutes, ...commitRoutes, ...gitDataRoutes };
var WRITE_METHODS = /* @__PURE__ */ new Set(["POST", "PUT", "PATCH", "DELETE"]);
var SECONDARY_RATE_LIMIT_DOCS = "https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits";
function githubError(status, message, documentationUrl = "https://docs.github.com/rest") {
  return { message, documentation_url: documentationUrl, status: String(status) };
}
async function startGitHubEmulator(opts = {}) {
  const clock = opts.clock ?? steppingClock();
  const state = createInitialState({
    owner: opts.owner ?? "acme",
    repo: opts.repo ?? "infra",
    defaultBranch: opts.defaultBranch ?? "main",
    ownerType: opts.ownerType ?? "Organization",
    createdAt: isoSeconds(clock.now())
  });
  const tokens = /* @__PURE__ */ new Map();
  const requests = [];
  const validationErrors = [];
  let rateLimited = 0;
  const faults = [];
  const faultHits = [];
  let requestCounter = 0;
  let retryAfter = 1;
  let url = "";
  const htmlUrl = (opts.htmlUrl ?? "https://github.com").replace(/\/$/, "");
  function send(res, status, body, headers = {}, text) {
    const common = {
      "x-github-api-version-selected": "2022-11-28",
      "x-github-media-type": "github.v3; format=json",
      "x-github-request-id": `EMU:${(++requestCounter).toString(16).toUpperCase()}`,
      "x-ratelimit-limit": "5000",
      "x-ratelimit-remaining": "4999",
      "x-ratelimit-reset": String(Math.floor(Date.now() / 1e3) + 3600),
      "x-ratelimit-used": "1",
      "x-ratelimit-resource": "core",
      ...headers
    };
    if (status === 204 || body === void 0 && !text) {
      res.writeHead(status, common);
      res.end();
      return;
    }
    const payload = text ? text.content : JSON.stringify(body);
    res.writeHead(status, { ...common, "content-type": text ? text.contentType : "application/json; charset=utf-8", "content-length": String(Buffer.byteLength(payload)) });
    res.end(payload);
  }
  function handle(req, rawBody, res) {
    const method = (req.method ?? "GET").toUpperCase();
    const requestUrl = new URL(req.url ?? "/", url);
    const path = requestUrl.pathname.replace(/\/+$/, "") || "/";
    const write = WRITE_METHODS.has(method);
    let operation;
    let actor;
    const finish = (status, body2, headers, text) => {
      requests.push({ method, path, query: requestUrl.search, status, write, operationId: operation?.operationId, login: actor?.login });
      send(res, status, body2, headers, text);
    };
    const hang = () => {
      requests.push({ method, path, query: requestUrl.search, status: 0, write, operationId: operation?.operationId, login: actor?.login });
    };
    const recordError = (kind, status, violations2) => {
      validationErrors.push({ kind, method, path, operationId: operation?.operationId, status, violations: violations2 });
    };
    const auth = /^(?:token|bearer)\s+(.+)$/i.exec(String(req.headers["authorization"] ?? ""));
    if (auth) {
      actor = tokens.get(auth[1].trim());
      if (!actor) return finish(401, githubError(401, "Bad credentials"));
    }
    if (write && rateLimited > 0) {
      rateLimited--;
      const id = `EMU:${(++requestCounter).toString(16).toUpperCase()}`;
      return finish(
        403,
        githubError(
          403,
          `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${id}.`,
          SECONDARY_RATE_LIMIT_DOCS
        ),
        { "retry-after": String(retryAfter), "x-ratelimit-remaining": "4999" }
      );
    }
    const match = matchRoute(method, path);
    if (!match) return finish(404, githubError(404, "Not Found"));
    operation = match.operation;
    const fault = faults.find(
      (f) => f.left > 0 && (f.method === void 0 || f.method.toUpperCase() === method) && (typeof f.route === "string" ? f.route === match.operation.operationId : f.route.test(path))
    );
    if (fault) {
      fault.left--;
      faultHits.push({ method, path, operationId: operation.operationId, kind: fault.kind });
      if (fault.kind === "status") return finish(fault.status ?? 500, githubError(fault.status ?? 500, fault.status === 404 ? "Not Found" : fault.status === 403 ? "Resource not accessible by integration" : "Server Error"));
      if (fault.kind === "timeout") return hang();
      if (fault.kind === "secondary-rate-limit") {
        return finish(
          403,
          githubError(403, "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.", SECONDARY_RATE_LIMIT_DOCS),
          { "retry-after": String(fault.retryAfterSeconds ?? 1), "x-ratelimit-remaining": "4999" }
        );
      }
    }
    const docs = operation.docsUrl;
    const handler = ROUTES[operation.operationId];
    if (!handler) {
      recordError("unimplemented", 404, [{ location: "route", message: `${operation.operationId} is not emulated` }]);
      return finish(404, githubError(404, "Not Found", docs));
    }
    const { owner, repo } = match.pathParams;
    if (owner !== void 0 && owner.toLowerCase() !== state.owner.login.toLowerCase()) return finish(404, githubError(404, "Not Found", docs));
    if (repo !== void 0 && repo.toLowerCase() !== state.repo.name.toLowerCase()) return finish(404, githubError(404, "Not Found", docs));
    if (write && !actor) return finish(401, githubError(401, "Requires authentication", docs));
    if (write && actor?.permissions === "read") return finish(403, githubError(403, "Resource not accessible by integration", docs));
    let body;
    if (rawBody.trim() !== "") {
      try {
        body = JSON.parse(rawBody);
      } catch {
        return finish(400, githubError(400, "Problems parsing JSON", docs));
      }
    }
    const params = validateParameters(operation, { path: match.pathParams, query: requestUrl.searchParams });
    const pathViolations = params.violations.filter((v) => v.location.startsWith("path."));
    if (pathViolations.length) return finish(404, githubError(404, "Not Found", docs));
    const violations = [...params.violations, ...write ? validateRequestBody(operation, body) : []];
    if (violations.length) {
      recordError("request", 422, violations);
      const details = violations.map((v) => `${v.location}: ${v.message}`).join("\n");
      return finish(422, githubError(422, `Invalid request.

${details}`, docs));
    }
    const ctx = {
      state,
      apiUrl: url,
      htmlUrl,
      clock,
      operation,
      actor,
      path: params.path,
      query: params.query,
      body: body && typeof body === "object" && !Array.isArray(body) ? body : Array.isArray(body) ? { labels: body } : {},
      accept: String(req.headers["accept"] ?? ""),
      requestUrl
    };
    let result;
    try {
      result = handler(ctx);
    } catch (error) {
      if (error instanceof GitHubApiError) {
        result = { status: error.status, body: error.body, headers: error.headers };
      } else {
        const message = error instanceof Error ? error.stack ?? error.message : String(error);
        recordError("handler", 500, [{ location: "handler", message }]);
        console.error(`GitHub emulator: ${operation.operationId} crashed: ${message}`);
        return finish(500, githubError(500, `emulator crash: ${message}`, docs));
      }
    }
    if (!result.text) {
      const responseViolations = validateResponseBody(operation, result.status, result.body);
      if (responseViolations.length) {
        recordError("response", 500, responseViolations);
        const details = responseViolations.map((v) => `${v.location}: ${v.message}`).join("\n");
        console.error(`GitHub emulator: invalid ${operation.operationId} ${result.status} response:
${details}`);
        return finish(500, githubError(500, `emulator produced an invalid response:
${details}`, docs));
      }
    }
    if (fault?.kind === "after-write") return finish(502, githubError(502, "Server Error"));
    if (fault?.kind === "timeout-after-write") return hang();
    finish(result.status, result.body, result.headers, result.text);
  }
  const server = createServer2((req, res) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => {
      try {
        handle(req, Buffer.concat(chunks).toString("utf8"), res);
      } catch (error) {
        console.error("GitHub emulator failed:", error);
        if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify(githubError(500, String(error))));
      }
    });
  });
  await new Promise((resolve3) => server.listen(0, "127.0.0.1", resolve3));
  url = `http://127.0.0.1:${server.address().port}`;
  const emulator = {
    url,
    htmlUrl,
    state,
    clock,
    requests,
    validationErrors,
    addToken(token, t) {
      ensureUser(state, t.login, t.type === "User" ? "User" : "Bot");
      tokens.set(token, { login: t.login, permissions: t.permissions, canReadOrgTeams: t.canReadOrgTeams ?? false, type: t.type ?? "Bot" });
    },
    resetRequestLog() {
      requests.length = 0;
    },
    faultHits,
    injectFault(fault) {
      faults.push({ ...fault, left: fault.times ?? 1 });
    },
    clearFaults() {
      faults.length = 0;
    },
    checkpoint() {
      const saved = structuredClone(state);
      return () => {
        Object.assign(state, structuredClone(saved));
        faults.length = 0;
        faultHits.length = 0;
        requests.length = 0;
      };
    },
    injectSecondaryRateLimit(count, retryAfterSeconds = 1) {
      rateLimited = count;
      retryAfter = retryAfterSeconds;
    },
    addUser(login, o = {}) {
      const user = ensureUser(state, login, o.type ?? "User");
      if (o.name !== void 0) user.name = o.name;
      if (o.email !== void 0) user.email = o.email;
      return user;
    },
    addCollaborator(login, permission = "write") {
      ensureUser(state, login);
      state.collaborators[login] = permission;
    },
    addTeam(slug, o) {
      for (const member of o.members) ensureUser(state, member);
      const team = {
        id: nextId(state),
        slug,
        name: o.name ?? slug,
        description: o.description ?? null,
        privacy: "closed",
        members: [...o.members],
        repoPermission: o.repoPermission === void 0 ? "write" : o.repoPermission
      };
      state.teams = state.teams.filter((t) => t.slug !== slug);
      state.teams.push(team);
      return team;
    },
    commit(o) {
      const branch = o.branch ?? state.repo.defaultBranch;
      const parent = o.parent ?? state.branches[branch] ?? state.branches[state.repo.defaultBranch];
      const files = o.replace || !parent ? {} : { ...state.commits[parent].files };
      for (const [path, content] of Object.entries(o.files)) {
        if (content === null) delete files[path];
        else files[path] = content;
      }
      const author = o.author ?? state.owner.login;
      ensureUser(state, author);
      const date = isoSeconds(clock.now());
      const message = o.message ?? `Update ${Object.keys(o.files).join(", ") || "files"}`;
      const parents = parent ? [parent] : [];
      const sha = commitSha({ message, parents, files, date, author });
      state.commits[sha] = { sha, message, parents, author, date, files };
      state.branches[branch] = sha;
      return sha;
    },
    openPullRequest(o) {
      return openPullRecord(state, clock, o);
    },
    pushToPullRequest(pullNumber, sha) {
      const pull = state.pulls.find((p) => p.number === pullNumber);
      if (!pull || !state.commits[sha]) throw new Error(`pushToPullRequest: no pull #${pullNumber} or commit ${sha}`);
      return movePullHead(state, clock, pull, sha);
    },
    close() {
      return new Promise((resolve3, reject) => {
        server.closeAllConnections();
        server.close((error) => error ? reject(error) : resolve3());
      });
    }
  };
  emulator.commit({ files: {}, message: "Initial commit" });
  return emulator;
}

// test-support/e2e/git-patch.ts
import { spawnSync } from "node:child_process";
import { mkdtempSync as mkdtempSync3, rmSync as rmSync2, writeFileSync as writeFileSync3 } from "node:fs";
import { tmpdir as tmpdir3 } from "node:os";
import { join as join4 } from "node:path";
var GIT_ENV = { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null", LC_ALL: "C" };
function gitPatch(before, after) {
  const dir = mkdtempSync3(join4(tmpdir3(), "edg-patch-"));
  try {
    const a = before === null ? "/dev/null" : join4(dir, "a");
    const b = after === null ? "/dev/null" : join4(dir, "b");
    if (before !== null) writeFileSync3(a, before);
    if (after !== null) writeFileSync3(b, after);
    const run = spawnSync(
      "git",
      ["diff", "--no-index", "--no-color", "--no-ext-diff", "--no-textconv", "--diff-algorithm=myers", "--unified=3", "--", a, b],
      { encoding: "utf8", env: GIT_ENV }
    );
    if (run.error) throw run.error;
    if (run.status !== 0 && run.status !== 1) throw new Error(`git diff failed (${run.status}): ${run.stderr}`);
    const lines = run.stdout.split("\n");
    if (lines.at(-1) === "") lines.pop();
    const first = lines.findIndex((line) => line.startsWith("@@"));
    const hunks = first < 0 ? [] : lines.slice(first);
    return {
      patch: hunks.join("\n"),
      additions: hunks.filter((l) => l.startsWith("+")).length,
      deletions: hunks.filter((l) => l.startsWith("-")).length
    };
  } finally {
    rmSync2(dir, { recursive: true, force: true });
  }
}
function pullRequestFiles(base, head) {
  const paths = [.../* @__PURE__ */ new Set([...Object.keys(base), ...Object.keys(head)])].sort();
  const files = [];
  for (const filename of paths) {
    const before = base[filename] ?? null;
    const after = head[filename] ?? null;
    if (before === after) continue;
    const { patch, additions, deletions } = gitPatch(before, after);
    files.push({
      filename,
      status: before === null ? "added" : after === null ? "removed" : "modified",
      patch,
      additions,
      deletions
    });
  }
  return files;
}

// test-support/e2e/seed-pull-request.ts
function seedPullRequest(emu, options) {
  const author = options.author ?? "alice";
  const headRef = options.headRef ?? "feature";
  emu.addCollaborator(author);
  const baseSha = emu.commit({ files: options.base, replace: true, message: "Base of the pull request", author: emu.state.owner.login });
  const headSha = emu.commit({ branch: headRef, parent: baseSha, files: options.head, replace: true, message: "Change the infrastructure", author });
  const files = pullRequestFiles(options.base, options.head);
  const pull = emu.openPullRequest({
    author,
    headRef,
    title: options.title ?? "Change the ECS services",
    files,
    ...options.forkOwner ? { fork: { owner: options.forkOwner } } : {}
  });
  return { number: pull.number, baseSha, headSha, headRef, files };
}

// test-support/github/webhook-events.ts
function renderContext(emu) {
  return { state: emu.state, apiUrl: emu.url, htmlUrl: emu.htmlUrl };
}
function organization(ctx) {
  if (ctx.state.owner.type !== "Organization") return {};
  const user = renderUser(ctx, ctx.state.owner.login);
  return { organization: { login: user["login"], id: user["id"], node_id: user["node_id"], url: `${ctx.apiUrl}/orgs/${ctx.state.owner.login}` } };
}
function pullRequestReviewEvent(emu, pullNumber, reviewId, action = "submitted") {
  const ctx = renderContext(emu);
  const pull = emu.state.pulls.find((p) => p.number === pullNumber);
  const review = emu.state.reviews.find((r) => r.id === reviewId && r.pullNumber === pullNumber);
  if (!pull || !review) throw new Error(`pullRequestReviewEvent: no review ${reviewId} on #${pullNumber}`);
  const rendered = renderReview(ctx, review);
  return {
    action,
    review: { ...rendered, state: review.state.toLowerCase() },
    pull_request: renderPull(ctx, pull, false),
    repository: renderRepository(ctx),
    ...organization(ctx),
    sender: renderUser(ctx, review.user)
  };
}
function scheduleEvent(emu, cron = "0 6 * * *") {
  const ctx = renderContext(emu);
  return { schedule: cron, repository: renderRepository(ctx), ...organization(ctx) };
}

// src/demo/live-ecs.ts
var import_client_ecs = __toESM(require_dist_cjs2(), 1);
var str = (value) => typeof value === "string" ? value : "";
var list = (value) => Array.isArray(value) ? value : [];
var strings = (value) => Array.isArray(value) ? value.map(String) : [];
var tagsOf = (attributes) => Object.entries(attributes["tags_all"] ?? {}).map(([key, value]) => ({ key, value }));
function clusterNameOf(ref) {
  return ref.startsWith("arn:") ? ref.slice(ref.lastIndexOf("/") + 1) : ref;
}
function taskDefinitionRef(arn) {
  return arn.slice(arn.lastIndexOf("/") + 1);
}
function applyStatesToLiveEcs(aws, states) {
  const resources = states.flatMap((text) => (JSON.parse(text).resources ?? []).filter((r) => r.mode === "managed"));
  const byType = (type) => resources.filter((r) => r.type === type).flatMap((r) => r.instances.map((i) => i.attributes));
  const unsupported = resources.filter(
    (r) => r.type.startsWith("aws_ecs_") && !["aws_ecs_cluster", "aws_ecs_cluster_capacity_providers", "aws_ecs_task_definition", "aws_ecs_service"].includes(r.type)
  );
  if (unsupported.length) throw new Error(`the demo cannot seed ${unsupported.map((r) => r.type).join(", ")} into the AWS emulator`);
  const clusters = /* @__PURE__ */ new Map();
  for (const c of byType("aws_ecs_cluster")) {
    const exec = list(list(c["configuration"])[0]?.["execute_command_configuration"])[0];
    clusters.set(str(c["name"]), {
      clusterName: str(c["name"]),
      settings: list(c["setting"]).map((s) => ({ name: "containerInsights", value: str(s["value"]) })),
      ...exec ? { configuration: { executeCommandConfiguration: { kmsKeyId: str(exec["kms_key_id"]) || void 0, logging: str(exec["logging"]) } } } : {},
      tags: tagsOf(c)
    });
  }
  for (const cp of byType("aws_ecs_cluster_capacity_providers")) {
    const cluster = clusters.get(str(cp["cluster_name"]));
    if (!cluster) throw new Error(`capacity providers for unknown cluster ${str(cp["cluster_name"])}`);
    cluster.capacityProviders = strings(cp["capacity_providers"]);
    cluster.defaultCapacityProviderStrategy = list(cp["default_capacity_provider_strategy"]).map((s) => ({
      capacityProvider: str(s["capacity_provider"]),
      weight: Number(s["weight"]),
      base: Number(s["base"])
    }));
  }
  for (const seed of clusters.values()) aws.ecs.putCluster(seed);
  const taskDefinitions = byType("aws_ecs_task_definition").sort((a, b) => Number(a["revision"]) - Number(b["revision"]));
  for (const td of taskDefinitions) {
    const registered = aws.ecs.registerTaskDefinition(
      {
        family: str(td["family"]),
        containerDefinitions: JSON.parse(str(td["container_definitions"])),
        cpu: str(td["cpu"]) || void 0,
        memory: str(td["memory"]) || void 0,
        networkMode: str(td["network_mode"]) || void 0,
        requiresCompatibilities: strings(td["requires_compatibilities"]),
        taskRoleArn: str(td["task_role_arn"]) || void 0,
        executionRoleArn: str(td["execution_role_arn"]) || void 0
      },
      tagsOf(td)
    );
    if (registered.taskDefinitionArn !== td["arn"]) throw new Error(`registered ${registered.taskDefinitionArn}, the state expects ${String(td["arn"])}`);
  }
  const services = byType("aws_ecs_service");
  for (const s of services) {
    const network = list(s["network_configuration"])[0];
    const controller = str(list(s["deployment_controller"])[0]?.["type"]) || "ECS";
    const breaker = list(s["deployment_circuit_breaker"])[0];
    aws.ecs.putService(clusterNameOf(str(s["cluster"])), {
      serviceName: str(s["name"]),
      taskDefinition: taskDefinitionRef(str(s["task_definition"])),
      desiredCount: Number(s["desired_count"]),
      launchType: str(s["launch_type"]) || void 0,
      platformVersion: str(s["platform_version"]) || void 0,
      enableExecuteCommand: s["enable_execute_command"] === true,
      propagateTags: str(s["propagate_tags"]) || "NONE",
      schedulingStrategy: str(s["scheduling_strategy"]) || "REPLICA",
      deploymentController: { type: controller },
      deploymentConfiguration: {
        maximumPercent: Number(s["deployment_maximum_percent"]),
        minimumHealthyPercent: Number(s["deployment_minimum_healthy_percent"]),
        ...breaker ? { deploymentCircuitBreaker: { enable: breaker["enable"] === true, rollback: breaker["rollback"] === true } } : {}
      },
      ...network ? {
        networkConfiguration: {
          awsvpcConfiguration: {
            subnets: strings(network["subnets"]),
            securityGroups: strings(network["security_groups"]),
            assignPublicIp: network["assign_public_ip"] === true ? "ENABLED" : "DISABLED"
          }
        }
      } : {},
      tags: tagsOf(s)
    });
  }
  return { clusters: clusters.size, services: services.length, taskDefinitions: taskDefinitions.length };
}
function scaleOutCheckout(aws) {
  aws.ecs.updateService("acme-production", "checkout", { desiredCount: 4 });
}
async function editPaymentsInConsole(aws) {
  const ecs = new import_client_ecs.ECS({ region: aws.region, endpoint: aws.endpoint, credentials: { accessKeyId: "test", secretAccessKey: "test" }, maxAttempts: 1 });
  const cluster = "acme-production";
  const service = "payments-api";
  try {
    const current = (await ecs.describeServices({ cluster, services: [service] })).services?.[0];
    const vpc = current?.networkConfiguration?.awsvpcConfiguration;
    if (!vpc) throw new Error(`${service} has no awsvpc network configuration in the emulator`);
    await ecs.updateService({
      cluster,
      service,
      enableExecuteCommand: true,
      networkConfiguration: { awsvpcConfiguration: { ...vpc, assignPublicIp: "ENABLED" } }
    });
  } finally {
    ecs.destroy();
  }
  aws.cloudtrail.addEvent({
    EventName: "UpdateService",
    Username: "mallory.oncall",
    Resources: [{ ResourceType: "AWS::ECS::Service", ResourceName: aws.ecs.serviceArn(cluster, service) }],
    // As CloudTrail records a console UpdateService: the request's parameters name the service.
    CloudTrailEvent: {
      eventSource: "ecs.amazonaws.com",
      eventName: "UpdateService",
      awsRegion: aws.region,
      userIdentity: { type: "AssumedRole", arn: `arn:aws:sts::${aws.accountId}:assumed-role/AWSReservedSSO_Admin/mallory.oncall` },
      userAgent: "console.amazonaws.com",
      requestParameters: {
        cluster,
        service,
        enableExecuteCommand: true,
        networkConfiguration: { awsvpcConfiguration: { assignPublicIp: "ENABLED" } }
      }
    }
  });
  return { who: "mallory.oncall (console)", what: "enabled ECS Exec and a public IP", cluster, service };
}

// src/demo/scenario.ts
var WORKFLOW_TOKEN = "ghs_demo_workflow_token";
var OWNER_TOKEN = "ghp_demo_bob_token";
var TEAM_READER_TOKEN = "ghp_demo_read_org_token";
var BOT_LOGIN = "github-actions[bot]";
var MERGE_SHA = "feedfacefeedfacefeedfacefeedfacefeedface";
function gitAvailable() {
  const probe = spawnSync2("git", ["--version"], { encoding: "utf8" });
  return !probe.error && probe.status === 0;
}
function viewOf(event, run) {
  const headline = run.summary.split("\n").find((l) => l.trim() !== "" && !l.startsWith("#")) ?? "";
  const verdict = [...run.stdout.matchAll(/ECS Drift Guard: \d+ finding[^\n]*/g)].at(-1)?.[0] ?? "";
  const failed = run.commands.find((c) => c.message.startsWith("ECS Drift Guard failed"));
  const crashed = run.signal ? `the action was killed (${run.signal})` : failed ? failed.message : run.exitCode !== 0 && run.exitCode !== 1 ? `exit code ${run.exitCode}: ${run.stderr.trim().split("\n").at(-1) ?? ""}` : run.exitCode === 1 && !verdict ? run.commands.find((c) => c.level === "error")?.message ?? run.stderr.trim().split("\n").at(-1) ?? "exit 1 without a verdict" : null;
  return {
    event,
    exitCode: run.exitCode,
    summaryHeadline: headline.replace(/\*\*/g, "").trim(),
    summary: run.summary,
    outputs: run.outputs,
    verdict,
    crashed
  };
}
function statusesOn(emu, sha) {
  const latest = /* @__PURE__ */ new Map();
  for (const s of emu.state.statuses.filter((x) => x.sha === sha)) latest.set(s.context, s);
  return [...latest.values()].map((s) => ({ context: s.context, state: s.state, description: s.description })).sort((a, b) => a.context.localeCompare(b.context));
}
function setUpGitHub(emu) {
  emu.addToken(WORKFLOW_TOKEN, { login: BOT_LOGIN, permissions: "write" });
  emu.addToken(OWNER_TOKEN, { login: PEOPLE.paymentsOwner, permissions: "write", type: "User" });
  emu.addToken(TEAM_READER_TOKEN, { login: "acme-drift-guard-reader", permissions: "read", canReadOrgTeams: true, type: "User" });
  for (const login of [PEOPLE.author, PEOPLE.paymentsOwner, PEOPLE.checkoutOwner]) emu.addCollaborator(login);
  emu.addTeam("platform", { members: [...TEAMS.platform], repoPermission: "maintain", name: "Platform" });
  emu.addTeam("payments", { members: [...TEAMS.payments], repoPermission: "write", name: "Payments" });
}
function openPullRequest(emu, estate, useGit) {
  const { base, head, pullRequest } = estate;
  if (useGit) {
    const seeded = seedPullRequest(emu, { base, head, author: PEOPLE.author, headRef: pullRequest.branch, title: pullRequest.title });
    const pull2 = emu.state.pulls.find((p) => p.number === seeded.number);
    pull2.body = pullRequest.body;
    return { number: seeded.number, headSha: seeded.headSha, diff: unifiedDiff(seeded.files) };
  }
  emu.commit({ files: base, replace: true, message: "Base of the pull request", author: OWNER });
  emu.commit({ branch: pullRequest.branch, files: head, replace: true, message: pullRequest.title, author: PEOPLE.author });
  const pull = emu.openPullRequest({ author: PEOPLE.author, headRef: pullRequest.branch, title: pullRequest.title, body: pullRequest.body });
  return { number: pull.number, headSha: pull.head.sha, diff: unifiedDiff(pull.files) };
}
function unifiedDiff(files) {
  return files.map((f) => `--- a/${f.filename}
+++ b/${f.filename}
${f.patch ?? "(no patch)"}
`).join("");
}
async function playDemo(options) {
  const { estate } = options;
  const log = options.log ?? (() => {
  });
  const temporary = [];
  let emu;
  let aws;
  try {
    emu = await startGitHubEmulator({ owner: OWNER, repo: REPO });
    aws = await startAwsEmulator({ region: "eu-west-1", accountId: "111122223333" });
    setUpGitHub(emu);
    const useGit = gitAvailable();
    const runIn = async (tree, event, payload, extra) => {
      const workspace = writeWorkspace(tree, "edg-demo-workspace-");
      temporary.push(workspace);
      const run = await runAction({
        workspace,
        eventName: event,
        payload,
        token: WORKFLOW_TOKEN,
        apiUrl: emu.url,
        repository: `${OWNER}/${REPO}`,
        sha: extra.sha,
        inputs: { "owners-token": TEAM_READER_TOKEN },
        env: { ...aws.env(), ...options.env, ...extra.env }
      });
      temporary.push(run.runnerTemp);
      return viewOf(event, run);
    };
    log("Seeding the AWS emulator: the Terraform states in S3, live ECS as apply left it");
    for (const o of estate.stateObjects) aws.s3.putObject(o.bucket, o.key, o.content, "application/json");
    applyStatesToLiveEcs(aws, estate.stateObjects.map((o) => o.content));
    scaleOutCheckout(aws);
    const consoleEdit = await editPaymentsInConsole(aws);
    log(`Console hotfix: ${consoleEdit.who} ${consoleEdit.what} on ${consoleEdit.service}`);
    log(`Opening pull request "${estate.pullRequest.title}" by @${PEOPLE.author}`);
    const pr = openPullRequest(emu, estate, useGit);
    const openedRun = await runIn(estate.head, "pull_request", pullRequestEventPayload(emu, pr.number, { action: "opened" }), { sha: MERGE_SHA });
    const pull = emu.state.pulls.find((p) => p.number === pr.number);
    const botReview = emu.state.reviews.find((r) => r.pullNumber === pr.number && r.user === BOT_LOGIN);
    const summaryComment = () => emu.state.issueComments.filter((c) => c.issueNumber === pr.number && c.user === BOT_LOGIN).at(-1)?.body ?? null;
    const pullRequest = {
      number: pr.number,
      title: estate.pullRequest.title,
      author: PEOPLE.author,
      headSha: pr.headSha,
      diff: pr.diff,
      run: openedRun,
      reviewComments: emu.state.reviewComments.filter((c) => c.pullNumber === pr.number && c.user === BOT_LOGIN).map((c) => ({ path: c.path, line: c.line, body: c.body })).sort((a, b) => a.path.localeCompare(b.path) || (a.line ?? 0) - (b.line ?? 0)),
      reviewBody: botReview?.body ?? null,
      summaryComment: summaryComment(),
      statusesAfterOpen: statusesOn(emu, pr.headSha),
      requestedReviewers: [...pull.requestedReviewers],
      requestedTeams: [...pull.requestedTeams]
    };
    log(`@${PEOPLE.paymentsOwner} approves the pull request`);
    const octokit = new Octokit({ auth: OWNER_TOKEN, baseUrl: emu.url, log: { debug: () => {
    }, info: () => {
    }, warn: () => {
    }, error: () => {
    } } });
    const review = await octokit.rest.pulls.createReview({
      owner: OWNER,
      repo: REPO,
      pull_number: pr.number,
      commit_id: pr.headSha,
      event: "APPROVE",
      body: "Owner approval for services/payments (the policy findings still need fixing before merge)."
    });
    const approvalRun = await runIn(estate.head, "pull_request_review", pullRequestReviewEvent(emu, pr.number, review.data.id, "submitted"), { sha: MERGE_SHA });
    const approval = {
      reviewer: PEOPLE.paymentsOwner,
      run: approvalRun,
      statusesAfterApproval: statusesOn(emu, pr.headSha),
      summaryComment: summaryComment()
    };
    const mainSha = emu.state.branches[emu.state.repo.defaultBranch];
    const issuesBefore = new Set(emu.state.issues.map((i) => i.number));
    const driftRun = await runIn(estate.base, "schedule", scheduleEvent(emu), {
      sha: mainSha,
      env: { GITHUB_REF: `refs/heads/${emu.state.repo.defaultBranch}`, GITHUB_REF_NAME: emu.state.repo.defaultBranch }
    });
    const drift = {
      consoleEdit,
      run: driftRun,
      issues: emu.state.issues.filter((i) => !i.isPullRequest && !issuesBefore.has(i.number)).map((i) => ({ number: i.number, title: i.title, assignees: [...i.assignees], labels: [...i.labels], body: i.body, state: i.state }))
    };
    const apiViolations = [
      ...emu.validationErrors.map((v) => `GitHub ${v.kind} ${v.method} ${v.path} (${v.status}): ${v.violations.map((x) => `${x.location} ${x.message}`).join("; ")}`),
      ...aws.validationErrors.map((v) => `AWS ${v}`)
    ];
    return { pullRequest, approval, drift, apiViolations, patchSource: useGit ? "git" : "emulator" };
  } finally {
    for (const dir of temporary) rmSync3(dir, { recursive: true, force: true });
    removeDistSnapshots();
    await emu?.close();
    await aws?.close();
  }
}

// src/demo.ts
function repositoryRoot() {
  const here = dirname3(fileURLToPath2(import.meta.url));
  for (const candidate of [join5(here, ".."), join5(here, "..", "..")]) {
    if (existsSync2(join5(candidate, "examples", "ecs-estate")) && existsSync2(join5(candidate, "action.yml"))) return resolve2(candidate);
  }
  throw new Error("the demo runs from a clone of the repository (examples/ and action.yml next to dist/): run `npm run demo` there");
}
function checkDevDependencies() {
  const require3 = createRequire4(import.meta.url);
  for (const file of ["@octokit/openapi/generated/api.github.com.json", "@octokit/webhooks-examples/package.json"]) {
    try {
      require3.resolve(file);
    } catch {
      throw new Error(`the demo's GitHub emulator needs ${file.split("/").slice(0, 2).join("/")} (a devDependency): run \`npm ci\` in the repository first`);
    }
  }
}
function demoProblems(result) {
  const problems = [];
  for (const run of [result.pullRequest.run, result.approval.run, result.drift.run]) {
    if (run.crashed) problems.push(`the ${run.event} run failed: ${run.crashed}`);
  }
  if (result.pullRequest.reviewComments.length === 0) problems.push("the pull request got no review comments");
  if (!result.pullRequest.summaryComment) problems.push("the pull request got no summary comment");
  const gate = (statuses) => statuses.find((s) => s.context === "drift-guard/owner-approval")?.state;
  if (gate(result.pullRequest.statusesAfterOpen) !== "pending") problems.push(`owner-approval was ${gate(result.pullRequest.statusesAfterOpen) ?? "not set"} before the approval, expected pending`);
  if (gate(result.approval.statusesAfterApproval) !== "success") problems.push(`owner-approval was ${gate(result.approval.statusesAfterApproval) ?? "not set"} after the approval, expected success`);
  if (result.drift.issues.length === 0) problems.push("the drift run opened no issue");
  problems.push(...result.apiViolations.map((v) => `API description violation: ${v}`));
  return problems;
}
async function runDemo(options = {}) {
  const write = options.write ?? ((text) => process.stdout.write(text));
  const root = repositoryRoot();
  checkDevDependencies();
  if (resolve2(REPO_ROOT) !== root) throw new Error(`the demo's bundle is out of place (${REPO_ROOT} is not ${root}): rebuild with \`node build.mjs\``);
  if (!existsSync2(join5(root, "dist", "index.js"))) throw new Error("dist/index.js is missing: run `npm run demo` (it builds first)");
  const started = Date.now();
  write("ECS Drift Guard demo: the real action (dist/index.js) against loopback GitHub and AWS emulators.\n");
  write("No credentials, no network. Repository acme/infra = examples/ecs-estate.\n");
  const estate = readExampleEstate(join5(root, "examples", "ecs-estate"));
  const result = await playDemo({ estate, log: (line) => write(`  - ${line}
`) });
  const outputDir = resolve2(options.outputDir ?? "demo-output");
  mkdirSync2(outputDir, { recursive: true });
  for (const file of renderFiles(result)) writeFileSync4(join5(outputDir, file.name), file.content);
  writeFileSync4(join5(outputDir, "result.json"), `${JSON.stringify(result, null, 2)}
`);
  const shown = relative2(process.cwd(), outputDir) || ".";
  write(renderTranscript(result, `${shown.startsWith("..") ? outputDir : shown}/ (start with README.md)`));
  const problems = demoProblems(result);
  const seconds = ((Date.now() - started) / 1e3).toFixed(1);
  if (problems.length) {
    write(`
The demo did not play out as expected (${seconds} s):
${problems.map((p) => `  - ${p}`).join("\n")}
`);
    return 1;
  }
  write(`
Demo finished in ${seconds} s.
`);
  return 0;
}
export {
  demoProblems,
  runDemo
};
