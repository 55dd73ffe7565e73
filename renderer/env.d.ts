/*
 * For tools that read .ts files with plain TypeScript (typescript-eslint's
 * type-aware rules): vue-tsc resolves real .vue files and ignores this.
 */
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}
