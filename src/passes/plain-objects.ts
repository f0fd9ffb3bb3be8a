// Tree objects made by constructors, not literals: `new TextNode('ঢাকা', position)` is the plain object
// `{ type: 'text', value: 'ঢাকা', position }` (prototype Object.prototype, same fields in the same order).
// Why: V8 tracks every object literal by its allocation site, and once a site's objects outlive a
// young-generation GC (a big page's tree does) it pretenures the site for good: every later node of
// that kind — and what TurboFan allocates together with it, such as its position — is born in the old
// generation, which made some processes parse at half speed. Constructed objects are never pretenured.

/** A constructor for plain objects from a function that sets their fields: `plainConstructor(function (this: T, …) { … })`. */
export function plainConstructor<T, A extends unknown[]>(init: (this: T, ...args: A) => void): new (...args: A) => T {
  init.prototype = Object.prototype;
  return init as unknown as new (
    ...args: A
  ) => T;
}
