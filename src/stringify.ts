// The exact source of a parsed tree: `stringify(parse(s)) === s` for every string.
// [[বাংলাদেশ|দেশ]]ের  →  "[[" + rawTarget + "|" + part + "]]" + trail
import type { Nodes } from './ast.js';

/** The wikitext a node (and everything below it) was parsed from. */
export function stringify(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'htmlTag':
    case 'entity':
    case 'behaviorSwitch':
    case 'magicLink':
    case 'horizontalRule':
      return node.value;
    case 'comment':
      return `<!--${node.value}${node.closed ? '-->' : ''}`;
    case 'heading': {
      const marks = '='.repeat(node.depth);
      return marks + stringifyAll(node.children) + marks;
    }
    case 'bold':
    case 'italic':
      return node.open + stringifyAll(node.children) + node.close;
    case 'wikiLink':
      return `[[${node.rawTarget}${joinParts(node.children)}]]${node.trail}`;
    case 'externalLink':
      return node.bare ? node.url : `[${node.url}${node.separator}${stringifyAll(node.children)}]`;
    case 'template':
    case 'magicWord':
      return node.type === 'magicWord' ? `{{${node.rawName}}}` : `{{${node.rawName}${joinParts(node.children)}}}`;
    case 'parserFunction': {
      const [first, ...rest] = node.children;
      return `{{${node.rawName}:${first ? stringify(first) : ''}${joinParts(rest)}}}`;
    }
    case 'parameter':
      return `{{{${node.rawName}${joinParts(node.children)}}}}`;
    case 'templateArgument':
      return (node.rawName !== undefined ? node.rawName + '=' : '') + stringifyAll(node.children);
    case 'extensionTag':
    case 'htmlElement':
      return node.open + stringifyAll(node.children) + node.close;
    case 'redirect':
      return node.keyword + stringify(node.children[0]);
    case 'listItem':
      return node.marker + stringifyAll(node.children);
    case 'table':
      return node.open + stringifyAll(node.children) + node.close;
    case 'tableRow':
      return node.marker + node.attributes + stringifyAll(node.children);
    case 'tableCell':
    case 'tableCaption':
      return node.marker + (node.attributes !== undefined ? node.attributes + '|' : '') + stringifyAll(node.children);
    case 'root':
    case 'list':
    case 'linkPart':
    case 'preformatted':
      return stringifyAll(node.children);
    default:
      // The grammar's raw tokens (apostrophe runs, list markers) are stringified while building.
      return (node as { value?: string }).value ?? '';
  }
}

/** The source of a list of sibling nodes. */
export function stringifyAll(nodes: readonly Nodes[]): string {
  let out = '';
  for (const n of nodes) out += stringify(n);
  return out;
}

function joinParts(parts: readonly Nodes[]): string {
  let out = '';
  for (const p of parts) out += '|' + stringify(p);
  return out;
}
