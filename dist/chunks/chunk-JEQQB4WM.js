import { createRequire as __apfCreateRequire } from 'node:module'; const require = __apfCreateRequire(import.meta.url);
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-OLBVKKEL.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity2.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity2.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity2.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity2.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity2.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity2.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity2.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity2.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity2.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity2.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity2.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity2.isScalar(ref.node) || identity2.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity2.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity2 = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity2.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity2.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity2.isAlias(node) || identity2.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity2.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity2.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity2.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity2.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity2.isDocument(value))
        value = value.contents;
      if (identity2.isNode(value))
        return value;
      if (identity2.isPair(value)) {
        const map = ctx.schema[identity2.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity2.MAP] : Symbol.iterator in Object(value) ? schema[identity2.SEQ] : schema[identity2.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity2 = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity2.isNode(it) || identity2.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity2.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity2.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity2.isScalar(node) ? node.value : node;
        else
          return identity2.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity2.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity2.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity2.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity2.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity2 = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity2.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity2.isScalar(node) || identity2.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity2.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity2.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity2.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity2.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity2.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity2.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity2.isCollection(key) || !identity2.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity2.isCollection(key) || (identity2.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity2.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity2.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity2.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity2.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity2.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity2.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity2.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity2.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log2 = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity2 = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity2.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity2.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log2.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity2 = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity2.isNode(key))
          key = key.clone(schema);
        if (identity2.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity2.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity2.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity2.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity2.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity2.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity2.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity2.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity2.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity2.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity2.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity2.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity2.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity2.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity2.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity2.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity2.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity2.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity2.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity2.isPair(item))
            continue;
          else if (identity2.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity2.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity2.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity2.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity2.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity2.isPair(pair) ? identity2.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity2.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity2.MAP, { value: map.map });
        Object.defineProperty(this, identity2.SCALAR, { value: string.string });
        Object.defineProperty(this, identity2.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity2.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity2.NODE_TYPE]: { value: identity2.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity2.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity2.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity2.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity2.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity2.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity2.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity2.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity2.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity2.isScalar(a) && identity2.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity2.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity2.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart2 = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart2 = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart2; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart2; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity2.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity2.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity2.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity2.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity2.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity2.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity2.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity2.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity2 = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity2.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity2.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter3 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter3;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log2 = require_log();
    var identity2 = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument3(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument3(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log2.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity2.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument3;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity2.isAlias;
    exports.isCollection = identity2.isCollection;
    exports.isDocument = identity2.isDocument;
    exports.isMap = identity2.isMap;
    exports.isNode = identity2.isNode;
    exports.isPair = identity2.isPair;
    exports.isScalar = identity2.isScalar;
    exports.isSeq = identity2.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/dotenv/dist/index.cjs
var require_dist2 = __commonJS({
  "node_modules/dotenv/dist/index.cjs"(exports, module) {
    var j = (e, n) => () => {
      try {
        return n || e((n = { exports: {} }).exports, n), n.exports;
      } catch (t) {
        throw n = 0, t;
      }
    };
    var R = j((Z, N) => {
      function T(e) {
        return typeof e == "string" ? !["false", "0", "no", "off", ""].includes(e.toLowerCase()) : !!e;
      }
      function U(e = process.env) {
        let n = {};
        for (let t of ["ENCODING", "PATH", "QUIET", "DEBUG", "OVERRIDE", "FAST"]) {
          let r = e[`DOTENV_${t}`] != null ? e[`DOTENV_${t}`] : e[`DOTENV_CONFIG_${t}`];
          r != null && (n[t.toLowerCase()] = t === "ENCODING" || t === "PATH" ? r : T(r));
        }
        return n;
      }
      N.exports = { parseBoolean: T, optionsFromEnv: U };
    });
    var P = j((ee, b) => {
      var F = __require("fs"), _ = __require("path"), B = __require("os"), { URL: L, fileURLToPath: Q } = __require("url"), { parseBoolean: $, optionsFromEnv: I } = R(), G = /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/mg, y = new Uint8Array(256);
      for (let e = 48; e <= 57; e++) y[e] = 1;
      for (let e = 65; e <= 90; e++) y[e] = 1;
      for (let e = 97; e <= 122; e++) y[e] = 1;
      y[45] = 1;
      y[46] = 1;
      y[95] = 1;
      function H(e) {
        let n = {}, t = e.toString();
        t = t.replace(/\r\n?/mg, `
`);
        let r;
        for (; (r = G.exec(t)) != null; ) {
          let o = r[1], i = r[2] || "";
          i = i.trim();
          let c = i[0];
          i = i.replace(/^(['"`])([\s\S]*)\1$/mg, "$2"), c === '"' && (i = i.replace(/\\n/g, `
`), i = i.replace(/\\r/g, "\r")), n[o] = i;
        }
        return n;
      }
      function g(e) {
        return e <= 32 ? e === 32 || e >= 9 && e <= 13 : e >= 160 && (e === 160 || e === 5760 || e >= 8192 && e <= 8202 || e === 8232 || e === 8233 || e === 8239 || e === 8287 || e === 12288 || e === 65279);
      }
      function O(e) {
        return e === 10 || e === 8232 || e === 8233;
      }
      function V(e) {
        let n = {}, t = typeof e == "string" ? e : e.toString();
        t.indexOf("\r") !== -1 && (t = t.replace(/\r\n?/g, `
`));
        let r = t.length, o = 0;
        for (; o < r; ) {
          let i = t.charCodeAt(o);
          for (; o < r && g(i); ) o++, i = t.charCodeAt(o);
          if (o >= r) break;
          if (i === 35) {
            for (; o < r && !O(t.charCodeAt(o)); ) o++;
            continue;
          }
          let c = -1;
          if (i === 101 && o + 6 < r && t.charCodeAt(o + 1) === 120 && t.charCodeAt(o + 2) === 112 && t.charCodeAt(o + 3) === 111 && t.charCodeAt(o + 4) === 114 && t.charCodeAt(o + 5) === 116) {
            let u = t.charCodeAt(o + 6);
            if (g(u)) {
              let s = o + 7;
              for (; s < r && g(t.charCodeAt(s)); ) s++;
              y[t.charCodeAt(s)] && (c = o + 6, o = s);
            } else i = t.charCodeAt(o);
          }
          let E = o, p = 0;
          for (; o < r && (p = t.charCodeAt(o), y[p]); ) o++;
          if (o === E) {
            for (; o < r && !O(t.charCodeAt(o)); ) o++;
            continue;
          }
          let k = t.slice(E, o), D = o;
          if (o >= r && (p = 0), g(p)) do
            o++, p = o < r ? t.charCodeAt(o) : 0;
          while (g(p));
          if (p === 61) o++;
          else if (p === 58 && o === D && o + 1 < r && g(t.charCodeAt(o + 1))) o += 2;
          else {
            for (o = c === -1 ? D : c; o < r && !O(t.charCodeAt(o)); ) o++;
            continue;
          }
          let d = o, l = o;
          for (; l < r && g(t.charCodeAt(l)); ) l++;
          let C = t.charCodeAt(l), a, q = false;
          if (C === 39 || C === 34 || C === 96) {
            let u = t[l], s = t.indexOf(u, l + 1), f = -1, h = -1;
            for (; s !== -1; ) {
              let x = t.charCodeAt(s - 1) === 92, w = s + 1;
              for (; w < r && !O(t.charCodeAt(w)) && g(t.charCodeAt(w)); ) w++;
              if ((w === r || O(t.charCodeAt(w)) || t.charCodeAt(w) === 35) && (f = s, h = w), !x) break;
              s = t.indexOf(u, s + 1);
            }
            if (f !== -1) {
              if (a = t.slice(l + 1, f), o = h, t.charCodeAt(o) === 35) for (; o < r && !O(t.charCodeAt(o)); ) o++;
              q = true;
            }
          }
          if (!q) {
            let u = t.indexOf(`
`, d);
            u === -1 && (u = r);
            let s;
            if (r < 4096) s = t.indexOf("#", d), (s === -1 || s > u) && (s = u);
            else for (s = d; s < u && t.charCodeAt(s) !== 35; ) s++;
            let f = d, h = s;
            for (; f < h && g(t.charCodeAt(f)); ) f++;
            for (; h > f && g(t.charCodeAt(h - 1)); ) h--;
            let x = t.charCodeAt(f);
            if (a = t.slice(f, h), a.includes("\u2028") || a.includes("\u2029") ? a = a.replace(/^(['"`])([\s\S]*)\1$/mg, "$2") : h - f >= 2 && (x === 39 || x === 34 || x === 96) && t.charCodeAt(h - 1) === x && (a = t.slice(f + 1, h - 1)), o = s, s < u) for (; o < r && !O(t.charCodeAt(o)); ) o++;
          }
          C === 34 && (q || l < o) && a.indexOf("\\") !== -1 && (a = a.replace(/\\n/g, `
`).replace(/\\r/g, "\r")), n[k] = a;
        }
        return n;
      }
      function J(e, n) {
        return n && $(n.fast) ? V(e) : H(e);
      }
      function v(e) {
        console.log(`\u2506 ${e}`);
      }
      function W(e) {
        console.error(`\u25C7 ${e}`);
      }
      function S(e) {
        return e[0] === "~" ? _.join(B.homedir(), e.slice(1)) : e;
      }
      function K(e = {}) {
        let n = { ...e };
        for (let t of Object.keys(n)) n[t] === void 0 && delete n[t];
        return { ...I(), ...n };
      }
      function M(e) {
        e = K(e);
        let n = _.resolve(process.cwd(), ".env"), t = "utf8", r = process.env;
        e && e.processEnv != null && (r = e.processEnv);
        let o = $(e && e.debug);
        e && e.encoding ? t = e.encoding : o && v("no encoding is specified (UTF-8 is used by default)");
        let i = [n];
        if (e && e.path) if (!Array.isArray(e.path)) i = [S(e.path)];
        else {
          i = [];
          for (let d of e.path) i.push(S(d));
        }
        let c, E = {}, p = { fast: e.fast };
        for (let d of i) try {
          let l = A.parse(F.readFileSync(d, { encoding: t }), p);
          A.populate(E, l, e);
        } catch (l) {
          o && v(`failed to load ${d} ${l.message}`), c = l;
        }
        let k = A.populate(r, E, e), D = $(Object.prototype.hasOwnProperty.call(e, "quiet") ? e.quiet : I(r).quiet);
        if (o || !D) {
          let d = Object.keys(k).length, l = [];
          for (let C of i) try {
            let a = _.relative(process.cwd(), C instanceof L ? Q(C) : C);
            l.push(a);
          } catch (a) {
            o && v(`failed to load ${C} ${a.message}`), c = a;
          }
          W(`injected env (${d}) from ${l.join(",")}`);
        }
        return c ? { parsed: E, error: c } : { parsed: E };
      }
      function Y(e) {
        return A.configDotenv(e);
      }
      function z(e, n, t = {}) {
        let r = $(t && t.debug), o = $(t && t.override), i = {};
        if (e === null || typeof e != "object" || n === null || typeof n != "object") {
          let c = new Error("OBJECT_REQUIRED: Please check the processEnv argument being passed to populate");
          throw c.code = "OBJECT_REQUIRED", c;
        }
        for (let c of Object.keys(n)) Object.prototype.hasOwnProperty.call(e, c) ? (o === true && (e[c] = n[c], i[c] = n[c]), r && v(o === true ? `"${c}" is already defined and WAS overwritten` : `"${c}" is already defined and was NOT overwritten`)) : (e[c] = n[c], i[c] = n[c]);
        return i;
      }
      var A = { configDotenv: M, config: Y, parse: J, populate: z };
      b.exports.configDotenv = A.configDotenv;
      b.exports.config = A.config;
      b.exports.parse = A.parse;
      b.exports.populate = A.populate;
      b.exports = A;
    });
    var m = P();
    module.exports = m;
    module.exports.config = m.config;
    module.exports.configDotenv = m.configDotenv;
    module.exports.parse = m.parse;
    module.exports.populate = m.populate;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob2 = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix4 = POSIX_REGEX_SOURCE[rest2];
                if (posix4) {
                  prev.value = pre + posix4;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix4 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob2, options) : picomatch2.makeRe(glob2, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob: glob2, posix: posix4 });
        const result = { glob: glob2, state, regex, posix: posix4, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob: glob2, posix: posix4 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix4 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix4);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob2, options, posix4 = options && options.windows) => {
      const regex = glob2 instanceof RegExp ? glob2 : picomatch2.makeRe(glob2, options);
      return regex.test(utils.basename(input, { windows: posix4 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/rules/apf001-configparser-error.ts
var FIXES = {
  MissingSectionHeaderError: "Start the file with a section header such as [core]; if the first line already is one, save the file as UTF-8 without a byte order mark.",
  DuplicateSectionError: "Merge the two sections into one: Airflow refuses a file that repeats a section.",
  DuplicateOptionError: "Keep one of the two lines: Airflow refuses a file that sets an option twice in one section.",
  ParsingError: "Write the line as `key = value`, indent it deeper than its option to continue a value, or start it with # to make it a comment."
};
var configparserError = {
  meta: {
    id: "APF001",
    alias: "configparser-error",
    description: "The file cannot be read by Airflow's configuration parser (Python configparser), so Airflow refuses to start.",
    severity: "error",
    tags: ["syntax"],
    versions: "all",
    messages: {
      failed: "Airflow cannot read this file: configparser raises {{kind}} here ({{detail}})."
    }
  },
  runsOnUnreadableFile: true,
  check(context) {
    const error = context.parseError;
    if (!error) return;
    context.report({
      messageId: "failed",
      data: { kind: error.kind, detail: describe(error) },
      span: error.span,
      fix: FIXES[error.kind]
    });
  }
};
function describe(error) {
  switch (error.kind) {
    case "MissingSectionHeaderError":
      return "no [section] header before the first option";
    case "DuplicateSectionError":
      return "this section already appeared earlier in the file";
    case "DuplicateOptionError":
      return "this option is already set earlier in the same section";
    case "ParsingError":
      return "the line is neither a section header, an option, a comment, nor an indented continuation";
  }
}

// src/reader/python-text.ts
var PYTHON_WHITESPACE = /* @__PURE__ */ new Set([
  9,
  10,
  11,
  12,
  13,
  28,
  29,
  30,
  31,
  32,
  133,
  160,
  5760,
  8192,
  8193,
  8194,
  8195,
  8196,
  8197,
  8198,
  8199,
  8200,
  8201,
  8202,
  8232,
  8233,
  8239,
  8287,
  12288
]);
function isPythonSpace(code) {
  return PYTHON_WHITESPACE.has(code);
}
function firstNonSpace(text, from = 0) {
  let i = from;
  while (i < text.length && isPythonSpace(text.charCodeAt(i))) i += 1;
  return i;
}
function lastNonSpaceEnd(text, from = 0) {
  let end = text.length;
  while (end > from && isPythonSpace(text.charCodeAt(end - 1))) end -= 1;
  return end;
}
function pythonStrip(text) {
  const start = firstNonSpace(text);
  const end = lastNonSpaceEnd(text, start);
  return { text: text.slice(start, end), start, end };
}
function splitPythonLines(text) {
  const lines = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 13) continue;
    lines.push(text.slice(start, i));
    if (code === 13 && text.charCodeAt(i + 1) === 10) i += 1;
    start = i + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}
function pythonRepr(text) {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === "\\") out += "\\\\";
    else if (char === quote) out += `\\${quote}`;
    else if (char === "\n") out += "\\n";
    else if (char === "\r") out += "\\r";
    else if (char === "	") out += "\\t";
    else if (code < 32 || code === 127) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else out += char;
  }
  return out + quote;
}

// src/reader/parse.ts
var DEFAULT_SECTION = "DEFAULT";
var COMMENT_PREFIXES = ["#", ";"];
function parseConfig(text, fileName = "<string>") {
  return new Reader(fileName).read(splitPythonLines(text));
}
var Reader = class {
  constructor(fileName) {
    this.fileName = fileName;
  }
  fileName;
  sections = /* @__PURE__ */ new Map();
  document = { defaults: void 0, sections: [], comments: [], lineCount: 0 };
  /** configparser's `elements_added`: section names and `section\0option` pairs seen in this file. */
  added = /* @__PURE__ */ new Set();
  current;
  currentOption;
  indentLevel = 0;
  firstBadLine;
  read(lines) {
    this.document.lineCount = lines.length;
    for (let index = 0; index < lines.length; index += 1) {
      const error = this.readLine(lines[index] ?? "", index + 1);
      if (error) return { ok: false, error, partial: this.finish() };
    }
    const document = this.finish();
    if (this.firstBadLine) {
      return { ok: false, error: this.parsingError(this.firstBadLine), partial: document };
    }
    return { ok: true, document };
  }
  readLine(line, lineNo) {
    const stripped = pythonStrip(line);
    if (COMMENT_PREFIXES.some((prefix) => stripped.text.startsWith(prefix))) {
      this.document.comments.push({
        text: stripped.text.slice(1),
        span: lineSpan(lineNo, stripped.start, stripped.end)
      });
      return void 0;
    }
    if (stripped.text === "") {
      this.currentOption?.node.valueLines.push({ text: "", span: lineSpan(lineNo, 0, 0) });
      return void 0;
    }
    const indent = firstNonSpace(line);
    if (this.current && this.currentOption && indent > this.indentLevel) {
      this.currentOption.node.valueLines.push({ text: stripped.text, span: lineSpan(lineNo, stripped.start, stripped.end) });
      return void 0;
    }
    this.indentLevel = indent;
    const header = matchSectionHeader(stripped.text);
    if (header !== void 0) return this.startSection(header, lineNo, stripped.start);
    if (!this.current) return this.missingHeader(line, lineNo, stripped.start, stripped.end);
    return this.readOption(line, lineNo, stripped.text, stripped.start);
  }
  startSection(name, lineNo, start) {
    const nameStart = start + 1;
    const headerEnd = nameStart + name.length + 1;
    const headerSpan = lineSpan(lineNo, start, headerEnd);
    const nameSpan = lineSpan(lineNo, nameStart, nameStart + name.length);
    this.currentOption = void 0;
    if (name === DEFAULT_SECTION) {
      this.document.defaults ??= { name, headerSpan, nameSpan, options: [] };
      this.current = this.document.defaults;
      return void 0;
    }
    if (this.added.has(name)) {
      return {
        kind: "DuplicateSectionError",
        line: lineNo,
        message: `While reading from ${pythonRepr(this.fileName)} [line ${pad2(lineNo)}]: section ${pythonRepr(name)} already exists`,
        span: headerSpan
      };
    }
    this.added.add(name);
    const section = { name, headerSpan, nameSpan, options: [] };
    this.sections.set(name, section);
    this.document.sections.push(section);
    this.current = section;
    return void 0;
  }
  readOption(line, lineNo, text, start) {
    const section = this.current;
    if (!section) return void 0;
    const delimiterAt = findDelimiter(text);
    if (delimiterAt < 0) {
      this.recordBadLine(lineNo, line);
      return void 0;
    }
    const rawKey = text.slice(0, delimiterAt);
    const keyText = pythonStrip(rawKey).text;
    if (keyText === "") this.recordBadLine(lineNo, line);
    const key = keyText.toLowerCase();
    const valueStart = firstNonSpace(text, delimiterAt + 1);
    const valueText = text.slice(valueStart);
    const keyEnd = start + keyText.length;
    const node = {
      rawKey: keyText,
      key,
      keySpan: lineSpan(lineNo, start, keyEnd),
      delimiter: text[delimiterAt] === ":" ? ":" : "=",
      value: "",
      valueLines: [{ text: valueText, span: lineSpan(lineNo, start + valueStart, start + text.length) }],
      span: lineSpan(lineNo, start, start + text.length),
      section: section.name
    };
    const pairKey = `${section.name}\0${key}`;
    if (this.added.has(pairKey)) {
      return {
        kind: "DuplicateOptionError",
        line: lineNo,
        message: `While reading from ${pythonRepr(this.fileName)} [line ${pad2(lineNo)}]: option ${pythonRepr(key)} in section ${pythonRepr(section.name)} already exists`,
        span: node.keySpan
      };
    }
    this.added.add(pairKey);
    section.options.push(node);
    this.currentOption = key === "" ? void 0 : { node };
    return void 0;
  }
  missingHeader(line, lineNo, start, end) {
    return {
      kind: "MissingSectionHeaderError",
      line: lineNo,
      message: `File contains no section headers. file: ${pythonRepr(this.fileName)}, line: ${lineNo} ${pythonRepr(`${line}
`)}`,
      span: lineSpan(lineNo, start, end)
    };
  }
  recordBadLine(lineNo, line) {
    this.firstBadLine ??= { line: lineNo, text: line };
  }
  parsingError(bad) {
    const stripped = pythonStrip(bad.text);
    return {
      kind: "ParsingError",
      line: bad.line,
      message: `Source contains parsing errors: ${pythonRepr(this.fileName)} [line ${pad2(bad.line)}]: ${pythonRepr(`${bad.text}
`)}`,
      span: lineSpan(bad.line, stripped.start, stripped.end)
    };
  }
  finish() {
    const all = this.document.defaults ? [this.document.defaults, ...this.document.sections] : this.document.sections;
    for (const section of all) {
      for (const option of section.options) finishOption(option);
    }
    return this.document;
  }
};
function finishOption(option) {
  while (option.valueLines.length > 1 && option.valueLines.at(-1)?.text === "") option.valueLines.pop();
  option.value = option.valueLines.map((valueLine) => valueLine.text).join("\n");
  const last = option.valueLines.at(-1);
  if (last && last.text !== "") option.span = { start: option.span.start, end: last.span.end };
}
function matchSectionHeader(text) {
  if (!text.startsWith("[")) return void 0;
  const close = text.lastIndexOf("]");
  if (close < 2) return void 0;
  return text.slice(1, close);
}
function findDelimiter(text) {
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === "=" || char === ":") return i;
  }
  return -1;
}
function lineSpan(line, startIndex, endIndex) {
  return { start: { line, column: startIndex + 1 }, end: { line, column: endIndex + 1 } };
}
function pad2(n) {
  return String(n).padStart(2, " ");
}

// src/reader/interpolation.ts
var MAX_INTERPOLATION_DEPTH = 10;
var REFERENCE = /^%\(([^)]+)\)s/;
function interpolateOption(document, section, option) {
  const lookup = optionsVisibleIn(document, section);
  const node = lookup.get(option);
  if (!node) return { ok: true, value: "" };
  return interpolateValue(node.value, lookup, node);
}
function interpolateValue(raw, lookup, owner) {
  const accumulated = [];
  try {
    expand(raw, lookup, accumulated, 1, owner, owner?.key ?? "");
    return { ok: true, value: accumulated.join("") };
  } catch (error) {
    if (error instanceof InterpolationFailure) {
      const { kind, message, position } = error;
      return { ok: false, kind, message, position };
    }
    throw error;
  }
}
function optionsVisibleIn(document, section) {
  const lookup = /* @__PURE__ */ new Map();
  for (const option of document.defaults?.options ?? []) lookup.set(option.key, option);
  if (section !== DEFAULT_SECTION) {
    const node = document.sections.find((candidate) => candidate.name === section);
    for (const option of node?.options ?? []) lookup.set(option.key, option);
  }
  return lookup;
}
var InterpolationFailure = class extends Error {
  constructor(kind, message, position) {
    super(message);
    this.kind = kind;
    this.position = position;
  }
  kind;
  position;
};
function expand(value, lookup, accumulated, depth, node, optionName) {
  if (depth > MAX_INTERPOLATION_DEPTH) {
    throw new InterpolationFailure(
      "InterpolationDepthError",
      `Recursion limit exceeded in value substitution: option '${optionName}' contains an interpolation key which cannot be substituted in ${MAX_INTERPOLATION_DEPTH} steps`,
      node ? positionInValue(node, 0) : void 0
    );
  }
  let offset = 0;
  while (offset < value.length) {
    const percent = value.indexOf("%", offset);
    if (percent < 0) {
      accumulated.push(value.slice(offset));
      return;
    }
    accumulated.push(value.slice(offset, percent));
    const rest = value.slice(percent);
    const next = rest[1];
    if (next === "%") {
      accumulated.push("%");
      offset = percent + 2;
      continue;
    }
    const where2 = node ? positionInValue(node, percent) : void 0;
    if (next !== "(") {
      throw new InterpolationFailure(
        "InterpolationSyntaxError",
        `'%' must be followed by '%' or '(', found: ${JSON.stringify(rest)}`,
        where2
      );
    }
    const match = REFERENCE.exec(rest);
    if (!match) {
      throw new InterpolationFailure("InterpolationSyntaxError", `bad interpolation variable reference ${JSON.stringify(rest)}`, where2);
    }
    const name = (match[1] ?? "").toLowerCase();
    offset = percent + match[0].length;
    const target = lookup.get(name);
    if (!target) {
      throw new InterpolationFailure(
        "InterpolationMissingOptionError",
        `Bad value substitution: option '${optionName}' references '${name}', which is not set in its section or in [DEFAULT]`,
        where2
      );
    }
    if (target.value.includes("%")) {
      expand(target.value, lookup, accumulated, depth + 1, target, name);
    } else {
      accumulated.push(target.value);
    }
  }
}
function positionInValue(node, index) {
  let remaining = index;
  for (const line of node.valueLines) {
    if (remaining <= line.text.length) {
      return { line: line.span.start.line, column: line.span.start.column + remaining };
    }
    remaining -= line.text.length + 1;
  }
  const last = node.valueLines.at(-1);
  return last ? last.span.end : node.keySpan.start;
}

// src/rules/apf002-interpolation-error.ts
var EXPLANATIONS = {
  InterpolationSyntaxError: "a '%' that is not followed by '%' or '('",
  InterpolationMissingOptionError: "a %(name)s reference to an option that is not set in this section or in [DEFAULT]",
  InterpolationDepthError: "references nested more than 10 deep (probably a loop)"
};
var FIXES2 = {
  InterpolationSyntaxError: "Write a literal '%' as '%%' (a URL-encoded password p%40ss becomes p%%40ss).",
  InterpolationMissingOptionError: "Set the referenced option in the same section or in [DEFAULT], or write '%%(' for a literal '%('.",
  InterpolationDepthError: "Break the chain of %(name)s references so that it ends in a plain value."
};
var interpolationError = {
  meta: {
    id: "APF002",
    alias: "interpolation-error",
    description: "A value that Airflow's configparser cannot interpolate: reading the option raises an Interpolation error.",
    severity: "error",
    tags: ["syntax"],
    versions: "all",
    messages: {
      failed: "Airflow raises {{kind}} when it reads [{{section}}] {{option}}: the value has {{explanation}}."
    }
  },
  check(context) {
    const document = context.document;
    if (!document) return;
    for (const section of document.sections) {
      for (const option of section.options) {
        const result = interpolateOption(document, section.name, option.key);
        if (result.ok) continue;
        context.report({
          messageId: "failed",
          data: { kind: result.kind, section: section.name, option: option.key, explanation: EXPLANATIONS[result.kind] },
          span: result.position ? pointSpan(result.position) : option.span,
          fix: FIXES2[result.kind]
        });
      }
    }
  }
};
function pointSpan(position) {
  return { start: position, end: { line: position.line, column: position.column + 1 } };
}

// src/config/effective.ts
var ENV_PREFIX = "AIRFLOW__";
function envVarName(section, option) {
  return `${ENV_PREFIX}${section.replace(/\./g, "_").toUpperCase()}__${option.toUpperCase()}`;
}
function parseEnvVarName(name) {
  if (!name.startsWith(ENV_PREFIX)) return void 0;
  const rest = name.slice(ENV_PREFIX.length);
  const split = rest.indexOf("__");
  if (split <= 0 || split + 2 >= rest.length) return void 0;
  return { section: rest.slice(0, split).toLowerCase(), option: rest.slice(split + 2).toLowerCase() };
}
function buildEffectiveConfig(input) {
  return new ResolvedConfig(input);
}
var ResolvedConfig = class {
  component;
  envByName = /* @__PURE__ */ new Map();
  knowledge;
  document;
  file;
  constructor(input) {
    this.component = input.component;
    this.knowledge = input.knowledge;
    this.document = input.document;
    this.file = input.file;
    for (const entry of input.env) this.envByName.set(entry.name, entry);
  }
  get(section, option) {
    const candidates = this.candidates(section, option);
    const [winner, ...rest] = candidates;
    if (!winner) return void 0;
    return { ...winner, overridden: rest };
  }
  variable(name) {
    return this.envByName.get(name)?.value;
  }
  explicit() {
    const values = [];
    for (const section of this.allSections()) {
      for (const node of section.options) values.push(this.fromNode(node, section.name, node.key, "value"));
    }
    for (const entry of this.envByName.values()) {
      const parsed = parseEnvVarName(entry.name);
      if (parsed) values.push(this.fromEnv(entry, parsed.section, parsed.option, "value"));
    }
    return values;
  }
  /** Every value that could answer for the option, highest precedence first. */
  candidates(section, option) {
    const locations = [{ section, option }, ...this.oldLocations(section, option)];
    const sensitive = this.isSensitive(section, option);
    const found = [];
    for (const loc of locations) this.pushEnv(found, loc.section, loc.option, "value");
    if (sensitive) {
      for (const loc of locations) this.pushEnv(found, loc.section, loc.option, "cmd");
      for (const loc of locations) this.pushEnv(found, loc.section, loc.option, "secret");
    }
    for (const loc of locations) this.pushFile(found, loc.section, loc.option, "value");
    if (sensitive) {
      for (const loc of locations) this.pushFile(found, loc.section, loc.option, "cmd");
      for (const loc of locations) this.pushFile(found, loc.section, loc.option, "secret");
    }
    const fact = this.knowledge.sections[section]?.options[option];
    if (fact && fact.default !== null) {
      found.push({ section, option, variant: "value", origin: "default", value: fact.default, overridden: [] });
    }
    return found;
  }
  oldLocations(section, option) {
    const old = this.knowledge.deprecatedOptions.filter((entry) => entry.newSection === section && entry.newOption === option).map((entry) => ({ section: entry.section, option: entry.option }));
    for (const renamed of this.knowledge.deprecatedSections) {
      if (renamed.newSection === section) old.push({ section: renamed.section, option });
    }
    return old;
  }
  isSensitive(section, option) {
    return this.knowledge.sections[section]?.options[option]?.sensitive === true;
  }
  pushEnv(found, section, option, variant) {
    const suffix = variant === "cmd" ? "_CMD" : variant === "secret" ? "_SECRET" : "";
    const entry = this.envByName.get(envVarName(section, option) + suffix);
    if (entry) found.push(this.fromEnv(entry, section, option, variant));
  }
  pushFile(found, section, option, variant) {
    const key = variant === "value" ? option : `${option}_${variant}`;
    const node = this.optionNode(section, key);
    if (node) found.push(this.fromNode(node, section, option, variant));
  }
  /** configparser's lookup: the section's own option, else the [DEFAULT] one. */
  optionNode(section, key) {
    const own = this.document?.sections.find((s) => s.name === section)?.options.find((o) => o.key === key);
    if (own) return own;
    const exists = this.document?.sections.some((s) => s.name === section);
    return exists ? this.document?.defaults?.options.find((o) => o.key === key) : void 0;
  }
  allSections() {
    if (!this.document) return [];
    const sections = [...this.document.sections];
    return this.document.defaults ? [this.document.defaults, ...sections] : sections;
  }
  fromNode(node, section, option, variant) {
    const location2 = this.file ? { file: this.file, span: node.span } : void 0;
    const valueSpan = valueSpanOf(node);
    return {
      section: node.section === DEFAULT_SECTION ? section : node.section,
      option,
      variant,
      origin: "cfg",
      value: variant === "value" ? node.value : void 0,
      reference: variant === "value" ? void 0 : node.value,
      location: location2,
      valueSpan,
      node,
      overridden: []
    };
  }
  fromEnv(entry, section, option, variant) {
    return {
      section,
      option,
      variant,
      origin: "env",
      value: variant === "value" ? entry.value : void 0,
      reference: variant === "value" ? void 0 : entry.value,
      variable: entry.name,
      location: entry.location,
      valueSpan: entry.valueSpan,
      overridden: []
    };
  }
};
function valueSpanOf(node) {
  const first = node.valueLines[0];
  const last = node.valueLines.at(-1);
  if (!first || !last || node.value === "") return node.span;
  return { start: first.span.start, end: last.span.end };
}

// src/secrets.ts
var MASK = "***";
var MIN_SECRET_LENGTH = 8;
var SECRET_NAME = /(password|passwd|secret|secret_key|fernet_key|token|private_key|api_key|access_key|credentials?)(_cmd|_secret)?$/i;
function looksLikeSecretName(name) {
  return SECRET_NAME.test(name);
}
var SecretRegistry = class {
  secrets = /* @__PURE__ */ new Set();
  add(value) {
    if (value === void 0) return;
    const trimmed = value.trim();
    if (trimmed.length < MIN_SECRET_LENGTH) return;
    this.secrets.add(trimmed);
    const decoded = safeDecode(trimmed);
    if (decoded !== trimmed && decoded.length >= MIN_SECRET_LENGTH) this.secrets.add(decoded);
  }
  /** Adds the password of a URL-like value (`scheme://user:password@host/db`). */
  addUrlPassword(value) {
    const password = urlPassword(value);
    if (password !== void 0) this.add(password);
  }
  /**
   * Registers a value read from an option or variable: for a URL only its password (the rest of a
   * metastore URL is no secret), otherwise all of it when the name says it holds a secret.
   */
  addValue(value, secretName) {
    if (URL_LIKE.test(value.trim())) this.addUrlPassword(value);
    else if (secretName) this.add(value);
  }
  values() {
    return [...this.secrets].sort((a, b) => b.length - a.length);
  }
  mask(text) {
    let out = text;
    for (const secret of this.values()) {
      if (out.includes(secret)) out = out.split(secret).join(MASK);
    }
    return maskUrlPasswords(out);
  }
};
var URL_LIKE = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
function urlPassword(value) {
  if (value === void 0) return void 0;
  const match = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^:/?#@\s]*:([^@\s]*)@/.exec(value.trim());
  const password = match?.[1];
  return password === void 0 || password === "" ? void 0 : password;
}
function maskUrlPasswords(text) {
  return text.replace(
    /([A-Za-z][A-Za-z0-9+.-]*:\/\/[^:/?#@\s]*:)([^@\s]+)@/g,
    (_all, prefix, password) => password === MASK ? `${prefix}${password}@` : `${prefix}${MASK}@`
  );
}
function safeDecode(value) {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

// src/engine/collect-secrets.ts
function collectSecrets(secrets, document, env, knowledge) {
  const sections = document.defaults ? [document.defaults, ...document.sections] : document.sections;
  for (const section of sections) {
    for (const option of section.options) {
      secrets.addValue(option.value, isSecretOption(section.name, option.key, knowledge));
    }
  }
  for (const entry of env) {
    const parsed = parseEnvVarName(entry.name);
    const secret = parsed ? isSecretOption(parsed.section, parsed.option, knowledge) : looksLikeSecretName(entry.name);
    secrets.addValue(entry.value, secret);
  }
}
function isSecretOption(section, option, knowledge) {
  if (knowledge.sections[section]?.options[option]?.sensitive === true) return true;
  return looksLikeSecretName(option);
}

// src/rules/apf003-inline-comment.ts
var INLINE_COMMENT = /\s([#;])/;
var inlineComment = {
  meta: {
    id: "APF003",
    alias: "inline-comment",
    description: "A `#` or `;` comment after a value: configparser keeps it as part of the value.",
    severity: "warning",
    tags: ["syntax"],
    versions: "all",
    messages: {
      kept: `[{{section}}] {{option}} is read as "{{value}}": configparser keeps the '{{prefix}}' comment as part of the value (only options read as booleans cut it off).`,
      keptSecret: "[{{section}}] {{option}} keeps the '{{prefix}}' comment as part of the value: Airflow reads the secret with the comment text appended."
    }
  },
  check(context) {
    const document = context.document;
    if (!document) return;
    const sections = document.defaults ? [document.defaults, ...document.sections] : document.sections;
    for (const section of sections) {
      for (const option of section.options) {
        if (section.name === "core" && option.key === "executor") continue;
        checkOption(option, section.name, isSecretOption(section.name, option.key, context.knowledge), context.report);
      }
    }
  }
};
function checkOption(option, section, secret, report2) {
  const firstLine = option.valueLines[0]?.text ?? "";
  const match = INLINE_COMMENT.exec(firstLine);
  if (!match || !match[1]) return;
  const start = positionInValue(option, match.index + 1);
  const line = option.valueLines[0];
  if (!line) return;
  report2({
    messageId: secret || urlPassword(firstLine) !== void 0 ? "keptSecret" : "kept",
    data: { section, option: option.key, value: shorten(firstLine), prefix: match[1] },
    span: { start, end: line.span.end },
    fix: "Move the comment to its own line above the option."
  });
}
function shorten(text) {
  return text.length > 80 ? `${text.slice(0, 77)}\u2026` : text;
}

// src/rules/apf004-indented-option.ts
var LOOKS_LIKE_OPTION = /^([A-Za-z_][A-Za-z0-9_.-]*)\s*[=:]/;
var indentedOption = {
  meta: {
    id: "APF004",
    alias: "indented-option",
    description: "An indented `key = value` line is read as a continuation of the option above, not as an option.",
    severity: "warning",
    tags: ["syntax"],
    versions: "all",
    messages: {
      swallowed: '"{{key}}" is indented, so configparser reads this line as part of [{{section}}] {{option}} above: {{key}} is not set, and {{option}} gets a second line.'
    }
  },
  check(context) {
    const document = context.document;
    if (!document) return;
    for (const section of document.sections) {
      const known = context.knowledge.sections[section.name]?.options ?? {};
      for (const option of section.options) {
        for (const line of continuationLines(option)) {
          const key = LOOKS_LIKE_OPTION.exec(line.text)?.[1]?.toLowerCase();
          if (!key || !Object.hasOwn(known, key)) continue;
          context.report({
            messageId: "swallowed",
            data: { key, section: section.name, option: option.key },
            span: line.span,
            fix: `Remove the indentation in front of ${key}.`
          });
        }
      }
    }
  }
};
function continuationLines(option) {
  return option.valueLines.slice(1).filter((line) => line.text !== "");
}

// src/rules/support/expand.ts
var VARIABLE = /\$(\w+|\{[^}]*\})/g;
var NAME = /^\w+$/;
var MAX_ROUNDS = 20;
function expandEnvVar(value, lookup) {
  const unresolved = /* @__PURE__ */ new Set();
  let text = value;
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const next = expandVars(text, lookup, unresolved);
    if (next === text) break;
    text = next;
  }
  if (text.startsWith("~")) unresolved.add("~");
  return { text, unresolved: [...unresolved] };
}
function expandVars(text, lookup, unresolved) {
  return text.replace(VARIABLE, (whole, group) => {
    const name = group.startsWith("{") ? group.slice(1, -1) : group;
    if (!NAME.test(name)) return whole;
    const known = lookup(name);
    if (known === void 0) {
      unresolved.add(name);
      return whole;
    }
    return known;
  });
}

// src/rules/support/value.ts
function resolveValue(context, value) {
  if (value.variant === "cmd") return { known: false, why: `it is the output of the command in ${settingName(value)}` };
  if (value.variant === "secret") return { known: false, why: `it is read from the secrets backend (${settingName(value)})` };
  if (value.value === void 0) return { known: false, why: "it is resolved at run time" };
  const expansion = expandEnvVar(value.value, (name) => context.config.variable?.(name));
  if (expansion.unresolved.length > 0) {
    const names = expansion.unresolved.map((name) => name === "~" ? "~" : `$${name}`).join(", ");
    return { known: false, why: `it uses ${names}, resolved at run time` };
  }
  return { known: true, text: expansion.text };
}
function effectiveOption(context, section, option) {
  if (!optionExists(context, section, option)) return void 0;
  return context.config.get(section, option);
}
function optionExists(context, section, option) {
  return context.knowledge.sections[section]?.options[option] !== void 0;
}
function settingName(value) {
  const key = value.variant === "value" ? value.option : `${value.option}_${value.variant}`;
  if (value.origin === "env" && value.variable) return value.variable;
  return `[${value.section}] ${key}`;
}
function locateValue(context, value) {
  if (value.origin === "default" || !value.location) {
    return { file: context.file, span: sectionSpan(context, value.section), related: void 0, note: " (not set, so Airflow uses its default)" };
  }
  const span = value.node ? valueSpanOf(value.node) : value.valueSpan ?? value.location.span;
  const hidden = value.overridden.filter((other) => other.origin !== "default" && other.location);
  if (value.origin !== "env" || hidden.length === 0) {
    return { file: value.location.file, span, related: void 0, note: "" };
  }
  const related = hidden.map((other) => ({
    file: other.location?.file ?? context.file,
    span: other.node ? other.node.span : other.location?.span ?? span,
    message: `${settingName(other)} here is overridden by ${settingName(value)}`
  }));
  const lines = related.map((other) => `${other.file}:${other.span.start.line}`).join(", ");
  return { file: value.location.file, span, related, note: ` (${settingName(value)} overrides ${lines})` };
}
function sectionSpan(context, section) {
  const sections = context.document?.sections ?? [];
  const header = (sections.find((candidate) => candidate.name === section) ?? sections[0])?.headerSpan;
  return header ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
}
function reportValue(context, value, descriptor) {
  const where2 = locateValue(context, value);
  context.report({
    ...descriptor,
    data: { setting: settingName(value), ...descriptor.data, note: where2.note },
    file: where2.file,
    span: descriptor.span ?? where2.span,
    related: where2.related
  });
}
function pythonInt(text) {
  const trimmed = text.trim();
  if (!/^[+-]?\d+(?:_\d+)*$/.test(trimmed)) return void 0;
  return Number(trimmed.replace(/_/g, ""));
}
function airflowBoolean(text) {
  let value = text.toLowerCase().trim();
  if (value.includes("#")) value = (value.split("#")[0] ?? "").trim();
  if (["t", "true", "1"].includes(value)) return true;
  if (["f", "false", "0"].includes(value)) return false;
  return void 0;
}
function spanInValue(value, offset, length) {
  if (!value.node) return void 0;
  const start = positionInValue(value.node, offset);
  const end = positionInValue(value.node, offset + Math.max(length, 1));
  return end.line === start.line ? { start, end } : { start, end: { line: start.line, column: start.column + 1 } };
}
function unsetValue(section, option) {
  return { section, option, variant: "value", origin: "default", value: "", overridden: [] };
}

// src/rules/apf005-resolved-at-run-time.ts
var resolvedAtRunTime = {
  meta: {
    id: "APF005",
    alias: "resolved-at-run-time",
    description: "A value refers to environment variables the check was not given; Airflow expands them at run time.",
    severity: "notice",
    tags: ["syntax"],
    versions: "all",
    messages: {
      runtime: "{{setting}} uses {{names}}, which Airflow expands from the environment at run time; the checks could not see its value{{note}}."
    }
  },
  check(context) {
    for (const value of context.config.explicit()) {
      if (value.value === void 0 || !value.value.includes("$")) continue;
      const expansion = expandEnvVar(value.value, (name) => context.config.variable?.(name));
      const names = expansion.unresolved.filter((name) => name !== "~");
      if (names.length === 0) continue;
      reportValue(context, value, {
        messageId: "runtime",
        data: { setting: settingName(value), names: names.map((name) => `$${name}`).join(", ") },
        fix: "Pass the variables with --env-file to check the value Airflow will use."
      });
    }
  }
};

// src/rules/support/split.ts
function splitWithOffsets(text, separator) {
  const parts = [];
  let offset = 0;
  for (const part of text.split(separator)) {
    parts.push({ text: part, offset });
    offset += part.length + separator.length;
  }
  return parts;
}

// src/rules/support/executor.ts
var INLINE_COMMENT2 = /\s[#;]/;
var IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
function parseExecutorSetting(value, facts) {
  const problems = [];
  if (value.includes("\n")) problems.push({ kind: "multiline" });
  const comment = INLINE_COMMENT2.exec(value);
  if (comment) problems.push({ kind: "inline-comment", offset: comment.index + 1 });
  const parts = facts.acceptsList ? splitWithOffsets(value, ",") : [{ text: value, offset: 0 }];
  if (!facts.acceptsList && value.includes(",")) problems.push({ kind: "list-not-accepted", offset: value.indexOf(",") });
  const entries = [];
  for (const part of parts) {
    const name = part.text.trim();
    const offset = part.offset + (part.text.length - part.text.trimStart().length);
    if (name === "") {
      if (parts.length > 1) problems.push({ kind: "empty-entry", offset: part.offset });
      continue;
    }
    const entry = { name, offset, coreAlias: Object.hasOwn(facts.coreExecutors, name) ? name : void 0 };
    entries.push(entry);
  }
  if (comment || value.includes("\n") || !facts.acceptsList && value.includes(",")) return { entries, problems };
  for (const entry of entries) {
    const problem = entryProblem(entry, facts);
    if (problem) problems.push(problem);
  }
  problems.push(...duplicates(entries, facts));
  return { entries, problems };
}
function entryProblem(entry, facts) {
  if (entry.coreAlias) return void 0;
  const path = facts.acceptsList ? aliasedPath(entry.name) : entry.name;
  if (path === void 0) return { kind: "malformed-path", entry };
  if (!path.includes(".")) {
    if (path !== entry.name) return { kind: "malformed-path", entry };
    return { kind: "unknown-alias", entry, suggestion: suggestAlias(entry.name, facts) };
  }
  if (!path.split(".").every((segment) => IDENTIFIER.test(segment))) return { kind: "malformed-path", entry };
  return void 0;
}
function aliasedPath(name) {
  const pieces = name.split(":");
  if (pieces.length === 1) return name;
  if (pieces.length > 2) return void 0;
  const [alias, path] = pieces;
  if (alias === "" || path === "") return void 0;
  return path;
}
function duplicates(entries, facts) {
  const seen = /* @__PURE__ */ new Set();
  const problems = [];
  for (const entry of entries) {
    const module = entry.coreAlias ? facts.coreExecutors[entry.coreAlias] : entry.name.split(":").at(-1);
    if (module === void 0) continue;
    if (seen.has(module)) problems.push({ kind: "duplicate", entry });
    seen.add(module);
  }
  return problems;
}
function suggestAlias(name, facts) {
  const aliases = Object.keys(facts.coreExecutors);
  const lower = name.toLowerCase();
  const sameCase = aliases.find((alias) => alias.toLowerCase() === lower);
  if (sameCase) return sameCase;
  const ranked = aliases.map((alias) => ({ alias, distance: editDistance(alias.toLowerCase(), lower) })).sort((a, b) => a.distance - b.distance);
  const best = ranked[0];
  return best && best.distance <= 3 ? best.alias : void 0;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_unused, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
function configuredExecutor(context) {
  const value = effectiveOption(context, "core", "executor");
  if (!value) return void 0;
  const resolved = resolveValue(context, value);
  if (!resolved.known) return void 0;
  return { value, text: resolved.text, setting: parseExecutorSetting(resolved.text, context.knowledge.executors) };
}

// src/rules/support/no-parallelism.ts
var NO_PARALLELISM_EXECUTORS = ["SequentialExecutor", "DebugExecutor"];

// src/rules/apf101-executor-unloadable.ts
var executorUnloadable = {
  meta: {
    id: "APF101",
    alias: "executor-unloadable",
    description: "`[core] executor` names an executor that Airflow cannot load, so the scheduler refuses to start.",
    severity: "error",
    tags: ["production"],
    versions: "all; the list and `alias:module.path` forms from the release whose knowledge says executors accept lists (2.10)",
    messages: {
      multiline: "{{setting}} continues on an indented line, so Airflow reads the executor name with a line break in it and cannot load it{{note}}.",
      inlineComment: "{{setting}} ends with an inline comment: configparser keeps ' {{comment}}\u2026' as part of the value, so Airflow cannot load the executor{{note}}.",
      listNotAccepted: 'Airflow {{version}} accepts one executor only: it tries to import "{{value}}" as a single name and fails{{note}}.',
      emptyEntry: "{{setting}} has an empty entry in its list (a stray comma); Airflow cannot load an executor with no name{{note}}.",
      unknownAlias: 'Airflow {{version}} has no executor called "{{name}}"{{suggestion}}; the scheduler fails at start-up{{note}}.',
      malformedPath: '"{{name}}" is not an importable module path (`package.module.ClassName`), so Airflow cannot load the executor{{note}}.',
      duplicate: '"{{name}}" is listed twice; Airflow refuses duplicate executors ("At least one executor was configured twice"){{note}}.'
    }
  },
  check(context) {
    const executor = configuredExecutor(context);
    if (!executor) return;
    for (const problem of executor.setting.problems) reportProblem(context, executor.value, executor.text, problem);
  }
};
function reportProblem(context, value, text, problem) {
  const version = context.target.knowledgeVersion;
  const aliases = Object.keys(context.knowledge.executors.coreExecutors).join(", ");
  switch (problem.kind) {
    case "multiline":
      return reportValue(context, value, { messageId: "multiline", fix: "Write the executor on one line; indent nothing under it." });
    case "inline-comment":
      return reportValue(context, value, {
        messageId: "inlineComment",
        data: { comment: text.slice(problem.offset, problem.offset + 1) },
        span: spanInValue(value, problem.offset, text.length - problem.offset),
        fix: "Move the comment to its own line above the option (a line starting with #)."
      });
    case "list-not-accepted":
      return reportValue(context, value, {
        messageId: "listNotAccepted",
        data: { version, value: text },
        fix: "Keep one executor (for example CeleryExecutor): this release runs a single executor."
      });
    case "empty-entry":
      return reportValue(context, value, {
        messageId: "emptyEntry",
        span: spanInValue(value, problem.offset, 1),
        fix: "Remove the extra comma."
      });
    case "unknown-alias":
      if (NO_PARALLELISM_EXECUTORS.includes(problem.entry.name)) return;
      return reportValue(context, value, {
        messageId: "unknownAlias",
        data: { version, name: problem.entry.name, suggestion: problem.suggestion ? ` (did you mean ${problem.suggestion}?)` : "" },
        span: spanInValue(value, problem.entry.offset, problem.entry.name.length),
        fix: `Use one of ${aliases}, or the full import path of a custom executor class.`
      });
    case "malformed-path":
      return reportValue(context, value, {
        messageId: "malformedPath",
        data: { name: problem.entry.name },
        span: spanInValue(value, problem.entry.offset, problem.entry.name.length),
        fix: `Use one of ${aliases}, or a dotted import path such as my_company.executors.MyExecutor.`
      });
    case "duplicate":
      return reportValue(context, value, {
        messageId: "duplicate",
        data: { name: problem.entry.name },
        span: spanInValue(value, problem.entry.offset, problem.entry.name.length),
        fix: "List each executor once."
      });
  }
}

// src/rules/apf102-executor-no-parallelism.ts
var FIX = "Set `executor = LocalExecutor` (one machine) or CeleryExecutor / KubernetesExecutor, with a PostgreSQL metastore.";
var executorNoParallelism = {
  meta: {
    id: "APF102",
    alias: "executor-no-parallelism",
    description: "The SequentialExecutor or DebugExecutor runs one task at a time; Airflow 3 no longer has them.",
    severity: "error",
    tags: ["production"],
    versions: "all: on releases that have them (2.x) they run one task at a time; on releases without them (3.x) the value is rewritten or fails",
    messages: {
      serial: "{{setting}} is {{name}}, which runs one task at a time inside the scheduler: no parallelism, not for production{{note}}.",
      rewritten: 'Airflow {{version}} has no {{name}}: it rewrites the value to "{{replacement}}" with a FutureWarning at every start{{note}}.',
      removed: "Airflow {{version}} has no {{name}}, so the scheduler cannot load the executor and fails at start-up{{note}}."
    }
  },
  check(context) {
    const executor = configuredExecutor(context);
    if (!executor) return;
    const { value } = executor;
    const facts = context.knowledge.executors;
    for (const entry of executor.setting.entries) {
      const name = entry.name.split(/[:.]/).at(-1) ?? entry.name;
      if (!NO_PARALLELISM_EXECUTORS.includes(name)) continue;
      const span = spanInValue(value, entry.offset, entry.name.length);
      const version = context.target.knowledgeVersion;
      if (Object.hasOwn(facts.coreExecutors, name)) {
        reportValue(context, value, { messageId: "serial", data: { name }, span, fix: FIX });
        continue;
      }
      const replacement = rewrite(context, entry.name);
      reportValue(context, value, {
        messageId: replacement === void 0 ? "removed" : "rewritten",
        data: { name, version, replacement: replacement ?? "" },
        span,
        fix: FIX
      });
    }
  }
};
function rewrite(context, entry) {
  const rule = context.knowledge.deprecatedValues.find((value) => value.section === "core" && value.option === "executor");
  if (!rule) return void 0;
  const pattern = pythonPattern(rule.pattern);
  if (!pattern?.test(entry)) return void 0;
  return entry.replace(pattern, rule.replacement);
}
function pythonPattern(source) {
  try {
    return new RegExp(source.replace(/\\A/g, "^").replace(/\\z/g, "$").replace(/^\(\?i\)/, ""));
  } catch {
    return void 0;
  }
}

// src/rules/support/db-url.ts
var SQLALCHEMY_URL = new RegExp(
  [
    "^(?<name>[\\w+]+)://",
    "(?:(?<username>[^:/]*)(?::(?<password>[^@]*))?@)?",
    "(?:(?:\\[(?<ipv6host>[^/?]+)\\]|(?<ipv4host>[^/:?]+))?(?::(?<port>[^/?]*))?)?",
    "(?:/(?<database>[^?]*))?",
    "(?:\\?(?<query>.*))?$"
  ].join(""),
  "s"
);
function parseDatabaseUrl(text) {
  const match = SQLALCHEMY_URL.exec(text.trim());
  const groups = match?.groups;
  if (!groups?.["name"]) return void 0;
  const scheme = groups["name"];
  const plus = scheme.indexOf("+");
  return {
    scheme,
    dialect: plus === -1 ? scheme : scheme.slice(0, plus),
    driver: plus === -1 ? void 0 : scheme.slice(plus + 1),
    username: groups["username"],
    password: groups["password"],
    host: groups["ipv6host"] ?? groups["ipv4host"],
    port: groups["port"],
    database: groups["database"],
    query: groups["query"]
  };
}

// src/rules/support/metastore.ts
function metastoreOf(context) {
  const value = effectiveOption(context, "database", "sql_alchemy_conn");
  if (!value) return void 0;
  const resolved = resolveValue(context, value);
  if (!resolved.known) return void 0;
  return { value, text: resolved.text, url: parseDatabaseUrl(resolved.text) };
}
function isSqlite(metastore) {
  return metastore.url ? metastore.url.dialect === "sqlite" : metastore.text.trim().startsWith("sqlite");
}
var POSTGRES_ALIASES = ["postgres", "postgres+psycopg2"];

// src/rules/apf110-sqlite-metastore.ts
var FIX2 = "Use PostgreSQL: set sql_alchemy_conn_cmd / sql_alchemy_conn_secret or AIRFLOW__DATABASE__SQL_ALCHEMY_CONN to postgresql+psycopg2://user:password@host:5432/airflow, then run `airflow db migrate`.";
var sqliteMetastore = {
  meta: {
    id: "APF110",
    alias: "sqlite-metastore",
    description: "The metastore is a SQLite database: not for production, and refused with parallel executors on releases that say so.",
    severity: "error",
    tags: ["production"],
    versions: "all; the start-up refusal where the knowledge lists the executor as SQLite-incompatible (2.x)",
    messages: {
      refused: '{{setting}} is a SQLite database: Airflow {{version}} refuses to start with it ("cannot use SQLite with the {{executor}}"){{note}}.',
      notProduction: "{{setting}} is a SQLite database: one writer at a time, one machine, no parallel executor \u2014 not a production metastore{{note}}."
    }
  },
  check(context) {
    const metastore = metastoreOf(context);
    if (!metastore || !isSqlite(metastore)) return;
    const executor = sqliteIncompatibleExecutor(context);
    reportValue(context, metastore.value, {
      messageId: executor ? "refused" : "notProduction",
      data: { version: context.target.knowledgeVersion, executor: executor ?? "" },
      fix: FIX2
    });
  }
};
function sqliteIncompatibleExecutor(context) {
  const facts = context.knowledge.executors;
  const entries = configuredExecutor(context)?.setting.entries ?? [];
  return entries.find((entry) => entry.coreAlias && facts.sqliteIncompatible.includes(entry.coreAlias))?.coreAlias;
}

// src/rules/apf111-postgres-scheme.ts
var postgresScheme = {
  meta: {
    id: "APF111",
    alias: "postgres-scheme",
    description: "The metastore URL uses the `postgres://` scheme, which SQLAlchemy 1.4 and later no longer know.",
    severity: "warning",
    tags: ["production"],
    versions: "all",
    messages: {
      scheme: 'SQLAlchemy {{sqlalchemy}} has no "{{scheme}}" dialect: Airflow rewrites the URL with a FutureWarning at every start, and any other tool given this URL fails with NoSuchModuleError{{note}}.'
    }
  },
  check(context) {
    const metastore = metastoreOf(context);
    const scheme = metastore?.url?.scheme;
    if (!metastore || !scheme || !POSTGRES_ALIASES.includes(scheme)) return;
    const corrected = metastore.text.trim().replace(/^[^:]+:\/\//, `${scheme === "postgres" ? "postgresql" : "postgresql+psycopg2"}://`);
    reportValue(context, metastore.value, {
      messageId: "scheme",
      data: { scheme, sqlalchemy: context.knowledge.libraries.sqlalchemy },
      fix: `Write the URL as ${maskUrlPasswords(corrected)}`
    });
  }
};

// src/rules/apf112-sqlite-relative-path.ts
var ABSOLUTE_PREFIX = "sqlite:///";
var sqliteRelativePath = {
  meta: {
    id: "APF112",
    alias: "sqlite-relative-path",
    description: "The SQLite metastore URL is relative or in-memory, so components do not share one database.",
    severity: "error",
    tags: ["production"],
    versions: "all",
    messages: {
      relative: `{{setting}} is a relative SQLite path: Airflow refuses it at start-up ("Cannot use relative path \u2026 to connect to sqlite"; releases before that resolved it from each process's working directory){{note}}.`,
      memory: "{{setting}} is an in-memory SQLite database: each process gets its own empty database, and everything is lost when it exits{{note}}."
    }
  },
  check(context) {
    const metastore = metastoreOf(context);
    if (!metastore || metastore.value.origin === "default" || !isSqlite(metastore)) return;
    const text = metastore.text.trim();
    const path = text.startsWith(ABSOLUTE_PREFIX) ? text.slice(ABSOLUTE_PREFIX.length) : void 0;
    const memory = text === "sqlite://" || path === ":memory:" || path === "";
    if (!memory && path?.startsWith("/")) return;
    reportValue(context, metastore.value, {
      messageId: memory ? "memory" : "relative",
      fix: "Use PostgreSQL for production; for a local trial use an absolute path such as sqlite:////opt/airflow/airflow.db."
    });
  }
};

// src/rules/apf113-metastore-dialect-unsupported.ts
var metastoreDialectUnsupported = {
  meta: {
    id: "APF113",
    alias: "metastore-dialect-unsupported",
    description: "The metastore URL names a database Airflow does not support on the target release, or is not a URL at all.",
    severity: "error",
    tags: ["production"],
    versions: "all; the supported databases come from the knowledge data of the target release",
    messages: {
      unsupported: 'Airflow {{version}} does not support "{{dialect}}" as a metastore (supported: {{supported}}); `airflow db migrate` and every component fail{{note}}.',
      unparseable: "SQLAlchemy cannot parse {{setting}} as a database URL (`dialect+driver://user:password@host:port/database`), so no component can connect{{note}}."
    }
  },
  check(context) {
    const metastore = metastoreOf(context);
    if (!metastore || metastore.value.origin === "default") return;
    const supported = context.knowledge.metastore.supportedDialects;
    const url = metastore.url;
    if (!url) {
      reportValue(context, metastore.value, {
        messageId: "unparseable",
        fix: "Write a URL such as postgresql+psycopg2://user:password@host:5432/airflow."
      });
      return;
    }
    if (POSTGRES_ALIASES.includes(url.scheme) || supported.includes(url.dialect)) return;
    reportValue(context, metastore.value, {
      messageId: "unsupported",
      data: { version: context.target.knowledgeVersion, dialect: url.dialect, supported: supported.join(", ") },
      fix: "Move the metastore to PostgreSQL (postgresql+psycopg2://\u2026) and run `airflow db migrate`."
    });
  }
};

// src/rules/apf114-metastore-url-incomplete.ts
var metastoreUrlIncomplete = {
  meta: {
    id: "APF114",
    alias: "metastore-url-incomplete",
    description: "The metastore URL has no host or no database name, so the driver falls back to its own defaults.",
    severity: "warning",
    tags: ["production"],
    versions: "all",
    messages: {
      noHost: "{{setting}} names no host: the driver connects to a local socket on the machine each component runs on, not a shared database server{{note}}.",
      noDatabase: "{{setting}} names no database: the driver connects to the user's default database, so Airflow's tables land wherever that is{{note}}."
    }
  },
  check(context) {
    const metastore = metastoreOf(context);
    const url = metastore?.url;
    if (!metastore || !url || metastore.value.origin === "default" || isSqlite(metastore)) return;
    const query = new URLSearchParams(url.query ?? "");
    const fix = "Write the full URL: dialect+driver://user:password@host:port/database.";
    if (!url.host && !query.has("host")) reportValue(context, metastore.value, { messageId: "noHost", fix });
    if (!url.database && !query.has("dbname")) reportValue(context, metastore.value, { messageId: "noDatabase", fix });
  }
};

// src/rules/apf115-metastore-password-in-file.ts
var metastorePasswordInFile = {
  meta: {
    id: "APF115",
    alias: "metastore-password-in-file",
    description: "The metastore password is written into the configuration file.",
    severity: "warning",
    tags: ["security"],
    versions: "all",
    messages: {
      password: "{{setting}} contains the database password in plain text: everyone who can read the repository or the image can reach the metastore{{note}}."
    }
  },
  check(context) {
    const value = effectiveOption(context, "database", "sql_alchemy_conn");
    if (!value || value.origin !== "cfg" || value.value === void 0) return;
    const password = parseDatabaseUrl(value.value)?.password;
    if (!password || password.includes("$")) return;
    const variable = envVarName(value.section, value.option);
    reportValue(context, value, {
      messageId: "password",
      fix: `Remove the URL from the file and set ${value.option}_cmd, ${value.option}_secret or the ${variable} variable instead.`
    });
  }
};

// src/rules/apf120-fernet-key-empty.ts
var fernetKeyEmpty = {
  meta: {
    id: "APF120",
    alias: "fernet-key-empty",
    description: "No Fernet key: Airflow stores connection passwords and variables unencrypted in the metastore.",
    severity: "warning",
    tags: ["security"],
    versions: "all",
    messages: {
      empty: "[core] fernet_key is empty: Airflow stores connection passwords and variables unencrypted in the metastore{{note}}."
    }
  },
  check(context) {
    if (!optionExists(context, "core", "fernet_key")) return;
    const value = effectiveOption(context, "core", "fernet_key") ?? unsetValue("core", "fernet_key");
    const resolved = resolveValue(context, value);
    if (!resolved.known || resolved.text.trim() !== "") return;
    reportValue(context, value, {
      messageId: "empty",
      fix: 'Generate a key with `python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"` and provide it through fernet_key_cmd, fernet_key_secret or AIRFLOW__CORE__FERNET_KEY.'
    });
  }
};

// src/rules/support/keys.ts
var PUBLISHED_FERNET_KEYS = ["46BKJoQYlPPOexq0OhDZnIlNepKFf87WFwLbfzqDDho="];
var PUBLISHED_SECRETS = [
  "temporary_key",
  "airflow_jwt_secret",
  "secret",
  "secret_key",
  "changeme",
  "change_me",
  "airflow",
  "password"
];
var PLACEHOLDER = /^(?:\{[^}]*\}|<[^>]*>|\$\{[^}]*\}|.*(?:your|change[_-]?me|replace|placeholder|example|xxxx|todo|fixme).*)$/i;
function isPlaceholder(text) {
  return PLACEHOLDER.test(text.trim());
}
function isPublishedFernetKey(text) {
  return PUBLISHED_FERNET_KEYS.includes(text.trim());
}
function isPublishedSecret(text) {
  return PUBLISHED_SECRETS.includes(text.trim().toLowerCase());
}
var FERNET_KEY = /^[A-Za-z0-9_-]{43}=$/;
function isFernetKey(part) {
  return FERNET_KEY.test(part.trim());
}
function fernetParts(text) {
  return splitWithOffsets(text, ",").map((part) => ({ key: part.text, offset: part.offset }));
}

// src/rules/apf121-fernet-key-invalid.ts
var FIX3 = 'Generate a key with `python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"`, keep it out of the repository (fernet_key_cmd, fernet_key_secret or AIRFLOW__CORE__FERNET_KEY), and list old keys after it, comma-separated, while rotating.';
var fernetKeyInvalid = {
  meta: {
    id: "APF121",
    alias: "fernet-key-invalid",
    description: "A Fernet key that is not 32 bytes of URL-safe base64, a placeholder, or a key published on the internet.",
    severity: "error",
    tags: ["security"],
    versions: "all",
    messages: {
      malformed: '{{which}}{{setting}} is not 32 URL-safe base64-encoded bytes: Airflow fails with "Fernet key must be 32 url-safe base64-encoded bytes" when it reads or writes a connection or variable{{note}}.',
      placeholder: "{{which}}{{setting}} is a placeholder, not a key: Airflow cannot encrypt or decrypt with it{{note}}.",
      published: "{{which}}{{setting}} is a key published in public examples: anyone can decrypt the connections and variables in the metastore{{note}}."
    }
  },
  check(context) {
    const value = effectiveOption(context, "core", "fernet_key");
    if (!value) return;
    const resolved = resolveValue(context, value);
    if (!resolved.known || resolved.text.trim() === "") return;
    const parts = fernetParts(resolved.text);
    parts.forEach((part, index) => {
      const messageId = isPublishedFernetKey(part.key) ? "published" : isPlaceholder(part.key) ? "placeholder" : isFernetKey(part.key) ? void 0 : "malformed";
      if (!messageId) return;
      reportValue(context, value, {
        messageId,
        data: { which: parts.length > 1 ? `Key ${index + 1} of ${parts.length} in ` : "" },
        span: parts.length > 1 ? spanInValue(value, part.offset, part.key.length) : void 0,
        fix: FIX3
      });
    });
  }
};

// src/rules/support/key-options.ts
var SIGNING_KEYS = [
  { section: "webserver", option: "secret_key" },
  { section: "api", option: "secret_key" },
  { section: "api_auth", option: "jwt_secret" }
];
function signingKeys(context) {
  return SIGNING_KEYS.filter((key) => optionExists(context, key.section, key.option));
}
function secretKeys(context) {
  const fernet = optionExists(context, "core", "fernet_key") ? [{ section: "core", option: "fernet_key" }] : [];
  return [...fernet, ...signingKeys(context)];
}

// src/rules/apf122-secret-in-file.ts
var secretInFile = {
  meta: {
    id: "APF122",
    alias: "secret-in-file",
    description: "A Fernet key, secret key or JWT secret written as a literal into the configuration file.",
    severity: "warning",
    tags: ["security"],
    versions: "all; the options checked are those the target release has",
    messages: {
      literal: "{{setting}} is written into the file: everyone who can read the repository or the image has the key{{note}}."
    }
  },
  check(context) {
    for (const key of secretKeys(context)) {
      const value = effectiveOption(context, key.section, key.option);
      if (!value || value.origin !== "cfg" || value.value === void 0) continue;
      const text = value.value.trim();
      if (text === "" || /^(\$\w+|\$\{\w+\})$/.test(text)) continue;
      reportValue(context, value, {
        messageId: "literal",
        fix: `Remove it from the file and provide it through ${value.option}_cmd, ${value.option}_secret or the ${envVarName(value.section, value.option)} variable.`
      });
    }
  }
};

// src/rules/apf123-secret-key-weak.ts
var MIN_LENGTH = 16;
var FIX4 = 'Generate one value (`python -c "import secrets; print(secrets.token_urlsafe(32))"`), give the same value to every component through {{option}}_cmd, {{option}}_secret or {{variable}}, and keep it out of the repository.';
var secretKeyWeak = {
  meta: {
    id: "APF123",
    alias: "secret-key-weak",
    description: "A signing key (secret_key, jwt_secret) that is missing, a published default, or too short.",
    severity: "warning",
    tags: ["security"],
    versions: "2.x: [webserver] secret_key; 3.x: [api] secret_key and [api_auth] jwt_secret (from the knowledge data)",
    messages: {
      unsetSecretKey: "{{setting}} is empty: every component generates its own key, so signed requests between them fail (403 FORBIDDEN when the UI fetches task logs) and sessions break across processes{{note}}.",
      unsetJwtSecret: '{{setting}} is empty: every component generates its own ("jwt_secret was empty, using a generated one"), so tokens from one are rejected by the others ("Signature verification failed"){{note}}.',
      published: "{{setting}} is a well-known value: anyone can forge sessions or tokens and act as any user{{note}}.",
      short: "{{setting}} is only {{length}} characters long: short keys can be guessed, and with them sessions or tokens forged{{note}}."
    }
  },
  check(context) {
    for (const key of signingKeys(context)) checkKey(context, key);
  }
};
function checkKey(context, key) {
  if (key.option === "jwt_secret" && usesPrivateKey(context)) return;
  const value = effectiveOption(context, key.section, key.option) ?? unsetValue(key.section, key.option);
  const resolved = resolveValue(context, value);
  if (!resolved.known) return;
  const text = resolved.text.trim();
  const fix = FIX4.replaceAll("{{option}}", key.option).replace("{{variable}}", envVarName(key.section, key.option));
  if (text === "") {
    const messageId = key.option === "jwt_secret" ? "unsetJwtSecret" : "unsetSecretKey";
    reportValue(context, value, { messageId, fix });
  } else if (isPublishedSecret(text) || isPlaceholder(text)) {
    reportValue(context, value, { messageId: "published", severity: "error", fix });
  } else if (text.length < MIN_LENGTH) {
    reportValue(context, value, { messageId: "short", data: { length: text.length }, fix });
  }
}
function usesPrivateKey(context) {
  const path = effectiveOption(context, "api_auth", "jwt_private_key_path");
  if (!path) return false;
  const resolved = resolveValue(context, path);
  return !resolved.known || resolved.text.trim() !== "";
}

// src/rules/support/exposure.ts
function exposureRule(spec) {
  const { message, ...meta } = spec.meta;
  return {
    meta: { ...meta, severity: "warning", tags: ["exposure", "security"], messages: { unsafe: message } },
    check(context) {
      const place2 = spec.places.find((candidate) => context.knowledge.sections[candidate.section]?.options[candidate.option]);
      if (!place2) return;
      const value = effectiveOption(context, place2.section, place2.option);
      if (!value) return;
      const resolved = resolveValue(context, value);
      if (!resolved.known || !spec.unsafe(resolved.text)) return;
      reportValue(context, value, { messageId: "unsafe", data: { value: resolved.text.trim() }, fix: spec.fix });
    }
  };
}

// src/rules/apf130-load-examples.ts
var loadExamples = exposureRule({
  meta: {
    id: "APF130",
    alias: "load-examples",
    description: "Example DAGs are loaded into the production instance.",
    versions: "all",
    message: "{{setting}} is {{value}}: Airflow loads its example DAGs, which anyone with UI access can trigger, and which clutter the DAG list{{note}}."
  },
  places: [{ section: "core", option: "load_examples" }],
  unsafe: (text) => airflowBoolean(text) === true,
  fix: "Set `load_examples = False` under [core] (or AIRFLOW__CORE__LOAD_EXAMPLES=False)."
});

// src/rules/apf131-expose-config.ts
var EXPOSING = /* @__PURE__ */ new Set(["true", "t", "1", "non-sensitive-only"]);
var exposeConfig = exposureRule({
  meta: {
    id: "APF131",
    alias: "expose-config",
    description: "The configuration is shown in the UI and the REST API.",
    versions: "2.x: [webserver] expose_config; 3.x: [api] expose_config (from the knowledge data)",
    message: "{{setting}} is {{value}}: every logged-in user can read the running configuration in the UI and through the API, including hosts, paths and settings an attacker can use{{note}}."
  },
  places: [
    { section: "api", option: "expose_config" },
    { section: "webserver", option: "expose_config" }
  ],
  unsafe: (text) => EXPOSING.has(text.trim().toLowerCase()),
  fix: "Set expose_config = False."
});

// src/rules/apf132-test-connection.ts
var testConnection = exposureRule({
  meta: {
    id: "APF132",
    alias: "test-connection",
    description: 'The "Test connection" button is enabled in the UI, the API and the CLI.',
    versions: "all releases that have [core] test_connection",
    message: "{{setting}} is {{value}}: any user who may edit connections can make the workers connect to hosts of their choice and run driver code{{note}}."
  },
  places: [{ section: "core", option: "test_connection" }],
  unsafe: (text) => text.trim().toLowerCase() === "enabled",
  fix: "Set `test_connection = Disabled` (or Hidden) under [core]."
});

// src/rules/apf133-xcom-pickling.ts
var xcomPickling = exposureRule({
  meta: {
    id: "APF133",
    alias: "xcom-pickling",
    description: "XCom values are pickled, so reading one can run arbitrary code.",
    versions: "releases that have [core] enable_xcom_pickling (2.x)",
    message: "{{setting}} is {{value}}: XCom values are unpickled when read, so anyone who can write an XCom can run code in the scheduler, workers and webserver{{note}}."
  },
  places: [{ section: "core", option: "enable_xcom_pickling" }],
  unsafe: (text) => airflowBoolean(text) === true,
  fix: "Set `enable_xcom_pickling = False` and pass JSON-serialisable values between tasks."
});

// src/rules/apf134-sensitive-fields-visible.ts
var sensitiveFieldsVisible = exposureRule({
  meta: {
    id: "APF134",
    alias: "sensitive-fields-visible",
    description: "Sensitive connection and variable fields are shown in clear in the UI and logs.",
    versions: "all releases that have [core] hide_sensitive_var_conn_fields",
    message: "{{setting}} is {{value}}: passwords, tokens and keys in connections and variables are shown in the UI and written to task logs unmasked{{note}}."
  },
  places: [{ section: "core", option: "hide_sensitive_var_conn_fields" }],
  unsafe: (text) => airflowBoolean(text) === false,
  fix: "Set `hide_sensitive_var_conn_fields = True` under [core]."
});

// src/rules/apf135-cookie-not-secure.ts
var cookieNotSecure = exposureRule({
  meta: {
    id: "APF135",
    alias: "cookie-not-secure",
    description: "The session cookie is sent without the Secure flag.",
    versions: "releases that have [webserver] cookie_secure (2.x)",
    message: "{{setting}} is {{value}}: browsers also send the session cookie over plain HTTP, where it can be read and replayed{{note}}."
  },
  places: [{ section: "webserver", option: "cookie_secure" }],
  unsafe: (text) => airflowBoolean(text) !== true,
  fix: "Serve the UI over HTTPS and set `cookie_secure = True` under [webserver]."
});

// src/rules/support/integer.ts
function integerOption(context, section, option) {
  const value = effectiveOption(context, section, option);
  if (!value) return void 0;
  const resolved = resolveValue(context, value);
  if (!resolved.known) return void 0;
  const number = pythonInt(resolved.text);
  return number === void 0 ? void 0 : { value, number };
}

// src/rules/apf140-parallelism-invalid.ts
var parallelismInvalid = {
  meta: {
    id: "APF140",
    alias: "parallelism-invalid",
    description: "`[core] parallelism` is zero or negative.",
    severity: "error",
    tags: ["capacity"],
    versions: "all",
    messages: {
      negative: "{{setting}} is {{number}}: the executor never has a free slot, so no task ever starts{{note}}.",
      zero: '{{setting}} is 0: older executors read it as "no limit" while newer ones refuse to start ("parallelism is set to 0 or lower"){{note}}.'
    }
  },
  check(context) {
    const setting = integerOption(context, "core", "parallelism");
    if (!setting || setting.number > 0) return;
    const zero = setting.number === 0;
    reportValue(context, setting.value, {
      messageId: zero ? "zero" : "negative",
      severity: zero ? "warning" : "error",
      data: { number: setting.number },
      fix: "Set parallelism to the number of task instances one scheduler may run at once, for example 32."
    });
  }
};

// src/rules/apf141-dag-tasks-above-parallelism.ts
var dagTasksAboveParallelism = {
  meta: {
    id: "APF141",
    alias: "dag-tasks-above-parallelism",
    description: "`max_active_tasks_per_dag` is larger than `parallelism`, so the per-DAG limit can never be reached.",
    severity: "warning",
    tags: ["capacity"],
    versions: "all (the option was `dag_concurrency` before 2.2; the old name is followed)",
    messages: {
      above: "{{perDagName}} is {{perDag}} but {{parallelismName}} is {{parallelism}}: one scheduler runs at most {{parallelism}} tasks at once, so a DAG never reaches {{perDag}} and the rest stay queued{{note}}."
    }
  },
  check(context) {
    const perDag = integerOption(context, "core", "max_active_tasks_per_dag");
    const parallelism = integerOption(context, "core", "parallelism");
    if (!perDag || !parallelism || parallelism.number <= 0 || perDag.number <= parallelism.number) return;
    if (perDag.value.origin === "default" && parallelism.value.origin === "default") return;
    const target = perDag.value.origin === "default" ? parallelism.value : perDag.value;
    reportValue(context, target, {
      messageId: "above",
      data: {
        perDagName: settingName(perDag.value),
        perDag: perDag.number,
        parallelismName: settingName(parallelism.value),
        parallelism: parallelism.number
      },
      fix: "Raise parallelism (per scheduler) or lower max_active_tasks_per_dag to at most parallelism."
    });
  }
};

// src/rules/apf142-pool-exhausts-connections.ts
var POSTGRES_MAX_CONNECTIONS = 100;
var HANDFUL_OF_PROCESSES = 5;
var poolExhaustsConnections = {
  meta: {
    id: "APF142",
    alias: "pool-exhausts-connections",
    description: "The metastore connection pool is so large that a few Airflow processes exhaust PostgreSQL's default 100 connections.",
    severity: "warning",
    tags: ["capacity"],
    versions: "all",
    messages: {
      exhausts: `Each Airflow process may open sql_alchemy_pool_size + sql_alchemy_max_overflow = {{size}} + {{overflow}} = {{perProcess}} metastore connections, so {{processes}} processes need {{total}}, more than PostgreSQL's default max_connections of {{max}} ("FATAL: sorry, too many clients already"){{note}}.`,
      unlimited: '{{setting}} is 0, which SQLAlchemy reads as "no limit": every process may open as many metastore connections as it likes, until PostgreSQL refuses them{{note}}.'
    }
  },
  check(context) {
    if (!poolEnabled(context) || !postgresOrUnknown(context)) return;
    const size = integerOption(context, "database", "sql_alchemy_pool_size");
    const overflow = integerOption(context, "database", "sql_alchemy_max_overflow");
    if (!size || !overflow || size.value.origin === "default" && overflow.value.origin === "default") return;
    const fix = "Keep sql_alchemy_pool_size + sql_alchemy_max_overflow small (the defaults are 5 + 10), or put PgBouncer in front of PostgreSQL.";
    if (size.number === 0) {
      reportValue(context, size.value, { messageId: "unlimited", fix });
      return;
    }
    const perProcess = size.number + Math.max(overflow.number, 0);
    const processes = Math.floor(POSTGRES_MAX_CONNECTIONS / perProcess) + 1;
    if (processes > HANDFUL_OF_PROCESSES) return;
    const target = size.value.origin === "default" ? overflow.value : size.value;
    reportValue(context, target, {
      messageId: "exhausts",
      data: {
        size: size.number,
        overflow: overflow.number,
        perProcess,
        processes,
        total: processes * perProcess,
        max: POSTGRES_MAX_CONNECTIONS
      },
      fix
    });
  }
};
function poolEnabled(context) {
  const value = effectiveOption(context, "database", "sql_alchemy_pool_enabled");
  if (!value) return true;
  const resolved = resolveValue(context, value);
  return !resolved.known || airflowBoolean(resolved.text) !== false;
}
function postgresOrUnknown(context) {
  const metastore = metastoreOf(context);
  if (!metastore || metastore.value.origin === "default") return true;
  const dialect = metastore.url?.dialect;
  return dialect === void 0 || dialect.startsWith("postgres");
}

// src/rules/support/compat-knowledge.ts
var FALLBACK_OWNER = "core:provider-fallback-defaults";
var VARIANT_SUFFIXES = ["_cmd", "_secret"];
function placedOptions(document) {
  if (!document) return [];
  return document.sections.flatMap((section) => section.options.map((node) => ({ section, node })));
}
function sectionFact(knowledge, section) {
  return Object.hasOwn(knowledge.sections, section) ? knowledge.sections[section] : void 0;
}
function optionFact(knowledge, section, option) {
  const options = sectionFact(knowledge, section)?.options;
  return options && Object.hasOwn(options, option) ? options[option] : void 0;
}
function hasCompleteOptionList(knowledge, section) {
  const fact = sectionFact(knowledge, section);
  return fact !== void 0 && fact.owner !== FALLBACK_OWNER;
}
function splitVariant(knowledge, section, key, isSensitive2 = (s, o) => optionFact(knowledge, s, o)?.sensitive === true) {
  for (const suffix of VARIANT_SUFFIXES) {
    if (!key.endsWith(suffix)) continue;
    const option = key.slice(0, -suffix.length);
    if (isSensitive2(section, option)) return { option, suffix };
  }
  return { option: key, suffix: "" };
}
function isKnownOption(knowledge, section, key) {
  return optionFact(knowledge, section, splitVariant(knowledge, section, key).option) !== void 0;
}
function stillReadMove(knowledge, section, option) {
  const entry = knowledge.deprecatedOptions.find(
    (candidate) => candidate.section === section && candidate.option === option
  );
  if (entry) return { newSection: entry.newSection, newOption: entry.newOption, since: entry.since };
  const renamed = knowledge.deprecatedSections.find((candidate) => candidate.section === section);
  if (renamed) return { newSection: renamed.newSection, newOption: option, since: renamed.since };
  return void 0;
}
function isSensitiveOldOption(knowledge, section, option) {
  const move = stillReadMove(knowledge, section, option) ?? renameOf(knowledge, section, option);
  const target = move ? { section: move.newSection, option: move.newOption } : { section, option };
  return optionFact(knowledge, target.section, target.option)?.sensitive === true;
}
function changesAt(knowledge, section, option) {
  return knowledge.configChanges.filter((change) => change.section === section && change.option === option);
}
function renameOf(knowledge, section, option) {
  const change = changesAt(knowledge, section, option).find((candidate) => candidate.kind === "renamed");
  if (!change?.renamedTo) return void 0;
  return { newSection: change.renamedTo.section, newOption: change.renamedTo.option };
}
function newHomeSections(knowledge) {
  const homes = /* @__PURE__ */ new Set();
  for (const entry of knowledge.deprecatedOptions) homes.add(entry.newSection);
  for (const entry of knowledge.deprecatedSections) homes.add(entry.newSection);
  for (const change of knowledge.configChanges) if (change.renamedTo) homes.add(change.renamedTo.section);
  return homes;
}
function oldPlaceSections(knowledge) {
  const old = /* @__PURE__ */ new Set();
  for (const entry of knowledge.deprecatedOptions) old.add(entry.section);
  for (const entry of knowledge.deprecatedSections) old.add(entry.section);
  for (const change of knowledge.configChanges) old.add(change.section);
  return old;
}
function isDescribedChange(knowledge, section, option) {
  return stillReadMove(knowledge, section, option) !== void 0 || changesAt(knowledge, section, option).length > 0;
}
function equalsDefault(value, fact) {
  if (!fact || fact.default === null) return false;
  const variables = fact.defaultVariables ?? [];
  if (variables.length === 0) return value === fact.default;
  const markers = new RegExp(variables.map((name) => escapeRegExp(`{${name}}`)).join("|"), "g");
  const parts = fact.default.split(markers).map(escapeRegExp);
  return new RegExp(`^${parts.join(".+")}$`, "s").test(value);
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function editDistance2(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
function closestName(name, candidates) {
  const limit = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
  let best;
  for (const candidate of [...candidates].sort()) {
    if (candidate === name) continue;
    const distance = editDistance2(name.toLowerCase(), candidate.toLowerCase());
    if (distance > limit) continue;
    if (!best || distance < best.distance) best = { name: candidate, distance };
  }
  return best?.name;
}
function didYouMean(suggestion) {
  return suggestion ? ` Did you mean ${suggestion}?` : "";
}
function oldKeyBase(knowledge, section, key) {
  return splitVariant(knowledge, section, key, (s, o) => isSensitiveOldOption(knowledge, s, o)).option;
}
function place(section, option) {
  return `[${section}] ${option}`;
}
function unknownPlaceOptions(knowledge, document) {
  return placedOptions(document).filter(({ section, node }) => !isKnownOption(knowledge, section.name, node.key)).map((placed) => {
    const option = oldKeyBase(knowledge, placed.section.name, placed.node.key);
    return { ...placed, option, suffix: placed.node.key.slice(option.length) };
  });
}

// src/rules/apf201-option-moved.ts
var optionMoved = {
  meta: {
    id: "APF201",
    alias: "option-moved",
    description: "An option written at its old place (renamed or moved to another section); the target release still reads it there.",
    severity: "warning",
    tags: ["compatibility"],
    versions: "every release with a deprecated-options map; the moves are those of the target release's own map",
    messages: {
      moved: "{{old}} is now {{new}}{{since}}. Airflow {{version}} still reads the old place with a deprecation warning, but a later release ignores it."
    }
  },
  check(context) {
    const { knowledge } = context;
    for (const { section, node, option, suffix } of unknownPlaceOptions(knowledge, context.document)) {
      const move = stillReadMove(knowledge, section.name, option);
      if (!move) continue;
      const newKey = move.newOption + suffix;
      const restatesDefault = suffix === "" && equalsDefault(node.value, optionFact(knowledge, move.newSection, move.newOption));
      context.report({
        messageId: "moved",
        data: {
          old: place(section.name, node.key),
          new: place(move.newSection, newKey),
          since: move.since ? ` since Airflow ${move.since}` : "",
          version: knowledge.airflowVersion
        },
        span: node.keySpan,
        // A line that only restates the new place's default changes nothing today: a notice is enough.
        severity: restatesDefault ? "notice" : void 0,
        fix: restatesDefault ? `Delete the line: it restates the default of ${place(move.newSection, move.newOption)}.` : `Write it as \`${newKey} = \u2026\` under [${move.newSection}] and delete this line.`
      });
    }
  }
};

// src/rules/apf202-option-not-read.ts
var optionNotRead = {
  meta: {
    id: "APF202",
    alias: "option-not-read",
    description: "An option written at an old place that the target release no longer reads, so its value is silently ignored.",
    severity: "error",
    tags: ["compatibility"],
    versions: "3.0 and later (the renames in the target release's `airflow config lint` list whose old place it no longer reads)",
    messages: {
      ignored: "Airflow {{version}} does not read {{old}} any more: it moved to {{new}}, so this value is silently ignored and {{new}} keeps its default.",
      ignoredDefault: "Airflow {{version}} does not read {{old}} any more: it moved to {{new}}. The value equals the default there, so nothing changes, but the line is dead."
    }
  },
  check(context) {
    const { knowledge } = context;
    for (const { section, node, option, suffix } of unknownPlaceOptions(knowledge, context.document)) {
      if (stillReadMove(knowledge, section.name, option)) continue;
      const rename = renameOf(knowledge, section.name, option);
      if (!rename) continue;
      const restatesDefault = suffix === "" && equalsDefault(node.value, optionFact(knowledge, rename.newSection, rename.newOption));
      context.report({
        messageId: restatesDefault ? "ignoredDefault" : "ignored",
        data: {
          version: knowledge.airflowVersion,
          old: place(section.name, node.key),
          new: place(rename.newSection, rename.newOption + suffix)
        },
        span: node.keySpan,
        severity: restatesDefault ? "warning" : void 0,
        fix: restatesDefault ? "Delete the line." : `Write it as \`${rename.newOption + suffix} = \u2026\` under [${rename.newSection}] and delete this line.`
      });
    }
  }
};

// src/rules/apf203-moved-option-conflict.ts
var movedOptionConflict = {
  meta: {
    id: "APF203",
    alias: "moved-option-conflict",
    description: "An option set at both its old and its new place with different values; Airflow uses the new place.",
    severity: "warning",
    tags: ["compatibility"],
    versions: "every release with a deprecated-options map; the pairs are those of the target release's own map",
    messages: {
      conflict: "{{old}} and {{new}} (line {{newLine}}) are both set, to different values. Airflow {{version}} reads {{new}} first, so this line is ignored."
    }
  },
  check(context) {
    const { knowledge } = context;
    for (const { section, node, option, suffix } of unknownPlaceOptions(knowledge, context.document)) {
      const move = stillReadMove(knowledge, section.name, option);
      if (!move) continue;
      const newKey = move.newOption + suffix;
      const current = findOption(context, move.newSection, newKey);
      if (!current || current.value === node.value) continue;
      context.report({
        messageId: "conflict",
        data: {
          old: place(section.name, node.key),
          new: place(move.newSection, newKey),
          newLine: current.keySpan.start.line,
          version: knowledge.airflowVersion
        },
        span: node.keySpan,
        fix: `Delete this line and keep the value you want in ${place(move.newSection, newKey)}.`,
        related: [{ file: context.file, span: current.keySpan, message: `${place(move.newSection, newKey)}: the value Airflow uses` }]
      });
    }
  }
};
function findOption(context, section, key) {
  return context.document?.sections.find((candidate) => candidate.name === section)?.options.find((o) => o.key === key);
}

// src/rules/apf204-option-removed.ts
var optionRemoved = {
  meta: {
    id: "APF204",
    alias: "option-removed",
    description: "An option, or an option value, that the target release removed; an error when the removal changes what Airflow does.",
    severity: "warning",
    tags: ["compatibility"],
    versions: "3.0 and later (the target release's `airflow config lint` list)",
    messages: {
      removed: "Airflow {{version}} no longer has {{old}}, so this value is ignored. Airflow says: {{airflow}}",
      removedValue: "Airflow {{version}} drops this value of {{old}}: `airflow config update` deletes the line so that the default applies.",
      invalidValue: "Airflow {{version}} does not accept this value of {{old}}. Airflow says: {{airflow}}"
    }
  },
  check(context) {
    const { knowledge } = context;
    for (const placed of placedOptions(context.document)) {
      const { section, node } = placed;
      const option = isKnownOption(knowledge, section.name, node.key) ? node.key : oldKeyBase(knowledge, section.name, node.key);
      for (const change of changesAt(knowledge, section.name, option)) reportChange(context, placed, change);
    }
  }
};
function reportChange(context, { section, node }, change) {
  const data = { version: context.knowledge.airflowVersion, old: place(section.name, node.key), airflow: airflowText(change) };
  const severity = change.breaking ? "error" : void 0;
  if (change.kind === "removed" && change.removeIfEquals === void 0) {
    if (isKnownOption(context.knowledge, section.name, node.key)) return;
    context.report({ messageId: "removed", data, span: node.keySpan, severity, fix: "Delete the line." });
    return;
  }
  if (change.kind === "removed" && change.removeIfEquals === node.value) {
    context.report({ messageId: "removedValue", data, span: valueSpanOf(node), severity, fix: "Delete the line, or set a value the release documents." });
    return;
  }
  if (change.kind === "invalid-value" && change.invalidValues?.includes(node.value.trim())) {
    context.report({ messageId: "invalidValue", data, span: valueSpanOf(node), severity: "error", fix: "Set a value the release accepts." });
  }
}
function airflowText(change) {
  const text = change.message || change.suggestion || "";
  return text.replace(/`([^`]*)`/g, "$1").trim() || "the option was removed.";
}

// src/rules/apf205-default-changed.ts
var defaultChanged = {
  meta: {
    id: "APF205",
    alias: "default-changed",
    description: "An option this file sets explicitly although the target release changed its default; the file's value still applies.",
    severity: "notice",
    tags: ["compatibility"],
    versions: "3.0 and later (the default changes in the target release's `airflow config lint` list)",
    messages: {
      changed: "Airflow {{version}} changed the default of {{option}} from `{{oldDefault}}` to `{{newDefault}}`; this file sets {{setTo}}, so the new default does not apply here."
    }
  },
  check(context) {
    const { knowledge } = context;
    for (const { section, node } of placedOptions(context.document)) {
      for (const change of changesAt(knowledge, section.name, node.key)) {
        if (change.kind !== "default-changed" || node.value === change.newDefault) continue;
        const sensitive = optionFact(knowledge, section.name, node.key)?.sensitive === true;
        context.report({
          messageId: "changed",
          data: {
            version: knowledge.airflowVersion,
            option: place(section.name, node.key),
            oldDefault: change.oldDefault ?? "",
            newDefault: change.newDefault ?? "",
            setTo: sensitive ? "its own value" : `\`${node.value}\``
          },
          span: valueSpanOf(node),
          fix: `Keep the line if you want this value on Airflow ${knowledge.airflowVersion}; delete it to take the new default.`
        });
      }
    }
  }
};

// src/rules/apf206-unknown-option.ts
var unknownOption = {
  meta: {
    id: "APF206",
    alias: "unknown-option",
    description: "An option that the target release does not have in a section it knows, so Airflow never reads the value.",
    severity: "warning",
    tags: ["compatibility"],
    versions: "all",
    messages: {
      unknown: "Airflow {{version}} has no option {{option}}, so this value is never read.{{suggestion}}"
    }
  },
  check(context) {
    const { knowledge } = context;
    for (const { section, node } of placedOptions(context.document)) {
      if (!hasCompleteOptionList(knowledge, section.name)) continue;
      if (isKnownOption(knowledge, section.name, node.key)) continue;
      if (isDescribedChange(knowledge, section.name, oldKeyBase(knowledge, section.name, node.key))) continue;
      context.report({
        messageId: "unknown",
        data: {
          version: knowledge.airflowVersion,
          option: place(section.name, node.key),
          suggestion: didYouMean(suggest(knowledge, section.name, node.key))
        },
        span: node.keySpan,
        fix: "Correct the name, move it to the section that has it, or delete the line."
      });
    }
  }
};
function suggest(knowledge, section, key) {
  const own = closestName(key, Object.keys(sectionFact(knowledge, section)?.options ?? {}));
  if (own) return place(section, own);
  const elsewhere = Object.entries(knowledge.sections).find(([, fact]) => Object.hasOwn(fact.options, key));
  return elsewhere ? place(elsewhere[0], key) : void 0;
}

// src/rules/apf207-unknown-section.ts
var unknownSection = {
  meta: {
    id: "APF207",
    alias: "unknown-section",
    description: "A section that neither Airflow core nor the providers installed with apache-airflow[postgres] declare in the target release.",
    severity: "warning",
    tags: ["compatibility"],
    versions: "all",
    messages: {
      misspelled: "Airflow {{version}} has no section [{{section}}], so nothing in it is read. Did you mean [{{suggestion}}]?",
      former: "Airflow {{version}} no longer declares a [{{section}}] section: the options it still reads from here are reported as moved, and any other option in it is ignored.",
      unknown: "[{{section}}] is not known to Airflow {{version}} core or the providers installed with apache-airflow[postgres]. That is fine for a section another provider or your own code reads; otherwise Airflow ignores it."
    }
  },
  check(context) {
    const { knowledge } = context;
    const known = Object.keys(knowledge.sections);
    const homes = newHomeSections(knowledge);
    const oldPlaces = oldPlaceSections(knowledge);
    const changedSections = new Set(knowledge.configChanges.map((change) => change.section));
    for (const section of context.document?.sections ?? []) {
      const name = section.name;
      if (sectionFact(knowledge, name) || homes.has(name)) continue;
      const data = { version: knowledge.airflowVersion, section: name };
      const lowerCase = known.includes(name.toLowerCase()) ? name.toLowerCase() : void 0;
      if (!lowerCase && changedSections.has(name)) {
        context.report({ messageId: "former", data, span: section.nameSpan, fix: "Move the options you still need to their new sections, then delete the section." });
        continue;
      }
      if (!lowerCase && oldPlaces.has(name)) continue;
      const suggestion = lowerCase ?? closestName(name, known);
      if (suggestion) {
        context.report({ messageId: "misspelled", data: { ...data, suggestion }, span: section.nameSpan, fix: `Rename the section to [${suggestion}].` });
      } else {
        context.report({ messageId: "unknown", data, span: section.nameSpan, severity: "notice" });
      }
    }
  }
};

// src/rules/apf208-invalid-value.ts
var DIGITS = String.raw`\d+(?:_\d+)*`;
var PYTHON_INT = new RegExp(String.raw`^\s*[+-]?${DIGITS}\s*$`);
var PYTHON_FLOAT = new RegExp(
  String.raw`^\s*[+-]?(?:(?:${DIGITS}(?:\.(?:${DIGITS})?)?|\.${DIGITS})(?:[eE][+-]?${DIGITS})?|inf|infinity|nan)\s*$`,
  "i"
);
var invalidValue = {
  meta: {
    id: "APF208",
    alias: "invalid-value",
    description: "A value Airflow cannot convert to the option's type (boolean, integer, float) or that is not one of its allowed values.",
    severity: "error",
    tags: ["compatibility"],
    versions: "all (types and allowed values of the target release)",
    messages: {
      notInteger: "Airflow {{version}} cannot read {{option}} as an integer: `{{value}}` is not a whole number, so the components that read it stop with AirflowConfigException.",
      notFloat: "Airflow {{version}} cannot read {{option}} as a number: `{{value}}` is not one, so the components that read it stop with AirflowConfigException.",
      notBoolean: "Airflow {{version}} cannot read {{option}} as a boolean: `{{value}}` is not one of {{accepted}}, so the components that read it stop with AirflowConfigException.",
      notAllowed: "Airflow {{version}} does not accept `{{value}}` for {{option}}; allowed values: {{allowed}}."
    }
  },
  check(context) {
    const { knowledge, document } = context;
    if (!document) return;
    for (const { section, node } of placedOptions(document)) {
      const fact = optionFact(knowledge, section.name, node.key);
      if (!fact || fact.sensitive || equalsDefault(node.value, fact)) continue;
      if (context.config.get(section.name, node.key)?.node !== node) continue;
      const interpolated = interpolateOption(document, section.name, node.key);
      if (!interpolated.ok || /[$~]/.test(interpolated.value)) continue;
      const problem = problemOf(knowledge, fact, interpolated.value);
      if (!problem) continue;
      context.report({
        messageId: problem.messageId,
        data: { version: knowledge.airflowVersion, option: place(section.name, node.key), value: interpolated.value, ...problem.data },
        span: valueSpanOf(node),
        fix: problem.fix
      });
    }
  }
};
function problemOf(knowledge, fact, value) {
  if (fact.allowedValues && value !== "" && !fact.allowedValues.includes(value)) {
    const allowed = fact.allowedValues.filter((v) => v !== "").join(", ");
    return { messageId: "notAllowed", data: { allowed }, fix: `Set one of: ${allowed}.` };
  }
  switch (fact.type) {
    case "integer":
      return PYTHON_INT.test(value) ? void 0 : { messageId: "notInteger", fix: "Write a whole number such as 16, without units or comments." };
    case "float":
      return PYTHON_FLOAT.test(value) ? void 0 : { messageId: "notFloat", fix: "Write a number such as 30 or 2.5, without units or comments." };
    case "boolean":
      return booleanProblem(knowledge, value);
    default:
      return void 0;
  }
}
function booleanProblem(knowledge, value) {
  const facts = knowledge.booleanValues;
  if (!facts) return void 0;
  let text = value.toLowerCase().trim();
  if (facts.stripsInlineComment && text.includes("#")) text = (text.split("#")[0] ?? "").trim();
  if (facts.true.includes(text) || facts.false.includes(text)) return void 0;
  const accepted = [...facts.true, ...facts.false].join(", ");
  return { messageId: "notBoolean", data: { accepted }, fix: `Write ${facts.true[0] ?? "true"} or ${facts.false[0] ?? "false"}.` };
}

// src/rules/apf209-restates-defaults.ts
var FULL_DUMP_SHARE = 0.5;
var restatesDefaults = {
  meta: {
    id: "APF209",
    alias: "restates-defaults",
    description: "A full dump of Airflow's defaults: most of the file only restates the target release's defaults.",
    severity: "notice",
    tags: ["compatibility"],
    versions: "all",
    messages: {
      dump: "This file is a full dump of defaults: {{restated}} of its {{written}} options only restate the defaults of Airflow {{version}}, and {{differ}} differ. Keeping only the options you changed makes upgrades reviewable and lets new defaults apply."
    }
  },
  check(context) {
    const { knowledge, document } = context;
    const first = document?.sections[0];
    if (!first) return;
    const placed = placedOptions(document);
    const known = placed.filter(({ section, node }) => optionFact(knowledge, section.name, node.key));
    if (known.length < FULL_DUMP_SHARE * coreOptionCount(knowledge)) return;
    const restated = known.filter(({ section, node }) => equalsDefault(node.value, optionFact(knowledge, section.name, node.key))).length;
    context.report({
      messageId: "dump",
      data: { restated, written: placed.length, differ: placed.length - restated, version: knowledge.airflowVersion },
      span: first.nameSpan,
      fix: "Delete the lines that restate defaults (or generate the file with only your changes)."
    });
  }
};
function coreOptionCount(knowledge) {
  return Object.values(knowledge.sections).filter((section) => section.owner === "core").reduce((sum, section) => sum + Object.keys(section.options).length, 0);
}

// src/rules/apf301-source-unreadable.ts
var sourceUnreadable = {
  meta: {
    id: "APF301",
    alias: "source-unreadable",
    description: "A compose file or Helm values file that is not valid YAML: Compose and Helm refuse it, and none of its settings are checked.",
    severity: "error",
    tags: ["syntax", "deployment"],
    versions: "all",
    messages: {
      invalidYaml: "This file is not valid YAML ({{detail}}): docker compose and helm refuse it, and its Airflow settings were not checked."
    }
  },
  // The engine reports it while reading the file; there is nothing left to check here.
  scope: "repository",
  check() {
  }
};

// src/sources/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
function parseYaml(file, text) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, keepSourceTokens: false, uniqueKeys: false, prettyErrors: false });
  const yaml = { file, text, doc, lineCounter };
  const error = doc.errors[0];
  if (error) {
    const [start, end] = error.pos;
    return { ok: false, file, message: error.message.split("\n")[0] ?? "invalid YAML", span: offsetSpan(yaml, start, end) };
  }
  return { ok: true, yaml };
}
function indexText(text) {
  const lineCounter = new import_yaml.LineCounter();
  lineCounter.addNewLine(0);
  for (let offset = text.indexOf("\n"); offset !== -1; offset = text.indexOf("\n", offset + 1)) lineCounter.addNewLine(offset + 1);
  return { text, lineCounter };
}
function offsetSpan(yaml, start, end) {
  const from = yaml.lineCounter.linePos(start);
  const to = yaml.lineCounter.linePos(Math.max(start, end));
  return { start: { line: from.line, column: from.col }, end: { line: to.line, column: to.col } };
}
function nodeSpan(yaml, node) {
  const range = node?.range;
  return range ? offsetSpan(yaml, range[0], range[1]) : void 0;
}
function resolveAlias(yaml, node) {
  let current = node;
  for (let depth = 0; depth < 20 && (0, import_yaml.isAlias)(current); depth += 1) current = current.resolve(yaml.doc);
  return current;
}
function mapEntries(yaml, node, depth = 0) {
  const map = resolveAlias(yaml, node);
  if (!(0, import_yaml.isMap)(map) || depth > 20) return [];
  const merged = /* @__PURE__ */ new Map();
  const own = /* @__PURE__ */ new Map();
  for (const pair of map.items) {
    const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : void 0;
    if (key === void 0) continue;
    if (key === "<<") {
      const sources = (0, import_yaml.isSeq)(resolveAlias(yaml, pair.value)) ? resolveAlias(yaml, pair.value).items : [pair.value];
      for (const source of [...sources].reverse()) {
        for (const entry of mapEntries(yaml, source, depth + 1)) merged.set(entry.key, entry);
      }
      continue;
    }
    own.delete(key);
    own.set(key, { key, keyNode: pair.key, value: pair.value });
  }
  for (const key of own.keys()) merged.delete(key);
  return [...merged.values(), ...own.values()];
}
function mapGet(yaml, node, key) {
  return mapEntries(yaml, node).find((entry) => entry.key === key);
}
function seqItems(yaml, node) {
  const seq = resolveAlias(yaml, node);
  return (0, import_yaml.isSeq)(seq) ? seq.items : [];
}
function scalarText(yaml, node) {
  const scalar = resolveAlias(yaml, node);
  if (!(0, import_yaml.isScalar)(scalar) || scalar.value === null || scalar.value === void 0) return void 0;
  if (typeof scalar.value === "string") return scalar.value;
  const range = scalar.range;
  return range ? yaml.text.slice(range[0], range[1]).trim() : String(scalar.value);
}
function isMapNode(yaml, node) {
  return (0, import_yaml.isMap)(resolveAlias(yaml, node));
}

// src/rules/apf3-support.ts
function editDistance3(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
function closest(word, candidates) {
  let best;
  for (const candidate of candidates) {
    const distance = editDistance3(word, candidate);
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  const limit = Math.max(2, Math.floor(word.length / 4));
  return best && best.distance <= limit ? best.candidate : void 0;
}
function where(location2) {
  return location2 ? `${location2.file}:${location2.span.start.line}` : "the default";
}
function relatedAt(location2, message) {
  return { file: location2.file, span: location2.span, message };
}
function isSensitive(knowledge, section, option) {
  return knowledge.sections[section]?.options[option]?.sensitive === true;
}
function deployments(repository) {
  const groups = /* @__PURE__ */ new Map();
  for (const component of repository.components) {
    if (component.kind === "cfg") continue;
    groups.set(component.file, [...groups.get(component.file) ?? [], component]);
  }
  return [...groups.values()];
}

// src/rules/apf302-ignored-variable.ts
var VARIANT = /_(cmd|secret)$/;
var ignoredVariable = {
  meta: {
    id: "APF302",
    alias: "ignored-variable",
    description: "An AIRFLOW__SECTION__KEY variable that names no option of the target release, so Airflow ignores it.",
    severity: "warning",
    tags: ["compatibility", "deployment"],
    versions: "all; names removed in Airflow 3 are reported on 3.x",
    messages: {
      unknownOption: "Airflow {{version}} ignores {{variable}}: [{{section}}] has no option `{{option}}`.{{suggestion}}",
      extraSeparator: "Airflow {{version}} ignores {{variable}}: Airflow splits the name at the first two `__` only, so it reads option `{{option}}` of [{{section}}], which does not exist.{{suggestion}}",
      unknownSection: "Airflow {{version}} ignores {{variable}}: there is no section [{{section}}].{{suggestion}}",
      removed: "Airflow {{version}} no longer reads {{variable}}: [{{section}}] {{option}} {{change}}.{{suggestion}}"
    }
  },
  check(context) {
    for (const value of context.config.explicit()) {
      if (value.origin !== "env" || value.variable === void 0 || !value.location) continue;
      const problem = diagnose(value, context.knowledge);
      if (!problem) continue;
      context.report({
        messageId: problem.messageId,
        data: {
          version: context.target.knowledgeVersion,
          variable: value.variable,
          section: value.section,
          option: value.option,
          change: problem.change ?? "",
          suggestion: problem.suggestion ? ` Did you mean ${problem.suggestion}?` : ""
        },
        file: value.location.file,
        span: value.location.span,
        fix: problem.suggestion ? `Rename the variable to ${problem.suggestion}.` : "Remove the variable, or correct its name to an option of this release."
      });
    }
  }
};
function diagnose(value, knowledge) {
  const section = knowledge.deprecatedSections.find((s) => s.section === value.section)?.newSection ?? value.section;
  const suffix = VARIANT.exec(value.option);
  const option = suffix && isSensitive(knowledge, section, value.option.replace(VARIANT, "")) ? value.option.replace(VARIANT, "") : value.option;
  const variantSuffix = option === value.option ? "" : `_${suffix?.[1]?.toUpperCase() ?? ""}`;
  const facts = knowledge.sections[section];
  if (facts?.options[option]) return void 0;
  if (knowledge.deprecatedOptions.some((d) => d.section === value.section && d.option === option)) return void 0;
  const change = knowledge.configChanges.find((c) => c.section === value.section && c.option === option && (c.kind === "removed" || c.kind === "renamed"));
  if (change) {
    const target = change.renamedTo;
    return {
      messageId: "removed",
      change: target ? `moved to [${target.section}] ${target.option}` : "was removed",
      suggestion: target ? envVarName(target.section, target.option) + variantSuffix : void 0
    };
  }
  if (!facts) {
    const guess2 = closest(section, Object.keys(knowledge.sections));
    if (guess2 === void 0) return void 0;
    const suggestion2 = knowledge.sections[guess2]?.options[option] ? envVarName(guess2, option) + variantSuffix : `a variable of [${guess2}]`;
    return { messageId: "unknownSection", suggestion: suggestion2 };
  }
  if (!isComplete(facts.owner, knowledge)) return void 0;
  const options = Object.keys(facts.options);
  if (option.includes("__")) {
    const joined = option.replace(/__+/g, "_");
    const guess2 = facts.options[joined] ? joined : closest(joined, options);
    return { messageId: "extraSeparator", suggestion: guess2 ? envVarName(section, guess2) + variantSuffix : void 0 };
  }
  const guess = closest(option, options);
  const elsewhere = Object.entries(knowledge.sections).find(([, other]) => other.options[option])?.[0];
  const suggestion = guess ? envVarName(section, guess) : elsewhere ? envVarName(elsewhere, option) : void 0;
  return { messageId: "unknownOption", suggestion: suggestion ? suggestion + variantSuffix : void 0 };
}
function isComplete(owner, knowledge) {
  return owner === "core" || Object.hasOwn(knowledge.providers ?? {}, owner);
}

// src/rules/apf303-override-conflict.ts
var WATCHED = [
  { section: "core", option: "executor", what: "executor" },
  { section: "database", option: "sql_alchemy_conn", what: "metastore" }
];
var overrideConflict = {
  meta: {
    id: "APF303",
    alias: "override-conflict",
    description: "The cfg file and a variable set different executors or metastores: the variable wins, and the cfg line is dead.",
    severity: "notice",
    tags: ["deployment"],
    versions: "all",
    messages: {
      overridden: "The {{what}} set here ({{cfgValue}}) is not the one that runs: {{variable}} at {{where}} overrides it with {{envValue}}, and variables win over the cfg file."
    }
  },
  check(context) {
    for (const watched of WATCHED) {
      const winner = context.config.get(watched.section, watched.option);
      if (!winner || winner.origin !== "env" || winner.value === void 0 || !winner.location) continue;
      for (const loser of winner.overridden) {
        if (loser.origin !== "cfg" || !loser.location || loser.value === void 0 || loser.value === winner.value) continue;
        context.report({
          messageId: "overridden",
          data: { what: watched.what, cfgValue: shown(loser), variable: winner.variable ?? "", where: where(winner.location), envValue: shown(winner) },
          file: loser.location.file,
          span: loser.location.span,
          fix: `Write the value that runs in the cfg too, or remove the line, so that readers of the file are not misled.`,
          related: [relatedAt(winner.location, `${winner.variable ?? "the variable"} sets the ${watched.what} that runs`)]
        });
      }
    }
  }
};
function shown(value) {
  return `\`${maskUrlPasswords(value.value ?? "")}\``;
}

// src/rules/apf304-shared-value-mismatch.ts
var SHARED = [
  { section: "webserver", option: "secret_key", why: "log requests are signed with it, so fetching task logs from another component fails with 403 FORBIDDEN" },
  { section: "api", option: "secret_key", why: "log requests are signed with it, so fetching task logs from another component fails with 403 FORBIDDEN" },
  { section: "api_auth", option: "jwt_secret", why: "tokens issued by one component are refused by another ('Signature verification failed')" },
  { section: "core", option: "fernet_key", why: "connections and variables encrypted by one component cannot be decrypted by another (InvalidToken)" },
  { section: "database", option: "sql_alchemy_conn", why: "the components do not share one metastore, so they do not see each other\u2019s work" }
];
var sharedValueMismatch = {
  meta: {
    id: "APF304",
    alias: "shared-value-mismatch",
    description: "Components of one installation get different values (or none) for a value they must share: secret_key, jwt_secret, fernet_key, the metastore URL.",
    severity: "error",
    tags: ["deployment", "security"],
    versions: "all; the option names follow the target release ([webserver] secret_key on 2.x, [api] secret_key on 3.x)",
    messages: {
      differs: "[{{section}}] {{option}} set here reaches {{components}}, but {{others}} get a different value: {{why}}.",
      missing: "{{component}} gets no [{{section}}] {{option}}, so Airflow generates a random one in it, while {{others}} get one from {{where}}: {{why}}."
    }
  },
  scope: "repository",
  check(context) {
    for (const group of deployments(context.repository ?? { components: [], compose: [], helm: [], scripts: [] })) {
      if (group.length < 2) continue;
      for (const shared of SHARED) {
        const fact = context.knowledge.sections[shared.section]?.options[shared.option];
        if (!fact) continue;
        checkGroup(context, group, shared, fact.generated === true && fact.default === null);
      }
    }
  }
};
function checkGroup(context, group, shared, generated) {
  const received = group.map((component) => ({ component, value: component.config.get(shared.section, shared.option) }));
  const set = received.filter((r) => r.value !== void 0 && r.value.origin !== "default");
  const distinct = new Set(set.map((r) => identity(r.value)));
  const data = { section: shared.section, option: shared.option, why: shared.why };
  if (distinct.size > 1) {
    const byLocation = /* @__PURE__ */ new Map();
    for (const r of set) {
      const location2 = r.value?.location;
      if (!location2) continue;
      const key = `${location2.file}:${location2.span.start.line}:${location2.span.start.column}`;
      const entry = byLocation.get(key) ?? { location: location2, components: [] };
      entry.components.push(serviceName(r.component));
      byLocation.set(key, entry);
    }
    const entries = [...byLocation.values()];
    for (const entry of entries) {
      const others = entries.filter((other) => other !== entry).flatMap((other) => other.components);
      context.report({
        messageId: "differs",
        data: { ...data, components: entry.components.join(", "), others: others.join(", ") },
        file: entry.location.file,
        span: entry.location.span,
        fix: `Set one [${shared.section}] ${shared.option} for every component (for example once in the shared environment block), from the same secret.`,
        related: entries.filter((other) => other !== entry).map((other) => relatedAt(other.location, `another value for ${other.components.join(", ")}`))
      });
    }
  }
  const source = set[0]?.value?.location;
  if (!generated || !source) return;
  for (const r of received.filter((r2) => !set.includes(r2))) {
    const service = r.component.service;
    if (!service) continue;
    context.report({
      messageId: "missing",
      data: { ...data, component: service.name, others: set.map((s) => serviceName(s.component)).join(", "), where: where(source) },
      file: r.component.file,
      span: service.nameSpan,
      fix: `Give ${service.name} the same [${shared.section}] ${shared.option} as the other components.`,
      related: [relatedAt(source, "the value the other components get")]
    });
  }
}
function identity(value) {
  return `${value?.variant ?? ""}\0${value?.value ?? value?.reference ?? ""}`;
}
function serviceName(component) {
  return component.service?.name ?? component.name.replace(/ \(.*\)$/, "");
}

// src/rules/apf305-value-and-command.ts
var VARIANT2 = /_(cmd|secret)$/;
var valueAndCommand = {
  meta: {
    id: "APF305",
    alias: "value-and-command",
    description: "An option set both directly and through its _cmd or _secret form in the same place: Airflow uses one and silently ignores the other.",
    severity: "warning",
    tags: ["deployment", "security"],
    versions: "all",
    messages: {
      ignored: "{{name}} is ignored: {{winner}} at {{where}} is read first (Airflow reads the value, then `_cmd`, then `_secret`)."
    }
  },
  check(context) {
    for (const value of context.config.explicit()) {
      const base = value.option.replace(VARIANT2, "");
      if (base === value.option || !isSensitive(context.knowledge, value.section, base) || !value.location) continue;
      const variant = value.option.endsWith("_cmd") ? "cmd" : "secret";
      const winner = context.config.get(value.section, base);
      if (!winner?.location || winner.origin !== value.origin || winner.variant === variant) continue;
      report2(value, winner);
    }
    function report2(ignored, winner) {
      if (!ignored.location || !winner.location) return;
      context.report({
        messageId: "ignored",
        data: { name: nameOf(ignored), winner: nameOf(winner), where: where(winner.location) },
        file: ignored.location.file,
        span: ignored.location.span,
        fix: `Keep one form of [${winner.section}] ${winner.option}: remove ${nameOf(ignored)}, or remove ${nameOf(winner)} to read it from the command or secret.`,
        related: [relatedAt(winner.location, `${nameOf(winner)} is the value Airflow uses`)]
      });
    }
  }
};
function nameOf(value) {
  if (value.origin === "env") return value.variable ?? "";
  const suffix = value.variant === "value" ? "" : `_${value.variant}`;
  const option = value.option.endsWith("_cmd") || value.option.endsWith("_secret") ? value.option : `${value.option}${suffix}`;
  return `[${value.section}] ${option}`;
}

// src/rules/apf306-db-command.ts
var OLD_COMMAND = /\bairflow["',\s\-]+(?:(initdb|upgradedb)|db["',\s\-]+(init|upgrade))\b/g;
var dbCommand = {
  meta: {
    id: "APF306",
    alias: "db-command",
    description: "A script or compose command creates or upgrades the metastore with an old command instead of the one the target release uses.",
    severity: "warning",
    tags: ["compatibility", "deployment"],
    versions: "all; the command each release uses comes from the knowledge data",
    messages: {
      oldCommand: "`airflow {{command}}` is not how Airflow {{version}} creates or upgrades the metastore: it uses `airflow {{migrate}}`."
    }
  },
  scope: "repository",
  check(context) {
    const migrate = context.knowledge.metastore.migrateCommand.join(" ");
    for (const match of oldCommands(context)) {
      if (match.command === migrate) continue;
      context.report({
        messageId: "oldCommand",
        data: { command: match.command, version: context.target.knowledgeVersion, migrate },
        file: match.file,
        span: match.span,
        fix: `Run \`airflow ${migrate}\` instead: it creates the metastore when it is empty and upgrades it otherwise.`
      });
    }
  }
};
function oldCommands(context) {
  const repository = context.repository;
  if (!repository) return [];
  const found = [];
  for (const compose of repository.compose) {
    for (const service of compose.services.filter((s) => s.runsAirflow)) {
      for (const command of service.commands) {
        const range = command.node.range;
        if (range) found.push(...matchText(compose.yaml, range[0], range[1]).map((m) => ({ ...m, file: compose.file })));
      }
    }
  }
  for (const script of repository.scripts) {
    found.push(...matchText(indexText(script.text), 0, script.text.length).filter((m) => !isCommentLine(script.text, m.span.start.line)).map((m) => ({ ...m, file: script.path })));
  }
  const seen = /* @__PURE__ */ new Set();
  return found.filter((m) => {
    const key = `${m.file}:${m.span.start.line}:${m.span.start.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function matchText(yaml, start, end) {
  const text = yaml.text.slice(start, end);
  const matches = [];
  for (const match of text.matchAll(OLD_COMMAND)) {
    const command = match[1] ?? `db ${match[2] ?? ""}`;
    const offset = start + (match.index ?? 0);
    matches.push({ command, span: offsetSpan(yaml, offset, offset + match[0].length) });
  }
  return matches;
}
function isCommentLine(text, line) {
  return /^\s*#/.test(text.split("\n")[line - 1] ?? "");
}

// src/rules/apf307-concurrent-migrations.ts
var MIGRATION = /\bairflow["',\s\-]+(?:initdb|upgradedb|db["',\s\-]+(?:migrate|upgrade|init))\b/;
var IMAGE_MIGRATION_VARIABLES = ["_AIRFLOW_DB_MIGRATE", "_AIRFLOW_DB_UPGRADE"];
var concurrentMigrations = {
  meta: {
    id: "APF307",
    alias: "concurrent-migrations",
    description: "Several services of one compose file migrate the metastore when they start, so their migrations race.",
    severity: "warning",
    tags: ["deployment"],
    versions: "all",
    messages: {
      several: "{{services}} migrate the metastore when they start, and so do {{others}}: started together, the migrations race (`relation \u2026 already exists`, `duplicate key`)."
    }
  },
  scope: "repository",
  check(context) {
    for (const compose of context.repository?.compose ?? []) {
      const migrators = compose.services.filter((s) => s.runsAirflow).flatMap((service) => {
        const span = migrationSpan(service, compose.yaml);
        return span ? [{ service: service.name, span }] : [];
      });
      if (migrators.length < 2) continue;
      const byLine = /* @__PURE__ */ new Map();
      for (const migrator of migrators) {
        const key = `${migrator.span.start.line}:${migrator.span.start.column}`;
        const entry = byLine.get(key) ?? { span: migrator.span, services: [] };
        entry.services.push(migrator.service);
        byLine.set(key, entry);
      }
      for (const entry of byLine.values()) {
        const others = migrators.map((m) => m.service).filter((name) => !entry.services.includes(name));
        context.report({
          messageId: "several",
          data: { services: entry.services.join(", "), others: others.length > 0 ? others.join(", ") : "each other" },
          file: compose.file,
          span: entry.span,
          fix: "Migrate from one service only (an init service that the others depend on with `condition: service_completed_successfully`)."
        });
      }
    }
  }
};
function migrationSpan(service, yaml) {
  for (const command of service.commands) {
    const range = command.node.range;
    if (!range) continue;
    const match = MIGRATION.exec(yaml.text.slice(range[0], range[1]));
    if (match) return offsetSpan(yaml, range[0] + match.index, range[0] + match.index + match[0].length);
  }
  const variable = service.environment.findLast((entry) => IMAGE_MIGRATION_VARIABLES.includes(entry.name));
  return variable && /^true$/i.test(variable.value.trim()) ? variable.location?.span : void 0;
}

// src/rules/apf308-weak-substitution.ts
var weakSubstitution = {
  meta: {
    id: "APF308",
    alias: "weak-substitution",
    description: "A secret variable in a compose file that falls back to a value written in the file, or to nothing, when the substituted variable is unset.",
    severity: "warning",
    tags: ["security", "deployment"],
    versions: "all",
    messages: {
      fallback: "{{variable}} falls back to a value written in this file because no .env of the project sets {{name}}: everyone who can read the repository knows this secret, and every installation shares it.",
      empty: "{{variable}} is empty unless the shell that runs `docker compose` sets {{name}}: no .env of the project sets it, so Airflow gets an empty secret."
    }
  },
  scope: "repository",
  check(context) {
    for (const compose of context.repository?.compose ?? []) {
      const seen = /* @__PURE__ */ new Set();
      for (const service of compose.services.filter((s) => s.runsAirflow)) {
        for (const entry of service.environment) {
          if (seen.has(entry) || !isSecretVariable(entry.name, context.knowledge)) continue;
          seen.add(entry);
          for (const substitution of entry.substitutions) {
            const weak = substitution.resolution === "fallback" && (substitution.argument ?? "") !== "";
            const empty2 = entry.value === "" && (substitution.resolution === "empty" || substitution.resolution === "fallback");
            if (!weak && !empty2) continue;
            const start = entry.rawStart + substitution.start;
            context.report({
              messageId: weak ? "fallback" : "empty",
              data: { variable: entry.name, name: substitution.name },
              file: compose.file,
              span: offsetSpan(compose.yaml, start, entry.rawStart + substitution.end),
              fix: `Write \${${substitution.name}:?${substitution.name} must be set} so that Compose refuses to start without it, and set ${substitution.name} in an untracked .env or a secret store.`
            });
          }
        }
      }
    }
  }
};
function isSecretVariable(name, knowledge) {
  const parsed = parseEnvVarName(name);
  if (parsed && isSensitive(knowledge, parsed.section, parsed.option)) return true;
  return looksLikeSecretName(name);
}

// src/suppress/rules.ts
var SUPPRESSION_WITHOUT_REASON = {
  id: "APF901",
  alias: "suppression-without-reason",
  description: "A suppression comment does not say why the finding is acceptable.",
  severity: "warning",
  tags: ["suppression"],
  versions: "all",
  messages: {
    missingReason: 'The suppression of {{rules}} gives no reason; add one after "--".'
  }
};
var UNKNOWN_RULE_IN_SUPPRESSION = {
  id: "APF902",
  alias: "unknown-rule-in-suppression",
  description: "A suppression comment names a rule that does not exist, or cannot be read.",
  severity: "warning",
  tags: ["suppression"],
  versions: "all",
  messages: {
    unknownRule: '"{{ref}}" is not a rule id or alias, so this suppression does not suppress it.',
    malformed: 'This airflow-preflight comment is not a valid suppression; write "# airflow-preflight: disable=RULE[,RULE] -- reason" or "disable-file=\u2026".'
  }
};
var UNUSED_SUPPRESSION = {
  id: "APF903",
  alias: "unused-suppression",
  description: "A suppression comment suppresses nothing.",
  severity: "notice",
  tags: ["suppression"],
  versions: "all",
  messages: {
    unusedInline: "The suppression of {{rule}} is unused: there is no {{rule}} finding on line {{line}}.",
    unusedFile: "The file-wide suppression of {{rule}} is unused: this file has no {{rule}} finding.",
    noTarget: "This suppression applies to no line; put it directly above the line it is for.",
    misplaced: "disable-file works only in the comment block at the top of the file; move it there, or use disable= above the line."
  }
};
var SUPPRESSION_RULES = [
  SUPPRESSION_WITHOUT_REASON,
  UNKNOWN_RULE_IN_SUPPRESSION,
  UNUSED_SUPPRESSION
];

// src/rules/registry.ts
var RULES = [
  configparserError,
  interpolationError,
  inlineComment,
  indentedOption,
  resolvedAtRunTime,
  executorUnloadable,
  executorNoParallelism,
  sqliteMetastore,
  postgresScheme,
  sqliteRelativePath,
  metastoreDialectUnsupported,
  metastoreUrlIncomplete,
  metastorePasswordInFile,
  fernetKeyEmpty,
  fernetKeyInvalid,
  secretInFile,
  secretKeyWeak,
  loadExamples,
  exposeConfig,
  testConnection,
  xcomPickling,
  sensitiveFieldsVisible,
  cookieNotSecure,
  parallelismInvalid,
  dagTasksAboveParallelism,
  poolExhaustsConnections,
  optionMoved,
  optionNotRead,
  movedOptionConflict,
  optionRemoved,
  defaultChanged,
  unknownOption,
  unknownSection,
  invalidValue,
  restatesDefaults,
  sourceUnreadable,
  ignoredVariable,
  overrideConflict,
  sharedValueMismatch,
  valueAndCommand,
  dbCommand,
  concurrentMigrations,
  weakSubstitution
];
var ALL_RULE_METAS = [...RULES.map((rule) => rule.meta), ...SUPPRESSION_RULES];

// src/engine/types.ts
var FAIL_ON_LEVELS = ["error", "warning", "notice", "never"];
function countBySeverity(findings) {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
function reachesFailLevel(severity, failOn) {
  if (failOn === "never") return false;
  const rank = { notice: 1, warning: 2, error: 3 };
  return rank[severity] >= rank[failOn];
}

// src/cli/usage-error.ts
var UsageError = class extends Error {
};

// src/findings.ts
var SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
function findingAt(base, span) {
  return {
    ...base,
    line: span.start.line,
    column: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column
  };
}
function compareFindings(a, b) {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

// src/suppress/apply.ts
function resolveRuleList(refs, resolveRule) {
  const ids = [];
  const unknown = [];
  for (const ref of refs.map((r) => r.trim()).filter((r) => r !== "")) {
    const id = resolveRule(ref);
    if (id === void 0) unknown.push(ref);
    else if (!ids.includes(id)) ids.push(id);
  }
  return { ids, unknown };
}
function applySuppressions(findings, suppressions, options) {
  const disabled = new Set(resolveRuleList(options.disable, options.resolveRule).ids);
  const active = options.strictSuppressions ? [] : suppressions.filter((s) => s.problem === void 0);
  const entries = active.flatMap((suppression2) => resolvedEntries(suppression2, options.resolveRule));
  const reported = [];
  const suppressed = [];
  for (const finding of findings) {
    const entry = matchingEntry(finding, entries);
    if (entry) entry.used = true;
    if (disabled.has(finding.ruleId)) {
      suppressed.push({ finding, kind: "disable", reason: void 0 });
    } else if (entry) {
      const { suppression: suppression2 } = entry;
      suppressed.push({ finding, kind: suppression2.kind, reason: suppression2.reason, file: suppression2.file, line: suppression2.line });
    } else {
      reported.push(finding);
    }
  }
  const commentFindings = options.strictSuppressions ? [] : suppressionFindings(suppressions, entries, options.resolveRule);
  const suppressionReported = [];
  for (const finding of commentFindings) {
    if (disabled.has(finding.ruleId)) suppressed.push({ finding, kind: "disable", reason: void 0 });
    else suppressionReported.push(finding);
  }
  return {
    reported: [...reported, ...suppressionReported].sort(compareFindings),
    suppressed,
    suppressionFindings: suppressionReported
  };
}
function resolvedEntries(suppression2, resolveRule) {
  return suppression2.rules.flatMap((reference) => {
    const ruleId = resolveRule(reference.ref);
    return ruleId === void 0 ? [] : [{ suppression: suppression2, reference, ruleId, used: false }];
  });
}
function matchingEntry(finding, entries) {
  const candidates = entries.filter((e) => e.ruleId === finding.ruleId && e.suppression.file === finding.file);
  const inline = candidates.find(({ suppression: suppression2 }) => {
    const covers = suppression2.kind === "inline" ? suppression2.covers : void 0;
    return covers !== void 0 && finding.line >= covers.from && finding.line <= covers.to;
  });
  return inline ?? candidates.find(({ suppression: suppression2 }) => suppression2.kind === "file");
}
function suppressionFindings(suppressions, entries, resolveRule) {
  const out = [];
  for (const suppression2 of suppressions) {
    if (suppression2.problem === "malformed") {
      out.push(commentFinding(suppression2, UNKNOWN_RULE_IN_SUPPRESSION, "malformed", {}));
      continue;
    }
    if (suppression2.reason === void 0) {
      const rules = suppression2.rules.map((r) => r.ref).join(",");
      out.push(commentFinding(suppression2, SUPPRESSION_WITHOUT_REASON, "missingReason", { rules }));
    }
    for (const reference of suppression2.rules) {
      if (resolveRule(reference.ref) === void 0) {
        out.push(referenceFinding(suppression2, reference, UNKNOWN_RULE_IN_SUPPRESSION, "unknownRule", { ref: reference.ref }));
      }
    }
    out.push(...unusedFindings(suppression2, entries));
  }
  return out;
}
function unusedFindings(suppression2, entries) {
  if (suppression2.problem === "misplaced") return [commentFinding(suppression2, UNUSED_SUPPRESSION, "misplaced", {})];
  const own = entries.filter((entry) => entry.suppression === suppression2);
  if (suppression2.kind === "inline" && suppression2.covers === void 0) {
    return own.length > 0 ? [commentFinding(suppression2, UNUSED_SUPPRESSION, "noTarget", {})] : [];
  }
  const messageId = suppression2.kind === "file" ? "unusedFile" : "unusedInline";
  const line = suppression2.covers?.from ?? suppression2.line;
  return own.filter((entry) => !entry.used).map((entry) => referenceFinding(suppression2, entry.reference, UNUSED_SUPPRESSION, messageId, { rule: entry.reference.ref, line }));
}
function commentFinding(suppression2, rule, messageId, data) {
  return {
    file: suppression2.file,
    ruleId: rule.id,
    severity: rule.severity,
    line: suppression2.line,
    column: suppression2.column,
    endLine: suppression2.line,
    endColumn: suppression2.endColumn,
    message: fill(rule.messages[messageId] ?? rule.description, data)
  };
}
function referenceFinding(suppression2, reference, rule, messageId, data) {
  return {
    ...commentFinding(suppression2, rule, messageId, data),
    column: reference.column,
    endColumn: reference.endColumn
  };
}
function fill(template, data) {
  return template.replace(/\{\{(\w+)\}\}/g, (all, name) => name in data ? String(data[name]) : all);
}

// src/suppress/parse.ts
var DIRECTIVE = /^(\s*)[#;]\s*airflow-preflight\s*:(.*)$/i;
var BODY = /^\s*(disable-file|disable)\s*=(.*)$/i;
var RULE_REF = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
function parseSuppressions(file, lines, options = {}) {
  const multiLine = options.multiLineValues ?? true;
  const headerEnd = leadingCommentBlockEnd(lines);
  const suppressions = [];
  lines.forEach((text, index) => {
    const line = index + 1;
    const match = DIRECTIVE.exec(text);
    if (!match) return;
    const indent = match[1] ?? "";
    const base = { file, line, column: indent.length + 1, endColumn: text.length + 1 };
    const parsed = parseBody(text, text.length - (match[2] ?? "").length);
    if (!parsed) {
      suppressions.push({ ...base, kind: "inline", rules: [], reason: void 0, problem: "malformed" });
      return;
    }
    if (parsed.kind === "file") {
      suppressions.push({ ...base, ...parsed, problem: line <= headerEnd ? void 0 : "misplaced" });
      return;
    }
    suppressions.push({ ...base, ...parsed, covers: coveredLines(lines, line, multiLine) });
  });
  return suppressions;
}
function parseBody(text, offset) {
  const body = text.slice(offset);
  const separator = body.indexOf("--");
  const directive = separator === -1 ? body : body.slice(0, separator);
  const reason = separator === -1 ? void 0 : body.slice(separator + 2).trim() || void 0;
  const match = BODY.exec(directive);
  if (!match) return void 0;
  const list = match[2] ?? "";
  let cursor = offset + directive.length - list.length;
  const rules = [];
  for (const part of list.split(",")) {
    const ref = part.trim();
    const start = cursor + part.indexOf(ref);
    cursor += part.length + 1;
    if (!RULE_REF.test(ref)) return void 0;
    rules.push({ ref, column: start + 1, endColumn: start + ref.length + 1 });
  }
  return { kind: match[1]?.toLowerCase() === "disable-file" ? "file" : "inline", rules, reason };
}
function leadingCommentBlockEnd(lines) {
  let end = 0;
  for (const text of lines) {
    if (!isBlank(text) && !isComment(text)) break;
    end += 1;
  }
  return end;
}
function coveredLines(lines, commentLine, multiLine) {
  let target = commentLine + 1;
  while (target <= lines.length && isComment(lines[target - 1] ?? "")) target += 1;
  const targetText = lines[target - 1];
  if (targetText === void 0 || isBlank(targetText)) return void 0;
  if (!multiLine || targetText.trimStart().startsWith("[")) return { from: target, to: target };
  const indent = indentOf(targetText);
  let to = target;
  for (let line = target + 1; line <= lines.length; line += 1) {
    const text = lines[line - 1] ?? "";
    if (isBlank(text) || isComment(text)) continue;
    if (indentOf(text) <= indent) break;
    to = line;
  }
  return { from: target, to };
}
function isBlank(text) {
  return text.trim() === "";
}
function isComment(text) {
  const trimmed = text.trimStart();
  return trimmed.startsWith("#") || trimmed.startsWith(";");
}
function indentOf(text) {
  return text.length - text.trimStart().length;
}

// src/components/build.ts
import { posix as posix2 } from "node:path";

// src/sources/compose.ts
import { posix } from "node:path";

// src/sources/substitute.ts
var REFERENCE2 = /\$(?:\$|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:-|-|:\?|\?|:\+|\+)((?:[^{}]|\{[^{}]*\})*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;
function substitute(raw, variables) {
  const substitutions = [];
  const value = raw.replace(REFERENCE2, (whole, braced, operator, argument, bare, offset) => {
    if (whole === "$$") return "$";
    const name = braced ?? bare ?? "";
    const set = variables.get(name);
    const { text, resolution } = resolve(set, operator, argument ?? "", variables);
    substitutions.push({ name, operator, argument, start: offset, end: offset + whole.length, resolution });
    return text;
  });
  return { value, substitutions };
}
function resolve(set, operator, argument, variables) {
  const nested = () => substitute(argument, variables).value;
  switch (operator) {
    case ":-":
      return set !== void 0 && set !== "" ? { text: set, resolution: "variable" } : { text: nested(), resolution: "fallback" };
    case "-":
      return set !== void 0 ? { text: set, resolution: "variable" } : { text: nested(), resolution: "fallback" };
    case ":?":
    case "?":
      return set !== void 0 && (operator === "?" || set !== "") ? { text: set, resolution: "variable" } : { text: "", resolution: "required-unset" };
    case ":+":
      return set !== void 0 && set !== "" ? { text: nested(), resolution: "variable" } : { text: "", resolution: "empty" };
    case "+":
      return set !== void 0 ? { text: nested(), resolution: "variable" } : { text: "", resolution: "empty" };
    default:
      return set !== void 0 ? { text: set, resolution: "variable" } : { text: "", resolution: "empty" };
  }
}

// src/sources/compose.ts
function parseCompose(file, text, variables) {
  const parsed = parseYaml(file, text);
  if (!parsed.ok) return parsed;
  const yaml = parsed.yaml;
  const dir = posix.dirname(file);
  const services = [];
  const servicesNode = mapGet(yaml, yaml.doc.contents, "services");
  for (const entry of servicesNode ? mapEntries(yaml, servicesNode.value) : []) {
    services.push(readService(yaml, entry.key, entry.keyNode, entry.value, dir, variables));
  }
  return { ok: true, compose: { file, yaml, services } };
}
function readService(yaml, name, keyNode, node, dir, variables) {
  const text = (key) => {
    const value = scalarText(yaml, mapGet(yaml, node, key)?.value);
    return value === void 0 ? void 0 : substitute(value, variables).value;
  };
  const image = text("image");
  const environment = readEnvironment(yaml, mapGet(yaml, node, "environment")?.value, variables);
  return {
    name,
    nameSpan: nodeSpan(yaml, keyNode) ?? zeroSpan(),
    image,
    environment,
    envFiles: readEnvFiles(yaml, mapGet(yaml, node, "env_file")?.value, dir, variables),
    volumes: readVolumes(yaml, mapGet(yaml, node, "volumes")?.value, dir, variables),
    commands: readCommands(yaml, node),
    dockerfile: readBuild(yaml, mapGet(yaml, node, "build")?.value, dir, variables),
    runsAirflow: /(^|\/)apache\/airflow(:|@|$)/.test(image ?? "") || environment.some((entry) => entry.name.startsWith("AIRFLOW__") || entry.name === "AIRFLOW_CONFIG")
  };
}
function readEnvironment(yaml, node, variables) {
  if (isMapNode(yaml, node)) {
    const entries = [];
    for (const entry of mapEntries(yaml, node)) {
      const raw = scalarText(yaml, entry.value);
      if (raw === void 0) continue;
      const keySpan = nodeSpan(yaml, entry.keyNode);
      const valueRange = rangeOf(entry.value);
      const valueSpan = nodeSpan(yaml, resolveAlias(yaml, entry.value));
      entries.push(envEntry(yaml, entry.key, raw, variables, keySpan && valueSpan ? { start: keySpan.start, end: valueSpan.end } : keySpan, valueSpan, contentStart(yaml, valueRange)));
    }
    return entries;
  }
  return seqItems(yaml, node).flatMap((item) => {
    const text = scalarText(yaml, item);
    const range = rangeOf(item);
    if (text === void 0 || !range) return [];
    const equals = text.indexOf("=");
    if (equals <= 0) return [];
    const start = contentStart(yaml, range);
    const source = yaml.text.slice(start, range[1]);
    const valueOffset = start + source.indexOf("=") + 1;
    const quoted = start !== range[0];
    const valueSpan = offsetSpan(yaml, valueOffset, quoted ? range[1] - 1 : range[1]);
    return [envEntry(yaml, text.slice(0, equals).trim(), text.slice(equals + 1), variables, nodeSpan(yaml, item), valueSpan, valueOffset)];
  });
}
function envEntry(yaml, name, raw, variables, span, valueSpan, rawStart) {
  const { value, substitutions } = substitute(raw, variables);
  return {
    name,
    value,
    raw,
    substitutions,
    rawStart,
    location: span ? { file: yaml.file, span } : void 0,
    valueSpan
  };
}
function readEnvFiles(yaml, node, dir, variables) {
  const items = isSeqOrScalar(yaml, node);
  return items.flatMap((item) => {
    const path = scalarText(yaml, item) ?? scalarText(yaml, mapGet(yaml, item, "path")?.value);
    if (path === void 0) return [];
    const required = scalarText(yaml, mapGet(yaml, item, "required")?.value) !== "false";
    return [{ path: relative(dir, substitute(path, variables).value), span: nodeSpan(yaml, item) ?? zeroSpan(), required }];
  });
}
function readVolumes(yaml, node, dir, variables) {
  return seqItems(yaml, node).flatMap((item) => {
    const span = nodeSpan(yaml, item) ?? zeroSpan();
    const short = scalarText(yaml, item);
    let source;
    let target;
    if (short !== void 0) {
      [source, target] = substitute(short, variables).value.split(":");
    } else {
      source = scalarText(yaml, mapGet(yaml, item, "source")?.value);
      target = scalarText(yaml, mapGet(yaml, item, "target")?.value);
      source = source === void 0 ? void 0 : substitute(source, variables).value;
    }
    if (!source || !target || !/^[./~]/.test(source) || source.startsWith("~")) return [];
    return [{ source: relative(dir, source), target: posix.normalize(target), span }];
  });
}
function readCommands(yaml, node) {
  const commands = [];
  for (const key of ["entrypoint", "command"]) {
    const value = mapGet(yaml, node, key)?.value;
    const resolved = resolveAlias(yaml, value);
    const span = nodeSpan(yaml, resolved);
    if (!span) continue;
    const words = seqItems(yaml, value).map((item) => scalarText(yaml, item) ?? "");
    const text = words.length > 0 ? words.join(" ") : scalarText(yaml, value) ?? "";
    commands.push({ key, text, node: resolved, span });
  }
  return commands;
}
function readBuild(yaml, node, dir, variables) {
  if (node === void 0 || node === null) return void 0;
  const short = scalarText(yaml, node);
  const context = short ?? scalarText(yaml, mapGet(yaml, node, "context")?.value) ?? ".";
  const dockerfile = scalarText(yaml, mapGet(yaml, node, "dockerfile")?.value) ?? "Dockerfile";
  const contextDir = relative(dir, substitute(context, variables).value);
  return relative(contextDir, substitute(dockerfile, variables).value);
}
function isSeqOrScalar(yaml, node) {
  const items = seqItems(yaml, node);
  return items.length > 0 ? items : node === void 0 || node === null ? [] : [node];
}
function rangeOf(node) {
  return node?.range ?? void 0;
}
function contentStart(yaml, range) {
  if (!range) return 0;
  const first = yaml.text[range[0]];
  return first === '"' || first === "'" ? range[0] + 1 : range[0];
}
function relative(dir, path) {
  if (path.startsWith("/")) return posix.normalize(path);
  const joined = posix.normalize(posix.join(dir, path));
  return joined === "" ? "." : joined;
}
function zeroSpan() {
  return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
}

// src/sources/dockerfile.ts
function parseDockerfileEnv(file, text) {
  const variables = /* @__PURE__ */ new Map();
  const entries = [];
  for (const instruction of instructions(text)) {
    const match = /^\s*(ENV|ARG)\s+/i.exec(instruction.text);
    if (!match?.[1]) continue;
    const keyword = match[1].toUpperCase();
    const assignments = parseAssignments(instruction, match[0].length, keyword === "ENV");
    for (const assignment of assignments) {
      if (keyword === "ARG") {
        if (assignment.value !== void 0 && !variables.has(assignment.name)) variables.set(assignment.name, assignment.value);
        continue;
      }
      const value = substitute(assignment.value ?? "", variables).value;
      variables.set(assignment.name, value);
      entries.push({ name: assignment.name, value, location: { file, span: assignment.span }, valueSpan: assignment.valueSpan });
    }
  }
  return entries;
}
function instructions(text) {
  const lines = text.split(/\r\n|\r|\n/);
  const result = [];
  let current;
  lines.forEach((line, index) => {
    if (current === void 0 && /^\s*(#|$)/.test(line)) return;
    if (current !== void 0 && /^\s*#/.test(line)) return;
    const continued = /\\\s*$/.test(line);
    const body = continued ? line.replace(/\\\s*$/, "") : line;
    current ??= { text: "", positions: [] };
    for (let column = 0; column < body.length; column += 1) current.positions.push({ line: index + 1, column: column + 1 });
    current.text += body;
    current.positions.push({ line: index + 1, column: body.length + 1 });
    current.text += continued ? " " : "";
    if (!continued) {
      result.push(current);
      current = void 0;
    }
  });
  if (current) result.push(current);
  return result;
}
function parseAssignments(instruction, from, isEnv) {
  const rest = instruction.text.slice(from);
  const at = (offset2) => instruction.positions[Math.min(offset2, instruction.positions.length - 1)] ?? { line: 1, column: 1 };
  const span = (start, end) => ({ start: at(start), end: at(end) });
  const legacy = /^([A-Za-z_][A-Za-z0-9_]*)\s+(?!.*=)(.*\S)\s*$/.exec(rest);
  if (isEnv && legacy?.[1] && legacy[2]) {
    const valueStart = from + rest.indexOf(legacy[2], legacy[1].length);
    const valueEnd = valueStart + legacy[2].length;
    return [{ name: legacy[1], value: legacy[2], span: span(from, valueEnd), valueSpan: span(valueStart, valueEnd) }];
  }
  const assignments = [];
  const token = /([A-Za-z_][A-Za-z0-9_]*)(?:=("(?:[^"\\]|\\.)*"|'[^']*'|(?:[^\s"'\\]|\\.)*))?/y;
  let offset = 0;
  while (offset < rest.length) {
    while (offset < rest.length && /\s/.test(rest[offset] ?? "")) offset += 1;
    if (offset >= rest.length) break;
    token.lastIndex = offset;
    const match = token.exec(rest);
    if (!match?.[1]) break;
    const start = from + offset;
    const end = start + match[0].length;
    const raw = match[2];
    const valueStart = start + match[1].length + 1;
    assignments.push({
      name: match[1],
      value: raw === void 0 ? void 0 : unquote(raw),
      span: span(start, end),
      valueSpan: raw === void 0 ? void 0 : span(valueStart, end)
    });
    offset = token.lastIndex;
  }
  return assignments;
}
function unquote(raw) {
  if (raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2) return raw.slice(1, -1).replace(/\\(.)/g, "$1");
  if (raw.startsWith("'") && raw.endsWith("'") && raw.length >= 2) return raw.slice(1, -1);
  return raw.replace(/\\(.)/g, "$1");
}

// src/sources/dotenv.ts
var import_dotenv = __toESM(require_dist2(), 1);
function parseDotenv(file, text) {
  const values = import_dotenv.default.parse(text);
  const lines = splitPythonLines(text);
  const entries = [];
  for (const [name, value] of Object.entries(values)) {
    const where2 = lastAssignment(lines, name);
    entries.push({
      name,
      value,
      location: where2 ? { file, span: where2.line } : void 0,
      valueSpan: where2?.value
    });
  }
  return entries;
}
function lastAssignment(lines, name) {
  const pattern = new RegExp(`^(\\s*(?:export\\s+)?)${escapeRegExp2(name)}(\\s*[=:]\\s*)`);
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const text = lines[index] ?? "";
    const match = pattern.exec(text);
    if (!match) continue;
    const lineNo = index + 1;
    const keyStart = (match[1] ?? "").length;
    const valueStart = match[0].length;
    return {
      line: { start: { line: lineNo, column: keyStart + 1 }, end: { line: lineNo, column: text.length + 1 } },
      value: { start: { line: lineNo, column: valueStart + 1 }, end: { line: lineNo, column: text.trimEnd().length + 1 } }
    };
  }
  return void 0;
}
function escapeRegExp2(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/sources/helm.ts
var import_yaml7 = __toESM(require_dist(), 1);
var HELM_COMPONENT_KEYS = ["scheduler", "webserver", "apiServer", "workers", "triggerer", "dagProcessor"];
var SECRET_KEYS = {
  fernetKey: "AIRFLOW__CORE__FERNET_KEY",
  webserverSecretKey: "AIRFLOW__WEBSERVER__SECRET_KEY",
  apiSecretKey: "AIRFLOW__API__SECRET_KEY",
  jwtSecret: "AIRFLOW__API_AUTH__JWT_SECRET"
};
var CHART_KEYS = ["executor", "defaultAirflowTag", "airflowVersion", "fernetKey", "webserverSecretKey", "apiSecretKey", "jwtSecret", "config", "extraEnv", "dagProcessor", "triggerer", "workers", "scheduler"];
function parseHelmValues(file, text) {
  const parsed = parseYaml(file, text);
  if (!parsed.ok) return parsed;
  const yaml = parsed.yaml;
  const root = yaml.doc.contents;
  return {
    ok: true,
    values: {
      file,
      yaml,
      document: renderedConfig(yaml, root),
      env: [...chartVariables(yaml, root), ...envList(yaml, mapGet(yaml, root, "env")?.value), ...extraEnv(yaml, mapGet(yaml, root, "extraEnv")?.value)],
      components: HELM_COMPONENT_KEYS.map((key) => ({ key, env: envList(yaml, mapGet(yaml, mapGet(yaml, root, key)?.value, "env")?.value) }))
    }
  };
}
function looksLikeAirflowValues(text) {
  const parsed = parseYaml("values.yaml", text);
  if (!parsed.ok) return /^(executor|defaultAirflowTag|airflowVersion|fernetKey)\s*:/m.test(text);
  const keys = new Set(mapEntries(parsed.yaml, parsed.yaml.doc.contents).map((entry) => entry.key));
  return CHART_KEYS.some((key) => keys.has(key));
}
function renderedConfig(yaml, root) {
  const sections = [];
  for (const section of mapEntries(yaml, mapGet(yaml, root, "config")?.value)) {
    const nameSpan = nodeSpan(yaml, section.keyNode);
    if (!nameSpan) continue;
    const options = mapEntries(yaml, section.value).flatMap((entry) => {
      const node = optionNode(yaml, section.key, entry.key, entry.keyNode, entry.value);
      return node ? [node] : [];
    });
    sections.push({ name: section.key, headerSpan: nameSpan, nameSpan, options });
  }
  const executor = mapEntries(yaml, root).find((entry) => entry.key === "executor");
  const core = sections.find((section) => section.name === "core");
  if (executor && !core?.options.some((option) => option.key === "executor")) {
    const node = optionNode(yaml, "core", "executor", executor.keyNode, executor.value);
    if (node && core) core.options.push(node);
    else if (node) sections.push({ name: "core", headerSpan: node.keySpan, nameSpan: node.keySpan, options: [node] });
  }
  return { defaults: void 0, sections, comments: [], lineCount: yaml.lineCounter.lineStarts.length };
}
function optionNode(yaml, section, key, keyNode, valueNode) {
  const value = scalarText(yaml, valueNode);
  const keySpan = nodeSpan(yaml, keyNode);
  const valueSpan = nodeSpan(yaml, resolveAlias(yaml, valueNode));
  if (value === void 0 || !keySpan || !valueSpan) return void 0;
  return {
    rawKey: key,
    key: key.toLowerCase(),
    keySpan,
    delimiter: ":",
    value,
    valueLines: [{ text: value, span: valueSpan }],
    span: { start: keySpan.start, end: valueSpan.end },
    section
  };
}
function chartVariables(yaml, root) {
  const entries = [];
  for (const [key, name] of Object.entries(SECRET_KEYS)) {
    const entry = mapGet(yaml, root, key);
    const value = scalarText(yaml, entry?.value);
    if (!entry || value === void 0) continue;
    entries.push(located(yaml, name, value, entry.keyNode, entry.value));
  }
  const connection = metadataConnection(yaml, root);
  if (connection) entries.push(connection);
  return entries;
}
function metadataConnection(yaml, root) {
  const data = mapGet(yaml, root, "data")?.value;
  if (scalarText(yaml, mapGet(yaml, data, "metadataSecretName")?.value) !== void 0) return void 0;
  const entry = mapGet(yaml, data, "metadataConnection");
  if (!entry) return void 0;
  const field = (name, fallback) => scalarText(yaml, mapGet(yaml, entry.value, name)?.value) ?? fallback;
  const sslmode = scalarText(yaml, mapGet(yaml, entry.value, "sslmode")?.value);
  const password = encodeURIComponent(field("pass", "postgres"));
  const url = `${field("protocol", "postgresql")}://${field("user", "postgres")}:${password}@${field("host", "RELEASE-postgresql")}:${field("port", "5432")}/${field("db", "postgres")}${sslmode && sslmode !== "disable" ? `?sslmode=${sslmode}` : ""}`;
  return located(yaml, "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", url, entry.keyNode, entry.value);
}
function envList(yaml, node) {
  return seqItems(yaml, node).flatMap((item) => {
    const name = scalarText(yaml, mapGet(yaml, item, "name")?.value);
    const value = mapGet(yaml, item, "value");
    const text = scalarText(yaml, value?.value);
    if (!name || !value || text === void 0) return [];
    const itemSpan = nodeSpan(yaml, item);
    const valueSpan = nodeSpan(yaml, resolveAlias(yaml, value.value));
    const span = itemSpan && valueSpan ? { start: itemSpan.start, end: valueSpan.end } : itemSpan;
    return [{ name, value: text, location: span ? { file: yaml.file, span } : void 0, valueSpan }];
  });
}
function extraEnv(yaml, node) {
  const scalar = resolveAlias(yaml, node);
  const text = scalarText(yaml, scalar);
  const range = (0, import_yaml7.isScalar)(scalar) ? scalar.range : void 0;
  if (text === void 0 || !range) return [];
  const lineCounter = new import_yaml7.LineCounter();
  const inner = { file: yaml.file, text, doc: (0, import_yaml7.parseDocument)(text, { lineCounter }), lineCounter };
  if (inner.doc.errors.length > 0) return [];
  const whole = nodeSpan(yaml, scalar);
  const block = /^[|>]/.test(yaml.text.slice(range[0], range[0] + 1));
  const headerLine = yaml.lineCounter.linePos(range[0]).line;
  const indent = blockIndent(yaml.text.slice(range[0], range[1]));
  const move = (span) => {
    if (!block || !span) return whole;
    return {
      start: { line: headerLine + span.start.line, column: span.start.column + indent },
      end: { line: headerLine + span.end.line, column: span.end.column + indent }
    };
  };
  return envList(inner, inner.doc.contents).map((entry) => ({
    ...entry,
    location: entry.location ? { file: yaml.file, span: move(entry.location.span) ?? entry.location.span } : void 0,
    valueSpan: move(entry.valueSpan)
  }));
}
function blockIndent(source) {
  const lines = source.split("\n").slice(1);
  const first = lines.find((line) => line.trim() !== "");
  return first === void 0 ? 0 : first.length - first.trimStart().length;
}
function located(yaml, name, value, keyNode, valueNode) {
  const keySpan = nodeSpan(yaml, keyNode);
  const valueSpan = nodeSpan(yaml, resolveAlias(yaml, valueNode));
  const span = keySpan && valueSpan ? { start: keySpan.start, end: valueSpan.end } : keySpan;
  return { name, value, location: span ? { file: yaml.file, span } : void 0, valueSpan };
}

// src/version/compare.ts
var VERSION_PATTERN = /^(\d+)\.(\d+)(?:\.(\d+)((?:a|b|rc)\d+)?)?$/;
function parseVersion(text) {
  const match = VERSION_PATTERN.exec(text.trim());
  if (!match) return void 0;
  return {
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: match[3] === void 0 ? void 0 : Number(match[3]),
    pre: match[4]
  };
}
function compareVersions(a, b) {
  return compareParsed(mustParse(a), mustParse(b));
}
function versionAtLeast(version, min) {
  return compareVersions(version, min) >= 0;
}
function minorOf(version) {
  const parsed = mustParse(version);
  return `${parsed.major}.${parsed.minor}`;
}
function compareParsed(a, b) {
  const numbers = [a.major - b.major, a.minor - b.minor, (a.patch ?? 0) - (b.patch ?? 0)];
  const first = numbers.find((difference) => difference !== 0);
  if (first !== void 0) return Math.sign(first);
  return comparePre(a.pre, b.pre);
}
function comparePre(a, b) {
  if (a === b) return 0;
  if (a === void 0) return 1;
  if (b === void 0) return -1;
  const rank = (pre) => {
    const match = /^(a|b|rc)(\d+)$/.exec(pre);
    return [["a", "b", "rc"].indexOf(match?.[1] ?? ""), Number(match?.[2] ?? 0)];
  };
  const [kindA, numberA] = rank(a);
  const [kindB, numberB] = rank(b);
  return Math.sign(kindA - kindB || numberA - numberB);
}
function mustParse(text) {
  const parsed = parseVersion(text);
  if (!parsed) throw new InvalidVersionError(text);
  return parsed;
}
var InvalidVersionError = class extends Error {
  constructor(input) {
    super(`Invalid Airflow version "${input}": expected a release like 2.10.4 or a minor like 2.10.`);
    this.input = input;
  }
  input;
  name = "InvalidVersionError";
};

// src/components/build.ts
var IMAGE_AIRFLOW_HOME = "/opt/airflow";
function buildRepository(input) {
  const globalEnv = [...input.env ?? []];
  const byPath = new Map(input.sources.map((file) => [file.path, file]));
  const unreadable = [];
  const used = /* @__PURE__ */ new Set();
  const compose = parseComposeFiles(input.sources, byPath, unreadable);
  const helm = [];
  for (const file of input.sources.filter((f) => f.kind === "helm" && (f.selected === true || looksLikeAirflowValues(f.text)))) {
    const parsed = parseHelmValues(file.path, file.text);
    if (parsed.ok) helm.push(parsed.values);
    else unreadable.push(parsed);
  }
  const components = [];
  for (const file of compose) {
    for (const service of mergedServices(file, compose)) {
      if (!service.runsAirflow) continue;
      const cfgPath = mountedCfg(service, input.cfgPaths);
      if (cfgPath) used.add(cfgPath);
      components.push({
        name: `${service.name} (${file.file})`,
        kind: "compose",
        file: file.file,
        cfgPath,
        env: [...globalEnv, ...dockerfileEnv(service, byPath), ...envFileEntries(service, byPath), ...service.environment],
        service
      });
    }
  }
  for (const values of helm) components.push(...helmComponents(values, globalEnv, input.target));
  for (const cfgPath of input.cfgPaths) {
    if (used.has(cfgPath)) continue;
    components.push({ name: cfgPath, kind: "cfg", file: cfgPath, cfgPath, env: [...globalEnv, ...ambientEnv(cfgPath, input.sources, compose)] });
  }
  return {
    components,
    compose,
    helm,
    scripts: input.sources.filter((file) => file.kind === "script"),
    unreadable,
    files: input.sources.filter((file) => file.kind !== "cfg")
  };
}
function parseComposeFiles(sources, byPath, unreadable) {
  const files = [];
  for (const file of sources.filter((f) => f.kind === "compose")) {
    const parsed = parseCompose(file.path, file.text, projectVariables(file.path, byPath));
    if (parsed.ok) files.push(parsed.compose);
    else unreadable.push(parsed);
  }
  return files;
}
function projectVariables(composePath, byPath) {
  const dotenv2 = byPath.get(join(posix2.dirname(composePath), ".env"));
  return new Map(dotenv2 ? parseDotenv(dotenv2.path, dotenv2.text).map((entry) => [entry.name, entry.value]) : []);
}
function mergedServices(file, all) {
  if (isOverride(file.file)) {
    const base = all.find((other) => other.file === baseOf(file.file));
    return base ? file.services.filter((service) => !base.services.some((s) => s.name === service.name)) : file.services;
  }
  const override = all.find((other) => isOverride(other.file) && baseOf(other.file) === file.file);
  if (!override) return file.services;
  return file.services.map((service) => {
    const extra = override.services.find((s) => s.name === service.name);
    if (!extra) return service;
    return {
      ...service,
      image: extra.image ?? service.image,
      environment: [...service.environment, ...extra.environment],
      envFiles: [...service.envFiles, ...extra.envFiles],
      volumes: [...service.volumes, ...extra.volumes],
      commands: extra.commands.length > 0 ? extra.commands : service.commands,
      dockerfile: extra.dockerfile ?? service.dockerfile,
      runsAirflow: service.runsAirflow || extra.runsAirflow
    };
  });
}
function isOverride(path) {
  return /\.override\.ya?ml$/i.test(path);
}
function baseOf(overridePath) {
  return overridePath.replace(/\.override(\.ya?ml)$/i, "$1");
}
function mountedCfg(service, cfgPaths) {
  const variable = (name) => [...service.environment].reverse().find((entry) => entry.name === name)?.value;
  const inContainer = posix2.normalize(variable("AIRFLOW_CONFIG") ?? `${variable("AIRFLOW_HOME") ?? IMAGE_AIRFLOW_HOME}/airflow.cfg`);
  const volumes = [...service.volumes].sort((a, b) => b.target.length - a.target.length);
  for (const volume of volumes) {
    const host = inContainer === volume.target ? volume.source : inContainer.startsWith(`${volume.target.replace(/\/$/, "")}/`) ? join(volume.source, inContainer.slice(volume.target.replace(/\/$/, "").length + 1)) : void 0;
    if (host === void 0) continue;
    return cfgPaths.find((path) => posix2.normalize(path) === host);
  }
  return cfgPaths.length === 1 ? cfgPaths[0] : void 0;
}
function envFileEntries(service, byPath) {
  return service.envFiles.flatMap((envFile) => {
    const file = byPath.get(envFile.path);
    return file ? parseDotenv(file.path, file.text) : [];
  });
}
function dockerfileEnv(service, byPath) {
  const file = service.dockerfile === void 0 ? void 0 : byPath.get(service.dockerfile);
  return file ? parseDockerfileEnv(file.path, file.text) : [];
}
function ambientEnv(cfgPath, sources, compose) {
  const composeDirs = new Set(compose.map((file) => posix2.dirname(file.file)));
  const applies = (file) => isAncestor(posix2.dirname(file.path), posix2.dirname(cfgPath));
  const dockerfiles = sources.filter((file) => file.kind === "dockerfile" && applies(file));
  const dotenvs = sources.filter((file) => file.kind === "env" && posix2.basename(file.path) === ".env" && applies(file) && !composeDirs.has(posix2.dirname(file.path)));
  return [
    ...dockerfiles.flatMap((file) => parseDockerfileEnv(file.path, file.text)),
    ...dotenvs.flatMap((file) => parseDotenv(file.path, file.text))
  ];
}
function helmComponents(values, globalEnv, target) {
  const skip = versionAtLeast(target.knowledgeVersion, "3.0.0") ? "webserver" : "apiServer";
  return values.components.filter((component) => component.key !== skip).map((component) => ({
    name: `${component.key} (${values.file})`,
    kind: "helm",
    file: values.file,
    renderedConfig: values.document,
    env: [...globalEnv, ...values.env, ...component.env]
  }));
}
function isAncestor(dir, of) {
  return dir === "." || of === dir || of.startsWith(`${dir}/`);
}
function join(dir, path) {
  return dir === "." || dir === "" ? posix2.normalize(path) : posix2.normalize(posix2.join(dir, path));
}

// src/components/resolve.ts
function collectRepositorySecrets(resolved, knowledge, secrets = new SecretRegistry()) {
  for (const cfg of resolved.cfgs.values()) collectSecrets(secrets, cfg.partial, [], knowledge);
  for (const component of resolved.repository.components) {
    collectSecrets(secrets, component.renderedConfig ?? EMPTY_DOCUMENT, component.env, knowledge);
  }
  return secrets;
}
var EMPTY_DOCUMENT = { defaults: void 0, sections: [], comments: [], lineCount: 0 };
function resolveComponents(input) {
  const cfgs = new Map(input.cfgFiles.map((source) => [source.path, readCfg(source)]));
  const repository = buildRepository({
    cfgPaths: input.cfgFiles.map((source) => source.path),
    sources: input.sources ?? [],
    env: input.env,
    target: input.target
  });
  const components = repository.components.map((component) => resolveComponent(component, cfgs, input));
  return { repository, cfgs, components };
}
function readCfg(source) {
  const parsed = parseConfig(source.text, source.path);
  return parsed.ok ? { source, document: parsed.document, parseError: void 0, partial: parsed.document } : { source, document: void 0, parseError: parsed.error, partial: parsed.partial };
}
function resolveComponent(component, cfgs, input) {
  const cfg = component.cfgPath === void 0 ? void 0 : cfgs.get(component.cfgPath);
  const document = cfg ? cfg.document : component.renderedConfig;
  const file = cfg ? cfg.source.path : component.file;
  const text = cfg ? cfg.source.text : input.sources?.find((source) => source.path === component.file)?.text ?? "";
  const config = buildEffectiveConfig({ component: component.name, file, document, env: component.env, knowledge: input.knowledge });
  return {
    view: { name: component.name, kind: component.kind, file: component.file, cfgFile: cfg?.source.path, config, service: component.service },
    file,
    document,
    parseError: cfg?.parseError,
    lines: splitPythonLines(text)
  };
}

// src/version/detect.ts
var VERSION_FILE_PATTERNS = [
  "**/Dockerfile",
  "**/Dockerfile.*",
  "**/*.Dockerfile",
  "**/*.dockerfile",
  "**/Containerfile",
  "**/docker-compose*.yml",
  "**/docker-compose*.yaml",
  "**/compose*.yml",
  "**/compose*.yaml",
  "**/values*.yml",
  "**/values*.yaml",
  "**/.env",
  "**/requirements*.txt",
  "**/requirements*.in",
  "**/constraints*.txt",
  "**/pyproject.toml"
];
var PRECEDENCE = {
  dockerfile: { rank: 0, label: "Dockerfile FROM lines" },
  // A .env image name overrides the `${AIRFLOW_IMAGE_NAME:-…}` default of a compose file.
  env: { rank: 1, label: ".env image names" },
  compose: { rank: 2, label: "compose images" },
  helm: { rank: 3, label: "Helm values" },
  requirements: { rank: 4, label: "requirements/constraints pins" },
  pyproject: { rank: 5, label: "pyproject.toml pins" }
};
function versionSourceKind(path) {
  const name = path.split(/[\\/]/).at(-1) ?? path;
  if (/^(Dockerfile(\..+)?|.+\.dockerfile|Containerfile)$/i.test(name)) return "dockerfile";
  if (/^(docker-)?compose.*\.ya?ml$/i.test(name)) return "compose";
  if (/^values.*\.ya?ml$/i.test(name)) return "helm";
  if (name === ".env") return "env";
  if (/^(requirements.*\.(txt|in)|constraints.*\.txt)$/i.test(name)) return "requirements";
  if (name === "pyproject.toml") return "pyproject";
  return void 0;
}
function detectAirflowVersion(files) {
  const candidates = files.flatMap(findCandidates).sort((a, b) => a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1);
  const chosen = choose(candidates);
  if (!chosen) return void 0;
  return {
    version: chosen.version,
    file: chosen.file,
    line: chosen.line,
    reason: explain(chosen, candidates),
    candidates
  };
}
function findCandidates(file) {
  const kind = versionSourceKind(file.path);
  if (!kind) return [];
  const lines = file.text.split(/\r?\n/);
  const found = [];
  const args = /* @__PURE__ */ new Map();
  lines.forEach((raw, index) => {
    const version = matchLine(kind, raw, args);
    if (version) found.push({ version, file: file.path, line: index + 1, kind, evidence: evidenceOf(raw) });
  });
  return found;
}
function matchLine(kind, raw, args) {
  const line = stripComment(raw).trim();
  if (!line) return void 0;
  switch (kind) {
    case "dockerfile":
      return matchDockerfile(line, args);
    case "compose":
      return /^-?\s*image\s*:/.test(line) ? imageVersion(expand2(line.replace(/^-?\s*image\s*:/, ""), args)) : void 0;
    case "env":
      return /^(export\s+)?\w+\s*=/.test(line) ? imageVersion(line.replace(/^(export\s+)?\w+\s*=/, "")) : void 0;
    case "helm":
      return matchHelm(line);
    case "requirements":
      return matchPin(line);
    case "pyproject":
      return matchPyproject(line);
  }
}
function matchDockerfile(line, args) {
  const arg = /^ARG\s+(\w+)(?:=(.*))?$/i.exec(line);
  if (arg?.[1] !== void 0) {
    if (arg[2] !== void 0) args.set(arg[1], unquote2(arg[2].trim()));
    return void 0;
  }
  const from = /^FROM\s+(?:--\S+\s+)*(\S+)/i.exec(line);
  return from?.[1] === void 0 ? void 0 : imageVersion(expand2(from[1], args));
}
function matchHelm(line) {
  const match = /^(?:defaultAirflowTag|airflowVersion)\s*:\s*(\S+)/.exec(line);
  return match?.[1] === void 0 ? void 0 : releaseOf(unquote2(match[1]));
}
function matchPin(text) {
  const match = /(?:^|["'\s,])apache[-_.]airflow\s*(?:\[[^\]]*\])?\s*===?\s*([0-9][^\s;,"'#]*)/i.exec(text);
  return match?.[1] === void 0 ? void 0 : releaseOf(match[1]);
}
function matchPyproject(line) {
  const pin = matchPin(line);
  if (pin) return pin;
  const poetry = /^["']?apache[-_.]airflow["']?\s*=\s*(.+)$/i.exec(line);
  if (poetry?.[1] === void 0) return void 0;
  const value = /version\s*=\s*["']([^"']+)["']/.exec(poetry[1])?.[1] ?? unquote2(poetry[1].trim());
  return releaseOf(value.replace(/^==?/, ""));
}
function imageVersion(text) {
  const match = /(?:^|[\s"'/=:-])apache\/airflow:([\w.-]+)/.exec(` ${unquote2(text.trim())}`);
  if (match?.[1] === void 0) return void 0;
  const tag = match[1].replace(/^slim-/, "").replace(/-python\d+(?:\.\d+)?$/, "");
  return releaseOf(tag);
}
function releaseOf(text) {
  const parsed = parseVersion(text);
  return parsed?.patch === void 0 ? void 0 : text;
}
function expand2(text, values) {
  return text.replace(/\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)/g, (whole, braced, fallback, bare) => {
    const name = braced ?? bare ?? "";
    return values.get(name) ?? fallback ?? whole;
  });
}
function stripComment(line) {
  return /^\s*#/.test(line) ? "" : line.replace(/\s+#.*$/, "");
}
function unquote2(text) {
  return text.replace(/^["']|["']$/g, "");
}
function evidenceOf(raw) {
  const text = raw.trim().replace(/\s+/g, " ");
  return text.length > 100 ? `${text.slice(0, 99)}\u2026` : text;
}
function choose(candidates) {
  const bestRank = Math.min(...candidates.map((c) => PRECEDENCE[c.kind].rank));
  const top = candidates.filter((c) => PRECEDENCE[c.kind].rank === bestRank);
  const counts = /* @__PURE__ */ new Map();
  for (const c of top) counts.set(c.version, (counts.get(c.version) ?? 0) + 1);
  const versions = [...counts.keys()].sort(
    (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || compareVersions(b, a)
  );
  return top.find((c) => c.version === versions[0]);
}
function explain(chosen, candidates) {
  const base = `detected from ${chosen.file}:${chosen.line} (${chosen.evidence})`;
  const others = candidates.filter((c) => c.version !== chosen.version);
  if (others.length === 0) return base;
  const listed = others.slice(0, 3).map((c) => `${c.version} at ${c.file}:${c.line}`).join(", ");
  const more = others.length > 3 ? ` and ${others.length - 3} more` : "";
  const sameKind = others.every((c) => c.kind === chosen.kind);
  const rule = sameKind ? "the version named most often wins, then the newest" : `${PRECEDENCE[chosen.kind].label} take precedence, then the version named most often, then the newest`;
  return `${base}; other files name ${listed}${more}, and ${rule}`;
}

// src/sources/kinds.ts
var SOURCE_PATTERNS = [
  // Python pins only name a version; every other version source also configures Airflow.
  ...VERSION_FILE_PATTERNS.filter((pattern) => !/requirements|constraints|pyproject/.test(pattern)),
  "**/*.env",
  "**/*.sh"
];
function sourceKindOf(path) {
  const name = path.split("/").at(-1) ?? path;
  if (name.endsWith(".cfg")) return "cfg";
  if (name.endsWith(".env")) return "env";
  if (name.endsWith(".sh")) return "script";
  const kind = versionSourceKind(name);
  return kind === "compose" || kind === "helm" || kind === "dockerfile" ? kind : void 0;
}

// src/engine/lint.ts
function lint(input) {
  const rules = input.rules ?? RULES;
  const resolved = resolveComponents(input);
  const { repository, components: runs } = resolved;
  const secrets = collectRepositorySecrets(resolved, input.knowledge);
  const view = {
    components: runs.map((run) => run.view),
    compose: repository.compose,
    helm: repository.helm,
    scripts: repository.scripts
  };
  const raw = [];
  for (const run of runs) raw.push(...runRules(rules.filter((rule) => rule.scope !== "repository"), run, view, input));
  const repositoryRules = rules.filter((rule) => rule.scope === "repository");
  if (repositoryRules.length > 0) raw.push(...runRules(repositoryRules, runs[0] ?? emptyRun(input), view, input));
  raw.push(...repository.unreadable.map(unreadableFinding));
  const texts = /* @__PURE__ */ new Map();
  for (const source of input.cfgFiles) texts.set(source.path, { text: source.text, kind: "cfg" });
  for (const file of repository.files) texts.set(file.path, { text: file.text, kind: file.kind });
  const byFile = groupByFile(dedupe(raw).map((finding) => maskFinding(finding, secrets)));
  const files = [];
  const suppressed = [];
  for (const path of /* @__PURE__ */ new Set([...texts.keys(), ...byFile.keys()])) {
    const known = texts.get(path);
    const kind = known?.kind ?? sourceKindOf(path) ?? "cfg";
    const lines = splitPythonLines(known?.text ?? "");
    const applied = applySuppressions(byFile.get(path) ?? [], parseSuppressions(path, lines, { multiLineValues: kind === "cfg" }), {
      disable: input.disable ?? [],
      strictSuppressions: input.strictSuppressions ?? false,
      resolveRule: (ref) => resolveRuleRef(ref, ALL_RULE_METAS)
    });
    files.push({ file: path, kind, findings: applied.reported, suppressed: applied.suppressed });
    suppressed.push(...applied.suppressed);
  }
  const findings = files.flatMap((file) => file.findings).sort(compareFindings);
  return { target: input.target, files, findings, suppressed, counts: countBySeverity(findings), secrets };
}
function emptyRun(input) {
  const config = buildEffectiveConfig({ component: "", env: [], knowledge: input.knowledge });
  return { view: { name: "", kind: "cfg", file: "", config }, file: "", document: void 0, parseError: void 0, lines: [] };
}
function runRules(rules, run, repository, input) {
  const findings = [];
  for (const rule of rules) {
    if (run.parseError && !rule.runsOnUnreadableFile) continue;
    const context = {
      file: run.file,
      document: run.document,
      parseError: run.parseError,
      lines: run.lines,
      config: run.view.config,
      knowledge: input.knowledge,
      target: input.target,
      repository,
      report: (descriptor) => findings.push(toFinding(rule, descriptor, run.file))
    };
    rule.check(context);
  }
  return findings;
}
function unreadableFinding(source) {
  return toFinding(sourceUnreadable, { messageId: "invalidYaml", data: { detail: source.message }, span: source.span, file: source.file }, source.file);
}
function groupByFile(findings) {
  const byFile = /* @__PURE__ */ new Map();
  for (const finding of findings) byFile.set(finding.file, [...byFile.get(finding.file) ?? [], finding]);
  return byFile;
}
function toFinding(rule, descriptor, defaultFile) {
  const template = rule.meta.messages[descriptor.messageId];
  if (template === void 0) throw new Error(`rule ${rule.meta.id} has no message '${descriptor.messageId}'`);
  return findingAt(
    {
      file: descriptor.file ?? defaultFile,
      ruleId: rule.meta.id,
      severity: descriptor.severity ?? rule.meta.severity,
      message: fillTemplate(template, descriptor.data ?? {}),
      fix: descriptor.fix,
      related: descriptor.related
    },
    descriptor.span
  );
}
function fillTemplate(template, data) {
  return template.replace(
    /\{\{\s*(\w+)\s*\}\}/g,
    (whole, name) => Object.hasOwn(data, name) ? String(data[name]) : whole
  );
}
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((finding) => {
    const key = [finding.file, finding.ruleId, finding.line, finding.column, finding.message].join("\0");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function maskFinding(finding, secrets) {
  return {
    ...finding,
    message: secrets.mask(finding.message),
    fix: finding.fix === void 0 ? void 0 : secrets.mask(finding.fix),
    related: finding.related?.map((related) => ({ ...related, message: secrets.mask(related.message) }))
  };
}
function resolveRuleRef(ref, metas) {
  const wanted = ref.trim().toLowerCase();
  return metas.find((meta) => meta.id.toLowerCase() === wanted || meta.alias === wanted)?.id;
}

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute, posix as posix3, resolve as resolve3 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative as relative2, resolve as resolve2, sep } from "path";
import * as nativeFs from "fs";
var __require2 = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path) {
  let normalized = normalize(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  const { resolvePaths: resolvePaths2, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths2) path = resolve2(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative2(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path = directoryPath || ".";
  if (filters.every((filter) => filter(path, true))) paths.push(path);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat3) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat3.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat3, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path);
    const stat3 = fs.statSync(resolvedPath);
    if (stat3.isDirectory() && isRecursive(path, resolvedPath, state)) return;
    callback$1(stat3, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path)) continue;
        this.pushDirectory(path, paths, filters);
        this.walkDirectory(this.state, path, path, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path, this.state, (stat3, resolvedPath) => {
          if (stat3.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require2.resolve("picomatch");
  pm = __require2("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths: resolvePaths2 = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths2;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path) => isMatch(path));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch2(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix3.relative(cwd, p) || ".";
  return (p) => posix3.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix3.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path) {
  var _result$parts;
  const result = import_picomatch.default.scan(path, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix3.relative(escapedCwd, result) : posix3.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix3.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix3.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path = format(p, isDirectory);
      const matches = matcher(path) && !ignore(path);
      if (matches) log(`matched ${path}`);
      return matches;
    } : (p, isDirectory) => {
      const path = format(p, isDirectory);
      return matcher(path) && !ignore(path);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve3(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative3] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative3) : [];
}

// src/io/discover.ts
var IGNORED = ["**/node_modules/**", "**/.git/**"];
async function discoverFiles(root, patterns) {
  const found = await glob([...patterns], { cwd: root, ignore: IGNORED, dot: true, onlyFiles: true, followSymbolicLinks: false });
  return [...new Set(found)].sort();
}

// src/io/read-source.ts
import { readFile, stat as stat2 } from "node:fs/promises";

// src/reader/decode.ts
var MAX_CONFIG_BYTES = 10 * 1024 * 1024;
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decodeConfigBytes(bytes) {
  if (bytes.length > MAX_CONFIG_BYTES) {
    return { ok: false, reason: `is larger than 10 MB (${bytes.length} bytes); an airflow.cfg is a text file of a few hundred KB at most` };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { ok: false, reason: `contains a NUL byte at line ${lineOfOffset(bytes, nul)}; it looks like a binary file, not an airflow.cfg` };
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return {
      ok: false,
      reason: `is not valid UTF-8 (first bad byte at line ${lineOfOffset(bytes, offset)}); Airflow reads airflow.cfg as UTF-8 and would fail with UnicodeDecodeError: save it as UTF-8`
    };
  }
}
function lineOfOffset(bytes, offset) {
  let line = 1;
  for (let i = 0; i < offset; i += 1) {
    const byte = bytes[i];
    if (byte === 10) line += 1;
    else if (byte === 13 && bytes[i + 1] !== 10) line += 1;
  }
  return line;
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}
function sequenceLength(bytes, i) {
  const lead = bytes[i] ?? 0;
  let length;
  if (lead < 128) return 1;
  if (lead >= 194 && lead <= 223) length = 2;
  else if (lead >= 224 && lead <= 239) length = 3;
  else if (lead >= 240 && lead <= 244) length = 4;
  else return 0;
  try {
    utf8.decode(bytes.subarray(i, i + length));
    return length;
  } catch {
    return 0;
  }
}

// src/io/read-source.ts
async function readSource(path) {
  const fail = (reason) => ({ ok: false, path, message: `${path}: ${reason}` });
  let size;
  try {
    const info = await stat2(path);
    if (info.isDirectory()) return fail("is a directory, not a file (give the path of an airflow.cfg, or a glob such as 'config/**/airflow.cfg')");
    if (!info.isFile()) return fail("is not a regular file");
    size = info.size;
  } catch (error) {
    return fail(describeFsError(error));
  }
  if (size > MAX_CONFIG_BYTES) {
    return fail(`is larger than 10 MB (${size} bytes); an airflow.cfg is a text file of a few hundred KB at most`);
  }
  let bytes;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return fail(describeFsError(error));
  }
  const decoded = decodeConfigBytes(bytes);
  return decoded.ok ? { ok: true, path, text: decoded.text } : fail(decoded.reason);
}
function describeFsError(error) {
  const code = error?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied: the file cannot be read";
    case "EISDIR":
      return "is a directory, not a file";
    case "ELOOP":
      return "is a symbolic link that loops";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    default:
      return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

// src/io/env-file.ts
async function readEnvFiles2(paths) {
  const entries = [];
  for (const path of paths) {
    const source = await readSource(path);
    if (!source.ok) throw new UsageError(source.message);
    entries.push(...parseDotenv(path, source.text));
  }
  return entries;
}

// src/io/read-sources.ts
async function readSources(selection) {
  const files = /* @__PURE__ */ new Map();
  const selected = [
    ...(selection.compose ?? []).map((path) => [path, "compose"]),
    ...(selection.helmValues ?? []).map((path) => [path, "helm"]),
    ...(selection.dockerfiles ?? []).map((path) => [path, "dockerfile"])
  ];
  for (const [path, kind] of selected) {
    const source = await readSource(path);
    if (!source.ok) throw new UsageError(source.message);
    files.set(normalise(path), { path: normalise(path), text: source.text, kind, selected: true });
  }
  if (selection.discover) {
    for (const found of await discoverFiles(selection.root, SOURCE_PATTERNS)) {
      const path = normalise(joinPath2(selection.root, found));
      const kind = sourceKindOf(path);
      if (kind === void 0 || kind === "cfg" || files.has(path)) continue;
      const source = await readSource(path);
      if (!source.ok) continue;
      if (kind === "script" && !/\bairflow\b/.test(source.text)) continue;
      files.set(path, { path, text: source.text, kind });
    }
  }
  for (const file of [...files.values()].filter((f) => f.kind === "compose" && f.selected)) {
    const dotenv2 = joinPath2(file.path.includes("/") ? file.path.slice(0, file.path.lastIndexOf("/")) : ".", ".env");
    if (files.has(dotenv2)) continue;
    const source = await readSource(dotenv2);
    if (source.ok) files.set(dotenv2, { path: dotenv2, text: source.text, kind: "env" });
  }
  return [...files.values()];
}
function joinPath2(root, path) {
  return root === "." || root === "" ? path : `${root.replace(/\/+$/, "")}/${path}`;
}
function normalise(path) {
  return path.replace(/\\/g, "/").replace(/^\.\//, "");
}

// src/knowledge/data/index.ts
var knowledgeLoaders = {
  "2.7.3": async () => (await import("./airflow-2.7.3-ZVIB22OY.js")).default,
  "2.8.4": async () => (await import("./airflow-2.8.4-WI3XCABE.js")).default,
  "2.9.3": async () => (await import("./airflow-2.9.3-M6AKBI3A.js")).default,
  "2.10.5": async () => (await import("./airflow-2.10.5-CDPS7PQ7.js")).default,
  "2.11.2": async () => (await import("./airflow-2.11.2-DLO6KJ7P.js")).default,
  "3.0.6": async () => (await import("./airflow-3.0.6-7GL233HM.js")).default,
  "3.1.8": async () => (await import("./airflow-3.1.8-TJEIWGIY.js")).default,
  "3.2.2": async () => (await import("./airflow-3.2.2-VF4EOB3J.js")).default,
  "3.3.2": async () => (await import("./airflow-3.3.2-ZRMAKVGN.js")).default
};

// src/knowledge/load.ts
function knownVersions() {
  return Object.keys(knowledgeLoaders).sort(compareVersions);
}
async function loadKnowledge(version) {
  const loader = knowledgeLoaders[version];
  if (!loader) {
    throw new Error(`No Airflow knowledge data for ${version}; known releases: ${knownVersions().join(", ")}.`);
  }
  return loader();
}

// src/version/resolve.ts
function resolveTarget(requested, detected, knownReleases = knownVersions()) {
  const known = [...knownReleases].sort(compareVersions);
  const newest = known.at(-1);
  if (newest === void 0) throw new Error("No Airflow knowledge data is available.");
  const wanted = requested?.trim();
  if (wanted) {
    const parsed = parseVersion(wanted);
    if (!parsed) throw new InvalidVersionError(wanted);
    const target = mapToKnown(wanted, parsed, known, "input", `airflow-version is set to ${wanted}`);
    return withMismatchNotice(target, detected);
  }
  if (detected) {
    const parsed = parseVersion(detected.version);
    if (parsed) return mapToKnown(detected.version, parsed, known, "detected", detected.reason);
  }
  return {
    requested: newest,
    knowledgeVersion: newest,
    how: "fallback",
    reason: `no Airflow version was given or found in the repository, so the newest known release ${newest} is used`,
    notice: `No Airflow version was given or detected; checking against Airflow ${newest}, the newest known release. Set airflow-version to check another.`
  };
}
function mapToKnown(requested, parsed, known, how, reason) {
  const sameMinor = known.filter((v) => minorOf(v) === `${parsed.major}.${parsed.minor}`);
  const newestOfMinor = sameMinor.at(-1);
  if (newestOfMinor !== void 0) {
    return { requested, knowledgeVersion: newestOfMinor, how, reason };
  }
  const nearest = nearestKnown(parsed, known);
  return {
    requested,
    knowledgeVersion: nearest,
    how,
    reason,
    notice: `No generated data for Airflow ${parsed.major}.${parsed.minor}; checking against ${nearest}, the nearest known release.`
  };
}
function nearestKnown(parsed, known) {
  const all = known.map((version) => ({ version, parsed: parseVersion(version) }));
  const sameMajor = all.filter((entry) => entry.parsed.major === parsed.major);
  const pool = sameMajor.length > 0 ? sameMajor : all;
  const notNewer = pool.filter((entry) => compareParsed(entry.parsed, parsed) <= 0);
  const chosen = notNewer.at(-1) ?? pool.find((entry) => compareParsed(entry.parsed, parsed) > 0) ?? pool.at(-1);
  return chosen.version;
}
function withMismatchNotice(target, detected) {
  if (!detected) return target;
  const parsedDetected = parseVersion(detected.version);
  if (!parsedDetected) return target;
  if (minorOf(target.requested) === `${parsedDetected.major}.${parsedDetected.minor}`) return target;
  const mismatch = `airflow-version ${target.requested} differs from Airflow ${detected.version} found at ${detected.file}:${detected.line}.`;
  return { ...target, notice: target.notice ? `${target.notice} ${mismatch}` : mismatch };
}

// src/app/load-target.ts
async function loadTarget(requested, root, extra = []) {
  const detected = requested ? void 0 : detectAirflowVersion(await readVersionSources(root, extra));
  let target;
  try {
    target = resolveTarget(requested, detected);
  } catch (error) {
    if (error instanceof InvalidVersionError) throw new UsageError(error.message);
    throw error;
  }
  return { knowledge: await loadKnowledge(target.knowledgeVersion), target };
}
async function readVersionSources(root, extra) {
  const paths = await discoverFiles(root, VERSION_FILE_PATTERNS);
  const files = [...extra];
  const prefix = root === "." || root === "" ? "" : `${root.replace(/\/+$/, "")}/`;
  for (const path of paths) {
    if (extra.some((file) => file.path === `${prefix}${path}` || file.path === path)) continue;
    const source = await readSource(root === "." ? path : `${root.replace(/\/+$/, "")}/${path}`);
    if (source.ok) files.push({ path, text: source.text });
  }
  return files;
}

// src/app/run-lint.ts
async function runLint(options) {
  const inputs = await loadInputs(options);
  const result = lint({
    cfgFiles: inputs.cfgFiles,
    sources: inputs.sources,
    env: inputs.env,
    knowledge: inputs.knowledge,
    target: inputs.target,
    disable: options.disable,
    strictSuppressions: options.strictSuppressions
  });
  return { result, sources: [...inputs.cfgFiles, ...inputs.sources] };
}
async function loadInputs(options) {
  const discover = options.discover ?? options.paths.length === 0;
  const sources = await readSources({
    root: options.root,
    discover,
    compose: options.compose,
    helmValues: options.helmValues,
    dockerfiles: options.dockerfiles
  });
  const hasComponents = sources.some((source) => source.kind === "compose" || source.kind === "helm");
  const files = await resolvePaths(options.paths, options.root, discover, hasComponents);
  const cfgFiles = [];
  for (const path of files) {
    const source = await readSource(path);
    if (!source.ok) throw new UsageError(source.message);
    cfgFiles.push({ path: source.path, text: source.text });
  }
  const env = await readEnvFiles2(options.envFiles);
  const versionFiles = sources.map((source) => ({ path: source.path, text: source.text }));
  const { knowledge, target } = await loadTarget(options.airflowVersion, options.root, versionFiles);
  return { cfgFiles, sources, env, knowledge, target };
}
async function resolvePaths(paths, root, discover, hasComponents) {
  if (paths.length === 0) {
    const found = discover ? await discoverFiles(root, ["**/airflow.cfg"]) : [];
    if (found.length === 0 && !hasComponents) {
      throw new UsageError(`no airflow.cfg found under ${root}; give the path of the file to lint`);
    }
    return found.map((path) => joinPath2(root, path));
  }
  const files = [];
  for (const path of paths) {
    if (!isDynamicPattern(path)) {
      files.push(path);
      continue;
    }
    const matched = await discoverFiles(root, [path]);
    if (matched.length === 0) throw new UsageError(`${path}: the pattern matches no file`);
    files.push(...matched.map((match) => joinPath2(root, match)));
  }
  return [...new Set(files)];
}
function splitList(value) {
  return (value ?? "").split(/[\n,]+/).map((item) => item.trim()).filter((item) => item !== "");
}

// src/report/docs-url.ts
var DOCS_BASE_URL = "https://github.com/airflow-preflight/airflow-preflight/blob/main/docs/rules/";
function ruleDocUrl(id, baseUrl = DOCS_BASE_URL) {
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  return `${base}${encodeURIComponent(id)}.md`;
}

// package.json
var package_default = {
  name: "airflow-preflight",
  version: "0.1.0",
  description: "Lint airflow.cfg for production readiness the way Airflow reads it, and verify it against a real metastore.",
  license: "MIT",
  type: "module",
  bin: {
    "airflow-preflight": "dist/cli.js"
  },
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "tsc --noEmit -p tsconfig.json && node scripts/bundle.mjs",
    bundle: "node scripts/bundle.mjs",
    "docs:rules": "node scripts/rule-docs.mjs",
    typecheck: "tsc --noEmit -p tsconfig.json",
    test: "vitest run",
    "test:unit": "vitest run --project unit",
    "node-version": "node --version",
    pretest: "node scripts/bundle.mjs",
    knowledge: "node scripts/knowledge/generate.mjs",
    "bench:ini": "node bench/ini-vs-configparser.mjs"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/exec": "^3.0.0",
    "@testcontainers/postgresql": "^12.2.0",
    commander: "^14.0.3",
    dotenv: "^18.0.10",
    ini: "^6.0.0",
    pg: "^8.23.1",
    picocolors: "^1.1.1",
    testcontainers: "^12.2.0",
    tinyglobby: "^0.2.17",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@microsoft/sarif-multitool": "^5.7.0",
    "@types/ini": "^4.1.1",
    "@types/node": "^24.19.2",
    "@types/pg": "^8.23.1",
    esbuild: "^0.28.2",
    "fast-check": "^4.10.2",
    node: "^24.21.0",
    typescript: "^5.9.3",
    vitest: "^4.1.12"
  },
  allowScripts: {
    node: true,
    esbuild: true,
    protobufjs: true,
    "cpu-features": false,
    ssh2: false,
    "@microsoft/sarif-multitool-linux": true
  }
};

// src/tool.ts
var TOOL_NAME = "airflow-preflight";
var TOOL_VERSION = package_default.version;
var TOOL_URI = "https://github.com/airflow-preflight/airflow-preflight";

// src/report/sarif.ts
import { createHash } from "node:crypto";

// src/report/common.ts
var noMask = (text) => text;
var SEVERITIES = ["error", "warning", "notice"];
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
function countsText(counts) {
  return SEVERITIES.map((severity) => plural(counts[severity], severity)).join(", ");
}
function nonZeroCountsText(counts) {
  return SEVERITIES.filter((severity) => counts[severity] > 0).map((severity) => plural(counts[severity], severity)).join(", ");
}
function summaryLine(counts, suppressed) {
  return `${countsText(counts)} (${suppressed} suppressed)`;
}
function targetVersionText(target) {
  if (target.requested === target.knowledgeVersion || target.requested === "") {
    return `Airflow ${target.knowledgeVersion}`;
  }
  return `Airflow ${target.requested} (checked against ${target.knowledgeVersion})`;
}
function oneLine(text) {
  return text.replace(/\s*\r?\n\s*/g, " ");
}

// src/report/sarif.ts
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "airflowPreflightLineHash/v1";
var LEVEL = { error: "error", warning: "warning", notice: "note" };
var SECURITY_SEVERITY = { error: "8.0", warning: "5.5", notice: "3.0" };
function toSarif(result, rules, tool, options = {}) {
  const mask = options.mask ?? noMask;
  const descriptors = ruleDescriptors(rules, [...result.findings, ...result.suppressed.map((s) => s.finding)], tool);
  const indexById = new Map(descriptors.map((rule, index) => [rule.id, index]));
  const fingerprints = new FingerprintCounter(options.sources, mask);
  const entries = [
    ...result.findings.map((finding) => ({ finding })),
    ...result.suppressed.map((suppressed) => ({ finding: suppressed.finding, suppressed }))
  ];
  entries.sort((a, b) => compareLocation(a.finding, b.finding));
  const results = entries.map(({ finding, suppressed }) => {
    const sarifResult = {
      ruleId: finding.ruleId,
      ruleIndex: indexById.get(finding.ruleId) ?? 0,
      level: LEVEL[finding.severity],
      message: { text: messageText(finding, mask) },
      locations: [location(finding.file, finding, mask)],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprints.next(finding) }
    };
    if (finding.related && finding.related.length > 0) {
      sarifResult.relatedLocations = finding.related.map((related, index) => ({
        id: index + 1,
        ...location(related.file, spanRegion(related.span), mask),
        message: { text: sentence(oneLine(mask(related.message))) }
      }));
    }
    if (suppressed) sarifResult.suppressions = [suppression(suppressed, mask)];
    return sarifResult;
  });
  const run = {
    tool: {
      driver: {
        name: tool.name,
        version: tool.version,
        semanticVersion: tool.version,
        informationUri: tool.informationUri,
        rules: descriptors
      }
    },
    columnKind: "utf16CodeUnits",
    results
  };
  if (options.srcRoot !== void 0) run.originalUriBaseIds = { [SRCROOT]: { uri: options.srcRoot } };
  return { $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs: [run] };
}
function ruleDescriptors(rules, findings, tool) {
  const seen = /* @__PURE__ */ new Set();
  const descriptors = [];
  for (const rule of rules) {
    if (seen.has(rule.id)) continue;
    seen.add(rule.id);
    descriptors.push(ruleDescriptor(rule, tool));
  }
  for (const finding of findings) {
    if (seen.has(finding.ruleId)) continue;
    seen.add(finding.ruleId);
    descriptors.push(ruleDescriptor(unknownRule(finding), tool));
  }
  return descriptors;
}
function unknownRule(finding) {
  return {
    id: finding.ruleId,
    alias: finding.ruleId.toLowerCase(),
    description: `Findings reported under ${finding.ruleId}.`,
    severity: finding.severity,
    tags: [],
    versions: "all",
    messages: {}
  };
}
function ruleDescriptor(rule, tool) {
  const helpUri = ruleDocUrl(rule.id, tool.docsBaseUrl);
  const short = sentence(rule.description);
  const full = `${short} Applies to Airflow versions: ${rule.versions}.`;
  const descriptor = {
    id: rule.id,
    name: rule.alias,
    shortDescription: { text: short },
    fullDescription: { text: full },
    help: {
      text: `${full} Documentation: ${helpUri}`,
      markdown: `**${rule.id} (${rule.alias})**: ${full}

See [${rule.id}](${helpUri}) for why it matters, how to fix it and examples.`
    },
    helpUri,
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: [...rule.tags], precision: "high" }
  };
  if (rule.tags.includes("security")) descriptor.properties["security-severity"] = SECURITY_SEVERITY[rule.severity];
  return descriptor;
}
function messageText(finding, mask) {
  const message = sentence(oneLine(mask(finding.message)));
  return finding.fix ? `${message} ${sentence(oneLine(mask(finding.fix)))}` : message;
}
function sentence(text) {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
function location(file, range, mask) {
  return {
    physicalLocation: {
      artifactLocation: { uri: artifactUri(mask(file)), uriBaseId: SRCROOT },
      region: region(range)
    }
  };
}
function spanRegion(span) {
  return { line: span.start.line, column: span.start.column, endLine: span.end.line, endColumn: span.end.column };
}
function artifactUri(file) {
  const relative3 = file.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/^\/+/, "");
  return relative3.split("/").map(encodeURIComponent).join("/");
}
function region(range) {
  const startLine = Math.max(1, range.line);
  const startColumn = Math.max(1, range.column);
  const endLine = Math.max(startLine, range.endLine);
  let endColumn = Math.max(1, range.endColumn);
  if (endLine === startLine && endColumn <= startColumn) endColumn = startColumn + 1;
  return { startLine, startColumn, endLine, endColumn };
}
function suppression(entry, mask) {
  const kind = entry.kind === "disable" ? "external" : "inSource";
  const justification = entry.reason ?? (entry.kind === "disable" ? "Disabled by the disable option." : void 0);
  return justification === void 0 ? { kind } : { kind, justification: mask(justification) };
}
function compareLocation(a, b) {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}
var FingerprintCounter = class {
  constructor(sources, mask) {
    this.sources = sources;
    this.mask = mask;
  }
  sources;
  mask;
  occurrences = /* @__PURE__ */ new Map();
  next(finding) {
    const text = this.flaggedText(finding);
    const hash = createHash("sha256").update(`${finding.ruleId}\0${finding.file}\0${text}`).digest("hex").slice(0, 32);
    const occurrence = (this.occurrences.get(hash) ?? 0) + 1;
    this.occurrences.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  }
  flaggedText(finding) {
    const lines = this.sources?.get(finding.file);
    if (!lines) return `message:${normalize2(finding.message)}`;
    const last = finding.endLine > finding.line && finding.endColumn <= 1 ? finding.endLine - 1 : finding.endLine;
    const flagged = lines.slice(finding.line - 1, Math.max(finding.line, last));
    return flagged.map((line) => normalize2(this.mask(line))).join("\n");
  }
};
function normalize2(text) {
  return text.trim().replace(/\s+/g, " ");
}

// src/app/sarif.ts
function buildSarif(result, sources, mask) {
  const lines = new Map(sources.map((source) => [source.path, splitPythonLines(source.text)]));
  return toSarif(
    result,
    ALL_RULE_METAS,
    { name: TOOL_NAME, version: TOOL_VERSION, informationUri: TOOL_URI, docsBaseUrl: DOCS_BASE_URL },
    { sources: lines, mask }
  );
}

// src/report/json.ts
function toJson(result, options = {}) {
  const mask = options.mask ?? noMask;
  const report2 = {
    findings: result.findings.map((finding) => jsonFinding(finding, mask)),
    summary: {
      errors: result.counts.error,
      warnings: result.counts.warning,
      notices: result.counts.notice,
      suppressed: result.suppressed.length,
      files: result.files.length,
      targetAirflowVersion: targetVersion(result.target),
      knowledgeVersion: result.target.knowledgeVersion,
      targetReason: mask(result.target.reason)
    },
    suppressed: result.suppressed.map((entry) => jsonSuppressed(entry, mask))
  };
  if (result.verify) report2.verify = maskVerify(result.verify, mask);
  return report2;
}
function targetVersion(target) {
  return target.requested === "" ? target.knowledgeVersion : target.requested;
}
function jsonFinding(finding, mask) {
  const out = {
    file: mask(finding.file),
    ruleId: finding.ruleId,
    severity: finding.severity,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    message: mask(finding.message)
  };
  if (finding.fix !== void 0) out.fix = mask(finding.fix);
  return out;
}
function jsonSuppressed(entry, mask) {
  const suppression2 = {
    kind: entry.kind,
    reason: entry.reason === void 0 ? null : mask(entry.reason)
  };
  if (entry.file !== void 0) suppression2.file = mask(entry.file);
  if (entry.line !== void 0) suppression2.line = entry.line;
  return { ...jsonFinding(entry.finding, mask), suppression: suppression2 };
}
function maskVerify(verify, mask) {
  return {
    ...verify,
    migrateCommand: mask(verify.migrateCommand),
    checks: verify.checks.map((check) => ({ ...check, detail: mask(check.detail) })),
    errorLines: verify.errorLines.map(mask)
  };
}

export {
  parseConfig,
  SEVERITY_RANK,
  compareFindings,
  MASK,
  looksLikeSecretName,
  SecretRegistry,
  maskUrlPasswords,
  isSecretOption,
  ALL_RULE_METAS,
  collectRepositorySecrets,
  resolveComponents,
  FAIL_ON_LEVELS,
  countBySeverity,
  reachesFailLevel,
  readSource,
  describeFsError,
  UsageError,
  runLint,
  loadInputs,
  splitList,
  noMask,
  SEVERITIES,
  plural,
  countsText,
  nonZeroCountsText,
  summaryLine,
  targetVersionText,
  oneLine,
  DOCS_BASE_URL,
  ruleDocUrl,
  TOOL_VERSION,
  buildSarif,
  toJson
};
