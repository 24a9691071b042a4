// jsdom has no layout: recharts needs a ResizeObserver, and warns that every chart measures
// 0x0. Import after 'global-jsdom/register'.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
const warn = console.warn;
console.warn = (...args) => (/width\(0\) and height\(0\)/.test(String(args[0])) ? undefined : warn(...args));
