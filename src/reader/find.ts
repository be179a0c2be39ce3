// Lookups by name in a read document. configparser refuses a repeated section or option, so names are
// unique; indexes are built once per document (a hostile file may hold 100,000 sections, and rules ask
// for hundreds of options). Documents are not changed once read.
import type { ConfigDocument, OptionNode, SectionNode } from './types.js';

const sectionIndex = new WeakMap<ConfigDocument, Map<string, SectionNode>>();
const optionIndex = new WeakMap<SectionNode, Map<string, OptionNode>>();

/** The section named exactly so (not [DEFAULT]). */
export function sectionNamed(document: ConfigDocument, name: string): SectionNode | undefined {
  return indexed(sectionIndex, document, document.sections, (section) => section.name).get(name);
}

/** The section's own option with this (lower-case) key. */
export function optionNamed(section: SectionNode, key: string): OptionNode | undefined {
  return indexed(optionIndex, section, section.options, (option) => option.key).get(key);
}

/** The owner's items by name (the first of a name), built on first use. */
function indexed<Owner extends object, Item>(cache: WeakMap<Owner, Map<string, Item>>, owner: Owner, items: readonly Item[], nameOf: (item: Item) => string): Map<string, Item> {
  let index = cache.get(owner);
  if (!index) {
    index = new Map();
    for (const item of items) if (!index.has(nameOf(item))) index.set(nameOf(item), item);
    cache.set(owner, index);
  }
  return index;
}
